#!/usr/bin/env python3
"""Index and query benchmark for belreader (run by hand: `make bench`; never part of the tests).

For each corpus (the 2,225 BBC articles, and 50,000 articles generated from them in a temp dir):
  * full Whoosh build with procs=1 and with procs=2, multisegment=True, each in a fresh
    subprocess (time, docs/s, peak RSS, index size on disk), NLP off (analysis=False);
  * a no-op update (second update() by a fresh CorpusIndex, as the CLI does);
  * query latency p50/p95 over the 50 queries in bench/queries.txt, warm, with snippets for the
    top 10 hits and without;
  * the same texts and queries through stdlib sqlite3 FTS5 (porter tokenizer), and whoosh/FTS5
    ratios, so numbers from a noisy or shared machine stay comparable.
Prints a Rich table and writes the same table as Markdown to bench/results-index.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import re
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
if os.environ.get("BELREADER_BENCH_CODE"):  # --ref: benchmark a git export of the package, not the working tree
    sys.path.insert(0, os.environ["BELREADER_BENCH_CODE"])

BBC = Path("/work/shared/corpora/bbc")
QUERIES = HERE / "queries.txt"
RESULTS = HERE / "results-index.md"
LARGE_N = 50_000
SEED = 20_051_225
REPEATS = 3  # timed runs per query (after one warm-up run); --repeats

TARGETS = {
    # (corpus, metric) -> (limit, unit)
    ("small", "build"): 10.0,
    ("large", "build"): 60.0,
    ("large", "p95"): 30.0,
    ("small", "noop"): 0.5,
}


# --------------------------------------------------------------------------- helpers


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "unknown"
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    import whoosh

    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "ram": ram,
        "python": platform.python_version(),
        "sqlite": sqlite3.sqlite_version,
        "whoosh": ".".join(map(str, whoosh.__version__)),
        "os": platform.platform(),
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "loadavg": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def load_queries() -> list[tuple[str, str | None]]:
    out = []
    for line in QUERIES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        whoosh_q, _, fts_q = line.partition("\t")
        fts_q = fts_q.strip()
        out.append((whoosh_q.strip(), None if fts_q in ("", "-") else fts_q))
    return out


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def pct(values: list[float], p: float) -> float:
    """Nearest-rank-free linear percentile (statistics.quantiles, inclusive)."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1]


# --------------------------------------------------------------------------- corpus generation


def generate_corpus(target: Path, n: int, seed: int = SEED) -> None:
    """n articles made by recombining paragraphs of BBC articles of the same category.

    Deterministic for a seed. Each article gets a distinct title (a BBC headline plus a serial)
    and a distinct id (its path), and 3-15 paragraphs drawn from its category's pool, so the
    vocabulary and the article length distribution stay BBC-like.
    """
    rng = random.Random(seed)
    pools: dict[str, list[str]] = {}
    titles: dict[str, list[str]] = {}
    for category in sorted(p.name for p in BBC.iterdir() if p.is_dir()):
        for f in sorted((BBC / category).glob("*.txt")):
            raw = f.read_bytes()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                text = raw.decode("cp1252", errors="replace")
            parts = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
            if len(parts) < 2:
                continue
            titles.setdefault(category, []).append(parts[0].splitlines()[0].strip())
            pools.setdefault(category, []).extend(parts[1:])
    categories = sorted(pools)
    for i in range(n):
        category = categories[i % len(categories)]
        folder = target / category / f"{(i // len(categories)) // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        title = f"{rng.choice(titles[category])} {i:05d}"
        paragraphs = rng.sample(pools[category], rng.randint(3, 15))
        (folder / f"{i:05d}.txt").write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- subprocess workers


