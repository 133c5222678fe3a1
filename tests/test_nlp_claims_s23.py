"""Claim extraction shapes of session 23 (round 1), on sentences written for the purpose (none
copied from any corpus).

- A paragraph that opens on a modal of duty ("also had to", "needed to") after a paragraph closed
  by a named speaker's reported words in the past tense goes on with those words, and so do the
  reported-speech sentences after it; not after narration, a direct quote, a present-tense
  report, an unresolved speaker, a plan's "would" or a sentence about a named firm.
- A clause subject the parser took for a passive one ("What they did, not what they were called,
  was ...") is the content of the attribution after it, as a plain clause subject is.
- "X said Minister Y had caused anger when he said Z": Z is Y's statement, when Y is the one
  person named before the pronoun; never a guess among two.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_pairs = claim_rows("speaker_id content", opening="Port\n\n")


_REPORT = "The charity's director, Anna Lowe, said the sector had lost its way."


def test_a_paragraph_of_duty_goes_on_with_the_reported_words_before_it() -> None:
    text = (
        f"{_REPORT}\n\nThe big charities also had to admit that smaller groups were doing better work. "
        "And more needed to be done to reach young donors."
    )
    assert _pairs(text) == [
        ("anna-lowe", "the sector had lost its way"),
        ("anna-lowe", "The big charities also had to admit that smaller groups were doing better work"),
        ("anna-lowe", "And more needed to be done to reach young donors"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # narration closes the paragraph before
        f"{_REPORT} The charity was founded in 1950.\n\nThe big charities also had to admit that smaller groups did better.",
        # a direct quote before: the author's words as often as the speaker's
        '"The sector has lost its way," the charity\'s director, Anna Lowe, said.\n\n'
        "The big charities also had to admit that smaller groups did better.",
        # a present-tense report backshifts nothing
        "The charity's director, Anna Lowe, says the sector has lost its way.\n\n"
        "The big charities also had to admit that smaller groups did better.",
        # no resolved speaker
        "Some people said the sector had lost its way.\n\nThe big charities also had to admit that smaller groups did better.",
        # a plan's "would": the author's background
        f"{_REPORT}\n\nThe new centre would open in Leeds next spring.",
        # a named firm as the subject: the author telling of it
        f"{_REPORT}\n\nGrobco had to cut 200 jobs last year, after a fall in sales at Grobco.",
    ],
)
def test_no_paragraph_continuation_after_narration_a_quote_or_for_a_plan(text: str) -> None:
    assert [content for _, content in _pairs(text)][1:] == []


def test_a_clause_subject_parsed_as_passive_is_the_content() -> None:
    text = "What they did, not what they were called, was the real test, Lord Tate added."
    assert [content for _, content in _pairs(text)] == ["What they did, not what they were called, was the real test"]


@pytest.mark.parametrize("text", ["He said what he had seen.", "Lord Tate was asked what they did."])
def test_a_bare_wh_clause_is_still_no_statement(text: str) -> None:
    assert _pairs(text) == []


def test_a_pronoun_in_a_when_clause_inside_a_report_is_the_one_person_named() -> None:
    text = (
        "Earlier this week the Daily Post said Trade Minister Omar Haddad had caused anger when he said "
        "his ministry was struggling to hire engineers."
    )
    assert ("omar-haddad", "his ministry was struggling to hire engineers") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        # two people named before the pronoun: no guess
        "The Daily Post said Omar Haddad and Sara Lee had caused anger when he said his ministry was short of staff.",
        # nobody named: the pronoun stays inside the Post's words
        "The Daily Post said the minister had caused anger when he said his ministry was short of staff.",
        # the outer speaker himself: his own words, one claim
        "Omar Haddad said the plan had failed when he said it would.",
    ],
)
def test_no_nested_pronoun_claim_without_one_other_named_person(text: str) -> None:
    assert len(_pairs(text)) == 1


def test_likely_to_after_a_report_is_a_forecast_not_narration() -> None:
    text = "Dr Anna Lee said the scheme had failed. Costs were likely to rise further."
    assert _pairs(text)[1:] == [("anna-lee", "Costs were likely to rise further")]
    text = "Dr Anna Lee said the scheme had failed. Costs were due to rise further."
    assert _pairs(text)[1:] == []  # a plan or a timetable: the author's


def test_a_quote_before_continued_then_a_participle_is_a_claim() -> None:
    text = '"We will defend them by law," Mr Rudd continued, adding that any review would be small.'
    assert [(c.verb, c.content) for c in claims_of("Port\n\n" + text)] == [
        ("continue", "We will defend them by law"),
        ("add", "any review would be small"),
    ]


def test_continued_then_a_participle_without_a_quote_is_no_claim_of_continuing() -> None:
    assert _pairs("The strike continued, adding pressure on the management.") == []
    text = "Mr Rudd continued, saying the plan was good."
    assert all(c.verb != "continue" for c in claims_of("Port\n\n" + text))


def test_a_run_of_reopened_quotes_before_a_late_attribution_is_one_claim() -> None:
    text = (
        'Mr Reed believes the detainees should face a jury. "My own view is that we need a full trial. '
        '"As far as I am concerned, the ministers must start again." he added.'
    )
    found = [(c.speaker_id, c.verb, c.content) for c in claims_of("Port\n\n" + text)]
    assert found[1][:2] == ("reed", "add")
    assert found[1][2].startswith("My own view is") and found[1][2].endswith("must start again.")


def test_a_reopened_run_stops_at_the_narration_before_it() -> None:
    text = 'Mr Reed spoke to reporters on Monday. "We need a trial. "The ministers must start again." he added.'
    contents = [c.content for c in claims_of("Port\n\n" + text)]
    assert contents == ['We need a trial. "The ministers must start again.']
