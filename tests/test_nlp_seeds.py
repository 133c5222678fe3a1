"""The seeds: key claims with speaker, content and outlet; sources; related claims; the cache."""

from __future__ import annotations

import json
import tomllib

import pytest

from belreader import nlp
from belreader.nlp import pipeline
from belreader.nlp.records import Analysis, Claim

from nlp_util import REPO, SEED_IDS, claim_with, seed_articles

EXPECTED = REPO / "bench" / "nlp_expected.toml"


@pytest.fixture(scope="module")
def articles():
    return seed_articles()


@pytest.fixture(scope="module")
def analyses(articles):
    return nlp.analyze_many(articles)


@pytest.fixture(scope="module")
def by_id(analyses):
    return {a.article_id: a for a in analyses}


def key_claims():
    with EXPECTED.open("rb") as handle:
        data = tomllib.load(handle)
    for article in data["article"]:
        for claim in article.get("claims", []):
            if claim.get("key"):
                yield pytest.param(article["id"], claim, id=f"{article['id'][:3]}-{claim['contains'][:30]}")


@pytest.mark.parametrize(("article_id", "expected"), list(key_claims()))
def test_key_claims_of_the_seeds(by_id, article_id, expected):
    analysis = by_id[article_id]
    if expected["speaker"]:
        claim = claim_with(analysis, expected["speaker"], expected["contains"])
    else:
        claim = next(
            (
                c
                for c in analysis.claims
                if expected["contains"] in c.content and expected["speaker_text"].lower() in c.speaker.lower()
            ),
            None,
        )
    assert claim is not None, [(c.speaker_id, c.content[:60]) for c in analysis.claims]
    assert set(expected.get("outlets", [])) <= set(claim.outlets)
    assert claim.negated == expected.get("negated", False)


def test_peskov_on_legitimacy_is_a_direct_quote_through_tass(by_id):
    claim = claim_with(by_id[SEED_IDS["000"]], "peskov", "Lukashenka is the legitimate president")
    assert claim.verb == "declare" and claim.direct_quote
    assert claim.outlets == ["tass"] and claim.dates == ["September 14"]
    assert claim.content.startswith("Lukashenka is the legitimate president of Belarus")


def test_according_to_peskov(by_id):
    claim = claim_with(by_id[SEED_IDS["000"]], "peskov", "Setting up a Russian military base")
    assert claim.verb == "according to" and claim.direct_quote and claim.negated
    assert claim.content.endswith("This matter is not on the agenda")  # the quote runs over two sentences
    assert claim.outlets == ["tass"]


def test_seed_004_claims(by_id):
    analysis = by_id[SEED_IDS["004"]]
    told = claim_with(analysis, "lukashenka", "Particular attention")
    assert told.verb == "tell" and told.direct_quote
    kuleba = claim_with(analysis, "kuleba", "red lines")
    assert kuleba.verb == "say" and kuleba.speaker == "Dmytro Kuleba"
    yakovina = claim_with(analysis, "yakovina", "may have changed")
    assert yakovina.outlets == ["nv-radio"]


def test_claims_lie_in_the_cleaned_body(articles, by_id):
    for article in articles:
        analysis = by_id[article.id]
        # ids are where the content starts (with its end too when two claims start there), unique,
        # in text order (session 40: numbered ids named another claim after a re-analysis)
        assert len({c.id for c in analysis.claims}) == len(analysis.claims)
        assert [c.id for c in analysis.claims] == sorted(c.id for c in analysis.claims)
        for claim in analysis.claims:
            assert claim.id in (
                Claim.make_id(article.id, claim.start),
                Claim.make_id(article.id, claim.start, claim.end),
            )
            assert 0 <= claim.sentence_start <= claim.start < claim.end <= claim.sentence_end <= len(article.body)
            assert not article.paragraphs[claim.paragraph].is_heading
        # reader comments under seed 000 are boilerplate: they never yield claims
        assert not any("Tungsten" in c.content or "Mexican cession" in c.content for c in analysis.claims)


def source_ids(analysis, kind=None):
    return {s.id for s in analysis.sources if kind is None or s.kind == kind}


def test_sources_per_article(by_id):
    s000 = by_id[SEED_IDS["000"]]
    # "RT" and "Russia Today" (its former name) are one source
    assert source_ids(s000) == {"jamestown-foundation", "rt", "tass", "interfax", "rbc", "russia-1"}
    assert source_ids(s000, "publisher") == {"jamestown-foundation"}
    tass = next(s for s in s000.sources if s.id == "tass")
    # (6 since s39: Lukashenka's "gave reassurance in his opening remarks that ..." is a claim of
    # the paragraph the "(Russia-1 TV, August 27; TASS, September 14)" citation closes)
    assert (tass.name, tass.kind, tass.claim_count) == ("TASS", "agency", 6)
    assert next(s for s in s000.sources if s.id == "russia-1").name == "Russia-1 TV"

    s002 = by_id[SEED_IDS["002"]]
    assert {"kommersant", "pul-pervovo", "atlantic-council"} <= source_ids(s002)
    assert next(s for s in s002.sources if s.id == "pul-pervovo").kind == "channel"
    assert source_ids(s002, "author") == {"brian-whitmore"}

    s003 = by_id[SEED_IDS["003"]]
    assert {"moscow-times", "telegram"} <= source_ids(s003)
    assert next(s for s in s003.sources if s.id == "moscow-times").claim_count == 2


def test_corpus_sources(analyses):
    rows = {row["id"]: row for row in nlp.corpus_sources(analyses)}
    assert [a["article_id"] for a in rows["tass"]["articles"]] == [SEED_IDS["000"]]
    assert rows["tass"]["kind"] == "agency" and rows["tass"]["name"] == "TASS"
    assert [a["article_id"] for a in rows["moscow-times"]["articles"]] == [SEED_IDS["003"]]
    assert rows["moscow-times"]["articles"][0]["claim_count"] == 2
    assert set(rows) >= {"rt", "interfax", "rbc", "kommersant", "nv-radio", "pul-pervovo"}


