"""Reliability under faults and hostile input (issue 6): crashes, races, unwritable and full disks,
markup and escape injection through the CLI, export confinement, clips under SIGKILL.

Each test drives the real code in a subprocess or through real files in `tmp_path`; the
minutes-long version of the indexer kill test is `bench/kill_indexer.py`.
"""

from __future__ import annotations

import builtins
import errno
import gc
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from belreader.cli import app
from belreader.index import CorpusIndex, IndexProblem
from belreader.search import search

REPO = Path(__file__).resolve().parents[1]
ESCAPE_BYTES = ("\x1b", "\x07", "\x08", "\x9b", "\x9d")
TOPICS = ("grain exports", "military exercises", "energy loans", "border trade", "potash sanctions")


def article_text(n: int, topic: str, version: int = 0) -> str:
    return (
        f"Report {n} on {topic}\n\n"
        f"The report {n} (version {version}) covers {topic} and marker{n}; every article says zebra. "
        f"A second sentence adds detail.\n\nAnother paragraph returns to {topic} with more words.\n"
    )


def make_corpus(root: Path, count: int) -> list[str]:
    """`count` small articles in four folders; returns their ids (relative path without suffix)."""
    for n in range(count):
        path = root / f"c{n % 4}" / f"a{n:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_text(n, TOPICS[n % len(TOPICS)]), encoding="utf-8")
    return corpus_ids(root)


def corpus_ids(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root).with_suffix("")) for p in root.rglob("*.txt"))


def child_env() -> dict[str, str]:
    env = os.environ.copy()
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def index_files(index_dir: Path) -> set[str]:
    """Whoosh's files (segments, table of contents, temp folder), not belreader's own or the locks."""
    return {p.name for p in index_dir.iterdir() if "MAIN" in p.name and not p.name.endswith("WRITELOCK")}


# -- SIGKILL during a full build ----------------------------------------------------------------

BUILD_CHILD = r"""
import sys
import belreader.index as index_module
import belreader.sync as sync_module
sync_module.FIRST_BATCH = sync_module.LARGEST_BATCH = int(sys.argv[3])  # several commits per build, so kills land between them too
ix = index_module.CorpusIndex(sys.argv[1], sys.argv[2], analysis=False)
print("start", flush=True)
ix.update(wait=30)
print("done", flush=True)
"""


def test_sigkill_during_build_then_update_gives_exactly_the_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    expected = make_corpus(corpus, 400)

    def start_build(index_dir: Path) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", BUILD_CHILD, str(corpus), str(index_dir), "60"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=REPO,
        )
        assert proc.stdout.readline().strip() == "start", proc.stderr.read()
        return proc

    # Time one whole build on this machine, so the kills land inside the build, not after it.
    started = time.monotonic()
    calibration = start_build(tmp_path / "calibration")
    assert calibration.stdout.readline().strip() == "done", calibration.stderr.read()
    build_seconds = time.monotonic() - started
    calibration.wait(timeout=30)

    rng = random.Random(6)
    outcomes = []
    for round_ in range(3):
        index_dir = tmp_path / f"index{round_}"
        proc = start_build(index_dir)
        time.sleep(rng.uniform(0.02, 0.9) * build_seconds)
        killed = proc.poll() is None
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)

        # Whatever the kill left: a reader gets a usable index (a prefix of the corpus) or a
        # reason; it never gets an exception other than IndexProblem.
        probe = CorpusIndex(corpus, index_dir, analysis=False)
        problem = probe.problem()
        if problem is None:
            partial = [s.id for s in probe.summaries()]
            assert set(partial) <= set(expected)
            assert search(probe, "zebra", pagelen=5).total == len(partial)
        probe.close()

        index = CorpusIndex(corpus, index_dir, analysis=False)
        report = index.update(wait=10)
        assert [s.id for s in index.summaries()] == expected
        assert search(index, "zebra").total == len(expected)
        assert [h.id for h in search(index, "marker123").hits] == ["c3/a0123"]
        assert index.problem() is None
        outcomes.append((killed, problem, report.rebuilt_because))
        index.close()
    # The seed must actually kill some builds mid-way, or the test proves nothing.
    assert any(killed for killed, _, _ in outcomes), outcomes


# -- readers during an update -------------------------------------------------------------------

