"""The Whoosh index: build, incremental updates, locking, recovery, and the whoosh distribution itself."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from belreader.index import META_FILE, CorpusIndex, IndexProblem

ARTICLE = "Title {n}\n\nThe body of article {n} talks about {topic}. It has a second sentence.\n\nAnother paragraph about {topic}.\n"


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path, monkeypatch):
    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"BELREADER_{name}_DIR", str(tmp_path / f"user-{name.lower()}"))


def write(corpus: Path, name: str, n: int, topic: str) -> Path:
    path = corpus / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(ARTICLE.format(n=n, topic=topic), encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    write(root, "a.txt", 1, "grain exports")
    write(root, "b.txt", 2, "military exercises")
    write(root, "sub/c.txt", 3, "energy loans")
    return root


def make_index(corpus: Path, tmp_path: Path) -> CorpusIndex:
    return CorpusIndex(corpus, tmp_path / "index", analysis=False)


def test_whoosh_is_the_pinned_fork_and_compiles_without_warnings(tmp_path):
    """whoosh-reloaded 2.7.5: every module compiles with warnings as errors; phrase + highlight work."""
    script = r"""
import importlib.metadata, pathlib, warnings, sys
assert importlib.metadata.version("whoosh-reloaded") == "2.7.5", importlib.metadata.version("whoosh-reloaded")
import whoosh
root = pathlib.Path(whoosh.__file__).parent
# support/pyparsing.py is a vendored copy that has an invalid escape; nothing in whoosh imports it.
unused = root / "support" / "pyparsing.py"
with warnings.catch_warnings():
    warnings.simplefilter("error")
    for source in root.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "support.pyparsing" not in text and "support import pyparsing" not in text, source
        if source != unused:
            compile(text, str(source), "exec")
from whoosh import fields, index, highlight
from whoosh.qparser import QueryParser
schema = fields.Schema(id=fields.ID(stored=True, unique=True), body=fields.TEXT(stored=True))
ix = index.create_in(sys.argv[1], schema)
w = ix.writer()
w.add_document(id="1", body="Putin received his Belarusian counterpart in Sochi on September 14.")
w.add_document(id="2", body="The counterpart of Putin was not in Sochi.")
w.commit()
with ix.searcher() as s:
    hits = s.search(QueryParser("body", schema).parse('"belarusian counterpart"'), terms=True)
    assert [h["id"] for h in hits] == ["1"], [h["id"] for h in hits]
    marked = hits[0].highlights("body")
    assert "<b" in marked and "counterpart" in marked, marked
