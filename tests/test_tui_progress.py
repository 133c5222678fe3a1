"""The reader while it builds its index: a steady progress line with the rate and the time left,
"indexing… N of M" instead of "No hits.", and quitting part way (issue 13, defect 16)."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from textual.widgets import Static

from belreader import nlp
from belreader.index import CorpusIndex
from belreader.nlp import pipeline
from belreader.sync import ProgressMeter
from belreader.tui.app import make_app
from belreader.tui.screens import reader as reader_module
from belreader.tui.widgets.article_list import HitList

from tui_util import WIDE, settle


class Ticking(ProgressMeter):
    """The reader's meter on a clock that moves a second each time it is read."""

    def __init__(self, **kwargs) -> None:
        ticks = iter(range(1_000_000))
        super().__init__(clock=lambda: float(next(ticks)), **kwargs)


class Gate:
    """Holds the reader's first analysis after `before` of its articles are reported done,
    until `open()` (or until the update is cancelled, as quitting does)."""

    def __init__(self, monkeypatch, before: int = 2) -> None:
        self.reached = threading.Event()
        self.opened = threading.Event()
        self.cancelled_seen = threading.Event()
        real = nlp.analyze_many

        def gated(articles, cache_dir=None, progress=None, n_process=1, *, pool=None, cancelled=None):
            articles = list(articles)
            if not self.opened.is_set():
                for done in range(1, before + 1):
                    progress(done, len(articles))
                self.reached.set()
                while not self.opened.wait(0.02):
                    if cancelled is not None and cancelled():
                        self.cancelled_seen.set()
                        raise pipeline.Cancelled
            return real(articles, cache_dir=cache_dir, progress=progress, pool=pool, cancelled=cancelled)

        monkeypatch.setattr(nlp, "analyze_many", gated)

    def open(self) -> None:
        self.opened.set()

    async def wait(self, pilot) -> None:
        for _ in range(400):
            if self.reached.is_set():
                break
            await asyncio.sleep(0.02)
        assert self.reached.is_set(), "the update never reached the analysis"
        for _ in range(3):
            await pilot.pause(0.05)


def text_of(app, selector: str) -> str:
    return str(app.query_one(selector, Static).render())


@pytest.fixture
def fresh_app(seed_corpus, tmp_path, shared_analysis_cache):
    return make_app(corpus=seed_corpus, index_dir=tmp_path / "fresh-index", state_dir=tmp_path / "state")


async def test_the_progress_line_shows_files_done_the_rate_and_the_time_left(fresh_app, monkeypatch):
    monkeypatch.setattr(reader_module, "ProgressMeter", Ticking)
    gate = Gate(monkeypatch, before=4)
    app = fresh_app
    async with app.run_test(size=WIDE) as pilot:
        try:
            await gate.wait(pilot)
            assert app.query_one("#progress-box").display
            line = text_of(app, "#progress-label")
            # 4 of the 5 files analysed, one a tick of the clock: the rate and the time left follow
            assert line == "Analysing 4 of 5 files · 1.0/s · about 1 s left", line
        finally:
            gate.open()
        await settle(app, pilot)
        assert not app.query_one("#progress-box").display
        assert app.library.doc_count() == 5


async def test_a_search_during_the_first_batch_says_the_index_is_being_built(fresh_app, monkeypatch):
    gate = Gate(monkeypatch, before=2)
    app = fresh_app
    async with app.run_test(size=WIDE) as pilot:
        try:
            await gate.wait(pilot)
            await pilot.press("slash", *"loan")
            for _ in range(4):
                await pilot.pause(0.1)
            assert text_of(app, "#search-message") == "No hits yet: indexing… 2 of 5"
        finally:
            gate.open()
        await settle(app, pilot)
        # the batch is in: the same search is run again and finds what it should
        hits = app.query_one(HitList).option_count
        assert hits and text_of(app, "#search-message").startswith(f"{hits} articles")
        await pilot.press(*"zzqx")
        await settle(app, pilot)
        assert text_of(app, "#search-message").startswith("No hits.")  # indexing is over


async def test_quitting_part_way_stops_the_update_and_leaves_the_index_whole(fresh_app, monkeypatch, tmp_path):
    gate = Gate(monkeypatch, before=2)
    app = fresh_app
    async with app.run_test(size=WIDE) as pilot:
        await gate.wait(pilot)
        await pilot.press("q")
        await pilot.pause()
    assert gate.cancelled_seen.wait(10), "quitting did not cancel the update"
    gate.open()
    index = CorpusIndex(app.library.corpus, tmp_path / "fresh-index")
    started = time.monotonic()
    report = index.update(wait=20)  # the lock was let go (at once, not after the analysis)
    assert time.monotonic() - started < 20
    assert index.damage() is None and len(report.added) == 5
