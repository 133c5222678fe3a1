"""Kill `belreader index` with SIGKILL at random points of a full build, then check the index.

The minutes-long version of tests/test_reliability.py::test_sigkill_during_build_*:
the real CLI (`python -m belreader index`, NLP on, default procs) builds the BBC
corpus in place (read, never copied) into a temp index with temp user dirs. Each
round starts a full build into a fresh index and SIGKILLs its whole process group
after a random delay, then inspects the index read-only and runs `belreader index`
again to completion, which must hold exactly the expected articles; a search must work.

The NLP analysis of a corpus is cached only once it is complete, so a kill during the
analysis phase (the first ~75 s of a cold BBC build) always finds an empty index. By
default the script first times a cold build (which warms the cache) and a warm rebuild,
and then kills inside the warm build's window, where the load and write phases are;
`--cold` empties the analysis cache before every round and kills inside the cold window.

    .venv/bin/python bench/kill_indexer.py                 # 5 kills, the 2,225 BBC articles
    .venv/bin/python bench/kill_indexer.py --cold          # kills during the NLP phase
    .venv/bin/python bench/kill_indexer.py --kills 3 --limit 300   # a subset (symlinks, not copies)
    .venv/bin/python bench/kill_indexer.py --kills 25 --limit 300 --no-nlp --rebuilds   # ~5 min

With `--rebuilds`, every second round kills `index --rebuild` of a complete index instead of a
first build: the old index must still answer after the kill, and the next run must sweep the
`<index>.new` the killed rebuild left. A round is "corrupt" when the index after the kill is
unreadable (or the inspection crashes), or the next run does not end with exactly the corpus and
a working search; the summary line counts them.

Exit status 0 when the final index is right, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BBC = Path("/work/shared/corpora/bbc")
BBC_ARTICLES = 2225

INSPECT = r"""
import json, sys
from belreader.index import CorpusIndex
ix = CorpusIndex(sys.argv[1], sys.argv[2], analysis=sys.argv[3] == "nlp")
problem = ix.problem()
count = None
if problem is None:
    count = ix.doc_count()
