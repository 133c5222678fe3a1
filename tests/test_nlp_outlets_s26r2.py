"""Session 26 (round 2): a name told a quotation is the medium it was given to, on sentences
written for the purpose (none copied from any corpus).

- '"...," the winger told Radio Kestrel.', 'She told Kestrel Live: "..."': an organisation the
  table does not know, written after a bare "told" (no "the") and closing the attribution of a
  quotation, is where the words were given: the claim's outlet, carried by the speaker's next
  quotation as a named medium is. Never with "the" ("told the committee"), never before "that"
  ("told Grobco Holdings that ..."), never a name that reads as a person's.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _outlets(text: str) -> list[tuple[str, list[str]]]:
    return [(c.content, c.outlets) for c in claims_of("Port\n\n" + text)]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ('"I would love to play in Spain one day," the winger told Cadena Ostral.', "cadena-ostral"),
        ('"We will build the new stand by May," the coach Ivo Ravel told Antena Sur.', "antena-sur"),
        ('The coach, Ivo Ravel, told Canal Ostral: "We will build the new stand by May."', "canal-ostral"),
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
    ],
)
def test_no_outlet_without_the_shape(text: str) -> None:
    found = _outlets(text)
    assert all(not o for _, o in found), found
