"""The user's marked passages ("clips"), persisted in SQLite the moment they are marked.

One row per passage in the project's `clips.sqlite3` (projects.py: one database per corpus;
`default_path()` is the one global file of the versions before projects, whose clips
`move_clips` hands to their projects). The store is built for
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

The words the user marked (`Clip.quote`) and the citation taken then are never rewritten.
Re-anchoring moves the offsets; when the text now under them differs, it is kept beside
the marked words (`Clip.current_quote`) and the clip is "changed since marked".

A clip made from a claim (`add(..., claim=...)`) records who said it, how and through which
outlets (`speaker`, `verb`, `outlets`), so an export can attribute the passage, and the claim's id
with its fingerprint (`claim_fingerprint`): an id names a place in the text, and `Clip.claim_in`
tells which claim a later analysis finds there is still the one the clip was made from, if any.

Every failure of the database (locked past the timeout, a folder at its path, a file of
another program, a newer schema, an unwritable folder) is a `ClipStoreError` whose message
is one line naming the file. A store that only has to read (`ClipStore(read_only=True)`,
or a folder it cannot write) creates, migrates and moves aside nothing.
"""

from __future__ import annotations

import builtins
import difflib
import errno
import json
import os
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from belreader import config
from belreader.article import Article
from belreader.nlp.records import Claim, find_claim, fingerprint_scheme, written_speaker

CLIPS_FILENAME = "clips.sqlite3"
# 1: the first schema. 2: `current_quote`, so `quote` stays the words the user marked.
# 3: the claim a clip was made from (speaker, speaker_id, verb, outlets, claim_id) and
# `title_derived`; older files gain the columns (empty), read-only ones are read as they are.
# 4: `claim_fingerprint`, what the claim was (`Claim.fingerprint`), not only where it started.
SCHEMA_VERSION = 4
CONTEXT_CHARS = 32
BUSY_TIMEOUT_MS = 15_000
# A fuzzy re-anchoring must be at least this similar (difflib ratio) to be trusted.
FUZZY_THRESHOLD = 0.8

STATUS_OK = "ok"
STATUS_REANCHORED = "reanchored"
STATUS_ORPHANED = "orphaned"
STATUSES = (STATUS_OK, STATUS_REANCHORED, STATUS_ORPHANED)

# The clip orders, one home for the store, the CLI's --order and the Clips screen: each order
# and how the reader names it.
ORDER_NAMES = {"position": "your order", "newest": "newest first"}
ORDERS = tuple(ORDER_NAMES)

# SQLite result codes meaning "this file is not a (healthy) database".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
# ... and "this process may not write here" (permission, read-only file or folder).
_SQLITE_CANNOT_WRITE = (3, 8, 14)  # PERM, READONLY, CANTOPEN


class ClipError(ValueError):
    """A clip could not be made from the given article and offsets."""


class ClipStoreError(Exception):
    """The clips database cannot be used; the message is one line naming its path."""


