"""Which search engine holds an index: the one place a backend is chosen.

Adding a backend is a package under `belreader/search/` that implements protocol.py (and passes
tests/search/), plus one branch here.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from belreader.search.protocol import IndexProblem, IndexStore

BACKENDS = ("whoosh", "opensearch")


def chosen() -> str:
    """The backend the environment chooses: BELREADER_BACKEND (whoosh, the default, or opensearch)."""
    name = (os.environ.get("BELREADER_BACKEND") or "whoosh").strip().lower()
    if name not in BACKENDS:
        raise IndexProblem(f"unknown search backend '{name}' in BELREADER_BACKEND (known: {', '.join(BACKENDS)})")
    return name


def open_store(directory: Path, before_open: Callable[[], None] | None = None, missing: str = "") -> IndexStore:
    """The store of the index in `directory` (Whoosh: files in that folder; OpenSearch: the
    folder keeps belreader's metadata and names the index in the cluster at
    BELREADER_OPENSEARCH_URL, whose names start with BELREADER_OPENSEARCH_PREFIX)."""
    if chosen() == "opensearch":
        url = os.environ.get("BELREADER_OPENSEARCH_URL", "").strip()
        if not url:
            raise IndexProblem("BELREADER_BACKEND=opensearch needs the cluster's URL in BELREADER_OPENSEARCH_URL")
        from belreader.search.opensearch.store import OpenSearchStore

        prefix = os.environ.get("BELREADER_OPENSEARCH_PREFIX") or "belreader"
        return OpenSearchStore(directory, url, prefix=prefix, before_open=before_open, missing=missing)
    from belreader.search.whoosh.store import WhooshStore

    return WhooshStore(directory, before_open=before_open, missing=missing)
