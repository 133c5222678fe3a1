"""Entities on unseen news, round 2 (issue 11, session 24): types decided over all of an
entity's mentions and the words around them. A company described after a country's possessive
("X, Ruritania's biggest software firm"); a city named in an apposition or before "airport"; a
band whose plural verb the model left untagged; titles in lists after a comma ("shows, such as
X"), after "the creator of", and titles written in title case; a peer's territorial designation,
which is no surname. And the guards that keep real people, places and companies.
Sentences written for the purpose; the names are invented."""

from __future__ import annotations

import pytest

from belreader.nlp.aliases import load_table
from belreader.nlp.entities import Span, peers_listed, plural_subjects
from belreader.nlp.kinds import (
    full_name_with,
    label_from_words,
    people_by_first_name,
    people_by_nickname,
    places_by_context,
    retype_by_context,
)
from belreader.nlp.records import Mention

from nlp_util import labels_after, placed_mentions, works_kept

# --- a company described after a country's possessive --------------------------------------


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Dorvell, Ruritania's third-biggest software firm, has reported a rise in profit.", "Dorvell"),
        (
            "The state may step in to save Kelmoray, Vantia's flagship airline. Kelmoray flies to 18 countries.",
            "Kelmoray",
        ),
        ("Kelmoray - Vantia's biggest bank - lost money.", "Kelmoray"),
    ],
)
def test_a_name_described_as_a_countrys_firm_is_a_company(body, name):
    assert set(labels_after(retype_by_context, body, [(name, "x", "PERSON")])) == {"ORG"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # a person's office at the company after its possessive, or a person's noun
        ("Dorvell, Ruritania's finance minister, said the firm was sold.", "Dorvell"),
        ("Ada Dorvell, Acme's biggest shareholder, has sold the group.", "Ada Dorvell"),
        ("Dorvell, Vantia's richest man, bought the airline.", "Dorvell"),
    ],
)
def test_people_described_after_a_possessive_are_kept(body, name):
    assert set(labels_after(retype_by_context, body, [(name, "x", "PERSON")])) == {"PERSON"}


def _later_labels(body: str, name: str, label: str) -> set[str]:
    """The labels of the name's mentions after its first, which the model left untagged."""
    mentions = placed_mentions(body, [(name, "x", label)])[1:]
    retype_by_context(body, mentions, load_table())
    return {m.label for m in mentions}


@pytest.mark.parametrize(
    "body",
    [
        "Dorvex, one of the web's oldest search companies, turns twenty this week. Banks lent Dorvex more.",
        "Dorvex, Vantia's biggest software firm, grew. Investors chose to fund Dorvex.",
    ],
)
def test_an_untagged_apposition_makes_the_tagged_mentions_a_company(body):
    assert _later_labels(body, "Dorvex", "PERSON") == {"ORG"}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Dorvex, one of the firm's founders, is ten years richer. Investors chose to fund Dorvex.", "Dorvex"),
        # a first name and a surname: a person, whatever the untagged words say
        ("Ada Dorvex, one of the biggest firms, sold. Ada Dorvex said so.", "Ada Dorvex"),
    ],
)
def test_an_untagged_apposition_of_a_person_is_kept(body, name):
    assert _later_labels(body, name, "PERSON") == {"PERSON"}


def test_a_company_that_adopted_a_moniker_is_no_person():
    body = "Dorvex, one of the web's oldest search companies, turns twenty. It took on the moniker Dorvex in 1998."
    mentions = placed_mentions(body, [("Dorvex", "x", "ORG")])
    people_by_nickname(body, mentions, load_table())
    assert {m.label for m in mentions} == {"ORG"}


def test_a_gamer_known_by_a_moniker_is_a_person():
    body = "He is known by his gaming moniker Dorvex. Dorvex won the title."
    mentions = placed_mentions(body, [("Dorvex", "x", "ORG")])
    people_by_nickname(body, mentions, load_table())
    assert {m.label for m in mentions} == {"PERSON"}


@pytest.mark.parametrize("label", ["PLACE", "PERSON"])
def test_a_name_listed_after_networks_such_as_is_a_company(label):
    body = "Some networks, such as Kelmoray, charge up to a pound for each download."
    assert set(labels_after(retype_by_context, body, [("Kelmoray", "x", label)])) == {"ORG"}


def test_a_name_after_networks_in_a_place_is_kept():
    body = "Some networks, such as those in Kelmoray, charge more."
    assert set(labels_after(retype_by_context, body, [("Kelmoray", "x", "PLACE")])) == {"PLACE"}


# --- venues and cities the model took for people ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "label", "expected"),
    [
        ("Ada Brook Pavilion", "PERSON", "PLACE"),
        ("Ada Brook Auditorium", "ORG", "PLACE"),
        ("Tom Reed Theatre", "PERSON", "PLACE"),
        # a theatre's company keeps the model's type; a surname that is a word is a person's
        ("Velgrad National Theatre", "ORG", "ORG"),
        ("Ada Hall", "PERSON", "PERSON"),
    ],
)
def test_a_venue_by_its_last_word(name, label, expected):
    assert label_from_words(name, label) == expected


def test_a_venue_named_after_a_person_is_no_person():
    body = "Other venues included the Ada Brook Pavilion and the Shrine Hall."
    mentions = placed_mentions(body, [("Ada Brook Pavilion", "x", "PLACE")])
    people_by_first_name(body, mentions, load_table())
    assert [m.label for m in mentions] == ["PLACE"]


