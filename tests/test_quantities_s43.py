"""A currency sign before a number in words ("$ a million"): the hypothesis run of session 43 found
that `_named_sum` read the currency's name after the words and failed on an empty one."""

from decimal import Decimal

from belreader.quantities import parse_quantities


def test_a_sign_before_a_number_in_words_is_a_sum():
    (amount,) = parse_quantities("The fund gave $ a million to the clinic.")
    assert (amount.value, amount.unit, amount.text) == (Decimal("1E+6"), "usd", "$ a million")


def test_a_currency_named_after_the_words_is_still_checked():
    assert parse_quantities("Two euro zone economies grew.") == []
    (amount,) = parse_quantities("He paid five pounds for it.")
    assert (amount.value, amount.unit) == (Decimal("5"), "gbp")