UPDATE_CHILD = r"""
import sys, time, os
from pathlib import Path
import belreader.index as index_module
import belreader.sync as sync_module
sync_module.FIRST_BATCH = sync_module.LARGEST_BATCH = 10
corpus, index_dir, seconds = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
ix = index_module.CorpusIndex(corpus, index_dir, analysis=False)
files = sorted(corpus.rglob("*.txt"))
deadline = time.monotonic() + seconds
version = 0
print("start", flush=True)
while time.monotonic() < deadline:
    version += 1
    for i, path in enumerate(files[: 60]):
        if version % 3 == 0 and i % 5 == 0:
            path.unlink(missing_ok=True)  # deletions make whoosh merge and drop segment files
        else:
            path.write_text(f"Report {i} version {version}\n\nzebra body {version} of {i}.\n\nMore text.\n")
            os.utime(path, (time.time() + version, time.time() + version))
    ix.update(wait=30)
print("updates", version, flush=True)
"""


def test_readers_never_see_a_half_written_index(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 120)
    index_dir = tmp_path / "index"
    CorpusIndex(corpus, index_dir, analysis=False).update()

    proc = subprocess.Popen(
        [sys.executable, "-c", UPDATE_CHILD, str(corpus), str(index_dir), "6"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=child_env(),
        cwd=REPO,
    )
    assert proc.stdout.readline().strip() == "start", proc.stderr.read()
    shared = CorpusIndex(corpus, index_dir, analysis=False)
    searches = problems = 0
    unexpected: list[str] = []
    while proc.poll() is None:
        for index in (CorpusIndex(corpus, index_dir, analysis=False), shared):
            try:
                results = search(index, "zebra", pagelen=5)
                assert results.total > 0
                index.summaries()
                searches += 1
            except IndexProblem as exc:
                assert "\n" not in str(exc)
                problems += 1
            except Exception as exc:  # noqa: BLE001 - the point is that nothing else escapes
                unexpected.append(f"{type(exc).__name__}: {exc}")
            if index is not shared:
                index.close()
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert int(out.split()[-1]) >= 2, out  # the writer really committed while we read
    # reads really overlapped the writes: at least five rounds over both indexes in the writer's 6 s
    # (a machine loaded by eight other jobs managed exactly 20 in session 34, so a threshold at that
    # count failed on load, not on a half-written index)
    assert searches >= 10, (searches, problems)
    assert not unexpected, unexpected[:5]


def test_summaries_after_a_rebuild_are_the_new_index_even_with_a_slow_reader(tmp_path, monkeypatch):
    """A reader that read the old index's summaries and writes its cache late (a slow disk, a busy
    CPU) must not make later readers see the old articles in the rebuilt index."""
    import belreader.index as index_module

    corpus = tmp_path / "corpus"
    make_corpus(corpus, 8)
    index_dir = tmp_path / "index"
    CorpusIndex(corpus, index_dir, analysis=False).update()

    reading, rebuilt = threading.Event(), threading.Event()
    real_write = index_module.config.atomic_write_json

    def slow_write(path, data):
        if threading.current_thread().name == "slow-reader":
            reading.set()
            rebuilt.wait(20)
        return real_write(path, data)

    monkeypatch.setattr(index_module.config, "atomic_write_json", slow_write)
    seen: list[str] = []
    reader = threading.Thread(
        target=lambda: seen.extend(s.id for s in CorpusIndex(corpus, index_dir, analysis=False).summaries()),
        name="slow-reader",
    )
    reader.start()
    reading.wait(5)  # the reader has the old summaries in hand (or writes no cache at all)
    for path in sorted(corpus.rglob("*.txt"))[:4]:
        path.unlink()
    for n in range(500, 504):
        (corpus / f"fresh{n}.txt").write_text(article_text(n, "fresh topic"), encoding="utf-8")
    CorpusIndex(corpus, index_dir, analysis=False).update(rebuild=True)
    rebuilt.set()
    reader.join(20)
    assert len(seen) == 8
    assert [s.id for s in CorpusIndex(corpus, index_dir, analysis=False).summaries()] == corpus_ids(corpus)


# -- unwritable index dir, full disk --------------------------------------------------------------


def _chmod_stops_writes(folder: Path) -> bool:
    """os.access lies for root; try it."""
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return True
    probe.unlink()
    return False


def _deny_writes_in(monkeypatch, folder: Path, error: int = errno.EACCES) -> None:
    """What a read-only folder does to a process that could otherwise write: no new entries,
    no renames or deletions, no new subfolders (existing files stay writable)."""
    folder = str(folder.resolve())
    real_open, real_os_open = builtins.open, os.open

    def inside(path) -> bool:
        try:
            return os.path.abspath(os.fspath(path)).startswith(folder + os.sep)
        except TypeError:
            return False

    def deny(path):
        raise OSError(error, os.strerror(error), os.fspath(path))

    def fake_open(file, mode="r", *args, **kwargs):
        if (
            isinstance(file, (str, os.PathLike))
            and inside(file)
            and not os.path.exists(file)
            and set(mode) & set("wax+")
        ):
            deny(file)
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path, flags, *args, **kwargs):
        if inside(path) and flags & os.O_CREAT and not os.path.exists(path):
            deny(path)
        return real_os_open(path, flags, *args, **kwargs)

    def guard(real):
        def wrapper(*paths, **kwargs):
            if any(inside(p) for p in paths[:2]):
                deny(paths[0])
            return real(*paths, **kwargs)

        return wrapper

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    for name in ("rename", "replace", "remove", "unlink", "mkdir", "rmdir"):
        monkeypatch.setattr(os, name, guard(getattr(os, name)))


