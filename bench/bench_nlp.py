"""Benchmark the analysis layer on a corpus (default: the shared BBC corpus, 2,225 articles).

    .venv/bin/python bench/bench_nlp.py [CORPUS] [--processes N] [--limit N] [--reference-every N]
                                        [--results FILE --label TEXT]

Reports articles/s, tokens/s (whitespace words), total seconds, CPU seconds, the cached re-run
time, and peak RSS of this process and its worker processes (resource.getrusage). The cold run
writes its analysis cache to a temporary folder, as `belreader index` does (synced files).
The load average (1 minute) is read before and after the cold run; CPU seconds / processes is
the wall time the run would take if the machine's cores were its alone (a lower bound: the
worker's start and the last chunks are not spread over both).
`--results FILE` appends one Markdown table row (date, label, the figures) to FILE, e.g.
bench/results-nlp.md, so interleaved runs of two versions of the code land side by side.

A bare-spaCy reference is measured in the same run, in this process, on every Nth article
(`--reference-every`, default 8; 0 skips it): the paragraphs through `nlp.pipe` of the model
as `spacy.load` gives it, once with its whole pipeline and once with `ner` alone. The ratios
(belreader's CPU seconds per word over the reference's) move much less with machine load
than the seconds do: quote those when comparing runs.
Not part of the test suite. The corpus is read in place, never copied.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from belreader import nlp  # noqa: E402
from belreader.corpus import load_corpus  # noqa: E402


def _bbc_root() -> Path:
    """../shared/corpora/bbc next to the checkout, or next to any folder above it (a worktree)."""
    repo = Path(__file__).resolve().parent.parent
    for parent in repo.parents:
        if (parent / "shared" / "corpora" / "bbc").is_dir():
            return parent / "shared" / "corpora" / "bbc"
    return repo.parent / "shared" / "corpora" / "bbc"


DEFAULT_CORPUS = _bbc_root()


def cpu_seconds() -> float:
    """User + system CPU of this process and its finished workers: stable on a busy machine."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main_thread_schedstat() -> tuple[float, float] | None:
    """(seconds running, seconds runnable but waiting for a core) of this process's main
    thread, from Linux's /proc schedstat; None elsewhere. Wall time minus both is the time the
    thread was blocked (on the disk, on a worker's result), whatever the machine's load."""
    try:
        run_ns, wait_ns, _ = Path(f"/proc/self/task/{os.getpid()}/schedstat").read_text().split()
    except (OSError, ValueError):
        return None
    return int(run_ns) / 1e9, int(wait_ns) / 1e9


