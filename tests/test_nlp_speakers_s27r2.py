"""Session 27 round 2's speaker rules, on sentences written for the purpose (none copied from any corpus).

- "X missed the game with Tarlow boss Jo Bell claiming ...": in an absolute "with" clause the
  object of "with", right before the participle, speaks; never the main clause's subject. Not
  when a comma comes between or the object is a thing ("played with a sore knee saying ...").
- '"I had a word with Ivo ...," he told the club's website' after sentences about Ivo Pellgren:
  a person the claim's own words name in the third person (first name or surname) is not the
  one its "he" or "she" is given; left unresolved. Names in the narration of the content do not
  count ("in which he accused X of lying, over where Bell should play").
- "It said ..." opening a paragraph goes back to the organisation that is the subject of the last
  sentence of the narration paragraph before; an organisation named between them is no rival when
  the claim's reported words name it ("Grobco is the latest investor in Tarbury to doubt its bid.
  It said Tarbury had to show ...": spoken of, so not "it").
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_speakers = claim_rows("speaker speaker_id content")


class TestWithClause:
    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            (
                "Jo Bell did not play in the cup tie on Sunday despite recovering from a knee injury"
                ' with Tarlow boss Sam Grint claiming it had been a "hard time" for the player.',
                "sam-grint",
            ),
            ("Jo Bell missed the match with manager Sam Grint saying the player was tired.", "sam-grint"),
            ("Jo Bell was dropped with Grobco claiming he had broken the rules.", "grobco"),
        ],
    )
    def test_the_object_of_with_speaks(self, sentence: str, speaker: str) -> None:
        assert [s for _, s, _ in _speakers(QUAY + sentence)] == [speaker]

    def test_an_unnamed_object_speaks_unresolved(self) -> None:
        found = _speakers(QUAY + "Jo Bell was dropped with his agent claiming he was treated badly.")
        assert [(w, s) for w, s, _ in found] == [("his agent", None)]

    def test_after_a_comma_the_subject_goes_on(self) -> None:
        found = _speakers(QUAY + "Jo Bell played with a sore knee, saying it did not hurt.")
        assert [s for _, s, _ in found] == ["jo-bell"]

    def test_a_thing_does_not_speak(self) -> None:
        found = _speakers(QUAY + "Jo Bell played with a sore knee saying it did not hurt.")
        assert [s for _, s, _ in found] == ["jo-bell"]


_CLUB = (
    "Quay\n\nMeanwhile, Dunmore has criticised captain Ivo Pellgren for his remarks before the derby"
    " with Tarlow.\n\nPellgren spoke of his dislike of the rivals before the game, which Tarlow won"
    ' 2-1. "I have had more than a quiet word with {name}. It was said to the whole squad, not to'
    " him alone,\" he told the club's website."
)


class TestNamedInOwnWords:
    @pytest.mark.parametrize("name", ["Ivo", "Pellgren", "Ivo Pellgren"])
    def test_the_one_spoken_of_is_not_he(self, name: str) -> None:
        found = [(w, s) for w, s, c in _speakers(_CLUB.format(name=name)) if c.startswith("I have had")]
        assert found == [("he (unresolved)", None)]

    def test_someone_else_named_leaves_him(self) -> None:
        # the quote names another man: "he" keeps the subject of the sentence before
        found = [(w, s) for w, s, c in _speakers(_CLUB.format(name="Tom Rusk")) if c.startswith("I have had")]
        assert found == [("Pellgren", "ivo-pellgren")]


_LEAD = (
    "Investor concern at bid\n\nGrobco Insurance is the latest shareholder in Tarlow Bourse to express"
    " concern at the German firm's plans to buy the Morven Stock Exchange.\n\n{claim}"
)


class TestItOpeningTheNextParagraph:
    def test_the_lead_subject_speaks(self) -> None:
        claim = "It said Tarlow Bourse had to show why its planned offer for the Morven Stock Exchange was good."
        assert [s for _, s, _ in _speakers(_LEAD.format(claim=claim))] == ["grobco-insurance"]

    def test_not_when_another_organisation_is_not_spoken_of(self) -> None:
        claim = "It said the plans would create jobs in the region."
        assert [s for _, s, _ in _speakers(_LEAD.format(claim=claim))] == [None]
