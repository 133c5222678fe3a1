#!/usr/bin/env python3
"""Whoosh and OpenSearch side by side, by hand (issue 15): never part of the tests.

For each size (default 50,000 and 200,000 articles generated from the BBC articles as
bench_index.py generates them; `--exclude` names files never to read):
  * the Whoosh build as `belreader index` runs it (2 writer processes), in a fresh subprocess;
  * the OpenSearch build the same way into the cluster at --url (or BELREADER_OPENSEARCH_URL),
    with the cluster JVM's CPU seconds and memory counted too when its pid is known
    (scripts/opensearch_cluster.py's state folder, or BELREADER_TEST_OPENSEARCH_STATE's);
  * the SQLite FTS5 build of the same texts (the reference that travels between machines);
  * query latency p50/p95 over bench/queries.txt, warm, top 10 with 3 snippets each, the exact
    total and the publisher counts, through `belreader.search.search` for both backends, and
    FTS5's plain and snippet queries for the ratios;
  * index size (Whoosh: the folder; OpenSearch: the primaries' store in the cluster).
Prints a Markdown table (and writes it with --out). Run it niced on a shared machine: it reports
the load average and the CPU seconds of every phase. OpenSearch goes first; --json saves the
figures after every phase, so a run cut short keeps what finished. When the builds do not fit
one after the other, two runs may build side by side (--backends whoosh in another --work), then
`--queries-only --keep` times both kept indexes back to back and `--render A.json B.json ...`
prints the merged table.
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

STATE = Path(os.environ.get("BELREADER_TEST_OPENSEARCH_STATE") or REPO / "cluster" / "target" / "run")


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
    load0 = os.getloadavg()
    out = bi.run_worker(["build", str(corpus), str(index_dir), "2", "1", "0"], env)
    out["cluster_cpu"] = proc_cpu(pid) - cpu0
    out["cluster_rss_mb"] = proc_rss_mb(pid)
    out["load"] = [load0, os.getloadavg()]
    return out


def opensearch_size(url: str, prefix: str) -> tuple[int, int]:
    from opensearchpy import OpenSearch

    stats = OpenSearch(url).indices.stats(index=f"{prefix}-*", metric="store")
    return stats["_all"]["primaries"]["store"]["size_in_bytes"], stats["_all"]["total"]["store"]["size_in_bytes"]


def time_searches(index, queries: list[str], repeats: int) -> tuple[dict[str, float], dict[str, int], dict[str, float]]:
    from belreader.search import QueryError, search

    medians: dict[str, float] = {}
    totals: dict[str, int] = {}
    firsts: dict[str, float] = {}  # the warm-up's time: nothing of this query cached yet (the cluster's request cache)
    for q in queries:
        try:
            t0 = time.perf_counter()
            totals[q] = search(index, q, pagelen=10, snippets=3).total  # warm-up
            firsts[q] = (time.perf_counter() - t0) * 1000
        except QueryError:
            continue
        samples = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            search(index, q, pagelen=10, snippets=3)
            samples.append((time.perf_counter() - t0) * 1000)
        medians[q] = statistics.median(samples)
    return medians, totals, firsts


def timed_searches(index, queries: list[str], repeats: int, pid: int | None = None) -> dict:
    """time_searches with the phase's wall and CPU seconds (this process; the cluster JVM's when
    `pid` is given) and the load average before and after."""
    load0, wall0, cpu0, jvm0 = os.getloadavg(), time.perf_counter(), time.process_time(), proc_cpu(pid)
    medians, totals, firsts = time_searches(index, queries, repeats)
    return {
        "medians": medians,
        "totals": totals,
        "firsts": firsts,
        "wall": time.perf_counter() - wall0,
        "cpu": time.process_time() - cpu0,
        "cluster_cpu": proc_cpu(pid) - jvm0,
        "load": [load0, os.getloadavg()],
    }


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


def bench_size(n: int, args, work: Path, queries, env: dict, save) -> dict:
    """One size, OpenSearch first: each phase's figures are saved (`save(r)`) as soon as it ends,
    so a run stopped part-way (SIGUSR1 to a build worker gives its time so far as a lower bound)
    still reports what finished."""
    from belreader.index import CorpusIndex

    say = lambda m: print(f"{time.strftime('%H:%M:%S')} {m}", file=sys.stderr, flush=True)  # noqa: E731
    corpus = work / f"corpus-{n}"
    if not corpus.exists():
        say(f"generating {n:,} articles ...")
        generate(corpus, n, set(args.exclude))
    r: dict = {"n": n, "load_before": os.getloadavg(), "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
    prefix = f"belreader-bench-{n}"
    os_env = {
        "BELREADER_BACKEND": "opensearch",
        "BELREADER_OPENSEARCH_URL": args.url,
        "BELREADER_OPENSEARCH_PREFIX": prefix,
        "BELREADER_OPENSEARCH_SHARDS": str(args.shards),
        "BELREADER_OPENSEARCH_REPLICAS": str(args.replicas),
    }
    from opensearchpy import OpenSearch

    w_ix, o_ix, db = work / f"whoosh-{n}", work / f"opensearch-{n}", work / f"fts-{n}.db"
    # Only the indexes of the backends this run builds go (another run may be building the others).
    if "opensearch" in args.backends:
        OpenSearch(args.url).indices.delete(index=f"{prefix}-*")
        shutil.rmtree(o_ix, ignore_errors=True)
    if "whoosh" in args.backends:
        shutil.rmtree(w_ix, ignore_errors=True)
    if args.fts:
        db.unlink(missing_ok=True)
    texts = [w for w, _f in queries]
    backends = [b for b in ("opensearch", "whoosh") if b in args.backends]
    for kind in backends:
        k = kind[0]  # "o" / "w": the keys of the saved figures
        ix_dir = o_ix if kind == "opensearch" else w_ix
        benv = dict(env, **os_env) if kind == "opensearch" else dict(env, BELREADER_BACKEND="whoosh")
        say(f"{n:,}: {kind} build ...")
        r[f"{k}_build"] = build(kind, corpus, ix_dir, benv)
        save(r)
        if "timeout" in r[f"{k}_build"]:
            say(f"  {kind} build stopped after {r[f'{k}_build']['timeout']:.0f} s")
            continue
        r[f"{k}_size"] = opensearch_size(args.url, prefix) if kind == "opensearch" else bi.dir_size(w_ix)
        say(f"  {r[f'{k}_build']['seconds']:.1f} s; queries: {kind} ...")
        with with_backend(os_env if kind == "opensearch" else {"BELREADER_BACKEND": "whoosh"}):
            index = CorpusIndex(corpus, ix_dir, analysis=False)
            pid = jvm() if kind == "opensearch" else None
            q = timed_searches(index, texts, args.repeats, pid)
            r[f"{k}_q"], r[f"{k}_hits"], r[f"{k}_first"] = q.pop("medians"), q.pop("totals"), q.pop("firsts")
            r[f"{k}_qphase"] = q
            if kind == "opensearch":
                r["o_jvm_rss_mb"] = proc_rss_mb(pid)
            index.close()
        save(r)
    if args.fts:
        say("  FTS5 build ...")
        r["fts_build"] = bi.run_worker(["fts", str(corpus), str(db)], env)
        r["fts_size"] = db.stat().st_size
        say("  queries: FTS5 ...")
        r["f_q"] = fts_times(db, queries, args.repeats)
    r["load_after"] = os.getloadavg()
    r["ended"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    save(r)
    if not args.keep:
        OpenSearch(args.url).indices.delete(index=f"{prefix}-*")
        for path in (w_ix, o_ix):
            shutil.rmtree(path, ignore_errors=True)
        db.unlink(missing_ok=True)
    return r


def queries_side_by_side(n: int, args, work: Path, queries, save) -> dict:
    """--queries-only: the query phase of both backends, one after the other in this process,
    on the indexes earlier runs kept (--keep) in `work` (whoosh-N, opensearch-N), with their sizes."""
    from belreader.index import CorpusIndex

    say = lambda m: print(f"{time.strftime('%H:%M:%S')} {m}", file=sys.stderr, flush=True)  # noqa: E731
    corpus = work / f"corpus-{n}"
    prefix = f"belreader-bench-{n}"
    r: dict = {"n": n, "load_before": os.getloadavg(), "started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())}
    os_env = {
        "BELREADER_BACKEND": "opensearch",
        "BELREADER_OPENSEARCH_URL": args.url,
        "BELREADER_OPENSEARCH_PREFIX": prefix,
    }
    texts = [w for w, _f in queries]
    for kind in args.backends:
        k = kind[0]
        ix_dir = work / f"{kind}-{n}"
        say(f"{n:,}: queries: {kind} ...")
        with with_backend(os_env if kind == "opensearch" else {"BELREADER_BACKEND": "whoosh"}):
            index = CorpusIndex(corpus, ix_dir, analysis=False)
            r[f"{k}_docs"] = index.doc_count()
            pid = jvm() if kind == "opensearch" else None
            q = timed_searches(index, texts, args.repeats, pid)
            r[f"{k}_q"], r[f"{k}_hits"], r[f"{k}_first"] = q.pop("medians"), q.pop("totals"), q.pop("firsts")
            r[f"{k}_qphase"] = q
            if kind == "opensearch":
                r["o_jvm_rss_mb"] = proc_rss_mb(pid)
                r["o_size"] = opensearch_size(args.url, prefix)
            else:
                r["w_size"] = bi.dir_size(ix_dir)
            index.close()
        save(r)
    r["load_after"] = os.getloadavg()
    r["ended"] = time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime())
    save(r)
    return r


def merged(paths: list[Path]) -> dict:
    """The figures of several --json files as one run's: per size, the later file's keys win
    (the builds of one run, the side-by-side query phase of another)."""
    out: dict = {}
    by_size: dict[int, dict] = {}
    for path in paths:
        saved = json.loads(path.read_text(encoding="utf-8"))
        out.setdefault("info", saved["info"])
        out.setdefault("args", saved["args"])
        for r in saved["results"]:
            target = by_size.setdefault(r["n"], {})
            for key, value in r.items():
                if key == "load_before":
                    target.setdefault(key, value)
                else:
                    target[key] = value
    out["results"] = [by_size[n] for n in sorted(by_size)]
    return out


def _load(pair) -> str:
    return " → ".join(f"{a[0]:.1f}" for a in pair)


def render(results: list[dict], info: dict, args) -> str:
    """The Markdown table; a phase that did not finish (or was not run) reads so."""

    def p(values, q):
        return bi.pct(list(values), q)

    def ratio(o, w):
        return f"{o / w:.2f}" if o is not None and w else ""

    missing = "not finished"
    lines = [
        "# Whoosh and OpenSearch side by side (bench/bench_backends.py)",
        "",
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['ram']}, Python {info['python']}; {info['date']}; "
        f"OpenSearch 2.19.6, 2 nodes in one JVM (scripts/opensearch_cluster.py, heap {args.heap}), index with "
        f"{args.shards} shard(s) and {args.replicas} replica(s). Run with nice beside other work: the 1-minute load "
        "average at the start → end of each phase is in the table; CPU seconds beside every wall time.",
        "",
        "| articles | measure | Whoosh | OpenSearch | OpenSearch / Whoosh | FTS5 (reference) |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        n = f"{r['n']:,}"
        wb, ob, fb = r.get("w_build"), r.get("o_build"), r.get("fts_build")
        cells = {}
        for key, b in (("w", wb), ("o", ob)):
            if b is None:
                cells[key] = ("not run", None)
            elif "timeout" in b:
                cells[key] = (f"stopped after {b['timeout']:.0f} s (unfinished)", None)
            elif key == "w":
                cells[key] = (f"{b['seconds']:.0f} s ({b['cpu_seconds']:.0f} CPU s), load {_load(b['load'])}", b)
            else:
                cpu = b["cpu_seconds"] + b["cluster_cpu"]
                cells[key] = (
                    f"{b['seconds']:.0f} s ({b['cpu_seconds']:.0f} client + {b['cluster_cpu']:.0f} cluster = "
                    f"{cpu:.0f} CPU s), load {_load(b['load'])}",
                    b,
                )
        wbf, obf = cells["w"][1], cells["o"][1]
        fts_build = f"{fb['seconds']:.0f} s" if fb else ""
        cpu_ratio = ""
        if wbf and obf:
            cpu_ratio = f"; CPU {(obf['cpu_seconds'] + obf['cluster_cpu']) / wbf['cpu_seconds']:.2f}"
        lines.append(
            f"| {n} | build, wall (CPU s) | {cells['w'][0]} | {cells['o'][0]} | "
            f"{ratio(obf and obf['seconds'], wbf and wbf['seconds'])}{cpu_ratio} | "
            f"{fts_build} |"
        )
        wq_all, oq_all = r.get("w_q", {}), r.get("o_q", {})
        both = wq_all and oq_all
        common = [q for q in (wq_all or oq_all) if not both or q in oq_all]
        fq_all = r.get("f_q", {})
        for name, pc in (("p50", 50), ("p95", 95)):
            wv = p([wq_all[q] for q in common], pc) if wq_all else None
            ov = p([oq_all[q] for q in common], pc) if oq_all else None
            fts = f"{p(fq_all.values(), pc):.1f} ms ({len(fq_all)} queries)" if fq_all else ""
            lines.append(
                f"| {n} | query {name}, top 10 + 3 snippets + total + publisher counts ({len(common)} queries) | "
                f"{f'{wv:.1f} ms' if wv is not None else missing} | {f'{ov:.1f} ms' if ov is not None else missing} | "
                f"{ratio(ov, wv)} | {fts} |"
            )
        wf, of = r.get("w_first", {}), r.get("o_first", {})
        if wf or of:
            cells = [
                f"{p([f[q] for q in common if q in f], 50):.1f} / {p([f[q] for q in common if q in f], 95):.1f} ms"
                if f
                else missing
                for f in (wf, of)
            ]
            lines.append(
                f"| {n} | query p50 / p95 of each query's first run (the warm-up: not in the cluster's request cache) | "
                f"{cells[0]} | {cells[1]} | | |"
            )
        phases = []
        for key in ("w", "o"):
            ph = r.get(f"{key}_qphase")
            if ph is None:
                phases.append(missing)
                continue
            extra = f" + {ph['cluster_cpu']:.1f} cluster" if key == "o" else ""
            phases.append(f"{ph['wall']:.1f} s ({ph['cpu']:.1f} client{extra} CPU s), load {_load(ph['load'])}")
        lines.append(f"| {n} | the query phase (warm-up + repeats), wall (CPU s) | {phases[0]} | {phases[1]} | | |")
        if both:
            same = sum(1 for q in common if r["w_hits"][q] == r["o_hits"][q])
            lines.append(f"| {n} | queries with the same total on both | {same} of {len(common)} | | | |")
        if fq_all and both:
            fq = [q for q in fq_all if q in wq_all and q in oq_all]
            f95 = p([fq_all[q] for q in fq], 95)
            lines.append(
                f"| {n} | p95 on the {len(fq)} queries FTS5 also runs: backend / FTS5 | "
                f"{p([wq_all[q] for q in fq], 95) / f95:.2f} | {p([oq_all[q] for q in fq], 95) / f95:.2f} | | 1 |"
            )
        if "w_docs" in r or "o_docs" in r:
            lines.append(
                f"| {n} | articles in the index when queried | {_count(r.get('w_docs'), missing)} | "
                f"{_count(r.get('o_docs'), missing)} | | |"
            )
        w_size, o_size = r.get("w_size"), r.get("o_size")
        lines.append(
            f"| {n} | index size | {f'{w_size / 2**20:,.0f} MB' if w_size else missing} | "
            + (
                f"{o_size[0] / 2**20:,.0f} MB primaries ({o_size[1] / 2**20:,.0f} MB with replicas)"
                if o_size
                else missing
            )
            + f" | {ratio(o_size and o_size[0], w_size)} | "
            + (f"{r['fts_size'] / 2**20:,.0f} MB" if "fts_size" in r else "")
            + " |"
        )
        w_mem = f"{wbf['rss_self_mb']:.0f} MB + {wbf['rss_children_mb']:.0f} MB writers" if wbf else missing
        o_mem = missing
        if obf:
            o_mem = (
                f"{obf['rss_self_mb']:.0f} MB client + {obf['rss_children_mb']:.0f} MB writers; cluster JVM "
                f"{obf['cluster_rss_mb']:.0f} MB"
                + (f" (after queries {r['o_jvm_rss_mb']:.0f} MB)" if "o_jvm_rss_mb" in r else "")
            )
        lines.append(f"| {n} | memory, build (peak RSS) | {w_mem} | {o_mem} | | |")
        after = r.get("load_after")
        lines.append(
            f"| {n} | load average (1, 5, 15 min) at start / end | {' '.join(f'{x:.1f}' for x in r['load_before'])} / "
            f"{' '.join(f'{x:.1f}' for x in after) if after else missing} | | | |"
        )
    return "\n".join(lines) + "\n"


def _count(value: int | None, missing: str) -> str:
    return missing if value is None else f"{value:,}"


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
    ap.add_argument("--exclude", nargs="*", action="extend", default=[], help="category/name of files never to read")
    ap.add_argument("--out", type=Path, help="write the Markdown table here too")
    ap.add_argument("--json", type=Path, help="save the figures here after every phase (a run cut short keeps them)")
    ap.add_argument(
        "--render", type=Path, nargs="+", help="only print the table of --json files (merged, the later ones win)"
    )
    ap.add_argument("--queries-only", action="store_true", help="time the queries on the indexes kept in --work")
    ap.add_argument("--backends", default="opensearch,whoosh", help="which, in this order (OpenSearch first)")
    ap.add_argument("--no-fts", dest="fts", action="store_false", help="skip the SQLite FTS5 reference")
    args = ap.parse_args()
    args.backends = args.backends.split(",")
    if args.render:
        saved = merged(args.render)
        for key in ("shards", "replicas", "heap"):
            setattr(args, key, saved["args"][key])
        print(render(saved["results"], saved["info"], args), end="")
        return
    if not args.url:
        raise SystemExit("bench_backends: name the cluster with --url or BELREADER_OPENSEARCH_URL")
    queries = bi.load_queries()
    work = args.work or Path(tempfile.mkdtemp(prefix="belreader-bench-backends-"))
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, BELREADER_CACHE_DIR=str(work / "cache"), BELREADER_CONFIG_DIR=str(work / "config"))
    os.environ.update(BELREADER_CACHE_DIR=env["BELREADER_CACHE_DIR"], BELREADER_CONFIG_DIR=env["BELREADER_CONFIG_DIR"])
    info = bi.machine()
    results: list[dict] = []
    settings = {"shards": args.shards, "replicas": args.replicas, "heap": args.heap}

    def save(current: dict) -> None:
        if args.json:
            done = [*results, current] if not results or results[-1] is not current else results
            args.json.write_text(
                json.dumps({"info": info, "args": settings, "results": done}, default=str), encoding="utf-8"
            )

    try:
        for n in (int(s) for s in args.sizes.split(",")):
            if args.queries_only:
                results.append(queries_side_by_side(n, args, work, queries, save))
            else:
                results.append(bench_size(n, args, work, queries, env, save))
            table = render(results, info, args)
            print(table, flush=True)
            if args.out:
                args.out.write_text(table, encoding="utf-8")
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
