"""The analysis cache is written beside the analysis, not in its way (issue 11's speed target).

Each cache file is synced to disk (milliseconds of waiting per file); the analysing thread must
not wait for it, yet every file must be complete once `analyze_many` returns or raises.
Run on the rule-based backend: the cache is the same for both backends, and it is quick.
"""

from __future__ import annotations

import json
import threading

import pytest

from belreader import nlp
from belreader.nlp import backend as backend_mod
from belreader.nlp import pipeline
from belreader.nlp.records import Analysis

from nlp_util import make_article

TEXTS = [
    "Minister Anna Berg said the bridge would reopen in May. Critics said that was too late.",
    "The council said it had no money left. “We will cut services,” its leader Tom Hale said.",
    "Engineers said the tunnel was safe. The mayor, Olga Stern, told reporters she agreed.",
    "Police said two men were arrested. A spokesman said they would appear in court on Monday.",
]


@pytest.fixture
def rules(monkeypatch):
    def missing():
        raise OSError("no model in this test")

    monkeypatch.setattr(backend_mod, "_load_model", missing)
    monkeypatch.setattr(backend_mod, "_backend", None)
    yield


def articles():
    return [make_article(text, f"a{i}") for i, text in enumerate(TEXTS)]


def cached(tmp_path) -> dict[str, Analysis]:
    found = {}
    for path in tmp_path.glob("*.json"):
        analysis = Analysis.from_dict(json.loads(path.read_text(encoding="utf-8")))
        found[analysis.article_id] = analysis
    return found


def test_every_file_is_written_off_the_analysing_thread_and_complete_on_return(rules, tmp_path, monkeypatch):
    writers = []
    real = pipeline._write_cache

    def recording(path, text):
        writers.append(threading.current_thread())
        real(path, text)

    monkeypatch.setattr(pipeline, "_write_cache", recording)
    results = nlp.analyze_many(articles(), cache_dir=tmp_path)
    assert len(writers) == len(TEXTS)
    assert threading.current_thread() not in writers
    assert cached(tmp_path) == {a.article_id: a for a in results}


def test_a_slow_disk_does_not_hold_up_the_analysis(rules, tmp_path, monkeypatch):
    """The first write waits until every article is analysed: it can only see that happen if
    the analysis went on while it waited."""
    all_analysed = threading.Event()
    seen = []
    real = pipeline._write_cache

    def slow(path, text):
        seen.append(all_analysed.wait(timeout=5))
        real(path, text)

    def progress(done, total):
        if done == total:
            all_analysed.set()

    monkeypatch.setattr(pipeline, "_write_cache", slow)
    nlp.analyze_many(articles(), cache_dir=tmp_path, progress=progress)
    assert seen and seen[0] is True
    assert len(cached(tmp_path)) == len(TEXTS)


def test_a_cancelled_analysis_leaves_what_it_finished_on_disk(rules, tmp_path, monkeypatch):
    real = pipeline._write_cache

    def slow(path, text):  # the writes lag behind the analysis
        threading.Event().wait(0.05)
        real(path, text)

    monkeypatch.setattr(pipeline, "_write_cache", slow)
    finished = []
    with pytest.raises(pipeline.Cancelled):
        nlp.analyze_many(
            articles(),
            cache_dir=tmp_path,
            progress=lambda done, total: finished.append(done),
            cancelled=lambda: len(finished) >= 2,
        )
    assert sorted(cached(tmp_path)) == ["a0", "a1"]


def test_what_is_cached_is_the_analysis_as_it_was_handed_over(rules, tmp_path):
    """The user's merges are applied to the analyses after they are kept; they must never reach
    the cache, however late the thread writes."""
    (analysis,) = nlp.analyze_many(articles()[:1])
    original = analysis.to_dict()
    assert original["claims"] and original["mentions"]
    writer = pipeline._CacheWriter()
    path = tmp_path / "one.json"
    writer.put(path, analysis)
    analysis.claims.clear()
    analysis.mentions.clear()
    writer.close()
    assert json.loads(path.read_text(encoding="utf-8")) == original


def test_a_write_that_fails_is_logged_and_the_others_still_happen(rules, tmp_path, monkeypatch, caplog):
    real = pipeline._write_cache

    def failing_once(path, text):
        if '"a1"' in text:
            raise RuntimeError("disk on fire")
        real(path, text)

    monkeypatch.setattr(pipeline, "_write_cache", failing_once)
    results = nlp.analyze_many(articles(), cache_dir=tmp_path)
    assert len(results) == len(TEXTS)
    assert sorted(cached(tmp_path)) == ["a0", "a2", "a3"]
    assert "could not write NLP cache" in caplog.text
