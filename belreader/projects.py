"""Projects: each corpus is a project with its own clips, reading state, search history, saved
searches, read and starred marks, and settings (issue 13, defect 8).

A project is named by its corpus folder (`config.corpus_key`: the folder's name and a hash of its
path) and lives in two folders:

- `config.data_dir()/projects/<key>/`: `project.json` (the corpus path, when it was first and last
  used, how many articles its index held and the index folder last used, which switching to
  the project reads), `clips.sqlite3`, `state.json` (the reader's), and
  `history.json`, `searches.json`, `marks.json` (history.py, reading.py);
- `config.config_dir()/projects/<key>/settings.json`: the project's settings (analysis on or off).

Every JSON file is changed by `config.update_json`: read, changed and written atomically under a
lock, so a second belreader on the same project loses nothing. Nothing of one project is ever
read by another: clips, history and marks are found by the project's folder alone.

Before projects, clips and state were global (`data_dir()/clips.sqlite3`, `data_dir()/state.json`).
`adopt_legacy_clips` moves, when a project's clips are first opened, the old clips whose article
file lies inside its corpus into the project's database; the others stay where they were (the
file is their recoverable place) until their own corpus is opened, and the notice says so. The
old state file seeds a project's state and history once, when it was saved for that corpus.

Headless: no UI imports.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from belreader import config

PROJECTS_DIR = "projects"
PROJECT_FILE = "project.json"
SETTINGS_FILE = "settings.json"
CLIPS_FILE = "clips.sqlite3"
STATE_FILE = "state.json"
HISTORY_FILE = "history.json"
SEARCHES_FILE = "searches.json"
MARKS_FILE = "marks.json"
LEGACY_CLIPS_FILE = "clips.sqlite3"  # data_dir()/clips.sqlite3: every corpus's clips, before projects
LEGACY_STATE_FILE = "state.json"
TOUCH_EVERY = 60.0  # seconds: `last_used` is rewritten at most this often

# What analysis costs, for the sentence `belreader settings analysis` prints: articles per second
# over the whole pipeline with two processes (the README's Speed table: 2,225 BBC articles with
# NLP in 59-189 s; without, in 2.6 s). Conservative, so the estimate is rarely beaten by the wait.
ANALYSED_PER_SECOND = 15.0
INDEXED_PER_SECOND = 500.0


@dataclass(frozen=True, slots=True)
class Project:
    """The files of one corpus's project (nothing is read or made until asked)."""

    corpus: Path
    key: str

    @classmethod
    def for_corpus(cls, corpus: Path | str) -> Project:
        path = Path(corpus).expanduser().resolve()
        return cls(path, config.corpus_key(path))

    @property
    def data_dir(self) -> Path:
        return config.data_dir() / PROJECTS_DIR / self.key

    @property
    def config_dir(self) -> Path:
        return config.config_dir() / PROJECTS_DIR / self.key

    @property
    def name(self) -> str:
        """The project's name as shown: its corpus folder's name."""
        return self.corpus.name or str(self.corpus)

    def path(self, name: str) -> Path:
        """One of the project's data files (CLIPS_FILE, STATE_FILE, HISTORY_FILE...)."""
        return self.data_dir / name

    @property
    def settings_path(self) -> Path:
        return self.config_dir / SETTINGS_FILE

    # -- project.json ---------------------------------------------------------------------

    def record(self) -> dict:
        """What project.json says ({} for a project never used)."""
        return config.read_json_object(self.path(PROJECT_FILE))[0] if self.path(PROJECT_FILE).exists() else {}

    def touch(self, articles: int | None = None, *, index: Path | None = None, force: bool = False) -> None:
        """Record that the project was used now (and how many articles its index holds, and the
        index folder it was read from). At most once a minute unless `force`, the count or the
        folder changed; a read-only data dir is not an error."""
        now = datetime.now(UTC)
        record = self.record()
        last = _parse_time(record.get("last_used"))
        fresh = last is not None and (now - last).total_seconds() < TOUCH_EVERY
        same_index = index is None or record.get("index") == str(index)
        if fresh and not force and same_index and (articles is None or record.get("articles") == articles):
            return

        def change(data: dict) -> None:
            data["corpus"] = str(self.corpus)
            data.setdefault("created", now.isoformat(timespec="seconds"))
            data["last_used"] = now.isoformat(timespec="seconds")
            if articles is not None:
                data["articles"] = int(articles)
            if index is not None:
                data["index"] = str(index)

        try:
            config.update_json(self.path(PROJECT_FILE), change)
        except OSError:
            pass

    def index_dir(self) -> Path | None:
        """The index folder the project was last used with (`--index`, or the default), when it
        is still there: switching to the project reads that index, not a new default one."""
        recorded = self.record().get("index")
        if not isinstance(recorded, str) or not recorded:
            return None
        path = Path(recorded)
        return path if path.is_dir() else None

    # -- settings -------------------------------------------------------------------------

    def settings(self) -> Settings:
        data = config.read_json_object(self.settings_path)[0] if self.settings_path.exists() else {}
        return Settings.from_dict(data)

    def change_settings(self, **values) -> Settings:
        """Set settings (analysis=True/False, backend=..., None clears one); written atomically.
        Raises OSError."""

        def change(data: dict) -> dict:
            data.update({k: v for k, v in values.items() if k in Settings.__dataclass_fields__})
            return {k: v for k, v in data.items() if v is not None}  # None: the setting is cleared

        data, _ = config.update_json(self.settings_path, change)
        return Settings.from_dict(data)


