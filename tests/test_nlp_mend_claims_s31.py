"""Mends of session 31's claim rules after the claims review, on sentences written for the purpose
(none copied from any corpus).

- "dismissed claims that X ...": the denied clause ends before the rejecting verb's own verdict
  ("as nonsense", 'as "pure fantasy"', "as untrue"), before a participle or a "which" clause set off
  by a comma (", calling them absurd", ", which began last week"), and before a participle of
  saying that goes on from the subject; never inside the clause's own verb ("had been warning
  staff"), a gerund ("after saying"), or the clause's own "as" ("acted as an agent"). A claim
  inside the denied clause is denied, not made.
- "rejected claims that the firm had made in its report": a relative clause of the noun (a verb
  that takes a claim for object, with none of its own) is no denied clause: no claim.
- "will tell MPs on Monday and said on Friday that ...": a verb joined to a future speech with a
  tense of its own reports words said; "X is to say that A, aides said" is the aides' claim only.
- "Can", "May" opening a sentence as a modal before a base form is no speaker.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


class TestDeniedClauseEnds:
    def test_before_the_verdict_noun(self) -> None:
        found = _found("Ann Bell dismissed suggestions that the pier would close as nonsense.")
        assert found == [("Ann Bell", "dismissed", "the pier would close")]

    def test_before_a_quoted_verdict(self) -> None:
        found = _found('Tom Pell rubbished claims that Grobco would move to Velt as "pure fantasy".')
        assert found == [("Tom Pell", "rubbished", "Grobco would move to Velt")]

    def test_before_an_adjective_verdict(self) -> None:
        found = _found("Ann Bell rejected suggestions that the mill was losing money as untrue.")
        assert found == [("Ann Bell", "rejected", "the mill was losing money")]

    def test_before_a_participle_after_a_comma(self) -> None:
        found = _found("Tom Pell rejected claims that the board had misled investors, calling them absurd.")
        assert found == [("Tom Pell", "rejected", "the board had misled investors")]

    def test_before_a_which_clause_after_a_comma(self) -> None:
        found = _found("Ann Bell dismissed speculation that she would leave Grobco, which grew last month.")
        assert found == [("Ann Bell", "dismissed", "she would leave Grobco")]

    def test_not_at_the_clauses_own_verb_in_ing(self) -> None:
        found = _found("Ann Bell dismissed claims that Velt had been warning clients of price rises for weeks.")
        assert found == [("Ann Bell", "dismissed", "Velt had been warning clients of price rises for weeks")]

    def test_a_claim_inside_the_denied_clause_is_not_made(self) -> None:
        found = _found("Tom Pell rejected claims that the club had sold the ground after saying it would not.")
        assert found == [("Tom Pell", "rejected", "the club had sold the ground after saying it would not")]


class TestDeniedClauseKept:
    def test_the_clauses_own_as(self) -> None:
        found = _found("Tom Pell rejected claims that he had acted as a broker for Grobco.")
        assert found == [("Tom Pell", "rejected", "he had acted as a broker for Grobco")]

    def test_a_participle_of_saying_without_a_comma_goes_on_from_the_subject(self) -> None:
        found = _found("Ann Bell dismissed claims that the council was split saying the vote was clear.")
        assert ("Ann Bell", "dismissed", "the council was split") in found
        assert ("Ann Bell", "saying", "the vote was clear") in found

    def test_a_passive_clause(self) -> None:
        found = _found("Ann Bell rejected claims that the figures were published too early.")
        assert found == [("Ann Bell", "rejected", "the figures were published too early")]

    def test_made_with_an_object_of_its_own(self) -> None:
        found = _found("Tom Pell dismissed reports that he had made a secret deal with Velt.")
        assert found == [("Tom Pell", "dismissed", "he had made a secret deal with Velt")]


class TestRelativeClauseOfTheNoun:
    def test_made(self) -> None:
        assert _found("Ann Bell rejected claims that the union had made in its newsletter.") == []

    def test_printed_with_a_verdict(self) -> None:
        assert _found("Tom Pell dismissed the reports that the weekly had printed as lies.") == []


class TestFutureSpeech:
    def test_a_past_verb_joined_to_a_future_speech_is_said(self) -> None:
        found = _found("Tom Pell will tell the board on Monday and said on Friday that the fares were too high.")
        assert found == [("Tom Pell", "said", "the fares were too high")]

    def test_a_perfect_verb_joined_to_a_future_speech_is_said(self) -> None:
        found = _found("Ann Bell will tell the council next week and has already said that the plan is flawed.")
        assert found == [("Ann Bell", "said", "the plan is flawed")]

    def test_a_base_form_joined_to_a_future_speech_is_not_said(self) -> None:
        assert _found("Tom Pell will tell the board on Monday and argue that the fares are too high.") == []

    def test_an_embedded_plan_to_speak_is_the_reporters_claim_only(self) -> None:
        found = _found("Ann Bell is to announce that the mill will close, officials said.")
        assert found == [("officials", "said", "Ann Bell is to announce that the mill will close")]

    def test_a_future_reported_by_said_is_its_content(self) -> None:
        found = _found("Tom Pell said he is to tell the board that the fares are too high.")
        assert found == [("Tom Pell", "said", "he is to tell the board that the fares are too high")]


class TestModalOpeningASentence:
    """The guards of `name_taken_for_modal` that the base forms after a lower-case modal never reach
    (tests/test_nlp_claims_f27_s31.py): a capitalised modal opening a sentence, before a base form
    with no subject, is no name (without the base-form guard, "Can" and "May" speak here)."""

    def test_can_before_a_base_form(self) -> None:
        assert _found("Can confirm that the mill will close.") == []

    def test_may_before_a_base_form(self) -> None:
        assert _found("May forecast that prices will rise, or may not.") == []