@pytest.fixture
def built(tmp_path):
    corpus = tmp_path / "corpus"
    ids = make_corpus(corpus, 12)
    index_dir = tmp_path / "index"
    index = CorpusIndex(corpus, index_dir, analysis=False)
    index.update()
    index.close()
    return corpus, index_dir, ids


@pytest.fixture
def read_only_index(built, monkeypatch):
    """The index dir made read-only: chmod 0o555, or (as root, where chmod stops nothing) simulated."""
    corpus, index_dir, ids = built
    index_dir.chmod(0o555)
    simulated = not _chmod_stops_writes(index_dir)
    if simulated:
        _deny_writes_in(monkeypatch, index_dir)
    yield corpus, index_dir, ids
    monkeypatch.undo()
    index_dir.chmod(0o755)


def _assert_intact(corpus: Path, index_dir: Path, ids: list[str]) -> None:
    index = CorpusIndex(corpus, index_dir, analysis=False)
    assert index.problem() is None
    assert [s.id for s in index.summaries()] == ids
    assert search(index, "zebra").total == len(ids)
    index.close()


def test_read_only_index_dir_is_a_clear_error_and_the_old_index_still_works(read_only_index):
    corpus, index_dir, ids = read_only_index
    (corpus / "new.txt").write_text(article_text(999, "new topic"), encoding="utf-8")
    index = CorpusIndex(corpus, index_dir, analysis=False)
    with pytest.raises(IndexProblem) as error:
        index.update(wait=1)
    message = str(error.value)
    assert "\n" not in message
    assert "cannot write the index" in message and str(index_dir) in message
    assert "ermission" in message or "ead-only" in message
    # Still readable while read-only.
    assert search(CorpusIndex(corpus, index_dir, analysis=False), "zebra").total == len(ids)
    _assert_intact(corpus, index_dir, ids)


def test_rebuild_with_a_read_only_index_dir_builds_beside_it_and_swaps(read_only_index):
    # A rebuild writes a new folder beside the old one and swaps them, so a read-only index
    # folder (in a writable parent) is replaced by a complete new index, never half of one.
    corpus, index_dir, ids = read_only_index
    index = CorpusIndex(corpus, index_dir, analysis=False)
    report = index.update(rebuild=True, wait=1)
    assert report.rebuilt_because == "rebuild requested"
    # (The update lock lives in belreader's cache dir, never beside the index folder.)
    assert sorted(p.name for p in index_dir.parent.iterdir() if p.name.startswith(index_dir.name)) == [index_dir.name]
    _assert_intact(corpus, index_dir, ids)


