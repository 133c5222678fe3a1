"""Related claims, session 28: the same percentage moving both ways is two facts. Read corpus-wide on the
BBC copy (bench/results-related.md): a lender's "house prices fell <x.y>% in <month>" was shown beside its
"a rise of <x.y>% in <another month>", and analysts' "<x.y>% rise" in one output beside a statistics
office's "output dropped <x.y>%" in another: one shared share and a word or an actor. A share now says
which way it moved when a verb or noun of a move stands next to it, and a share that rose in one claim
and fell in the other is no evidence. Tested on sentences written for the purpose.
"""

from __future__ import annotations

from belreader.nlp.records import Analysis
from belreader.nlp.related import parse_amounts

from nlp_util import filler_stories, related_ids, said_story


def _world(*stories: Analysis) -> list[Analysis]:
    # made-up words make the corpus large enough for the figures to be rare, and nothing common
    filler = filler_stories()
    return [*stories, *filler]


_ids = related_ids


def test_a_share_says_which_way_it_moved() -> None:
    moves = {
        text: [a.moves for a in parse_amounts(text)[0]]
        for text in (
            "flat rents fell 0.6% in May",
            "a rise of 0.6% in the spring",
            "a 0.6% rise in van output",
            "rents were 0.6% higher on the month",
            "aid of 0.6% of their income",
            "growth of 1.3% this year",
            "van output dropped by 1.3% after a 0.6% rise",
        )
    }
    assert moves == {
        "flat rents fell 0.6% in May": ["down"],
        "a rise of 0.6% in the spring": ["up"],
        "a 0.6% rise in van output": ["up"],
        "rents were 0.6% higher on the month": [""],
        "aid of 0.6% of their income": [""],
        "growth of 1.3% this year": [""],
        "van output dropped by 1.3% after a 0.6% rise": ["down", "up"],
    }


def test_one_lender_share_rising_and_falling_is_two_facts() -> None:
    # the lender and the figure are all the two share, as in two months' releases
    autumn = said_story("autumn", "rents fell 0.6% in May", "Quorbank", "quorbank")
    spring = said_story("spring", "a rise of 0.6% in the first month of the year", "Quorbank", "quorbank")
    world = _world(autumn, spring)
    assert _ids(autumn.claims[0], world) == []
    assert _ids(spring.claims[0], world) == []


def test_an_unnamed_source_share_rising_beside_an_office_share_falling_is_two_facts() -> None:
    # analysts (no id) and an office: the figure is exact from an unknown source, yet it moved the other way
    analysts = said_story("analysts", "a 0.3% rise in monthly van output", "Analysts", None)
    office = said_story("office", "van output dropped 0.3% in March", "Statbureau", "statbureau")
    world = _world(analysts, office)
    assert _ids(analysts.claims[0], world) == []
    assert _ids(office.claims[0], world) == []


def test_one_share_moving_one_way_in_two_words_is_still_found() -> None:
    # "rose" and "a rise of": one move, told twice
    first = said_story("first", "rents rose 0.6% in January", "Quorbank", "quorbank")
    second = said_story("second", "a rise of 0.6% in the first month of the year", "Quorbank", "quorbank")
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000014"]


def test_a_share_with_no_move_beside_a_moving_one_is_still_found() -> None:
    # "higher" names no move of the list: nothing tells the two apart, as before
    first = said_story("first", "in January rents were 0.6% higher on the month", "Quorbank", "quorbank")
    second = said_story("second", "a rise of 0.6% in the first month of the year", "Quorbank", "quorbank")
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000014"]