def worker_build(corpus: str, index_dir: str, procs: int, multisegment: bool, noop: bool) -> dict:
    from belreader.index import CorpusIndex

    started = time.perf_counter()

    def stop(signum, frame):  # SIGUSR1: give up, report the time so far as a lower bound
        print(json.dumps({"timeout": time.perf_counter() - started}), flush=True)
        os._exit(0)

    signal.signal(signal.SIGUSR1, stop)
    report = CorpusIndex(corpus, index_dir, analysis=False).update(procs=procs, multisegment=multisegment)
    seconds = time.perf_counter() - started
    out = {
        "seconds": seconds,
        "docs": len(report.added),
        "skipped": len(report.skipped),
        "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        # CPU seconds of this process and its (joined) writer processes: steadier than the wall
        # time on a shared or throttled machine.
        "cpu_seconds": sum(
            u.ru_utime + u.ru_stime
            for u in (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN))
        ),
    }
    try:
        from whoosh import index as windex

        ix = windex.open_dir(index_dir, indexname="MAIN")
        out["segments"] = len(ix._segments())
        ix.close()
    except Exception:  # the segment count is informative only
        pass
    if noop:
        # A fresh CorpusIndex, as a second `belreader index` run would have.
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            r = CorpusIndex(corpus, index_dir, analysis=False).update()
            times.append(time.perf_counter() - t0)
            assert not r.changed, "no-op update changed the index"
        out["noop_seconds"] = times[0]
        out["noop_all"] = times
    return out


def worker_fts(corpus: str, db: str) -> dict:
    from belreader.corpus import iter_corpus_files, load_file

    started = time.perf_counter()
    root = Path(corpus)
    con = sqlite3.connect(db)
    con.execute(
        "CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, title, body, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    n = 0
    rows = []
    for path in iter_corpus_files(root):
        try:
            articles = load_file(path, root)
        except ValueError:
            continue
        for a in articles:
            rows.append((a.id, a.title, a.body))
            n += 1
        if len(rows) >= 500:
            con.executemany("INSERT INTO docs VALUES (?, ?, ?)", rows)
            rows.clear()
    con.executemany("INSERT INTO docs VALUES (?, ?, ?)", rows)
    con.commit()
    con.close()
    return {
        "seconds": time.perf_counter() - started,
        "docs": n,
        "rss_self_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_children_mb": 0.0,
    }


def run_worker(args: list[str], env: dict, timeout: float | None = None) -> dict:
    # Own process group, so a stopped multi-process build takes its writer subprocesses with it.
    with subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--worker", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    ) as proc:
        try:
            stdout, stderr = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.communicate()
            raise
    proc.stdout, proc.stderr = stdout, stderr
    if proc.returncode != 0:
        raise RuntimeError(f"worker {args[0]} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# --------------------------------------------------------------------------- queries


def time_queries(run, queries: list[str]) -> dict[str, float]:
    """Per-query median latency (ms) over REPEATS warm runs."""
    out = {}
    for q in queries:
        run(q)  # warm-up
        samples = []
        for _ in range(REPEATS):
            t0 = time.perf_counter()
            run(q)
            samples.append((time.perf_counter() - t0) * 1000)
        out[q] = statistics.median(samples)
    return out


def bench_queries(index_dir: Path, corpus: Path, db: Path, queries) -> dict:
    from belreader.index import CorpusIndex
    from belreader.search import QueryError, search

    index = CorpusIndex(corpus, index_dir, analysis=False)
    hits = {}

    def whoosh_snip(q):
        hits[q] = search(index, q, pagelen=10, snippets=3).total

    def whoosh_plain(q):
        search(index, q, pagelen=10, snippets=0)

    errors = {}
    for w, _ in queries:
        try:
            whoosh_plain(w)
        except QueryError as exc:  # a query the parser rejects is reported, not timed
            errors[w] = str(exc)
    all_q = [w for w, _ in queries if w not in errors]
    res = {
        "w_snip": time_queries(whoosh_snip, all_q),
        "w_plain": time_queries(whoosh_plain, all_q),
        "hits": hits,
        "errors": errors,
    }
    index.close()

    con = sqlite3.connect(str(db))
    fts_map = {w: f for w, f in queries if f and w not in errors}
    fts_hits = {}

    def fts_plain(q):
        f = fts_map[q]
        total = con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (f,)).fetchone()[0]
        con.execute(
            "SELECT id, title, bm25(docs, 0.0, 3.0, 1.0) AS r FROM docs WHERE docs MATCH ? ORDER BY r LIMIT 10", (f,)
        ).fetchall()
        fts_hits[q] = total

    def fts_snip(q):
        f = fts_map[q]
        con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (f,)).fetchone()
        con.execute(
            "SELECT id, title, snippet(docs, 2, '[', ']', '…', 40), bm25(docs, 0.0, 3.0, 1.0) AS r "
            "FROM docs WHERE docs MATCH ? ORDER BY r LIMIT 10",
            (f,),
        ).fetchall()

    res["f_plain"] = time_queries(fts_plain, list(fts_map))
    res["f_snip"] = time_queries(fts_snip, list(fts_map))
    res["fts_hits"] = fts_hits
    con.close()
    return res