class _WrongSchema(sqlite3.DatabaseError):
    """A SQLite file at the clips path that is not (or no longer) a belreader clips database."""


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
    quote: str  # the words the user marked: body[start:end] when marked, never rewritten
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
    # The text now at start:end when it differs from `quote` (the article was edited under
    # the clip); None when the article still says what was marked.
    current_quote: str | None = None
    # The claim the clip was made from, when it was: who said it, the reporting verb as
    # written, and the outlets it was reported through (names); None/[] otherwise.
    speaker: str | None = None
    speaker_id: str | None = None
    verb: str | None = None
    outlets: list[str] = field(default_factory=list)
    claim_id: str | None = None
    title_derived: bool = False  # part of the citation snapshot: the title was made from the text
    # The claim's `Claim.fingerprint` when the clip was made (None: not from a claim, or a clip of
    # schema 3, made before fingerprints: `claim_in` then checks its snapshot).
    claim_fingerprint: str | None = None

    @property
    def is_orphaned(self) -> bool:
        return self.status == STATUS_ORPHANED

    @property
    def changed_since_marked(self) -> bool:
        return self.current_quote is not None

    @property
    def anchored_text(self) -> str:
        """The text at start:end as of the last re-anchoring: what to look for next time."""
        return self.quote if self.current_quote is None else self.current_quote

    def claim_in(self, claims: Iterable[Claim]) -> Claim | None:
        """The claim this clip was made from among `claims` (a current analysis's of its article),
        or None when it is no longer found. Ids are places in the text: a re-analysis, or an edit
        of the article, can put another claim where this one started, and opening that one would
        be confidently wrong. With a fingerprint: the claim starting at the id's character with
        the same speaker and words (`find_claim`; its id may have gained or lost where it ends;
        a fingerprint of session 41's scheme is checked with the speaker's id the clip kept).
        A clip made before fingerprints (schema 3) is checked against its own snapshot instead of
        trusted: the claim under its id must be by the speaker it recorded (as written) and lie
        inside the passage marked from it (the claim's sentence, or its paragraph). The one check
        of a clip's claim."""
        if not self.claim_id:
            return None
        mine = [c for c in claims if c.article_id == self.article_id]
        if self.claim_fingerprint is not None and fingerprint_scheme(self.claim_fingerprint) == 1:
            # session 41's scheme hashed the speaker's entity id of then, which the clip kept: a
            # claim whose speaker is written as the clip recorded it is checked with that id, so
            # an id changed since (a merge, a full name found elsewhere) does not lose the claim
            kept = [
                replace(c, speaker_id=self.speaker_id)
                if written_speaker(c.speaker) == written_speaker(self.speaker)
                else c
                for c in mine
            ]
            found = find_claim(kept, self.claim_id, self.claim_fingerprint)
            return next((c for c, k in zip(mine, kept, strict=True) if k is found), None)
        if self.claim_fingerprint is not None:
            return find_claim(mine, self.claim_id, self.claim_fingerprint)
        found = next((c for c in mine if c.id == self.claim_id), None)
        if found is None or written_speaker(self.speaker) != written_speaker(found.speaker):
            return None
        return found if self.start <= found.start < found.end <= self.end else None


@dataclass(slots=True)
class ReanchorReport:
    """What `ClipStore.reanchor` did to each clip it looked at."""

    unchanged: list[Clip] = field(default_factory=list)
    reanchored: list[Clip] = field(default_factory=list)
    orphaned: list[Clip] = field(default_factory=list)
    # Clips whose text was edited (found, but it no longer reads as marked); also listed in
    # unchanged or reanchored, by where they were found.
    changed: list[Clip] = field(default_factory=list)
    # Clips whose article was not in the mapping; left as they were unless flag_missing.
    missing_article: list[Clip] = field(default_factory=list)

    @property
    def checked(self) -> int:
        return len(self.unchanged) + len(self.reanchored) + len(self.orphaned) + len(self.missing_article)

    def summary(self) -> str:
        """One line worth telling the user, or "" when every clip was where it should be."""
        parts = []
        if self.reanchored:
            parts.append(f"{len(self.reanchored)} clip(s) re-anchored in edited articles")
        if self.changed:
            parts.append(
                f"{len(self.changed)} clip(s) changed since marked (your marked words are kept; "
                "the current text is shown beside them)"
            )
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
    "current_quote",
    "speaker",
    "speaker_id",
    "verb",
    "outlets",
    "claim_id",
    "title_derived",
    "claim_fingerprint",
)

# Columns later schemas added, with their SQL types: an older file gains them (migration) or,
# opened read-only, reads them as NULL.
_ADDED_COLUMNS = {
    "current_quote": "TEXT",  # schema 2
    "speaker": "TEXT",  # schema 3 ...
    "speaker_id": "TEXT",
    "verb": "TEXT",
    "outlets": "TEXT",
    "claim_id": "TEXT",
    "title_derived": "INTEGER",
    "claim_fingerprint": "TEXT",  # schema 4
}

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
    -- the text now at start..end when the article was edited under the clip (schema 2)
    current_quote TEXT,
    -- the claim the clip was made from (schema 3): outlets is a JSON list of names
    speaker TEXT,
    speaker_id TEXT,
    verb TEXT,
    outlets TEXT,
    claim_id TEXT,
    title_derived INTEGER,
    -- what the claim was, beside where it started (schema 4): `Claim.fingerprint`
    claim_fingerprint TEXT,
    -- content_hash of the article version an orphaned clip was last looked for in
    searched_hash TEXT
);
CREATE INDEX IF NOT EXISTS clips_article ON clips (article_id, "start", "end");
CREATE INDEX IF NOT EXISTS clips_position ON clips (position);
"""


def default_path() -> Path:
    return config.data_dir() / CLIPS_FILENAME


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


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
def _recovery_lock(path: Path, suffix: str = ".recovery-lock") -> Iterator[None]:
    """An exclusive inter-process lock next to the database (POSIX; best effort elsewhere)."""
    try:
        import fcntl
    except ImportError:  # Windows: no flock; a double recovery still loses nothing
        yield
        return
    with open(path.with_name(path.name + suffix), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _is_corruption(exc: sqlite3.Error) -> bool:
    if isinstance(exc, _WrongSchema):
        return True
    if isinstance(exc, sqlite3.OperationalError):
        # "database is locked", "unable to open", disk I/O... are not corruption.
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc).lower()
    return "not a database" in message or "malformed" in message


def _is_busy(exc: BaseException) -> bool:
    """Is this SQLite's "database is locked" / "busy": another connection holds the lock?"""
    reason = _reason(exc)
    return isinstance(exc, sqlite3.OperationalError) and ("locked" in reason or "busy" in reason)


