"""Session 33 (issue 11), mends of the entities review (REVIEW_entities33.md): a town that is itself
the place of something else is no firm, a UK story's Treasury stays HM Treasury where another country
is named often, an ordinal before a public body's word qualifies it, a people's word found by the one
stemming home, a reporter's surname after a broadcaster's possessive stays a person, the party
adjectives' one home, an industry's nickname is no firm. Invented names and sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _entities(text: str) -> dict[str, tuple[str, str]]:
    """Each entity's id -> (shown name, label)."""
    return {e.id: (e.name, e.label) for e in analyze(make_article(text)).entities}


def _labels(text: str) -> dict[str, str]:
    return {name: label for name, label in _entities(text).values()}


# ---- 1. a town after "in" is the place of something else, not a firm in its place


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Average house prices in Tarbury in Velshire rose £12,000 last year, the survey found.", "Tarbury"),
        ("A fire in Selby in North Yorkshire has halted production at the mill, police said.", "Selby"),
    ],
)
def test_a_town_after_in_is_no_firm_in_its_place(text: str, town: str):
    assert _labels(text).get(town) != "ORG", _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grobco in Velshire said it would close the plant.",
        "Grobco in Velshire, a family firm that makes boats, will hire 40 staff.",
    ],
)
def test_a_firm_opening_its_clause_in_its_place_stays_a_firm(text: str):
    """The guard: the firm's shape ("X in <place> said it", "X in <place>, a family firm") is kept."""
    assert _labels(text).get("Grobco") == "ORG", _labels(text)


def test_shares_in_a_firm_in_its_place_stay_the_firms():
    """The guard: "shares in X in <place>" is the one "in" before the name that still reads a firm."""
    from belreader.nlp.kinds import firm_around_its_place

    body = "Shares in Grobco in Velshire fell 4p."
    start = body.index("Grobco")
    assert firm_around_its_place(body, start, body.index(" fell"))
    body = "House prices in Grobco in Velshire fell 4p."
    start = body.index("Grobco")
    assert not firm_around_its_place(body, start, body.index(" fell"))


# ---- 2. a UK story's Treasury where another country is named three times


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury has set aside £3bn to pay for troops in Iraq. Ministers said the money for Iraq would "
        "come from reserves. Tom Pell said the costs in Iraq were rising.",
        "Ann Bell's Treasury rejected the claim. The Foreign Office said talks with Iran, Iran's envoy and "
        "Iran's president would go on.",
    ],
)
def test_a_treasury_in_a_story_naming_another_country_often_stays_hm_treasury(text: str):
    """The count of another country's mentions alone no longer cuts the word from HM Treasury; it
    needs a named person's post right after the word ("Treasury Secretary Tom Pell", the test in
    test_nlp_bare_aliases_s33.py), with no possessive or qualifier before it."""
    assert "hm-treasury" in _entities(text), _entities(text)


@pytest.mark.parametrize(
    "text",
    [
        "A Treasury spokesman said the money for Iraq would come from reserves, as costs in Iraq and "
        "Iraq's neighbours rose.",
        "Chief Treasury Secretary Tom Pell said the money for Iraq would come from reserves, as costs in "
        "Iraq and Iraq's neighbours rose.",
    ],
)
def test_a_treasury_post_unnamed_or_qualified_stays_hm_treasury(text: str):
    """The guards of the post cue: a post with no named holder, a qualifier before the word."""
    assert "hm-treasury" in _entities(text), _entities(text)


# ---- 3. an ordinal or a number before a public body's word qualifies it


@pytest.mark.parametrize(
    "text",
    [
        "The bill was the first passed by the 109th Congress, officials in Washington said.",
        "The 12th Congress met in June, Tom Pell said.",
    ],
)
def test_an_ordinal_before_congress_leaves_it_the_us_congress(text: str):
    assert "us-congress" in _entities(text), _entities(text)


def test_a_word_opening_with_a_digit_that_is_no_ordinal_still_makes_a_longer_name():
    """The guard: "4GX" is a name's word, not a number ("the 4GX World Congress" is a fair)."""
    ids = _entities("Ann Bell gave a talk at the 4GX World Congress, a fair for phone makers.")
    assert "us-congress" not in ids, ids


# ---- 4. another country's people's word before a national body's word: the one stemming home


