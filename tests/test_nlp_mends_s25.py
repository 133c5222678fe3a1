"""Session 25 round 2 mends, on sentences written for the purpose (none copied from any corpus).

- A verb joined to a backshifted reported clause in the present of the reporting verb belongs to
  the speaker only when it cannot agree with the clause's subject ("fears costs could rise and
  wants B") or says what the speaker wants or sets out to do ("and has pledged to", "and are keen
  to", "and is pursuing costs") or says again ("but insists that C"); one that fits the clause's
  own subject goes on with it ("think the thieves were local and are still nearby", "says the
  bakery was opened in 1985 and employs 40 staff").
- "and that X ..." read with "that" as X's determiner goes on with the content only in a clause
  backshifted like a reported one ("but that cash had been sent"); "and that decision cost jobs" is
  narration.
- A "whose X" subject whose noun cannot be found leaves the speaker unknown, never "whose X".
- A name given to an object is never the object's apposition set off by commas ('called his
  rival, the mayor of X, "a liar"').
- A number in words before a currency word is a sum only when the currency is plural after more
  than one or a scale comes between; never a currency modifying a noun ("euro zone", "pound
  shops"), nor "one pound of".
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from belreader.quantities import _parse_quantities

from nlp_util import claim_rows

_pairs = claim_rows("speaker content", opening="Port\n\n")


def _contents(text: str) -> list[str]:
    return [c for _s, c in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Detectives think the thieves were local and are still nearby.",
            "the thieves were local and are still nearby",
        ),
        (
            "She says the bakery was opened in 1985 and employs 40 staff.",
            "the bakery was opened in 1985 and employs 40 staff",
        ),
        (
            "He says the farm was badly damaged by the storm and needs repairs.",
            "the farm was badly damaged by the storm and needs repairs",
        ),
    ],
)
def test_joined_verb_agreeing_with_the_clause_goes_on(text: str, content: str) -> None:
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The council says the road was closed in May and wants it reopened.", "the road was closed in May"),
        ("Officers think the drivers were drunk and are keen to trace witnesses.", "the drivers were drunk"),
        ("The bank says the fine was unlawful and is pursuing costs in a Paris court.", "the fine was unlawful"),
        (
            "Ms Rudd says the league should copy the rest of Asia and take a summer break - but insists that "
            "the long season will not harm the top clubs.",
            "the league should copy the rest of Asia and take a summer break",
        ),
    ],
)
def test_joined_verb_of_the_speakers_aim_ends_the_content(text: str, content: str) -> None:
    assert _contents(text)[0] == content


def test_demonstrative_subject_opening_narration_stays_out() -> None:
    assert _contents("The club said it had folded, and that decision cost dozens of jobs.") == ["it had folded"]


def test_whose_subject_without_its_noun_leaves_the_speaker_unknown() -> None:
    text = 'The young - whose debut record was a hit - thanked its fans, adding: "We love you."'
    assert not any(speaker.lower().startswith("whose") for speaker, _c in _pairs(text))


def test_apposition_between_commas_is_not_the_name_given() -> None:
    text = 'Mr Hale called his old rival, the mayor of Dunmore, "a coward and a liar".'
    assert ("Hale", "a coward and a liar") in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The two euro zone economies grew.",
        "Three pound shops closed.",
        "Mix one pound of flour with water.",
        "Five dollar bills were found.",
        "Two million euro zone jobs are at risk.",
    ],
)
def test_currency_word_as_a_modifier_is_no_sum(text: str) -> None:
    assert not [q for q in _parse_quantities(text) if q.unit in ("eur", "gbp", "usd")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("She paid five pounds.", "5", "gbp"),
        ("It costs one euro.", "1", "eur"),
        ("It cost two  million pounds.", "2000000", "gbp"),
        ("He won ten yen.", "10", "jpy"),
    ],
)
def test_number_in_words_before_a_currency_is_a_sum(text: str, value: str, unit: str) -> None:
    assert [(q.value, q.unit) for q in _parse_quantities(text)] == [(Decimal(value), unit)]
