"""Pathological queries (not tests): wall and CPU seconds of each, and how long an abandoned slow
query delays the next one.

    .venv/bin/python bench/bench_queries.py --corpus /path/to/bbc [--timeout 120] [--index DIR]

Uses the corpus's index in the normal cache dir (built first, with `--no-nlp`, if missing; that time
is not counted). Each query runs in its own process, so a query that never ends is stopped after
`--timeout` seconds and reported as "> timeout" instead of holding up the rest. The result column is
the number of articles found, or the one-line message of a query the limits refuse.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

QUERIES = {
    "`*`": "*",
    "many wildcards": " OR ".join(f"*{a}*{b}*" for a in "aeiou" for b in "rstln"),
    '`"a b"~100000`': '"a b"~100000',
    '`"economy growth"~100000`': '"economy growth"~100000',
    "10,000 ORs": " OR ".join(f"word{i}" for i in range(10_000)),
    "`[a TO z]`": "[a TO z]",
    "100,000-character word": "a" * 100_000,
    # The most a query may still cost, just inside the limits:
    "20 rare wildcards": " OR ".join(f"*{a}{b}q*" for a in "aeiou" for b in "rstl"),
    "`[a TO ab]`": "[a TO ab]",
    '`"economy growth"~1000`': '"economy growth"~1000',
    "250 ORs": " OR ".join(f"w{i}" for i in range(250)),
    "2,000-character word": "a" * 2_000,
    "2,000 `[`": "[" * 2_000,
    "1,000 `'a`": "'a" * 1_000,
    "normal: `econom*`": "econom*",
    "normal: `goverment~`": "goverment~",
    'normal: `"prime minister"`': '"prime minister"',
}

CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from belreader.index import CorpusIndex
from belreader.search import QueryError, search
index = CorpusIndex(sys.argv[2], sys.argv[3] or None, analysis=False)
search(index, "economy", snippets=0)  # open the searcher and warm the engine
query = sys.stdin.read()
cpu0 = resource.getrusage(resource.RUSAGE_SELF)
wall0 = time.perf_counter()
try:
    results = search(index, query, pagelen=20, snippets=1, suggest=False)
    outcome = f"{results.total} articles"
except QueryError as exc:
    outcome = f"refused: {exc}"
wall = time.perf_counter() - wall0
cpu1 = resource.getrusage(resource.RUSAGE_SELF)
cpu = cpu1.ru_utime - cpu0.ru_utime + cpu1.ru_stime - cpu0.ru_stime
print(json.dumps({"wall": wall, "cpu": cpu, "outcome": outcome}))
"""

CANCEL_CHILD = r"""
import json, sys, threading, time
sys.path.insert(0, sys.argv[1])
from belreader.index import CorpusIndex
import inspect
import belreader.search as bs
from belreader.search import QueryError, search
SearchCancelled = getattr(bs, "SearchCancelled", QueryError)
CAN_CANCEL = "cancelled" in inspect.signature(search).parameters  # False before the fix
index = CorpusIndex(sys.argv[2], sys.argv[3] or None, analysis=False)
search(index, "economy", snippets=0)
slow = sys.stdin.read()
lock = threading.Lock()
cancelled = threading.Event()
def run_slow():
    try:
        extra = {"cancelled": cancelled.is_set} if CAN_CANCEL else {}
        search(index, slow, pagelen=20, snippets=1, suggest=False, **extra)
    except (QueryError, SearchCancelled):
        pass
thread = threading.Thread(target=run_slow)
thread.start()
time.sleep(0.3)  # the user types on: the slow query is abandoned
cancelled.set()
started = time.perf_counter()
search(index, "economy growth", pagelen=20, snippets=1, suggest=False)
print(json.dumps({"next": time.perf_counter() - started}))
thread.join()
"""


def run_child(code: str, query: str, corpus: str, index: str, timeout: float) -> dict | None:
    try:
        done = subprocess.run(
            [sys.executable, "-c", code, str(ROOT), corpus, index],
            input=query,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--index", default="")
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()
    env_check = subprocess.run(
        [
            sys.executable,
            "-m",
            "belreader",
            "--no-nlp",
            "-c",
            args.corpus,
            *(["--index", args.index] if args.index else []),
            "index",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if env_check.returncode:
        sys.exit(f"indexing failed: {env_check.stderr.strip()}")
    print("| Query | Wall s | CPU s | Result |")
    print("|---|---:|---:|---|")
    for name, query in QUERIES.items():
        row = run_child(CHILD, query, args.corpus, args.index, args.timeout)
        if row is None:
            print(f"| {name} | > {args.timeout:.0f} (stopped) | | |", flush=True)
        elif "error" in row:
            print(f"| {name} | | | error: {row['error'][:100]} |", flush=True)
        else:
            print(f"| {name} | {row['wall']:.2f} | {row['cpu']:.2f} | {row['outcome'][:100]} |", flush=True)
    print()
    print("| Abandoned slow query | Next query waits s |")
    print("|---|---:|")
    for name in ("many wildcards", "10,000 ORs", "`[a TO z]`", "20 rare wildcards"):
        row = run_child(CANCEL_CHILD, QUERIES[name], args.corpus, args.index, args.timeout)
        shown = f"> {args.timeout:.0f} (stopped)" if row is None else row.get("error") or f"{row['next']:.2f}"
        print(f"| {name} | {shown} |", flush=True)


if __name__ == "__main__":
    main()
