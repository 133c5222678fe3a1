"""Which search engine holds an index: the one place a backend is chosen.

Adding a backend is a package under `belreader/search/` that implements protocol.py (and passes
tests/search/), plus one branch here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from belreader.search.protocol import IndexStore


def open_store(directory: Path, before_open: Callable[[], None] | None = None, missing: str = "") -> IndexStore:
    """The store of the index in `directory` (Whoosh: files in that folder)."""
    from belreader.search.whoosh.store import WhooshStore

    return WhooshStore(directory, before_open=before_open, missing=missing)
