"""Session 28's speaker rules, on sentences written for the purpose (none copied from any corpus).

- "Her sources, all unnamed friends of Mr Dorn and Mr Vale, said ...": a person named as the
  object of a preposition inside the subject phrase ("friends of X", "allies of X and Y") is never
  the name that closes the phrase; the head noun speaks, shown as written, without an id. An
  apposition set off by commas right before the verb may be cut from a phrase too long to show.
- "He pleaded with the judge saying ...", parsed with the judge as the participle's subject: the
  object of a verb's own "with" is who was addressed; the one who pleaded goes on.
- "earning them a reported $5m", parsed with the article as the subject of "reported": an
  adjective, no claim.
- '"People say Pellgren is finished," Pellgren said': a speaker who names himself in his own quote
  is still the speaker the attribution names.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_BOOK = "The memoir was written by Jo Marr. "


_speakers = claim_rows("speaker speaker_id")


class TestNameInsideTheSubjectsModifier:
    @pytest.mark.parametrize(
        "sentence",
        [
            'The author\'s sources, all unnamed "friends" of Mr Dorn and Mr Vale, said the mayor felt let down.',
            "The author's sources, all unnamed friends of Mr Dorn, said the mayor felt let down.",
            'Officials, all "allies" of Mr Dorn, said the mayor felt let down.',
            "Her aides, longtime allies of Mr Dorn and Mr Vale, said the mayor felt let down.",
        ],
    )
    def test_no_person_of_the_modifier_speaks(self, sentence: str) -> None:
        found = _speakers(_BOOK + "Mr Dorn and Mr Vale run the council. " + sentence)
        assert len(found) == 1
        speaker, speaker_id = found[0]
        assert speaker_id is None
        assert speaker.startswith(sentence.split(",")[0])  # the head phrase, never a name of its modifier

    def test_the_long_phrase_is_cut_before_its_apposition(self) -> None:
        sentence = 'The author\'s sources, all unnamed "friends" of Mr Dorn and Mr Vale, said the mayor felt let down.'
        assert _speakers(_BOOK + sentence) == [("The author's sources", None)]

    def test_a_closing_name_in_apposition_still_speaks(self) -> None:
        # the apposition itself, not the object of a preposition: the person named speaks
        found = _speakers("Mr Dorn lost the vote. His former rival, Petra Voss, said the mayor felt let down.")
        assert found == [("Petra Voss", "petra-voss")]


class TestVerbsOwnWith:
    @pytest.mark.parametrize(
        "sentence",
        [
            "He pleaded with the judge saying he had been misled by his partner.",
            "He argued with the referee saying the goal should have stood.",
        ],
    )
    def test_the_one_addressed_never_speaks(self, sentence: str) -> None:
        found = _speakers("Peter Brand stood in the dock on Monday. " + sentence)
        assert found == [("Peter Brand", "peter-brand")]

    @pytest.mark.parametrize(
        "sentence",
        [
            "Shares in Grobco fell sharply, with analysts saying the outlook was poor.",
            # "reason" is a noun here, not the verb that takes "with"
            'Anger over the levy seemed the main reason, with analysts saying it was "unfair".',
        ],
    )
    def test_an_absolute_with_clause_still_speaks(self, sentence: str) -> None:
        assert [s for s, _ in _speakers("Support for Grobco fell in May. " + sentence)] == ["analysts"]


class TestSpeakerNamedInOwnQuote:
    @pytest.mark.parametrize("attribution", ["Pellgren said.", "said Mr Pellgren.", "Martin Pellgren said."])
    def test_the_named_speaker_stays(self, attribution: str) -> None:
        text = f'Martin Pellgren spoke on Monday. "People say Pellgren is finished, but I am not," {attribution}'
        assert [i for _, i in _speakers(text)] == ["martin-pellgren"]


def test_an_article_taken_for_a_subject_makes_no_claim() -> None:
    text = "Tom Bell was behind the series, which ran for years, earning the family a reported $30m (£20m)."
    assert claims_of(text) == []
