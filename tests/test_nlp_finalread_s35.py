"""Session 35's final read of the mends (invented sentences):
- a counted list of titles closes at a preposition or a time word too ("three films, X, Y and Z in
  the last decade", "two films, X and Y last year"), not only at punctuation;
- "Former US President Tom Velt" held the office once: no office, like "Former President";
- "Vice-President Tom Velt" is a vice-president, not a president."""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

from belreader.nlp.entities import office_before


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The director has made three films, Grobhill, Tarnmoor and Velt Road in the last decade.",
         ["Grobhill", "Tarnmoor", "Velt Road"]),
        ("The studio released two films, Marla and Dunwick last year.", ["Marla", "Dunwick"]),
    ],
)  # fmt: skip
def test_a_counted_list_of_titles_closes_at_a_preposition_or_time_word(text: str, names: list[str]) -> None:
    got = resolved(text, [(names[0], "PERSON"), *((n, "PLACE") for n in names[1:])])
    assert not any(n in got for n in names), got


def test_people_after_a_count_who_then_act_stay_people() -> None:  # guard: the mend's case
    text = "The Tarbury festival will screen three films, Ann Pell and Tom Velt said on Monday."
    got = resolved(text, [("Ann Pell", "PERSON"), ("Tom Velt", "PERSON")])
    assert got.get("Ann Pell", ("", ""))[1] == "PERSON" and got.get("Tom Velt", ("", ""))[1] == "PERSON", got


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Former US President Tom Velt opened the library.", None),
        ("The then UK Prime Minister Tom Velt opened the library.", None),
        ("Vice-President Tom Velt opened the library.", "vice-president"),
        ("US President Tom Velt opened the library.", "us president"),  # guard
        ("On Monday President Tom Velt opened the library.", "president"),  # guard
    ],
)
def test_office_before_a_name(text: str, office: str | None) -> None:
    assert office_before(text, text.index("Tom")) == office