print("ok")
"""
    result = subprocess.run(
        [sys.executable, "-W", "error::SyntaxWarning", "-W", "error::DeprecationWarning", "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_build_then_noop(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    report = index.update()
    assert sorted(report.added) == ["a", "b", "sub/c"]
    assert report.rebuilt_because is None
    assert index.doc_count() == 3
    again = index.update()
    assert not again.changed
    assert again.unchanged == 3


def test_add_change_delete(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    write(corpus, "d.txt", 4, "pipelines")
    (corpus / "b.txt").unlink()
    time.sleep(0.01)
    write(corpus, "a.txt", 1, "fertiliser exports")
    os.utime(corpus / "a.txt", (time.time() + 5, time.time() + 5))
    report = index.update()
    assert report.added == ["d"]
    assert report.updated == ["a"]
    assert report.removed == ["b"]
    assert sorted(s.id for s in index.summaries()) == ["a", "d", "sub/c"]
    from belreader.search import search

    assert [h.id for h in search(index, "fertiliser").hits] == ["a"]
    assert search(index, "grain").total == 0
    assert search(index, "military").total == 0


def test_touched_file_with_same_content_is_not_reported_changed(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    future = time.time() + 10
    os.utime(corpus / "a.txt", (future, future))
    report = index.update()
    assert not report.updated and not report.added and not report.removed
    # The new mtime was stored, so the next update does not even read the file.
    assert index.update().unchanged == 3


def test_index_lives_in_cache_dir_by_default(corpus, tmp_path):
    index = CorpusIndex(corpus, analysis=False)
    assert str(index.index_dir).startswith(str(tmp_path / "user-cache"))
    index.update()
    assert (index.index_dir / META_FILE).exists()
    assert not any(p.name.endswith(".seg") for p in corpus.rglob("*"))


def test_schema_version_mismatch_rebuilds(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    meta = index.meta_path
    meta.write_text(meta.read_text().replace('"schema_version": ', '"schema_version": 1000'), encoding="utf-8")
    assert "format changed" in index.problem()
    report = index.update()
    assert report.rebuilt_because and "schema_version" in report.rebuilt_because
    assert index.doc_count() == 3
    assert index.problem() is None


def test_corrupt_segment_is_reported_and_rebuilt(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    index.close()
    segments = [p for p in index.index_dir.iterdir() if p.suffix == ".seg"]
    assert segments
    for segment in segments:
        segment.write_bytes(b"garbage" * 3)
    problem = index.problem()
    assert problem and problem.startswith("index unreadable")
    assert "\n" not in problem
    report = index.update()
    assert report.rebuilt_because.startswith("index unreadable")
    from belreader.search import search

    assert search(index, "exports").total == 1


def test_second_writer_fails_clearly(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    lock_path = index.lock_path
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        script = (
            "import sys; from belreader.index import CorpusIndex, IndexProblem\n"
            f"ix = CorpusIndex({str(corpus)!r}, {str(index.index_dir)!r}, analysis=False)\n"
            "try:\n    ix.update(wait=0.3)\nexcept IndexProblem as e:\n    print(e); sys.exit(7)\n"
        )
        result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=os.environ.copy())
    assert result.returncode == 7, result.stderr
    assert "another belreader is updating the index" in result.stdout
    # The lock holder's index is intact.
    assert index.doc_count() == 3


def test_second_writer_waits_for_the_first(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    lock_path = index.lock_path
    handle = open(lock_path, "a+")
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
    script = (
        "from belreader.index import CorpusIndex\n"
        f"ix = CorpusIndex({str(corpus)!r}, {str(index.index_dir)!r}, analysis=False)\n"
        "print(ix.update(wait=20).unchanged)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    time.sleep(0.8)
    assert proc.poll() is None  # still waiting for the lock
    handle.close()
    out, _ = proc.communicate(timeout=30)
    assert proc.returncode == 0
    assert out.strip() == "3"


def test_unwritable_index_dir_gives_a_clear_error(corpus, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    index = CorpusIndex(corpus, blocker / "index", analysis=False)
    with pytest.raises(IndexProblem, match="cannot write the index"):
        index.update()


def test_missing_corpus_is_a_corpus_error(tmp_path):
    from belreader.corpus import CorpusError

    index = CorpusIndex(tmp_path / "nope", tmp_path / "index", analysis=False)
    with pytest.raises(CorpusError, match="corpus folder not found"):
        index.update()


def test_progress_reports_stages(corpus, tmp_path):
    seen: list[tuple[str, int, int]] = []
    make_index(corpus, tmp_path).update(progress=lambda stage, done, total: seen.append((stage, done, total)))
    stages = [s for s, _, _ in seen]
    assert "scan" in stages and "load" in stages and "write" in stages
    assert ("write", 3, 3) in seen


def test_resolve_by_id_and_title_prefix(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    assert index.resolve("sub/c").id == "sub/c"
    write(corpus, "e.txt", 5, "x")
    (corpus / "e.txt").write_text("Unique heading here\n\nSome text for the body of it.\n", encoding="utf-8")
    index.update()
    assert index.resolve("unique head").id == "e"
    with pytest.raises(LookupError, match="matches 3 articles"):
        index.resolve("Title")
    with pytest.raises(LookupError, match="no article"):
        index.resolve("zzz")


def test_load_article_reads_the_file(corpus, tmp_path):
    index = make_index(corpus, tmp_path)
    index.update()
    article = index.load_article("sub/c")
    assert article.title == "Title 3"
    assert "energy loans" in article.body


def test_editing_the_user_entity_table_reindexes(corpus, tmp_path, monkeypatch):
    config_dir = tmp_path / "user-config"
    monkeypatch.setenv("BELREADER_CONFIG_DIR", str(config_dir))
    index = CorpusIndex(corpus, tmp_path / "index-nlp", analysis=True)
    index.update()
    assert index.update().rebuilt_because is None
    config_dir.mkdir(parents=True, exist_ok=True)
    (config_dir / "entities.toml").write_text(
        '[grain-trade]\nname = "Grain trade"\nlabel = "EVENT"\naliases = ["grain exports"]\n'
    )
    report = index.update()
    assert report.rebuilt_because and "analysis_version" in report.rebuilt_because
    from belreader.search import search

    assert [h.id for h in search(index, "entity:grain-trade").hits] == ["a"]
