"""Related claims, session 33: a wrong pair read in a random sample of the lists shown on the BBC copy
(bench/results-related.md). Two bare counts ("from 12,300 to 20,000", "20,000 of those") and one uncommon
word were shown as one fact: a round count found in only a few claims is evidence only when it says what it
counts ("7,000 jobs"); a bare one needs what any round amount needs (an actor, a rare word, two phrases).
Tested on sentences written for the purpose.
"""

from __future__ import annotations

from belreader.nlp.records import Analysis
from belreader.nlp.related import counts_what, parse_amounts

from nlp_util import filler_stories, related_ids, said_story


def _world(*stories: Analysis) -> list[Analysis]:
    # made-up words make the corpus large enough for the figures to be rare, and nothing common; "worldwide" and
    # "transfer" are in a few more claims: uncommon words, not rare ones, as in a news corpus
    filler = filler_stories()
    more = [said_story(f"w{i}", f"worldwide transfer of quaffo{i}", f"someone {i}", None) for i in range(3)]
    return [*stories, *filler, *more]


_ids = related_ids


def test_a_count_says_what_it_counts_or_not() -> None:
    told = {
        text: [counts_what(a) for a in parse_amounts(text)[0]]
        for text in (
            "Grobco will cut 7,000 jobs",
            "from 12,300 to 20,000",
            "some 3 million viewers",
            "some 3 million of them",
        )
    }
    assert told == {
        "Grobco will cut 7,000 jobs": [True],
        "from 12,300 to 20,000": [False, False],
        "some 3 million viewers": [True],
        "some 3 million of them": [False],
    }


def test_two_bare_counts_and_one_word_are_not_one_fact() -> None:
    # a kiosk network's size and a show's viewers: the number and "worldwide" are all they share
    kiosks = said_story("kiosks", "it would nearly double its kiosks worldwide from 12,300 to 20,000", "Velt", None)
    show = said_story("show", "about 90,000 watched worldwide and 20,000 of those were in Zorland", "a survey", None)
    world = _world(kiosks, show)
    assert _ids(kiosks.claims[0], world) == []
    assert _ids(show.claims[0], world) == []


def test_a_count_that_names_what_it_counts_is_still_found() -> None:
    # guard: a round count of things in only a few claims, and an uncommon word, is one fact (sessions 1-29)
    first = said_story("first", "the mill could transfer as many as 20,000 jobs overseas", "newspapers", None)
    second = said_story("second", "up to 20,000 jobs may transfer to cheaper places", "unions", None)
    world = _world(first, second)
    assert _ids(first.claims[0], world) == ["second#s000012"]
    assert _ids(second.claims[0], world) == ["first#s000016"]


def test_a_bare_count_with_an_actor_is_still_found() -> None:
    # guard: what a round amount needs is still enough ("12,500 posts axed and 7,800 moved" told twice by one body)
    first = said_story("first", "some 7,800 were moved out of Quorville this year", "Grobco", "grobco")
    second = said_story("second", "it has relocated 7,800 out of Quorville", "Grobco", "grobco")
    world = _world(first, second)
    assert _ids(first.claims[0], world) == ["second#s000012"]
