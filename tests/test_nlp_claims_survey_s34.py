"""Session 34 (issue 11): a document by two names ("a survey by X and Y") has neither as its
speaker, even where the model typed one of them as no body (a person, a place); a document by one
body keeps it, and so does a document by one body whose name is followed by an apposition ("a
survey by Grobco Holdings, the UK's biggest pollster,"): a comma joins a second author only in a
list closed by "and"/"&". Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _claims(text: str) -> list[tuple[str, str | None]]:
    return [(c.speaker, c.speaker_id) for c in analyze(make_article(text)).claims]


@pytest.mark.parametrize(
    "text",
    [
        "A poll by Ida Varn and Symtec showed that most drivers speed.",
        "A poll by Ida Varn and Grobco Holdings showed that most drivers speed.",
        "A poll by Velton and Grobco Holdings showed that most drivers speed.",
        "A poll by Grobco Holdings and Velt Research showed that most drivers speed.",
    ],
)
def test_a_survey_by_two_names_has_neither_as_its_speaker(text: str):
    claims = _claims(text)
    assert claims and all(speaker_id is None and speaker.startswith("A poll by") for speaker, speaker_id in claims), (
        claims
    )


def test_a_survey_by_one_body_keeps_it_as_its_speaker():
    assert _claims("A study by Grobco Holdings found that few pupils walk to school.") == [
        ("Grobco Holdings", "grobco-holdings")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A survey by Grobco Holdings, the UK's biggest pollster, found that 90% of voters are unhappy.",
            ("Grobco Holdings", "grobco-holdings"),
        ),
        (
            "A report by the Velt Workers Union, London, found that 90% of staff are unhappy.",
            ("Velt Workers Union", "velt-workers-union"),
        ),
        (
            "A study by Grobco Holdings, Tom Pell's firm, found that most staff are unhappy.",
            ("Grobco Holdings", "grobco-holdings"),
        ),
    ],
)
def test_a_name_in_apposition_to_the_maker_is_no_second_author(text: str, expected: tuple[str, str]):
    assert _claims(text) == [expected]