@dataclass(frozen=True, slots=True)
class Settings:
    """A project's settings. `analysis` None: never set (analysis is on by default).
    `backend`, `opensearch_url`, `index_prefix`: the project's search engine (a team archive on
    an OpenSearch cluster), used when neither the command line nor the environment chooses one;
    None: not set (Whoosh)."""

    analysis: bool | None = None
    backend: str | None = None
    opensearch_url: str | None = None
    index_prefix: str | None = None

    @classmethod
    def from_dict(cls, data: dict) -> Settings:
        analysis = data.get("analysis")

        def text(key: str) -> str | None:
            value = data.get(key)
            return value.strip() if isinstance(value, str) and value.strip() else None

        return cls(
            analysis=analysis if isinstance(analysis, bool) else None,
            backend=text("backend"),
            opensearch_url=text("opensearch_url"),
            index_prefix=text("index_prefix"),
        )


@dataclass(frozen=True, slots=True)
class ProjectInfo:
    """One line of `belreader projects`: a project and what it holds."""

    key: str
    corpus: str
    corpus_exists: bool
    articles: int | None  # as its index last held them (None: never indexed)
    clips: int | None  # None: the clips database could not be read
    last_used: str | None
    created: str | None
    analysis: bool

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "corpus": self.corpus,
            "corpus_exists": self.corpus_exists,
            "articles": self.articles,
            "clips": self.clips,
            "last_used": self.last_used,
            "created": self.created,
            "analysis": self.analysis,
        }


def list_projects(count_clips: Callable[[Path], int | None]) -> list[ProjectInfo]:
    """Every project that has been used, most recently used first. `count_clips(path)` counts
    the clips of a database (None when it cannot be read); a missing database has none."""
    root = config.data_dir() / PROJECTS_DIR
    try:
        folders = sorted(p for p in root.iterdir() if p.is_dir())
    except OSError:
        return []
    found = []
    for folder in folders:
        record, _ = config.read_json_object(folder / PROJECT_FILE) if (folder / PROJECT_FILE).exists() else ({}, None)
        corpus = record.get("corpus")
        if not isinstance(corpus, str) or not corpus:
            continue  # not a project folder (or its record is gone): nothing to name it by
        project = Project(Path(corpus), folder.name)
        clips_path = folder / CLIPS_FILE
        articles = record.get("articles")
        found.append(
            ProjectInfo(
                key=folder.name,
                corpus=corpus,
                corpus_exists=Path(corpus).is_dir(),
                articles=articles if type(articles) is int else None,
                clips=count_clips(clips_path) if clips_path.exists() else 0,
                last_used=_text(record.get("last_used")),
                created=_text(record.get("created")),
                analysis=project.settings().analysis is not False,
            )
        )
    return sorted(found, key=lambda p: (p.last_used or "", p.key), reverse=True)


def find_project(name: str) -> Project:
    """A project by key, corpus path or corpus folder name (unique). Raises LookupError."""
    known = list_projects(lambda _path: None)
    candidate = Path(name).expanduser()
    if candidate.is_dir():
        return Project.for_corpus(candidate)
    matches = [p for p in known if name in (p.key, p.corpus) or Path(p.corpus).name == name]
    if len(matches) == 1:
        return Project(Path(matches[0].corpus), matches[0].key)
    if not matches:
        raise LookupError(f"no project '{name}'; list them with `belreader projects`")
    raise LookupError(f"'{name}' names {len(matches)} projects ({', '.join(m.key for m in matches)}); give its key")


def analysis_cost(articles: int, on: bool) -> str:
    """What turning analysis on (or off) costs, in words: the rebuild and its likely time."""
    rate = ANALYSED_PER_SECOND if on else INDEXED_PER_SECOND
    seconds = articles / rate
    what = "with entities and claims" if on else "without entities and claims"
    return f"the index of {articles:,} article{'s' if articles != 1 else ''} is rebuilt {what}: {_duration(seconds)}"


def _duration(seconds: float) -> str:
    if seconds < 10:
        return "a few seconds"
    if seconds < 90:
        return f"about {round(seconds / 10) * 10:.0f} seconds"
    if seconds < 5400:
        return f"about {round(seconds / 60):.0f} minutes"
    return f"about {seconds / 3600:.1f} hours"


def _parse_time(value) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _text(value) -> str | None:
    return value if isinstance(value, str) else None


# -- migration from the global files --------------------------------------------------------


def legacy_clips_path() -> Path:
    return config.data_dir() / LEGACY_CLIPS_FILE


def legacy_state_path() -> Path:
    return config.data_dir() / LEGACY_STATE_FILE


def inside(path: str | os.PathLike, corpus: Path) -> bool:
    """Whether a file's path lies inside the corpus folder (links resolved on both sides)."""
    try:
        real = Path(os.path.realpath(path))
        root = Path(os.path.realpath(corpus))
    except (OSError, ValueError):
        return False
    return real == root or root in real.parents
