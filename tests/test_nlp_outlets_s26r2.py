"""Session 26 (round 2): a name told a quotation is the medium it was given to, on sentences
written for the purpose (none copied from any corpus).

- '"...," the winger told Radio Kestrel.', 'She told Kestrel Live: "..."': an organisation the
  table does not know, written after a bare "told" (no "the") and closing the attribution of a
  quotation, is where the words were given: the claim's outlet, carried by the speaker's next
  quotation as a named medium is. Never with "the" ("told the committee"), never before "that"
  ("told Grobco Holdings that ..."), never a name that reads as a person's, and only a name that
  carries a medium's word or shape ("Cadena", "Radio", "KSTV"), never one ending in a body's,
  a firm's or a club's head ("told Parliament.", "told Grobco Bank.", "told Tarkon FC.").
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_outlets = claim_rows("content outlets", opening="Port\n\n")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('"I would love to play in Spain one day," the winger told Cadena Ostral.', "cadena-ostral"),
        ('"We will build the new stand by May," the coach Ivo Ravel told Antena Sur.', "antena-sur"),
        ('The coach, Ivo Ravel, told Canal Ostral: "We will build the new stand by May."', "canal-ostral"),
        ('"We will win the cup," the winger told Radio Kestrel.', "radio-kestrel"),
    ],
)
def test_a_name_told_a_quotation_is_its_outlet(text: str, outlet: str) -> None:
    found = _outlets(text)
    assert [o for _, o in found] == [[outlet]], found


def test_the_speakers_next_quotation_carries_it() -> None:
    found = _outlets(
        'Winger Ivo Ravel joined the club in 2001. "I would love to play in Spain one day," Ravel told Cadena '
        'Ostral. He has scored ten goals this season. "The fans there are wonderful," he added.'
    )
    assert [o for _, o in found] == [["cadena-ostral"], ["cadena-ostral"]], found


@pytest.mark.parametrize(
    "text",
    [
        # a body told something: "that" follows the name
        'The mayor told Grobco Holdings that the "road will stay open" until June.',
        # "the" before the name: an audience or a body, left to the rules for "told the X"
        '"The road will stay open," the mayor told the Grobton Assembly.',
        # bodies, firms, courts and clubs are told things; no medium's word in the name
        '"We will close the plant," Tom Pell told Parliament.',
        '"We will close the plant," Tom Pell told Grobco Bank.',
        '"We will close the plant," Tom Pell told Westbury Crown Court.',
        '"We will close the plant," Tom Pell told Tarkon FC.',
        '"We will close the plant," Tom Pell told Dunmore United.',
        'Tom Pell told Grobco Holdings: "The plan is dead."',
        # a medium's word, but a body's head at the end
        '"We will close the plant," Tom Pell told the Radio Council.',
        '"We will close the plant," Tom Pell told Kestrel Radio Authority.',
    ],
)
def test_no_outlet_without_the_shape(text: str) -> None:
    found = _outlets(text)
    assert all(not o for _, o in found), found


def test_a_body_told_a_quotation_keeps_its_own_claim_without_an_outlet() -> None:
    found = _outlets(
        '"We will close the plant," Tom Pell told Grobco Bank. Later, Grobco Bank rejected the plan, saying '
        "it was too costly."
    )
    assert all(not o for _, o in found), found


def test_parliament_told_twice_is_no_outlet() -> None:
    found = _outlets(
        'The minister told Parliament that the plant would close. "We have no choice," he told Parliament.'
    )
    assert all(not o for _, o in found), found


def test_a_bodys_own_television_station_makes_the_body_its_outlet() -> None:
    found = _outlets('"We will win the cup," the winger told Dunmore United\'s television station.')
    assert [o for _, o in found] == [["dunmore-united"]], found
