"""Entity types, session 29 mends (invented sentences and names): a one-word body after "in" or
"near" is a place only after a site's or an event's noun ("a show in X"), never after a body's
inside ("job cuts in X", "the crisis in X"), a holding ("a stake of 5% in X") or before an apposition
naming a body ("in X, the country's biggest bank"); "interest in Briton X" names a person; "budget
hits include X and Y" lists people, not songs."""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved


@pytest.mark.parametrize(
    "text",
    [
        "Job cuts in Grobco were announced on Monday.",
        "Redundancies in Grobco will hit 500 staff, unions said.",
        "There was anger in Grobco, the country's biggest bank, over the bonuses.",
        "A fire broke out in Grobco, the city's largest store, on Friday.",
        "Prices rose near Grobco, the town's biggest employer.",
        "He invested heavily in Grobco before the crash.",
        "Ann Bell had a stake of 5% in Grobco.",
        "Ann Bell has held a senior job in Grobco for ten years.",
        "The crisis in Grobco deepened as the league's chief quit.",
        "The vote in Grobco was lost by 20 votes, the Speaker said.",
        "A charity show in Grobco, the city's biggest store, raised money.",
    ],
)
def test_a_body_after_in_without_a_site_noun_stays_a_body(text: str) -> None:
    ids = resolved(text, [("Grobco", "ORG")])
    assert ids["Grobco"][1] == "ORG", ids


def test_a_body_after_an_event_or_a_sites_noun_is_a_place() -> None:
    ids = resolved("The band played a show in Dorrington on Friday.", [("Dorrington", "ORG")])
    assert ids["Dorrington"][1] == "PLACE", ids
    ids = resolved("Flood water reached homes near Pelham.", [("Pelham", "ORG")])
    assert ids["Pelham"][1] == "PLACE", ids
    # one mention after an event's noun makes the other mentions after "in" the same site
    text = "Ann Bell won two races in Erfwick. Her time in Erfwick was a record."
    ids = resolved(text, [("Ann Bell", "PERSON"), ("Erfwick", "ORG"), ("Erfwick", "ORG")])
    assert ids["Erfwick"][1] == "PLACE", ids
    ids = resolved("Leaders met at the summit in Dorrington.", [("Dorrington", "ORG")])
    assert ids["Dorrington"][1] == "PLACE", ids


def test_interest_in_a_nationality_noun_and_a_name_is_a_person() -> None:
    ids = resolved("There is interest in Briton Pell from three clubs.", [("Briton Pell", "PERSON")])
    assert ids["Pell"] == ("pell", "PERSON"), ids
    assert "Briton Pell" not in ids, ids


def test_people_after_hits_include_with_no_singer_stay_people() -> None:
    text = "Budget hits include Ann Bell and Tom Pell, who lose their grants."
    ids = resolved(text, [("Ann Bell", "PERSON"), ("Tom Pell", "PERSON")])
    assert ids["Ann Bell"][1] == "PERSON", ids
    assert ids["Tom Pell"][1] == "PERSON", ids
    # a singer's hits are still a list of songs
    text = "The singer Tara Quell toured. Tara Quell's biggest hits included Stay Tonight and Broken Wings."
    ids = resolved(text, [("Tara Quell", "PERSON"), ("Tara Quell", "PERSON"), ("Broken Wings", "PERSON")])
    assert "Broken Wings" not in ids, ids