# --------------------------------------------------------------------------- main


def bench_corpus(name: str, corpus: Path, procs: int, work: Path, queries, env, timeout: float | None = None) -> dict:
    from rich.console import Console

    console = Console(stderr=True)
    r: dict = {"name": name, "corpus": str(corpus), "procs": procs}
    ix1 = work / f"{name}-ix1"
    ixn = work / f"{name}-ixn"
    db = work / f"{name}-fts.db"
    console.print(f"[bold]{name}[/]: whoosh build, procs=1 ...")
    r["b1"] = run_worker(["build", str(corpus), str(ix1), "1", "0", "1"], env)
    r["b1"]["size"] = dir_size(ix1)
    console.print(f"  {r['b1']['seconds']:.1f} s, {r['b1']['docs']} docs; no-op {r['b1']['noop_seconds']:.3f} s")
    console.print(f"[bold]{name}[/]: FTS5 build ...")
    r["fts"] = run_worker(["fts", str(corpus), str(db)], env)
    r["fts"]["size"] = db.stat().st_size
    console.print(f"  {r['fts']['seconds']:.1f} s")
    console.print(f"[bold]{name}[/]: queries ({len(queries)} x {REPEATS + 1} runs x 2 modes, whoosh and FTS5) ...")
    r["q"] = bench_queries(ix1, corpus, db, queries)
    shutil.rmtree(ix1, ignore_errors=True)
    console.print(f"[bold]{name}[/]: whoosh build, procs={procs}, multisegment=True ...")
    try:
        r["bn"] = run_worker(["build", str(corpus), str(ixn), str(procs), "1", "0"], env, timeout)
        r["bn"]["size"] = dir_size(ixn)
        console.print(f"  {r['bn']['seconds']:.1f} s" if "seconds" in r["bn"] else "  stopped (SIGUSR1)")
    except subprocess.TimeoutExpired:
        r["bn"] = {"timeout": timeout}
        console.print(f"  not finished after {timeout:.0f} s (stopped)")
    shutil.rmtree(ixn, ignore_errors=True)
    return r


