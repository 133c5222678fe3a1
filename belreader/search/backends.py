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
# the backend variables that hold a project's stored choice, not the user's own (comma-separated)
_FROM_SETTINGS = "BELREADER_BACKEND_FROM_SETTINGS"
BACKEND_VARIABLES = ("BELREADER_BACKEND", "BELREADER_OPENSEARCH_URL", "BELREADER_OPENSEARCH_PREFIX")


def configure(backend: str | None = None, url: str | None = None, prefix: str | None = None) -> None:
    """The command line's choice (`--backend`, `--url`, `--index-prefix`), set where the
    environment's is read, so it wins over it and reaches every part (worker processes too).
    `--url` alone chooses OpenSearch. A URL holding credentials is refused: they come from the
    environment or a netrc file, never the command line."""
    from urllib.parse import urlsplit

    os.environ.pop(_FROM_SETTINGS, None)  # what the variables hold now is the user's choice
    if backend is not None:
        name = backend.strip().lower()
        if name not in BACKENDS:
            raise IndexProblem(f"unknown search backend '{backend}' (known: {', '.join(BACKENDS)})")
        os.environ["BELREADER_BACKEND"] = name
    if url is not None:
        for each in url.split(","):
            parts = urlsplit(each.strip())
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise IndexProblem(f"--url {each.strip()!r} is not an http(s) URL of the cluster")
            if parts.username or parts.password:
                raise IndexProblem(
                    "--url must not hold credentials: set BELREADER_OPENSEARCH_USER and BELREADER_OPENSEARCH_PASSWORD, "
                    "or a netrc entry for the host (BELREADER_OPENSEARCH_NETRC or ~/.netrc)"
                )
        os.environ["BELREADER_OPENSEARCH_URL"] = url
        if backend is None:
            os.environ["BELREADER_BACKEND"] = "opensearch"
    if prefix is not None:
        if not prefix or prefix != prefix.lower() or any(c in prefix for c in ' "*\\<>|,/?#:') or prefix[0] in "_-+":
            raise IndexProblem(
                f"--index-prefix {prefix!r} is not a usable index name prefix (lower case, no spaces or * , / ? # : etc.)"
            )
        os.environ["BELREADER_OPENSEARCH_PREFIX"] = prefix


def check(backend: str | None, url: str | None, prefix: str | None) -> None:
    """Raise IndexProblem if `configure` would refuse this choice; the environment is left as it was."""
    saved = {k: os.environ.get(k) for k in (*BACKEND_VARIABLES, _FROM_SETTINGS)}
    try:
        configure(backend, url, prefix)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def configure_from_settings(backend: str | None, url: str | None, prefix: str | None, where: str) -> None:
    """A project's stored search engine, used only when neither the command line nor the
    environment chose one (they win, a user's BELREADER_OPENSEARCH_PREFIX too); a later
    project's settings replace an earlier project's (switching projects in the reader).
    Raises IndexProblem naming `where` (the settings file)."""
    for key in filter(None, os.environ.pop(_FROM_SETTINGS, "").split(",")):
        os.environ.pop(key, None)  # an earlier project's choice
    if any(os.environ.get(k) for k in BACKEND_VARIABLES[:2]) or (backend is None and url is None):
        return
    if os.environ.get(BACKEND_VARIABLES[2]):
        prefix = None
    before = {k for k in BACKEND_VARIABLES if os.environ.get(k)}
    try:
        configure(backend, url, prefix)
    except IndexProblem as exc:
        for key in set(BACKEND_VARIABLES) - before:
            os.environ.pop(key, None)
        raise IndexProblem(f"{where}: {exc}") from None
    os.environ[_FROM_SETTINGS] = ",".join(k for k in BACKEND_VARIABLES if k not in before and os.environ.get(k))


def notice(store: IndexStore) -> str | None:
    """One line the user should see about the engine's state (an OpenSearch cluster that is
    degraded), or None: stores without such a state have no `notice`."""
    said = getattr(store, "notice", None)
    return said() if callable(said) else None


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
