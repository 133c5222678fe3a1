"""The reader building an index from nothing (not a test): launch to "indexed", headless.

    BELREADER_CACHE_DIR=/tmp/x PYTHONPATH=. .venv/bin/python bench/bench_reader_index.py \
        [--corpus /work/shared/corpora/bbc] [--no-analysis]

Runs the reader through `App.run_test` on a fresh index (and a fresh analysis cache, when
$BELREADER_CACHE_DIR is new), and prints one JSON line: wall seconds from launch to the end
of the index update, CPU seconds of this process and of its children (the analysis workers),
and the progress lines the reader showed, with the second each first appeared (how steady the
progress is), and every stall: a gap of more than STALL seconds in which the event loop (the
UI) did not run, with the progress line shown then. Run it with a new $BELREADER_CACHE_DIR each time, or the analysis is cached.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import tempfile
import time

DEFAULT_CORPUS = "/work/shared/corpora/bbc"
STALL = 0.3  # seconds: a longer gap between two 50 ms polls of the event loop is a stall


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


async def run(corpus: str, analysis: bool) -> dict:
    from textual.widgets import Static
    from textual.worker import WorkerState

    from belreader.tui.app import make_app

    started = time.perf_counter()
    finished: list[float] = []
    app = make_app(corpus=corpus, state_dir=tempfile.mkdtemp(prefix="bench-reader-"), analysis=analysis)
    lines: list[tuple[float, str]] = []
    stalls: list[tuple[float, float, str]] = []  # (second, seconds without a frame, progress line then)
    async with app.run_test(size=(120, 36)):
        label = app.reader.query_one("#progress-label", Static)
        seen: list = []  # the index worker (the manager forgets workers once they end)
        last = time.perf_counter()
        while not finished:
            now = time.perf_counter()
            if now - last > STALL:  # the event loop (the UI) did not run for that long
                stalls.append((round(last - started, 1), round(now - last, 2), lines[-1][1] if lines else ""))
            last = now
            seen = seen or [w for w in app.workers if w.group == "index"]
            if seen and all(w.state in (WorkerState.SUCCESS, WorkerState.ERROR) for w in seen):
                finished.append(time.perf_counter())
            text = str(label.render())
            if label.display and (not lines or lines[-1][1] != text):
                lines.append((round(time.perf_counter() - started, 1), text))
            await asyncio.sleep(0.05)
        articles = app.library.doc_count()
    own, children = _cpu()
    return {
        "wall": round(finished[0] - started, 1),
        "cpu_main": round(own, 1),
        "cpu_children": round(children, 1),
        "articles": articles,
        "progress_lines": len(lines),
        "progress": lines[:: max(1, len(lines) // 40)],
        "longest_stall": max((s[1] for s in stalls), default=0.0),
        "stalls": stalls,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--no-analysis", action="store_true")
    args = parser.parse_args()
    result = asyncio.run(run(args.corpus, not args.no_analysis))
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
