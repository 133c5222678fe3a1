"""Claim extraction shapes of session 15, on sentences written for the purpose (none copied from any
corpus).

- "..., the court has heard.", "..., an inquiry was told.", "..., MPs have been told.": the clause
  before the comma is a statement made to that audience; its speaker is not named (left
  unresolved, never the audience), and the content is the clause, never the audience.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


@pytest.mark.parametrize(
    ("text", "content", "verb"),
    [
        (
            "Court\n\nThe firm misled a judge in a bid to halt the sale of its mine, the court has heard.",
            "The firm misled a judge in a bid to halt the sale of its mine",
            "heard",
        ),
        (
            "Court\n\nStaff were paid twice for the same shifts, an inquiry was told.",
            "Staff were paid twice for the same shifts",
            "told",
        ),
        ("Court\n\nThe contract was signed in May, MPs have been told.", "The contract was signed in May", "told"),
    ],
)
def test_statement_told_to_an_audience(text: str, content: str, verb: str) -> None:
    claims = claims_of(text)
    assert [(c.content, c.verb_text, c.speaker_id) for c in claims] == [(content, verb, None)]
    assert claims[0].speaker.endswith("(unresolved)")


def test_an_audience_with_no_clause_is_no_claim() -> None:
    assert claims_of("Court\n\nLater that week, the court heard.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Tax\n\nCity officials have dismissed the bank's legal manoeuvres as pointless.",
            None,
            "the bank's legal manoeuvres as pointless",
        ),
        ("Tax\n\nJo Kent dismissed the offer as inadequate.", "jo-kent", "the offer as inadequate"),
        ("Tax\n\nJo Kent branded the plans as unworkable.", "jo-kent", "the plans as unworkable"),
        ('Tax\n\nJo Kent dismissed the report as a "pack of lies".', "jo-kent", 'the report as a "pack of lies"'),
        # "brands" tagged a plural noun by the parser
        ('Tax\n\nThe party leader brands such attacks as "utter nonsense".', None, 'such attacks as "utter nonsense"'),
    ],
)
def test_naming_the_object_as_an_adjective_is_a_view(text: str, speaker: str | None, content: str) -> None:
    claims = claims_of(text)
    assert [c.content for c in claims] == [content]
    if speaker is not None:
        assert claims[0].speaker_id == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Tax\n\nThe club dismissed Jo Kent as manager in May.",  # a sacking, no view
        "Tax\n\nThe firm dismissed 200 staff as sales fell.",
        "Tax\n\nJo Kent dismissed the claims.",  # no "as": what was said is not in the sentence
    ],
)
def test_dismissing_with_no_adjective_is_no_claim(text: str) -> None:
    assert claims_of(text) == []
