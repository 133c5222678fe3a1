"""Speakers, session 28 (second review, wrong before the session): "NAME, met the TITLE, ..." read the words
after the comma as NAME's title, a verb and all, so "The Mayor of Dorran said" went to the Mayor of Grobton
who met her. A verb after the comma is no apposition (an irregular past too: "met", "led", "took").
Sentences written for the purpose."""

from __future__ import annotations

from nlp_util import claims_of


def _speaker_id(text: str) -> str | None:
    claims = [c for c in claims_of(text) if c.content.startswith("the talks went well")]
    assert len(claims) == 1, [(c.speaker, c.content) for c in claims_of(text)]
    return claims[0].speaker_id


def test_a_verb_after_the_comma_is_no_title_of_the_name_before() -> None:
    text = (
        "Quay\n\nThe Mayor of Grobton, Tom Pell, met the Mayor of Dorran, Ann Lee, on Monday.\n\n"
        "The Mayor of Dorran said the talks went well."
    )
    assert _speaker_id(text) != "tom-pell"


def test_an_irregular_past_after_the_comma_gives_no_title() -> None:
    text = (
        "Quay\n\nTom Pell, took the Bishop of Westmarch to the hall on Monday.\n\n"
        "The Bishop of Westmarch said the talks went well."
    )
    assert _speaker_id(text) != "tom-pell"


def test_a_title_in_apposition_still_ties() -> None:
    text = "Quay\n\nTom Pell, the Mayor of Grobton, opened the hall.\n\nThe Mayor of Grobton said the talks went well."
    assert _speaker_id(text) == "tom-pell"
