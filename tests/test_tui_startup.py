"""What the reader's start-up relies on: the index's cached summaries stay in step with the index."""

from __future__ import annotations

import json
import shutil

from belreader.index import SUMMARIES_FILE, CorpusIndex


def test_summaries_are_cached_per_generation_and_refreshed_after_an_update(indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    index = CorpusIndex(corpus, index_dir)
    first = index.summaries()
    cache = index_dir / SUMMARIES_FILE
    assert cache.exists()
    assert [s["id"] for s in json.loads(cache.read_text(encoding="utf-8"))["summaries"]] == [s.id for s in first]
    assert CorpusIndex(corpus, index_dir).summaries() == first

    shutil.copy(next(corpus.glob("000_*.txt")), corpus / "005_copy.txt")
    index.update(procs=1)
    again = CorpusIndex(corpus, index_dir).summaries()
    assert [s.id for s in again] == [s.id for s in first] + ["005_copy"]


def test_a_corrupt_summaries_cache_is_ignored(indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    expected = CorpusIndex(corpus, index_dir).summaries()
    (index_dir / SUMMARIES_FILE).write_text("{broken", encoding="utf-8")
    assert CorpusIndex(corpus, index_dir).summaries() == expected
    assert json.loads((index_dir / SUMMARIES_FILE).read_text(encoding="utf-8"))["summaries"]
