"""Related claims against hand judgments: are the top 3 about the same fact, and is nothing shown
when nothing is?

    BELREADER_DATA_DIR=... BELREADER_CACHE_DIR=... .venv/bin/python bench/eval_related.py \
        --corpus /path/to/bbc-without-held-out [--limit 3] [--set all|dev|blind] [--show] [--json]

The corpus is a copy of ../shared/corpora/bbc/ without the held-out files of issue 11 (never
point this at the full folder), indexed with analysis on: the script reads the stored analyses
through `Library` and asks `belreader.nlp.related` directly, as `Library.related` does.

The judgments (bench/related_dev.json) were made by reading, before looking at what related.py
returns. Each row is a claim id (its first ten words, and those of every claim judged, are in
related_dev_claims.json: a new analysis may find a claim with another span, or name it otherwise, and the script
follows each id to the claim of its article that starts with those words, or holds them; `--rewrite-ids` writes the
ids found back into both files, as session 41 did for session 40's `#s` ids; a row's own "words" map, when it has
one, gives them for an old id the file already holds for another claim), the claims in other articles that report the
same fact or event ("same"), and claims on the same matter that are not the same fact ("near": the
same argument by someone else, another statement by the same person). Claims that related.py showed
and the search had not found were judged afterwards, and are kept apart: "shown_same" (counted as
same), "shown_near", "shown_not".
Whether a row has an account elsewhere is decided by its "same" and "near" only.
Rows come from two seeded samples: "random" (70 BBC politics and business claims at random; each
searched for other accounts by its distinctive words), and "lexical" (claims that have a lexically
similar claim in another article, so they hold both many real matches and hard near misses).
belreader is tuned on these judgments: the figures are development figures, not held-out ones.
The rows whose sample starts with "blind" (blind-s9-random, -lexical, -high: seeds 9 and 19, see
bench/results-related.md) were judged the same way after the rules above were set, and first
measured before any change made while looking at them: `--set blind` prints them alone, `--set dev`
the tuning samples alone. blind-s12-random (seed 1212, 30 claims of all categories) was judged in
session 12 after that session's changes; session 13 tuned on it (the Opec claim), so it is no longer blind.
blind-s13-random (seed 1320, 30 claims of all categories) and blind-s13-lexical (seed 1321, 15 claims
whose best plain-word match elsewhere overlaps by 30-90 %) were judged in session 13 after its changes;
`--sample blind-s13` prints them alone. blind-s14-random (seed 1420, 30 claims of all categories) and
blind-s14-lexical (seed 1421, 15 claims whose best plain-word match elsewhere overlaps by 30-90 %) were
judged in session 14 after its changes (`--sample blind-s14`). blind-s21-random (seed 2121, 30 claims of all
categories, drawn the same way) was judged in session 21 before its change, then measured; that change (a
reprinted story's claim of common words) was made looking at its misses, so it is no longer blind.
blind-s26-random (seed 2626, 30 claims drawn the same way over /tmp/bbc26, the BBC copy less held-out, blind
and duplicate files) was judged in session 26 before its change, then measured; that change (an office
before a name is no evidence) came from its one wrong match, so it is no longer blind either.
blind-s27-random (seed 2727, 30 claims drawn the same way over /tmp/bbc27, that round's copy) was judged in
session 27 before its lists were read, then measured (`--sample blind-s27`); that session's change (an exact
percentage from two known speakers needs more evidence) came from its one wrong match: no longer blind.
blind-s28-random (seed 2828, 30 claims drawn the same way over /tmp/bbc28) was judged in session 28 before its
lists were read, then measured (`--sample blind-s28`); that session's change (a share moving both ways is no
evidence) came from reading corpus-wide pairs, not from this sample, whose lists it does not move.
blind-s29-random (seed 2929, 30 claims drawn the same way over /tmp/bbc29) was judged in session 29 before its
lists were read, then measured (`--sample blind-s29`); that session's changes (two forecasters, a part beside a
change, "went up", a player's position) came from session 28's corpus-wide reading and do not move its lists.
blind-s33-random (seed 3333, 30 claims drawn the same way over /tmp/bbc33) was judged in session 33 before its
lists were read, then measured (`--sample blind-s33`).
blind-s41-random (seed 4141, 30 claims drawn the same way over /tmp/bbc41, claims sorted by article and start
now that ids are where the content starts) was judged in session 41 before its lists were read, then measured
(`--sample blind-s41`).
blind-s43-random (seed 4343, 30 claims drawn the same way over /tmp/bbc43) was judged in session 43 before its lists
were read, then measured (`--sample blind-s43`); that session's change (a claim only meaning admitted under the
threshold, beside the reprint of the claim asked about in its story) came from the other samples' lists and does not
move its lists.

Printed:
- claims with a same-fact account: the share with at least one / at least two same-fact claims
  in the top 3 (two: of the claims with two or more accounts), the share whose top 3 has at least
  min(2, accounts) same-fact claims (issue 11's target), and recall@3 (same-fact claims found in
  the top 3 / min(3, accounts));
- claims with no other account: the share where nothing is shown;
- precision of everything shown in the top 3 over all rows: same / near / not / not yet judged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from belreader.library import Library  # noqa: E402
from belreader.nlp.related import related_matches  # noqa: E402

JUDGMENTS = Path(__file__).resolve().parent / "related_dev.json"
WORDS = Path(__file__).resolve().parent / "related_dev_claims.json"  # judged id -> its first ten words


def _locator(claims: dict) -> tuple[Callable[[str, dict[str, str]], str | None], list[int]]:
    """Where each judged id is now: a new analysis renames claims (session 40: ids are where the
    content starts, `#s000123`, no longer its number, `#c2`; one more claim found early in an article
    renumbered the rest before that). Each judged id's first ten words are in
    related_dev_claims.json; an id whose claim no longer starts with them is looked for in the same
    article (the same first words, else a claim that holds them all: its span now starts earlier, else
    most of them), else it is gone. Returns the lookup
    (old id, the row's own "words") -> the current id or None, and [moved, gone] it has counted."""
    words = json.loads(WORDS.read_text(encoding="utf-8"))
    by_article: dict[str, list] = {}
    for claim in claims.values():
        by_article.setdefault(claim.article_id, []).append(claim)
    cache: dict[tuple[str, str], str | None] = {}
    counts = [0, 0]

    def where(old: str, own: dict[str, str]) -> str | None:
        start = own.get(old) or words.get(old, "")
        if (old, start) in cache:
            return cache[old, start]
        found: str | None = None
        if old in claims and " ".join(claims[old].content.split()).startswith(start):
            found = old
        else:
            candidates = by_article.get(old.split("#")[0], [])
            same = [c.id for c in candidates if " ".join(c.content.split()).startswith(start)]
            # a claim found again with a longer span ("he pledged to play his part" where "to play his part" was
            # judged) holds the judged words inside
            inside = [c.id for c in candidates if start.lower() in " ".join(c.content.split()).lower()]
            if same and start:
                found = same[0]
            elif inside and start:
                found = inside[0]
            elif start:
                want = set(start.lower().split())
                best = max(candidates, key=lambda c: len(want & set(c.content.lower().split()[:10])), default=None)
                if best is not None and len(want & set(best.content.lower().split()[:10])) >= 0.7 * len(want):
                    found = best.id
            counts[0] += found is not None
            counts[1] += found is None
        cache[old, start] = found
        return found

    return where, counts


def _follow(rows: list[dict], claims: dict) -> tuple[int, int]:
    """Move judged ids to the claims that now hold their words (`_locator`); an id no longer found
    is left out, its row too when it is the claim asked about. Returns (moved, gone)."""
    where, counts = _locator(claims)
    kept = []
    for r in rows:
        # a row may give an id's words itself ("words"): one id may name two claims in two analyses (renumbered),
        # and the shared file keeps the words of the first sample that judged it
        own = r.get("words", {})
        claim = where(r["claim"], own)
        if claim is None:
            continue
        r["claim"] = claim
        for key in ("same", "near", "shown_same", "shown_near", "shown_not"):
            r[key] = [i for i in (where(old, own) for old in r[key]) if i is not None]
        kept.append(r)
    rows[:] = kept
    return counts[0], counts[1]


def _rewrite(claims: dict) -> tuple[int, int]:
    """Write the judged ids as the current analysis names them (`--rewrite-ids`), in both files: an id
    followed to a claim (`_locator`) becomes that claim's id, its words the claim's first ten words now;
    an id no longer found keeps its old id and words (its row is kept: a later analysis may find it
    again). A row's own "words" keep only the ids still old. Returns (renamed, gone)."""
    rows = json.loads(JUDGMENTS.read_text(encoding="utf-8"))
    words = json.loads(WORDS.read_text(encoding="utf-8"))
    where, counts = _locator(claims)
    kept_words: dict[str, str] = {}

    def rename(old: str, own: dict[str, str], still_old: dict[str, str]) -> str:
        new = where(old, own)
        if new is not None:
            kept_words[new] = " ".join(claims[new].content.split()[:10])
            return new
        if old in own:
            still_old[old] = own[old]
        else:
            kept_words[old] = words[old]
        return old

    for r in rows:
        own = r.get("words", {})
        still_old: dict[str, str] = {}
        r["claim"] = rename(r["claim"], own, still_old)
        for key in ("same", "near", "shown_same", "shown_near", "shown_not"):
            r[key] = [rename(old, own, still_old) for old in r[key]]
        if still_old:
            r["words"] = still_old
        else:
            r.pop("words", None)
    JUDGMENTS.write_text(
        "[\n" + ",\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n]\n", encoding="utf-8"
    )
    WORDS.write_text(
        "{\n"
        + ",\n".join(
            f"{json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
            for k, v in sorted(kept_words.items())
        )
        + "\n}\n",
        encoding="utf-8",
    )
    return counts[0], counts[1]


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f} %)" if whole else "0/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True, help="BBC without the held-out files, indexed")
    parser.add_argument("--limit", type=int, default=3)
    parser.add_argument("--show", action="store_true", help="print every claim's matches with their judgment")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--set",
        choices=("all", "dev", "blind"),
        default="all",
        help="dev: the samples the rules were tuned on; blind: the samples judged after them (blind-*)",
    )
    parser.add_argument(
        "--meaning",
        choices=("on", "off"),
        default="on",
        help="compare the claims' meaning with the embedding model when it is installed, as Library.related "
        "does (belreader/nlp/embed.py); off: the lexical rules alone",
    )
    parser.add_argument(
        "--vectors", type=Path, default=None, help="keep the claims' embeddings in this file between runs"
    )
    parser.add_argument(
        "--sample", default=None, help="only the rows whose sample starts with this (blind-s14: session 14's check)"
    )
    parser.add_argument(
        "--rewrite-ids",
        action="store_true",
        help="rewrite the judged ids in both json files as this analysis names them (followed by their words), "
        "then stop",
    )
    args = parser.parse_args(argv)
    meaning = args.meaning == "on"
    embedder = None
    if meaning:
        from belreader.nlp.embed import embedder as load_embedder

        embedder = load_embedder()
        if embedder is None:
            print("eval_related: the embedding model is not installed: lexical rules alone", file=sys.stderr)
        elif args.vectors is not None and args.vectors.exists():
            embedder.load(args.vectors)

    rows = [
        r
        for r in json.loads(JUDGMENTS.read_text(encoding="utf-8"))
        if (args.set == "all" or (args.set == "blind") == r["sample"].startswith("blind"))
        and (args.sample is None or r["sample"].startswith(args.sample))
    ]
    lib = Library(args.corpus)
    lib.open()
    analyses = lib.analyses()
    claims = {c.id: c for a in analyses for c in a.claims}
    if args.rewrite_ids:
        renamed, gone = _rewrite(claims)
        print(f"eval_related: {renamed} judged ids followed to a claim and renamed as it is now; {gone} gone, kept")
        return 0
    moved, gone = _follow(rows, claims)
    if moved or gone:
        print(
            f"eval_related: {moved} judged claims renumbered by a new analysis, followed by their words; "
            f"{gone} no longer found, left out",
            file=sys.stderr,
        )
    if not rows:
        print("eval_related: no judged claim is in this corpus's analyses", file=sys.stderr)
        return 2
    related_matches(claims[rows[0]["claim"]], analyses, limit=1)  # builds the index once
    started = time.perf_counter()
    cpu = time.process_time()
    shown: dict[str, list] = {
        r["claim"]: related_matches(claims[r["claim"]], analyses, limit=args.limit, meaning=meaning) for r in rows
    }
    per_query = (time.perf_counter() - started) / len(rows)
    cpu_per_query = (time.process_time() - cpu) / len(rows)
    embedded = embedder.embedded if embedder is not None else 0
    if embedder is not None and args.vectors is not None:
        embedder.save(args.vectors)

    for r in rows:
        r["same"] = r["same"] + r["shown_same"]  # one true account found only when shown
    with_match = [r for r in rows if r["same"]]
    without = [r for r in rows if not r["same"] and not r["near"]]
    near_only = [r for r in rows if not r["same"] and r["near"]]
    for r in rows:
        r["near"] = r["near"] + r["shown_near"]
    one = two = target = 0
    multi = 0
    recall = 0.0
    verdicts = {"same": 0, "near": 0, "not": 0, "unjudged": 0}
    by_sample: dict[str, list[int]] = {}  # sample -> [same, shown]
    unjudged: list[str] = []
    for r in rows:
        found = [m.claim.id for m in shown[r["claim"]]]
        # a copy folded into a line shown ("also in 1 other article": two versions of one story) is found too
        copies = [c.id for m in shown[r["claim"]] for c in m.copies]
        hits = sum(1 for i in found + copies if i in r["same"])
        for i in found:
            kind = (
                "same" if i in r["same"] else "near" if i in r["near"] else "not" if i in r["shown_not"] else "unjudged"
            )
            verdicts[kind] += 1
            counts = by_sample.setdefault(r["sample"], [0, 0])
            counts[0] += kind == "same"
            counts[1] += 1
            if kind == "unjudged":
                unjudged.append(f"{r['claim']} -> {i}")
        if r["same"]:
            one += hits >= 1
            if len(r["same"]) >= 2:
                multi += 1
                two += hits >= 2
            target += hits >= min(2, len(r["same"]))
            recall += hits / min(args.limit, len(r["same"]))
        if args.show:
            print(f"{r['claim']} [{r['sample']}] same={len(r['same'])} near={len(r['near'])}: {r['why']}")
            for m in shown[r["claim"]]:
                i = m.claim.id
                mark = (
                    "SAME" if i in r["same"] else "near" if i in r["near"] else "NOT" if i in r["shown_not"] else "????"
                )
                print(f"    {mark} {m.score:.2f} {i}  {m.reason}")
                for c in m.copies:
                    mark = "SAME" if c.id in r["same"] else "near" if c.id in r["near"] else "????"
                    print(f"        {mark} copy {c.id}")
    nothing = sum(1 for r in without if not shown[r["claim"]])
    near_nothing = sum(1 for r in near_only if not shown[r["claim"]])
    total_shown = sum(verdicts.values())
    result = {
        "judged_claims": len(rows),
        "with_match": len(with_match),
        "at_least_one_same_in_top3": one,
        "at_least_two_same_in_top3": two,
        "with_two_or_more_accounts": multi,
        "target_met": target,
        "recall_at_3": round(recall / len(with_match), 3) if with_match else 0.0,
        "without_match": len(without),
        "nothing_shown": nothing,
        "near_only": len(near_only),
        "near_only_nothing_shown": near_nothing,
        "shown": verdicts,
        "shown_same_by_sample": {k: {"same": v[0], "shown": v[1]} for k, v in sorted(by_sample.items())},
        "unjudged": unjudged,
        "ms_per_query": round(1000 * per_query, 2),
        "cpu_ms_per_query": round(1000 * cpu_per_query, 2),
        "meaning": embedder is not None,
        "texts_embedded": embedded,
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    how = "lexical rules and meaning (embeddings)" if embedder is not None else "lexical rules alone"
    print(
        f"{len(rows)} judged claims (development judgments), top {args.limit}, {how}: "
        f"{result['ms_per_query']} ms a query ({result['cpu_ms_per_query']} ms CPU; {embedded} texts embedded)"
    )
    print(f"claims with a same-fact account elsewhere: {len(with_match)}")
    print(f"  >=1 same-fact in top {args.limit}: {_share(one, len(with_match))}")
    print(f"  >=2 same-fact in top {args.limit} (claims with >=2 accounts): {_share(two, multi)}")
    print(f"  target (>= min(2, accounts) same-fact in top {args.limit}): {_share(target, len(with_match))}")
    print(f"  recall@{args.limit}: {result['recall_at_3']:.2f}")
    print(f"claims with no other account: nothing shown for {_share(nothing, len(without))}")
    print(f"claims with only near accounts: nothing shown for {_share(near_nothing, len(near_only))}")
    print(
        f"shown in top {args.limit}: {total_shown}; same {_share(verdicts['same'], total_shown)}, "
        f"near {verdicts['near']}, not {verdicts['not']}, not yet judged {verdicts['unjudged']}"
    )
    for sample, (same, shown_n) in sorted(by_sample.items()):
        print(f"  of the {sample} sample's: same {_share(same, shown_n)}")
    for line in unjudged:
        print(f"  not yet judged: {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
