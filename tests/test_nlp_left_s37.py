"""Session 37 items left by session 36 (invented sentences and names, the model's spans given by
hand):

- "The players arrived at Grendon from Velencia": a squad's journey. A town the article also writes
  as a team ("Grendon coach Tom Pell") makes the city the squad came from a club only in a career's
  frame ("since arriving at Grendon from Velencia"), not after a finite "arrived".
- An address: "a huntsman from Ledmoor, Tarnia, said", "Tom Pell, 37, of Brackwell, Tarnia.", "from
  Tarbury, Velmouth, said": a one-word "organisation" or "person" written as the town or the region
  of an address whose other part is a place is a place; not with a body's cue, an honorific, a
  list's "and" or a possessive after the place, nor a "person" written elsewhere outside an address.
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

SPORT = "The striker scored twice in the league match and the coach praised the defence. "


def _label(got: dict[str, tuple[str, str]], text: str) -> str:
    return got.get(text, ("", ""))[1]


# ---- 1. a squad's journey is no transfer


def test_the_city_players_arrived_from_at_a_team_town_stays_a_place() -> None:
    text = (
        SPORT + "The players arrived at Grendon from Velencia on Monday night. "
        "Grendon coach Tom Pell welcomed the news."
    )
    got = resolved(text, [("Grendon", "PLACE"), ("Velencia", "PLACE"), ("Grendon", "PLACE"), ("Tom Pell", "PERSON")])
    assert _label(got, "Velencia") == "PLACE", got


def test_the_club_a_manager_arrived_at_after_his_arrival_frame_is_still_a_club() -> None:
    text = SPORT + "Grendon coach Tom Pell wants a trophy after arriving at Grendon from Velencia last summer."
    got = resolved(text, [("Grendon", "PLACE"), ("Tom Pell", "PERSON"), ("Grendon", "PLACE"), ("Velencia", "PERSON")])
    assert _label(got, "Velencia") == "ORG", got


# ---- 2. a town and its region in an address


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        (
            "Tom Pell, a huntsman from Ledmoor, Tarnia, said the ban was unfair. Ida Bell lives near Ledmoor.",
            [
                ("Tom Pell", "PERSON"),
                ("Ledmoor", "ORG"),
                ("Tarnia", "PLACE"),
                ("Ida Bell", "PERSON"),
                ("Ledmoor", "ORG"),
            ],
            "Ledmoor",
        ),
        (
            "The others charged were Ida Bell, 43, and Tom Pell, 37, of Brackwell, Tarnia.",
            [("Ida Bell", "PERSON"), ("Tom Pell", "PERSON"), ("Brackwell", "ORG"), ("Tarnia", "PLACE")],
            "Brackwell",
        ),
        (
            "Tom Pell, 32, from Tarbury, Velmouth, said he was held for a week.",
            [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Velmouth", "PERSON")],
            "Velmouth",
        ),
        # the region a place only by another rule of the same pass (a "-shire" typed a person)
        (
            "Tom Pell, a huntsman from Ledmoor, Velshire, said the ban was unfair. Ida Bell lives near Ledmoor.",
            [
                ("Tom Pell", "PERSON"),
                ("Ledmoor", "ORG"),
                ("Velshire", "PERSON"),
                ("Ida Bell", "PERSON"),
                ("Ledmoor", "ORG"),
            ],
            "Ledmoor",
        ),
        # a region that is also a first name, before the speaker's verb
        (
            "Tom Pell, 32, from Tarbury, Velma, said he was held for a week.",
            [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Velma", "PERSON")],
            "Velma",
        ),
        (
            "Ida Bell gave the speech in Tarbury, Velshaw, on Monday. She spoke about jobs.",
            [("Ida Bell", "PERSON"), ("Tarbury", "PLACE"), ("Velshaw", "ORG")],
            "Velshaw",
        ),
    ],
)
def test_a_town_or_region_of_an_address_is_a_place(text: str, spans: list[tuple[str, str]], name: str) -> None:
    got = resolved(text, spans)
    assert _label(got, name) == "PLACE", got


@pytest.mark.parametrize(
    ("text", "spans", "name", "label"),
    [
        # a person in apposition after the place, written elsewhere as a speaker
        (
            "Speaking in Tarbury, Pellow, the minister, said jobs would come. Pellow said more later.",
            [("Tarbury", "PLACE"), ("Pellow", "PERSON"), ("Pellow", "PERSON")],
            "Pellow",
            "PERSON",
        ),
        # a firm's cue on another mention
        (
            "Tom Pell, an analyst from Grobco, Tarnia, said rates would rise. Grobco said it would hire.",
            [("Tom Pell", "PERSON"), ("Grobco", "ORG"), ("Tarnia", "PLACE"), ("Grobco", "ORG")],
            "Grobco",
            "ORG",
        ),
        # a possessive after the place: an apposition, not an address
        (
            "He put money in Velbrew, Tarnia's biggest brewer.",
            [("Velbrew", "ORG"), ("Tarnia", "PLACE")],
            "Velbrew",
            "ORG",
        ),
        # a list after the place
        (
            "They will meet in Tarbury, Grobco and Velt next week.",
            [("Tarbury", "PLACE"), ("Grobco", "ORG"), ("Velt", "ORG")],
            "Grobco",
            "ORG",
        ),
        # a Mr before the one word
        (
            "Tom Pell, 32, from Tarbury, Mr Velmouth's son, said he was held. Mr Velmouth said nothing.",
            [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Velmouth", "PERSON"), ("Velmouth", "PERSON")],
            "Velmouth",
            "PERSON",
        ),
    ],
)
def test_no_address_no_place(text: str, spans: list[tuple[str, str]], name: str, label: str) -> None:
    got = resolved(text, spans)
    assert _label(got, name) == label, got
