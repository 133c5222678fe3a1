"""Shared fixtures: every test gets its own data/config/cache dirs; a seed corpus copy on demand.

The NLP analysis cache is the one thing shared across a session (the model takes
seconds to load and analyses are keyed by content hash, so sharing is safe).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_CORPUS = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("belreader-cache")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory, monkeypatch) -> dict[str, Path]:
    """Point belreader's user dirs away from the real ones for every test."""
    base = tmp_path_factory.mktemp("belreader-user")
    dirs = {"data": base / "data", "config": base / "config", "cache": base / "cache"}
    for name, path in dirs.items():
        path.mkdir()
        monkeypatch.setenv(f"BELREADER_{name.upper()}_DIR", str(path))
    monkeypatch.delenv("BELREADER_CORPUS", raising=False)
    return dirs


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A copy of the bundled articles in `tmp_path/corpus`."""
    target = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, target)
    return target
