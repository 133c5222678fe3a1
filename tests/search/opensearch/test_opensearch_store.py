"""The OpenSearch store against a real cluster (BELREADER_TEST_OPENSEARCH; skipped without one),
and its choice and errors without one."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

from belreader.search import backends
from belreader.search.protocol import IndexProblem

opensearchpy = pytest.importorskip("opensearchpy")

CLUSTER = os.environ.get("BELREADER_TEST_OPENSEARCH")
needs_cluster = pytest.mark.skipif(not CLUSTER, reason="no OpenSearch test cluster: set BELREADER_TEST_OPENSEARCH=URL")


@pytest.fixture
def prefix(monkeypatch):
    """An index prefix of this test's own, with the backend chosen; its indexes deleted after."""
    name = f"belreader-test-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", CLUSTER or "")
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", name)
    yield name
    if CLUSTER:
        opensearchpy.OpenSearch(CLUSTER).indices.delete(index=f"{name}-*")


def articles(folder: Path, **bodies: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, body in bodies.items():
        (folder / f"{name}.md").write_text(f"---\ntitle: {name.title()} news\n---\n{body}\n", encoding="utf-8")
    return folder


def test_the_environment_chooses_the_backend(monkeypatch, tmp_path):
    monkeypatch.delenv("BELREADER_BACKEND", raising=False)
    assert type(backends.open_store(tmp_path)).__name__ == "WhooshStore"
    monkeypatch.setenv("BELREADER_BACKEND", "elastic")
    with pytest.raises(IndexProblem, match="unknown search backend 'elastic'"):
        backends.open_store(tmp_path)
    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.delenv("BELREADER_OPENSEARCH_URL", raising=False)
    with pytest.raises(IndexProblem, match="BELREADER_OPENSEARCH_URL"):
        backends.open_store(tmp_path)


def test_an_unreachable_cluster_is_one_line(monkeypatch, tmp_path):
    from belreader.index import CorpusIndex

    monkeypatch.setenv("BELREADER_BACKEND", "opensearch")
    monkeypatch.setenv("BELREADER_OPENSEARCH_URL", "http://127.0.0.1:9")  # the discard port: nothing listens
    corpus = articles(tmp_path / "corpus", one="Potash exports rose.")
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    with pytest.raises(IndexProblem) as caught:
        index.update()
    assert "unreachable" in str(caught.value) and "\n" not in str(caught.value)


@needs_cluster
def test_updates_add_change_and_remove_documents(prefix, tmp_path):
    from belreader.index import CorpusIndex
    from belreader.search import search

    corpus = articles(tmp_path / "corpus", one="Potash exports rose.", two="Timber prices fell.")
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    report = index.update()
    assert sorted(report.added) == ["one", "two"]
    client = index.store.client
    name = index.store.name()
    assert name.startswith(prefix) and client.indices.exists(index=f"{name}-terms")
    assert {h.id for h in search(index, "potash OR timber").hits} == {"one", "two"}
    assert not index.update().changed  # the manifest in the cluster says nothing changed
    (corpus / "two.md").unlink()
    articles(corpus, one="Dairy demand grew.")
    report = index.update()
    assert report.removed == ["two"] and report.updated == ["one"]
    assert [h.id for h in search(index, "dairy").hits] == ["one"]
    assert search(index, "potash OR timber").total == 0
    assert index.doc_count() == 1 and [s.id for s in index.summaries()] == ["one"]


@needs_cluster
def test_a_failed_batch_sends_nothing(prefix, tmp_path):
    from belreader.documents import documents
    from belreader.index import CorpusIndex

    corpus = articles(tmp_path / "corpus", one="Potash exports rose.")
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    index.update()
    key = index.store.state_key()
    article = index.load_article("one")
    with pytest.raises(RuntimeError), index.store.writing() as writing, writing.batch() as batch:
        document = documents(article, None)[0]
        batch.add(dict(document, id="ghost", path="elsewhere.md"))
        raise RuntimeError("the load failed")
    assert index.store.state_key() == key and index.store.backend().document("ghost") is None


@needs_cluster
def test_highlighting_terms_are_the_clusters(prefix, tmp_path):
    """Word by word with a cache, the terms are the ones the cluster gives the whole text."""
    from belreader.index import CorpusIndex

    text = (
        "Łukašenka spoke in Mahilioŭ; Лукашэнка ў Магілёве. The U.S. and the E.U. disagreed, "
        "naïve café-owners said: running runs ran 2020 x y an of it's don't"
    )
    corpus = articles(tmp_path / "corpus", one=text)
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    index.update()
    backend = index.backend()
    store = index.store
    analysed = store.client.indices.analyze(index=store.name(), body={"analyzer": "belreader_text", "text": text})
    assert backend.tokens(text) == [t["token"] for t in analysed["tokens"]]
    assert "лукашэнка" in backend.tokens(text) and "mahili" in backend.tokens(text)  # Porter: mahiliou -> mahili
    spans = backend.spans(text, {"run", "mahili"})
    assert [text[a:b] for a, b in spans] == ["Mahilioŭ", "running", "runs"]


@needs_cluster
def test_a_search_reads_its_hits_spans_from_the_clusters_marks(prefix, tmp_path, monkeypatch):
    """The words of a search are marked in its hits' bodies by the cluster's highlighter, and
    the snippets' spans are read from those marks (not found again in Python): the same spans
    as Python's own scan, phrases and words that analyse alike included."""
    from belreader.index import CorpusIndex
    from belreader.search import search, term_spans
    from belreader.search.opensearch import analysis as analysis_module

    text = "Ünïcode runs: the running café ran. Лукашэнка ўсё runs; U.S. runners run-off, potash runs"
    corpus = articles(tmp_path / "corpus", one=text, two="Nothing about it, but potash in the title")
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    index.update()
    scanned: list[str] = []
    real = analysis_module.Analysis._words_of
    monkeypatch.setattr(analysis_module.Analysis, "_words_of", lambda self, t: scanned.append(t) or real(self, t))
    for query in ("runs", "run OR лукашэнка", '"potash runs"', "potash"):
        scanned.clear()
        found = search(index, query, pagelen=10, snippets=3)
        bodies = [index.backend().document(hit.id)["body"] for hit in found.hits]
        assert found.hits and not [t for t in scanned if t in bodies], query  # no hit's body scanned whole
        for body in bodies:
            assert term_spans(index, query, body) == term_spans(index, found.match, body), query
    marks = index.store.analysis()._marked
    assert marks and all(spans == [] or text[spans[0][0] : spans[0][1]] for _t, _w, spans in marks)
    monkeypatch.undo()
    index.store.analysis()._marked = []  # Python's scan alone gives the same spans
    found = search(index, "run OR лукашэнка", pagelen=10, snippets=3)
    assert [text[a:b] for a, b in term_spans(index, found.match, text)] == [
        "runs",
        "running",
        "Лукашэнка",
        "runs",
        "run",
        "runs",
    ]


@needs_cluster
@pytest.mark.parametrize("marked", [True, False])
def test_copies_are_named_and_counted_once_marked_or_not(prefix, tmp_path, monkeypatch, marked):
    """Duplicates rank and count once, naming their copies: with the `copied` marks, and the way
    an index of an earlier belreader (no marks) is searched, collapse's inner hits."""
    from belreader.index import CorpusIndex
    from belreader.search import search
    from belreader.search.opensearch.store import OpenSearchStore

    corpus = articles(tmp_path / "corpus", four="Potash prices fell.", five="Timber.")
    for name in ("one", "two", "three"):  # the same title and text: copies
        (corpus / f"{name}.md").write_text(
            "---\ntitle: Exports\n---\nPotash exports rose in March.\n", encoding="utf-8"
        )
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    index.update()
    monkeypatch.setattr(OpenSearchStore, "marks_copies", lambda self: marked)
    results = search(index, "potash")
    assert results.total == 2
    copies = {hit.id: sorted(hit.also_in) for hit in results.hits}
    assert len(copies) == 2 and copies["four"] == []
    (group,) = [ids for ids in ([hit_id, *others] for hit_id, others in copies.items()) if len(ids) > 1]
    assert sorted(group) == ["one", "three", "two"]
    assert search(index, "timber").total == 1 and search(index, "nothing").total == 0
