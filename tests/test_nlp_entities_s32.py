"""Session 32 (issue 11, entity types and merges): a name written with a hyphen and with a space,
the noun for someone from a town, television programmes the model took for people or places,
charities named by a cause's word, jobs "in" places listed after "roles in", and a body "for"
two places before its letters. Invented names and sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze
from belreader.nlp.people import chosen_name

from nlp_util import make_article


def _entities(text: str) -> dict[str, tuple[str, str]]:
    """Each entity's shown name -> (id, label)."""
    return {e.name: (e.id, e.label) for e in analyze(make_article(text)).entities}


def _labels(text: str) -> dict[str, str]:
    return {name: label for name, (_, label) in _entities(text).items()}


# ---- one name written with a hyphen and with a space


def test_a_name_written_with_a_hyphen_and_a_space_shows_the_spelling_seen_most():
    """Both spellings are one name of three words: the space no longer makes a fuller name."""
    assert chosen_name({"Ann Tarlo Vell": 1, "Ann Tarlo-Vell": 2, "Ms Tarlo-Vell": 5}, "PERSON") == "Ann Tarlo-Vell"


def test_an_organisation_written_with_a_hyphen_and_a_space_shows_the_spelling_seen_most():
    assert chosen_name({"Grobco Velt": 1, "Grobco-Velt": 4}, "ORG") == "Grobco-Velt"


def test_a_stage_name_with_a_hyphen_is_no_spelling_of_a_full_name():
    """The guard: only the same words written two ways rank alike; a fuller name still wins."""
    assert chosen_name({"Kay-T": 5, "Kim Tarr": 2}, "PERSON") == "Kim Tarr"
    assert chosen_name({"Ann Tarlo-Vell": 5, "Ann Maria Tarlo-Vell": 1}, "PERSON") == "Ann Maria Tarlo-Vell"


def test_a_phrase_written_with_a_hyphen_and_a_space_keeps_its_noun():
    """The guard: only a capitalised name's spellings are one name ("full-year" is the adjective)."""
    assert chosen_name({"full year": 2, "full-year": 3}, "DATE") == "full year"


# ---- the noun for someone from a town


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The 23-year-old Dubliner joined Grobco Rovers in May.", "Dubliner"),
        ("Tom Pell is a Londoner who has chosen to run for Velt.", "Londoner"),
    ],
)
def test_the_noun_for_someone_from_a_town_is_no_person(text: str, word: str):
    assert _labels(text).get(word) != "PERSON", _labels(text)


@pytest.mark.parametrize(
    ("text", "word", "label"),
    [
        ("Tom Pell joined the Fowler campaign in May.", "Fowler", "PERSON"),  # a noun after it: a name
        ("Tom Pell said the Dubliner had signed.", "Dubliner", "NORP"),
    ],
)
def test_a_word_after_the_is_a_towns_noun_only_before_what_follows_a_noun(text: str, word: str, label: str):
    """The guard: "the Fowler campaign" is a person's (a noun after the word), "the Dubliner had"
    is someone from Dublin."""
    from belreader.nlp.aliases import EntityTable
    from belreader.nlp.kinds import not_names
    from belreader.nlp.records import Mention

    start = text.index(word)
    mention = Mention(word.lower(), word, "PERSON", start, start + len(word), 0)
    (kept,) = not_names(text, [mention], EntityTable({}))
    assert kept.label == label


def test_a_towns_plural_in_sport_is_left_to_the_club():
    """The guard: "the Londoners who lost" in a match report is a London club, no people (as
    "against the Scots" is a team): not made a group of people."""
    from belreader.nlp.aliases import EntityTable
    from belreader.nlp.kinds import not_names
    from belreader.nlp.records import Mention

    text = (
        "Velt Rovers beat Grobco United 2-0 in the league on Saturday. The striker scored twice in the "
        "second half and the goalkeeper saved a penalty. It is the Londoners who could be fined by the league."
    )
    start = text.index("Londoners")
    mention = Mention("londoners", "Londoners", "PERSON", start, start + len("Londoners"), 0)
    (kept,) = not_names(text, [mention], EntityTable({}))
    assert kept.label != "NORP"


def test_a_surname_is_still_a_person():
    """The guard: a name written without "a" or "the" is a name ("Ann Miller ... Miller said")."""
    got = _labels("Ann Miller joined Grobco in May. Miller said the move was right.")
    assert got.get("Ann Miller") == "PERSON", got


