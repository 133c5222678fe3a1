"""Attribution shapes that the fresh (blind) development set showed were missed or misread,
each on short sentences written for the purpose (none copied from any corpus)."""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import analysed, make_article

CASES = {
    # the sentence splitter cuts after a quote that closes with a full stop: '"..." said X.'
    "quote-full-stop-said": (
        'Shares in Grobco fell on Monday.\n\n"I think the market has run a little ahead of itself this year." said '
        "Ferrand Capital analyst Roger Pilkington."
    ),
    # a time or place phrase after a trailing attribution is not the content
    "trailing-said-during": (
        "Closing the rural schools would be a grave mistake, Senator Ada Mendoza has said during a visit to Leeds."
    ),
    # ... and a place in a modifier of an untagged title-and-name is not the speaker
    "title-name-of-place": (
        "The budget is a betrayal of trust, Governor Mendoza of Arizona has said during a visit to Britain."
    ),
    # a question put to someone is not their statement, nor does it make them the last speaker
    "asked-whether": (
        "Mr Hollis said the talks went well.\n\n"
        'Ivan Petrov was asked whether he thought the plan had made the city less safe. "Yes, absolutely," he said.'
    ),
    # "COUNTRY's High Commissioner said": the title speaks, not the country
    "possessive-title": "Ruritania's High Commissioner to Britain said some Ruritanians should integrate more.",
    # "The X newspaper said", then "The paper said" and "It said": the outlet speaks, and is the outlet
    "newspaper-said": (
        "The Daily Mirror newspaper said it had been handed a secret file about the minister's trip. The paper "
        "said the file had been found in a park by a jogger. It said the file listed his movements."
    ),
    # "the Grain Traders Association (GTA)": the letters in brackets are the same organisation
    "acronym": (
        "The Grain Traders Association (GTA) met the National Farmers Union on Monday. The GTA said prices would rise."
    ),
    # "market analysts Trendwick": a designator makes an organisation, which speaks
    "analysts-designator": "Market analysts Trendwick predicts that sales of tablets will double by 2008.",
}


@pytest.fixture(scope="module")
def analyses():
    return analysed(CASES)


def test_quote_closed_by_a_full_stop_then_said_is_a_claim(analyses):
    claims = analyses["quote-full-stop-said"].claims
    assert len(claims) == 1
    assert claims[0].speaker_id == "roger-pilkington"
    assert claims[0].content.startswith("I think the market has run")
    assert claims[0].direct_quote


def test_time_or_place_after_the_attribution_leaves_the_content_before_it(analyses):
    (claim,) = analyses["trailing-said-during"].claims
    assert claim.content == "Closing the rural schools would be a grave mistake"
    assert claim.speaker_id == "ada-mendoza"


def test_place_in_the_speakers_modifier_is_not_the_speaker(analyses):
    (claim,) = analyses["title-name-of-place"].claims
    assert claim.content == "The budget is a betrayal of trust"
    assert claim.speaker_id != "arizona"
    assert claim.speaker_id is None or "mendoza" in claim.speaker_id


def test_asked_whether_is_a_question_not_a_claim(analyses):
    claims = analyses["asked-whether"].claims
    assert not any("less safe" in c.content for c in claims)
    answer = next(c for c in claims if c.content.startswith("Yes"))
    assert answer.speaker_id == "ivan-petrov"


def test_possessive_title_speaks_not_the_possessor(analyses):
    (claim,) = analyses["possessive-title"].claims
    assert claim.speaker_id is None
    assert "should integrate more" in claim.content


def test_a_newspaper_speaks_and_is_the_outlet(analyses):
    claims = analyses["newspaper-said"].claims
    assert len(claims) == 3
    assert all(c.speaker_id == "daily-mirror" and "daily-mirror" in c.outlets for c in claims)


def test_a_paper_with_no_outlet_before_it_is_not_guessed():
    (analysis,) = nlp.analyze_many([make_article("Acme said profits rose. The paper said sales fell.", "paper")])
    assert not any(c.speaker_id and c.content == "sales fell" for c in analysis.claims)


def test_an_acronym_in_brackets_is_the_organisation_before_it(analyses):
    analysis = analyses["acronym"]
    ids = {m.entity_id for m in analysis.mentions if m.text in ("GTA", "Grain Traders Association")}
    assert len(ids) == 1
    (claim,) = analysis.claims
    assert claim.speaker_id in ids


def test_an_analysts_designator_makes_an_organisation_that_speaks(analyses):
    analysis = analyses["analysts-designator"]
    trendwick = next(e for e in analysis.entities if e.name == "Trendwick")
    assert trendwick.label == "ORG"
    (claim,) = analysis.claims
    assert claim.speaker_id == trendwick.id
