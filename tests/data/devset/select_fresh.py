"""Pick a fresh (blind) annotation set reproducibly. No belreader is run.

python3 tests/data/devset/select_fresh.py --exclude CATEGORY/NNN ...
python3 tests/data/devset/select_fresh.py --seed 2027 --per-category 2 --exclude CATEGORY/NNN ...

Pass the files issue 11 holds out with --exclude (they are not named in the project); they are
dropped before any file is opened. Eligible: a BBC file not already annotated (in bbc/ and, for
later sets, in every fresh*/ folder). random.Random(seed) shuffles each category's eligible files
(sorted by name) and the first ones holding a quotation and at least two "said" are taken.
A file whose text is the same as an annotated or excluded file's (the corpus holds ~100 exact
duplicates) is not eligible: it would not be blind (from fresh9 on; fresh9's first draw took
politics/359, the text of bbc/politics-005, and it was dropped).
`fresh/` is seed 2026 with the default quotas; `fresh2/` is seed 2027, 2 per category;
`fresh3/` is seed 2028, 2 per category; `fresh5/` is seed 2030, 3 per category; `fresh6/` is
seed 2031, 3 per category; `fresh7/` is seed 2032, 3 per category;
`fresh8/` is seed 2033, 2 per category; `fresh9/` is seed 2034, 2 per category (fresh8
excluded); `fresh10/` is seed 2035, 3 per category; `fresh11/` seed 2036, `fresh12/` seed 2037 and
`fresh13/` seed 2038, 3 per category (fresh12 and fresh13 with every file named in bench/ or
tests/ excluded too).
"""

from __future__ import annotations

import argparse
import random

from check import BBC, HERE

QUOTA = {"politics": 5, "business": 4, "entertainment": 2, "sport": 2, "tech": 3}


def has_quotes(text: str) -> bool:
    return text.count('"') >= 2 and text.count(" said") >= 2


def _text(category: str, name: str) -> str:
    path = BBC / category / f"{name}.txt"
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--exclude", nargs="*", action="extend", default=[])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--per-category", type=int, default=0, help="same quota for each category")
    args = parser.parse_args()
    excluded = {name.removesuffix(".txt") for name in args.exclude}
    folders = ["bbc"] if args.seed == 2026 else ["bbc", *(p.name for p in HERE.glob("fresh*") if p.is_dir())]
    annotated = {p.stem.replace("-", "/") for folder in folders for p in (HERE / folder).glob("*.toml")}
    # texts already annotated or held out, by content: a duplicate file is neither blind nor allowed
    taken = {_text(*name.split("/")) for name in excluded | annotated if "/" in name}
    rng = random.Random(args.seed)
    for category, quota in QUOTA.items():
        quota = args.per_category or quota
        names = sorted(p.stem for p in (BBC / category).glob("*.txt"))
        eligible = [n for n in names if f"{category}/{n}" not in excluded | annotated]
        rng.shuffle(eligible)
        picked = []
        for name in eligible:
            text = _text(category, name)
            if has_quotes(text) and text not in taken:
                picked.append(name)
            if len(picked) == quota:
                break
        print(category, " ".join(sorted(picked)))


if __name__ == "__main__":
    main()
