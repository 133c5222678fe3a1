"""Where things live: the bundled data, the corpus, the index, user data and settings.

User data goes to the XDG dirs through platformdirs, so tests point them at
`tmp_path` by setting XDG_DATA_HOME / XDG_CONFIG_HOME / XDG_CACHE_HOME (or the
BELREADER_*_DIR overrides below).
"""

from __future__ import annotations

import errno
import hashlib
import json
import math
import os
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

import platformdirs

T = TypeVar("T")
APP_NAME = "belreader"
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024


class SettingsError(Exception):
    """A setting that cannot be used; the one-line message names it. Not a ValueError, so
    that code skipping one bad file on ValueError never mistakes it for a problem of a file."""


def max_file_bytes() -> int:
    """The size above which a file is skipped: $BELREADER_MAX_FILE_MB (default 20), a
    positive number of megabytes. Raises SettingsError for anything else (inf, nan, -1, abc)."""
    value = os.environ.get("BELREADER_MAX_FILE_MB", "").strip()
    if not value:
        return DEFAULT_MAX_FILE_BYTES
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = math.nan
    if not (math.isfinite(megabytes) and megabytes > 0):
        raise SettingsError(
            f"BELREADER_MAX_FILE_MB={value!r} is not a positive number of megabytes "
            f"(the size above which a file is skipped; default {DEFAULT_MAX_FILE_BYTES // 2**20})"
        )
    return max(1, int(megabytes * 1024 * 1024))


def check_settings() -> None:
    """Raise SettingsError, naming the setting, if one of them cannot be used. The front
    ends call this first, so a bad setting is one clear line, not a crash in every command."""
    max_file_bytes()


def package_data_dir() -> Path:
    """The bundled `data/` folder (repo checkout) or its copy inside an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "data", here / "_data"):
        if (candidate / "articles").is_dir():
            return candidate
    return here.parent / "data"


def bundled_corpus() -> Path:
    return package_data_dir() / "articles"


BUNDLED_TABLES = ("entities.toml", "organisations.toml", "media.toml", "places.toml", "venues.toml")


def bundled_entity_files() -> list[Path]:
    """The bundled entity tables: the curated entities, organisations and parties, media, places, venues."""
    return [package_data_dir() / name for name in BUNDLED_TABLES]


def resolve_corpus(corpus: str | os.PathLike | None = None) -> Path:
    """The corpus to use: the argument, else $BELREADER_CORPUS, else the bundled one."""
    if corpus is None or str(corpus) == "":
        corpus = os.environ.get("BELREADER_CORPUS") or bundled_corpus()
    return Path(corpus).expanduser().resolve()


def _dir(env_var: str, default: str) -> Path:
    override = os.environ.get(env_var)
    path = Path(override).expanduser() if override else Path(default)
    return path


def data_dir() -> Path:
    """User data: each project's clips, reading state, history and saved searches (projects.py)."""
    return _dir("BELREADER_DATA_DIR", platformdirs.user_data_dir(APP_NAME))


