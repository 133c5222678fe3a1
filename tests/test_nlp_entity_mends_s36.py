"""Session 36 mends of the entity review (REVIEW_entities36): invented sentences and names, the
model's spans given by hand.

- A route's word must govern the "from X to Y" / "between X and Y" phrase ("the line from", "trains
  that run between"); "a link between Grobco and Velmia" or "the rail contract between" is no route.
- "the game's lead developer, Pell," is a person: only nouns no person is called (firm, company,
  consultancy, manufacturer, retailer, start-up) name a firm in apposition.
- A plural noun after "the" in sport is a side's nickname only with a side's cue ("his exclusion
  from the X", "beat the X"); "the team flew to the Canaries" stays a place.
- "arriving at X from Y": Y is a club only when X is an organisation's mention, not "arrived at
  Heathrow from Lisbon".
- A common word opening a sentence is kept before what a firm or a band has ("Thistle investors",
  "Marble fans") or a band's member ("Texas frontwoman Ida Velt").
- Before a lower-case "minister" only an office's field is a remit ("Social Democrat minister Tom
  Pell": a party).
- "Federal Reserve Chair Jo Hale", "Federal Reserve Vice Chair Nina Hale": the person is kept.
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

SPORT = "The striker scored twice in the league match and the coach praised the defence. "


def _label(got: dict[str, tuple[str, str]], text: str) -> str:
    return got.get(text, ("", ""))[1]


# ---- 1. a route's word governs the route's phrase


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Police found a link between Grobco and Velmia in the fraud case.", [("Grobco", "ORG"), ("Velmia", "PLACE")]),
        (
            "The running dispute between Grobco and Brussels over pricing continues.",
            [("Grobco", "ORG"), ("Brussels", "PLACE")],
        ),
        (
            "Pell, who ran the bank's trading arm, moved from Grobco to Tarbury in 2003.",
            [("Pell", "PERSON"), ("Grobco", "ORG"), ("Tarbury", "PLACE")],
        ),
        ("Talks on the rail contract between Grobco and Velmia collapsed.", [("Grobco", "ORG"), ("Velmia", "PLACE")]),
    ],
)
def test_a_firm_between_places_without_a_governing_route_word_stays_a_firm(
    text: str, spans: list[tuple[str, str]]
) -> None:
    got = resolved(text, spans)
    assert _label(got, "Grobco") == "ORG", got


def test_a_governed_route_still_makes_its_end_a_place() -> None:
    text = "Trains that run between Grobco and Tarbury will stop. The rail link between Tarbury and Pellbank will open."
    got = resolved(text, [("Grobco", "ORG"), ("Tarbury", "PLACE"), ("Tarbury", "PLACE"), ("Pellbank", "ORG")])
    assert _label(got, "Grobco") == "PLACE", got
    assert _label(got, "Pellbank") == "PLACE", got


# ---- 2. a person's noun in apposition is no firm's


@pytest.mark.parametrize(
    "text",
    [
        "The game's lead developer, Pell, said the sequel was ready.",
        "The film's maker, Spurlow, said the film was ready.",
        "The paper's publisher, Velloni, said the paper would close.",
        "The company's founder and developer, Pell, said the deal was done.",
    ],
)
def test_a_person_apposed_to_a_makers_noun_stays_a_person(text: str) -> None:
    name = text.split(", ")[1]
    got = resolved(text, [(name, "PERSON")])
    assert _label(got, name) == "PERSON", got


def test_a_firms_own_noun_in_apposition_still_names_a_firm() -> None:
    text = "Tom Pell hired a small Velshire-based firm, Grobco, to make the parts."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Grobco", "PERSON")])
    assert _label(got, "Grobco") == "ORG", got


# ---- 3. a side's nickname needs a side's cue


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The team flew to the Canaries for a training camp.", "Canaries"),
        ("The squad will train in Velmia before heading to the Alps.", "Alps"),
    ],
)
def test_a_teams_trip_to_a_plural_place_stays_a_place(sentence: str, name: str) -> None:
    spans = [(name, "PLACE")] if "Velmia" not in sentence else [("Velmia", "PLACE"), (name, "PLACE")]
    got = resolved(SPORT + sentence, spans)
    assert _label(got, name) == "PLACE", got


@pytest.mark.parametrize(
    "sentence",
    [
        "Tarbury beat the Falcons 2-0 on Saturday.",
        "Fans rioted after the match, which the Falcons won 1-0.",
    ],
)
def test_a_plural_not_after_a_trip_or_with_a_sides_cue_is_still_a_side(sentence: str) -> None:
    spans = [("Tarbury", "ORG"), ("Falcons", "PLACE")] if "Tarbury" in sentence else [("Falcons", "PLACE")]
    got = resolved(SPORT + sentence, spans)
    assert _label(got, "Falcons") == "ORG", got


# ---- 4. arriving at a place from a city


def test_the_city_a_squad_flew_from_stays_a_place() -> None:
    text = SPORT + "The squad arrived at Heathrow from Velencia on Tuesday."
    got = resolved(text, [("Heathrow", "PLACE"), ("Velencia", "PLACE")])
    assert _label(got, "Velencia") == "PLACE", got


def test_the_club_a_manager_arrived_from_at_a_team_is_a_club() -> None:
    text = (
        SPORT + "Grendon manager Tom Pell wants a trophy. He hopes to win one since arriving at Grendon from Velencia."
    )
    got = resolved(text, [("Grendon", "PLACE"), ("Tom Pell", "PERSON"), ("Grendon", "PLACE"), ("Velencia", "PERSON")])
    assert _label(got, "Velencia") == "ORG", got


# ---- 5. a common word opening a sentence before what a firm or a band has


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Thistle investors were angry at the news.", "Thistle"),
        ("Anchor earnings beat forecasts on Monday.", "Anchor"),
        ("Marble stock fell 4%.", "Marble"),
        ("Marble phones sold well.", "Marble"),
        ('"Marble fans will love it," he said.', "Marble"),
        ("Lantern fans queued for tickets.", "Lantern"),
        ("Texas frontwoman Ida Velt said the album was done.", "Texas"),
    ],
)
def test_a_firm_opening_a_sentence_before_what_it_has_is_kept(text: str, name: str) -> None:
    spans = [(name, "ORG")] + ([("Ida Velt", "PERSON")] if "Ida Velt" in text else [])
    got = resolved(text, spans)
    assert _label(got, name) == "ORG", got


def test_a_common_word_opening_a_sentence_before_its_noun_is_still_dropped() -> None:
    got = resolved("House prices fell in March, the agency said.", [("House", "ORG")])
    assert "House" not in got, got


# ---- 6. a party before a lower-case minister


def test_a_party_of_common_words_before_a_lower_case_minister_is_kept() -> None:
    text = "Velt Social Democrat minister Tom Pell said the plan was poor."
    got = resolved(text, [("Velt", "PLACE"), ("Social Democrat", "ORG"), ("Tom Pell", "PERSON")])
    assert _label(got, "Social Democrat") == "ORG", got


def test_an_office_field_before_a_lower_case_minister_is_still_a_remit() -> None:
    text = "Health minister Tom Pell said the plan was poor."
    got = resolved(text, [("Health", "ORG"), ("Tom Pell", "PERSON")])
    assert "Health" not in got, got


def test_an_arts_remit_before_a_lower_case_minister_is_still_a_remit() -> None:
    text = "Arts minister Tom Pell said the plan was poor."
    got = resolved(text, [("Arts", "ORG"), ("Tom Pell", "PERSON")])
    assert "Arts" not in got, got


def test_a_remit_before_a_capitalised_secretary_is_still_dropped() -> None:
    text = "Transportation Secretary Tom Pell said the plan was poor."
    got = resolved(text, [("Transportation", "ORG"), ("Tom Pell", "PERSON")])
    assert "Transportation" not in got, got


# ---- 7. a body's chair with any first name, a qualifier before the post


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Federal Reserve Chair Jo Hale said rates would rise.", "Jo Hale"),
        ("Federal Reserve Vice Chair Nina Hale said rates would rise.", "Nina Hale"),
    ],
)
def test_a_bodys_chair_taken_whole_keeps_the_person(text: str, person: str) -> None:
    whole = text.split(" said")[0]
    got = resolved(text, [(whole, "ORG")])
    assert _label(got, person) == "PERSON", got


def test_a_bodys_post_before_no_first_name_keeps_no_person() -> None:
    text = "Federal Reserve Chair Tarbury Rules said rates would rise."
    got = resolved(text, [("Federal Reserve Chair Tarbury Rules", "ORG")])
    assert _label(got, "Tarbury Rules") != "PERSON", got
