"""Related claims, session 28 review mend: a share's move is read in its own clause. The review found "the
economy grew 0.4%" no longer paired with the same speaker's "growth slowed to 0.4% as output fell": the
"fell" of another subject, across "as", gave the share a move. Sentences written for the purpose."""

from __future__ import annotations

from test_nlp_related_s28 import _world

from belreader.nlp.related import parse_amounts

from nlp_util import related_ids, said_story


def test_a_move_across_a_clause_break_is_not_the_shares() -> None:
    moves = {
        text: [a.moves for a in parse_amounts(text)[0]]
        for text in (
            "growth slowed to 0.4% as output fell in the spring",
            "rents rose by 0.4%, while output fell",
            "output fell and rents rose 0.4% last month",
            "rents eased to 0.4% when van sales dropped",
        )
    }
    assert moves == {
        "growth slowed to 0.4% as output fell in the spring": [""],
        "rents rose by 0.4%, while output fell": ["up"],
        "output fell and rents rose 0.4% last month": ["up"],
        "rents eased to 0.4% when van sales dropped": [""],
    }


def test_one_figure_with_another_subjects_fall_beside_it_is_still_one_fact() -> None:
    first = said_story("first", "the economy grew 0.4% in the spring", "Statbureau", "statbureau")
    second = said_story("second", "growth slowed to 0.4% as output fell in the spring", "Statbureau", "statbureau")
    world = _world(first, second)
    assert related_ids(first.claims[0], world) == ["second#s000016"]
    assert related_ids(second.claims[0], world) == ["first#s000016"]


def test_a_share_set_off_by_a_dash_comma_or_bracket_keeps_its_move() -> None:
    # second review: the clause cut must not part a share from its own verb across its aside
    moves = {
        text: [a.moves for a in parse_amounts(text)[0]]
        for text in (
            "rents fell \u2013 by 0.4% \u2013 in May",
            "van output fell, by 0.4%, in May",
            "rents rose (by 2%) in May",
            "van output fell, 0.4% of homes were let",
        )
    }
    assert moves == {
        "rents fell \u2013 by 0.4% \u2013 in May": ["down"],
        "van output fell, by 0.4%, in May": ["down"],
        "rents rose (by 2%) in May": ["up"],
        "van output fell, 0.4% of homes were let": [""],
    }
