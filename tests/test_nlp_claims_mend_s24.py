"""Mends of session 24's claim rules (round 2), on sentences written for the purpose (none copied
from any corpus).

- Praise that introduces a quotation ("praised the fans for their behaviour: "...") leaves the
  quote its claim; only praise for a deed alone is no claim.
- A forecast's figure is looked for in the measure's phrase and the verb's own prepositional
  phrases, not in a clause after them ("predicted a rise in sales after it opened 40 shops"); a
  figure in words ("two per cent") counts (belreader.quantities reads the figures).
- An apostrophe ("don't", "it's", "the Smiths' roof") is no quote mark: a quote of questions
  with one is still questions only, no claim.
- An opener that turns the passage to another subject ("Elsewhere,", "By contrast,", as
  "Meanwhile,") keeps "the chancellor" after it from being the person the passage was about.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_pairs = claim_rows("speaker content", opening="Port\n\n")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'Coach Jon Dorr praised the fans for their behaviour: "They showed great maturity and we are proud."',
            "Jon Dorr",
            "They showed great maturity and we are proud.",
        ),
        (
            "Ann Vell thanked the staff for their work: “It was a hard year and they never gave up.”",
            "Ann Vell",
            "It was a hard year and they never gave up.",
        ),
    ],
)
def test_praise_introducing_a_quote_leaves_the_quote(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_praise_for_a_deed_alone_is_still_no_claim() -> None:
    assert _pairs("Ann Vell thanked the staff for their hard work.") == []


def test_a_figure_in_words_makes_a_forecast_a_claim() -> None:
    assert _pairs("The Norland bank has forecast growth of two per cent in 2005.") == [
        ("The Norland bank", "growth of two per cent in 2005")
    ]


def test_a_figure_in_a_clause_after_the_forecast_is_not_its_figure() -> None:
    assert _pairs("Grobco predicted a rise in sales after it opened 40 shops.") == []


@pytest.mark.parametrize(
    "text",
    [
        '"How can they mend our roads when they don\'t pay for them?" Tom Pell said.',
        '"Why does nobody ask if it\'s safe?" Ann Vell said.',
        "\"Who will pay for the Smiths' roof? Why won't the council act?\" Ann Vell said.",
    ],
)
def test_a_question_with_an_apostrophe_is_still_only_a_question(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize("opener", ["Meanwhile,", "Elsewhere,", "By contrast,", "On the other hand,"])
def test_an_office_after_a_turning_opener_is_not_the_lead(opener: str) -> None:
    text = (
        "Pellow to face MPs\n\n"
        "Tom Pellow faces his first questions of the year after a week of talk about his ties with Jo Bellamy.\n\n"
        f"{opener} the chancellor is leaving Tarbury on a tour of Grobland. But before doing so, he insisted "
        "the party was united.\n\n"
        "Party chairman Jo Bellamy was not available for comment."
    )
    assert [(c.speaker_id, c.content) for c in claims_of(text)] == [(None, "the party was united")]
