"""Session 29: past holders of an office, on sentences written for the purpose (none copied from
any corpus).

- "Ann Lee, who resigned as mayor of Dorran, ... The mayor said ...": a person the article writes
  as having held the office only once ("former mayor X", "X, the outgoing mayor,", "X, who stepped
  down as mayor") is not "the mayor" now; the speaker stays unresolved unless the article names
  the current holder. "The former mayor said" is still that person.
- "Retired Bishop of Westmarch Tom Pell said": a word of a past holder before a title ("Retired
  Bishop", "Outgoing Mayor") is no name; the speaker is the person named after it.
- Checks that already held: "The singer's agent has confirmed" stays unresolved (never the singer),
  and "President Bush" is the "George Walker Bush" named before.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_LATER = "The council met on Monday.\n\nThe mayor said the bridge would be closed again in May."


_speakers = claim_rows("speaker speaker_id", opening="Port\n\n")


@pytest.mark.parametrize(
    "opening",
    [
        "Ann Lee, who resigned as mayor of Dorran last month, opened the new bridge on Friday.",
        "Ann Lee, the former mayor of Dorran, opened the new bridge on Friday.",
        "Former Dorran mayor Ann Lee opened the new bridge on Friday.",
        "Ann Lee, who stepped down as mayor in March, opened the new bridge on Friday.",
        "Ann Lee, who was mayor of Dorran until May, opened the new bridge on Friday.",
    ],
)
def test_a_past_holder_is_not_the_office_now(opening: str) -> None:
    found = _speakers(f"{opening} {_LATER}")
    assert found == [("The mayor", None)], found


@pytest.mark.parametrize(
    "text",
    [
        "Outgoing Dorran mayor Ann Lee has backed plans for a new bridge.\n\nThe mayor said it would open in May.",
        "Ann Lee, who beat former mayor Tom Pell, and Jo Hart met on Friday. Ann Lee, the former mayor of "
        "Dorran, spoke first.\n\nThe mayor said it would open in May.",
    ],
)
def test_a_past_holder_named_with_the_title_is_not_the_office_now(text: str) -> None:
    found = _speakers(text)
    assert [s for s, _ in found] == ["The mayor"] and found[0][1] != "ann-lee", found


def test_an_age_still_names_who_is_leaving() -> None:
    found = _speakers(
        "Jo Hart has resigned as host of the Dorran morning show after six years.\n\n"
        "The 31-year-old host said she wanted to try new projects."
    )
    assert found == [("The 31-year-old host", "jo-hart")], found


@pytest.mark.parametrize(
    "opening",
    [
        "Ann Lee, the mayor of Dorran, opened the new bridge on Friday.",
        "Ann Lee, who was elected mayor of Dorran in May, opened the new bridge on Friday.",
    ],
)
def test_the_holder_now_is_still_the_office(opening: str) -> None:
    found = _speakers(f"{opening} {_LATER}")
    assert found == [("The mayor", "ann-lee")], found


def test_the_former_holder_is_the_former_office() -> None:
    found = _speakers(
        "Ann Lee, the former mayor of Dorran, opened the new bridge on Friday.\n\n"
        "The former mayor said the bridge would be closed again in May."
    )
    assert found == [("The former mayor", "ann-lee")], found


@pytest.mark.parametrize(
    "text",
    [
        "Retired Bishop of Westmarch Tom Pell said the church would stay open.",
        "Retired Bishop Tom Pell said the church would stay open.",
    ],
)
def test_a_past_holders_word_before_a_title_is_no_name(text: str) -> None:
    found = _speakers(text)
    assert found == [("Tom Pell", "tom-pell")], found


def test_a_possessor_is_not_the_speaker_of_their_agent() -> None:
    found = _speakers(
        "Pop singer Ann Lee is to marry her manager Tom Pell. The singer's agent has confirmed that the "
        "wedding will be in June. Friends had expected the news."
    )
    assert found == [("The singer's agent", None)], found


def test_a_title_and_surname_are_the_full_name() -> None:
    found = _speakers("George Walker Bush arrived in Dorran on Monday.\n\nPresident Bush said the visit was a success.")
    assert [i for _, i in found] == ["george-walker-bush"], found
