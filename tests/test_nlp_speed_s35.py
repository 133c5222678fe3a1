"""Speed, session 35: a name's writings found without compiling a pattern for each name find what
the patterns compiled in place found. Names and texts invented for the purpose."""

from __future__ import annotations

import re

import pytest

from belreader.nlp.kinds import literal_hits

TEXTS = [
    "Tarlow Mills said Tarlow Mills-Bell and Tarlow Mills's staff met Tarlow Millsworth. Tarlow Mills left.",
    "Grobco Grobco-Velt grobco Grobco. Velt Grobco Bank's Grobco, Grobco’s GrobcoGrobco Grobco",
    "aaa aa a aaaa-aa 'aa' aa.com aa.Org aa",
    "",
]
BOUNDS = [
    (r"[\w’'-]", r"[\w’'-]"),
    (r"[\w&’'-]", r"[\w&-]|['’]?\s+[A-Z]"),
    (r"[\w’'-]", r"[\w’'-]|\.[a-z]"),
]


@pytest.mark.parametrize("text", ["Tarlow Mills", "Grobco", "grobco", "aa", "a", "C++", "A.B. Grobco", ""])
@pytest.mark.parametrize(("before", "after"), BOUNDS)
def test_literal_hits_find_what_the_pattern_finds(text: str, before: str, after: str) -> None:
    pattern = re.compile(rf"(?<!{before}){re.escape(text)}(?!{after})")
    for body in TEXTS:
        found = list(literal_hits(text, body, re.compile(before), re.compile(after)))
        assert found == [m.span() for m in pattern.finditer(body)]