def config_dir() -> Path:
    """Settings (each project's in projects/<corpus key>/) and the user's own entities.toml."""
    return _dir("BELREADER_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))


def cache_dir() -> Path:
    """Rebuildable things: indexes and NLP analysis caches."""
    return _dir("BELREADER_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))


def corpus_key(corpus: Path) -> str:
    """A short stable key for a corpus path, so each corpus gets its own index."""
    digest = hashlib.sha1(str(corpus.resolve()).encode("utf-8")).hexdigest()[:12]
    return f"{corpus.name or 'root'}-{digest}"


def default_index_dir(corpus: Path) -> Path:
    return cache_dir() / "indexes" / corpus_key(corpus)


def user_entities_file() -> Path:
    return config_dir() / "entities.toml"


def atomic_write_text(path: Path, text: str, *, overwrite: bool = True) -> None:
    """`text` as UTF-8, exactly as given (no newline translation), by `atomic_write_bytes`."""
    atomic_write_bytes(path, text.encode("utf-8"), overwrite=overwrite)


def atomic_write_bytes(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write `data` to `path` so a crash leaves either the old file or the new one (a temporary
    file in the same folder, synced, then renamed; the folder synced too). The one atomic writer:
    settings, state, index metadata, exports and charts all use it.

    The file gets the permissions a new file gets (umask). With `overwrite` false an existing
    `path` raises FileExistsError, also one created meanwhile (the rename is a hard link, which
    fails if the name exists)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        if overwrite:
            os.replace(tmp, path)
        else:
            _rename_no_clobber(tmp, path)
        _fsync_dir(path.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _rename_no_clobber(tmp: Path, dest: Path) -> None:
    try:
        os.link(tmp, dest)  # fails if dest exists: no window to overwrite a new file
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links: best effort.
        if dest.exists():
            raise FileExistsError(errno.EEXIST, "file exists", str(dest)) from None
        os.replace(tmp, dest)
        return
    tmp.unlink()


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


# Read once at import: os.umask is process-wide and changing it later races with threads.
_UMASK = _current_umask()


def read_json(path: Path):
    """The JSON value in `path`. Raises OSError if it cannot be read, ValueError if it is not
    UTF-8 JSON, including JSON nested too deeply to parse (which Python reports as RecursionError)."""
    text = Path(path).read_text(encoding="utf-8")  # UnicodeDecodeError is a ValueError
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError(f"{path}: nested too deeply") from None


def atomic_write_json(path: Path, data) -> None:
    atomic_write_text(path, json.dumps(data, ensure_ascii=False, indent=2))


def move_aside(path: Path) -> Path | None:
    """Keep an unreadable file for the user under a name no later one overwrites
    (`NAME.corrupt-<UTC time>`); None if it could not be moved (it is gone, or the folder is
    read-only)."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")  # as clips.sqlite3's
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


@contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """An exclusive lock between processes (and threads) on `path` + ".lock", held for a
    read-modify-write of a small JSON file, so two belreaders never lose each other's change.
    Best effort where the lock file cannot be made (a read-only folder: the write fails anyway)."""
    with _thread_lock:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(path.with_name(path.name + ".lock"), "a")
        except OSError:
            yield
            return
        with handle:
            try:
                import fcntl
            except ImportError:  # Windows: no flock
                yield
                return
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)


_thread_lock = threading.RLock()


def read_json_object(path: Path) -> tuple[dict, str | None]:
    """The JSON object in `path` ({} when there is none yet or it cannot be read) and, when it
    was there but unreadable (not UTF-8, not JSON, not an object), one line saying it was
    moved aside (`move_aside`) so that nothing is overwritten."""
    try:
        data = read_json(path)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except OSError:
        return {}, None
    except ValueError:
        moved = move_aside(path)
        where = f"moved to {moved.name}" if moved else "left in place"
        return {}, f"{path} could not be read ({where}); starting fresh"
    return data, None


def update_json(path: Path, change: Callable[[dict], T]) -> tuple[T, str | None]:
    """Read the JSON object in `path`, let `change` modify it in place, and write it back
    atomically, all under `file_lock`: safe with a second belreader doing the same. Returns what
    `change` returned and the notice of `read_json_object` (a corrupt file moved aside).
    Raises OSError when it cannot be written."""
    with file_lock(path):
        data, notice = read_json_object(path)
        result = change(data)
        atomic_write_json(path, data)
    return result, notice


def follow_symlinks() -> bool:
    """Follow symbolic links that stay inside the corpus folder: $BELREADER_FOLLOW_SYMLINKS=1
    (default: no). Links that lead outside the corpus are never followed."""
    return os.environ.get("BELREADER_FOLLOW_SYMLINKS", "").strip().lower() in ("1", "true", "yes", "on")
