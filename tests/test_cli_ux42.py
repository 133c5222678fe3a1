"""Session 42, ux42: the CLI as a first-time analyst meets it (/work/wt/notes/UX42_findings.md)."""

from __future__ import annotations

import fcntl
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belreader.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seeds(tmp_path) -> Path:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    return corpus


def run(runner, *args, code=0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (result.exit_code, result.output, result.stderr if result.stderr_bytes else "")
    return result


# -- D1: a reading command while another belreader updates the index ----------------------------


def test_search_answers_at_once_while_another_belreader_updates_the_index(runner, seeds, tmp_path):
    """The reader indexing a corpus (or `belreader index` in another terminal) holds the update
    lock: `search` and `show` answered after a 30 s wait with "try again" (exit 3); they answer
    from the index as it is, at once, and say so."""
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "ix"
    run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", index_dir)
    (seeds / "new.txt").write_text("Loan talks resume\n\nThe loan talks resumed on Monday, officials said.\n")
    lock_path = CorpusIndex(seeds, index_dir, analysis=False).lock_path
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # another belreader's update under way
        began = time.monotonic()
        result = run(runner, "--no-nlp", "search", "loan", "--corpus", seeds, "--index", index_dir)
        assert time.monotonic() - began < 10
        assert "another belreader is updating the index" in result.stderr
        assert "showing it as it is" in result.stderr
        assert "Loan talks resume" not in result.stdout  # not indexed yet: the index as it is
        run(runner, "--no-nlp", "show", "000", "--corpus", seeds, "--index", index_dir)
    after = run(runner, "--no-nlp", "search", "loan", "--corpus", seeds, "--index", index_dir)
    assert "Loan talks resume" in after.stdout  # the lock gone, the update runs as before


def test_index_still_refuses_while_another_belreader_updates(runner, seeds, tmp_path, monkeypatch):
    """`belreader index` itself must not pretend: it fails with the one line, exit 3."""
    from belreader import sync
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "ix"
    run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", index_dir)
    lock_path = CorpusIndex(seeds, index_dir, analysis=False).lock_path
    real_update = sync.Sync.update
    monkeypatch.setattr(sync.Sync, "update", lambda self, **kw: real_update(self, **{**kw, "wait": 0.2}))
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        result = run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", index_dir, code=3)
    assert "another belreader is updating the index" in result.stderr


def test_no_index_yet_and_another_belreader_building_it_fails_clearly(runner, seeds, tmp_path):
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "ix"
    lock_path = CorpusIndex(seeds, index_dir, analysis=False).lock_path
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        result = run(runner, "--no-nlp", "search", "loan", "--corpus", seeds, "--index", index_dir, code=3)
    assert "another belreader is updating the index" in result.stderr
