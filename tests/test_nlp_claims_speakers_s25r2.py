"""Session 25 round 2: a speaker taken from the clause a reporting verb goes on from is never the
noun phrase of a question or a relative clause, on sentences written for the purpose (none copied
from any corpus).

- "The group - whose first record sold well - thanked its fans, adding: ...": the noun the "whose"
  clause is about speaks (also when the parser took the relative clause for the main one), not
  "whose first record".
- "Experts are split over which plan is best and say that ...": whoever is split speaks, not
  "which plan".
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_pairs = claim_rows("speaker content", opening="Port\n\n")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The group - whose debut record was the year's best-selling album - thanked its fans, "
            'adding: "We owe you everything."',
            "The group",
            "We owe you everything.",
        ),
        (
            "Experts are split over which plan is best and say that this latest row between the two firms "
            "may prove to be a turning point.",
            "Experts",
            "this latest row between the two firms may prove to be a turning point",
        ),
    ],
)
def test_no_wh_phrase_speaks(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_named_speaker_before_whose_clause_kept() -> None:
    pairs = _pairs("Labour MP Tom Birch, whose question revealed the cost, said the figure surprised him.")
    assert ("Tom Birch", "the figure surprised him") in pairs