def summarise(r: dict) -> list[tuple[str, str, str, str, str, str]]:
    """Rows: metric, whoosh, FTS5, whoosh/FTS5, target, status."""
    name = r["name"]
    rows = []

    def target(metric, value):
        limit = TARGETS.get((name, metric))
        if limit is None:
            return "", ""
        unit = "ms" if metric == "p95" else "s"
        return f"< {limit:g} {unit}", ("met" if value < limit else "MISSED")

    b1, bn, fts = r["b1"], r["bn"], r["fts"]
    docs = b1["docs"]

    def ratio(a: float, b: float) -> str:
        return f"{a / b:.1f}x" if b else ""

    t, s = target("build", b1["seconds"])
    rows.append(
        (
            "build, procs=1 (s)",
            f"{b1['seconds']:.1f}",
            f"{fts['seconds']:.1f}",
            ratio(b1["seconds"], fts["seconds"]),
            t,
            s,
        )
    )
    if "timeout" in bn:  # stopped: the time is a lower bound, the other numbers are unknown
        t, s = target("build", bn["timeout"])
        rows.append(
            (
                f"build, procs={r['procs']} multisegment (s)",
                f"> {bn['timeout']:.0f} (stopped)",
                "",
                f"> {bn['timeout'] / fts['seconds']:.0f}x",
                t,
                s,
            )
        )
        bn = {
            "seconds": float("nan"),
            "docs": 0,
            "size": float("nan"),
            "rss_self_mb": float("nan"),
            "rss_children_mb": float("nan"),
        }
    else:
        t, s = target("build", bn["seconds"])
        rows.append(
            (
                f"build, procs={r['procs']} multisegment (s)",
                f"{bn['seconds']:.1f}",
                "",
                ratio(bn["seconds"], fts["seconds"]),
                t,
                s,
            )
        )
    if "cpu_seconds" in b1:
        rows.append(
            (
                f"build CPU time, procs=1 / procs={r['procs']} (s)",
                f"{b1['cpu_seconds']:.1f} / {bn['cpu_seconds']:.1f}"
                if "cpu_seconds" in bn
                else f"{b1['cpu_seconds']:.1f} / -",
                "",
                "",
                "",
                "",
            )
        )
    rows.append(("docs/s, procs=1", f"{docs / b1['seconds']:,.0f}", f"{fts['docs'] / fts['seconds']:,.0f}", "", "", ""))
    rows.append(
        (
            f"docs/s, procs={r['procs']} multisegment",
            f"{bn['docs'] / bn['seconds']:,.0f}" if bn["docs"] else "-",
            "",
            "",
            "",
            "",
        )
    )
    rows.append(
        (
            "index size, procs=1 (MB)",
            f"{b1['size'] / 1e6:.1f}",
            f"{fts['size'] / 1e6:.1f}",
            ratio(b1["size"], fts["size"]),
            "",
            "",
        )
    )
    rows.append((f"index size, procs={r['procs']} multisegment (MB)", f"{bn['size'] / 1e6:.1f}", "", "", "", ""))
    if "segments" in b1:
        rows.append(
            ("segments, procs=1 / multisegment", f"{b1['segments']} / {bn.get('segments', '-')}", "", "", "", "")
        )
    rows.append(
        (
            "peak RSS, procs=1 (MB)",
            f"{b1['rss_self_mb']:.0f}",
            f"{fts['rss_self_mb']:.0f}",
            ratio(b1["rss_self_mb"], fts["rss_self_mb"]),
            "",
            "",
        )
    )
    rows.append(
        (
            f"peak RSS, procs={r['procs']} (MB, parent / largest child)",
            f"{bn['rss_self_mb']:.0f} / {bn['rss_children_mb']:.0f}",
            "",
            "",
            "",
            "",
        )
    )
    t, s = target("noop", b1["noop_seconds"])
    rows.append(("no-op update (s)", f"{b1['noop_seconds']:.3f}", "", "", t, s))

    q = r["q"]
    common = list(q["f_plain"])
    for mode, label in (("plain", "no snippets"), ("snip", "snippets top 10")):
        w_all = list(q[f"w_{mode}"].values())
        w_common = [q[f"w_{mode}"][k] for k in common]
        f_vals = [q[f"f_{mode}"][k] for k in common]
        for p in (50, 95):
            t, s = ("", "")
            if p == 95:
                t, s = target("p95", pct(w_all, 95))
            rows.append((f"query p{p}, {label}, all {len(w_all)} (ms)", f"{pct(w_all, p):.1f}", "", "", t, s))
        for p in (50, 95):
            wv, fv = pct(w_common, p), pct(f_vals, p)
            rows.append(
                (
                    f"query p{p}, {label}, FTS5 subset of {len(common)} (ms)",
                    f"{wv:.1f}",
                    f"{fv:.2f}",
                    ratio(wv, fv),
                    "",
                    "",
                )
            )
    return [tuple("-" if "nan" in cell else cell for cell in row) for row in rows]