def peak_rss_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def reference_cpu(articles: list, every: int) -> tuple[int, float, float]:
    """(words, CPU seconds of the whole sm pipeline, of its NER alone) over every `every`th
    article's paragraphs, with the model exactly as spacy.load gives it."""
    import spacy

    from belreader.nlp.backend import MODEL_PACKAGE

    sample = articles[::every]
    texts = [a.paragraph_text(p) for a in sample for p in a.paragraphs]
    words = sum(len(t.split()) for t in texts)
    model = spacy.load(MODEL_PACKAGE)
    list(model.pipe(texts[:20]))  # warm up
    c0 = time.process_time()
    for _ in model.pipe(texts, batch_size=64):
        pass
    full = time.process_time() - c0
    with model.select_pipes(enable=["ner"]):
        c0 = time.process_time()
        for _ in model.pipe(texts, batch_size=64):
            pass
        ner = time.process_time() - c0
    return words, full, ner


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--processes", "-p", type=int, default=2)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--reference-every", type=int, default=8, help="bare-spaCy reference on every Nth article")
    parser.add_argument("--results", type=Path, help="append a Markdown table row of the figures to this file")
    parser.add_argument("--label", default="", help="what was measured, for --results (e.g. a commit)")
    args = parser.parse_args()
    console = Console()

    t0 = time.perf_counter()
    articles = load_corpus(Path(args.corpus)).articles
    if args.limit:
        articles = articles[: args.limit]
    load_s = time.perf_counter() - t0
    words = sum(len(a.body.split()) for a in articles)

    t1 = time.perf_counter()
    status = nlp.backend_status()
    model_s = time.perf_counter() - t1

    with tempfile.TemporaryDirectory() as cache:
        load_before = os.getloadavg()[0]
        sched = main_thread_schedstat()
        t2, c2 = time.perf_counter(), cpu_seconds()
        analyses = nlp.analyze_many(articles, cache_dir=Path(cache), n_process=args.processes)
        nlp_s, nlp_cpu = time.perf_counter() - t2, cpu_seconds() - c2
        sched_after = main_thread_schedstat()
        load_after = os.getloadavg()[0]
        t3 = time.perf_counter()
        nlp.analyze_many(articles, cache_dir=Path(cache), n_process=args.processes)
        cached_s = time.perf_counter() - t3

    own, children = peak_rss_mb()
    reference = (
        reference_cpu(articles, args.reference_every) if args.reference_every and status.startswith("spaCy") else None
    )
    table = Table(title=f"belreader NLP benchmark: {args.corpus}")
    table.add_column("measure")
    table.add_column("value", justify="right")
    rows = [
        ("backend", status),
        ("spaCy / thinc / blis", library_versions()),
        ("articles", f"{len(articles):,}"),
        ("words", f"{words:,}"),
        ("processes", str(args.processes)),
        ("load corpus (s)", f"{load_s:.2f}"),
        ("load model (s)", f"{model_s:.2f}"),
        ("analyse, cold (s)", f"{nlp_s:.2f}"),
        ("analyse, CPU seconds (all processes)", f"{nlp_cpu:.1f}"),
        ("CPU seconds / processes (wall on idle cores, lower bound)", f"{nlp_cpu / args.processes:.1f}"),
        ("load average before → after the cold run", f"{load_before:.1f} → {load_after:.1f}"),
        ("articles/s", f"{len(articles) / nlp_s:.1f}"),
        *main_thread_rows(sched, sched_after, nlp_s),
        ("words per CPU second", f"{words / nlp_cpu:,.0f}"),
        ("words/s", f"{words / nlp_s:,.0f}"),
        ("analyse, cached re-run (s)", f"{cached_s:.2f}"),
        ("mentions", f"{sum(len(a.mentions) for a in analyses):,}"),
        ("claims", f"{sum(len(a.claims) for a in analyses):,}"),
        ("peak RSS, main process (MB)", f"{own:.0f}"),
        ("peak RSS, largest worker (MB)", f"{children:.0f}"),
    ]
    if reference is not None:
        ref_words, full, ner = reference
        ours = nlp_cpu / words
        rows += [
            (
                "reference: articles (every Nth)",
                f"{len(articles[:: args.reference_every]):,} (N={args.reference_every})",
            ),
            ("reference: bare spaCy sm, whole pipeline, CPU s / 1000 words", f"{1000 * full / ref_words:.3f}"),
            ("reference: bare spaCy sm, ner alone, CPU s / 1000 words", f"{1000 * ner / ref_words:.3f}"),
            ("belreader analysis, CPU s / 1000 words", f"{1000 * ours:.3f}"),
            ("ratio belreader / bare spaCy whole pipeline (CPU)", f"{ours / (full / ref_words):.2f}"),
            ("ratio belreader / bare spaCy ner alone (CPU)", f"{ours / (ner / ref_words):.2f}"),
        ]
    for name, value in rows:
        table.add_row(name, value)
    console.print(table)
    console.print(f"load average during the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    if args.results is not None:
        if reference is not None:
            ref_words, full, ner = reference
            ours = nlp_cpu / words
            ratios = f"{ours / (full / ref_words):.2f} | {ours / (ner / ref_words):.2f}"
        else:
            ratios = "– | –"
        append_row(
            args.results,
            f"| {time.strftime('%Y-%m-%d %H:%M', time.gmtime())} UTC | {args.label} | {len(articles):,} "
            f"| {args.processes} | {nlp_s:.1f} | {nlp_cpu:.1f} | {load_before:.1f} → {load_after:.1f} | {ratios} |",
        )


def library_versions() -> str:
    """The versions of the libraries the analysis runs on: rows of two environments differ."""
    from importlib.metadata import PackageNotFoundError, version

    found = []
    for name in ("spacy", "thinc", "blis"):
        try:
            found.append(version(name))
        except PackageNotFoundError:
            found.append("-")
    return " / ".join(found)


def main_thread_rows(before, after, wall: float) -> list[tuple[str, str]]:
    if before is None or after is None:
        return []
    running, waiting = after[0] - before[0], after[1] - before[1]
    return [
        ("analysing process, main thread: running / waiting for a core (s)", f"{running:.1f} / {waiting:.1f}"),
        ("analysing process, main thread: blocked (disk, workers' results) (s)", f"{wall - running - waiting:.1f}"),
    ]


RESULTS_HEADER = (
    "| date | code | articles | processes | wall s | CPU s | load before → after "
    "| ratio to bare spaCy, whole pipeline (CPU) | ratio to `ner` alone (CPU) |\n"
    "|---|---|---:|---:|---:|---:|---|---:|---:|\n"
)


def append_row(path: Path, row: str) -> None:
    """One row at the end of the results table (the table's header first if the file is new)."""
    new = not path.exists() or path.stat().st_size == 0
    with path.open("a", encoding="utf-8") as handle:
        if new:
            handle.write(RESULTS_HEADER)
        handle.write(row + "\n")


if __name__ == "__main__":
    main()
