"""Reader benchmarks (not tests): launch to first interactive frame, and search-as-you-type latency.

    .venv/bin/python bench/bench_tui.py [--corpus /work/shared/corpora/bbc] [--runs 5] [--no-analysis]

Uses a ready index of the corpus (built first if missing; that time is not counted)
in the normal cache dir, or $BELREADER_CACHE_DIR. Everything is measured through
`App.run_test`, the same harness as the tests. Targets: launch < 1.0 s, keystroke
to results p95 < 100 ms. `--no-analysis` uses an index without NLP (as `index --no-nlp`): the
search path is the same, and two versions of the code can be compared without an NLP pass each
(set BELREADER_CACHE_DIR per version and PYTHONPATH to the code).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = "/work/shared/corpora/bbc"
WORDS = [
    "economy",
    "growth",
    "minister",
    "football",
    "election",
    "mobile",
    "film",
    "oil",
    "blair",
    "rates",
    "music",
    "market",
    "china",
    "phone",
    "court",
    "tax",
]

LAUNCH_CHILD = r"""
import asyncio, json, sys, time
t_start = time.perf_counter()
sys.path.insert(0, sys.argv[3])
from bench_tui import FrameClock
from belreader.tui.app import make_app
from belreader.tui.widgets.article_list import ArticleList
t_imported = time.perf_counter()

async def main():
    app = make_app(corpus=sys.argv[1], state_dir=sys.argv[2], analysis=sys.argv[4] == "1")
    clock = FrameClock(app)
    t_made = time.perf_counter()
    async with app.run_test(size=(120, 36)) as pilot:
        articles = app.query_one(ArticleList)
        while not articles.option_count:
            await asyncio.sleep(0.001)
        t_ready = await clock.frame_after(time.perf_counter())
        print(json.dumps({"imports": t_imported - t_start, "app": t_ready - t_made,
                          "total": t_ready - t_start, "articles": articles.option_count}))
        app.workers.cancel_all()

asyncio.run(main())
"""


class FrameClock:
    """Records when the app composes a frame (Textual renders it even when headless)."""

    def __init__(self, app) -> None:
        self.frames: list[float] = []
        display = app._display

        def timed_display(screen, renderable):
            if renderable is not None:
                self.frames.append(time.perf_counter())
            return display(screen, renderable)

        app._display = timed_display

    async def frame_after(self, moment: float) -> float:
        while True:
            later = [f for f in self.frames if f >= moment]
            if later:
                return later[0]
            await asyncio.sleep(0.0005)


async def type_key(app, char: str) -> None:
    """Deliver a key the way the terminal driver does (pilot.press also waits for the CPU to idle,
    which would count the background search thread as keystroke handling)."""
    from textual import events

    app.post_message(events.Key(char, char))


def measure_launch(corpus: str, runs: int, analysis: bool = True) -> list[dict]:
    results = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as state_dir:
            out = subprocess.run(
                [sys.executable, "-c", LAUNCH_CHILD, corpus, state_dir, str(Path(__file__).parent), str(int(analysis))],
                capture_output=True,
                text=True,
                check=True,
            )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return results


async def open_search(app, pilot):
    """Wait until the article list is on screen and start-up work is done; focus the search box."""
    from belreader.tui.widgets.article_list import ArticleList

    while not app.query_one(ArticleList).option_count:
        await asyncio.sleep(0.01)
    await app.workers.wait_for_complete()
    await pilot.press("slash")
    return app.query_one("#search")


async def measure_typing(corpus: str, gap: float, analysis: bool = True) -> tuple[list[float], int]:
    """Press keys one by one; time from each key press to its query's results on screen."""
    from belreader.tui.app import make_app
    from belreader.tui.widgets.article_list import HitList

    latencies: list[float] = []
    with tempfile.TemporaryDirectory() as state_dir:
        app = make_app(corpus=corpus, state_dir=state_dir, analysis=analysis)
        clock = FrameClock(app)
        async with app.run_test(size=(120, 36)) as pilot:
            search = await open_search(app, pilot)
            for word in WORDS:
                typed = ""
                for char in word:
                    await asyncio.sleep(gap)
                    typed += char
                    started = time.perf_counter()
                    await type_key(app, char)
                    while app.reader.results is None or app.reader.results.query != typed:
                        await asyncio.sleep(0.0005)
                    shown = await clock.frame_after(time.perf_counter())
                    latencies.append(shown - started)
                search.value = ""
                await asyncio.sleep(gap)
            hits = app.query_one(HitList).option_count
    return latencies, hits


async def measure_burst(corpus: str, interval: float, analysis: bool = True) -> list[float]:
    """Type whole words fast (a key every `interval`); time from the last key to its results."""
    from belreader.tui.app import make_app

    latencies = []
    with tempfile.TemporaryDirectory() as state_dir:
        app = make_app(corpus=corpus, state_dir=state_dir, analysis=analysis)
        clock = FrameClock(app)
        async with app.run_test(size=(120, 36)) as pilot:
            search = await open_search(app, pilot)
            for word in WORDS:
                for char in word:
                    await type_key(app, char)
                    last = time.perf_counter()
                    await asyncio.sleep(interval)
                while app.reader.results is None or app.reader.results.query != word:
                    await asyncio.sleep(0.0005)
                shown = await clock.frame_after(time.perf_counter())
                latencies.append(shown - last)
                search.value = ""
                await asyncio.sleep(0.3)
    return latencies


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--gap", type=float, default=0.2, help="seconds between keystrokes when typing slowly")
    parser.add_argument("--no-analysis", action="store_true", help="an index without NLP (compare code versions)")
    args = parser.parse_args()

    from belreader.index import CorpusIndex

    analysis = not args.no_analysis
    index = CorpusIndex(args.corpus, analysis=analysis)
    started = time.perf_counter()
    report = index.update(procs=2)
    print(
        f"index ready: {index.doc_count()} articles ({'updated' if report.changed else 'unchanged'}, {time.perf_counter() - started:.2f} s)"
    )

    launches = measure_launch(args.corpus, args.runs, analysis)
    app_times = [r["app"] for r in launches]
    totals = [r["total"] for r in launches]
    print(
        f"launch to first interactive frame ({args.runs} runs, fresh processes, {launches[0]['articles']} articles listed):"
    )
    print(
        f"  app start -> list on screen: median {statistics.median(app_times) * 1000:.0f} ms, max {max(app_times) * 1000:.0f} ms"
    )
    print(
        f"  including Python imports:  median {statistics.median(totals) * 1000:.0f} ms, max {max(totals) * 1000:.0f} ms"
    )

    latencies, hits = asyncio.run(measure_typing(args.corpus, args.gap, analysis))
    ms = [x * 1000 for x in latencies]
    print(f"keystroke -> results on screen ({len(ms)} keystrokes, {args.gap * 1000:.0f} ms apart):")
    print(f"  p50 {pct(ms, 50):.1f} ms, p95 {pct(ms, 95):.1f} ms, max {max(ms):.1f} ms")
    print(f"  the first keystroke (the searcher's per-index arrays are read then): {ms[0]:.1f} ms")

    burst = asyncio.run(measure_burst(args.corpus, 0.04, analysis))
    bms = [x * 1000 for x in burst]
    print(f"fast typing (a key every 40 ms; last key -> results, includes the 150 ms debounce), {len(bms)} words:")
    print(f"  p50 {pct(bms, 50):.1f} ms, p95 {pct(bms, 95):.1f} ms")


if __name__ == "__main__":
    main()