def slowest(r: dict, k: int = 5) -> list[str]:
    q = r["q"]["w_snip"]
    return [
        f"`{name}` {ms:.1f} ms ({r['q']['hits'].get(name, '?')} hits)"
        for name, ms in sorted(q.items(), key=lambda kv: -kv[1])[:k]
    ]


def render(results: list[dict], info: dict, skipped_fts: list[str]) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console()
    md = [
        "# belreader index and query benchmark",
        "",
        "Produced by `make bench` (`.venv/bin/python bench/bench_index.py`); see bench/README.md.",
        "",
        f"- Machine: {info['cpu']}, {info['cores']} cores, {info['ram']} RAM, {info['os']}",
        f"- Python {info['python']}, whoosh-reloaded {info['whoosh']}, SQLite {info['sqlite']}",
        f"- Date: {info['date']}; load average at start: {info['loadavg']}",
        f"- Code measured: {info['code']}",
        "- **The machine was shared**: other engineers ran test suites on the same 2 cores during the run, so "
        "absolute times are noisy. Compare the whoosh/FTS5 ratios (same process, same data, same moment) "
        "across machines rather than the absolute numbers.",
        "- Whoosh: `CorpusIndex(corpus, index_dir, analysis=False).update(...)`, full schema, loading and cleaning "
        "included; each build in a fresh subprocess (peak RSS from `getrusage`). Queries: `search(index, q, "
        "pagelen=10, snippets=3 | 0)` with the default publisher facet, on the procs=1 index; per query the median "
        f"of {REPEATS} warm runs, then p50/p95 across queries.",
        "- FTS5: `fts5(id UNINDEXED, title, body, tokenize='porter unicode61 remove_diacritics 2')` over the same "
        "articles loaded by belreader's loader (build time includes loading); a query is `count(*)` plus the top 10 "
        "by `bm25` (with `snippet()` in the snippets mode). "
        f"Skipped for FTS5 (fuzzy and field queries, no fair translation): {len(skipped_fts)} of 50 — "
        + ", ".join(f"`{q}`" for q in skipped_fts)
        + ".",
        "",
    ]
    for r in results:
        title = f"{r['name']}: {r['b1']['docs']:,} articles ({r['corpus'] if r['name'] == 'small' else 'generated, deleted after the run'})"
        table = Table(title=title)
        headers = ("metric", "whoosh", "FTS5", "whoosh/FTS5", "target", "status")
        for h in headers:
            table.add_column(h, justify="left" if h == "metric" else "right")
        rows = summarise(r)
        for row in rows:
            style = "red" if row[5] == "MISSED" else ("green" if row[5] == "met" else None)
            table.add_row(*row, style=style)
        console.print(table)
        md += [
            f"## {title}",
            "",
            f"Measured {info['date']} (load average at start {info['loadavg']}; code: {info['code']}).",
            "",
            "| " + " | ".join(headers) + " |",
            "|" + "|".join(["---"] + ["---:"] * 5) + "|",
        ]
        md += ["| " + " | ".join(cell or " " for cell in row) + " |" for row in rows]
        md += ["", "Slowest queries (whoosh, with snippets): " + "; ".join(slowest(r)), ""]
        if r["q"]["errors"]:
            md += [
                "Queries rejected by belreader's parser (not timed): "
                + "; ".join(f"`{q}`: {e}" for q, e in r["q"]["errors"].items()),
                "",
            ]
        zero = [q for q, n in r["q"]["hits"].items() if not n]
        if zero:
            md += [f"Queries with no hits (these also run did-you-mean): {', '.join(f'`{q}`' for q in zero)}", ""]
    measured = {r["name"] for r in results}
    if RESULTS.exists():  # a run of one size replaces only that size's section
        old = RESULTS.read_text(encoding="utf-8")
        for m in re.finditer(r"^## (small|large): .*?(?=^## |\Z)", old, flags=re.S | re.M):
            if m.group(1) not in measured:
                md += [
                    m.group(0).rstrip(),
                    "",
                    f"(The {m.group(1)} section above is from an earlier run; see its own date line.)",
                    "",
                ]
    RESULTS.write_text("\n".join(md) + "\n", encoding="utf-8")
    console.print(f"wrote {RESULTS.relative_to(REPO)}")