print(json.dumps({"problem": problem, "articles": count}))
"""


def subset_corpus(source: Path, limit: int, target: Path) -> int:
    """A corpus of the first `limit` .txt files of `source`, as symlinks (the text is read in place)."""
    files = sorted(p for p in source.rglob("*.txt") if p.parent != source)[:limit]
    for path in files:
        link = target / path.relative_to(source)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(path)
    return len(files)


def run_cli(args: list[str], env: dict, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "belreader", *args], env=env, cwd=REPO, capture_output=True, text=True, **kwargs
    )


def inspect(corpus: Path, index_dir: Path, env: dict, nlp: bool) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", INSPECT, str(corpus), str(index_dir), "nlp" if nlp else "no-nlp"],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0:
        return {"problem": f"inspect crashed: {result.stderr.strip().splitlines()[-1:]}", "articles": None}
    return json.loads(result.stdout)


def timed_build(index_args: list[str], env: dict) -> tuple[float, dict]:
    started = time.perf_counter()
    result = run_cli([*index_args, "--json"], env, timeout=3600)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed (exit {result.returncode}): {result.stderr[-2000:]}")
    return seconds, json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=BBC)
    parser.add_argument("--kills", type=int, default=5)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--cold", action="store_true", help="empty the analysis cache before each round")
    parser.add_argument("--min-delay", type=float, default=1.0, help="earliest kill, seconds after start")
    parser.add_argument(
        "--max-delay",
        type=float,
        default=None,
        help="latest kill, seconds after start (default: 95%% of the measured build)",
    )
    parser.add_argument("--limit", type=int, default=None, help="index only the first N articles (symlinked subset)")
    parser.add_argument("--expected", type=int, default=None, help="articles the final index must hold")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir")
    parser.add_argument("--no-nlp", action="store_true", help="index without the NLP analysis (much faster)")
    parser.add_argument(
        "--rebuilds", action="store_true", help="every second round kills `index --rebuild` of a complete index"
    )
    args = parser.parse_args()

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="belreader-kill-"))
    env = {**os.environ, "CI": "1"}
    for name in ("DATA", "CONFIG", "CACHE"):
        (work / name.lower()).mkdir()
        env[f"BELREADER_{name}_DIR"] = str(work / name.lower())
    env.pop("BELREADER_CORPUS", None)
    analysis_cache = work / "cache" / "analysis"
    corpus = args.corpus
    expected = args.expected
    if args.limit:
        corpus = work / "corpus"
        expected = expected or subset_corpus(args.corpus, args.limit, corpus)
    elif expected is None:
        expected = BBC_ARTICLES if args.corpus.resolve() == BBC.resolve() else None

    nlp_flag = ["--no-nlp"] if args.no_nlp else []

    def index_args(index_dir: Path) -> list[str]:
        return [*nlp_flag, "index", "--corpus", str(corpus), "--index", str(index_dir)]

    print(
        f"corpus {corpus} ({'expected ' + format(expected, ',') if expected else 'no expected count'}); "
        f"work dir {work}; seed {args.seed}; {'cold' if args.cold else 'warm'} analysis cache",
        flush=True,
    )
    started_all = time.perf_counter()
    cold_seconds, cold = timed_build(index_args(work / "calibrate"), env)
    print(f"cold build (NLP included): {cold_seconds:.1f} s, {cold['articles']:,} articles", flush=True)
    window = cold_seconds
    if not args.cold:
        window, _ = timed_build([*index_args(work / "calibrate"), "--rebuild"], env)
        print(f"warm rebuild (analysis cached): {window:.1f} s", flush=True)
    max_delay = args.max_delay or 0.95 * window

    rows = []
    ok = True
    corrupt = 0
    for round_ in range(1, args.kills + 1):
        index_dir = work / f"index{round_}"
        rebuild = args.rebuilds and round_ % 2 == 0
        if rebuild:
            timed_build(index_args(index_dir), env)  # a complete index, then kill its rebuild
        if args.cold:
            shutil.rmtree(analysis_cache, ignore_errors=True)
        delay = rng.uniform(args.min_delay, max_delay)
        command = [*index_args(index_dir), *(["--rebuild"] if rebuild else [])]
        proc = subprocess.Popen(
            [sys.executable, "-m", "belreader", *command],
            env=env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + delay
        while proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the CLI and any writer/NLP children: a crash, not a shutdown
            proc.wait()
            outcome = "killed"
        else:
            outcome = f"finished first (exit {proc.returncode})"
        state = inspect(corpus, index_dir, env, nlp=not args.no_nlp)
        after = f"{state['articles']:,} articles, usable" if state["problem"] is None else state["problem"]
        damaged = state["problem"] is not None and state["problem"] != "no index yet"
        if rebuild and outcome == "killed":  # the old index must have survived the killed rebuild
            damaged |= state["articles"] != expected
        leftover = index_dir.with_name(index_dir.name + ".new")
        had_leftover = leftover.exists()
        seconds, report = timed_build(index_args(index_dir), env)
        search = run_cli(
            [
                *nlp_flag,
                "--no-update",
                "search",
                "economy",
                "--corpus",
                str(corpus),
                "--index",
                str(index_dir),
                "--json",
            ],
            env,
            timeout=300,
        )
        hits = json.loads(search.stdout).get("total") if search.returncode == 0 else None
        swept = not leftover.exists() and not index_dir.with_name(index_dir.name + ".old").exists()
        good = (expected is None or report["articles"] == expected) and bool(hits) and swept and not damaged
        corrupt += not good
        ok &= good
        if rebuild:
            outcome = f"rebuild {outcome}" + (" (.new left, swept)" if had_leftover and swept else "")
        rebuilt = report.get("rebuilt_because") or "-"
        rows.append(
            (
                round_,
                f"{delay:.1f}",
                outcome,
                after,
                rebuilt,
                f"{report['articles']:,}",
                f"{seconds:.1f}",
                hits,
                "ok" if good else "FAIL",
            )
        )
        print(
            f"round {round_}: kill at {delay:.1f} s: {outcome}; after the kill: {after}; next index: "
            f"{report['articles']:,} articles in {seconds:.1f} s (rebuilt: {rebuilt}); "
            f"search economy: {hits} hits",
            flush=True,
        )

    print()
    print(
        "| round | kill at (s) | outcome | index after the kill | next run rebuilt because | articles after the next run "
        "| next run (s) | hits for 'economy' | result |"
    )
    print("|---:|---:|---|---|---|---:|---:|---:|---|")
    for row in rows:
        print("| " + " | ".join(str(c) for c in row) + " |")
    print()
    print(
        f"expected {expected} articles; kill window {args.min_delay:.1f}-{max_delay:.1f} s; "
        f"{args.kills} rounds, {sum('killed' in row[2] for row in rows)} killed mid-run, {corrupt} corrupt; total {time.perf_counter() - started_all:.0f} s -> "
        f"{'PASS' if ok else 'FAIL'}"
    )
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
