"""Speaker resolution patterns of session 12, on sentences written for the purpose (none copied
from any corpus):

- "For analyst X, ...", "But for X, a director at Y, ...", "In X's view, ...": a frame that
  gives the opinion after it to X makes X whom the sentence is about, so a "he said" that
  follows continues with X; "For X the ..." with no comma is no such frame.
A wrong speaker is worse than none: where two candidates fit, the speaker stays unresolved."""

from __future__ import annotations

import pytest

from nlp_util import speaker_of

RESOLVED = {
    # a stance frame with a title before the name, then "he said" after the quote
    "for-analyst": (
        "Phones\n\nRivals have launched cheaper handsets and a music service called Tunebox. "
        "For Midland Research analyst Tom Pell, the firm's launch came too late. "
        '"They waited a year for nothing," he said.',
        "They waited a year",
        "tom-pell",
    ),
    # "But for X, an apposition, ...": the second frame takes over from the first person
    "but-for-with-apposition": (
        "Phones\n\nFor analyst Tom Pell, the firm's launch came too late. "
        '"They waited a year for nothing," he said. '
        "But for Jim Bell, a research director at a consultancy, the timing hardly matters. "
        '"Buyers want the brand," he said.',
        "Buyers want the brand",
        "jim-bell",
    ),
    # "In X's view, ..." and a pronoun opening the next sentence
    "in-his-view": (
        "Phones\n\nRivals have launched cheaper handsets this winter. "
        "In Tom Pell's view, the firm's launch came too late. "
        "He believes the brand will survive anyway.",
        "the brand will survive",
        "tom-pell",
    ),
    "in-the-view-of": (
        "Phones\n\nRivals have launched cheaper handsets this winter. "
        "In the view of analyst Tom Pell, the firm's launch came too late. "
        "He believes the brand will survive anyway.",
        "the brand will survive",
        "tom-pell",
    ),
}


@pytest.mark.parametrize("name", sorted(RESOLVED))
def test_resolved(name: str) -> None:
    text, start, expected = RESOLVED[name]
    assert speaker_of(text, start) == expected


NOT_THIS = {
    # no comma after the name: "For Tom Pell the ..." is no frame
    "no-comma": (
        "Derby\n\nJim Bell said the club had let its supporters down. "
        "For Tom Pell the defeat was hard to take after a long season. "
        '"It was a poor day for all of us," he said.',
        "It was a poor day",
        "tom-pell",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_THIS))
def test_not_the_framed_name(name: str) -> None:
    text, start, wrong = NOT_THIS[name]
    assert speaker_of(text, start) != wrong
