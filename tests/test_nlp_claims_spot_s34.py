"""Session 34 (issue 11): the spot check's content and non-statement patterns, on invented sentences.

- A quote of several sentences written '"A. "B," said X.' (the source leaves the first sentence
  open and reopens the next): the claim's content is A and B, not B alone; never sentences another
  claim holds, a mark with a space after it (a close), a run that names the speaker (a quote left
  open by a slip, then narration), nor after another speaker's claim in the paragraph (whose run it
  may be: tests/test_nlp_claims_s19.py keeps it theirs).
- '"...," Tom Pell said backstage at the gala.' / 'said referring to ...': the words after the
  verb are a place or a participle, the content is the quote; never words with a clause of their own.
- "Grobco did not disclose that ...", "never revealed that ...": a silence kept, no statement;
  "disclosed that ..." stays one.
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Quay\n\nThe season opened in April. "


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker_id, c.content) for c in claims_of(_OPENING + text)]


class TestUnclosedOpenings:
    def test_first_sentences_join_the_quote(self) -> None:
        found = _found(
            'Tom Pell won the race in Velt. "It was nice to win that. I was nervous about the hill. '
            '"I felt good. I just had to relax," said Pell.'
        )
        assert found == [
            ("tom-pell", "It was nice to win that. I was nervous about the hill … I felt good. I just had to relax")
        ]

    def test_curly_marks(self) -> None:
        found = _found("Tom Pell won in Velt. “It was a long and hard day. “We will be back,” said Pell.")
        assert found == [("tom-pell", "It was a long and hard day … We will be back")]

    def test_two_sentences_each_reopened(self) -> None:
        found = _found('"The plan is dead in the water. "Nobody wants it now. "We will fight it," said Tom Pell.')
        assert found == [("tom-pell", "The plan is dead in the water … Nobody wants it now … We will fight it")]

    def test_closed_quote_before_stays_apart(self) -> None:
        found = _found('"The plan is dead," said Ann Bell. "We will fight it," said Tom Pell.')
        assert found == [("ann-bell", "The plan is dead"), ("tom-pell", "We will fight it")]

    def test_colon_quote_of_another_is_not_taken(self) -> None:
        found = _found('Ann Bell said: "The plan is dead. "We will fight it," said Tom Pell.')
        assert ("tom-pell", "We will fight it") in found

    def test_mark_with_a_space_after_closes(self) -> None:
        found = _found(
            'Tom Pell said: "We are ready. "We will fight. " Ann Bell remains a doubt after an injury. '
            '"We will know more soon," added Pell.'
        )
        assert ("tom-pell", "We will know more soon") in found

    def test_run_naming_the_speaker_is_narration(self) -> None:
        found = _found(
            '"I told the club I would stay," Ann Bell said. "The main worry is my age. Bell joined Velt in 2003 '
            'and impressed coach Tom Pell. "She is an unsung hero," said Tom Pell.'
        )
        assert ("tom-pell", "She is an unsung hero") in found

    def test_run_after_a_colon_stays_the_colon_speakers(self) -> None:
        found = _found(
            'Ms Bell praised the police and said: "The police do want to find those who go over the top. '
            '"We will consider banning orders for the worst fans. "That is what will hurt them most," she said.'
        )
        assert ("ann-bell", "That is what will hurt them most") in found or (
            "bell",
            "That is what will hurt them most",
        ) in found
        assert not any(c.startswith("We will consider") for _, c in found)

    def test_same_speaker_after_a_claim(self) -> None:
        found = _found(
            '"The more the better," said Tom Pell. "The point was to give people a chance. '
            '"Once the films were seen, the buyers came," Pell added.'
        )
        assert found[-1] == (
            "tom-pell",
            "The point was to give people a chance … Once the films were seen, the buyers came",
        )

    def test_another_speaker_just_before_keeps_the_run(self) -> None:
        found = _found(
            '"The more the better," said Ann Bell. "The point was to give people a chance. '
            '"Once the films were seen, the buyers came," explains Tom Pell.'
        )
        assert found[-1] == ("tom-pell", "Once the films were seen, the buyers came")

    def test_short_fragment_not_taken(self) -> None:
        found = _found('"And more. "I am happy with the team," said Tom Pell.')
        assert found == [("tom-pell", "I am happy with the team")]


class TestAdjunctAfterQuote:
    def test_backstage_place(self) -> None:
        found = _found('"This is the best night of my life," Tom Pell said backstage at the gala.')
        assert found == [("tom-pell", "This is the best night of my life")]

    def test_participle_after_verb(self) -> None:
        found = _found('"We were destined to meet, I guess," Tom Pell said referring to his match with Velt.')
        assert found == [("tom-pell", "We were destined to meet, I guess")]

    def test_clause_after_verb_stays(self) -> None:
        found = _found('"We will win," Tom Pell said, adding that the team was ready.')
        assert ("tom-pell", "the team was ready") in found
        assert ("tom-pell", "We will win") in found

    def test_plain_report_stays(self) -> None:
        assert _found("Tom Pell said backstage that the show was great.") == [("tom-pell", "the show was great")]


class TestNegatedDisclosure:
    def test_did_not_disclose(self) -> None:
        assert _found("Grobco did not disclose that it paid Tom Pell for the advice.") == []

    def test_did_not_reveal(self) -> None:
        assert _found("Grobco also did not reveal that it provided jobs to his family.") == []

    def test_never_revealed(self) -> None:
        assert _found("Grobco never revealed that it paid Tom Pell.") == []

    def test_disclosed_stays(self) -> None:
        assert _found("Grobco disclosed that it paid Tom Pell.") == [("grobco", "it paid Tom Pell")]

    def test_revealed_a_negative_stays(self) -> None:
        assert _found("Tom Pell revealed that he had not been paid.") == [("tom-pell", "he had not been paid")]
