"""Session 35 mends of the entities review (REVIEW_entities35.md), invented sentences only:
- an office written before a surname keeps whose it is, and offices are compared whole: "Grobco
  President Velt" ("grobco president"), "Club President Velt", "Tarnian President Velt" are never
  linked to the corpus's "US President Tom Velt" (only a nation's word may be left out: "President
  Velt" is "us president"); "Dorran's Prime Minister Velt" and "Former President Velt" carry no
  office;
- "Speaking to the committee, X, the singer," is an opening phrase, then a person: no body named;
- "services including X, Y" in an article about travel lists the places served, not firms;
- "three films, Ann Pell and Tom Velt said": a count's list must close before a verb;
- "on Easter Mondays", "Bank Holiday Mondays": days, not bands.
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

from belreader.nlp import analyze
from belreader.nlp.entities import office_before
from belreader.nlp.identity import corpus_links
from belreader.nlp.people import same_office

from nlp_util import make_article

SINGER = "The singer Ann Velt released a new album in Dorran, and fans queued at Grobco stores."
LEADER = "US President Tom Velt flew to Marlow for talks with the Tarnian government."
PM = "Prime Minister Tom Velt told MPs in London that taxes would not rise."
MUSIC = " The band's new album and single are out and the tour starts soon."


def _link(*texts: str) -> str:
    found = [analyze(make_article(text, f"a{i}")) for i, text in enumerate(texts)]
    return corpus_links(found).of("velt", f"a{len(texts) - 1}")


# ---- 1. whose office it is, and when


@pytest.mark.parametrize(
    "third",
    [
        "Former President Velt, the father of the current president, opened a library in Tarn.",
        "Grobco President Velt said the firm's profits had doubled this year.",
        "Club President Velt said the team would appeal against the ban.",
        "Fifa President Velt said the World Cup would go ahead.",
        "Tarnian President Velt said his country would stay neutral.",
    ],
)
def test_someone_elses_or_a_past_office_links_no_namesake(third: str) -> None:
    assert _link(SINGER, LEADER, third) == "velt"


def test_another_countrys_prime_minister_links_no_namesake() -> None:
    assert _link(SINGER, PM, "Dorran's Prime Minister Velt said his country would stay neutral.") == "velt"


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Grobco President Tom Velt spoke.", "grobco president"),
        ("They met Former President Tom Velt.", None),
        ("They met the then President Tom Velt.", None),
        ("Dorran's Prime Minister Tom Velt spoke.", None),
        ("They met Tarnian President Tom Velt.", "tarnian president"),
        ("But President Tom Velt said no.", "president"),
        ("Since President Tom Velt took office, taxes rose.", "president"),  # guard: an opening
        ("On Tuesday Foreign Secretary Tom Velt spoke.", "foreign secretary"),  # guard
        ("They met FIFA President Tom Velt.", "fifa president"),
        ("They met Deputy Prime Minister Tom Velt.", "deputy prime minister"),
        ("They met Agriculture Minister Tom Velt.", "agriculture minister"),
    ],
)
def test_the_office_keeps_its_nation_and_drops_an_owner(text: str, office: str | None) -> None:
    assert office_before(text, text.index("Tom")) == office


def test_offices_agree_on_a_nation_word_only() -> None:
    assert same_office("president", "us president")
    assert not same_office("president", "grobco president")
    assert not same_office("prime minister", "deputy prime minister")
    assert not same_office("tarnian president", "us president")


def test_a_bare_office_still_links_to_the_nations_holder() -> None:  # guard
    assert _link(SINGER, LEADER, "But President Velt said the budget would be cut by half.") == "tom-velt"


# ---- 2. a body's noun the object of a preposition, before a person


@pytest.mark.parametrize(
    "text",
    [
        "Campaigners met MPs on Tuesday. Speaking to the committee, Bono, the singer, said debt relief must come first.",
        "In a letter to the council, Pele, the former striker, said the stadium must stay open.",
    ],
)
def test_an_opening_phrase_to_a_body_names_no_body(text: str) -> None:
    name = text.split(", ")[1]
    analysis = analyze(make_article(text))
    entity = analysis.entity(name.lower())
    assert entity is not None and entity.label == "PERSON", analysis.entities


def test_a_person_apposed_after_a_body_noun_stays_a_person() -> None:
    text = "Speaking to the council, Pell, a Labour councillor, said schools needed money."
    got = resolved(text, [("Pell", "PERSON"), ("Labour", "ORG")])
    assert got["Pell"][1] == "PERSON", got


def test_a_body_noun_apposed_still_names_the_body() -> None:  # guard
    text = "The band joined the performing rights society, Grobra, and paid its fees."
    got = resolved(text, [("Grobra", "PERSON")])
    assert got["Grobra"][1] == "ORG", got


# ---- 3. "services" lists routes in an article about travel


def test_services_listing_places_in_travel_stay_places() -> None:
    text = "The airline will start new services including Tarbury, Velton and Grobmouth next year."
    got = resolved(text, [("Tarbury", "PLACE"), ("Velton", "PLACE"), ("Grobmouth", "PLACE")])
    assert {v[1] for v in got.values()} == {"PLACE"}, got


def test_services_listing_names_elsewhere_are_firms() -> None:  # guard
    text = "Music fans use file-sharing services such as Grobnet and Veltaa to swap songs."
    got = resolved(text, [("Grobnet", "PLACE"), ("Veltaa", "PLACE")])
    assert {v[1] for v in got.values()} == {"ORG"}, got


# ---- 4. a counted list must close before a verb


@pytest.mark.parametrize(
    "text",
    [
        "The Tarbury festival will screen three films, Ann Pell and Tom Velt said on Monday.",
        "The duo's label released two albums - Ann Pell and Tom Velt both sang on each of them, and the band toured.",
    ],
)
def test_people_after_a_count_who_then_act_stay_people(text: str) -> None:
    got = resolved(text, [("Ann Pell", "PERSON"), ("Tom Velt", "PERSON")])
    assert got.get("Ann Pell", ("", ""))[1] == "PERSON", got
    assert got.get("Tom Velt", ("", ""))[1] == "PERSON", got


def test_titles_a_count_lists_are_still_titles() -> None:  # guard
    for text in (
        "The band released two singles, Grob Rising and Tarn Nights, last year.",
        "The band released two singles - Grob Rising and Tarn Nights - in May.",
        "The band released two singles, Grob Rising and Tarn Nights.",
    ):
        got = resolved(text, [("Grob Rising", "PERSON"), ("Tarn Nights", "PERSON")])
        assert "Grob Rising" not in got and "Tarn Nights" not in got, (text, got)


# ---- 5. plural weekdays after a preposition or another capitalised word


@pytest.mark.parametrize(
    ("text", "day", "words"),
    [
        ("The band plays the Velt Arms pub in Tarbury on Easter Mondays.", "Mondays", "Easter Mondays"),
        ("The band plays the Velt Arms pub in Tarbury on Bank Holiday Mondays.", "Mondays", "Holiday Mondays"),
    ],
)
def test_a_plural_weekday_after_a_preposition_or_a_holiday_is_a_day(text: str, day: str, words: str) -> None:
    got = resolved(text + MUSIC, [("Velt Arms", "PLACE"), ("Tarbury", "PLACE"), (day, "DATE")])
    assert words not in got and got.get(day, ("", ""))[1] == "DATE", got
