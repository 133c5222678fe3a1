"""Claim extraction shapes of session 22 (round 2), on sentences written for the purpose (none
copied from any corpus).

- An instruction is no statement: "told the staff to leave" (the infinitive is what they were told
  to do); "told reporters the pier would close" stays a claim.
- A noun of intent as the whole object ("announced plans for a tour", "reiterated his desire to
  stay") is an act or a wish, not a statement; a clause with its own finite verb stays a claim, and
  so does a promise ("confirmed his commitment to fund ...").
- A plea ("denies 12 charges of theft") is no statement; "denied the charges were put to him" is.
- A reported clause closed by a comma before a sentence-final "OUTLET reported/quoted X as saying"
  is X's, reported by the outlet.
- "suggestion" is a noun of saying with a named owner ("Mr Pell's suggestion that ...").
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claim_starting, claims_of

_pairs = claim_rows("speaker content")


@pytest.mark.parametrize(
    "text",
    [
        "Last year the mayor, Ann Cole, told council departments to draw up plans for the pier.",
        "The coach told his players to expect a hard game on Saturday.",
        "The band announced plans for a world tour.",
        "Tom Pell has reiterated his desire to stay at the club and win the league.",
        "The regulator stated its ambition to lead the reform of the market.",
        "The former chief executive has denied multiple charges of fraud.",
        "Tom Pell denies 12 charges of theft and false accounting.",
    ],
)
def test_no_claim_for_an_instruction_an_intent_or_a_plea(text: str) -> None:
    assert _pairs("Port\n\n" + text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Cole told reporters the pier would close in May.", "the pier would close in May"),
        (
            "The club confirmed plans for the new stand had been approved by the council.",
            "plans for the new stand had been approved",
        ),
        ('"We are ready for the season," Ann Cole told the Daily Post.', "We are ready for the season"),
        ("Tom Pell has denied the charges were ever put to him.", "the charges were ever put to him"),
        ("The minister confirmed his commitment to fund the new bridge.", "his commitment to fund the new bridge"),
    ],
)
def test_statements_after_the_same_verbs_stay(text: str, content: str) -> None:
    assert claim_starting("Port\n\n" + text, content) is not None


def test_owned_suggestion_is_a_claim() -> None:
    text = "Port\n\nRivals mocked Tom Pell's suggestion that the ferries should be scrapped."
    assert ("Tom Pell", "the ferries should be scrapped") in _pairs(text)


def test_suggestion_without_owner_is_no_claim() -> None:
    text = "Port\n\nThe suggestion that the ferries should be scrapped angered the islanders."
    assert _pairs(text) == []


def test_reported_clause_before_outlet_quoting_someone() -> None:
    text = "Port\n\nIf the ferry owners are found guilty, they could face a heavy fine, Reuters reported the regulator as saying."
    claim = claim_starting(text, "If the ferry owners are found guilty")
    assert claim is not None
    assert claim.content.endswith("a heavy fine")
    assert claim.speaker == "the regulator"
    assert claim.outlets == ["reuters"]


def test_outlet_quoting_someone_with_no_clause_before_is_no_claim() -> None:
    assert claims_of("Port\n\nIn March, after the vote, Reuters quoted sources as saying.") == []
