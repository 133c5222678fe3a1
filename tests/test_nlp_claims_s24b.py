"""Claim extraction shapes of session 24 (round 2, helper claims2), on sentences written for the
purpose (none copied from any corpus).

- A court's or an official's ruling is a claim with any clause after "ruled", not only "ruled
  that" ("The judge ruled the fees were unlawful"); never "ruled out", "ruled the country" or
  "was ruled offside". A court's or a judge's "decided (that) ..." with a finite clause is its ruling
  (never "decided to ..." nor anyone else's decision).
- "X discriminated against Y, the court has ruled.": the parser hangs the clause's subject on the
  closing verb as a second subject; the clause before the comma is the content, the subject after
  the comma the speaker.
- A firm's results ("has reported a 40% rise in profit", "reported a loss of £3m") are a figure
  published, not a claim; "reported that ..." and "reported damage to ..." stay claims.
- "told them to \"work hard\"", "told players in the club not to ignore ...": an instruction (a
  request), not a claim, with quoted words in it, negated or after a phrase of the telling; not
  "told reporters that ...", "told the BBC she wanted to stay".
- "wants the reporters to reveal ...": a reporting verb in a to-infinitive with a subject of its own
  under a verb of wanting or asking is wished for, nothing said; not "led the firm to admit ...".
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_pairs = claim_rows("speaker_id content", opening="Port\n\n")


def _contents(text: str) -> list[str]:
    return [content for _, content in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The judge ruled the parking fees were unlawful.", "the parking fees were unlawful"),
        ("The panel ruled on Monday that the transfer broke the rules.", "the transfer broke the rules"),
        ("The parking fees were unlawful, the High Court has ruled.", "The parking fees were unlawful"),
    ],
)
def test_a_ruling_with_a_clause_is_a_claim(text: str, content: str) -> None:
    assert _contents(text) == [content]


def test_a_clause_taken_for_a_second_subject_of_ruled() -> None:
    text = "The old ticket scheme discriminated against young buyers, the Appeal Court has ruled."
    assert _pairs(text) == [("appeal-court", "The old ticket scheme discriminated against young buyers")]


@pytest.mark.parametrize(
    "text",
    [
        "The striker was ruled out of the match with a knee injury.",
        "The king ruled the country for twenty years.",
        "His second goal was ruled offside by the referee.",
        "After long talks on the budget, the ministers agreed.",
    ],
)
def test_no_claim_for_rule_without_a_clause(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'Ms Varga told them to "keep working hard because nobody gets a second chance".',
        "Ms Varga told young players in the club not to ignore the local leagues.",
        "Ms Varga told the staff not to leave early.",
        "Ms Varga told the staff to leave.",
    ],
)
def test_an_instruction_is_no_claim(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Oban told reporters that the plan would fail.", "the plan would fail"),
        ("Mr Oban told reporters in Dunmore that he was not going to quit.", "he was not going to quit"),
        ("Mr Oban told the BBC he wanted to stay.", "he wanted to stay"),
        ('"Keep working," Mr Oban told them.', "Keep working"),
    ],
)
def test_a_statement_told_stays_a_claim(text: str, content: str) -> None:
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Grobco, Dunmore's biggest bakery, has reported a 40% rise in profit, beating forecasts.",
        "Grobco reported a loss of £3m for the year.",
        "Grobco reported annual sales of £80m, down from £95m a year earlier.",
    ],
)
def test_a_result_reported_is_no_claim(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Grobco reported that sales had risen by 40%.", "sales had risen by 40%"),
        ("Grobco reported sales had risen by 40%.", "sales had risen by 40%"),
        ("Customers reported damage to their kitchens.", "damage to their kitchens"),
    ],
)
def test_a_report_with_a_clause_or_another_noun_stays_a_claim(text: str, content: str) -> None:
    assert _contents(text) == [content]


def test_the_firm_that_reported_a_result_is_the_it_after_it() -> None:
    # the result is no claim, but it is the firm's turn: "It blamed ..." after it is the firm's, not
    # unresolved for want of an earlier speaker
    text = (
        "Grobco, the Dunmore brewer, reported a 4% fall in sales in the six months to June. "
        "It blamed a wet summer for the drop in demand for its lagers."
    )
    pairs = _pairs(text)
    assert [speaker for speaker, _ in pairs] == ["grobco"]
    assert "a 4% fall in sales" not in pairs[0][1]


def test_a_result_inside_reported_words_is_left_as_it_was() -> None:
    # the later passes cut the other's content at this attribution: the rule stays out of it
    text = "Halden Bank said prices rose by 0.8% in May and Grobco reported a rise of 0.4% in June."
    assert ("grobco", "a rise of 0.4% in June") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grobco wants the reporters to reveal 20 sources used for stories about its new phone.",
        "Grobco wants the reporters to reveal that they had paid the sources.",
    ],
)
def test_words_someone_is_wanted_to_say_are_no_claim(text: str) -> None:
    assert _contents(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The row led the firm to admit that it had lost the files.",
        "The firm was forced to admit that it had lost the files.",
    ],
)
def test_one_led_or_forced_to_speak_still_speaks(text: str) -> None:
    assert _contents(text) == ["it had lost the files"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Appeal Court then decided the scheme plainly broke the law.", "the scheme plainly broke the law"),
        ("The tribunal decided that Ms Lowe had been unfairly dismissed.", "Ms Lowe had been unfairly dismissed"),
    ],
)
def test_a_courts_decision_is_its_ruling(text: str, content: str) -> None:
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "The court decided to adjourn the case.",
        "The judge decided against a retrial.",
        "The board decided that the plant would close.",
        "Mr Oban decided he would stay.",
    ],
)
def test_a_decision_to_act_or_by_anyone_else_is_no_claim(text: str) -> None:
    assert _contents(text) == []