def main() -> None:
    global REPEATS
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size", choices=("small", "large", "both"), default="both")
    ap.add_argument("--procs", type=int, default=2, help="procs for the multisegment build (default 2)")
    ap.add_argument("--large-n", type=int, default=LARGE_N, help=argparse.SUPPRESS)
    ap.add_argument(
        "--ref",
        help="benchmark belreader/ and data/ as of this git commit (exported to the temp dir) instead of the "
        "working tree, e.g. --ref HEAD while others edit the tree",
    )
    ap.add_argument(
        "--multiseg-timeout",
        type=float,
        default=None,
        help="stop the multisegment build after this many seconds (reported as a lower bound)",
    )
    ap.add_argument("--repeats", type=int, default=REPEATS, help=f"timed warm runs per query (default {REPEATS})")
    ap.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()

    if args.worker:
        kind, *rest = args.worker
        if kind == "build":
            corpus, index_dir, procs, multisegment, noop = rest
            out = worker_build(corpus, index_dir, int(procs), multisegment == "1", noop == "1")
        else:
            out = worker_fts(*rest)
        print(json.dumps(out))
        return

    from rich.console import Console

    REPEATS = args.repeats
    console = Console(stderr=True)
    queries = load_queries()
    assert len(queries) == 50, f"bench/queries.txt must hold 50 queries, has {len(queries)}"
    work = Path(tempfile.mkdtemp(prefix="belreader-bench-"))
    env = dict(os.environ, BELREADER_CACHE_DIR=str(work / "cache"), BELREADER_CONFIG_DIR=str(work / "config"))
    if args.ref:
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", args.ref], capture_output=True, text=True, check=True
        ).stdout.strip()
        code = work / "code"
        code.mkdir()
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", commit, "belreader", "data"], capture_output=True, check=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", str(code)], input=archive, check=True)
        env["BELREADER_BENCH_CODE"] = str(code)
        sys.path.insert(0, str(code))
        code_desc = f"git commit {commit} (exported with --ref {args.ref})"
    else:
        dirty = subprocess.run(
            ["git", "-C", str(REPO), "status", "--porcelain", "belreader"], capture_output=True, text=True
        ).stdout.strip()
        head = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
        ).stdout.strip()
        code_desc = f"working tree at {head}" + (" with uncommitted changes in belreader/" if dirty else "")
    info = machine()
    info["code"] = code_desc
    os.environ.update(BELREADER_CACHE_DIR=env["BELREADER_CACHE_DIR"], BELREADER_CONFIG_DIR=env["BELREADER_CONFIG_DIR"])
    results = []
    try:
        if args.size in ("small", "both"):
            results.append(bench_corpus("small", BBC, args.procs, work, queries, env, args.multiseg_timeout))
            if args.size == "both":  # partial results survive an interrupted large run
                render(results, info, [w for w, f in queries if f is None])
        if args.size in ("large", "both"):
            gen = work / "large-corpus"
            console.print(f"generating {args.large_n:,} articles in {gen} ...")
            t0 = time.perf_counter()
            generate_corpus(gen, args.large_n)
            console.print(f"  {time.perf_counter() - t0:.1f} s")
            results.append(bench_corpus("large", gen, args.procs, work, queries, env, args.multiseg_timeout))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    render(results, info, [w for w, f in queries if f is None])


if __name__ == "__main__":
    main()
