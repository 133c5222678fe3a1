"""A number glued to a name is part of the name, not an amount or a date: "G8", "MiG-29",
"covid-19" (letters, or letters and a hyphen, before it), "3G", "20th", "100mph" (letters after
it that are not a scale or "per cent")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from belreader.quantities import parse_dates, parse_quantities


@pytest.mark.parametrize(
    "text",
    [
        "Cases of covid-19 rose sharply.",
        "The air force flies the F-16 and the MiG-29.",
        "Leaders of the G8 met in Scotland.",
        "Sales of 3G phones grew.",
        "The G-20 summit ended.",
        "Profits in Q3 fell.",
        "The 20th century ended.",
        "Winds of 100mph hit the coast.",
    ],
)
def test_a_number_in_a_name_is_neither_an_amount_nor_a_date(text: str) -> None:
    assert parse_quantities(text) == [] and parse_dates(text) == []


def test_amounts_beside_names_are_still_read() -> None:
    found = parse_quantities("The G8 pledged $50bn; 3G phones sold 5m units, up 4% on 10-15 per cent forecasts.")
    assert [(q.text, q.unit) for q in found] == [
        ("$50bn", "usd"),
        ("5m units", "unit"),
        ("4%", "%"),
        ("10", ""),
        ("15 per cent", "%"),
    ]
    assert [str(q.value) for q in found][:2] == [str(Decimal("5E+10")), str(Decimal("5E+6"))]


def test_a_year_after_a_prefix_is_still_a_date() -> None:
    assert [d.year for d in parse_dates("Rules set pre-1990 and changed in mid-2004.")] == [1990, 2004]
    assert parse_dates("The XP-2000 and the A-1999 were shown.") == []


letters = st.text(alphabet="ABCFGHMQXZabgikx", min_size=1, max_size=3)
digits = st.integers(min_value=1, max_value=99999).map(str)


@settings(max_examples=300, deadline=None)
@given(letters, st.sampled_from(["", "-"]), digits)
def test_letters_then_a_number_make_a_name(prefix: str, hyphen: str, number: str) -> None:
    name = f"{prefix}{hyphen}{number}"
    text = f"The {name} was shown."
    assert parse_quantities(text) == [], name
    # "mid-2004", "pre-1990": a year after a lower-case prefix
    assert [d for d in parse_dates(text) if d.text == number] == [] or (hyphen and prefix[-1].islower()), name


@settings(max_examples=300, deadline=None)
@given(digits, st.sampled_from(["G", "D", "th", "nd", "mph", "km", "kg", "x4", "GB", "s"]))
def test_a_number_then_letters_make_a_name(number: str, suffix: str) -> None:
    name = f"{number}{suffix}"
    assert parse_quantities(f"The {name} was shown.") == [], name


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999).map(str), st.sampled_from(["people", "troops", "phones"]))
def test_a_number_apart_from_names_is_read(number: str, noun: str) -> None:
    found = parse_quantities(f"The G8 sent {number} {noun} by F-16.")
    assert [(q.value, q.text) for q in found] == [(Decimal(number), f"{number} {noun}")]


def test_pence_glued_to_a_number_are_pounds() -> None:
    (offer,) = parse_quantities("The board rejected an offer of 300p a share.")
    assert (offer.text, offer.unit, offer.value) == ("300p", "gbp", Decimal(3))
    assert offer == parse_quantities("The board rejected an offer of £3 a share.")[0]
