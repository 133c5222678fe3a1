"""Time fact grouping on a corpus (default: the shared BBC corpus) and print groups to read.

    .venv/bin/python bench/bench_facts.py [CORPUS] [--exclude CATEGORY/NNN ...] [--processes N]
        [--cache DIR] [--index DIR] [--show N] [--seed S] [--meaning]

Loads the corpus in place (never copied), analyses it through the cached pipeline (timed
apart: the target is for grouping on top of analysed articles), then times
`build_fact_groups` and `disagreements`. Prints a random sample of `--show` groups (account
by account, with the differences) for a person to judge: precision is the share of groups
whose members are truly about one fact. Pass the files held out for independent checks with
--exclude: they are never read.

A reference is measured in the same run, in this process, before and after the grouping
(`--reference`, default on): plain Python over the same claims (their words counted, each claim's
word set met with the next hundred's), code that never changes with belreader's. Grouping's CPU
seconds over the reference's move much less with the machine's load than the seconds do: quote the
ratio beside the seconds when comparing runs.

Duplicate files (the same text under two names, or an edited reprint: search's duplicate
groups) are one account: the group shows the first by id and lists the others as copies.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "bbc"


def reference_cpu(analyses: list) -> float:
    """CPU seconds of a fixed piece of plain Python over the claims (see the module's docstring)."""
    import re
    from collections import Counter

    c0 = time.process_time()
    words = [frozenset(re.findall(r"[a-z]+", c.content.lower())) for a in analyses for c in a.claims]
    counts: Counter[str] = Counter()
    for claim_words in words:
        counts.update(claim_words)
    met = 0
    for i, claim_words in enumerate(words):
        for other in words[i + 1 : i + 101]:
            met += len(claim_words & other)
    sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return time.process_time() - c0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--processes", "-p", type=int, default=2)
    parser.add_argument("--cache", default=None, help="analysis cache dir (default: belreader's)")
    parser.add_argument("--show", type=int, default=30, help="groups to print for reading")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--all", action="store_true", help="print every group")
    parser.add_argument(
        "--no-reference", dest="reference", action="store_false", help="skip the reference measured beside the grouping"
    )
    parser.add_argument(
        "--meaning",
        action="store_true",
        help="compare meaning with the embedding model when installed, as Library.fact_groups does "
        "(the first run embeds the grouped claims; later runs read the vectors from the cache folder)",
    )
    parser.add_argument(
        "--index",
        default=None,
        help="an index of the corpus: its stored duplicate groups are used, as the reader uses them "
        "(without it they are found again, ~0.7 s on BBC)",
    )
    parser.add_argument(
        "--exclude",
        nargs="*",
        default=[],
        metavar="CATEGORY/NNN",
        help="files never to read (held out for independent checks)",
    )
    args = parser.parse_args()
    excluded = {name.removesuffix(".txt") for name in args.exclude}
    if not excluded:
        print("note: no --exclude given; every file of the corpus is read")

    from belreader import duplicates, facts, nlp
    from belreader.corpus import load_file
    from belreader.index import analysis_cache_dir

    root = Path(args.corpus)
    t0 = time.perf_counter()
    articles = []
    for path in sorted(root.glob("*/*.txt")):
        if f"{path.parent.name}/{path.stem}" in excluded:
            continue  # held out: never read
        articles.extend(load_file(path, root=root))
    load_s = time.perf_counter() - t0

    cache = Path(args.cache) if args.cache else analysis_cache_dir()
    t1 = time.perf_counter()
    analyses = nlp.analyze_many(articles, cache_dir=cache, n_process=args.processes)
    analysis_s = time.perf_counter() - t1
    claims = sum(len(a.claims) for a in analyses)

    keys = duplicates.stored_keys(Path(args.index)) if args.index else None
    reference = reference_cpu(analyses) if args.reference else 0.0
    t2, c2 = time.perf_counter(), time.process_time()
    groups = facts.build_fact_groups(analyses, articles, duplicate_keys=keys, meaning=args.meaning)
    group_s, group_cpu = time.perf_counter() - t2, time.process_time() - c2
    if args.reference:
        reference = (reference + reference_cpu(analyses)) / 2  # before and after: the load as it was meanwhile
    t3 = time.perf_counter()
    ranked = facts.disagreements(groups)
    compare_s = time.perf_counter() - t3

    sizes: dict[int, int] = {}
    for group in groups:
        sizes[len(group.accounts)] = sizes.get(len(group.accounts), 0) + 1
    with_copies = sum(1 for g in groups if any(a.duplicates for a in g.accounts))
    print(f"articles: {len(articles):,} ({len(excluded)} excluded), claims: {claims:,}")
    print(f"load corpus: {load_s:.2f} s; analysis (cached or not): {analysis_s:.2f} s")
    if args.index:
        print(f"duplicate groups: {'as the index stored them' if keys else 'none stored: found again'}")
    print(f"fact grouping: {group_s:.2f} s wall, {group_cpu:.2f} s CPU; compare + rank all groups: {compare_s:.2f} s")
    if args.reference:
        print(
            f"reference (plain Python, same run): {reference:.2f} s CPU; grouping / reference: {group_cpu / reference:.2f}"
        )
    print(
        f"groups: {len(groups)} (sizes {dict(sorted(sizes.items()))}), grouped claims: "
        f"{sum(len(g.accounts) for g in groups)}, with copies (exact or reprint) folded in: {with_copies}"
    )
    print(f"groups whose accounts differ in substance: {len(ranked)}")

    shown = groups if args.all else random.Random(args.seed).sample(groups, min(args.show, len(groups)))
    for n, group in enumerate(shown, 1):
        comparison = facts.compare(group)
        print(f"\n=== {n}. {group.id} score {group.score} | {'; '.join(group.shared)}")
        for row in comparison.rows:
            copies = f" (copies: {', '.join(row.duplicates)})" if row.duplicates else ""
            print(f"  [{row.article_id}]{copies} {row.title[:70]}")
            print(f"     {row.speaker} {row.verb} ({row.stance}): {row.span[:220]}")
        for difference in comparison.differences:
            if difference.kind != "omission":
                print(f"  ! {difference.kind}: {difference.explanation[:300]}")


if __name__ == "__main__":
    main()
