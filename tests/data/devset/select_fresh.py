"""Pick the fresh (blind) annotation set reproducibly. No belreader is run.

python3 tests/data/devset/select_fresh.py --exclude CATEGORY/NNN ...

Pass the files issue 11 holds out with --exclude (they are not named in the project); they are
dropped before any file is opened. Eligible: a BBC file not already in the development set
(tests/data/devset/bbc/). random.Random(2026) shuffles each category's eligible files (sorted
by name) and the first ones holding a quotation and at least two "said" are taken.
"""

from __future__ import annotations

import argparse
import random

from check import BBC, HERE

QUOTA = {"politics": 5, "business": 4, "entertainment": 2, "sport": 2, "tech": 3}


def has_quotes(text: str) -> bool:
    return text.count('"') >= 2 and text.count(" said") >= 2


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs="*", default=[])
    args = parser.parse_args()
    excluded = {name.removesuffix(".txt") for name in args.exclude}
    annotated = {p.stem.replace("-", "/") for p in (HERE / "bbc").glob("*.toml")}
    rng = random.Random(2026)
    for category, quota in QUOTA.items():
        names = sorted(p.stem for p in (BBC / category).glob("*.txt"))
        eligible = [n for n in names if f"{category}/{n}" not in excluded | annotated]
        rng.shuffle(eligible)
        picked = []
        for name in eligible:
            text = (BBC / category / f"{name}.txt").read_text(encoding="utf-8", errors="replace")
            if has_quotes(text):
                picked.append(name)
            if len(picked) == quota:
                break
        print(category, " ".join(sorted(picked)))


if __name__ == "__main__":
    main()
