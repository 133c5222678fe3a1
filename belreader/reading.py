"""A project's read and starred marks, per article (newsboat's read/unread and flags).

`marks.json` in the project's data folder (projects.py): {"read": {article id: time},
"starred": {article id: time}}, changed under a lock and written atomically
(`config.update_json`), so two belreaders keep each other's marks. An article that leaves the
corpus keeps its marks (it may come back); listing filters them by what the index holds. Headless.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from belreader import config

KINDS = ("read", "starred")


class ReadingMarks:
    """Read and starred articles of one project."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.notice: str | None = None  # said once: the file was unreadable and moved aside

    def _load(self) -> dict[str, dict[str, str]]:
        data, notice = config.read_json_object(self.path)
        self.notice = self.notice or notice
        return {kind: _marks(data, kind) for kind in KINDS}

    def ids(self, kind: str) -> dict[str, str]:
        """{article id: when it was marked} for "read" or "starred", newest first."""
        if kind not in KINDS:
            raise ValueError(f"unknown mark '{kind}'; use one of {', '.join(KINDS)}")
        marks = self._load()[kind]
        return dict(sorted(marks.items(), key=lambda item: item[1], reverse=True))

    def has(self, kind: str, article_id: str) -> bool:
        return article_id in self.ids(kind)

    def set(self, kind: str, article_ids: list[str] | str, on: bool = True) -> int:
        """Mark (or, `on` False, unmark) articles; returns how many changed. Raises OSError."""
        if kind not in KINDS:
            raise ValueError(f"unknown mark '{kind}'; use one of {', '.join(KINDS)}")
        ids = [article_ids] if isinstance(article_ids, str) else list(article_ids)
        now = datetime.now(UTC).isoformat(timespec="seconds")

        def change(data: dict) -> int:
            marks = _marks(data, kind)
            changed = 0
            for article_id in ids:
                if on and article_id not in marks:
                    marks[article_id] = now
                    changed += 1
                elif not on and marks.pop(article_id, None) is not None:
                    changed += 1
            data[kind] = marks
            return changed

        changed, notice = config.update_json(self.path, change)
        self.notice = self.notice or notice
        return changed


def _marks(data: dict, kind: str) -> dict[str, str]:
    marks = data.get(kind)
    if not isinstance(marks, dict):
        return {}
    return {k: v for k, v in marks.items() if isinstance(k, str) and isinstance(v, str)}
