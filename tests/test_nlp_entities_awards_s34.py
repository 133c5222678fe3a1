"""Session 34 (issue 11, entity types on unseen news): an award named in its race ("X hopefuls
Tom Pell and Ida Varn", "X contenders", "the best actress X,") is an award,
not a person; and a body that gives awards ("the X games awards") and speaks ("X said") is an
organisation, not a person or a place. Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _labels(text: str) -> dict[str, str]:
    return {e.name: e.label for e in analyze(make_article(text)).entities}


@pytest.mark.parametrize(
    "text",
    [
        "Velt Days scoops film award. Oscar hopefuls Tom Pell and Ida Varn were both honoured.",
        "Bookmakers expect Ida Varn to take the best actress Oscar at the ceremony in March.",
        "Oscar contenders Velt Days and Grobco Nights did well at the box office.",
    ],
)
def test_an_award_named_in_its_race_is_no_person(text: str):
    assert _labels(text).get("Oscar") != "PERSON", _labels(text)


def test_a_body_that_gives_awards_and_speaks_is_an_organisation():
    text = "The puzzle took three Zelfa Awards. Tom Pell, who runs the Zelfa games awards, called it bold. Zelfa said entries rose."
    assert _labels(text).get("Zelfa") == "ORG", _labels(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her best friend Oscar said he was tired of the field.",
        "Oscar Pell said he was tired. Oscar said he would rest.",
    ],
)
def test_a_person_named_like_an_award_stays_a_person(text: str):
    assert "PERSON" in _labels(text).values(), _labels(text)
    assert _labels(text).get("Oscar", "PERSON") == "PERSON" and _labels(text).get("Oscar Pell", "PERSON") == "PERSON"


def test_an_oil_field_named_like_a_race_is_no_award():
    labels = _labels("The company raised targets for its Velt field in India. Its Velt field holds a billion barrels.")
    assert labels.get("Velt") != "EVENT", labels


# a patron's or a crowd's favourite ("Pellham favourite Tom Pell"), a place's hopefuls (a team's) and a
# best category the name does not close ("the best album Velta has made": its maker) name no award
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The post went to Pellham favourite Tom Pell, the paper said.", "Pellham"),
        ("Hollywood favourite Ida Varn will host the gala in May.", "Hollywood"),
        ("Critics say this is the best album Velta has made in years.", "Velta"),
        ("The Velton hopefuls face a hard test in the final round of the contest.", "Velton"),
    ],
)
def test_a_patron_a_place_or_a_maker_before_a_race_word_is_no_award(text: str, name: str):
    labels = {m.text: m.label for m in analyze(make_article(text)).mentions}
    assert labels.get(name) != "EVENT", labels


def test_a_category_prize_closed_by_its_own_word_is_an_award():
    assert _labels("Ida Varn is the best actress Oscar nominee this year.").get("Oscar") == "EVENT"
