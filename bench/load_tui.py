"""Load run of the reader (issue 6, "Load"): a script, not a test.

    .venv/bin/python bench/load_tui.py [--articles 50000] [--searches 1000] [--marks 200] [--exports 21]
                                       [--workdir DIR] [--seed 6] [--json out.json]

1. Generates the corpus with `bench_index.generate_corpus` (BBC paragraphs recombined, deterministic)
   in a temp dir (or --workdir, kept and reused: generation is skipped when its marker exists),
   and builds the index with `CorpusIndex(corpus, index_dir, analysis=False).update(procs=2,
   multisegment=True)`, in a child process (its memory is not the reader's). NLP over 50,000
   articles would take ~45 minutes here, so it is off. Results: bench/results-load.md.
2. The app is made with `make_app(..., analysis=False)`, what `belreader --no-nlp` does, so it
   opens the prepared index and its start-up `update()` is a no-op update. Opening an article
   still runs the NLP on that one article (`analysis_for`), as in normal use.
3. Through `app.run_test(size=(120, 36))`:
   * search as you type: seeded random 2-6-letter prefixes of corpus words, each keystroke an
     `events.Key` posted to the app as bench_tui does; keystroke -> its results on screen (the
     first frame after `app.reader.results.query` equals the typed text). Keys are at least 0.16 s apart
     (past the 150 ms debounce, so every keystroke searches at once). `--searches` counts
     keystrokes, i.e. searches the app starts;
   * the longest article (most paragraphs): opened, then PageDown until the bottom, checking that
     every paragraph was on screen; then `g` and `G`;
   * marks: `space` in the article view (the app's own `mark` action) on a random paragraph of
     `--marks` different articles; every `--marks / --exports` marks, and at the end, an export of
     all clips by the app's export worker (`run_export`, the dialog's request without the dialog)
     in md, json, csv in turn, read back and counted;
   * collects notifications of severity error and worker errors, and app exceptions;
   * RSS: ru_maxrss and /proc/self/status VmRSS at start, every 50 searches and at the end.
Exits 1 if any check fails.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import io
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

KEY_SPACING = 0.16  # > SEARCH_DEBOUNCE (0.15 s): each keystroke searches at once


def vm_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def prepare(work: Path, n: int) -> dict:
    """Generate the corpus (bench_index.generate_corpus) and build its index without NLP."""
    from belreader.index import CorpusIndex

    from bench_index import generate_corpus

    corpus, index_dir = work / "corpus", work / "index"
    marker = work / f"corpus-{n}.done"
    out: dict = {"corpus": str(corpus), "index_dir": str(index_dir)}
    if not marker.exists():
        if corpus.exists():
            shutil.rmtree(corpus)
        t0 = time.perf_counter()
        generate_corpus(corpus, n)
        marker.write_text("ok")
        out["generate_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    report = CorpusIndex(corpus, index_dir, analysis=False).update(procs=2, multisegment=True)
    out["build_s"] = time.perf_counter() - t0
    out["build_added"] = len(report.added)
    out["build_changed"] = bool(report.changed)
    out["build_skipped"] = len(report.skipped)
    out["build_rss_self_mb"] = max_rss_mb()
    out["build_rss_children_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return out


def vocabulary(corpus: Path, files: int = 3000) -> list[str]:
    """Distinct lower-case words (4+ letters) of `files` corpus files spread over it, sorted."""
    words: set[str] = set()
    paths = sorted(corpus.rglob("*.txt"))
    for path in paths[:: max(1, len(paths) // files)]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", path.read_text(encoding="utf-8")))
    return sorted(words)


def prefixes(words: list[str], rng: random.Random, keystrokes: int) -> list[str]:
    out, total = [], 0
    while total < keystrokes:
        word = rng.choice(words)
        prefix = word[: min(len(word), rng.randint(2, 6))]
        prefix = prefix[: keystrokes - total] if total + len(prefix) > keystrokes else prefix
        out.append(prefix)
        total += len(prefix)
    return out


async def frame_after(clock, moment: float, timeout: float = 5.0) -> float:
    """The first frame drawn at or after `moment` (bench_tui's FrameClock), or `moment` itself
    if none comes within `timeout` (nothing changed on screen)."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        later = [f for f in clock.frames[-50:] if f >= moment]
        if later:
            return later[0]
        await asyncio.sleep(0.0005)
    return moment


async def wait_for(predicate, timeout: float, what: str, step: float = 0.002) -> float:
    start = time.perf_counter()
    while not predicate():
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what}")
        await asyncio.sleep(step)
    return time.perf_counter() - start