def _cannot_write(exc: BaseException) -> bool:
    """Did opening for writing fail only because this process may not write there?"""
    if isinstance(exc, OSError):
        return exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _SQLITE_CANNOT_WRITE
    message = str(exc).lower()
    return "readonly" in message or "read-only" in message or "unable to open" in message


def _reason(exc: BaseException) -> str:
    text = (exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)) or type(exc).__name__
    return " ".join(text.split())


def _refuse_newer(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; ClipStoreError if a newer belreader wrote it."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise ClipStoreError(
            f"the clips database {path} was written by a newer belreader (schema {version}, "
            f"this one knows {SCHEMA_VERSION}); it was left as it is"
        )
    return version


def _quick_check(conn: sqlite3.Connection) -> None:
    check = conn.execute("PRAGMA quick_check").fetchone()[0]
    if check != "ok":
        error = sqlite3.DatabaseError(f"database disk image is malformed: {check}")
        error.sqlite_errorcode = _SQLITE_CORRUPT
        raise error


class ClipStore:
    """The clips database. Safe to share between threads; several stores may share a file."""

    def __init__(
        self,
        path: Path | None = None,
        read_only: bool = False,
        timeout: float | None = None,
    ) -> None:
        """Open (creating or migrating it) the clips database at `path`.

        `read_only=True` only reads: nothing is created, migrated or moved aside, and a
        missing file is an empty store. A store that cannot write where it should (a
        read-only folder or file) falls back to reading, with `warning` saying so.
        Raises ClipStoreError.
        """
        self.path = Path(path) if path is not None else default_path()
        self.recovered_from: Path | None = None
        self.warning: str | None = None
        self.read_only = read_only
        self.read_only_reason: str | None = None  # why a store meant to write could not
        self.timeout = BUSY_TIMEOUT_MS / 1000 if timeout is None else timeout
        self._lock = threading.RLock()
        # Columns the file has: a schema-1 file opened read-only has no current_quote.
        self._columns = set(_COLUMNS)
        # Read-only: re-anchoring results kept in memory, as they cannot be saved.
        self._overlay: dict[int, Clip] = {}
        self._searched_overlay: dict[int, str | None] = {}
        self._conn = self._connect()

    # -- opening, corruption, schema -----------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        if self.path.is_dir():
            raise ClipStoreError(f"the clips database {self.path} is a folder, not a file; move it away to use clips")
        if not self.read_only:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                return self._open_or_recover()
            except ClipStoreError:
                raise
            except (sqlite3.Error, OSError) as exc:
                if not _cannot_write(exc):
                    raise ClipStoreError(self.describe(exc)) from None
                first_error = exc
            try:
                conn = self._open_read_only()
            except ClipStoreError:
                raise ClipStoreError(self.describe(first_error)) from None
            self.read_only = True
            self.read_only_reason = _reason(first_error)
            self.warning = (
                f"the clips database {self.path} is read-only here ({_reason(first_error)}): "
                "clips are shown, but changes and re-anchoring are not saved"
            )
            return conn
        return self._open_read_only()

    def describe(self, exc: BaseException) -> str:
        """One line saying what went wrong with the database, naming its path."""
        if isinstance(exc, ClipStoreError):
            return str(exc)
        if _is_busy(exc):
            return (
                f"the clips database {self.path} is locked by another program "
                f"(waited {self.timeout:g} s); try again when it is done"
            )
        return f"cannot use the clips database {self.path}: {_reason(exc)}"

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

    def _configure(self, conn: sqlite3.Connection) -> None:
        conn.execute(f"PRAGMA busy_timeout = {int(self.timeout * 1000)}")

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(
            self.path,
            timeout=self.timeout,
            isolation_level=None,  # we issue BEGIN/COMMIT ourselves
            check_same_thread=False,
        )
        try:
            self._configure(conn)
            self._inspect(conn)  # before WAL mode rewrites the header of a file that is not ours
            mode = self._switch_to_wal(conn)
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"could not switch {self.path} to WAL mode ({mode})")
            conn.execute("PRAGMA synchronous = FULL")
            _quick_check(conn)
            conn.execute("BEGIN IMMEDIATE")
            self._migrate(conn)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            conn.close()
            raise
        return conn

    def _switch_to_wal(self, conn: sqlite3.Connection) -> str:
        """Put the file in WAL mode, waiting for other programs as long as the timeout allows.

        When two programs switch a new file at the same moment, each holds the read lock the
        other's switch waits for, and SQLite answers "database is locked" at once, without
        its busy handler (so as not to deadlock): the switch is simply tried again."""
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        while True:
            try:
                return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
            except sqlite3.OperationalError as exc:
                if not _is_busy(exc) or time.monotonic() >= deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)

    def _open_read_only(self) -> sqlite3.Connection:
        """Open without writing anything: no file, no -wal/-shm, no migration."""
        if not self.path.exists():
            return self._empty()
        uri = "file:" + urllib.parse.quote(str(self.path.absolute()))
        conn = None
        try:
            try:
                conn = self._connect_uri(uri + "?mode=ro")
            except sqlite3.OperationalError:
                wal = self.path.with_name(self.path.name + "-wal")
                if wal.exists() and wal.stat().st_size:
                    raise
                # A WAL database closed cleanly, in a folder where SQLite cannot create its
                # shared-memory file: with no WAL content, reading the file as it is is exact.
                conn = self._connect_uri(uri + "?mode=ro&immutable=1")
            _quick_check(conn)
            columns = self._inspect(conn)
            if columns is None:
                conn.close()
                return self._empty()
            self._columns -= set(_ADDED_COLUMNS) - columns  # an older schema, read as it is
            return conn
        except ClipStoreError:
            if conn is not None:
                conn.close()
            raise
        except sqlite3.Error as exc:
            if conn is not None:
                conn.close()
            if _is_corruption(exc):
                raise ClipStoreError(
                    f"the clips database {self.path} cannot be read ({_reason(exc)}); "
                    "it was left as it is (read-only here)"
                ) from None
            raise ClipStoreError(self.describe(exc)) from None

    def _connect_uri(self, uri: str) -> sqlite3.Connection:
        conn = sqlite3.connect(uri, uri=True, timeout=self.timeout, isolation_level=None, check_same_thread=False)
        self._configure(conn)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()  # reads the header now
        return conn

    def _empty(self) -> sqlite3.Connection:
        """An empty in-memory store: what a missing database reads as."""
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        for statement in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
            conn.execute(statement)
        return conn

    def _inspect(self, conn: sqlite3.Connection) -> set[str] | None:
        """The clips table's columns, or None in a database with no tables yet. Reads only.

        Raises _WrongSchema for another program's file, ClipStoreError for a newer belreader's."""
        tables = {
            row[0]
            for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        }
        if "clips" not in tables:
            if tables:
                raise _WrongSchema(f"it has no clips table, only {', '.join(sorted(tables))}")
            _refuse_newer(conn, self.path)
            return None
        _refuse_newer(conn, self.path)
        columns = {row[1] for row in conn.execute("PRAGMA table_info(clips)")}
        missing = (set(_COLUMNS) | {"searched_hash"}) - set(_ADDED_COLUMNS) - columns
        if missing:
            raise _WrongSchema(f"its clips table has no {', '.join(sorted(missing))} column")
        return columns

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Create the schema, or bring an older one up to SCHEMA_VERSION (inside a write)."""
        columns = self._inspect(conn)
        if columns is not None:
            # Schema 1 -> 2 -> 3 -> 4: new columns start empty (existing quotes are the marked
            # words; no clip was known to come from a claim); nothing is rewritten.
            for name, kind in _ADDED_COLUMNS.items():
                if name not in columns:
                    conn.execute(f'ALTER TABLE clips ADD COLUMN "{name}" {kind}')
        for statement in filter(None, (s.strip() for s in _SCHEMA.split(";"))):
            conn.execute(statement)
        if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _move_aside(self, exc: Exception) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        aside = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        target: Path | None = aside
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            # Another process got here first and already moved it aside.
            target = None
        for sidecar in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + sidecar)
            if side.exists() and target is not None:
                os.replace(side, target.with_name(target.name + sidecar))
        self.recovered_from = target
        if target is not None:
            what = "is not a belreader clips database" if isinstance(exc, _WrongSchema) else "could not be read"
            self.warning = (
                f"The clips database {self.path} {what} ({_reason(exc)}); "
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

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Any database failure becomes a one-line ClipStoreError naming the file."""
        try:
            yield
        except ClipStoreError:
            raise
        except sqlite3.Error as exc:
            raise ClipStoreError(self.describe(exc)) from None

    # -- reading -----------------------------------------------------------------------------

    @property
    def _select(self) -> str:
        names = (f'"{c}"' if c in self._columns else f'NULL AS "{c}"' for c in _COLUMNS)
        return "SELECT " + ", ".join(names) + " FROM clips"

    def _query(self, sql: str, params: Iterable = ()) -> list[Clip]:
        with self._lock, self._guard():
            rows = self._conn.execute(sql, tuple(params)).fetchall()
        clips = [_row_to_clip(row) for row in rows]
        if self._overlay:
            clips = [self._overlay.get(clip.id, clip) for clip in clips]
        return clips

    def get(self, clip_id: int) -> Clip | None:
        found = self._query(f"{self._select} WHERE id = ?", (clip_id,))
        return found[0] if found else None

    def list(self, order: str = "position") -> list[Clip]:
        """Every clip, in the user's order ("position") or most recently marked first ("newest")."""
        if order == "position":
            return self._query(f"{self._select} ORDER BY position, id")
        if order == "newest":
            return self._query(f"{self._select} ORDER BY created DESC, id DESC")
        raise ValueError(f"unknown clip order {order!r}; expected one of {', '.join(ORDERS)}")

    def for_article(self, article_id: str) -> builtins.list[Clip]:  # `list` here is the method above
        """The clips of one article, in body order (for showing marks in the article view)."""
        clips = self._query(f"{self._select} WHERE article_id = ?", (article_id,))
        return sorted(clips, key=lambda c: (c.start, c.end, c.id))

    def find(self, article_id: str, start: int, end: int) -> Clip | None:
        """The clip marking exactly body[start:end] of the article, if any (to toggle a mark)."""
        return next((c for c in self.for_article(article_id) if (c.start, c.end) == (start, end)), None)

    def count(self) -> int:
        with self._lock, self._guard():
            return self._conn.execute("SELECT COUNT(*) FROM clips").fetchone()[0]

    # -- writing -------------------------------------------------------------------------------

    def check_writable(self) -> None:
        """Raise ClipStoreError (one line, with the reason) if this store cannot save changes."""
        if self.read_only:
            why = f" ({self.read_only_reason})" if self.read_only_reason else ""
            raise ClipStoreError(f"cannot change the clips database {self.path}: it is read-only here{why}")

    def _write(self, work):
        """Run `work(conn)` in its own IMMEDIATE transaction, committed before returning."""
        self.check_writable()
        with self._lock, self._guard():
            conn = self._conn
            conn.execute("BEGIN IMMEDIATE")
            try:
                result = work(conn)
            except BaseException:
                if conn.in_transaction:
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
        claim=None,
        outlet_names: Mapping[str, str] | None = None,
    ) -> Clip:
        """Mark body[start:end] of `article`; surrounding whitespace is trimmed off the span.

        `claim` (a `belreader.nlp` Claim, e.g. the one whose sentence is marked) records its
        speaker, reporting verb and outlets with the clip; `outlet_names` maps the claim's
        outlet ids to the names to keep (an id without a name is kept as it is).
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
            **_attribution(claim, outlet_names),
        }

        def insert(conn: sqlite3.Connection) -> int:
            # Checked inside the write transaction: another store may be marking it too.
            # The same words at the same place of the same version: over a clip whose text
            # changed since it was marked, marking the new words makes a new clip.
            row = conn.execute(
                'SELECT id FROM clips WHERE article_id = ? AND "start" = ? AND "end" = ?'
                " AND content_hash = ? AND quote = ? AND current_quote IS NULL ORDER BY id LIMIT 1",
                (article.id, start, end, article.content_hash, values["quote"]),
            ).fetchone()
            if row is not None:
                return row[0]
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM clips").fetchone()[0]
            names = list(values) + ["position"]
            cursor = conn.execute(
                "INSERT INTO clips ("
                + ", ".join(f'"{n}"' for n in names)
                + ") VALUES ("
                + ", ".join("?" for _ in names)
                + ")",
                [*values.values(), position],
            )
            clip_id = cursor.lastrowid
            assert clip_id is not None  # set by the INSERT
            return clip_id

        clip_id = self._write(insert)
        clip = self.get(clip_id)
        assert clip is not None
        return clip

    def add_paragraph(
        self,
        article: Article,
        paragraph_index: int,
        note: str = "",
        tags: Iterable[str] | str = (),
        claim=None,
        outlet_names: Mapping[str, str] | None = None,
    ) -> Clip:
        """Mark a whole paragraph (`claim`: as for `add`)."""
        if not 0 <= paragraph_index < len(article.paragraphs):
            raise ClipError(f"{article.id} has no paragraph {paragraph_index} (it has {len(article.paragraphs)})")
        paragraph = article.paragraphs[paragraph_index]
        return self.add(
            article, paragraph.start, paragraph.end, note=note, tags=tags, claim=claim, outlet_names=outlet_names
        )

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
            values[_COLUMNS.index("outlets")] = json.dumps(list(clip.outlets), ensure_ascii=False)
            conn.execute(
                "INSERT INTO clips ("
                + ", ".join(f'"{n}"' for n in _COLUMNS)
                + ") VALUES ("
                + ", ".join("?" for _ in _COLUMNS)
                + ")",
                values,
            )

        self._write(insert)
        restored = self.get(clip.id)
        assert restored is not None
        return restored

    def adopt(self, clips: Iterable[Clip]) -> builtins.list[Clip]:
        """Copy clips from another database into this one, after its own in their order (new ids;
        note, tags, anchor, citation and dates kept). A clip already here (the same article, span
        and creation time: a move interrupted half-way) is not copied twice. Returns the clips
        copied or found, in one transaction."""
        wanted = builtins.list(clips)

        def insert(conn: sqlite3.Connection) -> builtins.list[int]:
            position = conn.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM clips").fetchone()[0]
            ids = []
            columns = [c for c in _COLUMNS if c != "id"]
            for clip in sorted(wanted, key=lambda c: (c.position, c.id)):
                row = conn.execute(
                    'SELECT id FROM clips WHERE article_id = ? AND "start" = ? AND "end" = ? AND created = ?',
                    (clip.article_id, clip.start, clip.end, clip.created),
                ).fetchone()
                if row is not None:
                    ids.append(row[0])
                    continue
                values = {name: getattr(clip, name) for name in columns}
                values["tags"] = json.dumps(normalise_tags(clip.tags), ensure_ascii=False)
                values["outlets"] = json.dumps(builtins.list(clip.outlets), ensure_ascii=False)
                values["position"] = position
                position += 1
                cursor = conn.execute(
                    "INSERT INTO clips ("
                    + ", ".join(f'"{n}"' for n in columns)
                    + ") VALUES ("
                    + ", ".join("?" for _ in columns)
                    + ")",
                    builtins.list(values.values()),
                )
                assert cursor.lastrowid is not None
                ids.append(cursor.lastrowid)
            return ids

        ids = self._write(insert) if wanted else []
        return [c for c in (self.get(i) for i in ids) if c is not None]

    def clear(self) -> int:
        """Delete every clip; returns how many there were."""
        return self._write(lambda conn: conn.execute("DELETE FROM clips").rowcount)

    def update(self, clip_id: int, note: str | None = None, tags: Iterable[str] | str | None = None) -> Clip | None:
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

        A clip whose text still sits at its offsets is unchanged (its hash is refreshed).
        Otherwise the text is searched for: exact occurrences first, the one whose
        prefix/suffix match best (then the nearest) winning; failing that a fuzzy match
        (difflib, similarity >= FUZZY_THRESHOLD). A found clip gets new offsets, paragraph,
        context and hash, and status "reanchored". Its marked words (`quote`) and citation
        are never rewritten: when the text found differs from them, it is kept in
        `current_quote` and the clip is listed in `report.changed`. A clip that cannot be
        found keeps its old data and is flagged "orphaned"; it is never dropped.
        Clips of articles missing from `articles` are left alone (flagged orphaned only
        when `flag_missing` is true, e.g. when the whole corpus was loaded).
        A read-only store re-anchors in memory: later reads see the result, nothing is saved.
        """
        report = ReanchorReport()
        with self._lock, self._guard():
            searched = dict(self._conn.execute("SELECT id, searched_hash FROM clips").fetchall())
        searched.update(self._searched_overlay)
        for clip in self.list():
            article = articles.get(clip.article_id)
            if article is not None and not _same_file(clip.article_path, article.path):
                # Another corpus can have an article with the same id: never re-anchor a
                # clip against a different file.
                article = None
            if article is None:
                if flag_missing and clip.status != STATUS_ORPHANED:
                    clip = self._save_anchor(clip, status=STATUS_ORPHANED, searched_hash=None)
                report.missing_article.append(clip)
                continue
            if _still_in_place(clip, article):
                if article.content_hash != clip.content_hash or clip.status == STATUS_ORPHANED:
                    status = STATUS_OK if clip.status == STATUS_ORPHANED else clip.status
                    clip = self._move_to(clip, article, clip.start, clip.end, status)
                report.unchanged.append(clip)
                if clip.changed_since_marked:
                    report.changed.append(clip)
                continue
            if clip.status == STATUS_ORPHANED and searched.get(clip.id) == article.content_hash:
                # Already looked for in this very version: the (slow) fuzzy search would
                # fail again.
                report.orphaned.append(clip)
                continue
            span = locate(article.body, clip.anchored_text, clip.prefix, clip.suffix, near=clip.start)
            if span is None and clip.changed_since_marked:
                span = locate(article.body, clip.quote, clip.prefix, clip.suffix, near=clip.start)
            if span is None:
                clip = self._save_anchor(clip, status=STATUS_ORPHANED, searched_hash=article.content_hash)
                report.orphaned.append(clip)
                continue
            if span == (clip.start, clip.end) and clip.status != STATUS_ORPHANED:
                # Same place after all (only the surroundings, or the words, changed).
                clip = self._move_to(clip, article, clip.start, clip.end, clip.status)
                report.unchanged.append(clip)
            else:
                clip = self._move_to(clip, article, span[0], span[1], STATUS_REANCHORED)
                report.reanchored.append(clip)
            if clip.changed_since_marked:
                report.changed.append(clip)
        return report

    def _move_to(self, clip: Clip, article: Article, start: int, end: int, status: str) -> Clip:
        """Anchor `clip` at body[start:end] of `article`; its marked words stay as they are."""
        text = article.body[start:end]
        return self._save_anchor(
            clip,
            article_path=str(article.path),
            content_hash=article.content_hash,
            paragraph=_paragraph_index(article, start),
            start=start,
            end=end,
            prefix=article.body[max(0, start - CONTEXT_CHARS) : start],
            suffix=article.body[end : end + CONTEXT_CHARS],
            current_quote=None if text == clip.quote else text,
            status=status,
            searched_hash=None,
        )

    def _save_anchor(self, clip: Clip, **values) -> Clip:
        """Write only these anchor columns (a note edited meanwhile by another instance is
        left as it is), or, read-only, remember them for later reads."""
        values["updated"] = utc_now()
        searched_hash = values.pop("searched_hash")
        changed = replace(clip, **values)
        if self.read_only:
            self._overlay[clip.id] = changed
            self._searched_overlay[clip.id] = searched_hash
            return changed
        values["searched_hash"] = searched_hash
        sql = "UPDATE clips SET " + ", ".join(f'"{k}" = ?' for k in values) + " WHERE id = ?"
        self._write(lambda conn: conn.execute(sql, [*values.values(), clip.id]))
        return self.get(clip.id) or changed


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


