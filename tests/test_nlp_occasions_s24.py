"""The occasion words have one home (belreader/nlp/occasions.py): each named set is what its
caller's pattern is built from, so every word of the set reaches the pattern, and the words the
set leaves out on purpose do not."""

from __future__ import annotations

import pytest

from belreader import facts
from belreader.nlp import kinds, occasions
from belreader.nlp.claims.article import _ELSEWHERE
from belreader.nlp.claims.content import _SAID_WHERE
from belreader.nlp.claims.vocabulary import _NOT_A_STATEMENT


def _written(word: str) -> str:
    """The word or phrase as an article writes it ("press\\s+release" -> "press release")."""
    return word.replace(r"\s+", " ")


@pytest.mark.parametrize("word", sorted(occasions.AT_A_GATHERING))
def test_each_gathering_one_is_at_reaches_the_occasion_pass(word):
    assert _ELSEWHERE.search(f"Mr Ferrow said at the annual {word}")


@pytest.mark.parametrize("word", sorted(occasions.GATHERED_OR_POSTED | occasions.IN_A_TEXT))
def test_each_word_of_a_gathering_or_a_text_reaches_the_occasion_pass(word):
    assert _ELSEWHERE.search(f"Mr Ferrow's {_written(word)}")


def test_a_word_no_set_holds_is_no_occasion():
    assert not _ELSEWHERE.search("Mr Ferrow said at the annual picnic")
    assert not _ELSEWHERE.search("Mr Ferrow said at the annual congress")  # not in AT_A_GATHERING
    assert not _ELSEWHERE.search("Mr Ferrow's launch")  # a verb too: only "at the launch"


@pytest.mark.parametrize("word", sorted(occasions.SAID_IN))
def test_each_text_said_in_reaches_said_where(word):
    text = f" in a {word} on Monday that the plan had failed"
    assert (where := _SAID_WHERE.match(text)) is not None and text[where.end() :].startswith("the plan")


@pytest.mark.parametrize("word", sorted(occasions.WHERE_SAID))
def test_each_occasion_of_saying_is_no_statement(word):
    assert _NOT_A_STATEMENT.match(f"in a lengthy {_written(word)} with the Wexford Courier")


def test_a_note_is_said():
    assert "note" in occasions.SAID_IN and not _NOT_A_STATEMENT.match("on a sour note")


@pytest.mark.parametrize("word", sorted(occasions.CONFERENCE_OCCASIONS))
def test_each_conference_occasion_is_that_kind(word):
    assert facts._OCCASIONS["conference"].search(f"Speaking at the {word}, she said")


def test_congress_is_no_conference_occasion():
    assert not facts._OCCASIONS["conference"].search("she told Congress")


@pytest.mark.parametrize("word", sorted(occasions.NAMED_GATHERINGS))
def test_each_named_gathering_is_a_venue(word):
    assert facts._VENUE.search(f"He told the Harbour Party {word} that")["name"].strip() == "Harbour Party"


@pytest.mark.parametrize(
    ("named", "kind"),
    [
        (occasions.ACTORS_SPEECHES, "speech"),
        (occasions.ACTORS_CONFERENCES, "conference"),
        (occasions.ACTORS_MEETINGS, "meeting"),
    ],
)
def test_each_actors_occasion_has_its_kind(named, kind):
    for word in named:
        assert facts._own_occasions(f"Chicolini's spring {word} was a success") == {
            "chicolini": frozenset({(kind, ("spring",))})
        }


@pytest.mark.parametrize("word", sorted(occasions.EVENT_NAME_TAILS))
def test_each_event_name_tail_ends_an_event_name(word):
    assert kinds._AWARD_TAIL.search(f"Wexford Harbour {word.capitalize()}")


def test_a_body_in_session_is_no_event_name():
    assert not any(kinds._AWARD_TAIL.search(f"Wexford {w.capitalize()}") for w in occasions.BODIES_IN_SESSION)