async def drive(corpus: Path, index_dir: Path, state_dir: Path, args, out: dict) -> None:
    from textual import events

    from belreader.tui.app import make_app
    from belreader.tui.messages import ExportRequest
    from belreader.tui.widgets.article_list import ArticleList
    from belreader.tui.widgets.article_view import ArticleView

    from bench_tui import FrameClock, type_key

    rng = random.Random(args.seed)
    errors: list[str] = []
    notes: list[tuple[str, str]] = []
    rss: list[dict] = []

    def sample(label: str) -> None:
        rss.append({"at": label, "vm_rss_mb": round(vm_rss_mb(), 1), "max_rss_mb": round(max_rss_mb(), 1)})

    sample("before the app (imports done)")
    t_made = time.perf_counter()
    # analysis=False is what `belreader --no-nlp` gives the reader (see the module docstring).
    app = make_app(corpus=str(corpus), index_dir=str(index_dir), state_dir=str(state_dir), analysis=False)
    assert app.index.analysis is False

    plain_notify = app.notify

    def notify(message, *a, **kw):
        notes.append((kw.get("severity", "information"), str(message)))
        if kw.get("severity") == "error":
            errors.append(f"notification: {kw.get('title', '')}: {message}")
        return plain_notify(message, *a, **kw)

    app.notify = notify
    clock = FrameClock(app)

    async with app.run_test(size=(120, 36)) as pilot:
        articles = app.query_one(ArticleList)
        await wait_for(lambda: articles.option_count >= args.articles, 600, "the article list")
        t_list = await frame_after(clock, time.perf_counter())
        out["launch_to_list_s"] = t_list - t_made
        out["listed"] = articles.option_count
        await wait_for(
            lambda: not app.reader._indexing and not [w for w in app.workers if w.group == "index" and w.is_running],
            900,
            "the start-up index update",
        )
        out["startup_update_s"] = time.perf_counter() - t_made
        out["startup_notes"] = [n for n in notes]
        sample("start")

        # ---------------------------------------------------------------- search as you type
        words = vocabulary(corpus)
        out["vocabulary_words"] = len(words)
        typed_words = prefixes(words, rng, args.searches)
        await pilot.press("slash")
        search = app.query_one("#search")
        latencies: list[float] = []
        last_key = 0.0
        hits_total = 0
        t_search = time.perf_counter()
        for word in typed_words:
            typed = ""
            for char in word:
                wait = KEY_SPACING - (time.perf_counter() - last_key)
                if wait > 0:
                    await asyncio.sleep(wait)
                typed += char
                started = time.perf_counter()
                last_key = started
                await type_key(app, char)
                await wait_for(
                    lambda typed=typed: app.reader.results is not None and app.reader.results.query == typed,
                    60,
                    f"results of {typed!r}",
                    step=0.0005,
                )
                shown = await frame_after(clock, time.perf_counter())
                latencies.append(shown - started)
                hits_total += app.reader.results.total
                if len(latencies) % 50 == 0:
                    sample(f"search {len(latencies)}")
            search.value = ""  # the app counts this change as a keystroke too (debounce clock)
            last_key = time.perf_counter()
            await asyncio.sleep(0.05)
        out["search_seconds"] = time.perf_counter() - t_search
        out["searches"] = len(latencies)
        out["prefixes"] = len(typed_words)
        out["prefix_examples"] = typed_words[:12]
        out["mean_hits"] = hits_total / max(1, len(latencies))
        ms = [x * 1000 for x in latencies]
        out["latency_ms"] = {"p50": pct(ms, 50), "p95": pct(ms, 95), "p99": pct(ms, 99), "max": max(ms)}
        out["latency_by_length_ms"] = {}
        i = 0
        by_len: dict[int, list[float]] = {}
        for word in typed_words:
            for k in range(1, len(word) + 1):
                by_len.setdefault(k, []).append(ms[i])
                i += 1
        for k, vals in sorted(by_len.items()):
            out["latency_by_length_ms"][k] = {"n": len(vals), "p50": pct(vals, 50), "p95": pct(vals, 95)}
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        sample("after searches")

        view = app.query_one(ArticleView)

        async def open_and_wait(article_id: str) -> None:
            app.reader.open_article(article_id)
            await wait_for(
                lambda: view.article is not None and view.article.id == article_id and view.fully_mounted,
                60,
                f"article {article_id}",
            )
            view.focus()
            await pilot.pause()

        # ---------------------------------------------------------------- the longest article
        summaries = app.reader.summaries
        longest = max(summaries, key=lambda s: (s.n_paragraphs, Path(s.path).stat().st_size))
        t0 = time.perf_counter()
        await open_and_wait(longest.id)
        opened = time.perf_counter() - t0
        # The article's NLP runs in a worker after it is shown; let it finish so that it is not
        # timed as scrolling (the first one also loads the NLP model).
        await wait_for(lambda: app.reader.analysis is not None, 300, "the article's analysis")
        analysed = time.perf_counter() - t0
        await app.workers.wait_for_complete()
        sample("longest article open, NLP model loaded")
        press_s: list[float] = []  # key -> scroll animation finished and drawn
        move_s: list[float] = []  # key -> first frame after the view moved
        n_par = len(view.article.paragraphs)
        seen = set()
        presses = 0
        t0 = time.perf_counter()
        while True:
            for w in view.paragraph_widgets():
                r = w.region
                if r.height and r.y < view.region.bottom and r.y + r.height > view.region.y:
                    seen.add(w.index)
            if view.scroll_y >= view.max_scroll_y:
                break
            before = view.scroll_y
            t1 = time.perf_counter()
            app.post_message(events.Key("pagedown", None))  # as the driver does; Textual animates it
            await wait_for(lambda before=before: view.scroll_y != before, 30, "PageDown to move", step=0.0005)
            moved = await frame_after(clock, time.perf_counter())
            await wait_for(
                lambda: not app.animator.is_being_animated(view, "scroll_y"), 30, "the scroll to settle", step=0.0005
            )
            settled = time.perf_counter()
            await pilot.pause()
            move_s.append(moved - t1)
            press_s.append(settled - t1)
            presses += 1
            if view.scroll_y == before and presses > 3 * n_par + 10:
                errors.append("scroll: PageDown stopped moving before the end")
                break
        page_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        await pilot.press("g")
        await pilot.pause()
        top_ok = view.scroll_y == 0
        await pilot.press("G")
        await pilot.pause()
        end_ok = view.scroll_y >= view.max_scroll_y
        gG_s = time.perf_counter() - t0
        out["scroll"] = {
            "article": longest.id,
            "paragraphs": n_par,
            "chars": len(view.article.body),
            "open_s": opened,
            "analysis_ready_s": analysed,
            "pagedown_presses": presses,
            "pagedown_total_s": page_s,
            "pagedown_first_move_ms_p50": pct([x * 1000 for x in move_s], 50) if move_s else None,
            "pagedown_first_move_ms_max": max(x * 1000 for x in move_s) if move_s else None,
            "pagedown_ms_p50": pct([x * 1000 for x in press_s], 50) if press_s else None,
            "pagedown_ms_max": max(x * 1000 for x in press_s) if press_s else None,
            "paragraphs_seen": len(seen),
            "g_then_G_s": gG_s,
            "top_ok": top_ok,
            "end_ok": end_ok,
            "virtual_height": view.virtual_size.height,
        }
        if len(seen) != n_par:
            errors.append(f"scroll: saw {len(seen)} of {n_par} paragraphs")
        if not (top_ok and end_ok):
            errors.append(f"scroll: g/G top_ok={top_ok} end_ok={end_ok}")
        sample("after scroll")

        # ---------------------------------------------------------------- marks and exports
        store = app.library.clip_store()
        base_clips = store.count()
        chosen = rng.sample([s for s in summaries if s.n_paragraphs > 1], args.marks)
        export_dir = state_dir / "exports"
        export_every = max(1, args.marks // max(1, args.exports - 1)) if args.exports > 1 else args.marks
        exports: list[dict] = []
        formats = ["md", "json", "csv"]
        mark_times: list[float] = []

        async def export_now() -> None:
            fmt = formats[len(exports) % 3]
            dest = export_dir / f"clips-{len(exports):03d}.{fmt}"
            expected = store.count()
            t0 = time.perf_counter()
            app.reader.passages.run_export(ExportRequest(fmt=fmt, path=str(dest), scope="clips"))
            await wait_for(
                lambda: dest.exists() and not [w for w in app.workers if w.group == "export" and w.is_running],
                300,
                f"export {dest.name}",
            )
            seconds = time.perf_counter() - t0
            text = dest.read_text(encoding="utf-8")
            if fmt == "md":
                head = re.match(r"# Passages \((\d+)\)", text)
                count = int(head.group(1)) if head else -1
                blocks = text.count("\n\n---\n\n") + 1 if count else 0
                ok = count == expected and blocks == expected
            elif fmt == "json":
                doc = json.loads(text)
                count = len(doc["passages"])
                ok = doc["count"] == expected == count
            else:
                rows = list(csv.DictReader(io.StringIO(text, newline="")))
                count = len(rows)
                ok = count == expected
            exports.append(
                {"fmt": fmt, "clips": expected, "read_back": count, "ok": ok, "s": seconds, "bytes": len(text.encode())}
            )
            if not ok:
                errors.append(f"export {dest.name}: {count} read back, {expected} clips")

        t_marks = time.perf_counter()
        for m_i, summary in enumerate(chosen):
            await open_and_wait(summary.id)
            paragraph = rng.randrange(len(view.article.paragraphs))
            while view.article.paragraphs[paragraph].is_heading and paragraph:
                paragraph -= 1
            view.scroll_to_paragraph(paragraph)
            await pilot.pause()
            await asyncio.sleep(0.02)
            before = store.count()
            t0 = time.perf_counter()
            await pilot.press("space")
            await wait_for(lambda before=before: store.count() > before, 30, f"mark {m_i + 1}")
            mark_times.append(time.perf_counter() - t0)
            if (m_i + 1) % export_every == 0:
                await export_now()
            if (m_i + 1) % 50 == 0:
                sample(f"mark {m_i + 1}")
        while len(exports) < args.exports:
            await export_now()
        out["marks_seconds"] = time.perf_counter() - t_marks
        clips = store.list()
        out["marks"] = {
            "requested": args.marks,
            "clips_added": len(clips) - base_clips,
            "distinct_articles": len({c.article_id for c in clips}),
            "mark_ms_p50": pct([x * 1000 for x in mark_times], 50),
            "mark_ms_max": max(x * 1000 for x in mark_times),
        }
        if len(clips) - base_clips != args.marks:
            errors.append(f"marks: {len(clips) - base_clips} clips for {args.marks} marks")
        out["exports"] = exports
        await app.workers.wait_for_complete()
        await pilot.pause()
        sample("end")
        out["rss"] = rss
        for worker in app.workers:
            if worker.error is not None:
                errors.append(f"worker {worker.group}: {worker.error!r}")
        out["notifications"] = {sev: sum(1 for s, _ in notes if s == sev) for sev in sorted({s for s, _ in notes})}
        out["warnings"] = sorted({m for s, m in notes if s == "warning"})[:10]
        app.workers.cancel_all()
    if app._exception is not None:
        errors.append(f"app exception: {app._exception!r}")
    out["errors"] = errors


def machine() -> dict:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        "unknown",
    )
    ram = next(
        (
            f"{int(line.split()[1]) / 1048576:.1f} GiB"
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        "unknown",
    )
    import textual
    import whoosh

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "python": platform.python_version(),
        "textual": getattr(textual, "__version__", "?"),
        "whoosh": ".".join(map(str, whoosh.__version__)),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "loadavg_start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50_000)
    parser.add_argument("--searches", type=int, default=1000, help="keystrokes typed (each starts a search)")
    parser.add_argument("--marks", type=int, default=200)
    parser.add_argument("--exports", type=int, default=21)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--workdir", help="keep the corpus and index here (reused next time)")
    parser.add_argument("--json", help="write the results as JSON here")
    parser.add_argument("--prepare-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.prepare_only:
        print(json.dumps(prepare(Path(args.workdir), args.articles)))
        return 0

    out: dict = {"machine": machine(), "args": vars(args)}
    tmp = None
    if args.workdir:
        work = Path(args.workdir)
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="belreader-load-")
        work = Path(tmp.name)
    user = Path(tempfile.mkdtemp(prefix="belreader-load-user-"))
    for var, sub in (
        ("BELREADER_DATA_DIR", "data"),
        ("BELREADER_CONFIG_DIR", "config"),
        ("BELREADER_CACHE_DIR", "cache"),
    ):
        os.environ[var] = str(user / sub)
    t_all = time.perf_counter()
    try:
        # In a child process, so that the build's memory is not counted as the reader's.
        child = subprocess.run(
            [sys.executable, __file__, "--prepare-only", "--workdir", str(work), "--articles", str(args.articles)],
            capture_output=True,
            text=True,
        )
        if child.returncode:
            sys.stderr.write(child.stderr)
            raise SystemExit(f"preparing the corpus and index failed (exit {child.returncode})")
        out.update(json.loads(child.stdout.strip().splitlines()[-1]))
        print(f"prepared: {json.dumps(out)}", flush=True)
        asyncio.run(drive(Path(out["corpus"]), Path(out["index_dir"]), user / "state", args, out))
    finally:
        out["total_s"] = time.perf_counter() - t_all
        out["loadavg_end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
        shutil.rmtree(user, ignore_errors=True)
        if tmp is not None:
            tmp.cleanup()
        text = json.dumps(out, indent=2, default=str)
        print(text)
        if args.json:
            Path(args.json).write_text(text + "\n")
    return 1 if out.get("errors") else 0


if __name__ == "__main__":
    sys.exit(main())