LOAN = {"000": "$1.5 billion loan", "001": "$1.5 billion loan", "003": "$1.5 billion loan"}


def loan_claims(by_id):
    return {
        key: next(c for c in by_id[SEED_IDS[key]].claims if fragment in c.content) for key, fragment in LOAN.items()
    }


def test_loan_accounts_find_each_other_at_the_top(analyses, by_id):
    loans = loan_claims(by_id)
    for key, claim in loans.items():
        ranked = nlp.related_claims(claim, analyses, limit=5)
        top_two = {c.id for c, _ in ranked[:2]}
        assert top_two == {c.id for k, c in loans.items() if k != key}, [(c.id, s, c.content[:40]) for c, s in ranked]
        assert all(c.article_id != claim.article_id for c, _ in ranked)
        scores = [s for _, s in ranked]
        assert scores == sorted(scores, reverse=True)
        # claims that merely share Belarus or Lukashenka are far behind
        assert all(s < ranked[1][1] / 2 for _, s in ranked[2:])


def test_shared_frequent_entities_alone_score_low(analyses, by_id):
    # "He ... said Belarus would never allow ...": Lukashenka, though "He" is left unresolved
    # (a man spoke in an earlier paragraph and another was named since)
    claim = next(c for c in by_id[SEED_IDS["004"]].claims if "Belarus would never allow" in c.content)
    ranked = nlp.related_claims(claim, analyses, limit=10)
    loans = {c.id for c in loan_claims(by_id).values()}
    best = dict((c.id, s) for c, s in nlp.related_claims(next(iter(loan_claims(by_id).values())), analyses))
    assert all(score < min(best[i] for i in best if i in loans) for _, score in ranked)


def test_analysis_round_trips_through_json(analyses):
    for analysis in analyses:
        data = json.loads(json.dumps(analysis.to_dict()))
        assert Analysis.from_dict(data) == analysis


def test_cache_by_content_hash_runs_no_nlp_the_second_time(articles, tmp_path, monkeypatch):
    first = nlp.analyze_many(articles[:2], cache_dir=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 2

    def no_nlp(*args, **kwargs):
        raise AssertionError("NLP ran although everything was cached")

    monkeypatch.setattr(pipeline, "_analyze_spacy", no_nlp)
    monkeypatch.setattr(pipeline, "_analyze_rules", no_nlp)
    progress = []
    second = nlp.analyze_many(
        articles[:2], cache_dir=tmp_path, progress=lambda done, total: progress.append((done, total))
    )
    assert second == first
    assert progress[-1] == (2, 2)


def test_cache_version_invalidates(articles, tmp_path, monkeypatch):
    nlp.analyze_many(articles[:1], cache_dir=tmp_path)
    monkeypatch.setattr(pipeline, "CACHE_VERSION", pipeline.CACHE_VERSION + "-next")
    calls = []
    real = pipeline._analyze_spacy

    def counting(batch, *args, **kwargs):
        calls.append(len(batch))
        return real(batch, *args, **kwargs)

    monkeypatch.setattr(pipeline, "_analyze_spacy", counting)
    nlp.analyze_many(articles[:1], cache_dir=tmp_path)
    assert calls == [1]
    assert len(list(tmp_path.glob("*.json"))) == 2


def test_corrupt_cache_entry_is_recomputed(articles, tmp_path):
    first = nlp.analyze_many(articles[:1], cache_dir=tmp_path)[0]
    for path in tmp_path.glob("*.json"):
        path.write_text("{not json", encoding="utf-8")
    assert nlp.analyze_many(articles[:1], cache_dir=tmp_path)[0] == first


@pytest.mark.parametrize(
    "content",
    ["[" * 100_000, '{"entities": 5}', "[1, 2]", '{"claims": [[]]}'],
    ids=["nested", "int-entities", "list", "bad-claim"],
)
def test_cache_entry_nested_too_deep_or_of_the_wrong_shape_is_recomputed(articles, tmp_path, content):
    """Issue 10 item 6: a hostile cache file must not stop the analysis (RecursionError escaped)."""
    first = nlp.analyze_many(articles[:1], cache_dir=tmp_path)[0]
    for path in tmp_path.glob("*.json"):
        path.write_text(content, encoding="utf-8")
    assert nlp.analyze_many(articles[:1], cache_dir=tmp_path)[0] == first


def test_progress_is_reported_per_article(articles):
    seen = []
    nlp.analyze_many(articles, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (5, 5)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_two_processes_give_the_same_result(articles, analyses):
    assert nlp.analyze_many(articles * 2, n_process=2)[:5] == analyses


def test_empty_and_overlong_paragraphs(monkeypatch):
    from nlp_util import make_article

    text = ("Peskov said the troops would return to Minsk. " * 60).strip()
    assert all(len(piece) <= 1_000_000 for _, piece in pipeline._chunks("word " * 300_000))
    assert "".join(piece for _, piece in pipeline._chunks(text)) == text
    monkeypatch.setattr(pipeline, "MAX_CHUNK", 300)  # as if the paragraph were over spaCy's limit
    empty, long = nlp.analyze_many([make_article("", "empty"), make_article(text, "long")])
    assert empty.mentions == [] and empty.claims == []
    body = make_article(text, "long").body
    assert all(body[m.start : m.end] == m.text for m in long.mentions)
    assert {m.entity_id for m in long.mentions} == {"peskov", "minsk"}
    assert len(long.claims) >= 50 and all(c.speaker_id == "peskov" for c in long.claims)
