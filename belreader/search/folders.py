"""Folders belreader owns: its marker, and what may be emptied, swapped or deleted.

Only a folder carrying belreader's marker (or, for indexes made before the marker existed,
belreader's metadata beside an index's table of contents) is ever emptied, rebuilt, swapped or
deleted, so a mistyped `--index` can never destroy the user's files. Engine-neutral: a
local-folder backend uses these; the one-line problems they raise are the protocol's.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

from belreader import config
from belreader.search.protocol import IndexProblem, IndexReadOnly, IndexRefused

META_FILE = "belreader-index.json"
MARKER_FILE = "belreader-index.marker"
MARKER_TEXT = "This folder is a belreader index: belreader may empty, rebuild or delete it.\n"
DAMAGE_FILE = "belreader-damaged.txt"
LEGACY_TOC = "_MAIN_*.toc"  # the table of contents of an index made before the marker existed
_READ_ONLY_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS)


def prepare_empty(directory: Path) -> None:
    """`directory` created, marked as belreader's and emptied of all but the marker (refused
    with IndexRefused if it holds anything and is not belreader's)."""
    if has_entries(directory) and not is_ours(directory):
        raise IndexRefused(f"{directory} is not empty and is not a belreader index; refusing to use it")
    directory.mkdir(parents=True, exist_ok=True)
    write_marker(directory)  # first: a build killed from here on leaves a folder marked as ours
    for child in directory.iterdir():
        if child.name == MARKER_FILE:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()


def has_entries(directory: Path) -> bool:
    """Whether `directory` exists as a folder with anything in it."""
    try:
        with os.scandir(directory) as entries:
            return next(entries, None) is not None
    except (FileNotFoundError, NotADirectoryError):
        return False


def is_ours(directory: Path, legacy: bool = True) -> bool:
    """Whether belreader made `directory`: it carries belreader's marker or (with `legacy`, for
    an index made before the marker existed) belreader's metadata file, with a schema version,
    beside a Whoosh table of contents."""
    directory = Path(directory)
    try:
        if (directory / MARKER_FILE).is_file():
            return True
        if not legacy:
            return False
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        return isinstance(meta, dict) and "schema_version" in meta and any(directory.glob(LEGACY_TOC))
    except (OSError, ValueError):
        return False


def write_marker(directory: Path) -> None:
    if not (directory / MARKER_FILE).is_file():
        config.atomic_write_text(directory / MARKER_FILE, MARKER_TEXT)


def adopt(directory: Path) -> None:
    """Give an index of an older belreader (recognised by its metadata) the marker."""
    if is_ours(directory):
        try:
            write_marker(directory)
        except OSError:  # read-only: it is still recognised by its metadata
            pass


def remove_ours(directory: Path, legacy: bool) -> None:
    """Delete `directory` only if belreader made it (or if it is an empty folder); a link to
    such a folder is removed, never what it points to."""
    if directory.is_symlink():
        if is_ours(directory, legacy=legacy):
            directory.unlink(missing_ok=True)
        return
    if is_ours(directory, legacy=legacy):
        shutil.rmtree(directory, ignore_errors=True)
    elif directory.is_dir() and not directory.is_symlink() and not has_entries(directory):
        try:
            directory.rmdir()
        except OSError:
            pass


def write_problem(index_dir: Path, exc: OSError, where: str = "") -> IndexProblem:
    """The one-line problem for a failed write: IndexReadOnly when the index cannot be
    written at all (permissions, a read-only file system), so it can still be read."""
    kind = IndexReadOnly if exc.errno in _READ_ONLY_ERRNOS else IndexProblem
    return kind(f"cannot write the index at {index_dir}: {exc.strerror or exc}{where}")


def one_line(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:120] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def damage_mark(directory: Path) -> str | None:
    try:
        return (Path(directory) / DAMAGE_FILE).read_text(encoding="utf-8").strip()[:200] or "damaged"
    except (OSError, UnicodeDecodeError):
        return None


def mark_damaged(directory: Path, reason: str) -> None:
    try:
        if is_ours(directory):
            config.atomic_write_text(Path(directory) / DAMAGE_FILE, reason + "\n")
    except OSError:  # read-only: the reading error is reported each time instead
        pass
