"""Speakers, session 26 (round 1), on sentences written for the purpose (none copied from any corpus).

- A reporting participle that the parser hung on the "that" clause of a noun ("dismissed claims that
  the plant was at risk, saying ...") goes on from whoever dismissed the claims, not from the
  subject of the clause about them.
- A reporting participle that the parser hung on the object of a verb of stance ("The mayor
  rejected that idea saying ...", "argued against quotas saying ...") is the stance-taker's, when the
  object is a thing that cannot speak; an object that can ("issued a statement saying", "faced
  protests alleging") keeps the claim.
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
            "Councillor Dara Quillan also brushed aside suggestions that his re-selection in the Fenmoor "
            'ward had been in doubt saying it was "the safest seat on the council".',
            "it was",
            "dara-quillan",
        ),
        (
            "Mayor Tovin Aske dismissed claims that the harbour board had been divided saying the vote was unanimous.",
            "the vote was unanimous",
            "tovin-aske",
        ),
        (
            "Coach Lena Marsh laughed off reports that her contract at Dunmere had been in question saying "
            'it was "the best job in the league".',
            "it was",
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
    "text",
    [
        '"We have worked hard for this," Ravel told the Ostland Football Federation\'s official website.',
        '"The squad is ready," coach Ivo Ravel told Grobton United Football Club\'s website.',
        '"The squad is ready," coach Ivo Ravel told the Ostland Rugby Players\' official website.',
    ],
)
def test_told_a_bodys_own_website_is_that_body_as_outlet(text: str) -> None:
    claims = claims_of("Port\n\n" + text)
    assert len(claims) == 1
    assert claims[0].outlets and claims[0].outlets[0] in (
        "ostland-football-federation",
        "grobton-united-football-club",
        "ostland-rugby-players",
    )


def test_a_persons_website_is_no_outlet() -> None:
    claims = claims_of('Port\n\n"The squad is ready," coach Ivo Ravel told Mira Holm\'s website.')
    assert [c.outlets for c in claims] == [[]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Fenmoor mayor will argue against positive quotas saying they are "unfair and outdated".',
            "The Fenmoor mayor",
        ),
        ("Ms Orla Venn will argue against fixed quotas saying they are unfair.", "Ms Orla Venn"),
        ("Mr Tal Orsk has rejected that idea saying phone evidence would never be used.", "Tal Orsk"),
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
