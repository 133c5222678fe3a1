"""Session 34 mend (REVIEW_entities34 items 2 and 4; REPORT_r2m34's display note): a UK story
that never writes "UK" keeps its parties whatever foreign country it names; a hyphened pair of two
names ("the Velt-Grobco alliance") is no name of its own; a club's nickname merged into the club's
town is never the entity's shown name. Invented sentences only."""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved_mentions

from belreader.nlp import analyze
from belreader.nlp.aliases import EntityEntry, EntityTable, load_table
from belreader.nlp.entities import aggregate

from nlp_util import make_article


def _analysis(text: str):
    return analyze(make_article(text))


def _ids(text: str) -> set[str]:
    return {m.entity_id for m in _analysis(text).mentions}


# ---- a party's word in a UK story about another country (item 4)


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        (
            "Labour is split over Tarnia. Tom Pell will tell members the war in Iraq was right, and Iraq will vote.",
            "labour-party",
        ),
        (
            "The Tories want the embassy in Syria shut. Tom Pell said Syria had ignored the warnings.",
            "conservative-party",
        ),
        (
            "The Conservatives demand tougher sanctions on Cuba. Cuba's ministers met, and Cuba said no.",
            "conservative-party",
        ),
    ],
)
def test_a_partys_word_stays_in_a_story_naming_another_country_twice(text, entity_id):
    assert entity_id in _ids(text), _analysis(text).mentions


@pytest.mark.parametrize(
    ("text", "speaker_id"),
    [
        (
            "The Conservatives have said that aid to Syria must stop. Syria's leaders are due in Velt.",
            "conservative-party",
        ),
        ("Labour has warned that the talks with Cuba will fail. Cuba's harbour remains shut.", "labour-party"),
    ],
)
def test_a_partys_word_that_speaks_keeps_its_id_in_a_story_about_another_country(text, speaker_id):
    claims = _analysis(text).claims
    assert speaker_id in [c.speaker_id for c in claims], claims


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # tied to another country in the text: its possessive right before the word
        ("France's Conservatives say the deal is a threat, Tom Pell said.", "conservative-party"),
        ("Germany's Greens want the plant closed, Tom Pell said.", "green-party"),
        # an economy's noun after the word opening a sentence: the common noun
        ('"Labour markets firmed in most regions, but pay stayed flat," the Velt report said.', "labour-party"),
    ],
)
def test_a_partys_word_tied_to_another_country_or_the_common_noun_is_not_the_party(text, entity_id):
    assert entity_id not in _ids(text), _analysis(text).mentions


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        # the party's own nation's possessive
        ("Britain's Conservatives say the deal is a threat, Tom Pell said.", "conservative-party"),
        # the economy's noun mid-sentence after the party: still the party ("Labour costs" opens no sentence)
        ("Tom Pell said Labour policies on Tarnia had failed.", "labour-party"),
        # a party's own spelling before an office's word: "Tory Minister" is the UK party
        ("The Tory Minister for Velt, Tom Pell, spoke about Tarnia. Tarnia and Tarnia again.", "conservative-party"),
    ],
)
def test_a_partys_word_of_its_own_nation_or_its_own_spelling_stays(text, entity_id):
    assert entity_id in _ids(text), _analysis(text).mentions


# ---- a hyphened pair of two names (item 2)


@pytest.mark.parametrize(
    ("text", "entity_id", "glued"),
    [
        ("The Labour-Velt Dem coalition in Tarbury agreed the budget, Tom Pell said.", "labour-party", "labour-velt"),
        ("A Tory-Grobco pact was ruled out by Tom Pell.", "conservative-party", "tory-grobco"),
        ("The Microsoft-Veltec alliance has dominated the market for years.", "microsoft", "microsoft-veltec"),
    ],
)
def test_a_hyphened_pair_of_two_names_is_no_name_of_its_own(text, entity_id, glued):
    ids = _ids(text)
    assert glued not in ids, _analysis(text).mentions
    assert entity_id in ids, _analysis(text).mentions


# ---- a club's nickname is never the shown name (REPORT_r2m34)

SPORT = (
    "The striker scored twice in the league match, and the coach praised the squad after the fixture. "
    "The referee booked the goalkeeper before half-time. "
)
OWLETS = EntityEntry(
    "tarbury-rovers",
    "Tarbury Rovers",
    "ORG",
    role="sport",
    kind="club",
    aliases=["Tarbury Rovers"],
    nicknames=["Owlets"],
)


def _entities(text: str, spans: list[tuple[str, str]], table: EntityTable):
    return aggregate(resolved_mentions(text, spans, table), table, make_article(text).body)


def test_a_nickname_merged_into_its_club_is_never_its_shown_name():
    # the nickname written three times, the club's name once: the club's name is shown (a nickname
    # joins only a club the article names by its table name since the mends of review entities34b)
    table = EntityTable({**load_table().entries, OWLETS.id: OWLETS})
    text = (
        SPORT + "Tarbury Rovers won well. The Owlets were too strong, and the Owlets lead the Owlets' rivals by four."
    )
    spans = [("Tarbury Rovers", "ORG"), ("Owlets", "ORG"), ("Owlets", "ORG"), ("Owlets", "ORG")]
    entities = _entities(text, spans, table)
    merged = [e for e in entities if "Owlets" in e.aliases_seen]
    assert [e.name for e in merged] == ["Tarbury Rovers"], entities


def test_a_name_written_more_often_still_wins_when_no_nickname_is_among_them():
    # guard: the most written name is shown as before when none is a nickname
    table = load_table()
    text = "Grobco Holdings said sales rose. Grobco said costs fell, and Grobco said staff were hired."
    entities = _entities(text, [("Grobco Holdings", "ORG"), ("Grobco", "ORG"), ("Grobco", "ORG")], table)
    assert any(e.name in ("Grobco", "Grobco Holdings") for e in entities), entities
