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
        ("The box set has an early take of Velton Rock and two gospel numbers.", "Velton Rock"),
        ("The box set has an early take of Velton Rock. Velton Rock sold well in 1962.", "Velton Rock"),
        ("Tom Pell sang a cover of Velton Heights on the night.", "Velton Heights"),
        ("Ida Varn recorded a remix of Tarbury Lane last year.", "Tarbury Lane"),
        (
            "Velt Days returns next year. Tom Pell will not come back to it as his Velt Days character Martin.",
            "Velt Days",
        ),
        ("The award went to Grobco Park star Ida Varn on Friday.", "Grobco Park"),
        (
            "The second series of Velton Heath drew four million viewers. Velton Heath began as a radio show.",
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
        ("The Austen character Emma was played by Ida Varn.", "Ida Varn"),
        ("The award went to Hollywood star Ida Varn, who lives in Los Angeles.", "Hollywood"),  # one word: a place
        # a recording of a named artist's song: the artist owns the work, and is none
        ("The single is a remix of Velta's 1999 hit, and Velta will star in the video.", "Velta"),
        ("He recorded a cover of Velta's ballad in Rome.", "Velta"),
    ],
)
def test_a_name_near_such_words_without_the_works_shape_stays(text: str, name: str):
    assert name in _names(text), _names(text)
