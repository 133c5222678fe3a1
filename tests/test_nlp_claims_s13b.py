"""Claim extraction shapes of session 13 (second pass), on sentences written for the purpose (none
copied from any corpus).

- "tipped Wales to win the title", "tipped Ann Lee for the award": a forecast, the content being the
  named side or person and its "to" infinitive or "for" phrase; "tipped the waiter", "tipped off
  the police" and the passive "is tipped to win" (no one's words) are none.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, claims_of


@pytest.mark.parametrize(
    ("text", "start", "content", "speaker"),
    [
        (
            "Rugby\n\nThe former coach Tom Barlow has tipped Scotland to win the championship this year.",
            "Scotland",
            "Scotland to win the championship this year",
            "tom-barlow",
        ),
        (
            "Awards\n\nFilm critic Jane Morley also tipped Anna Lee for a best actress award for her role in "
            "the drama, and said the film was brilliant.",
            "Anna Lee",
            "Anna Lee for a best actress award for her role in the drama",
            "jane-morley",
        ),
    ],
)
def test_tipped_someone_to_win_is_a_forecast(text: str, start: str, content: str, speaker: str) -> None:
    claim = claim_starting(text, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.content == content
    assert claim.speaker_id == speaker
    assert claim.verb_text == "tipped"


@pytest.mark.parametrize(
    "text",
    [
        "Cafe\n\nScotland are tipped to win the title by many pundits.",
        "Cafe\n\nMark Hill tipped the waiter for his quick service.",
        "Cafe\n\nA neighbour, Mark Hill, tipped off police about the van.",
    ],
)
def test_tipping_a_waiter_or_a_passive_tip_is_no_statement(text: str) -> None:
    assert [c for c in claims_of(text) if c.verb_text.startswith("tip")] == []
