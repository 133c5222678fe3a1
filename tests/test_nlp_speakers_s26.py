"""Speakers, session 26 (round 1), on sentences written for the purpose (none copied from any corpus).

- A reporting participle that the parser hung on the "that" clause of a noun ("dismissed claims that
  the plant was at risk, saying ...") goes on from whoever dismissed the claims, not from the
  subject of the clause about them.
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
