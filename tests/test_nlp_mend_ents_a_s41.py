"""Session 41 (me41a): entity rules mended after REVIEW_41 (findings 1, 2, 6, 8); invented
sentences and names. Each positive test failed on 82322492; the negatives guard what the rules
still do.

- A club's name the table knows written as a seat ("the MP for West Ham"): only the article's
  mentions written as the seat is ("West Ham"), in a sentence about politics ("Voters in West
  Ham"), are the seat; the club's full name ("West Ham United"), its sport ("West Ham were
  beaten") and a sentence with no political word stay the club's.
- "the States" is the United States only in an article that names the nation otherwise ("US",
  "American") and writes no federation's centre ("the Centre", "the federal government").
- A headline's short form of a company's name is never two words of a people or a nation
  ("SOUTH AFRICAN RAND" is no "South African Velt Mining Ltd").
- A one-word common noun after "Capitalised-word on the" is a split title's piece only in a
  sentence about a title ("US band TV on the Radio"); "sat as an Independent on the Council"
  keeps the council.
"""

from __future__ import annotations

from belreader.nlp import analyze
from belreader.nlp.entities import _headline_short_forms

from nlp_util import make_article


def _analysed(text: str):
    return analyze(make_article(text))


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in _analysed(text).mentions]


def _ids(text: str, word: str) -> set[str]:
    return {eid for t, _, eid in _mentions(text) if t.endswith(word)}


# ---- 1. a club's name as a seat -------------------------------------------------------------------


def test_a_clubs_full_name_stays_the_club_beside_its_seat() -> None:
    text = (
        "Tessa Varn, the MP for West Ham, criticised the stadium deal. West Ham United said in a "
        "statement that the rent was fair."
    )
    analysis = _analysed(text)
    club = [(m.label, m.entity_id) for m in analysis.mentions if m.text == "West Ham United"]
    assert club and all(eid != "west-ham" and label == "ORG" for label, eid in club), club
    assert all(c.speaker_id != "west-ham" for c in analysis.claims), [
        (c.speaker, c.speaker_id) for c in analysis.claims
    ]


def test_a_club_where_its_seats_mp_speaks_stays_an_entity_of_its_own() -> None:
    text = (
        '"We expect a tough winter," said Tessa Varn, the MP for West Ham. She was speaking at the '
        "London Stadium, where West Ham United play."
    )
    found = _mentions(text)
    assert ("West Ham", "PLACE", "west-ham") in found, found
    assert [(label, eid) for t, label, eid in found if t == "West Ham United"] == [("ORG", "west-ham-united")], found


def test_a_clubs_short_name_in_a_sentence_about_its_sport_stays_the_club() -> None:
    text = "Tessa Varn, MP for West Ham, was at the match. West Ham were beaten 2-0 at home."
    found = [(label, eid) for t, label, eid in _mentions(text) if t == "West Ham"]
    assert found[0] == ("PLACE", "west-ham"), found
    assert found[1:] and all(eid != "west-ham" for _, eid in found[1:]), found


def test_a_clubs_name_as_a_seat_in_a_sentence_about_politics_is_the_seat() -> None:
    text = (
        "Tessa Varn, the Labour MP for West Ham, said the plan would fail. Voters in West Ham agreed, the council said."
    )
    assert {(label, eid) for t, label, eid in _mentions(text) if t == "West Ham"} == {("PLACE", "west-ham")}


# ---- 2. "the States" ------------------------------------------------------------------------------


def test_a_federations_states_are_no_united_states() -> None:
    for text in (
        "The Centre has asked the States to cut spending. The States said the demand was unfair, "
        "Chief Minister Arun Velkar told reporters in Chennai.",
        "Germany's federal government and the States agreed to share the cost of the flood repairs.",
        "The States will share the cost of the scheme, Finance Minister Arun Velkar said in Velpur.",
    ):
        analysis = _analysed(text)
        assert all(m.entity_id != "united-states" for m in analysis.mentions), (text, _mentions(text))
        assert all(c.speaker_id != "united-states" for c in analysis.claims), text


def test_the_states_beside_a_federal_centre_stays_apart_even_with_a_us_cue() -> None:
    text = (
        "The Centre has asked the States to cut spending. The States said the demand was unfair, an "
        "American adviser told reporters."
    )
    assert "united-states" not in _ids(text, "States"), _mentions(text)


def test_the_states_in_an_article_about_america_is_the_united_states() -> None:
    text = "Tomas Pell moved to the States in 1990 after his American wife found work in Velton."
    assert _ids(text, "States") == {"united-states"}, _mentions(text)


# ---- 6. a headline's short form of a company's name -------------------------------------------------


def test_a_peoples_words_are_no_companys_short_form() -> None:
    assert _headline_short_forms("British American Velco Plc") == ["British American Velco"]
    assert _headline_short_forms("Tarnomi Electric Industrial Co Ltd")[-1] == "Tarnomi Electric"


def test_a_headlines_nations_words_are_not_the_company() -> None:
    # the model tags no invented firm of this shape as a whole, so a real firm's name (the
    # sentence is invented)
    analysis = _analysed(
        "SOUTH AFRICAN RAND WEAKENS AGAINST DOLLAR .\n\nJOHANNESBURG 1996-08-22\n\n"
        "South African Breweries Ltd shares rose 3 percent , while the rand fell to 4.55 against the dollar ."
    )
    firm = {m.entity_id for m in analysis.mentions if m.text.startswith("South African Breweries")}
    assert firm, [(m.text, m.entity_id) for m in analysis.mentions]
    shouted = [(m.text, m.entity_id) for m in analysis.mentions if m.text.startswith("SOUTH AFRICAN")]
    assert not any(eid in firm for _, eid in shouted), (firm, shouted)


# ---- 8. a split title's last word -----------------------------------------------------------------


def test_a_body_after_a_capitalised_word_and_on_the_is_kept_without_a_title() -> None:
    text = "Ann Vell, who has sat as an Independent on the Council since 2010, said the budget was unfair."
    assert _ids(text, "Council") == {"council"}, _mentions(text)


def test_a_split_titles_last_word_is_still_no_organisation() -> None:
    text = "Velton lost the prize to US band TV on the Radio. Nevertheless the band were pleased."
    assert _ids(text, "Radio") == set(), _mentions(text)
