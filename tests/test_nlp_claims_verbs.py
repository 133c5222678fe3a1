"""Reporting verbs of agreement and concession, and admissions with an object (session 10), on
sentences written for the purpose (none copied from any corpus).

"agreed that ...", "accepts that ...", "hinted that ...", "doubts that ..." report a statement; the
same verbs with an infinitive or an object report an act ("agreed to a deal", "accepted the offer"),
which is no claim. "admitted fraud" and "refuted any wrongdoing" report with their object, like
"denied" (a plea to charges, "admitted two charges of fraud", is none); "makes claims that ..." reports its "that" clause; "has neither confirmed nor denied"
states nothing either way."""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import make_article

FOUND = {
    "agreed-that": (
        "Chip maker Tom Pell agreed that the new handset could sell well in Asia.",
        "tom-pell",
        "agree",
        "the new handset could sell well in Asia",
    ),
    "agreed-after-content": (
        "Rail fares\n\nFares will have to rise again next spring, the two regulators agreed.",
        None,
        "agree",
        "Fares will have to rise again next spring",
    ),
    "agreed-with-someone-that": (
        "Farm minister Rosa Vell agreed with the other ministers of the region that the quota was too low.",
        "rosa-vell",
        "agree",
        "the quota was too low",
    ),
    "accepts-that": (
        "Coach Dan Orrin accepts that his side lacked pace in the second half.",
        "dan-orrin",
        "accept",
        "his side lacked pace in the second half",
    ),
    "hinted-that": (
        "Mayor Ida Kerr hinted that the tram line might be extended to the airport.",
        "ida-kerr",
        "hint",
        "the tram line might be extended to the airport",
    ),
    "admitted-object": (
        "Former trader Sam Holt admitted his part in the fraud at his trial.",
        "sam-holt",
        "admit",
        "his part in the fraud at his trial",
    ),
    "refuted-object": (
        "Chairman Lee Marsh flatly refuted the charges against him.",
        "lee-marsh",
        "refute",
        "the charges against him",
    ),
    "makes-claims-that": (
        "Singer Joe Rand makes claims that he was cheated by his first label in the new song.",
        "joe-rand",
        "claim",
        "he was cheated by his first label in the new song",
    ),
    "made-allegations-that": (
        "Ann Price, a nurse, made allegations that patients had been left without food.",
        "ann-price",
        "allege",
        "patients had been left without food",
    ),
}

NOT_CLAIMS = {
    "agreed-to-a-deal": "Retailer Tom Pell agreed to a deal with the bank on Monday.",
    "agreed-to-pay": "The club agreed to pay the fine before the hearing in May.",
    "agreed-on": "The two unions agreed on a new pay scale last week.",
    "pact-agreed-in": "The treaty gives the port to the city, part of a pact agreed in 1990.",
    "accepted-offer": "Engineer Rosa Vell accepted the offer from the rival firm.",
    "hinted-at": "Mayor Ida Kerr hinted at a change of route.",
    "neither-nor": "The bank has neither confirmed nor denied the takeover talks.",
    "neither-admitted": "The insurer has neither admitted nor denied liability for the flood.",
    "made-claims-for": "The shop made claims for damages after the flood.",
    "made-a-claim-that-was": "Ann Price, a nurse, made a claim that was rejected by the tribunal.",
    # a plea to charges, like "denied the charges" (session 29)
    "admitted-charges": "Former trader Sam Holt admitted two charges of fraud at his trial.",
    "refusal-to-admit": "The board's stubborn refusal to admit the scale of the debt angered the shareholders.",
}


@pytest.fixture(scope="module")
def analysed():
    texts = {key: case[0] for key, case in FOUND.items()} | NOT_CLAIMS
    articles = [make_article(text, key) for key, text in texts.items()]
    return {a.article_id: a.claims for a in nlp.analyze_many(articles)}


@pytest.mark.parametrize("key", sorted(FOUND))
def test_reporting_verb_is_found(analysed, key):
    _, speaker_id, verb, content = FOUND[key]
    found = [c for c in analysed[key] if c.verb == verb]
    assert len(found) == 1, [(c.verb, c.content) for c in analysed[key]]
    assert found[0].content == content
    assert found[0].speaker_id == speaker_id


@pytest.mark.parametrize("key", sorted(NOT_CLAIMS))
def test_an_act_is_no_statement(analysed, key):
    assert analysed[key] == [], [(c.verb, c.content) for c in analysed[key]]
