"""Session 28 round 2 mends of round 1's review (invented sentences).

- "Prices fell, with traders saying ...": an absolute "with" clause after a verb that takes "with"
  only in set phrases ("fell out with", "met with"), or set off from the verb, keeps its own
  speaker; only a "with" right after a verb of addressing ("pleaded with the judge saying ...")
  hands the statement back to the verb's subject.
- "She said on the day that the bridge opened that she was proud": a second "that" clause under
  the one after a time phrase leaves the content whole, never cut at the relative clause.
- "Researchers had shown that ...", "Researchers at X, which ..., have shown that ...": the
  pre-filter lets the research finding through.
- "It found that one in four use phones at the wheel": a share "N in N" opening the clause found.
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows, claims_of

_speakers = claim_rows("speaker speaker_id", opening=QUAY)


class TestAbsoluteWithClauseSpeaks:
    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("Oil prices fell, with traders saying supply was strong.", "traders"),
            ("Sterling fell against the dollar, with dealers saying the data had spooked markets.", "dealers"),
            ("Unemployment fell in March, with the ministry saying more people had found work.", "the ministry"),
            ("Crime fell by 5% last year, with police saying patrols had helped.", "police"),
            ("Profits fell 10% with the firm saying costs had risen.", "the firm"),
            ("House prices fell in May with lenders saying demand had cooled.", "lenders"),
            ("The index fell sharply with dealers saying confidence had gone.", "dealers"),
            ("The share price fell with investors saying they feared a loss.", "investors"),
            ("Attendance fell to 300, with the organisers saying the rain was to blame.", "the organisers"),
            ("Talks broke down on Friday, with both sides saying the gap was too wide.", "both sides"),
            ("The two leaders met on Monday, with officials saying progress was made.", "officials"),
            ("The minister spoke at the rally for an hour, with aides saying he was tired.", "aides"),
            ("Ann Bell negotiated for weeks, with her lawyers saying a deal was close.", "her lawyers"),
        ],
    )
    def test_the_with_object_speaks(self, sentence: str, speaker: str) -> None:
        assert [s for s, _ in _speakers(sentence)] == [speaker]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Tom Pell pleaded with the judge saying he had not meant to hurt anyone.",
            "Tom Pell argued with the referee saying the goal should have stood.",
        ],
    )
    def test_the_one_addressed_never_speaks(self, sentence: str) -> None:
        assert _speakers(sentence) == [("Tom Pell", "tom-pell")]


class TestSecondThatAfterSetting:
    def test_the_content_is_not_cut_at_the_relative_clause(self) -> None:
        claims = claims_of(QUAY + "She said on the day that the bridge opened that she was proud.")
        assert len(claims) == 1
        assert not claims[0].content.startswith("the bridge opened")
        assert claims[0].content.endswith("she was proud")

    def test_one_that_after_a_time_phrase_still_opens_the_content(self) -> None:
        claims = claims_of(QUAY + "Ann Bell said at the time that the plant would stay open.")
        assert [c.content for c in claims] == ["the plant would stay open"]


class TestResearchersShown:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Researchers had shown that the vaccine worked in older people.",
            "Researchers at Grobco, which makes drugs, have shown that the pill works.",
            "Scientists at the Varn Institute in Dellport, which is funded by the state, have shown that the pill works.",
        ],
    )
    def test_the_finding_is_a_claim(self, sentence: str) -> None:
        claims = claims_of(QUAY + sentence)
        assert [c.verb_text for c in claims] == ["shown"]
        assert claims[0].content.startswith("the ")


class TestShareFound:
    def test_one_in_four_opening_the_clause_found(self) -> None:
        claims = claims_of(
            QUAY + "The Varnholt Trust surveyed 3,000 drivers. It found that one in four use phones at the wheel."
        )
        assert [c.content for c in claims] == ["one in four use phones at the wheel"]

    def test_a_share_alone_is_no_clause(self) -> None:
        assert claims_of(QUAY + "The trust asked 3,000 drivers. It found that one in four.") == []
