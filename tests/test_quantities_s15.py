"""The amounts and dates of a text are looked for only when it has what every one of them has (a digit, a
scale, a month's or a day's name...): the answers must be those of the full reading, whatever the text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from belreader import quantities
from belreader.quantities import parse_dates, parse_quantities

# words that make or nearly make an amount or a date, in several cases, and characters that case
# folding matches to ASCII letters ("K", the Kelvin sign; "ſ", the long s; "İ")
TOKENS = (
    "Tomorrow tonight Monday sunday TODAY yesterday May may Sept. March mar Dec week weekly month year years "
    "last next this in on by mid- the two a half a quarter of a million Bn bn mn trn thousand % per cent "
    "percentage points $ £ US$ USD 1.5 2004 1980s 14 14th 3,000 800m .5 \u212a \u017f \u0130 \u2019s - , . : "
    "thou\u017fand millio\u0274 Jul\u0130 Mond\u212ay"
).split()

texts = st.lists(st.sampled_from(TOKENS), max_size=12).flatmap(
    lambda words: st.sampled_from([" ", "", "-"]).map(lambda sep: sep.join(words))
)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_amounts_are_those_of_the_full_reading(text):
    assert [repr(q) for q in parse_quantities(text)] == [repr(q) for q in quantities._parse_quantities(text)]


@settings(max_examples=400, deadline=None)
@given(texts, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))))
def test_dates_are_those_of_the_full_reading(text, article_date):
    assert [repr(d) for d in parse_dates(text, article_date)] == [
        repr(d) for d in quantities._parse_dates(text, article_date)
    ]


def test_texts_without_an_amount_or_a_date_are_not_read_and_the_others_are():
    assert not quantities._may_hold_an_amount("The harbour will stay shut, the mayor said.")
    assert not quantities._may_hold_a_date("The harbour will stay shut, the mayor said.")
    assert parse_quantities("two million visitors")[0].value == 2_000_000
    assert parse_dates("he said on Monday", date(2024, 9, 18))[0] == quantities.DateValue(2024, 9, 16)
    assert parse_dates("it closes tomorrow", date(2024, 9, 18))[0] == quantities.DateValue(2024, 9, 19)
    assert parse_dates("since March")[0].month == 3
