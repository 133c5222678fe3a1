"""Dump the full analysis of a set of articles to JSON, to prove a speed change changes nothing.

    .venv/bin/python bench/dump_analysis.py OUT.json [--files LIST] [--processes N]
    .venv/bin/python bench/dump_analysis.py --compare OLD.json NEW.json

By default the set is the development set's articles (tests/data/devset/) and the bundled
articles (data/articles/); `--files LIST` adds the files named in LIST (one path a line, read in
place, e.g. a sample of a corpus). Each article's `Analysis.to_dict()` is written whole:
mentions, entities, claims and sources. No cache is read or written. `--compare` prints the
articles whose analysis differs and the first differing field of each; exit 1 if any does.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from belreader.corpus import load_file  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from eval_devset import DEVSET, ROOTS  # noqa: E402


def article_paths(extra: Path | None) -> list[Path]:
    paths = []
    for file in sorted(DEVSET.glob("*/*.toml")):
        root, _, rest = tomllib.loads(file.read_text(encoding="utf-8"))["path"].partition("/")
        paths.append(ROOTS[root] / rest)
    paths += sorted((REPO / "data" / "articles").glob("*.txt"))
    if extra is not None:
        paths += [Path(line.strip()) for line in extra.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys(paths))


def first_difference(a: object, b: object, where: str = "") -> str:
    if type(a) is not type(b):
        return f"{where}: {type(a).__name__} != {type(b).__name__}"
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b)):
            if a.get(key) != b.get(key):
                return first_difference(a.get(key), b.get(key), f"{where}.{key}")
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where}: {len(a)} items != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if x != y:
                return first_difference(x, y, f"{where}[{i}]")
    return f"{where}: {str(a)[:200]!r} != {str(b)[:200]!r}"


def compare(old_path: Path, new_path: Path) -> int:
    old = json.loads(old_path.read_text(encoding="utf-8"))
    new = json.loads(new_path.read_text(encoding="utf-8"))
    differ = 0
    for key in sorted(set(old) | set(new)):
        if old.get(key) != new.get(key):
            differ += 1
            print(f"{key}{first_difference(old.get(key), new.get(key))}")
    print(f"{len(old)} / {len(new)} articles, {differ} differ")
    return 1 if differ else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("--files", type=Path, help="a file listing more article paths, one a line")
    parser.add_argument("--processes", "-p", type=int, default=1)
    parser.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = parser.parse_args()
    if args.compare:
        return compare(*args.compare)
    if args.out is None:
        parser.error("OUT is required unless --compare is given")
    from belreader import nlp

    articles = []
    for path in article_paths(args.files):
        articles += load_file(path, root=path.parent)
    t0 = time.perf_counter()
    analyses = nlp.analyze_many(articles, n_process=args.processes)
    seconds = time.perf_counter() - t0
    out = {f"{a.path}#{a.id}": analysis.to_dict() for a, analysis in zip(articles, analyses, strict=True)}
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{len(out)} articles analysed in {seconds:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
