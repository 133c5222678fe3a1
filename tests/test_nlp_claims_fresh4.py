"""Attribution shapes of general news that the blind sets had not yet shown, found by probing
belreader with sentences written for the purpose (none copied from any corpus). A wrong speaker
is worse than an unresolved one: where the text does not settle who spoke, the tests accept no
speaker but never the wrong one."""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import make_article

CASES = {
    # "..., according to X, an analyst at Y.": the apposition describes the source, the content
    # is what comes before
    "according-apposition": "Bid talk\n\nThe deal is worth £2bn, according to Tom Pell, an analyst at Fenwick.",
    "according-relative": (
        "Bid talk\n\nSales will grow, according to Jane Holt, the firm's new boss, who took over in May."
    ),
    # "According to X, chief executive of Y, ...": the apposition is not part of the content
    "according-opening": "Bid talk\n\nAccording to Jane Holt, chief executive of Grobco, sales fell sharply.",
    # ... but a time phrase after the source is part of the content
    "according-time": "Bid talk\n\nAccording to Jane Holt, last year, sales fell sharply.",
    # "X was quoted by OUTLET as saying ...": X speaks, the outlet reports
    "quoted-by": (
        "Bid talk\n\nGrobco shares rose on Monday. Tom Pell was quoted by the Financial Times as saying "
        "the firm would not sell its stake."
    ),
    # '"A," X said, "B."': one quotation around the attribution, both halves the content
    "split-quote": 'Bid talk\n\n"We will grow," Tom Pell said, "and we will hire more staff next year."',
    "split-quote-inverted": 'Bid talk\n\n"We will grow," said Jane Holt, "but not at any price."',
}


@pytest.fixture(scope="module")
def analyses():
    articles = [make_article(text, key) for key, text in CASES.items()]
    return {a.article_id: a for a in nlp.analyze_many(articles)}


def _claim(analysis, fragment: str):
    found = [c for c in analysis.claims if fragment in c.content]
    assert found, f"no claim holding {fragment!r}: {[c.content for c in analysis.claims]}"
    return found[0]


def test_according_to_a_source_with_an_apposition_after_it(analyses):
    analysis = analyses["according-apposition"]
    claim = _claim(analysis, "The deal is worth")
    assert claim.speaker_id == "tom-pell"
    assert claim.content == "The deal is worth £2bn"
    assert not any("analyst at" in c.content for c in analysis.claims)


def test_according_to_a_source_with_a_relative_clause_after_it(analyses):
    claim = _claim(analyses["according-relative"], "Sales will grow")
    assert claim.speaker_id == "jane-holt"
    assert "took over" not in claim.content


def test_according_to_opening_a_sentence_skips_the_apposition(analyses):
    claim = _claim(analyses["according-opening"], "sales fell sharply")
    assert claim.speaker_id == "jane-holt"
    assert claim.content == "sales fell sharply"


def test_according_to_keeps_a_time_phrase_in_the_content(analyses):
    claim = _claim(analyses["according-time"], "sales fell sharply")
    assert claim.content.startswith("last year")


def test_quoted_by_an_outlet_is_the_subject_speaking_to_it(analyses):
    analysis = analyses["quoted-by"]
    claim = _claim(analysis, "would not sell its stake")
    assert claim.speaker_id == "tom-pell"
    assert claim.content == "the firm would not sell its stake"
    assert claim.outlets == ["financial-times"]
    assert not any(c.speaker_id == "financial-times" for c in analysis.claims)


@pytest.mark.parametrize(
    ("key", "first", "second", "speaker"),
    [
        ("split-quote", "We will grow", "hire more staff", "tom-pell"),
        ("split-quote-inverted", "We will grow", "not at any price", "jane-holt"),
    ],
)
def test_a_quotation_split_by_its_attribution_is_one_claim(analyses, key, first, second, speaker):
    analysis = analyses[key]
    claim = _claim(analysis, second)
    assert first in claim.content
    assert claim.speaker_id == speaker
    assert claim.direct_quote
    assert "said" not in claim.content
    assert len(analysis.claims) == 1
