"""Session 29's claim shapes, on sentences written for the purpose (none copied from any corpus).

- "admitted two counts of theft": a plea to charges is no statement (as "denied the charges"),
  even with a clause joined after it ("... and faces jail"); "admitted that he had lied" is.
- "The defeat left the coach insisting that ...", "kept the chairman saying ...": the person left
  or kept saying it speaks, not the verb's subject; "left Grobco saying ..." (a body left): the
  one who left speaks.
- "Researchers, who worked at X, had shown that ...", "The inspectors, who ..., found that ...":
  a relative clause between the research people or the finding body and the verb.
- "It found that one in ten drink alcohol": "that" and a share opening the clause found, which
  the parser took for a noun object.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


class TestPleas:
    def test_admitted_counts_is_no_claim(self) -> None:
        assert _found("Ms Dale admitted two counts of theft at Orlan Crown Court.") == []

    def test_admitted_count_with_a_clause_after(self) -> None:
        assert _found("Tom Pell admitted one felony count of fraud and faces up to two years in jail.") == []

    def test_admitted_that_stays_a_claim(self) -> None:
        assert _found("Tom Pell admitted that he had lied to the panel.") == [
            ("Tom Pell", "admitted", "he had lied to the panel")
        ]

    def test_charge_as_a_clause_subject_stays_a_claim(self) -> None:
        found = _found("Tom Pell admitted the count had been wrong.")
        assert [(v, c) for _, v, c in found] == [("admitted", "the count had been wrong")]

    def test_denied_charges_still_no_claim(self) -> None:
        assert _found("Tom Pell denied all the charges.") == []


class TestLeftInsisting:
    def test_the_person_left_insisting_speaks(self) -> None:
        assert _found("The defeat left the coach insisting that his team had played well.") == [
            ("the coach", "insisting", "his team had played well")
        ]

    def test_a_named_person_left_claiming(self) -> None:
        assert _found("The scandal left Tom Pell claiming that he had been framed.") == [
            ("Tom Pell", "claiming", "he had been framed")
        ]

    def test_kept_saying(self) -> None:
        assert _found("The row kept the chairman saying that the club was not for sale.") == [
            ("the chairman", "saying", "the club was not for sale")
        ]

    def test_a_body_left_the_leaver_speaks(self) -> None:
        found = _found("Tom Pell, a city councillor, left the Grobco Party saying that it had lost its way.")
        assert found == [("Tom Pell", "saying", "it had lost its way")]

    def test_a_thing_left_the_subject_speaks(self) -> None:
        found = _found("Tom Pell left the club claiming he needed a break.")
        assert found == [("Tom Pell", "claiming", "he needed a break")]


class TestRelativeClauseBeforeFinding:
    def test_researchers_who_had_shown(self) -> None:
        assert _found("Researchers, who worked at Tenby University, had shown that the drug was safe.") == [
            ("Researchers", "shown", "the drug was safe")
        ]

    def test_inspectors_who_found(self) -> None:
        assert _found("The inspectors, who visited the plant in May, found that the pipes were leaking.") == [
            ("The inspectors", "found", "the pipes were leaking")
        ]


class TestShareFound:
    def test_it_found_one_in_ten(self) -> None:
        found = _found("Grobco asked 2,000 adults about their habits. It found that one in ten drink alcohol.")
        assert [(v, c) for _, v, c in found] == [("found", "one in ten drink alcohol")]

    def test_a_named_body_found_one_in_ten_without_that(self) -> None:
        found = _found("Grobco Research found that one in ten drink alcohol.")
        assert [(v, c) for _, v, c in found] == [("found", "one in ten drink alcohol")]

    def test_no_share_no_claim(self) -> None:
        assert _found("The board found that one answer.") == []
