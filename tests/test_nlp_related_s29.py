"""Related claims, session 29: known wrong pairs read corpus-wide on the BBC copy (bench/results-related.md).
Two forecasters' equal growth forecasts were shown as one fact; a share of something ("<x>% of national income")
beside a change ("output rose by <x>%", "growth ... around <x>%"); a lender's "went up by <x>%" was not read as a
rise beside its "fell <x>%"; and a player's agent beside a manager on another player, through "midfielder".
Tested on sentences written for the purpose.
"""

from __future__ import annotations

from belreader.nlp.records import Analysis, Mention
from belreader.nlp.related import parse_amounts

from nlp_util import filler_stories, make_claim, related_ids, said_story


def _world(*stories: Analysis) -> list[Analysis]:
    # made-up words make the corpus large enough for the figures to be rare, and nothing common
    filler = filler_stories()
    return [*stories, *filler]


_ids = related_ids


def test_a_move_told_with_go_and_a_particle() -> None:
    moves = {
        text: [(a.moves, a.kind) for a in parse_amounts(text)[0]]
        for text in (
            "rents went up by 0.6% on the month",
            "van output has gone down 1.3%",
            "they set up 0.6% of the fund",
            "aid of 0.6% of their income",
            "farm growth, which it forecast to be near 4.2% this year",
            "a share of 4.2% in the poll",
        )
    }
    assert moves == {
        "rents went up by 0.6% on the month": [("up", "change")],
        "van output has gone down 1.3%": [("down", "change")],
        "they set up 0.6% of the fund": [("", "part")],
        "aid of 0.6% of their income": [("", "part")],
        "farm growth, which it forecast to be near 4.2% this year": [("", "change")],
        "a share of 4.2% in the poll": [("", "")],
    }


def test_a_share_that_went_up_beside_one_that_fell_is_two_facts() -> None:
    autumn = said_story("autumn", "rents fell 0.6% in May", "Quorbank", "quorbank")
    spring = said_story("spring", "in January the index went up by 0.6% on the month", "Quorbank", "quorbank")
    world = _world(autumn, spring)
    assert _ids(autumn.claims[0], world) == []
    assert _ids(spring.claims[0], world) == []


_OUTLOOK = "the outlook was worst for zorland, with growth forecasts slipping to 2.3% next year"


def test_two_forecasters_with_one_share_are_not_one_fact() -> None:
    # the words they share are the figure's own ("growth", a rare region), as two forecasts of one measure have
    first = said_story("first", _OUTLOOK, "Tradeworks", "tradeworks")
    second = said_story("second", "economic growth in zorland of 2.3% next year", "Zorbank", "zorbank")
    world = _world(first, second)
    assert _ids(first.claims[0], world) == []
    assert _ids(second.claims[0], world) == []


def test_a_forecast_that_names_the_other_forecaster_is_still_found() -> None:
    # one body's forecast reported with its name by another: one fact
    first = said_story("first", _OUTLOOK, "Tradeworks", "tradeworks")
    intro = "Zorbank said "
    content = "like Tradeworks it sees economic growth in zorland of 2.3% next year"
    sentence = f"{intro}{content}."
    at = sentence.index("Tradeworks")
    second = Analysis(
        article_id="second",
        content_hash="h-second",
        backend="test",
        mentions=[
            Mention("zorbank", "Zorbank", "ORG", 0, 7, 0),
            Mention("tradeworks", "Tradeworks", "ORG", at, at + len("Tradeworks"), 0),
        ],
        claims=[
            make_claim(
                "second", content, len(intro), speaker="Zorbank", speaker_id="zorbank", sentence=(0, len(sentence))
            )
        ],
    )
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000013"]


def test_one_forecaster_told_twice_is_still_found() -> None:
    first = said_story("first", _OUTLOOK, "Tradeworks", "tradeworks")
    second = said_story("second", "economic growth in zorland of 2.3% next year", "Tradeworks", "tradeworks")
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000016"]


def test_a_part_of_something_beside_a_change_is_two_facts() -> None:
    aid = said_story("aid", "they want to raise their gross aid to 0.6% of national income", "The donor states", None)
    output = said_story("output", "gross farm output rose by a strong 0.6% in the quarter", "Statbureau", "statbureau")
    world = _world(aid, output)
    assert _ids(aid.claims[0], world) == []
    assert _ids(output.claims[0], world) == []


def test_one_body_growth_forecast_beside_its_damage_share_is_two_facts() -> None:
    growth = said_story(
        "growth", "farm growth, which it forecast to be near 4.2% this year, would slow", "Fundbank", "fundbank"
    )
    damage = said_story("damage", "the flood left damage equal to 4.2% of the economy", "Fundbank", "fundbank")
    world = _world(growth, damage)
    assert _ids(growth.claims[0], world) == []
    assert _ids(damage.claims[0], world) == []


def test_two_parts_of_one_thing_are_still_found() -> None:
    first = said_story("first", "they want to raise their aid to 0.6% of national income", "The donor states", None)
    second = said_story("second", "they want to lift their aid to 0.6% of national income", "The donor states", None)
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000022"]


def _player_story(article_id: str, content: str, speaker: str, speaker_id: str, named: str, named_id: str) -> Analysis:
    intro = f"{speaker} said "
    sentence = f"{intro}{content}."
    at = sentence.index(named)
    mentions = [
        Mention(speaker_id, speaker, "PERSON", 0, len(speaker), 0),
        Mention(named_id, named, "PERSON", at, at + len(named), 0),
    ]
    claim = make_claim(
        article_id, content, len(intro), speaker=speaker, speaker_id=speaker_id, sentence=(0, len(sentence))
    )
    return Analysis(
        article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=mentions, claims=[claim]
    )


def test_a_player_position_alone_is_no_evidence() -> None:
    # an agent on his player and a manager on another: one manager and a position, two players
    agent = _player_story(
        "agent",
        "the player wants talks with Ned Vark as the midfielder leaves",
        "Ola Pim",
        "ola-pim",
        "Ned Vark",
        "ned-vark",
    )
    intro = "Vark said "
    content = "the cup game will not help a midfielder"
    sentence = f"{intro}{content}."
    manager = Analysis(
        article_id="manager",
        content_hash="h-manager",
        backend="test",
        mentions=[Mention("ned-vark", "Vark", "PERSON", 0, 4, 0)],
        claims=[
            make_claim(
                "manager", content, len(intro), speaker="Vark", speaker_id="ned-vark", sentence=(0, len(sentence))
            )
        ],
    )
    world = _world(agent, manager)
    assert _ids(agent.claims[0], world) == []
    assert _ids(manager.claims[0], world) == []
