"""Session 34 (issue 11): a document by two names ("a survey by X and Y") has neither as its
speaker, even where the model typed one of them as no body (a person, a place); a document by one
body keeps it. Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.speaker_id) for c in analyze(make_article(text)).claims]


@pytest.mark.parametrize(
    "text",
    [
        "A recent survey by Ida Varn and Symtec found that 90% of PCs are infested.",
        "A recent survey by Ida Varn and Grobco Holdings found that 90% of PCs are infested.",
        "A recent survey by Velton and Grobco Holdings found that 90% of PCs are infested.",
    ],
)
def test_a_survey_by_two_names_has_neither_as_its_speaker(text: str):
    claims = _claims(text)
    assert claims and all(
        speaker_id is None and speaker.startswith("A recent survey") for speaker, speaker_id in claims
    ), claims


def test_a_survey_by_one_body_keeps_it_as_its_speaker():
    assert _claims("A survey by Grobco Holdings found that many men prefer to shop online.") == [
        ("Grobco Holdings", "grobco-holdings")
    ]
