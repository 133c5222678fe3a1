"""Claim extraction shapes of session 18, on sentences written for the purpose (none copied from any
corpus).

- "It found that X", "In a poll, it discovered that X", "..., after it found that X": a finding
  reported by the body "it" stands for, kept with "it" unresolved when nothing names it; not "it
  found the roads blocked" (no "that" clause), nor a person's "He discovered that ..." (narration).
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.verb_text, c.content) for c in claims_of(text)]


# an opening no organisation is named in, so "it" is left unresolved
_OPENING = "Quotas\n\nThe fishing quotas were set in May. "


@pytest.mark.parametrize(
    ("sentence", "verb", "content"),
    [
        ("It found that most boats had landed too much cod.", "found", "most boats had landed too much cod"),
        ("In a poll, it discovered that fees could vary by £20 a week.", "discovered", "fees could vary by £20 a week"),
        (
            "The panel ended its work after it found that 900 claims were unpaid.",
            "found",
            "900 claims were unpaid",
        ),
        ("It has found that the harbour was too shallow.", "found", "the harbour was too shallow"),
    ],
)
def test_it_found_that_is_a_finding(sentence: str, verb: str, content: str) -> None:
    triples = _triples(_OPENING + sentence)
    assert [(v, c) for _, v, c in triples] == [(verb, content)]
    assert triples[0][0].lower().startswith("it")


@pytest.mark.parametrize(
    "sentence",
    [
        "It found the roads blocked by snow.",
        "It found support for the idea among skippers.",
        "He discovered that his boat had gone.",
        "It did not find that the nets were too small.",
    ],
)
def test_no_finding_without_a_that_clause_from_a_body(sentence: str) -> None:
    assert _triples(_OPENING + sentence) == []