@dataclass(slots=True)
class MoveReport:
    """What `move_clips` did: clips moved into the destination, and those left in the source."""

    moved: int = 0
    left: int = 0
    retired: Path | None = None  # where an emptied source file was moved (nothing is deleted)
    warning: str | None = None  # the source database's own (moved aside as unreadable...)


def move_clips(source: Path, dest: ClipStore, belongs: Callable[[Clip], bool]) -> MoveReport:
    """Move the clips of the database at `source` for which `belongs(clip)` into `dest`: copied
    first (`ClipStore.adopt`, which never copies one twice), then removed from `source`, so a
    crash in between loses nothing and the next move finishes the job. A source left empty is
    renamed `NAME.moved-<time>` (kept, not deleted). Serialised between processes by a lock
    beside `source`. Raises ClipStoreError (either database cannot be used)."""
    report = MoveReport()
    if not source.is_file():
        return report
    with _recovery_lock(source, ".move-lock"):
        if not source.is_file():
            return report
        with ClipStore(source) as old:
            report.warning = old.warning
            if old.read_only:
                mine = [c for c in old.list() if belongs(c)]
                report.left = old.count() - len(mine)  # cannot remove from it: nothing moved
                return report
            mine = [c for c in old.list() if belongs(c)]
            if mine:
                dest.adopt(mine)

                def delete(conn: sqlite3.Connection) -> None:
                    conn.executemany("DELETE FROM clips WHERE id = ?", [(c.id,) for c in mine])

                old._write(delete)
            report.moved = len(mine)
            report.left = old.count()
        if report.moved and not report.left:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
            retired = source.with_name(f"{source.name}.moved-{stamp}")
            try:
                os.replace(source, retired)
                for sidecar in ("-wal", "-shm"):
                    side = source.with_name(source.name + sidecar)
                    if side.exists():
                        os.replace(side, retired.with_name(retired.name + sidecar))
                report.retired = retired
            except OSError:
                pass
    return report


