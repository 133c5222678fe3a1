"""Amounts and dates as typed values: equal in meaning whatever the wording, never equal across units."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belreader.quantities import DateValue, Quantity, looks_plural, parse_article_date, parse_dates, parse_quantities


def one(text: str) -> Quantity:
    found = parse_quantities(text)
    assert len(found) == 1, (text, found)
    return found[0]


def one_date(text: str, article_date: date | None = None) -> DateValue:
    found = parse_dates(text, article_date)
    assert len(found) == 1, (text, found)
    return found[0]


# --------------------------------------------------------------------------- amounts: examples


@pytest.mark.parametrize(
    "text",
    ["$1.5bn", "1.5 billion dollars", "US$1,500 million", "$1.5 billion", "1.5bn US dollars", "USD 1.5bn", "$1,500m"],
)
def test_the_same_sum_of_dollars_is_equal_however_written(text):
    assert one(f"a loan of {text} to Minsk") == Quantity(Decimal("1.5e9"), "usd")


@pytest.mark.parametrize(
    "text, unit",
    [
        ("1.5bn roubles", "rub"),
        ("1.5 billion Russian rubles", "rub"),
        ("£1.5bn", "gbp"),
        ("1.5 billion euros", "eur"),
        ("1.5 billion Belarusian roubles", "byn"),
    ],
)
def test_other_currencies_are_not_dollars(text, unit):
    quantity = one(text)
    assert quantity.unit == unit
    assert quantity != one("$1.5bn")
    assert quantity.value == Decimal("1.5e9")


def test_different_sums_differ_and_scale_words_multiply():
    assert one("$1bn") != one("$1.5bn")
    assert one("£600m") == Quantity(Decimal("6e8"), "gbp")
    assert one("half a million people") == Quantity(Decimal(500000), "person")
    assert one("a quarter of a million consumers").value == Decimal(250000)


def test_percentages_and_points():
    assert one("rose 16%") == one("rose 16 per cent") == one("rose 16 percent") == Quantity(Decimal(16), "%")
    assert one("up 2.5 percentage points").unit == "pp"
    assert one("up 2.5 percentage points") != one("up 2.5%")


def test_counts_keep_what_they_count():
    assert one("40,000 troops") == one("40,000 Russian troops") == Quantity(Decimal(40000), "troop")
    assert one("13,000 people") == Quantity(Decimal(13000), "person")
    assert one("40,000 troops") != one("40,000 people")
    assert one("33 employees").unit == "employee"


def test_qualifiers_are_kept_beside_the_value():
    about = one("about 40,000 troops")
    assert about.qualifier == "about"
    assert about == one("40,000 troops")  # the figure is the same; the qualifier is reported, not compared
    assert one("more than $2bn").qualifier == "over"


def test_a_year_is_not_an_amount_and_800m_without_currency_is_not_800_million():
    assert parse_quantities("in 2003 the firm grew") == []
    race = one("won the 800m title")
    assert race.unit == "m" and race != one("$800m") and race != one("800 million")
    assert one("1.5m people") == Quantity(Decimal("1.5e6"), "person")


def test_the_span_is_the_amount_as_written():
    text = "Putin offered a $1.5 billion loan"
    quantity = one(text)
    assert text[quantity.start : quantity.end] == "$1.5 billion" == quantity.text
    assert quantity.normalised() == "1.5 billion usd"


# --------------------------------------------------------------------------- amounts: properties

SCALE_SPELLINGS = {
    6: ["m", "mn", " million", " mln"],
    9: ["bn", "b", " billion"],
}
SIGNS = {"usd": ["$", "US$", "USD "], "gbp": ["£"], "eur": ["€"]}
WORDS = {"usd": ["dollars", "US dollars"], "gbp": ["pounds", "pounds sterling"], "eur": ["euros"], "rub": ["roubles"]}


# The property tests run on machines shared with other work: a slow draw or example is the
# machine's load, not a failure of what is tested.
LOADED = settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)


@st.composite
def money(draw):
    """(value in units, currency, one way of writing it)."""
    whole = draw(st.integers(min_value=1, max_value=999))
    tenths = draw(st.integers(min_value=0, max_value=9))
    power = draw(st.sampled_from([6, 9]))
    currency = draw(st.sampled_from(sorted(WORDS)))
    number = f"{whole}.{tenths}" if tenths else str(whole)
    scale = draw(st.sampled_from(SCALE_SPELLINGS[power]))
    value = Decimal(number).scaleb(power)
    if currency in SIGNS and draw(st.booleans()):
        return value, currency, f"{draw(st.sampled_from(SIGNS[currency]))}{number}{scale}"
    return value, currency, f"{number}{scale} {draw(st.sampled_from(WORDS[currency]))}"


def thousands(value: Decimal) -> str:
    """ "1,500,000,000" for 1.5e9: the same sum written in full."""
    return f"{int(value):,}"


@LOADED
@given(money(), money())
def test_money_is_equal_exactly_when_value_and_currency_are(first, second):
    value_a, currency_a, text_a = first
    value_b, currency_b, text_b = second
    a, b = one(f"a loan of {text_a} was agreed"), one(f"a loan of {text_b} was agreed")
    assert a.value == value_a and a.unit == currency_a
    assert (a == b) == (value_a == value_b and currency_a == currency_b)
    if a == b:
        assert hash(a) == hash(b)


@LOADED
@given(money())
def test_a_sum_in_full_equals_the_same_sum_scaled(drawn):
    value, currency, text = drawn
    sign = {"usd": "$", "gbp": "£", "eur": "€"}.get(currency)
    full = f"{sign}{thousands(value)}" if sign else f"{thousands(value)} {WORDS[currency][0]}"
    assert one(f"it cost {full} in all") == one(f"it cost {text} in all")


@LOADED
@given(st.integers(min_value=100, max_value=10**7), st.sampled_from(["troops", "people", "jobs", "votes"]))
def test_a_count_with_thousands_separators_equals_the_plain_count(n, noun):
    assert one(f"some {n:,} {noun} were there") == one(f"some {n} {noun} were there")


@LOADED
@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal(99), places=1))
def test_percent_sign_and_words_agree(value):
    text = format(value.normalize(), "f")
    assert one(f"up {text}%") == one(f"up {text} per cent") == Quantity(value, "%")


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    "text", ["September 14", "14 September", "Sept. 14", "Sep 14", "September 14th", "14th of September"]
)
def test_month_day_spellings_are_one_date(text):
    assert one_date(f"they met on {text} in Sochi") == DateValue(None, 9, 14)


def test_a_full_date_and_a_month_day_agree_and_another_day_does_not():
    full = one_date("on 14 September 2020")
    assert full == DateValue(2020, 9, 14) == one_date("on Sep 14, 2020") == one_date("2020-09-14")
    assert full.agrees(one_date("on September 14")) is True
    assert full.agrees(one_date("on September 15")) is False
    assert one_date("September 14").days_apart(one_date("September 15")) == 1


def test_month_names_that_are_words_are_not_dates():
    assert parse_dates("he may 10 times say it") == []
    assert parse_dates("the march on Whitehall") == []
    assert one_date("in May the vote") == DateValue(None, 5)


def test_relative_dates_stay_unresolved_without_an_article_date():
    value = one_date("the deal was signed yesterday")
    assert not value.resolved and value.relative == "yesterday"
    monday = one_date("talks on Monday")
    assert monday.relative == "monday"
    assert monday.agrees(one_date("talks on Monday")) is True  # the same words, no more
    assert monday.agrees(one_date("talks on Tuesday")) is None  # no telling without a date


def test_relative_dates_resolve_against_the_article_date():
    wednesday = date(2020, 9, 16)
    assert one_date("yesterday", wednesday) == DateValue(2020, 9, 15)
    assert one_date("on Monday", wednesday) == DateValue(2020, 9, 14)
    assert one_date("next Monday", wednesday) == DateValue(2020, 9, 21)
    assert one_date("last year", wednesday) == DateValue(2019)


@LOADED
@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2080, 12, 31)), st.integers(0, 6))
def test_a_weekday_resolves_to_that_weekday_within_the_week_before(article_date, weekday):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    value = one_date(f"on {name} the minister said", article_date)
    assert value.resolved and value.year and value.month and value.day
    resolved = date(value.year, value.month, value.day)
    assert resolved.weekday() == weekday
    assert timedelta(0) <= article_date - resolved < timedelta(days=7)


MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@LOADED
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)), st.booleans())
def test_every_spelling_of_a_full_date_is_that_date(day, day_first):
    month = MONTH_NAMES[day.month - 1]
    text = f"{day.day} {month} {day.year}" if day_first else f"{month} {day.day}, {day.year}"
    assert one_date(f"it happened on {text}.") == DateValue(day.year, day.month, day.day)
    assert parse_article_date(day.isoformat()) == day


def test_article_dates_from_metadata():
    assert parse_article_date("2020-09-14T08:00:00Z") == date(2020, 9, 14)
    assert parse_article_date("14 September 2020") == date(2020, 9, 14)
    assert parse_article_date("soon") is None and parse_article_date(None) is None


def test_a_noun_after_another_number_is_not_counted_by_the_first():
    # "in 2004 two men": 2004 is a year, the men are two
    assert [(int(q.value), q.unit) for q in parse_quantities("in 2004 two men and 10 women waited")] == [(10, "woman")]
    assert [(int(q.value), q.unit) for q in parse_quantities("40,000 Russian troops")] == [(40000, "troop")]


def test_a_lead_word_before_a_full_date_keeps_the_date_whole():
    assert parse_dates("by September 2024") == [DateValue(2024, 9)]
    assert parse_dates("since September 14, 2024") == [DateValue(2024, 9, 14)]
    assert parse_dates("in September") == [DateValue(None, 9)]


def test_a_decade_is_not_a_year():
    assert parse_dates("in the 1980s and the 1990's, as in 1985") == [DateValue(1985)]


@pytest.mark.parametrize(
    ("word", "plural"),
    [
        ("analysts", True),
        ("Israelis", True),
        ("Americans", True),
        ("companies", True),
        ("Swiss", False),
        ("bonus", False),
        ("crisis", False),
        ("analysis", False),
        ("Blair's", False),
        ("Blair’s", False),
        ("police", False),
    ],
)
def test_a_word_written_as_a_plural(word, plural):
    assert looks_plural(word) is plural
