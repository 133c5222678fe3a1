"""Mends of session 24's claim rules (round 2), on sentences written for the purpose (none copied
from any corpus).

- Praise that introduces a quotation ("praised the fans for their behaviour: "...") leaves the
  quote its claim; only praise for a deed alone is no claim.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in claims_of("Port\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'Coach Jon Dorr praised the fans for their behaviour: "They showed great maturity and we are proud."',
            "Jon Dorr",
            "They showed great maturity and we are proud.",
        ),
        (
            "Ann Vell thanked the staff for their work: “It was a hard year and they never gave up.”",
            "Ann Vell",
            "It was a hard year and they never gave up.",
        ),
    ],
)
def test_praise_introducing_a_quote_leaves_the_quote(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_praise_for_a_deed_alone_is_still_no_claim() -> None:
    assert _pairs("Ann Vell thanked the staff for their hard work.") == []
