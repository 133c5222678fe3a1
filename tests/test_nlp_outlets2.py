"""Outlet shapes a blind development set showed lost (issue 11, pattern 3), on short sentences
written for the purpose: "told the paper" after a newspaper was named, an outlet the table does
not know but whose name says what it is, and a channel owned by a media group."""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp.aliases import load_table

from nlp_util import analysed, make_article

CASES = {
    "told-the-paper": (
        'Party strategists told the Sunday Times the plan was ready.\n\n"We will win," the source told the paper.'
    ),
    # two outlets before, only one of them a newspaper
    "the-paper-of-two": (
        'Tom Hale told Sky News he was ready. Ann Lee told the Guardian the plan was fair.\n\n"We will win," '
        "she told the paper."
    ),
    "named-radio": 'Mr Hale told Midshire Radio: "It is such a pity."',
    # named but not addressed: no outlet of the claim
    "named-not-told": "The editor of the Borough Gazette was worried, but Tom Hale insisted the poster was fine.",
}


@pytest.fixture(scope="module")
def analyses():
    return analysed(CASES)


def test_told_the_paper_is_the_newspaper_named_before(analyses):
    claims = analyses["told-the-paper"].claims
    assert [c.outlets for c in claims] == [["sunday-times"], ["sunday-times"]]


def test_told_the_paper_picks_the_newspaper_not_the_channel(analyses):
    claims = analyses["the-paper-of-two"].claims
    assert claims[-1].content.startswith("We will win")
    assert claims[-1].outlets == [load_table().canonical("Guardian")]


def test_an_outlet_the_table_does_not_know_counts_by_its_name_where_it_is_told(analyses):
    (claim,) = analyses["named-radio"].claims
    assert claim.outlets == ["midshire-radio"]


def test_an_outlet_named_by_the_way_is_not_the_claims(analyses):
    (claim,) = analyses["named-not-told"].claims
    assert claim.outlets == []


def test_a_channel_owned_by_a_media_group_is_the_outlet_itself_and_a_programme_its_broadcaster():
    table = load_table()
    assert table.outlet("fox-news") == "fox-news"
    assert table.outlet("sky-news") == "bskyb"
    assert table.outlet(table.canonical("Today programme")) == "bbc"


def test_a_world_service_programme_is_the_bbcs():
    table = load_table()
    assert table.outlet(table.canonical("World Business Report")) == "bbc"
    assert table.outlet(table.canonical("Newshour")) == "bbc"


def test_told_a_world_service_programme_gives_the_bbc_as_outlet():
    (analysis,) = nlp.analyze_many(
        [make_article("The company's chief executive, Tom Hale, told World Business Report the deal was safe.", "wbr")]
    )
    (claim,) = analysis.claims
    assert claim.outlets and load_table().outlet(claim.outlets[0]) == "bbc"
