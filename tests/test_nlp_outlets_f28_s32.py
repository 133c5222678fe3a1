"""Session 32 (round 2): a channel or a programme named as the medium of a claim ("told BBC
Radio 4's Today programme") is its broadcaster among the entities too, as the claim's outlet is
(the media gazetteer's `parent`, one home); a channel the article only writes about stays itself.
Invented sentences and people; the gazetteer's real outlets."""

from __future__ import annotations

from belreader import nlp

from nlp_util import make_article


def _entities(text: str) -> dict[str, list[str]]:
    analysis = nlp.analyze(make_article(text))
    return {e.id: e.aliases_seen for e in analysis.entities}


def test_a_channel_and_its_programme_told_are_the_broadcaster() -> None:
    text = (
        "Pell warns on farm payments\n\n"
        "Farm payments will be cut next year, Tom Pell told BBC Radio 4's Today programme. "
        '"We have no choice," he said.'
    )
    got = _entities(text)
    assert "bbc" in got and "BBC" in got["bbc"], got  # written "BBC" there (s39: GUIDE's form)
    assert "bbc-radio-4" not in got and "today-programme" not in got, got


def test_a_sports_channel_told_is_the_broadcaster() -> None:
    text = 'Pell to stay at Velt\n\nTom Pell told BBC Radio Five Live: "I am staying at Velt for another year."'
    got = _entities(text)
    assert "bbc" in got and "BBC" in got["bbc"], got  # written "BBC" there (s39: GUIDE's form)


def test_a_channel_written_about_stays_itself() -> None:
    text = (
        "New comedy for BBC Three\n\n"
        "BBC Three will show a new comedy by Tom Pell in May. "
        'The channel said the show was "a bold step".'
    )
    got = _entities(text)
    assert "bbc-three" in got, got


def test_a_channel_that_speaks_stays_itself() -> None:
    text = (
        "Strike plan\n\n"
        "The dockers will strike next week, Sky News reported on Monday. "
        'Tom Pell told Sky News: "We have no choice."'
    )
    analysis = nlp.analyze(make_article(text))
    got = {e.id for e in analysis.entities}
    assert "sky-news" in got, got
