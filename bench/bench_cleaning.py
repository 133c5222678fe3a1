"""Time of every cleaning and stripping pass on long adversarial runs, 10 KB .. 1 MB.

Each pass of the loader (`corpus.clean_text`, HTML defusing and parsing, Markdown to
paragraphs, plain-text paragraph splitting, JSON records, the whole `parse_bytes`) is fed a
run of one "special" unit (an escape introducer, a bracket, a combining mark, a tag opener...)
at growing sizes. A linear pass takes ~10x longer for 10x the input: the script prints, for each
(pass, unit), the time at each size, the ratio time(1 MB) / time(300 KB) and the growth exponent
log(ratio) / log(1 MB / 300 KB) (1 is linear, 2 quadratic), and flags exponents above 1.4 once the
largest run takes more than 100 ms. (Below ~300 KB a string fits the CPU caches and small runs
are several times faster per byte, so the exponent is taken over the two largest sizes.) The tests (tests/test_loader_hostile.py) check the output on
the same runs; they do not time anything.

    PYTHONPATH=. .venv/bin/python bench/bench_cleaning.py            # every pass, every unit
    PYTHONPATH=. .venv/bin/python bench/bench_cleaning.py --quick    # 10 KB .. 100 KB only
    PYTHONPATH=. .venv/bin/python bench/bench_cleaning.py --pass md --unit "["
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from belreader import corpus

UNITS = [
    "\x90",
    "\x9b",
    "\x9d",
    "\x1b",
    "\x1b[",
    "\x1b]",
    "\x1bP",
    "\x1b ",
    "\r",
    "\n",
    " \n",
    "\u00a0",
    "\u200d",
    "a\u200d",
    "\u0301\u0316",
    "[",
    "](",
    "[a](",
    "[a](b",
    "*",
    "`",
    "#",
    "<",
    "</",
    "<a ",
    "<!--",
    "<p>",
    "&",
    "&#",
    "x\n",
    "1\n",
    "A\n",
    "Source: ",
    "1. a says",
    "By ",
    "\u202e",
]
SIZES_FULL = [10_000, 100_000, 300_000, 1_000_000]
SIZES_QUICK = [10_000, 30_000, 100_000]
FLAG_EXPONENT = 1.4  # linear ~1, quadratic ~2
NOISE_FLOOR = 0.100  # seconds: below it, memory caches and other processes decide


def _plain(run: str) -> str:
    return f"Title\n\nSome words {run} end.\n"


def _html(run: str) -> str:
    return f"<html><body><h1>T</h1><p>Some words {run} end.</p></body></html>"


def _json(run: str) -> str:
    return json.dumps({"title": "T", "body": f"Some words {run} end."}) + "\n"


def _parse(suffix: str, make) -> callable:
    path = Path(f"/bench/f{suffix}")
    return lambda run: corpus.parse_bytes(make(run).encode("utf-8"), path, Path("/bench"))


def _safe(fn):
    def run(text):
        try:
            fn(text)
        except ValueError:  # "nothing left" etc.: the time is what is measured
            pass

    return run


def _html_parse(run: str) -> None:
    parser = corpus._HTMLText()
    parser.feed(corpus._defuse_html(_html(run)))
    parser.close()


PASSES = {
    "clean_text": lambda run: corpus.clean_text(_plain(run)),
    "split_paragraphs": lambda run: corpus.split_paragraphs(corpus.clean_text(_plain(run))),
    "md": lambda run: corpus._markdown_to_paragraphs(corpus.clean_text(_plain(run))),
    "html_defuse": lambda run: corpus._defuse_html(_html(run)),
    "html_parse": _html_parse,
    "file.txt": _safe(_parse(".txt", _plain)),
    "file.md": _safe(_parse(".md", _plain)),
    "file.html": _safe(_parse(".html", _html)),
    "file.jsonl": _safe(_parse(".jsonl", _json)),
}


def measure(fn, unit: str, size: int) -> float:
    run = unit * max(1, size // len(unit))
    best = float("inf")
    for _ in range(3):  # best of three, unless one run is already long enough to be stable
        start = time.perf_counter()
        fn(run)
        best = min(best, time.perf_counter() - start)
        if best > 1.0:
            break
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="sizes 10 KB .. 100 KB only")
    parser.add_argument("--pass", dest="passes", action="append", choices=sorted(PASSES), help="only this pass")
    parser.add_argument("--unit", action="append", help="only this unit (a Python string literal body)")
    args = parser.parse_args()
    sizes = SIZES_QUICK if args.quick else SIZES_FULL
    units = [u.encode().decode("unicode_escape") for u in args.unit] if args.unit else UNITS
    passes = args.passes or list(PASSES)
    header = " ".join(f"{s // 1000:>7} KB" for s in sizes)
    print(f"{'pass':<17} {'unit':<14} {header}   ratio  exponent")
    flagged = []
    for name in passes:
        for unit in units:
            times = [measure(PASSES[name], unit, size) for size in sizes]
            ratio = times[-1] / max(times[-2], 1e-6)
            exponent = math.log(max(ratio, 1e-9)) / math.log(sizes[-1] / sizes[-2])
            flag = ""
            if exponent > FLAG_EXPONENT and times[-1] > NOISE_FLOOR:
                flag = "  <-- super-linear"
                flagged.append((name, unit, exponent))
            cells = " ".join(f"{t * 1000:>8.1f}ms" for t in times)
            print(f"{name:<17} {ascii(unit):<14} {cells}  {ratio:6.1f}  {exponent:5.2f}{flag}", flush=True)
    print()
    if flagged:
        print(f"{len(flagged)} super-linear: " + ", ".join(f"{n} {ascii(u)} n^{e:.1f}" for n, u, e in flagged))
        return 1
    print(f"all {len(passes) * len(units)} (pass, unit) pairs scale linearly (exponent <= {FLAG_EXPONENT})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
