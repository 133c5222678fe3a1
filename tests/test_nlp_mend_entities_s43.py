"""Session 43's entity mends (TASK_me43, after REVIEW_43e); invented sentences and names. Each
positive test failed on 54d805da; the guards pass on both.

- Two people of one first name and surnames one vowel apart are one only where nothing tells them
  apart: not "-sen" and "-son", not both in one sentence, not each with an apposition of its own.
- A match sheet's list of sides ("Tries - Wales 4 , Italy 1") holds no players.
- "In Brief :", "In Numbers :" open a section, not a line of results at a venue.
- One web address in a list of surnames makes no list of sites without a word for sites before it.
- "the US Marine Reserve" is a military body, no protected site.
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _ids_of(text: str, *names: str) -> dict[str, set[str]]:
    found = _mentions(text)
    return {name: {eid for t, _, eid in found if t == name} for name in names}


# ---- 2. two people one vowel apart ------------------------------------------------------------------


def test_two_described_people_one_vowel_apart_stay_two() -> None:
    for text, names in (
        (
            "Match\n\nTom Velsen, the Danish striker, scored twice. Tom Velson, the Scottish defender, "
            "was sent off.\n\nVelsen said the win was deserved.",
            ("Tom Velsen", "Tom Velson"),
        ),
        (
            "Court\n\nIvan Tarnev, a lorry driver, was hurt in the crash.\n\n"
            "Ivan Tarnov, a local doctor, said he had treated him.",
            ("Ivan Tarnev", "Ivan Tarnov"),
        ),
        (
            "Family\n\nIrina Grelova and Irina Grelava, two sisters-in-law, opened a shop in Velmar.",
            ("Irina Grelova", "Irina Grelava"),
        ),
    ):
        ids = _ids_of(text, *names)
        assert ids[names[0]] and ids[names[1]] and not ids[names[0]] & ids[names[1]], _mentions(text)


def test_one_surname_spelt_two_ways_is_still_one_person() -> None:
    text = "Trial\n\nIvan Tarnev said the case was over. The judge agreed.\n\nIvan Tarnov said he would appeal."
    ids = _ids_of(text, "Ivan Tarnev", "Ivan Tarnov")
    assert ids["Ivan Tarnev"] == ids["Ivan Tarnov"] and len(ids["Ivan Tarnev"]) == 1, _mentions(text)


# ---- 3. a sheet's list of sides ----------------------------------------------------------------------


def test_a_sheet_list_of_nations_holds_no_people() -> None:
    text = "Rugby\n\nWales beat Italy 38-8 in Cardiff.\n\nTries - Wales 4 , Italy 1 ; Conversions - Tom Pellow 4"
    people = {t for t, label, _ in _mentions(text) if label == "PERSON"}
    assert not people & {"Wales", "Italy"}, _mentions(text)


def test_a_sheet_list_of_players_still_holds_people() -> None:
    text = "Rugby\n\nVelmar beat Grobton 20-8.\n\nTries - Tom Pellow 2 , Ivo Grell ; Conversions - Jan Dorrick 2"
    people = {t for t, label, _ in _mentions(text) if label == "PERSON"}
    assert {"Tom Pellow", "Ivo Grell", "Jan Dorrick"} <= people, _mentions(text)


# ---- 4. a section's heading is no venue -----------------------------------------------------------------


def test_a_section_heading_is_no_place() -> None:
    for text, word in (
        ("Aid\n\nIn Numbers : Velmar spent 3bn pounds on aid last year, the report said.", "Numbers"),
        ("Round-up\n\nIn Brief : Tom Pellow scored 3 goals as Velmar won 4-1.", "Brief"),
    ):
        assert word not in {t for t, _, _ in _mentions(text)}, _mentions(text)


def test_a_venue_opening_results_is_still_a_place() -> None:
    text = "Cricket\n\nIn Hobart : Tasmania 402-8 declared v Queensland 118-3"
    assert ("Hobart", "PLACE") in {(t, label) for t, label, _ in _mentions(text)}, _mentions(text)


# ---- 5. one site among surnames ---------------------------------------------------------------------------


def test_surnames_beside_one_web_address_stay_people() -> None:
    text = "Auction\n\nBidders for the auction site include Grobnet.com, Pellman and Dorrick, analysts said."
    labels = {t: label for t, label, _ in _mentions(text)}
    assert labels.get("Pellman") != "ORG" and labels.get("Dorrick") != "ORG", _mentions(text)


def test_names_listed_after_readers_of_a_site_are_sites() -> None:
    text = "Web\n\nReaders of Grobnet.com, Slashbit and Digga laughed at the clip on Monday."
    labels = {t: label for t, label, _ in _mentions(text)}
    assert labels.get("Slashbit") == "ORG" and labels.get("Digga") == "ORG", _mentions(text)


# ---- 7. a military reserve ----------------------------------------------------------------------------


def test_the_us_marine_reserve_is_kept() -> None:
    text = "Deployment\n\nSgt Tom Pellow of the US Marine Reserve said the unit would deploy."
    assert "US Marine Reserve" in {t for t, _, _ in _mentions(text)}, _mentions(text)


def test_a_nature_reserve_is_still_a_place() -> None:
    text = "Birds\n\nRangers at the Velmar Nature Reserve said the geese had returned."
    assert ("Velmar Nature Reserve", "PLACE") in {(t, label) for t, label, _ in _mentions(text)}, _mentions(text)


# ---- 6. a company's name ending in "Bhd" ------------------------------------------------------------------


def test_a_nations_word_before_a_common_noun_stays_in_the_company_name() -> None:
    text = "Shares\n\nShares in Malaysian Shipping Lines Bhd fell 3% on Monday."
    names = {t for t, label, _ in _mentions(text) if label == "ORG"}
    assert "Shipping Lines Bhd" not in names, _mentions(text)


def test_a_place_before_a_bhd_name_is_no_part_of_it() -> None:
    text = "Banks\n\nIn Kuala Lumpur Tarnbank Bhd said profit rose."
    names = {t for t, label, _ in _mentions(text) if label == "ORG"}
    assert "Tarnbank Bhd" in names, _mentions(text)


def test_a_nations_word_before_a_name_is_still_left_out() -> None:
    text = "Results\n\nOn Monday Malaysian Perdana Jaya Bhd said profits rose 12% to 40m ringgit."
    assert "Perdana Jaya Bhd" in {t for t, _, _ in _mentions(text)}, _mentions(text)


# ---- 8. a shared body's bare word after its holder is written -------------------------------------------


def _org_ids(text: str, word: str) -> list[str]:
    return [eid for t, label, eid in _mentions(text) if t == word and label == "ORG"]


def test_the_bare_security_council_is_the_un_one_the_article_names() -> None:
    text = (
        "Sanctions\n\nVelmaria faced sanctions on Monday. Belarus sent envoys to Minsk.\n\n"
        "The UN Security Council will meet on Tuesday. The Security Council has condemned the crackdown."
    )
    assert _org_ids(text, "Security Council") == ["un-security-council"], _mentions(text)


def test_the_bare_senate_after_another_nations_senate_is_that_one() -> None:
    text = (
        "Vote\n\nPoland's Senate voted on the bill on Friday, officials in Warsaw said.\n\n"
        "The Senate approved the changes by 60 votes to 30. Washington welcomed the vote."
    )
    assert "us-senate" not in _org_ids(text, "Senate"), _mentions(text)


def test_the_bare_senate_in_a_us_story_is_still_the_us_one() -> None:
    for text in (
        "Vote\n\nThe US Senate voted on Friday. The Senate approved the changes.",
        "Vote\n\nThe Senate voted on the bill in Washington on Friday. Republicans welcomed the vote.",
    ):
        assert set(_org_ids(text, "Senate")) == {"us-senate"}, _mentions(text)


# ---- 10. a Spanish article that is the name's -------------------------------------------------------------


def test_a_spanish_article_in_english_copy_stays_in_the_name() -> None:
    text = "Football\n\nVelmar will play Grobton in el Clasico on Sunday, the club said."
    names = {t for t, _, _ in _mentions(text)}
    assert "Clasico" not in names, _mentions(text)


def test_a_spanish_article_in_a_spanish_quote_is_still_left_out() -> None:
    text = "Football\n\nThe paper said he went mad en el Tarbaleu on Tuesday."
    assert "el Tarbaleu" not in {t for t, _, _ in _mentions(text)}, _mentions(text)
