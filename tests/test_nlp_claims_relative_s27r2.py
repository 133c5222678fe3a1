"""Session 27 round 2's mends of the rule for a relative clause that describes or likens its
antecedent ("..., which he described as Z"), on sentences written for the purpose (none copied
from any corpus).

- The content is the description and nothing after it: not "... and said X" (the speaker's next
  statement, which stays a claim of its own), and a list or a bracket in it is kept whole.
- "he"/"she" in the relative clause is the subject of the clause above when that is a person (a
  name, an office the article ties to one person); with no person there, the usual resolver only
  when nobody else the pronoun fits is named in the sentence, else unresolved.
- Inside another speaker's reported words the description stays a claim, the same speaker's ("Ms
  Orlo said the deal, which she described as Z, ...") or another named one's, as the nested rule
  keeps a named speaker's statement there; a pronoun there is the clause's person subject.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_QUOTED = 'Quay\n\nMr Pell, the head of the Tarlow union, said: "We will fight this plan." He added that members would strike.\n\n'


_triples = claim_rows("speaker verb_text content")


class TestDescriptionSpan:
    def test_stops_before_and_said(self) -> None:
        found = _triples(
            QUAY
            + "Ms Orlo praised the new school, which she described as a beacon for the town and said it would open in May."
        )
        assert ("Ms Orlo", "described", "a beacon for the town") in found
        assert ("Ms Orlo", "said", "it would open in May") in found

    def test_stops_before_another_verb(self) -> None:
        found = _triples(
            QUAY
            + "Mr Harte attacked the rail plan, which he described as a disaster for the town and vowed to fight it."
        )
        assert [c for _, v, c in found if v == "described"] == ["a disaster for the town"]

    def test_a_list_is_kept_whole(self) -> None:
        found = _triples(
            QUAY
            + "Mr Harte attacked the rail plan, which he described as an utterly slow, costly and badly run scheme."
        )
        assert [c for _, v, c in found if v == "described"] == ["an utterly slow, costly and badly run scheme"]

    def test_not_a_clause_after_a_comma(self) -> None:
        found = _triples(
            QUAY + "He recalled his aunt, whom he described as his first music teacher, when he was a boy."
        )
        assert [c for _, v, c in found if v == "described"] == ["his first music teacher"]

    def test_a_bracket_is_kept(self) -> None:
        found = _triples(
            QUAY
            + "Mr Harte attacked the rail plan, which he described as a slow scheme (a very costly one) for the town."
        )
        assert [c for _, v, c in found if v == "described"] == ["a slow scheme (a very costly one) for the town"]


class TestPronounSpeaker:
    def test_the_office_subject_not_the_last_speaker(self) -> None:
        found = _triples(
            "Quay\n\nChancellor Tom Cole visited Tarlow on Monday.\n\n"
            + _QUOTED[len("Quay\n\n") :]
            + "The chancellor has unveiled proposals for a port levy which he has likened to the old toll scheme."
        )
        assert [(s, c) for s, v, c in found if v == "likened"] == [("Tom Cole", "the old toll scheme")]

    def test_a_named_subject(self) -> None:
        found = _triples(_QUOTED + "Mr Cole has unveiled a port levy which he has likened to the old toll scheme.")
        assert [(s, c) for s, v, c in found if v == "likened"] == [("Mr Cole", "the old toll scheme")]

    def test_someone_else_named_in_the_sentence(self) -> None:
        found = _triples(
            _QUOTED + "The council backed Mr Dorn's plan for a port levy, which he has likened to the old toll scheme."
        )
        assert [(s, c) for s, v, c in found if v == "likened"] == [("he (unresolved)", "the old toll scheme")]


class TestInsideReportedWords:
    def test_the_same_speaker(self) -> None:
        found = _triples(QUAY + "Ms Orlo said the deal, which she described as a national scandal, would be signed.")
        assert ("Ms Orlo", "described", "a national scandal") in found

    def test_another_named_speaker_as_reported(self) -> None:
        found = _triples(
            QUAY + "Mr Dorn said the fund would help Ms Orlo, who Mr Bell described as a dangerous political activist."
        )
        assert ("Bell", "described", "a dangerous political activist") in found

    def test_a_pronoun_is_the_clause_subject(self) -> None:
        found = _triples(
            QUAY + "A spokesman said Mr Dorn had met Ms Orlo, who he described as a tireless local campaigner."
        )
        assert [(s, c) for s, v, c in found if v == "described"] == [("Dorn", "a tireless local campaigner")]


class TestAdverb:
    def test_an_adverb_before_the_verb(self) -> None:
        found = _triples(
            QUAY + "Mr Harte attacked the tax, which he has repeatedly likened to daylight robbery by ministers."
        )
        assert ("Harte", "likened", "daylight robbery by ministers") in found