class _FullDisk:
    """Whoosh's files, with writes failing once `budget` bytes have been written (ENOSPC)."""

    def __init__(self, budget: int):
        self.budget = budget
        self.hits = 0

    def wrap(self, fileobj):
        disk = self

        class Proxy:
            def __getattr__(self, name):
                return getattr(fileobj, name)

            def write(self, data):
                disk.budget -= len(data)
                if disk.budget < 0:
                    disk.hits += 1
                    raise OSError(errno.ENOSPC, "No space left on device")
                return fileobj.write(data)

        return Proxy()

    def install(self, monkeypatch):
        from whoosh.filedb.filestore import FileStorage

        real = FileStorage.create_file
        disk = self

        def create_file(storage, name, *args, **kwargs):
            handle = real(storage, name, *args, **kwargs)
            handle.file = disk.wrap(handle.file)
            return handle

        monkeypatch.setattr(FileStorage, "create_file", create_file)


def _add_overflow_articles(corpus: Path) -> None:
    for n in range(100, 160):
        (corpus / f"new{n}.txt").write_text(article_text(n, "overflow " * 40), encoding="utf-8")


@pytest.mark.parametrize("budget", [2_000, 20_000, 60_000], ids=lambda b: f"{b}B")
def test_full_disk_mid_update_is_clear_and_keeps_the_previous_index(built, monkeypatch, budget):
    corpus, index_dir, ids = built
    before = index_files(index_dir)
    _add_overflow_articles(corpus)
    disk = _FullDisk(budget)
    disk.install(monkeypatch)
    index = CorpusIndex(corpus, index_dir, analysis=False)
    with pytest.raises(IndexProblem) as error:
        index.update(wait=1)
    monkeypatch.undo()
    assert disk.hits, "the simulated full disk was never reached"
    message = str(error.value)
    assert "\n" not in message and "No space left on device" in message and str(index_dir) in message
    # The exception's traceback keeps the failed whoosh writer (and its write lock) alive; a CLI run
    # exits here. test_failed_write_releases_the_whoosh_write_lock covers the long-lived case.
    del error
    gc.collect()
    _assert_intact(corpus, index_dir, ids)
    failed = index_files(index_dir) - before
    # Space again: the next update completes (no stale whoosh lock) and sweeps the failed write's files.
    again = CorpusIndex(corpus, index_dir, analysis=False)
    again.update(wait=1)
    assert [s.id for s in again.summaries()] == corpus_ids(corpus)
    assert not failed & index_files(index_dir)


def test_failed_write_releases_the_whoosh_write_lock(built, monkeypatch):
    from whoosh import index as windex

    corpus, index_dir, ids = built
    _add_overflow_articles(corpus)
    _FullDisk(20_000).install(monkeypatch)
    with pytest.raises(IndexProblem) as error:
        CorpusIndex(corpus, index_dir, analysis=False).update(wait=1)
    monkeypatch.undo()
    assert error.value  # still referenced, as a UI that shows the error would
    lock = windex.open_dir(str(index_dir), indexname="MAIN").lock("WRITELOCK")
    assert lock.acquire(blocking=False), "the failed writer still holds the whoosh write lock"
    lock.release()


def test_full_disk_leaves_no_partial_files(built, monkeypatch):
    corpus, index_dir, ids = built
    before = index_files(index_dir)
    _add_overflow_articles(corpus)
    _FullDisk(20_000).install(monkeypatch)
    with pytest.raises(IndexProblem):
        CorpusIndex(corpus, index_dir, analysis=False).update(wait=1)
    monkeypatch.undo()
    assert index_files(index_dir) == before


def test_full_disk_mid_rebuild_keeps_the_previous_index(built, monkeypatch):
    corpus, index_dir, ids = built
    disk = _FullDisk(budget=2_000)
    disk.install(monkeypatch)
    index = CorpusIndex(corpus, index_dir, analysis=False)
    with pytest.raises(IndexProblem, match="No space left on device"):
        index.update(rebuild=True, wait=1)
    monkeypatch.undo()
    _assert_intact(corpus, index_dir, ids)


# -- CLI: corpus paths ------------------------------------------------------------------------

CORPUS_COMMANDS = [
    ["index"],
    ["list"],
    ["search", "x"],
    ["show", "x"],
    ["claims"],
    ["entities"],
    ["sources"],
    ["related", "x#s000001"],
    ["export", "--query", "x"],
]


