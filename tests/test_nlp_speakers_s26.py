"""Speakers, session 26 (round 1), on sentences written for the purpose (none copied from any corpus).

- A reporting participle that the parser hung on the "that" clause of a noun ("dismissed claims that
  the plant was at risk, saying ...") goes on from whoever dismissed the claims, not from the
  subject of the clause about them.
- A reporting participle that the parser hung on the object of a verb of stance ("The council
  opposed the scheme saying ...", "argued against the limits saying ...") is the stance-taker's, when
  the object is a thing that cannot speak; an object that can ("issued a statement saying", "faced
  protests alleging") keeps the claim (round 2, tests/test_nlp_speakers_s26r2.py: writings speak
  too, and only some participles are the stance-taker's).
- Outlets: "told Grobton's official website" has the organisation whose own website it is as the
  claim's outlet (a body's medium is the body, as a programme's is its broadcaster); not a
  person's website, and not the speaker's own organisation.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


@pytest.mark.parametrize(
    ("text", "content", "person"),
    [
        (
            "Harbour chief Ines Barow yesterday played down suggestions that her post was under threat saying "
            'she had "the board\'s full support".',
            "she had",
            "ines-barow",
        ),
        (
            "Mayor Tovin Aske dismissed claims that the harbour board had been divided saying the vote was unanimous.",
            "the vote was unanimous",
            "tovin-aske",
        ),
        (
            "Lena Marsh, the Dunmere coach, has again dismissed suggestions that her job was at risk saying she "
            'had "the owners\' backing".',
            "she had",
            "lena-marsh",
        ),
    ],
)
def test_a_participle_on_a_nouns_that_clause_goes_on_from_the_verbs_subject(
    text: str, content: str, person: str
) -> None:
    claims = [c for c in claims_of("Port\n\n" + text) if c.content.startswith(content)]
    assert [c.speaker_id for c in claims] == [person], [c.speaker for c in claims]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            '"We have worked hard for this," Ravel told the Ostland Football Federation\'s official website.',
            "ostland-football-federation",
        ),
        (
            '"The squad is ready," coach Ivo Ravel told Grobton United Football Club\'s website.',
            "grobton-united-football-club",
        ),
        (
            '"The squad is ready," coach Ivo Ravel told the Ostland Rugby Players\' official website.',
            "ostland-rugby-players",
        ),
    ],
)
def test_told_a_bodys_own_website_is_that_body_as_outlet(text: str, outlet: str) -> None:
    assert [c.outlets for c in claims_of("Port\n\n" + text)] == [[outlet]]


def test_a_persons_website_is_no_outlet() -> None:
    claims = claims_of('Port\n\n"The squad is ready," coach Ivo Ravel told Mira Holm\'s website.')
    assert [c.outlets for c in claims] == [[]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ostland's fisheries envoy argued strongly against the catch limits saying coastal towns would suffer.",
            "Ostland's fisheries envoy",
        ),
        (
            "Envoy Ruta Palm, who chairs the fisheries panel, argued against the catch limits saying they came too late.",
            "Envoy Ruta Palm",
        ),
        ('The council has opposed the bypass scheme for years saying it would "wreck the valley".', "The council"),
    ],
)
def test_a_participle_on_the_object_of_a_stance_is_the_stance_takers(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims_of("Port\n\n" + text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mr Pell issued a statement saying he would appeal.", "a statement"),
        ("Mr Pell faced mass protests alleging he had rigged the vote.", "mass protests"),
    ],
)
def test_an_object_that_can_speak_keeps_the_participle(text: str, speaker: str) -> None:
    assert [c.speaker for c in claims_of("Port\n\n" + text)] == [speaker]
