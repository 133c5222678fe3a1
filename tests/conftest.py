"""Shared fixtures: every test gets its own data/config/cache dirs; a seed corpus copy on demand.

The NLP analysis cache is the one thing shared across a session (the model takes
seconds to load and analyses are keyed by content hash, so sharing is safe).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_CORPUS = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("belreader-cache")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory) -> Iterator[dict[str, Path]]:
    """Point belreader's user dirs away from the real ones for every test.

    With a MonkeyPatch of its own: a test's `monkeypatch.undo()` undoes only what that test
    patched, never this isolation (it once sent a recount to the real user cache)."""
    base = tmp_path_factory.mktemp("belreader-user")
    dirs = {"data": base / "data", "config": base / "config", "cache": base / "cache"}
    with pytest.MonkeyPatch.context() as patch:
        for name, path in dirs.items():
            path.mkdir()
            patch.setenv(f"BELREADER_{name.upper()}_DIR", str(path))
        patch.delenv("BELREADER_CORPUS", raising=False)
        yield dirs


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A copy of the bundled articles in `tmp_path/corpus`."""
    target = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, target)
    return target


@pytest.fixture
def shared_analysis_cache(shared_cache_dir) -> Iterator[Path]:
    """Use the session-wide cache dir (analysis results) instead of this test's own.

    Analyses are keyed by content hash, backend and entity table, so sharing them
    only saves the model's time; user data and state dirs stay per test. (Its own
    MonkeyPatch, as in `isolated_dirs`.)
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BELREADER_CACHE_DIR", str(shared_cache_dir))
        yield shared_cache_dir


@pytest.fixture
def indexed_seed_corpus(seed_corpus, tmp_path, shared_analysis_cache) -> tuple[Path, Path]:
    """The seed corpus copy and a ready index of it in `tmp_path/index`: (corpus, index_dir)."""
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "index"
    CorpusIndex(seed_corpus, index_dir).update(procs=1)
    return seed_corpus, index_dir


@pytest.fixture
def app_factory(indexed_seed_corpus, tmp_path):
    """Makes readers on the indexed seed corpus, with state in `tmp_path/state`."""
    from belreader.tui.app import make_app

    corpus, index_dir = indexed_seed_corpus

    def build():
        return make_app(corpus=corpus, index_dir=index_dir, state_dir=tmp_path / "state")

    return build
