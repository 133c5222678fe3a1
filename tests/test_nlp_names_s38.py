"""Session 38 round 2 (fresh34's names cut, doubled or not found), on invented sentences and names:
a people's word typed twice before a body's name ("Tarnian Tarnian Ferry Association"); a surname of
two words the model tagged apart from the first name, the word between left out ("Sacha" | "Baron"
| "Pellow"); a one-word name the model tagged nowhere, after a player's role or before an age set
off by commas ("midfielder Zeco", "Zeco, 26,")."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved_mentions


def _found(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in resolved_mentions(text, spans)]


def _ids(text: str, spans: list[tuple[str, str]]) -> dict[str, set[str]]:
    ids: dict[str, set[str]] = {}
    for m in resolved_mentions(text, spans):
        ids.setdefault(m.text, set()).add(m.entity_id)
    return ids


# --- a people's word typed twice ----------------------------------------------------------------


def test_a_peoples_word_typed_twice_before_a_name_is_written_once():
    text = "Fares\n\nBut Tarnian Tarnian Ferry Association chairman Tom Pell said fares would rise."
    found = _found(text, [("Tarnian Tarnian Ferry Association", "ORG"), ("Tom Pell", "PERSON")])
    assert ("Tarnian Ferry Association", "ORG") in found, found


def test_another_word_written_twice_stays_in_the_name():
    # "Walla Walla University", "Bafana Bafana": names whose first word is doubled
    text = "Fares\n\nThe Velto Velto Club said fares would rise, and Tarnian fans agreed."
    found = _found(text, [("Velto Velto Club", "ORG")])
    assert ("Velto Velto Club", "ORG") in found, found


def test_a_peoples_word_twice_with_no_name_after_it_is_left_alone():
    text = "Fares\n\nThe band Tarnian Tarnian said fares would rise."
    found = _found(text, [("Tarnian Tarnian", "ORG")])
    assert ("Tarnian Tarnian", "ORG") in found, found


# --- a surname of two words -----------------------------------------------------------------------


def test_a_first_name_a_word_and_a_surname_tagged_apart_are_one_name():
    text = "Comedy\n\nThe writer slated comedian Sacha Baron Pellow for his new show."
    found = _found(text, [("Sacha", "ORG"), ("Pellow", "PERSON")])
    assert found == [("Sacha Baron Pellow", "PERSON")], found


def test_the_two_word_surname_possessive_too():
    text = "Comedy\n\nSacha Baron Pellow's new show opened on Friday."
    found = _found(text, [("Sacha", "PLACE"), ("Pellow", "PERSON")])
    assert ("Sacha Baron Pellow", "PERSON") in found, found


def test_no_first_name_or_a_weekday_between_keeps_the_spans_apart():
    text = "Trade\n\nGrobco Baron Pellow was sold, and Tom Sunday Pell left."
    found = _found(text, [("Grobco", "ORG"), ("Pellow", "PERSON"), ("Tom", "PERSON"), ("Pell", "PERSON")])
    assert ("Grobco", "ORG") in found and ("Grobco Baron Pellow", "PERSON") not in found, found
    assert not any(text == "Tom Sunday Pell" for text, _ in found), found


# --- a one-word name the model did not tag ------------------------------------------------------

_PLAYER = (
    "Zeco hits out\n\nVelton's Tarnian midfielder Zeco has hit out at the club over his contract. "
    'Zeco\'s deal expires next summer. And Zeco, 26, added: "I want to stay."'
)


def test_a_one_word_name_after_a_players_role_is_a_person_everywhere():
    found = _ids(_PLAYER, [("Velton", "ORG")])
    assert "Zeco" in found and len(found["Zeco"]) == 1, found
    labels = {label for text, label in _found(_PLAYER, [("Velton", "ORG")]) if text == "Zeco"}
    assert labels == {"PERSON"}, labels


def test_a_one_word_name_before_an_age_is_a_person():
    text = "Courts\n\nThe court heard the case on Monday. Dorvan, 31, denied the charge. Dorvan left."
    found = _found(text, [("Monday", "DATE")])
    assert found.count(("Dorvan", "PERSON")) == 2, found


def test_a_firms_role_or_a_word_in_lower_case_makes_no_person():
    text = "Chips\n\nAnalyst Grobtek said sales rose, designer Velloni said so too."
    assert _found(text, []) == [], _found(text, [])
    text = "Sport\n\nThe Tarnian striker Zeco scored, though a zeco is a fish there."
    assert ("Zeco", "PERSON") not in _found(text, []), _found(text, [])


def test_a_name_after_an_honorific_or_another_capitalised_word_is_left_to_the_others():
    text = "Courts\n\nThe case was heard. Greater Dorvan, 31, was fined."
    assert ("Dorvan", "PERSON") not in _found(text, []), _found(text, [])


def test_a_first_name_before_a_baron_tagged_as_a_peer_is_the_name_s_start():
    # the model took "Baron" for a peer's title and left the first name out
    text = "Comedy\n\nThe writer slated comedian Sacha Baron Pellow for his show. Baron Pellow was hurt."
    found = _ids(text, [("Baron Pellow", "PERSON"), ("Baron Pellow", "PERSON")])
    assert "Sacha Baron Pellow" in found, found
    assert found["Baron Pellow"] == found["Sacha Baron Pellow"], found


def test_a_peer_after_a_word_or_a_day_keeps_his_title():
    text = "Lords\n\nSpeaking on Sunday, Lord Pellow said the bill was fair. Labour's Lord Pellow agreed."
    found = _found(text, [("Sunday", "DATE"), ("Lord Pellow", "PERSON"), ("Labour", "ORG"), ("Lord Pellow", "PERSON")])
    assert ("Lord Pellow", "PERSON") in found and not any("Sunday Lord" in t for t, _ in found), found


def test_a_one_word_name_after_a_role_the_model_typed_a_people_is_the_person():
    text = "Music\n\nThe song was made with rapper Zorvista and actor Tom Pell. Zorvista sang."
    found = _found(text, [("Zorvista", "NORP"), ("Tom Pell", "PERSON")])
    assert found.count(("Zorvista", "PERSON")) == 2, found


def test_a_peoples_word_after_a_role_stays_a_people():
    text = "Sport\n\nThe Velton side fielded striker Tarnian and two others."
    assert ("Tarnian", "PERSON") not in _found(text, [("Tarnian", "NORP")]), _found(text, [("Tarnian", "NORP")])