@pytest.mark.parametrize("kind", ["missing", "file"])
@pytest.mark.parametrize("command", CORPUS_COMMANDS, ids=lambda c: c[0])
def test_bad_corpus_path_is_one_clear_line_for_every_command(tmp_path, kind, command):
    path = tmp_path / "nope"
    if kind == "file":
        path.write_text("not a folder")
    result = CliRunner().invoke(app, [*command, "--corpus", str(path), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 2, (result.exit_code, result.output, result.exception)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    expected = "corpus folder not found" if kind == "missing" else "corpus path is a file"
    assert lines[0].startswith(f"belreader: {expected}") and str(path) in lines[0]
    assert not (tmp_path / "ix").exists()


def test_bad_corpus_from_the_environment_and_no_subcommand(tmp_path, monkeypatch):
    monkeypatch.setenv("BELREADER_CORPUS", str(tmp_path / "gone"))
    for args in ([], ["list"]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == 2, (args, result.output)
        assert result.stderr.strip() == f"belreader: corpus folder not found: {tmp_path / 'gone'}"


# -- markup and escape injection through every CLI output -------------------------------------

HOSTILE_TITLE = (
    "[bold]Loud[/bold] headline [link=file:///etc/passwd]x[/link] \x1b[31mred\x1b[0m [/] bell\x07 back\x08space"
)
HOSTILE_BODY = (
    '"The [bold]loans[/bold] are [link=file:///etc/passwd]x[/link] \x1b[31mfine\x1b[0m [/] safe," '
    "Alexander Lukashenko said in Minsk on Tuesday, according to Reuters.\x07\n\n"
    "Vladimir Putin said the \x1b]52;c;ZXZpbA==\x07 deal [/] was [italic]done\x08 in Sochi.\n\n"
    "Analysts at the Minsk Institute doubt it [red]strongly[/red].\n"
)
LITERALS = ("[bold]", "[link=file:///etc/passwd]x[/link]", "[/]")


@pytest.fixture
def hostile_corpus(tmp_path, shared_analysis_cache) -> Path:
    corpus = tmp_path / "hostile"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(f"{HOSTILE_TITLE}\n\n{HOSTILE_BODY}", encoding="utf-8")
    result = CliRunner().invoke(
        app, ["index", "--corpus", str(corpus), "--index", str(tmp_path / "ix"), "--procs", "1"]
    )
    assert result.exit_code == 0, result.output
    return corpus


def _markdown_as_read(text: str) -> str:
    """Exported Markdown as its reader sees it: backslash escapes and HTML entities resolved
    (the export escapes Markdown and HTML so that it renders as exactly the article's text)."""
    import html

    return html.unescape(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text))


def _assert_no_escapes(where: str, text: str) -> None:
    found = [repr(ch) for ch in ESCAPE_BYTES if ch in text]
    assert not found, f"{where}: {found}"
    for escaped in ("\\u001b", "\\u0007", "\\u0008", "\\b"):
        assert escaped not in text, f"{where}: {escaped}"
    assert "ZXZpbA==" not in text, f"{where}: OSC 52 payload"


@pytest.mark.parametrize(
    "args, literal",
    [
        (["list"], True),
        (["list", "--json"], True),
        (["show", "evil"], True),
        (["show", "evil", "--json"], True),
        (["search", "loans"], True),
        (["search", "loans", "--json"], True),
        (["claims"], True),
        (["claims", "--json"], True),
        (["entities"], False),
        (["entities", "--json"], False),
        (["sources"], False),
        (["export", "--query", "loans", "--format", "md"], True),
        (["export", "--query", "loans", "--format", "csv"], True),
        (["export", "--query", "loans", "--format", "json"], True),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_markup_and_escapes_are_literal_and_inert_in_every_cli_output(hostile_corpus, tmp_path, args, literal):
    result = CliRunner().invoke(
        app, ["--no-update", *args, "--corpus", str(hostile_corpus), "--index", str(tmp_path / "ix")]
    )
    assert result.exit_code == 0, (result.exit_code, result.output, result.exception)
    _assert_no_escapes(" ".join(args), result.stdout)
    _assert_no_escapes(" ".join(args) + " (stderr)", result.stderr)
    if literal:
        out = result.stdout
        if "--json" in args or "json" in args:
            out = json.dumps(json.loads(out), ensure_ascii=False)
        elif args[0] == "export":
            out = _markdown_as_read(out)
        present = [text for text in LITERALS if text in out]
        assert present, f"no markup shown literally in {args}: {out[:400]!r}"
        if args[0] in ("show", "export"):
            assert set(present) == set(LITERALS), (args, present)


def test_export_files_keep_markup_literal_and_carry_no_escape_bytes(hostile_corpus, tmp_path):
    for fmt in ("md", "csv", "json"):
        dest = tmp_path / "out" / f"evil.{fmt}"
        args = ["export", "--query", "loans", "--format", fmt, "--output", str(dest)]
        result = CliRunner().invoke(
            app, ["--no-update", *args, "--corpus", str(hostile_corpus), "--index", str(tmp_path / "ix")]
        )
        assert result.exit_code == 0, result.output
        raw = dest.read_bytes()
        assert not any(ch.encode() in raw for ch in ("\x1b", "\x07", "\x08")), fmt
        text = raw.decode("utf-8")
        _assert_no_escapes(fmt, text)
        if fmt == "md":
            text = _markdown_as_read(text)
        for literal in LITERALS:
            assert literal in text, (fmt, literal)


# -- export confinement -----------------------------------------------------------------------


def tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


@pytest.fixture
def small_indexed(tmp_path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 6)
    index_dir = tmp_path / "ix"
    CorpusIndex(corpus, index_dir).update()  # the CLI's default index has analysis on
    return corpus, index_dir


def _export(corpus: Path, index_dir: Path, output: Path | str, *extra: str):
    return CliRunner().invoke(
        app,
        [
            "--no-update",
            "export",
            "--query",
            "zebra",
            "--format",
            "md",
            "--output",
            str(output),
            "--corpus",
            str(corpus),
            "--index",
            str(index_dir),
            *extra,
        ],
    )


def test_export_writes_only_the_named_file_and_creates_its_folder(small_indexed, tmp_path):
    corpus, index_dir = small_indexed
    before = tree(tmp_path)
    result = _export(corpus, index_dir, tmp_path / "out" / "sub" / "file.md")
    assert result.exit_code == 0, result.output
    assert tree(tmp_path) - before == {"out", "out/sub", "out/sub/file.md"}
    assert before - tree(tmp_path) == set()
    assert "zebra" in (tmp_path / "out" / "sub" / "file.md").read_text(encoding="utf-8")
    # Again without --force: refused, nothing new, nothing changed.
    content = (tmp_path / "out" / "sub" / "file.md").read_bytes()
    result = _export(corpus, index_dir, tmp_path / "out" / "sub" / "file.md")
    assert result.exit_code == 3 and "already exists" in result.stderr
    assert tree(tmp_path) - before == {"out", "out/sub", "out/sub/file.md"}
    assert (tmp_path / "out" / "sub" / "file.md").read_bytes() == content


def test_export_dot_dot_resolves_where_the_user_said(small_indexed, tmp_path, monkeypatch):
    corpus, index_dir = small_indexed
    (tmp_path / "out" / "sub").mkdir(parents=True)
    before = tree(tmp_path)
    result = _export(corpus, index_dir, tmp_path / "out" / "sub" / ".." / "up.md")
    assert result.exit_code == 0, result.output
    assert tree(tmp_path) - before == {"out/up.md"}
    # Relative to the working directory, as a shell would resolve it.
    work = tmp_path / "out" / "sub"
    monkeypatch.chdir(work)
    result = _export(corpus, index_dir, "../../rel.md")
    assert result.exit_code == 0, result.output
    assert tree(tmp_path) - before == {"out/up.md", "rel.md"}


def test_export_dot_dot_through_a_missing_folder_creates_no_stray_folder(small_indexed, tmp_path):
    corpus, index_dir = small_indexed
    (tmp_path / "out").mkdir()
    before = tree(tmp_path)
    result = _export(corpus, index_dir, tmp_path / "out" / "missing" / ".." / "x.md")
    created = tree(tmp_path) - before
    assert created <= {"out/x.md"}, created
    assert result.exit_code in (0, 3)


# -- clips under SIGKILL ------------------------------------------------------------------------

CLIPS_CHILD = r"""
import hashlib, sys
from pathlib import Path
from belreader.article import Article, Paragraph
from belreader.clips import ClipStore

body = "Putin and Lukashenka conferred for four hours in Sochi.\n\nThe meeting ended with no press conference."
paragraphs = [Paragraph(0, 0, body.index("\n\n")), Paragraph(1, body.index("\n\n") + 2, len(body))]
store = ClipStore()
print("ready", flush=True)
n = int(sys.argv[1])
while True:
    article = Article(id=f"a{n}", path=Path(f"/corpus/a{n}.txt"), body=body, paragraphs=paragraphs,
                      content_hash=hashlib.sha256(str(n).encode()).hexdigest(), title=f"Article {n}")
    clip = store.add_paragraph(article, n % 2, note=f"note {n}", tags=["kill", f"t{n % 7}"])
    if n % 5 == 0:
        store.move(clip.id, 0)  # renumbers every position in one transaction
    if n % 7 == 0:
        store.update(clip.id, note=f"edited {n}")
    print(clip.id, n, flush=True)
    n += 1
"""


def test_clips_survive_sigkill_at_any_point_of_a_write(isolated_dirs):
    from belreader.clips import ClipStore

    rng = random.Random(6)
    reported: dict[int, int] = {}
    next_n = 0
    for _round in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", CLIPS_CHILD, str(next_n)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=REPO,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        timer = threading.Timer(rng.uniform(0.2, 1.2), proc.send_signal, (signal.SIGKILL,))
        timer.start()
        out, err = proc.communicate(timeout=60)
        timer.cancel()
        assert proc.returncode == -signal.SIGKILL, err
        for line in out.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue  # the kill cut this report short; the clip may or may not be committed
            clip_id, n = map(int, line.split())
            reported[clip_id] = n
        next_n = max(reported.values(), default=-1) + 100  # skip any clip the kill may have half-made

        path = isolated_dirs["data"] / "clips.sqlite3"
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        with ClipStore() as store:
            assert store.warning is None  # not mistaken for corruption and moved aside
            clips = {c.id: c for c in store.list()}
        missing = sorted(set(reported) - set(clips))
        assert not missing, f"committed clips lost: {missing[:10]}"
        for clip_id, n in reported.items():
            assert clips[clip_id].article_id == f"a{n}"
            assert clips[clip_id].note == (f"edited {n}" if n % 7 == 0 else f"note {n}")
            assert set(clips[clip_id].tags) == {"kill", f"t{n % 7}"}
        assert sorted(c.position for c in clips.values()) == list(range(len(clips)))
    assert len(reported) > 30, "the child wrote too few clips before being killed"


# -- hostile files through the index -----------------------------------------------------------

_WORDS = st.sampled_from(
    ["Minsk", "grain", "loans", "Лукашенко", "café", "[bold]", "\x1b[31m", "\x00", "\x07", "—", "zebra"]
)
_PROSE = st.lists(_WORDS, min_size=0, max_size=40).map(" ".join)
_CONTENT = st.one_of(
    st.binary(max_size=400),
    st.tuples(_PROSE, _PROSE).map(lambda tb: f"{tb[0]}\n\n{tb[1]}\n".encode()),
    st.tuples(_PROSE, st.integers(0, 40)).map(lambda p: f"Title\n\n{p[0]}\n".encode()[: -p[1] or None]),
    _PROSE.map(lambda p: f"Title é\n\n{p} café\n".encode("latin-1", "replace")),
    _PROSE.map(lambda p: f"---\ntitle: [unclosed\nauthor: {p}\n\n# Heading\n\n{p}\n".encode()),
    st.just(b""),
    st.just(b"Advertisement\n\nShare this article\n"),
    st.just(("word " * 20_000).encode()),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(files=st.lists(st.tuples(_CONTENT, st.sampled_from([".txt", ".md", ".html", ".json"])), min_size=1, max_size=6))
def test_every_accepted_article_round_trips_through_the_index(tmp_path_factory, files):
    from belreader.corpus import load_corpus

    root = tmp_path_factory.mktemp("hostile")
    corpus = root / "corpus"
    corpus.mkdir()
    for n, (content, suffix) in enumerate(files):
        (corpus / f"f{n}{suffix}").write_bytes(content)  # distinct stems: ids cannot collide
    loaded = load_corpus(corpus)
    index = CorpusIndex(corpus, root / "index", analysis=False)
    report = index.update()
    indexed = {s.id: s for s in index.summaries()}
    assert sorted(indexed) == sorted(a.id for a in loaded.articles)
    for article in loaded.articles:
        assert indexed[article.id].title == article.title
        assert indexed[article.id].content_hash == article.content_hash
    assert {str(s.path) for s in report.skipped} == {str(s.path) for s in loaded.skipped}
    for skipped in report.skipped:
        assert skipped.reason and "\n" not in skipped.reason
    index.close()


def test_two_files_with_one_id_give_one_indexed_article_and_a_skip(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "x.txt").write_text("Title one\n\nBody one about grain here.\n", encoding="utf-8")
    (corpus / "x.md").write_text("# Title two\n\nBody two about grain there.\n", encoding="utf-8")
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    report = index.update()
    assert [s.id for s in index.summaries()] == ["x"]
    assert any("duplicate" in s.reason for s in report.skipped)


def test_unreadable_file_in_the_corpus_is_skipped_by_the_index_even_as_root(tmp_path, monkeypatch):
    """test_corpus's chmod-000 test skips as root; here the read fails for everyone."""
    corpus = tmp_path / "corpus"
    ids = make_corpus(corpus, 4)
    locked = corpus / "c0" / "a0000.txt"
    real_open = os.open

    def refusing_open(path, *args, **kwargs):  # the loader opens files with os.open (capped reads)
        if Path(path) == locked:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    report = index.update()
    assert [s.id for s in index.summaries()] == [i for i in ids if i != "c0/a0000"]
    assert [(str(s.path), s.reason) for s in report.skipped] == [(str(locked), "unreadable (Permission denied)")]


def test_unreadable_folder_in_the_corpus_is_reported_not_silently_dropped(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    ids = make_corpus(corpus, 8)
    index = CorpusIndex(corpus, tmp_path / "index", analysis=False)
    index.update()
    locked = corpus / "c1"
    locked.chmod(0)
    try:
        try:
            os.listdir(locked)
            listable = True  # root: chmod stops nothing, so the listing fails by patch instead
        except PermissionError:
            listable = False
        if listable:
            real_scandir = os.scandir

            def scandir(path="."):
                if os.fspath(path) == str(locked):
                    raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
                return real_scandir(path)

            monkeypatch.setattr(os, "scandir", scandir)
        report = index.update()
    finally:
        locked.chmod(0o755)
    assert any(str(locked) in str(s.path) for s in report.skipped), report.skipped
    assert not report.removed, f"articles dropped without a word: {report.removed}"
    assert [s.id for s in index.summaries()] == ids


# -- settings under SIGKILL -------------------------------------------------------------------

STATE_CHILD = r"""
import sys
from pathlib import Path
from belreader.state import UIState, save_state
path = Path(sys.argv[1])
print("ready", flush=True)
n = 0
while True:
    n += 1
    state = UIState(article_id=f"a{n}", scroll_y=float(n), query="zebra " * (n % 50),
                    recent_queries=[f"q{k}" for k in range(n % 20)])
    save_state(state, path)
    print(n, flush=True)
"""


def test_settings_survive_sigkill_at_any_point_of_a_write(tmp_path):
    from belreader.state import load_state

    path = tmp_path / "state" / "state.json"
    rng = random.Random(6)
    for _round in range(3):
        proc = subprocess.Popen(
            [sys.executable, "-c", STATE_CHILD, str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=child_env(),
            cwd=REPO,
        )
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        timer = threading.Timer(rng.uniform(0.1, 0.8), proc.send_signal, (signal.SIGKILL,))
        timer.start()
        out, err = proc.communicate(timeout=60)
        timer.cancel()
        assert proc.returncode == -signal.SIGKILL, err
        saved = [int(line) for line in out.splitlines(keepends=True) if line.endswith("\n")]
        assert saved, "the child saved nothing before the kill"
        state = load_state(path)
        assert not list(path.parent.glob("state.json.corrupt*"))
        n = int(state.scroll_y)
        assert n >= saved[-1]  # the last reported save, or the one after it (killed before printing)
        assert n <= saved[-1] + 1
        assert state.article_id == f"a{n}" and state.recent_queries == [f"q{k}" for k in range(n % 20)]
