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


# ---- a party's plural opening a sentence where the article writes it in lower case


def test_a_plural_opening_a_sentence_beside_its_lower_case_is_no_party_and_no_speaker():
    text = (
        "Velt MPs threaten a mobile deal. Conservatives in parliament say Grobco's stake should be cut. "
        "Parliament, dominated by religious conservatives, will vote on Tuesday."
    )
    analysis = analyze(make_article(text))
    assert "conservative-party" not in {m.entity_id for m in analysis.mentions}, analysis.mentions
    assert [c.speaker_id for c in analysis.claims] == [None], analysis.claims


@pytest.mark.parametrize(
    "text",
    [
        # the capital inside a sentence too: the party
        "Conservatives say the tax plan is wrong. Some conservatives disagree, and the Conservatives will vote against it.",
        # the party's nation written
        "Conservatives say the tax plan is wrong, and British voters agree. Many conservatives disagree.",
        # no lower-case word
        "Conservatives say the tax plan is wrong. Tom Pell said the vote was lost.",
    ],
)
def test_a_plural_opening_a_sentence_stays_the_party(text):
    analysis = analyze(make_article(text))
    assert "conservative-party" in {m.entity_id for m in analysis.mentions}, analysis.mentions
    assert "conservative-party" in {c.speaker_id for c in analysis.claims}, analysis.claims


# ---- "led by" a person the article gives another country's post


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Canada go to the polls on Monday. The Conservatives, led by Tom Pell, are ahead. "
        "Canadian opposition leader Tom Pell said taxes would fall.",
        "Voters go to the polls on Monday. The Conservatives, led by Tom Pell, are ahead. "
        "Canada's opposition leader Tom Pell said taxes would fall.",
    ],
)
def test_a_party_led_by_another_countrys_leader_is_not_the_tables_party(text):
    analysis = analyze(make_article(text))
    assert "conservative-party" not in {m.entity_id for m in analysis.mentions}, analysis.mentions
    assert [c.speaker_id for c in analysis.claims] == ["tom-pell"], analysis.claims


@pytest.mark.parametrize(
    "text",
    [
        # the leader's post is the party's own nation's
        "The Conservatives, led by Tom Pell, are ahead. British opposition leader Tom Pell said taxes would fall.",
        # another country's word, but not the leader's post
        "Labour, led by Tom Pell, is ahead. Tom Pell met Canadian leaders in Ottawa.",
        # no tie at all: today's reading stays
        "Voters in Canada go to the polls on Monday. The Conservatives, led by Tom Pell, are ahead.",
    ],
)
def test_a_party_led_by_a_leader_of_no_other_country_stays(text):
    ids = {m.entity_id for m in analyze(make_article(text)).mentions}
    assert ids & {"conservative-party", "labour-party"}, ids
