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


SENTENCES = [
    "Sales keep rising, reveals the annual Grobco survey.",
    "Sales keep rising reveals the annual Grobco survey, which found more.",
    "The Velt report showed that sales fell.",
    "Minutes of the meeting showed the bank split.",
    "It also found British firms gained.",
    "The firm, which found a report, grew.",
    "Tom Pell showed his cards.",
    "A REPORT SHOWS costs rose.",
    "Nothing here at all.",
    "",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_document_patterns_find_what_they_found_unguarded(sentence: str) -> None:
    from belreader.nlp.claims import vocabulary

    found = vocabulary.document_inverted(sentence)
    alone = vocabulary.DOCUMENT_INVERTED.match(sentence)
    assert (found and found.span()) == (alone and alone.span())
    assert vocabulary.is_candidate(sentence) == (
        vocabulary.CANDIDATE.search(sentence) is not None
        or vocabulary.DOCUMENT_CANDIDATE.search(sentence) is not None
        or vocabulary.DOCUMENT_INVERTED.search(sentence) is not None
    )
