"""Session 41 entity rules left by session 40 (TASK_left41e); invented sentences and names. Each
positive test failed on 2a6b8b4a.

- A surname misspelt by a doubled letter ("Ms Abbott" after "Diane Abbot") joins the one full name
  of that spelling also where the short form has a definite post after it ("Ms Abbott, the MP for
  Velton"), one the article gives the full name ("the Labour MP": me41b); an apposition that brings in someone new ("a neighbour", "her sister", "the sister
  of ...") keeps the two apart.
- "the States" (the word alone, "the" right before) is the United States, one entity with "US";
  not "the States of Jersey", "the States General", "member States", nor in an article naming a
  Channel Island (nor, since me41a, without a US cue or beside a federal centre).
- More common nouns and formats written in capitals are no organisations ("a DIY ethic", "the DJ",
  "VHS tapes", "Voice over IP"); a one-word common noun typed an organisation that ends a title the
  model split ("TV on the Radio") is left out, not where a name comes before ("Tom Pell on the
  Council").
- A club's name the table knows written as a seat ("the MP for West Ham", "the constituency, West
  Ham,") is the place in that article's mentions written as the seat in a sentence about politics
  (narrowed by me41a, tests/test_nlp_mend_ents_a_s41.py), not those its sport follows ("West Ham
  fans"); another article's "West Ham" is left to its own words.
- In an article about music, a name after a one-word place and "group" ("Glasgow group Franz
  Vellane") is a band, an organisation (not after "duo": "Bristol duo X and Y" may be two people).
- A two-word name after a trade's word and a firm's noun ("games firm Phoenix Torrent", "rap label
  X") is a company though its first word is a first name; not where a founder's deed follows ("the
  record label Tomas Pell founded"), nor after a determiner alone ("the firm X").
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _ids(text: str, word: str) -> set[str]:
    return {eid for t, _, eid in _mentions(text) if t.endswith(word)}


# ---- 1. a misspelt surname with a definite post after it -----------------------------------------


def test_misspelt_surname_with_a_post_after_joins_the_full_name() -> None:
    text = (
        "Delphine Abbot, the Labour MP, spoke on Monday. Later Ms Abbott, the MP for Velton, said the plan was wrong."
    )
    assert _ids(text, "Abbott") == {"delphine-abbot"}, _mentions(text)


def test_misspelt_surname_with_someone_new_after_stays_apart() -> None:
    for after in ("her sister", "a neighbour", "the sister of the owner"):
        text = f"Delphine Abbot runs the shop in Velton. Ms Abbott, {after}, said the fire spread fast."
        assert _ids(text, "Abbott") == {"abbott"}, (after, _mentions(text))
    text = "Tomas Phillips runs the shop in Velton. Mr Philips, a neighbour, said the fire spread fast."
    assert _ids(text, "Philips") == {"philips"}, _mentions(text)


# ---- 2. "the States" ------------------------------------------------------------------------------


def test_the_states_is_the_united_states() -> None:
    text = "Tomas Pell moved to the States in 1990. Sales in the States rose as the US economy grew."
    assert _ids(text, "States") == {"united-states"}, _mentions(text)
    assert _ids(text, "US") == {"united-states"}, _mentions(text)


def test_states_of_an_island_or_of_a_union_stay_apart() -> None:
    for text in (
        "Tomas Pell moved to the States in 1990 and the States of Jersey met on Monday.",
        "EU member States agreed the deal in Velton on Monday.",
        "The States General met in Velton on Monday.",
    ):
        assert "united-states" not in _ids(text, "States"), (text, _mentions(text))


# ---- 3. generic words taken for organisations -----------------------------------------------------


def test_common_nouns_in_capitals_are_no_organisations() -> None:
    text = (
        "The Velton band started out with a DIY ethic and sold VHS tapes at gigs. The DJ played their "
        "single, sent over IP to the studio."
    )
    assert [m for m in _mentions(text) if m[0] in ("DIY", "VHS", "DJ", "IP")] == [], _mentions(text)


def test_last_word_of_a_split_title_is_no_organisation() -> None:
    text = "Velton lost the prize to US band TV on the Radio. Nevertheless the band were pleased."
    assert _ids(text, "Radio") == set(), _mentions(text)


def test_a_body_after_a_name_and_on_the_is_kept() -> None:
    text = "Tomas Pell on the Council said no. The Velt Group agreed a deal with the Commission on Monday."
    assert _ids(text, "Council") == {"council"}, _mentions(text)
    assert _ids(text, "Commission") == {"commission"}, _mentions(text)


# ---- 6. "West Ham", a seat or a club by the article's words ---------------------------------------


def test_a_clubs_name_as_a_seat_is_the_place_throughout_the_article() -> None:
    text = (
        "Tomas Pell, the Labour MP for West Ham, said the plan would fail. Voters in West Ham agreed, "
        "though West Ham fans were not asked."
    )
    labels = [(t, label, eid) for t, label, eid in _mentions(text) if t == "West Ham"]
    assert labels[:2] == [("West Ham", "PLACE", "west-ham")] * 2, labels
    assert labels[2][1] == "ORG", labels  # "West Ham fans": the club


def test_a_clubs_name_set_after_constituency_is_the_seat() -> None:
    text = "The most diverse constituency, West Ham, will get a women-only shortlist. Voters in West Ham agreed."
    assert {(label, eid) for t, label, eid in _mentions(text) if t == "West Ham"} == {("PLACE", "west-ham")}


def test_a_club_and_a_party_after_constituency_stay_what_they_are() -> None:
    text = "West Ham beat Velton 2-1 on Saturday. In my constituency, Labour has won, Tomas Pell said."
    assert _ids(text, "West Ham") == {"west-ham-united"}, _mentions(text)
    assert _ids(text, "Labour") == {"labour-party"}, _mentions(text)


# ---- 4. a band after a place and "group" ---------------------------------------------------------


def test_a_name_after_a_place_and_group_in_music_is_a_band() -> None:
    text = (
        "Glasgow group Franz Vellane won the best album award. Franz Vellane, who formed in 2002, "
        "played two songs from the album."
    )
    assert {label for t, label, _ in _mentions(text) if t == "Franz Vellane"} == {"ORG"}, _mentions(text)


def test_a_person_after_a_firm_and_group_stays_a_person() -> None:
    text = "Grobco group chief Tomas Pell won the award for the best album at the music awards."
    assert {label for t, label, _ in _mentions(text) if t == "Tomas Pell"} == {"PERSON"}, _mentions(text)


# ---- 5. a firm after a trade's word, its first word a first name ---------------------------------


def test_a_name_after_a_trade_and_firm_is_a_company() -> None:
    text = "The games firm Phoenix Torrent said sales rose. Phoenix Torrent employs 200 people in Velton."
    assert {label for t, label, _ in _mentions(text) if t == "Phoenix Torrent"} == {"ORG"}, _mentions(text)


def test_a_person_who_founded_the_firm_stays_a_person() -> None:
    for text in (
        "The record label Tomas Pell founded in 1990 was sold. Mr Pell said he was sad.",
        "He joined the law firm Tomas Pell set up in 1990.",
        "Her lawyer, Tomas Pell, said the firm would appeal.",
    ):
        assert {label for t, label, _ in _mentions(text) if t == "Tomas Pell"} == {"PERSON"}, (text, _mentions(text))
