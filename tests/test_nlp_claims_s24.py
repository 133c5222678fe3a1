"""Claim extraction shapes of session 24 (round 1), on sentences written for the purpose (none
copied from any corpus).

- Every document noun reports ("analysis by the firm has found", "An audit of the books found",
  "The review of the scheme found"), not only the few the cheap pre-filter knew.
- A name inside a document's phrase is its author only when the phrase ties it so ("figures from
  X", "X figures"); "Investigations carried out after Ms Vell's resignation found ..." has no
  named speaker (Ms Vell wrote nothing); "... following analysis which showed that ...": the
  speaker is the analysis, not the words before it.
- "praised the police for their action", "thanked Ms Dorr for her services": thanks for a deed the
  addressee owns is no claim (a noun object); a deed told with a verb or in quoted words stays,
  and the praiser is still the "he" of a quote after it.
- "The bank has forecast growth of 1.9% in 2005": a forecast's noun object with a figure is a
  prediction stated (as "forecast that growth will be 1.9%"); without a figure, no claim.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_ids = claim_rows("speaker_id content", opening="Port\n\n")


_pairs = claim_rows("speaker content", opening="Port\n\n")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Hot water accounts for just over 15% of all energy use in Norland homes, analysis by the firm has found.",
            "analysis by the firm",
            "Hot water accounts for just over 15% of all energy use in Norland homes",
        ),
        (
            "An audit of the council's books found the money had been spent on roads.",
            "An audit of the council's books",
            "the money had been spent on roads",
        ),
        (
            "The review of the scheme found most of the grants went to large farms.",
            "The review of the scheme",
            "most of the grants went to large farms",
        ),
    ],
)
def test_every_document_noun_reports(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_a_name_the_document_tells_of_is_not_its_author() -> None:
    text = (
        "The minister Ann Vell resigned last year. Investigations carried out in the wake of Ms Vell's "
        "resignation found more than 300 people had entered Norland under the scheme."
    )
    claims = claims_of("Port\n\n" + text)
    assert [(c.speaker_id, c.content) for c in claims] == [
        (None, "more than 300 people had entered Norland under the scheme")
    ]
    assert claims[0].speaker.startswith("Investigations")


@pytest.mark.parametrize(
    "text",
    [
        "Norco is a chain of shops. Figures released on Friday by Norco show that sales rose by 3% in the spring.",
        "Norco is a chain of shops. Sales rose by 3% in the spring, Norco figures show.",
    ],
)
def test_the_author_of_figures_is_their_speaker(text: str) -> None:
    assert [speaker for speaker, _ in _ids(text)] == ["norco"]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Vell, the justice minister, praised the police for their action.",
        "Ann Vell thanked Ms Dorr for her services to the company.",
        "Ann Vell praised the clubs for their work in tackling the problem.",
    ],
)
def test_praise_for_a_deed_the_addressee_owns_is_no_claim(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Ann Vell praised him for his "sensational start" in the film.',
            'him for his "sensational start" in the film',
        ),
        (
            'Ann Vell thanked the crew for sitting through "endless rehearsals" before the tour began.',
            'the crew for sitting through "endless rehearsals" before the tour began',
        ),
        ("Ann Vell criticised the council for its handling of the flood.", "the council for its handling of the flood"),
    ],
)
def test_praise_with_a_deed_told_and_blame_stay_claims(text: str, content: str) -> None:
    assert _ids(text) == [("ann-vell", content)]


def test_a_document_heading_a_relative_clause_is_the_speaker() -> None:
    text = (
        "Grobco is a games firm. It issued the warning following analysis which showed that traffic on "
        "its network rose fourfold on the launch day."
    )
    assert _pairs(text) == [("analysis", "traffic on its network rose fourfold on the launch day")]


def test_the_praiser_is_still_the_pronoun_of_the_quote_after() -> None:
    text = (
        'The two choirs met on Sunday and Tom Pell added: "We nearly cancelled the concert but chose to sing '
        'on." Festival director Jon Dorr praised the volunteers at the hall for their patience. "I want to '
        'single out the stewards, who kept everyone calm all night," he said.'
    )
    assert _ids(text) == [
        ("tom-pell", "We nearly cancelled the concert but chose to sing on."),
        ("jon-dorr", "I want to single out the stewards, who kept everyone calm all night"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Norland central bank has forecast economic growth of 1.9% in 2005.",
            "economic growth of 1.9% in 2005",
        ),
        (
            "The Norland central bank has forecast economic growth in the region of 1.9% in 2005.",
            "economic growth in the region of 1.9% in 2005",
        ),
        (
            "Grobco now forecasts 2006 turnover of £80m to £85m and profits of 9p per share.",
            "2006 turnover of £80m to £85m and profits of 9p per share",
        ),
        (
            "Grobco has forecast an operating loss of 31bn yen over the next twelve months.",
            "an operating loss of 31bn yen over the next twelve months",
        ),
    ],
)
def test_a_forecast_figure_is_a_claim(text: str, content: str) -> None:
    assert [c for _, c in _pairs(text)] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Pell predicted the winner of the race.",
        "Grobco forecast a good year for its shops.",
        "Grobco forecast record sales for 2005.",
        "Grobco has forecast a rise in sales.",
    ],
)
def test_a_forecast_without_a_figure_is_no_claim(text: str) -> None:
    assert _pairs(text) == []
