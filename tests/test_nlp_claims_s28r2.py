"""Session 28 round 2's claim shapes, on sentences written for the purpose (none copied from any corpus).

- "X said A and added: “B”": the reporting verb the parser joined to A's verb ends A (A and B are
  two claims of X's), not the colon's quote taken for A.
- A quoted sentence with no attribution of its own right after a speaker's reported words, closed
  by its full stop before the next quote opens ('X said A. “B.” “C,” he added.'), is more of X's words.
- "which has attacked the plan as a “bad piece of work”": a verb of attack naming its object "as"
  a quoted phrase states a view (only with the quotation).
- "Staff were at pains to point out that ...": whoever was at pains speaks, not "pains".
- "He left the club claiming he needed a break": a participle of saying after a verb's thing
  object goes on from the verb's subject.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY)


class TestSaidAndAddedColon:
    def test_the_reported_words_end_before_and_added(self) -> None:
        found = _found('Mrs Dorn said the mayor went down on his knees to apologise and added: "I am still shaking."')
        assert [(v, c.rstrip(".")) for _, v, c in found] == [
            ("said", "the mayor went down on his knees to apologise"),
            ("added", "I am still shaking"),
        ]
        assert {s for s, _, _ in found} == {"Mrs Dorn"}

    def test_present_tense(self) -> None:
        found = _found('Ann Dorn says the mayor goes down on his knees to apologise and adds: "I am still shaking."')
        assert [(v, c.rstrip(".")) for _, v, c in found] == [
            ("says", "the mayor goes down on his knees to apologise"),
            ("adds", "I am still shaking"),
        ]

    def test_added_that_stays_two_claims(self) -> None:
        found = _found("Ann Dorn said the mayor had gone and added that he was sorry.")
        assert [(v, c) for _, v, c in found] == [("said", "the mayor had gone"), ("added", "he was sorry")]


class TestQuoteBeforeAnotherQuote:
    def test_a_quote_after_reported_words_and_before_an_attributed_quote(self) -> None:
        found = _found(
            "On Monday, Tom Harte, head of the trade board, said that the rules were needed. "
            '"The growth in shipping needs to be matched by safety at sea." '
            '"This is a plain case of the board working for people," he added.'
        )
        assert [(s, v, c.rstrip(".")) for s, v, c in found] == [
            ("Tom Harte", "said", "the rules were needed"),
            ("Tom Harte", "", "The growth in shipping needs to be matched by safety at sea"),
            ("Tom Harte", "added", "This is a plain case of the board working for people"),
        ]

    def test_a_quote_inside_a_sentence_stays_out(self) -> None:
        found = _found('Tom Harte said the rules were needed. "Safety" is the word on the quay, "we hear," he added.')
        assert not any(c.startswith("Safety") for _, _, c in found)


class TestAttackedAsQuoted:
    def test_a_relative_attack_naming_with_a_quotation(self) -> None:
        found = _found(
            "The fund faces two suits - one from the Quay Traders Union and the other from the Harbour Board, "
            'which has attacked the plan as a "poor piece of work".'
        )
        assert [(s, v) for s, v, _ in found] == [("Harbour Board", "attacked")]
        assert "poor piece of work" in found[0][2]

    def test_condemned_as_quoted(self) -> None:
        found = _found('Tom Harte condemned the vote as a "farce" and said the rules were vague.')
        assert [(v, c) for _, v, c in found] == [
            ("condemned", 'the vote as a "farce"'),
            ("said", "the rules were vague"),
        ]

    def test_without_a_quotation_it_is_narration(self) -> None:
        assert _found("Tom Harte attacked the plan as unfair.") == []

    def test_a_quoted_object_is_no_naming(self) -> None:
        assert _found('Tom Harte attacked the "reforms" in a long speech.') == []


class TestAtPains:
    def test_the_subject_of_at_pains_speaks(self) -> None:
        found = _found("Quay Hall staff were at pains to point out that she went to these dinners as a guest.")
        assert found == [("Quay Hall staff", "point out", "she went to these dinners as a guest")]

    def test_pains_is_no_speaker(self) -> None:
        found = _found("But Tom Harte is at pains to point out that his interest goes well beyond the money.")
        assert [(s, c) for s, _, c in found] == [("Tom Harte", "his interest goes well beyond the money")]


class TestParticipleAfterThing:
    def test_left_the_club_claiming(self) -> None:
        found = _found(
            "Tom Harte became a hero at the club in 1990. But he left the club claiming he needed a rest from the game."
        )
        assert found == [("Tom Harte", "claiming", "he needed a rest from the game")]

    def test_urged_to_admit_stays_no_claim(self) -> None:
        assert _found("Ann Dorn urged Mr Bell to admit that the port had lost money.") == []
