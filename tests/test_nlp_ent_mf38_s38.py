"""Session 38 final-read mends (mf38) of entity rules: a gadget's brand is its maker only beside a
model's name (capitals then a digit: "Velmar QV-10"), never beside a name's next word or a year
("Velkovo Council", "London 2012")."""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _labels(text: str, word: str) -> list[str]:
    return [m.label for m in analyze(make_article(text)).mentions if m.text == word]


def test_a_place_before_a_bodys_name_is_no_gadget_maker() -> None:
    text = "Police in Velkovo found a Velkovo digital camera in the car.\n\nVelkovo Council said the road would reopen."
    assert "ORG" not in _labels(text, "Velkovo")


def test_a_place_before_a_year_is_no_gadget_maker() -> None:
    text = "Volunteers at the Tarnby 2012 Games were each given a Tarnby watch.\n\nThe games cost 9m euros."
    assert "ORG" not in _labels(text, "Tarnby")


def test_a_brand_beside_a_model_with_letters_and_digits_is_the_maker() -> None:
    text = "The Velmar pocket calculator was a hit in 1980, and the Velmar X100 camera followed."
    labels = _labels(text, "Velmar")
    assert labels and set(labels) == {"ORG"}, labels


def test_a_city_ending_in_ian_after_a_factory_in_is_a_place() -> None:
    text = "Grobco makes its chips at a factory in Dalian.\n\nThe firm said sales had risen."
    assert "PLACE" in _labels(text, "Dalian")


def test_a_town_ending_in_ian_after_a_farm_in_is_a_place() -> None:
    assert "PLACE" in _labels("Ana Velt grew up on a farm in Merivian.\n\nShe moved to Tarbury in 1990.", "Merivian")


def test_a_language_after_sung_in_stays_no_place() -> None:
    assert "PLACE" not in _labels("The hymn was sung in Cornish.\n\nThe choir has 40 members.", "Cornish")
