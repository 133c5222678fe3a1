"""Session 26 round 2: mends to round 1's "according to" and "add" rules, on sentences written for
the purpose (none copied from any corpus).

- "according to" hung on a verb of varying or dividing ("differ according to industry", "rewarded
  according to commission") names a measure, not a source; the heads round 1 added (bodies,
  writings, names the model left untyped) name a source only when the phrase is set off by a comma
  ("Pork is banned according to Judaism": a rule). Mended: a verb of varying with an object or
  complement of its own ("paid £3m", "set at 4%"), or a document or person after "according to",
  keeps the source; a body with its determiner ("the commission") is a source without a comma.
- The apposition of "According to NAME, a broker at X, ..." is skipped unless the parse makes it
  the main clause's subject ("According to X, Grobco, the biggest bank, will ...").
  The apposition is kept when the clause has no subject after it (the parser hung "Grobco" on the
  source) or only the last conjunct of one ("X, the largest broker, and Y will merge").
- A relative clause after the source is skipped to the comma before the main clause's subject.
- "He added: fewer jobs" (a colon) keeps its claim: "add" with a thing as its object is one home,
  content.py's `_thing_object`.
- "According to Lintell's review, the firm said X": anyone's own writing around a report makes no
  second claim.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_LEAD = "Harbour\n\nThe market was quiet in March. "


_found = claim_rows("speaker content", opening=_LEAD)


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


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # a verb of varying or dividing with an object or complement of its own: a source's words
        ("Salaries are paid late according to the union.", "the union"),
        ("Porters were paid off according to the union.", "the union"),
        ("The mill was paid £3m according to court papers.", "court papers"),
        ("Tolls are set at 4% according to the regulator.", "the regulator"),
        ("The estate will be split in three according to Vantor Group.", "Vantor Group"),
        ("The team ranks fourth in the table according to Felba.", "Felba"),
        # a document or a person after "according to" is a source, not a measure
        ("Tolls vary according to a survey by Vantor.", "a survey by Vantor"),
        ("Rents differ according to Ada Marsh, a Vantor economist.", "Ada Marsh"),
    ],
)
def test_a_measure_verb_with_a_real_source_keeps_its_claim(sentence: str, speaker: str) -> None:
    assert [s for s, _ in _found(sentence)] == [speaker]


@pytest.mark.parametrize("body", ["the commission", "the trade body"])
def test_a_body_names_a_source_without_a_comma(body: str) -> None:
    assert _found(f"Most theft is done by insiders according to {body}.") == [(body, "Most theft is done by insiders")]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        # the clause's subject right after the source, with its own apposition: kept
        (
            "According to Ruth Vane, Lintell, the largest broker, will raise fees.",
            "Lintell, the largest broker, will raise fees",
        ),
        (
            "According to Ruth Vane, Lintell, the largest broker, and Dorrow will merge.",
            "Lintell, the largest broker, and Dorrow will merge",
        ),
    ],
)
def test_the_clauses_subject_after_the_source_is_kept(sentence: str, content: str) -> None:
    assert _found(sentence) == [("Ruth Vane", content)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("According to Lintell, which owns Dorrow, rents, which rose in June, will fall.", "Lintell"),
        ("According to Ruth Vane, who runs Lintell, rents, which rose in June, will fall.", "Ruth Vane"),
    ],
)
def test_a_relative_clause_after_the_source_ends_before_the_subject(sentence: str, speaker: str) -> None:
    assert _found(sentence) == [(speaker, "rents, which rose in June, will fall")]
