"""Statements found in session 11, round 2 (recall), on sentences written for the purpose (none
copied from any corpus).

- A reporting verb inside the words another reporting verb on its left reports ("X said cutting
  the fees "at long last" will make buyers think again") does not take the text on its left as
  its own content: the left-hand text is the outer attribution, so the outer claim stays.
"""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import make_article


def claims_of(text: str) -> list:
    return nlp.analyze(make_article(text)).claims


def claim_starting(text: str, start: str):
    found = [c for c in claims_of(text) if c.content.startswith(start)]
    return found[0] if found else None


NESTED_VERB = {
    # a quoted phrase inside the reported words, then "think" deep inside them
    "quoted-phrase": (
        "Fees\n\nThe head of the tenants group said cutting the fees “at long last” will make a landlord think twice.",
        "cutting the fees",
        "think twice",
    ),
    "new-fees": (
        "Fees\n\nThe head of the tenants group said the new fees “at long last” will make a landlord think twice.",
        "the new fees",
        "think twice",
    ),
    "would-make": (
        "Fees\n\nMs Orla Penrose said dropping the charge “in every sense” would make a buyer think harder.",
        "dropping the charge",
        "think harder",
    ),
}


@pytest.mark.parametrize("case", sorted(NESTED_VERB))
def test_outer_claim_kept_when_a_reporting_verb_sits_in_its_content(case: str) -> None:
    text, start, inner = NESTED_VERB[case]
    claim = claim_starting(text, start)
    assert claim is not None, [c.content for c in claims_of(text)]
    assert inner in claim.content
    assert claim.verb == "say"


def test_attribution_closing_a_quote_still_takes_the_left() -> None:
    # guard: '"...," the councillor said.' keeps the quote on the left as its content
    text = "Fees\n\n“The rents will fall by the spring,” the councillor said."
    claim = claim_starting(text, "The rents will fall")
    assert claim is not None
    assert claim.verb == "say"
