"""One home for amounts: numbers in words before "per cent" or a currency's name are read by
belreader.quantities ("two per cent", "twenty-five million pounds", "five dollars"), and the claims'
figure test and the model-free entity spans ask it instead of reading amounts themselves."""

from __future__ import annotations

from decimal import Decimal

import pytest

from belreader.nlp.entities import rule_spans
from belreader.quantities import parse_quantities


@pytest.mark.parametrize(
    ("text", "value", "unit", "written"),
    [
        ("Prices at Dunmore Mills rose two per cent.", "2", "%", "two per cent"),
        ("Turnout fell to forty percent.", "40", "%", "forty percent"),
        ("Support rose twenty-five per cent in a year.", "25", "%", "twenty-five per cent"),
        ("Fees went up by thirty five per cent.", "35", "%", "thirty five per cent"),
        ("Its share fell three percentage points.", "3", "pp", "three percentage points"),
        ("The stall charged five pounds a night.", "5", "gbp", "five pounds"),
        ("Tickets cost ten dollars each.", "10", "usd", "ten dollars"),
        ("A coffee costs nine euros in Varna.", "9", "eur", "nine euros"),
        ("The shares closed at seventeen yen.", "17", "jpy", "seventeen yen"),
        ("A loaf was sold for eighty roubles.", "80", "rub", "eighty roubles"),
        ("They paid twenty Canadian dollars.", "20", "cad", "twenty Canadian dollars"),
        ("The fund holds twenty-five million pounds.", "25000000", "gbp", "twenty-five million pounds"),
        ("It lent two hundred and fifty million dollars.", "250000000", "usd", "two hundred and fifty million dollars"),
        ("The fine was a hundred euros.", "100", "eur", "a hundred euros"),
        ("Its backers were one hundred per cent behind it.", "100", "%", "one hundred per cent"),
        ("Sales fell by one point three per cent.", "1.3", "%", "one point three per cent"),
        ("Rates rose two point zero five per cent.", "2.05", "%", "two point zero five per cent"),
    ],
)
def test_a_number_in_words_before_per_cent_or_a_currency_is_read(
    text: str, value: str, unit: str, written: str
) -> None:
    [found] = parse_quantities(text)
    assert (found.value, found.unit, found.text) == (Decimal(value), unit, written)


def test_a_number_in_words_keeps_its_qualifier_and_compares_with_digits() -> None:
    [words] = parse_quantities("Growth was about fifteen per cent.")
    [digits] = parse_quantities("Growth was 15%.")
    assert words == digits and words.qualifier == "about"
    assert parse_quantities("It raised twelve million pounds.") == parse_quantities("It raised £12m.")


@pytest.mark.parametrize(
    "text",
    [
        "Two men were held in Varna.",  # a number in words counts nothing unless it is a sum or a share
        "She bought a pound of apples.",  # "a" before "pound" is a weight as often as a sum
        "Rates may rise by half a per cent.",  # a fraction in words before "per cent": left alone
        "Several per cent of the vote went elsewhere.",
        "The pound fell against the dollar.",
        "A hundred people came.",
        "Rates fell point five per cent.",  # the number after "point" is a decimal, never a whole
    ],
)
def test_other_words_are_not_amounts(text: str) -> None:
    assert parse_quantities(text) == []


def test_a_compound_is_read_whole_not_as_its_last_word() -> None:
    # "twenty-five million" was read as its "five million"
    assert [q.value for q in parse_quantities("a budget of twenty-five million pounds")] == [Decimal(25_000_000)]


def test_the_model_free_spans_take_sums_and_percentages_from_quantities() -> None:
    text = "Dunmore lent £5.5m and three million euros, up two per cent or 4%, on 3 May."
    spans = {(text[s.start : s.end], s.label) for s in rule_spans(text)}
    assert {
        ("£5.5m", "MONEY"),
        ("three million euros", "MONEY"),
        ("two per cent", "PERCENT"),
        ("4%", "PERCENT"),
    } <= spans


def test_a_scale_written_in_the_plural_still_scales() -> None:
    # "£22 billions" was read as £22, its scale lost
    assert parse_quantities("Savings of £22 billions were promised.") == parse_quantities("Savings of £22bn.")
    assert [q.value for q in parse_quantities("Its debt is two millions pounds.")] == [Decimal(2_000_000)]
    assert [q.normalised() for q in parse_quantities("Replies took 5 ms.")] == ["5"]  # not a scale
