"""The user's marked passages ("clips"), persisted in SQLite the moment they are marked.

One row per passage in `config.data_dir() / "clips.sqlite3"`. The store is built for
several writers (two app instances, the CLI) and for crashes:

- WAL mode with `synchronous=FULL`: every mutation is its own committed transaction,
  so once `add()` returns the clip survives `kill -9` (and a power cut).
- Writes start with `BEGIN IMMEDIATE` and a busy timeout, so concurrent writers queue
  instead of failing, and a new clip's position is computed inside its own transaction.
- A database file that SQLite cannot read is moved aside to
  `clips.sqlite3.corrupt-<timestamp>` and a fresh one is created; `ClipStore.recovered_from`
  and `ClipStore.warning` say so. Nothing is ever emptied silently.

Each clip keeps enough to find its text again after the article file changes (see
`ClipStore.reanchor`) and a snapshot of the citation, so it can be exported even when
the article is gone.
"""

from __future__ import annotations

import difflib
import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from belreader import config
from belreader.article import Article

CLIPS_FILENAME = "clips.sqlite3"
SCHEMA_VERSION = 1
CONTEXT_CHARS = 32
BUSY_TIMEOUT_MS = 15_000
# A fuzzy re-anchoring must be at least this similar (difflib ratio) to be trusted.
FUZZY_THRESHOLD = 0.8

STATUS_OK = "ok"
STATUS_REANCHORED = "reanchored"
STATUS_ORPHANED = "orphaned"
STATUSES = (STATUS_OK, STATUS_REANCHORED, STATUS_ORPHANED)

ORDERS = ("position", "newest")

# SQLite result codes meaning "this file is not a (healthy) database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class ClipError(ValueError):
    """A clip could not be made from the given article and offsets."""


@dataclass(slots=True)
class Clip:
    """One marked passage: where it is, what it says, and what the user wrote about it."""

    id: int
    article_id: str
    article_path: str
    content_hash: str  # Article.content_hash when the clip was (re)anchored
    paragraph: int  # 0-based index of the paragraph containing `start`
    start: int  # offset into Article.body
    end: int  # one past the last character
    quote: str  # body[start:end]
    prefix: str  # up to CONTEXT_CHARS characters before the quote
    suffix: str  # up to CONTEXT_CHARS characters after the quote
    note: str = ""
    tags: list[str] = field(default_factory=list)
    position: int = 0  # the user's order, 0-based, unique
    created: str = ""  # ISO-8601, UTC
    updated: str = ""
    status: str = STATUS_OK  # "ok" | "reanchored" | "orphaned"
    # Citation snapshot, taken when the clip was made (or re-anchored).
    title: str = ""
    author: str | None = None
    publisher: str | None = None
    date: str | None = None
    url: str | None = None

    @property
    def is_orphaned(self) -> bool:
        return self.status == STATUS_ORPHANED


@dataclass(slots=True)
class ReanchorReport:
    """What `ClipStore.reanchor` did to each clip it looked at."""

    unchanged: list[Clip] = field(default_factory=list)
    reanchored: list[Clip] = field(default_factory=list)
    orphaned: list[Clip] = field(default_factory=list)
    # Clips whose article was not in the mapping; left as they were unless flag_missing.
    missing_article: list[Clip] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return (
            len(self.unchanged)
            + len(self.reanchored)
            + len(self.orphaned)
            + len(self.missing_article)
        )

    def summary(self) -> str:
        """One line worth telling the user, or "" when every clip was where it should be."""
        parts = []
        if self.reanchored:
            parts.append(f"{len(self.reanchored)} clip(s) re-anchored in edited articles")
        if self.orphaned:
            parts.append(f"{len(self.orphaned)} clip(s) not found in their edited articles (kept, flagged)")
        if self.missing_article:
            parts.append(f"{len(self.missing_article)} clip(s) from articles that could not be loaded")
        return "; ".join(parts)