# --- a city the model took for a person ----------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "They were stopped from boarding flights from the Ruritanian capital, Velgrad. Velgrad was busy.",
        "Officials at Velgrad airport checked them. Passengers from Velgrad were refused.",
        "Groups opposing the plan include the London boroughs of Harrowby and Velgrad.",
        "The towns of Velgrad, Esk and Tarn were flooded.",
    ],
)
def test_a_city_named_as_a_capital_or_by_its_airport_is_a_place(body):
    assert set(labels_after(places_by_context, body, [("Velgrad", "x", "PERSON")])) == {"PLACE"}


@pytest.mark.parametrize(
    "body",
    [
        # the apposition goes on as a clause: a person speaking in the city
        "In the Ruritanian capital, Velgrad said the talks had failed.",
        # an honorific somewhere
        "Mr Velgrad flew home. He left from the Ruritanian capital, Velgrad.",
        # "of" after another noun
        "The leaders of Velgrad's borough council met.",
        "The mayor of the borough of Tarn, Velgrad, said no.",
    ],
)
def test_a_person_in_a_city_is_kept(body):
    assert set(labels_after(places_by_context, body, [("Velgrad", "x", "PERSON")])) == {"PERSON"}


# --- a band whose sentence-opening mention the model did not tag ----------------------------


def test_an_untagged_opening_with_a_plural_verb_counts_for_the_tagged_mentions():
    body = (
        "Velvet Crane have topped a poll of fans.\n\n"
        "Formed in the 1970s, Velvet Crane are one of the most successful bands."
    )
    mentions = [m for m in placed_mentions(body, [("Velvet Crane", "x", "PERSON")]) if m.start > 0]
    plural_subjects(body, mentions, load_table())
    assert {m.label for m in mentions} == {"ORG"}


def test_a_name_inside_a_longer_name_with_a_plural_verb_is_kept():
    body = "The fans of Ada Brook were happy. Ada Brookfield are a firm. Ada Brook sang."
    mentions = [m for m in placed_mentions(body, [("Ada Brook", "x", "PERSON")]) if body[m.end] != "f"]
    plural_subjects(body, mentions, load_table())
    assert {m.label for m in mentions} == {"PERSON"}


# --- titles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        # a list of titles after a comma
        ("Ratings fell for reality shows, such as Star Harbour, which starts this week.", "Star Harbour", "ORG"),
        ("He has made 25 films, including Green Tides, and a play.", "Green Tides", "ORG"),
        # an acronym before "TV shows" after a determiner
        ("Experts blame the success of the VCU TV shows for it.", "VCU", "ORG"),
        # a title's maker
        ("The series is made by Jo Kemp, the creator of Garden Folk.", "Garden Folk", "PERSON"),
        # title case: a capital article inside, a capital preposition and article last, a question
        ("In its report, Is Online Trade A Good Thing?, the think-tank asks.", "Is Online Trade A Good Thing", "ORG"),
        ("It leads up to the publication of A Charter For A Fairer Vantia.", "Charter For A", "ORG"),
        ("The book, Building The Bridge and Finding A Home, is out.", "Building The Bridge and Finding A Home", "ORG"),
    ],
)
def test_titles_are_dropped(body, name, label):
    assert works_kept(body, [(name, "x", label)]) == []


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        # a company after "including" with no work's noun; a middle initial
        ("Firms, including Green Tides, said profits rose.", "Green Tides", "ORG"),
        # a clause between the work's noun and the list; "like" after a comma compares
        ("The series, which featured guests including Ada Brook, ended.", "Ada Brook", "PERSON"),
        ("Sites which offer casual games, like Kelmoray, let people play.", "Kelmoray", "ORG"),
        ("The creator of the scheme, Jo Kemp, said so.", "Jo Kemp", "PERSON"),
        ("Charles A Dorvell, the chief executive, resigned.", "Charles A Dorvell", "PERSON"),
        # "TV" after an acronym without a determiner: the channel's maker ("VCU TV shows it tonight")
        ("VCU TV shows the match tonight.", "VCU", "ORG"),
        # a sport's group named by its letter
        ("The winners of Group A will play in Vantia.", "Group A", "ORG"),
    ],
)
def test_names_beside_title_cues_are_kept(body, name, label):
    assert works_kept(body, [(name, "x", label)]) != []


# --- a peer's territorial designation is no surname -------------------------------------------


def _peer_mentions() -> list[Mention]:
    body = "James Hallorhan became Lord Hallorhan of Brenton. He represented Brenton."
    return placed_mentions(
        body,
        [
            ("James Hallorhan", "james-hallorhan", "PERSON"),
            ("Lord Hallorhan of Brenton", "james-hallorhan", "PERSON"),
        ],
    )


def test_a_peers_place_is_not_his_surname():
    assert full_name_with("Brenton", _peer_mentions()) is None


def test_a_peers_surname_is_found_before_his_place():
    mentions = [m for m in _peer_mentions() if m.text.startswith("Lord")]
    assert full_name_with("Hallorhan", mentions) == "james-hallorhan"


# --- peers named together after one plural title -------------------------------------------------


def test_peers_listed_after_one_plural_title_are_people():
    body = "Lady Brook, sitting with Lords Varne, Tellow, Esk and Harcourt, gave the ruling."
    model = [Span(body.index("Tellow"), body.index("Tellow") + 6, "ORG")]
    spans = peers_listed(body, model)
    assert [(body[s.start : s.end], s.label) for s in spans] == [
        ("Varne", "PERSON"),
        ("Tellow", "PERSON"),
        ("Esk", "PERSON"),
        ("Harcourt", "PERSON"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "The Elect the Lords Campaign said the bill was weak.",  # one name after "Lords": no list
        "The House of Lords Committee and Commons Committee agreed.",
        "Both the Lords Select and Commons committees agreed.",
    ],
)
def test_the_chamber_before_a_name_is_no_list_of_peers(body):
    assert peers_listed(body, []) == []
