"""Session 26 round 2: mends to round 1's "according to" and "add" rules, on sentences written for
the purpose (none copied from any corpus).

- "according to" hung on a verb of varying or dividing ("differ according to industry", "rewarded
  according to commission") names a measure, not a source; the heads round 1 added (bodies,
  writings, names the model left untyped) name a source only when the phrase is set off by a comma
  ("Pork is banned according to Judaism": a rule).
- The apposition of "According to NAME, a broker at X, ..." is skipped unless the parse makes it
  the main clause's subject ("According to X, Grobco, the biggest bank, will ...").
- A relative clause after the source is skipped to the comma after its last word, not the first.
- "He added: fewer jobs" (a colon) keeps its claim: "add" with a thing as its object is one home,
  content.py's `_thing_object`.
- "According to Lintell's review, the firm said X": anyone's own writing around a report makes no
  second claim.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of

_LEAD = "Harbour\n\nThe market was quiet in March. "


def _found(sentence: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in claims_of(_LEAD + sentence)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Wages differ according to industry.",
        "Agents are rewarded according to commission.",
        "Grants range according to the commission.",
        "Rents vary according to the office.",
        "The prize money is split according to the family.",
        "Borrowing is limited according to Clause 12.",
        "The levy is set according to Annex 3.",
        "Pork is banned according to Judaism.",
        "Ticket prices change according to the site.",
        # a verb of varying or dividing: no claim whatever the source
        "Charges differ according to the lender.",
        "Interest varied according to the bank.",
        "The bells are set according to Harbour Mean Time.",
    ],
)
def test_according_to_as_in_line_with_makes_no_claim(sentence: str) -> None:
    assert _found(sentence) == []


def test_according_to_without_a_comma_still_names_a_known_source() -> None:
    assert _found("Costs rose 4% in the year according to the firm.") == [("the firm", "Costs rose 4% in the year")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "According to Ruth Vane, a broker at Lintell, on Monday, shares dropped 3%.",
            "on Monday, shares dropped 3%",
        ),
        (
            "According to Ruth Vane, head of Lintell, profits, which slipped in June, will recover.",
            "profits, which slipped in June, will recover",
        ),
    ],
)
def test_source_apposition_left_out_before_a_comma_in_the_clause(sentence: str, content: str) -> None:
    assert _found(sentence) == [("Ruth Vane", content)]


def test_source_apposition_left_out_before_an_inserted_adverb() -> None:
    (pair,) = _found("According to Ruth Vane, a broker at Lintell, though, shares dropped 3%.")
    assert "broker" not in pair[1] and pair[1].endswith("shares dropped 3%")


def test_relative_clause_with_inner_commas_skipped_to_its_end() -> None:
    assert _found("According to Lintell, which, unlike its peers, raised fees, demand fell.") == [
        ("Lintell", "demand fell")
    ]


def test_added_after_a_colon_keeps_its_words() -> None:
    assert _found("Ms Vane added: fewer jobs this winter.") == [("Ms Vane", "fewer jobs this winter")]


def test_a_named_owners_writing_makes_no_second_claim() -> None:
    assert _found("According to Lintell's yearly review, the firm said costs fell.") == [("the firm", "costs fell")]