def reanchor_all(store: ClipStore, load_article: Callable[[str], Article]) -> ReanchorReport:
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
    data = dict(zip(_COLUMNS, row, strict=True))  # the row selects exactly _COLUMNS
    try:
        data["tags"] = normalise_tags(json.loads(data["tags"] or "[]"))
    except (ValueError, TypeError):
        data["tags"] = normalise_tags(str(data["tags"]))
    try:
        outlets = json.loads(data["outlets"] or "[]")
    except (ValueError, TypeError):
        outlets = []
    data["outlets"] = [str(o) for o in outlets if o] if isinstance(outlets, list) else []
    data["title_derived"] = bool(data["title_derived"])
    return Clip(**data)


def _still_in_place(clip: Clip, article: Article) -> bool:
    """The quote is at the clip's offsets, and (if the file changed) so is its context."""
    body = article.body
    if body[clip.start : clip.end] != clip.anchored_text:
        return False
    if article.content_hash == clip.content_hash:
        return True
    before = body[max(0, clip.start - len(clip.prefix)) : clip.start]
    after = body[clip.end : clip.end + len(clip.suffix)]
    return before == clip.prefix and after == clip.suffix


def _citation(article: Article) -> dict:
    return {
        "title": article.title or "",
        "title_derived": int(bool(article.title_derived)),
        "author": article.author,
        "publisher": article.publisher,
        "date": article.date,
        "url": article.url,
    }


