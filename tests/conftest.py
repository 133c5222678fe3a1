"""Shared fixtures: every test gets its own data/config/cache dirs; a seed corpus copy on demand.

The NLP analysis cache is the one thing shared across a session (the model takes
seconds to load and analyses are keyed by content hash, so sharing is safe).
"""

from __future__ import annotations

import asyncio
import faulthandler
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED_CORPUS = REPO / "data" / "articles"


@pytest.fixture(scope="session")
def shared_cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("belreader-cache")


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path_factory) -> Iterator[dict[str, Path]]:
    """Point belreader's user dirs away from the real ones for every test.

    With a MonkeyPatch of its own: a test's `monkeypatch.undo()` undoes only what that test
    patched, never this isolation (it once sent a recount to the real user cache)."""
    base = tmp_path_factory.mktemp("belreader-user")
    dirs = {"data": base / "data", "config": base / "config", "cache": base / "cache"}
    with pytest.MonkeyPatch.context() as patch:
        for name, path in dirs.items():
            path.mkdir()
            patch.setenv(f"BELREADER_{name.upper()}_DIR", str(path))
        patch.delenv("BELREADER_CORPUS", raising=False)
        yield dirs


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A copy of the bundled articles in `tmp_path/corpus`."""
    target = tmp_path / "corpus"
    shutil.copytree(SEED_CORPUS, target)
    return target


@pytest.fixture
def shared_analysis_cache(shared_cache_dir) -> Iterator[Path]:
    """Use the session-wide cache dir (analysis results) instead of this test's own.

    Analyses are keyed by content hash, backend and entity table, so sharing them
    only saves the model's time; user data and state dirs stay per test. (Its own
    MonkeyPatch, as in `isolated_dirs`.)
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BELREADER_CACHE_DIR", str(shared_cache_dir))
        yield shared_cache_dir


@pytest.fixture
def indexed_seed_corpus(seed_corpus, tmp_path, shared_analysis_cache) -> tuple[Path, Path]:
    """The seed corpus copy and a ready index of it in `tmp_path/index`: (corpus, index_dir)."""
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "index"
    CorpusIndex(seed_corpus, index_dir).update(procs=1)
    return seed_corpus, index_dir


@pytest.fixture
def app_factory(indexed_seed_corpus, tmp_path):
    """Makes readers on the indexed seed corpus, with state in `tmp_path/state`."""
    from belreader.tui.app import make_app

    corpus, index_dir = indexed_seed_corpus

    def build():
        return make_app(corpus=corpus, index_dir=index_dir, state_dir=tmp_path / "state")

    return build


@pytest.fixture(autouse=True, scope="session")
def explain_screen_timeouts() -> Iterator[None]:
    """When a Pilot test's screen does not settle within Textual's 30 s (`WaitForScreenTimeout`,
    seen once in a few hundred CI runs of a Pilot test, then retried by pytest-rerunfailures), keep
    what was still pending for the run's summary (`pytest_terminal_summary`), so the CI log says why
    even when the retry passes: the widgets with unprocessed messages and what their message tasks
    await, the load, and every thread's stack."""
    from textual.pilot import Pilot, WaitForScreenTimeout

    waiting = Pilot._wait_for_screen

    async def wait_and_explain(self, timeout: float = 30.0) -> bool:
        started = time.monotonic()
        try:
            return await waiting(self, timeout)
        except WaitForScreenTimeout:
            _explain_the_wait(self.app, time.monotonic() - started)
            raise

    Pilot._wait_for_screen = wait_and_explain
    yield
    Pilot._wait_for_screen = waiting


SCREEN_TIMEOUTS: list[str] = []  # what `_explain_the_wait` found, for the summary


def pytest_terminal_summary(terminalreporter) -> None:
    for explanation in SCREEN_TIMEOUTS:
        terminalreporter.write_sep("=", "a Pilot screen that did not settle")
        terminalreporter.write_line(explanation)


def _awaited(coro) -> list[str]:
    """Where a task's coroutine chain is waiting, outermost first (file:line function)."""
    places = []
    while coro is not None and len(places) < 50:
        frame = getattr(coro, "cr_frame", None) or getattr(coro, "gi_frame", None)
        if frame is not None:
            places.append(f"{frame.f_code.co_filename}:{frame.f_lineno} {frame.f_code.co_name}")
        coro = getattr(coro, "cr_await", None) or getattr(coro, "gi_yieldfrom", None)
    return places


def _explain_the_wait(app, seconds: float) -> None:
    lines = [f"WaitForScreenTimeout after {seconds:.1f} s in {os.environ.get('PYTEST_CURRENT_TEST', '?')}"]
    lines.append(f"load average {os.getloadavg()}, process CPU {time.process_time():.1f} s")
    try:
        nodes = [app, *app.screen.walk_children(with_self=True)]
    except Exception as exc:  # no screen: say so
        nodes = [app]
        lines.append(f"no screen: {exc!r}")
    for node in nodes:
        queued = node._message_queue.qsize() + (node._pending_message is not None)  # peeked: taken out
        task = node._task
        if not queued:  # idle: it has run every callback asked of it
            continue
        state = "no task" if task is None else ("done" if task.done() else "running")
        lines.append(f"- {node!r}: {queued} queued, task {state}, closing={node._closing} closed={node._closed}")
        if task is not None and not task.done() and queued:
            lines.extend(f"    awaits {place}" for place in _awaited(task.get_coro())[-8:])
    lines.append(f"{len(asyncio.all_tasks())} asyncio tasks; the threads:")
    with tempfile.TemporaryFile("w+") as stacks:  # faulthandler writes to a real file only
        faulthandler.dump_traceback(file=stacks, all_threads=True)
        stacks.seek(0)
        lines.append(stacks.read())
    SCREEN_TIMEOUTS.append("\n".join(lines))
