"""A project's searches: the history of queries run (newest first) and named saved searches.

Both are small JSON files in the project's data folder (projects.py): `history.json`
({"queries": [...]}, newest first, bounded to MAX_HISTORY, each query once) and
`searches.json` ({"searches": {name: {"query", "created"}}}). Every change re-reads the file and
writes it atomically under a lock (`config.update_json`), so two belreaders on the same project
keep each other's entries. A file that cannot be read is moved aside and the project starts
afresh, with a notice; an entry of the wrong type is skipped. Headless.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from belreader import config

MAX_HISTORY = 200
MAX_QUERY = 2000  # characters, as the query language's own limit
MAX_NAME = 80


class SearchNameError(ValueError):
    """A saved search's name that cannot be used (empty, too long, control characters)."""


@dataclass(frozen=True, slots=True)
class SavedSearch:
    name: str
    query: str
    created: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "query": self.query, "created": self.created}


class SearchHistory:
    """The queries run in one project, newest first, each once."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notice: str | None = None  # said once: the file was unreadable and moved aside

    def entries(self) -> list[str]:
        data, notice = config.read_json_object(self.path)
        self.notice = self.notice or notice
        return _queries(data)

    def add(self, query: str) -> list[str]:
        """Put `query` first (stripped; an empty or over-long one is not kept). Raises OSError."""
        query = query.strip()
        if not query or len(query) > MAX_QUERY:
            return self.entries()

        def change(data: dict) -> list[str]:
            queries = [query] + [q for q in _queries(data) if q != query]
            data["queries"] = queries[:MAX_HISTORY]
            return data["queries"]

        queries, notice = config.update_json(self.path, change)
        self.notice = self.notice or notice
        return queries

    def remove(self, query: str) -> bool:
        def change(data: dict) -> bool:
            queries = _queries(data)
            data["queries"] = [q for q in queries if q != query]
            return len(data["queries"]) != len(queries)

        return config.update_json(self.path, change)[0]

    def clear(self) -> int:
        def change(data: dict) -> int:
            count = len(_queries(data))
            data["queries"] = []
            return count

        return config.update_json(self.path, change)[0]


class SavedSearches:
    """Named searches of one project, by name."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notice: str | None = None

    def all(self) -> list[SavedSearch]:
        """Every saved search, by name (case-insensitive)."""
        data, notice = config.read_json_object(self.path)
        self.notice = self.notice or notice
        return sorted(_searches(data).values(), key=lambda s: (s.name.casefold(), s.name))

    def get(self, name: str) -> SavedSearch:
        """The saved search called `name` (exactly, else the one equal but for case). Raises LookupError."""
        searches = {s.name: s for s in self.all()}
        found = searches.get(name.strip())
        if found is None:
            folded = [s for s in searches.values() if s.name.casefold() == name.strip().casefold()]
            found = folded[0] if len(folded) == 1 else None
        if found is None:
            names = ", ".join(sorted(searches)[:10]) or "none yet"
            raise LookupError(f"no saved search '{name}' (saved: {names})")
        return found

    def save(self, name: str, query: str, *, overwrite: bool = False) -> SavedSearch:
        """Save `query` as `name`. Raises SearchNameError (a bad name, or the name is taken and
        not `overwrite`), ValueError (an empty query), OSError."""
        name = check_name(name)
        query = query.strip()
        if not query:
            raise ValueError("a saved search needs a query")
        if len(query) > MAX_QUERY:
            raise ValueError(f"a query longer than {MAX_QUERY} characters cannot be saved")
        saved = SavedSearch(name, query, datetime.now(UTC).isoformat(timespec="seconds"))

        def change(data: dict) -> SavedSearch:
            searches = _searches(data)
            if name in searches and not overwrite and searches[name].query != query:
                raise SearchNameError(f"a search is already saved as '{name}' ({searches[name].query})")
            searches[name] = saved
            data["searches"] = {s.name: {"query": s.query, "created": s.created} for s in searches.values()}
            return saved

        return config.update_json(self.path, change)[0]

    def delete(self, name: str) -> bool:
        """Delete the saved search `name`; False when there was none. Raises OSError."""

        def change(data: dict) -> bool:
            searches = _searches(data)
            if name not in searches:
                return False
            del searches[name]
            data["searches"] = {s.name: {"query": s.query, "created": s.created} for s in searches.values()}
            return True

        return config.update_json(self.path, change)[0]


def check_name(name: str) -> str:
    """A saved search's name, stripped. Raises SearchNameError for an empty or over-long name,
    or one with control or invisible characters (it is shown in lists and typed on the CLI)."""
    name = name.strip()
    if not name:
        raise SearchNameError("a saved search needs a name")
    if len(name) > MAX_NAME:
        raise SearchNameError(f"a saved search's name is at most {MAX_NAME} characters")
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in name):
        raise SearchNameError("a saved search's name cannot hold control or invisible characters")
    return name


def _queries(data: dict) -> list[str]:
    queries = data.get("queries")
    if not isinstance(queries, list):
        return []
    return list(dict.fromkeys(q for q in queries if isinstance(q, str) and q.strip()))[:MAX_HISTORY]


def _searches(data: dict) -> dict[str, SavedSearch]:
    searches = data.get("searches")
    if not isinstance(searches, dict):
        return {}
    out = {}
    for name, entry in searches.items():
        if isinstance(name, str) and isinstance(entry, dict) and isinstance(entry.get("query"), str):
            created = entry.get("created")
            out[name] = SavedSearch(name, entry["query"], created if isinstance(created, str) else "")
    return out