def _attribution(claim, outlet_names: Mapping[str, str] | None) -> dict:
    """The claim columns of a clip: who said it, the verb as written, the outlets' names, the
    claim's id and fingerprint."""
    if claim is None:
        return {
            "speaker": None,
            "speaker_id": None,
            "verb": None,
            "outlets": "[]",
            "claim_id": None,
            "claim_fingerprint": None,
        }
    names = outlet_names or {}
    outlets = [str(names.get(outlet, outlet)) for outlet in getattr(claim, "outlets", None) or []]
    return {
        "speaker": getattr(claim, "speaker", None) or None,
        "speaker_id": getattr(claim, "speaker_id", None) or None,
        "verb": getattr(claim, "verb_text", None) or getattr(claim, "verb", None) or None,
        "outlets": json.dumps(list(dict.fromkeys(o for o in outlets if o)), ensure_ascii=False),
        "claim_id": getattr(claim, "id", None) or None,
        "claim_fingerprint": getattr(claim, "fingerprint", None) or None,
    }


def _validated_span(article: Article, start: int, end: int) -> tuple[int, int]:
    body = article.body
    if not (isinstance(start, int) and isinstance(end, int)):
        raise ClipError(f"offsets must be integers, got {start!r} and {end!r}")
    if not 0 <= start < end <= len(body):
        raise ClipError(f"invalid span {start}..{end} for {article.id} (body has {len(body)} characters)")
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


def locate(body: str, quote: str, prefix: str = "", suffix: str = "", near: int = 0) -> tuple[int, int] | None:
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


def _fuzzy_locate(body: str, quote: str, prefix: str, suffix: str, near: int) -> tuple[int, int] | None:
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