_COLUMNS = (
    "id",
    "article_id",
    "article_path",
    "content_hash",
    "paragraph",
    "start",
    "end",
    "quote",
    "prefix",
    "suffix",
    "note",
    "tags",
    "position",
    "created",
    "updated",
    "status",
    "title",
    "author",
    "publisher",
    "date",
    "url",
)
_SELECT = "SELECT " + ", ".join(f'"{c}"' for c in _COLUMNS) + " FROM clips"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS clips (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    article_id TEXT NOT NULL,
    article_path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    paragraph INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    position INTEGER NOT NULL,
    created TEXT NOT NULL,
    updated TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'ok',
    title TEXT NOT NULL DEFAULT '',
    author TEXT,
    publisher TEXT,
    "date" TEXT,
    url TEXT,
    -- content_hash of the article version an orphaned clip was last looked for in
    searched_hash TEXT
);
CREATE INDEX IF NOT EXISTS clips_article ON clips (article_id, "start", "end");
CREATE INDEX IF NOT EXISTS clips_position ON clips (position);
"""


def default_path() -> Path:
    return config.data_dir() / CLIPS_FILENAME


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def normalise_tags(tags: Iterable[str] | str | None) -> list[str]:
    """Stripped, non-empty, de-duplicated tags in the order given; a string is split on commas."""
    if tags is None:
        return []
    if isinstance(tags, str):
        tags = tags.split(",")
    seen: list[str] = []
    for tag in tags:
        tag = str(tag).strip()
        if tag and tag not in seen:
            seen.append(tag)
    return seen


@contextmanager
def _recovery_lock(path: Path) -> Iterator[None]:
    """An exclusive inter-process lock next to the database (POSIX; best effort elsewhere)."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; a double recovery still loses nothing
        yield
        return
    with open(path.with_name(path.name + ".recovery-lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    if isinstance(exc, sqlite3.OperationalError):
        # "database is locked", "unable to open", disk I/O... are not corruption.
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc).lower()
    return "not a database" in message or "malformed" in message


class ClipStore:
    """The clips database. Safe to share between threads; several stores may share a file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.recovered_from: Path | None = None
        self.warning: str | None = None
        self._lock = threading.RLock()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = self._open_or_recover()

    # -- opening, corruption -------------------------------------------------------------

    def _open_or_recover(self) -> sqlite3.Connection:
        try:
            return self._open()
        except sqlite3.DatabaseError as exc:
            if not _is_corruption(exc):
                raise
        # Recovery is serialised between processes: whoever comes second must find the
        # new, healthy file, not move it aside too.
        with _recovery_lock(self.path):
            try:
                return self._open()
            except sqlite3.DatabaseError as exc:
                if not _is_corruption(exc):
                    raise
                self._move_aside(exc)
            return self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path,
            timeout=BUSY_TIMEOUT_MS / 1000,
            isolation_level=None,  # we issue BEGIN/COMMIT ourselves
            check_same_thread=False,
        )
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"could not switch {self.path} to WAL mode ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                error = sqlite3.DatabaseError(f"database disk image is malformed: {check}")
                error.sqlite_errorcode = _SQLITE_CORRUPT  # type: ignore[attr-defined]
                raise error
            conn.execute("BEGIN IMMEDIATE")
            for statement in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
                conn.execute(statement)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version == 0:
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
            raise
        return conn

    def _move_aside(self, exc: Exception) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            os.replace(self.path, target)
        except FileNotFoundError:
            # Another process got here first and already moved it aside.
            target = None
        for sidecar in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + sidecar)
            if side.exists() and target is not None:
                os.replace(side, target.with_name(target.name + sidecar))
        self.recovered_from = target
        if target is not None:
            self.warning = (
                f"The clips database {self.path} could not be read ({exc}); "
                f"it was moved to {target} and a new, empty one was created."
            )

    # -- lifecycle -------------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> ClipStore:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    # -- reading -----------------------------------------------------------------------------

    def _query(self, sql: str, params: Iterable = ()) -> list[Clip]:
        with self._lock:
            rows = self._conn.execute(sql, tuple(params)).fetchall()
        return [_row_to_clip(row) for row in rows]

    def get(self, clip_id: int) -> Clip | None:
        found = self._query(f"{_SELECT} WHERE id = ?", (clip_id,))
        return found[0] if found else None

    def list(self, order: str = "position") -> list[Clip]:
        """Every clip, in the user's order ("position") or most recently marked first ("newest")."""
        if order == "position":
            return self._query(f"{_SELECT} ORDER BY position, id")
        if order == "newest":
            return self._query(f"{_SELECT} ORDER BY created DESC, id DESC")
        raise ValueError(f"unknown clip order {order!r}; expected one of {', '.join(ORDERS)}")

    def for_article(self, article_id: str) -> list[Clip]:
        """The clips of one article, in body order (for showing marks in the article view)."""
        return self._query(f'{_SELECT} WHERE article_id = ? ORDER BY "start", "end", id', (article_id,))

    def find(self, article_id: str, start: int, end: int) -> Clip | None:
        """The clip marking exactly body[start:end] of the article, if any (to toggle a mark)."""
        found = self._query(
            f'{_SELECT} WHERE article_id = ? AND "start" = ? AND "end" = ? ORDER BY id LIMIT 1',
            (article_id, start, end),
        )
        return found[0] if found else None

    def count(self) -> int:
        with self._lock:
            return self._conn.execute("SELECT COUNT(*) FROM clips").fetchone()[0]

    # -- writing -------------------------------------------------------------------------------

    def _write(self, work):
        """Run `work(conn)` in its own IMMEDIATE transaction, committed before returning."""
        with self._lock:
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
            return result

    def add(
        self,
        article: Article,
        start: int,
        end: int,
        note: str = "",
        tags: Iterable[str] | str = (),
    ) -> Clip:
        """Mark body[start:end] of `article`; surrounding whitespace is trimmed off the span.

        Marking a span that is already marked returns the existing clip unchanged.
        """
        start, end = _validated_span(article, start, end)
        now = utc_now()
        values = {
            "article_id": article.id,
            **_anchor(article, start, end),
            "note": note or "",
            "tags": json.dumps(normalise_tags(tags), ensure_ascii=False),
            "created": now,
            "updated": now,
            "status": STATUS_OK,
            **_citation(article),
        }

        def insert(conn: sqlite3.Connection) -> int:
            # Checked inside the write transaction: another store may be marking it too.
            row = conn.execute(
                'SELECT id FROM clips WHERE article_id = ? AND "start" = ? AND "end" = ?'
                " AND content_hash = ? ORDER BY id LIMIT 1",
                (article.id, start, end, article.content_hash),
            ).fetchone()
            if row is not None:
                return row[0]
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM clips").fetchone()[0]
            names = list(values) + ["position"]
            cursor = conn.execute(
                "INSERT INTO clips (" + ", ".join(f'"{n}"' for n in names) + ") VALUES ("
                + ", ".join("?" for _ in names)
                + ")",
                [*values.values(), position],
            )
            return cursor.lastrowid

        clip_id = self._write(insert)
        clip = self.get(clip_id)
        assert clip is not None
        return clip

    def add_paragraph(
        self, article: Article, paragraph_index: int, note: str = "", tags: Iterable[str] | str = ()
    ) -> Clip:
        """Mark a whole paragraph."""
        if not 0 <= paragraph_index < len(article.paragraphs):
            raise ClipError(
                f"{article.id} has no paragraph {paragraph_index} "
                f"(it has {len(article.paragraphs)})"
            )
        paragraph = article.paragraphs[paragraph_index]
        return self.add(article, paragraph.start, paragraph.end, note=note, tags=tags)

    def remove(self, clip_id: int) -> bool:
        def delete(conn: sqlite3.Connection) -> bool:
            return conn.execute("DELETE FROM clips WHERE id = ?", (clip_id,)).rowcount > 0

        return self._write(delete)

    def restore(self, clip: Clip) -> Clip:
        """Put a removed clip back as it was (undo): same id, anchor, note, tags and place in
        the user's order (the clips from there on move down one). A clip that is still there
        is returned as it is."""

        def insert(conn: sqlite3.Connection) -> None:
            if conn.execute("SELECT 1 FROM clips WHERE id = ?", (clip.id,)).fetchone():
                return
            conn.execute("UPDATE clips SET position = position + 1 WHERE position >= ?", (clip.position,))
            values = [getattr(clip, name) for name in _COLUMNS]
            values[_COLUMNS.index("tags")] = json.dumps(normalise_tags(clip.tags), ensure_ascii=False)
            conn.execute(
                "INSERT INTO clips (" + ", ".join(f'"{n}"' for n in _COLUMNS) + ") VALUES ("
                + ", ".join("?" for _ in _COLUMNS)
                + ")",
                values,
            )

        self._write(insert)
        restored = self.get(clip.id)
        assert restored is not None
        return restored

    def clear(self) -> int:
        """Delete every clip; returns how many there were."""
        return self._write(lambda conn: conn.execute("DELETE FROM clips").rowcount)

    def update(
        self, clip_id: int, note: str | None = None, tags: Iterable[str] | str | None = None
    ) -> Clip | None:
        """Change the note and/or tags (None leaves a field alone). None if the clip is gone."""

        def change(conn: sqlite3.Connection) -> bool:
            assignments, params = ["updated = ?"], [utc_now()]
            if note is not None:
                assignments.append("note = ?")
                params.append(note)
            if tags is not None:
                assignments.append("tags = ?")
                params.append(json.dumps(normalise_tags(tags), ensure_ascii=False))
            sql = f"UPDATE clips SET {', '.join(assignments)} WHERE id = ?"
            return conn.execute(sql, [*params, clip_id]).rowcount > 0

        return self.get(clip_id) if self._write(change) else None

    def move(self, clip_id: int, new_position: int) -> Clip | None:
        """Move a clip to `new_position` (0-based, clamped) in the user's order.

        Positions are renumbered 0..n-1. Returns the moved clip, or None if it is gone.
        """

        def reorder(conn: sqlite3.Connection) -> bool:
            ids = [row[0] for row in conn.execute("SELECT id FROM clips ORDER BY position, id")]
            if clip_id not in ids:
                return False
            ids.remove(clip_id)
            ids.insert(max(0, min(new_position, len(ids))), clip_id)
            now = utc_now()
            current = dict(conn.execute("SELECT id, position FROM clips").fetchall())
            for position, other_id in enumerate(ids):
                if current[other_id] != position:
                    conn.execute(
                        "UPDATE clips SET position = ?, updated = CASE WHEN id = ? THEN ? ELSE updated END"
                        " WHERE id = ?",
                        (position, clip_id, now, other_id),
                    )
            return True

        return self.get(clip_id) if self._write(reorder) else None

    # -- re-anchoring ------------------------------------------------------------------------

    def reanchor(self, articles: Mapping[str, Article], flag_missing: bool = False) -> ReanchorReport:
        """Find every clip's text again in the current version of its article.

        A clip whose quote still sits at its offsets is unchanged (its hash is refreshed).
        Otherwise the quote is searched for: exact occurrences first, the one whose
        prefix/suffix match best (then the nearest) winning; failing that a fuzzy match
        (difflib, similarity >= FUZZY_THRESHOLD). A found clip gets new offsets, paragraph,
        quote, context, hash and citation, and status "reanchored". A clip that cannot be
        found keeps its old data and is flagged "orphaned"; it is never dropped.
        Clips of articles missing from `articles` are left alone (flagged orphaned only
        when `flag_missing` is true, e.g. when the whole corpus was loaded).
        """
        report = ReanchorReport()
        with self._lock:
            searched = dict(self._conn.execute("SELECT id, searched_hash FROM clips").fetchall())
        for clip in self.list():
            article = articles.get(clip.article_id)
            if article is not None and not _same_file(clip.article_path, article.path):
                # Another corpus can have an article with the same id: never re-anchor (or
                # rewrite the quote of) a clip against a different file.
                article = None
            if article is None:
                if flag_missing and clip.status != STATUS_ORPHANED:
                    self._set_status(clip.id, STATUS_ORPHANED)
                    clip = self.get(clip.id) or clip
                report.missing_article.append(clip)
                continue
            if _still_in_place(clip, article):
                if article.content_hash != clip.content_hash or clip.status == STATUS_ORPHANED:
                    status = STATUS_OK if clip.status == STATUS_ORPHANED else clip.status
                    self._set_anchor(clip.id, article, clip.start, clip.end, status)
                    clip = self.get(clip.id) or clip
                report.unchanged.append(clip)
                continue
            if clip.status == STATUS_ORPHANED and searched.get(clip.id) == article.content_hash:
                # Already looked for in this very version: the (slow) fuzzy search would
                # fail again.
                report.orphaned.append(clip)
                continue
            span = locate(article.body, clip.quote, clip.prefix, clip.suffix, near=clip.start)
            if span is None:
                self._set_status(clip.id, STATUS_ORPHANED, searched_hash=article.content_hash)
                report.orphaned.append(self.get(clip.id) or clip)
                continue
            if span == (clip.start, clip.end) and clip.status != STATUS_ORPHANED:
                # Same place after all (only the surroundings changed).
                self._set_anchor(clip.id, article, clip.start, clip.end, clip.status)
                report.unchanged.append(self.get(clip.id) or clip)
                continue
            self._set_anchor(clip.id, article, span[0], span[1], STATUS_REANCHORED)
            report.reanchored.append(self.get(clip.id) or clip)
        return report

    def _set_status(self, clip_id: int, status: str, searched_hash: str | None = None) -> None:
        self._write(
            lambda conn: conn.execute(
                "UPDATE clips SET status = ?, searched_hash = ?, updated = ? WHERE id = ?",
                (status, searched_hash, utc_now(), clip_id),
            )
        )

    def _set_anchor(self, clip_id: int, article: Article, start: int, end: int, status: str) -> None:
        # Only the anchor and citation columns: a note edited meanwhile by another
        # instance is left as it is.
        values = {
            **_anchor(article, start, end),
            "status": status,
            "searched_hash": None,
            "updated": utc_now(),
            **_citation(article),
        }
        sql = "UPDATE clips SET " + ", ".join(f'"{k}" = ?' for k in values) + " WHERE id = ?"
        self._write(lambda conn: conn.execute(sql, [*values.values(), clip_id]))


# -- helpers ---------------------------------------------------------------------------------


def _anchor(article: Article, start: int, end: int) -> dict:
    """The columns that say where a clip's text is: file, version, offsets, quote and context."""
    return {
        "article_path": str(article.path),
        "content_hash": article.content_hash,
        "paragraph": _paragraph_index(article, start),
        "start": start,
        "end": end,
        "quote": article.body[start:end],
        "prefix": article.body[max(0, start - CONTEXT_CHARS) : start],
        "suffix": article.body[end : end + CONTEXT_CHARS],
    }


def reanchor_all(store: "ClipStore", load_article: Callable[[str], Article]) -> ReanchorReport:
    """Re-anchor every clip against the current text of its article. `load_article(id)` raises
    LookupError, ValueError or OSError for an article it cannot give; those clips are left alone."""
    articles = {}
    for article_id in {clip.article_id for clip in store.list()}:
        try:
            articles[article_id] = load_article(article_id)
        except (LookupError, ValueError, OSError):
            continue
    return store.reanchor(articles)


def _same_file(stored: str, path: Path) -> bool:
    try:
        return os.path.realpath(stored) == os.path.realpath(path)
    except (OSError, ValueError):
        return False


def _row_to_clip(row: tuple) -> Clip:
    data = dict(zip(_COLUMNS, row))
    try:
        data["tags"] = normalise_tags(json.loads(data["tags"] or "[]"))
    except (ValueError, TypeError):
        data["tags"] = normalise_tags(str(data["tags"]))
    return Clip(**data)


def _still_in_place(clip: Clip, article: Article) -> bool:
    """The quote is at the clip's offsets, and (if the file changed) so is its context."""
    body = article.body
    if body[clip.start : clip.end] != clip.quote:
        return False
    if article.content_hash == clip.content_hash:
        return True
    before = body[max(0, clip.start - len(clip.prefix)) : clip.start]
    after = body[clip.end : clip.end + len(clip.suffix)]
    return before == clip.prefix and after == clip.suffix


def _citation(article: Article) -> dict:
    return {
        "title": article.title or "",
        "author": article.author,
        "publisher": article.publisher,
        "date": article.date,
        "url": article.url,
    }


def _validated_span(article: Article, start: int, end: int) -> tuple[int, int]:
    body = article.body
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ClipError(f"offsets must be integers, got {start!r} and {end!r}")
    if not 0 <= start < end <= len(body):
        raise ClipError(
            f"invalid span {start}..{end} for {article.id} (body has {len(body)} characters)"
        )
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    if start == end:
        raise ClipError(f"span {start}..{end} of {article.id} is only whitespace")
    return start, end


def _paragraph_index(article: Article, offset: int) -> int:
    """The paragraph containing `offset`, or the next one when it falls between paragraphs."""
    for paragraph in article.paragraphs:
        if offset < paragraph.end:
            return paragraph.index
    return article.paragraphs[-1].index if article.paragraphs else 0


def locate(
    body: str, quote: str, prefix: str = "", suffix: str = "", near: int = 0
) -> tuple[int, int] | None:
    """Where `quote` is in `body` now: (start, end), or None.

    Exact occurrences first, ranked by how well their surroundings match `prefix` and
    `suffix` (closest characters first), then by distance from `near`; then the best
    fuzzy match.
    """
    if not quote:
        return None
    occurrences = []
    at = body.find(quote)
    while at != -1:
        occurrences.append(at)
        at = body.find(quote, at + 1)
    if occurrences:

        def rank(start: int) -> tuple[int, float, int]:
            # Context right next to the quote counts most: how many characters on each side
            # still match, then overall similarity, then closeness to the old place.
            before = body[max(0, start - len(prefix)) : start]
            after = body[start + len(quote) : start + len(quote) + len(suffix)]
            adjacent = _common_prefix(before[::-1], prefix[::-1]) + _common_prefix(after, suffix)
            similar = _similarity(before, prefix) + _similarity(after, suffix)
            return (-adjacent, -similar, abs(start - near))

        best = min(occurrences, key=rank)
        return best, best + len(quote)
    return _fuzzy_locate(body, quote, prefix, suffix, near)


def _common_prefix(a: str, b: str) -> int:
    return len(os.path.commonprefix([a, b]))


def _similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _fuzzy_locate(
    body: str, quote: str, prefix: str, suffix: str, near: int
) -> tuple[int, int] | None:
    """The stretch of `body` most similar to `quote`, if similar enough.

    Candidate windows are anchored on long common substrings of body and quote, then the
    window is narrowed to what actually matches; each candidate is scored by difflib ratio.
    """
    matcher = difflib.SequenceMatcher(None, body, quote, autojunk=False)
    slack = max(16, len(quote) // 4)
    min_anchor = max(4, min(len(quote) // 5, 24))
    candidates: set[tuple[int, int]] = set()
    # Anchor on the longest common block of each region of the body (one per paragraph-sized
    # chunk), so a spurious long match elsewhere cannot hide the real place.
    chunk = max(len(quote) * 2, 400)
    for chunk_start in range(0, max(1, len(body)), chunk):
        lo, hi = max(0, chunk_start - len(quote)), min(len(body), chunk_start + chunk + len(quote))
        match = matcher.find_longest_match(lo, hi, 0, len(quote))
        if match.size < min_anchor:
            continue
        window_start = max(0, match.a - match.b - slack)
        window_end = min(len(body), match.a + (len(quote) - match.b) + slack)
        span = _narrow(body, window_start, window_end, quote)
        if span is not None:
            candidates.add(span)
    best: tuple[float, int, tuple[int, int]] | None = None
    for start, end in candidates:
        score = _similarity(body[start:end], quote)
        if score < FUZZY_THRESHOLD:
            continue
        key = (-score, abs(start - near), (start, end))
        if best is None or key < best:
            best = key
    return best[2] if best else None


def _narrow(body: str, window_start: int, window_end: int, quote: str) -> tuple[int, int] | None:
    """The part of body[window_start:window_end] that aligns with `quote`, snapped to words."""
    window = body[window_start:window_end]
    blocks = [
        block
        for block in difflib.SequenceMatcher(None, window, quote, autojunk=False).get_matching_blocks()
        if block.size >= 3
    ]
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    # Stretch to where the quote's unmatched ends would be, bounded by the window.
    start = max(0, first.a - first.b)
    end = min(len(window), last.a + last.size + (len(quote) - last.b - last.size))
    start, end = window_start + start, window_start + end
    # Snap to word boundaries so the quote does not start or end mid-word.
    while start > 0 and body[start - 1].isalnum() and body[start].isalnum():
        start -= 1
    while end < len(body) and body[end - 1].isalnum() and body[end].isalnum():
        end += 1
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None
