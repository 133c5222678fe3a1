#!/usr/bin/env python3
"""Whoosh and OpenSearch side by side, by hand (issue 15): never part of the tests.

For each size (default 50,000 and 200,000 articles generated from the BBC articles as
bench_index.py generates them; `--exclude` names files never to read):
  * the Whoosh build as `belreader index` runs it (2 writer processes), in a fresh subprocess;
  * the OpenSearch build the same way into the cluster at --url (or BELREADER_OPENSEARCH_URL),
    with the cluster JVM's CPU seconds and memory counted too when its pid is known
    (scripts/opensearch_cluster.py's state folder);
  * the SQLite FTS5 build of the same texts (the reference that travels between machines);
  * query latency p50/p95 over bench/queries.txt, warm, top 10 with 3 snippets each, the exact
    total and the publisher counts, through `belreader.search.search` for both backends, and
    FTS5's plain and snippet queries for the ratios;
  * index size (Whoosh: the folder; OpenSearch: the primaries' store in the cluster).
Prints a Markdown table (and writes it with --out). Run it niced on a shared machine: it reports
the load average before and after.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import bench_index as bi  # noqa: E402  (the same corpora, queries, FTS5 worker and helpers)

STATE = REPO / "cluster" / "target" / "run"


def generate(target: Path, n: int, exclude: set[str]) -> None:
    """bench_index.generate_corpus, never reading the files in `exclude` (category/name)."""
    if not exclude:
        bi.generate_corpus(target, n)
        return
    real_glob = Path.glob

    def glob(self, pattern):
        for path in real_glob(self, pattern):
            if f"{path.parent.name}/{path.stem}" not in exclude:
                yield path

    Path.glob = glob  # type: ignore[method-assign]
    try:
        bi.generate_corpus(target, n)
    finally:
        Path.glob = real_glob  # type: ignore[method-assign]


def jvm() -> int | None:
    try:
        return int(json.loads((STATE / "cluster.json").read_text())["pid"])
    except (OSError, ValueError, KeyError):
        return None


def proc_cpu(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def proc_rss_mb(pid: int | None) -> float:
    if pid is None:
        return 0.0
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def build(kind: str, corpus: Path, index_dir: Path, env: dict) -> dict:
    pid = jvm() if kind == "opensearch" else None
    cpu0 = proc_cpu(pid)
    out = bi.run_worker(["build", str(corpus), str(index_dir), "2", "1", "0"], env)
    out["cluster_cpu"] = proc_cpu(pid) - cpu0
    out["cluster_rss_mb"] = proc_rss_mb(pid)
    return out


def opensearch_size(url: str, prefix: str) -> tuple[int, int]:
    from opensearchpy import OpenSearch

    stats = OpenSearch(url).indices.stats(index=f"{prefix}-*", metric="store")
    return stats["_all"]["primaries"]["store"]["size_in_bytes"], stats["_all"]["total"]["store"]["size_in_bytes"]


def time_searches(index, queries: list[str], repeats: int) -> tuple[dict[str, float], dict[str, int]]:
    from belreader.search import QueryError, search

    medians: dict[str, float] = {}
    totals: dict[str, int] = {}
    for q in queries:
        try:
            totals[q] = search(index, q, pagelen=10, snippets=3).total  # warm-up
        except QueryError:
            continue
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            search(index, q, pagelen=10, snippets=3)
            samples.append((time.perf_counter() - t0) * 1000)
        medians[q] = statistics.median(samples)
    return medians, totals


def fts_times(db: Path, queries: list[tuple[str, str | None]], repeats: int) -> dict[str, float]:
    import sqlite3

    con = sqlite3.connect(str(db))
    out = {}
    for w, f in queries:
        if not f:
            continue

        def run(f=f):
            con.execute("SELECT count(*) FROM docs WHERE docs MATCH ?", (f,)).fetchone()
            con.execute(
                "SELECT id, title, snippet(docs, 2, '[', ']', '…', 40), bm25(docs, 0.0, 3.0, 1.0) AS r "
                "FROM docs WHERE docs MATCH ? ORDER BY r LIMIT 10",
                (f,),
            ).fetchall()

        run()
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            run()
            samples.append((time.perf_counter() - t0) * 1000)
        out[w] = statistics.median(samples)
    con.close()
    return out


def with_backend(env_vars: dict):
    class _Ctx:
        def __enter__(self):
            self.old = {k: os.environ.get(k) for k in env_vars}
            os.environ.update(env_vars)

        def __exit__(self, *exc):
            for k, v in self.old.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v

    return _Ctx()


def bench_size(n: int, args, work: Path, queries, env: dict) -> dict:
    from belreader.index import CorpusIndex

    say = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    corpus = work / f"corpus-{n}"
    if not corpus.exists():
        say(f"generating {n:,} articles ...")
        generate(corpus, n, set(args.exclude))
    r: dict = {"n": n, "load_before": os.getloadavg()}
    prefix = f"belreader-bench-{n}"
    os_env = {
        "BELREADER_BACKEND": "opensearch",
        "BELREADER_OPENSEARCH_URL": args.url,
        "BELREADER_OPENSEARCH_PREFIX": prefix,
        "BELREADER_OPENSEARCH_SHARDS": str(args.shards),
        "BELREADER_OPENSEARCH_REPLICAS": str(args.replicas),
    }
    from opensearchpy import OpenSearch

    OpenSearch(args.url).indices.delete(index=f"{prefix}-*")
    w_ix, o_ix, db = work / f"whoosh-{n}", work / f"opensearch-{n}", work / f"fts-{n}.db"
    for path in (w_ix, o_ix):
        shutil.rmtree(path, ignore_errors=True)
    db.unlink(missing_ok=True)
    say(f"{n:,}: whoosh build ...")
    r["w_build"] = build("whoosh", corpus, w_ix, dict(env, BELREADER_BACKEND="whoosh"))
    r["w_size"] = bi.dir_size(w_ix)
    say(f"  {r['w_build']['seconds']:.1f} s; opensearch build ...")
    r["o_build"] = build("opensearch", corpus, o_ix, dict(env, **os_env))
    r["o_size"] = opensearch_size(args.url, prefix)
    say(f"  {r['o_build']['seconds']:.1f} s; FTS5 build ...")
    r["fts_build"] = bi.run_worker(["fts", str(corpus), str(db)], env)
    r["fts_size"] = db.stat().st_size
    texts = [w for w, _f in queries]
    say("  queries: whoosh ...")
    w_index = CorpusIndex(corpus, w_ix, analysis=False)
    r["w_q"], r["w_hits"] = time_searches(w_index, texts, args.repeats)
    w_index.close()
    say("  queries: opensearch ...")
    with with_backend(os_env):
        o_index = CorpusIndex(corpus, o_ix, analysis=False)
        pid = jvm()
        r["o_q"], r["o_hits"] = time_searches(o_index, texts, args.repeats)
        r["o_jvm_rss_mb"] = proc_rss_mb(pid)
        o_index.close()
    say("  queries: FTS5 ...")
    r["f_q"] = fts_times(db, queries, args.repeats)
    r["load_after"] = os.getloadavg()
    if not args.keep:
        OpenSearch(args.url).indices.delete(index=f"{prefix}-*")
        for path in (w_ix, o_ix):
            shutil.rmtree(path, ignore_errors=True)
        db.unlink(missing_ok=True)
    return r


def render(results: list[dict], info: dict, args) -> str:
    def p(values, q):
        return bi.pct(list(values), q)

    lines = [
        "# Whoosh and OpenSearch side by side (bench/bench_backends.py)",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram']}, Python {info['python']}; {info['date']}; "
        f"OpenSearch 2.19.6, 2 nodes in one JVM (scripts/opensearch_cluster.py, heap {args.heap}), index with "
        f"{args.shards} shard(s) and {args.replicas} replica(s). Run with nice beside other work: load average "
        "before/after each size is in the table.",
        "",
        "| articles | measure | Whoosh | OpenSearch | OpenSearch / Whoosh | FTS5 (reference) |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        n = f"{r['n']:,}"
        wb, ob, fb = r["w_build"], r["o_build"], r["fts_build"]
        o_cpu = ob["cpu_seconds"] + ob["cluster_cpu"]
        lines.append(
            f"| {n} | build, wall (CPU s) | {wb['seconds']:.0f} s ({wb['cpu_seconds']:.0f}) | "
            f"{ob['seconds']:.0f} s ({ob['cpu_seconds']:.0f} client + {ob['cluster_cpu']:.0f} cluster = {o_cpu:.0f}) | "
            f"{ob['seconds'] / wb['seconds']:.2f} | {fb['seconds']:.0f} s |"
        )
        common = [q for q in r["w_q"] if q in r["o_q"]]
        same = sum(1 for q in common if r["w_hits"][q] == r["o_hits"][q])
        wq = [r["w_q"][q] for q in common]
        oq = [r["o_q"][q] for q in common]
        for name, pc in (("p50", 50), ("p95", 95)):
            lines.append(
                f"| {n} | query {name}, top 10 + snippets + total + publisher counts ({len(common)} queries) | "
                f"{p(wq, pc):.1f} ms | {p(oq, pc):.1f} ms | {p(oq, pc) / p(wq, pc):.2f} | "
                f"{p(r['f_q'].values(), pc):.1f} ms ({len(r['f_q'])} queries) |"
            )
        fq = [q for q in r["f_q"] if q in r["w_q"] and q in r["o_q"]]
        lines.append(
            f"| {n} | p95 on the {len(fq)} queries FTS5 also runs: backend / FTS5 | "
            f"{p([r['w_q'][q] for q in fq], 95) / p([r['f_q'][q] for q in fq], 95):.2f} | "
            f"{p([r['o_q'][q] for q in fq], 95) / p([r['f_q'][q] for q in fq], 95):.2f} | | 1 |"
        )
        lines.append(f"| {n} | queries with the same total on both | {same} of {len(common)} | | | |")
        lines.append(
            f"| {n} | index size | {r['w_size'] / 2**20:.0f} MB | {r['o_size'][0] / 2**20:.0f} MB primaries "
            f"({r['o_size'][1] / 2**20:.0f} MB with replicas) | {r['o_size'][0] / r['w_size']:.2f} | "
            f"{r['fts_size'] / 2**20:.0f} MB |"
        )
        lines.append(
            f"| {n} | memory, build (peak RSS) | {wb['rss_self_mb']:.0f} MB + {wb['rss_children_mb']:.0f} MB writers | "
            f"{ob['rss_self_mb']:.0f} MB client + {ob['rss_children_mb']:.0f} MB writers; cluster JVM "
            f"{ob['cluster_rss_mb']:.0f} MB (after queries {r['o_jvm_rss_mb']:.0f} MB) | | |"
        )
        lines.append(
            f"| {n} | load average (1, 5, 15 min) before / after | "
            f"{' '.join(f'{x:.1f}' for x in r['load_before'])} / {' '.join(f'{x:.1f}' for x in r['load_after'])} | | | |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="50000,200000", help="article counts, comma-separated")
    ap.add_argument("--url", default=os.environ.get("BELREADER_OPENSEARCH_URL"), help="the cluster (a test one)")
    ap.add_argument("--shards", type=int, default=1)
    ap.add_argument("--replicas", type=int, default=0, help="0 on one machine: a copy on the same disk and cores")
    ap.add_argument("--heap", default="1g", help="the heap the cluster was started with (for the report)")
    ap.add_argument("--repeats", type=int, default=bi.REPEATS)
    ap.add_argument("--work", type=Path, help="keep generated corpora here between runs")
    ap.add_argument("--keep", action="store_true", help="keep the indexes")
    ap.add_argument("--exclude", nargs="*", default=[], help="category/name of files never to read")
    ap.add_argument("--out", type=Path, help="write the Markdown table here too")
    args = ap.parse_args()
    if not args.url:
        raise SystemExit("bench_backends: name the cluster with --url or BELREADER_OPENSEARCH_URL")
    queries = bi.load_queries()
    work = args.work or Path(tempfile.mkdtemp(prefix="belreader-bench-backends-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, BELREADER_CACHE_DIR=str(work / "cache"), BELREADER_CONFIG_DIR=str(work / "config"))
    os.environ.update(BELREADER_CACHE_DIR=env["BELREADER_CACHE_DIR"], BELREADER_CONFIG_DIR=env["BELREADER_CONFIG_DIR"])
    info = bi.machine()
    results = []
    try:
        for n in (int(s) for s in args.sizes.split(",")):
            results.append(bench_size(n, args, work, queries, env))
            table = render(results, info, args)
            print(table, flush=True)
            if args.out:
                args.out.write_text(table, encoding="utf-8")
            print(json.dumps({k: v for k, v in results[-1].items()}, default=str), file=sys.stderr)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