@pytest.mark.parametrize(
    "text",
    [
        "The Mexican Congress approved the reform on Monday after a long debate.",
        "The Chilean Congress approved the reform on Monday after a long debate.",
    ],
)
def test_another_peoples_word_before_congress_is_that_countrys_body(text: str):
    ids = _entities(text)
    assert "us-congress" not in ids and "congress" in ids, ids


def test_the_bodys_own_peoples_word_before_it_leaves_it_the_tables():
    """The guard: "American" is the US's own people's word."""
    assert "us-congress" in _entities("The American Congress approved the reform on Monday.")


def test_places_of_demonym_is_the_one_stemming_home():
    from belreader.nlp.aliases import load_table
    from belreader.nlp.kinds import place_of_demonym, places_of_demonym

    table = load_table()
    for word, place in (
        ("Mexican", "mexico"),
        ("Chilean", "chile"),
        ("Peruvian", "peru"),
        ("Brazilian", "brazil"),
        ("Indian", "india"),
        ("Pakistanis", "pakistan"),
    ):
        assert places_of_demonym(word, table)[:1] == [place], word
        assert place_of_demonym(word, table)
    assert places_of_demonym("Arvanian", table) == []


# ---- 5. a reporter's surname after a broadcaster's possessive stays a person


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("He was interviewed by ITV's Dunmore. Tom Pell was also there.", ["Dunmore"]),
        ("He was interviewed by ITV's Kettley. Tom Pell was also there.", ["Kettley"]),
        ("Viewers chose ITV's Kettley and the BBC's Dunmore as the best interviewers.", ["Kettley", "Dunmore"]),
    ],
)
def test_a_reporters_surname_after_a_broadcasters_possessive_stays_a_person(text: str, names: list[str]):
    labels = _labels(text)
    for name in names:
        assert labels.get(name) == "PERSON", labels


def test_a_list_of_titles_reads_a_broadcasters_possessive_before_a_title():
    """The list cue the broadcaster's rule now needs: "shows including Channel 9's X", "the BBC's X"."""
    from belreader.nlp.kinds import listed_as_work
    from belreader.nlp.records import Mention

    for body in (
        "Reality shows led the list, including Channel 9's Velthouse and more.",
        "Nominees included dramas such as Tarn Lane and the BBC's Velthouse.",
    ):
        start = body.index("Velthouse")
        assert listed_as_work(body, Mention("velthouse", "Velthouse", "PERSON", start, start + 9, 0)), body
    body = "He was interviewed by ITV's Velthouse."
    start = body.index("Velthouse")
    assert not listed_as_work(body, Mention("velthouse", "Velthouse", "PERSON", start, start + 9, 0))


# ---- 7. the party adjectives' one home


def test_party_adjectives_have_one_home():
    from belreader.nlp import entities
    from belreader.nlp.aliases import load_table

    adjectives = entities.adjectives_of_parties(load_table())
    assert {"Republican", "Democratic", "Conservative"} <= set(adjectives), adjectives
    assert not hasattr(entities, "_party_adjective")  # the second derivation is gone


# ---- minor: an industry's nickname is no firm


def test_big_and_a_company_word_is_an_industry_not_a_firm():
    assert "Big Pharma" not in _labels("Critics say Big Pharma has too much power over doctors.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Critics say Velt Pharma has too much power over doctors.", "Velt Pharma"),
        ("Shares in Big Velt Group fell 4p on Monday.", "Big Velt Group"),
    ],
)
def test_a_firm_named_by_a_company_word_stays_a_firm(text: str, name: str):
    """The guards: another first word, or a third word ("Big Velt Group")."""
    assert _labels(text).get(name) == "ORG", _labels(text)


# ---- minor: "a Sun spokeswoman" is left unknown


def test_a_papers_bare_word_before_a_spokesman_is_left_unknown():
    """Decided, not changed: "Sun" or "Independent" without "the" before "spokeswoman" may as well be
    the firm or a candidate's; no link to the paper is shown (unknown beats a confident wrong link)."""
    ids = _entities("A Sun spokeswoman said the firm would not comment on its servers.")
    assert "sun" not in ids, ids


def test_a_country_of_the_bundled_table_is_a_country_for_its_peoples_word():
    """The bundled table's own countries (Belarus, Russia, Ukraine) carry the role a country has in
    places.toml, so their people's word before a national body names their own body, not the UK's."""
    ids = _entities("The Ukrainian Treasury said on Monday that it would sell more bonds next year.")
    assert "hm-treasury" not in ids, ids