# ---- television programmes the model took for people or places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Velt Harbour attracted 6.1 million viewers on Sunday, up from five million.", "Velt Harbour"),
        ("Tom Pell was evicted from Celebrity Gold Dorm on Friday after a public vote.", "Celebrity Gold Dorm"),
        ("Velt Street was the only sitcom on the list. Tom Pell said so.", "Velt Street"),
        ("Tarbury Lane, which is now in its second series, faces competition from Velt Nights.", "Tarbury Lane"),
    ],
)
def test_a_television_programme_is_no_person_place_or_body(text: str, name: str):
    assert name not in _labels(text), _labels(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jamie Pell's second series attracted 5 million viewers, Channel 9 said.", "Jamie Pell"),
        ("Ann Vell was evicted from her flat in Tarbury. Ann Vell said she would appeal.", "Ann Vell"),
    ],
)
def test_a_presenter_led_by_a_first_name_is_still_a_person(text: str, name: str):
    """The guard: "Jamie Pell's second series" is his series; the cues name a programme only
    where no first name leads the name."""
    assert _labels(text).get(name) == "PERSON", _labels(text)


# ---- a charity named by a cause's word


def test_a_charity_named_with_a_first_name_and_a_cause_is_an_organisation():
    got = _labels("Tom Pell, head of policy at Christian Aid, said the deal was unfair. Christian Aid wants more.")
    assert got.get("Christian Aid") == "ORG", got


def test_a_first_name_and_a_surname_stay_a_person():
    """The guard: only the cause's words ("Aid", "Concern", "Relief", "Appeal") make a body."""
    got = _labels("Tom Pell, head of policy at the charity, said the deal was unfair. Christian Pell agreed.")
    assert got.get("Christian Pell") == "PERSON", got


# ---- jobs held in places, listed after "roles in"


def test_roles_in_places_keep_the_places():
    got = _labels("Tom Pell joined Velt in 2003 and held senior roles in Lisbon, Madrid and Hong Kong.")
    assert got.get("Lisbon") == "PLACE" and got.get("Madrid") == "PLACE", got


def test_an_actors_roles_are_still_titles():
    """The guard: a list with no place the table knows is still an actor's parts."""
    got = _labels("Ann Vell had roles in Tarbury, Velthaven and Chicago.")
    assert "Tarbury" not in got and "Chicago" not in got, got


# ---- a body "for" two places, named again by its letters


def test_a_body_for_two_places_and_its_letters_are_one_organisation():
    got = _entities(
        "The Velt Commission for Africa and the Middle East (VCAME) said exports rose. VCAME expects more growth."
    )
    name = "Velt Commission for Africa and the Middle East"
    assert got.get(name, ("", ""))[1] == "ORG", got
    assert "VCAME" not in got, got  # its letters are the same entity


@pytest.mark.parametrize(
    "text",
    [
        "The Velt Commission for Africa and the Middle East said exports rose.",
        "A report by the Velt Commission for Africa and the US (VCAFR) said exports rose.",
    ],
)
def test_a_body_and_a_second_place_stay_apart_without_their_letters(text: str):
    """The guard: without letters in brackets that end in the places' initials, "and the US" may
    be a second party, not part of the name."""
    got = _entities(text)
    assert not any(" and " in name for name in got), got


# ---- a town and its county


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Grobco will shut its plant in Newton Aycliffe, County Durham, with the loss of 300 jobs.",
            ("Newton Aycliffe", "County Durham"),
        ),
        ("The summit will be held at Gleneagles in Perthshire in July.", ("Gleneagles", "Perthshire")),
        ("Ann Vell was born in Runcorn, Cheshire, and moved to Velt.", ("Runcorn", "Cheshire")),
        (
            "Ann Vell, 41, a farmer from Velbury, Gloucestershire, told the court she would appeal.",
            ("Velbury", "Gloucestershire"),
        ),
    ],
)
def test_a_town_and_its_county_are_places(text: str, places: tuple[str, str]):
    got = _labels(text)
    assert all(got.get(place) == "PLACE" for place in places), got


def test_a_county_councils_name_stays_a_body():
    """The guard: a capitalised word after the county makes it part of a longer name."""
    got = _labels("Tom Pell moved to Tarbury, Lancashire County Council said on Monday.")
    assert got.get("Lancashire County Council") == "ORG" and "Lancashire" not in got, got
