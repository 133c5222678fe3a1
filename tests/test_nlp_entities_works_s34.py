"""Session 34 (issue 11, entity types on unseen news): a title the article marks as a work once
("a take of X", "his rendition of X", "his X character David", "the latest series of X", "X star
Tom Pell") is a work in all its mentions, not a place, a person or a firm. Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _names(text: str) -> set[str]:
    return {e.name for e in analyze(make_article(text)).entities}


@pytest.mark.parametrize(
    ("text", "work"),
    [
        ("The tapes include a take of Velton Rock, religious songs and banter.", "Velton Rock"),
        ("The tapes include a take of Velton Rock. Velton Rock was a hit in 1957.", "Velton Rock"),
        ("Tom Pell sang a cover of Velton Heights on the night.", "Velton Heights"),
        ("Ida Varn recorded a remix of Tarbury Lane last year.", "Tarbury Lane"),
        (
            "Grobco's latest hit is Velt Days. Tom Pell said he would not star in it as his Velt Days character David.",
            "Velt Days",
        ),
        ("The award went to Grobco Park star Ida Varn on Friday.", "Grobco Park"),
        (
            "Ten million people watched the latest series of Velton Heath on BBC Three. Velton Heath began as a radio show.",
            "Velton Heath",
        ),
    ],
)
def test_a_title_marked_once_as_a_work_is_no_entity(text: str, work: str):
    assert work not in _names(text), _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She is on the cover of Velt magazine this month.", "Velt"),  # a magazine's cover, no song
        ("A series of Velton Heath meetings was held in London.", "Velton Heath"),  # "a series of": no programme
        ("The Dickens character Fagin was played by Tom Pell.", "Tom Pell"),
        ("The award went to Hollywood star Ida Varn, who lives in Los Angeles.", "Hollywood"),  # one word: a place
        # a recording of a named artist's song: the artist owns the work, and is none
        ("The single is a remix of Velta's 1999 hit, and Velta will star in the video.", "Velta"),
        ("He recorded a cover of Velta's ballad in Rome.", "Velta"),
    ],
)
def test_a_name_near_such_words_without_the_works_shape_stays(text: str, name: str):
    assert name in _names(text), _names(text)
