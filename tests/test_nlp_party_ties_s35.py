"""Session 35 (issue 11): a party's name the text ties to another country is not the table's party
of its own nation: "Arvania's Conservatives", "the Conservatives in Arvania", "Arvania's Liberal
Democratic Party". With no such tie (a UK story about Iraq, "Labour's Iraq policy", "Labour in
Scotland") the party stays. Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity_id) for m in analyze(make_article(text)).mentions]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("The Conservatives in Iran won most seats, said Tom Pell.", "conservative-party"),
        ("The Greens in Germany gained seats, and Tom Pell said the count was fair.", "green-party"),
        ("Japan's Democratic Party lost the vote, said Tom Pell.", "democratic-party"),
        ("Japan's Liberal Democratic Party won the vote in Grobtown.", "democratic-party"),
    ],
)
def test_a_party_tied_to_another_country_is_not_the_tables_party(text, party):
    mentions = _mentions(text)
    assert party not in {i for _, i in mentions}, mentions


def test_another_countrys_party_with_words_before_the_tables_name_is_its_own():
    mentions = _mentions("Japan's Liberal Democratic Party won the vote in Grobtown.")
    assert ("Liberal Democratic Party", "liberal-democratic-party") in mentions, mentions


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Labour in Scotland has lost ground, said Tom Pell.", "labour-party"),
        ("Britain's Conservatives met in Velt, said Tom Pell.", "conservative-party"),
        ("Labour's Iraq policy was attacked by Tom Pell on Monday.", "labour-party"),
        ("Tom Pell's Labour won in Velt.", "labour-party"),
        ("America's Democrats met in Velt, said Tom Pell.", "democratic-party"),
        (
            "The Conservatives have said that troops should leave Iraq by next year. Iraq's elections are due.",
            "conservative-party",
        ),
        (
            "The Tories want troops out of Iraq. Tom Pell told reporters that Iraq needed a timetable.",
            "conservative-party",
        ),
    ],
)
def test_a_party_with_no_tie_to_another_country_stays(text, party):
    mentions = _mentions(text)
    assert party in {i for _, i in mentions}, mentions
