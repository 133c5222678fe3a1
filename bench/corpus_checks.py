"""Corpus-wide checks of the analysis on the BBC corpus (issue 11's corpus figures).

    .venv/bin/python bench/corpus_checks.py [CORPUS] [--exclude CATEGORY/NNN ...] [--processes N] [--top N] [--people N]

Pass the files issue 11 holds out for its independent check with --exclude (they are not named in
this repository): those are never read. Prints, over every other article:
- claims whose speaker id starts with an honorific (`mr-`, `ms-`, `mrs-`, `dr-`);
- claims whose content has three words or fewer, and those that are only a time phrase;
- for the N most mentioned people of the politics folder: the entity ids their surname is spread
  over (a surname-only id is linked when the corpus names one full person with it);
- for the N most mentioned people of the whole corpus (`--people`, default 50): the other person
  ids that may name them (a surname alone, a shorter or initialled first name, words before the
  name), after the corpus's own links; a split, or two people who share a surname: read the list;
- how the parties are identified.
No figure here is a timed assertion; analyses are cached in the user cache dir as usual.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _default_corpus() -> Path:
    """../shared/corpora/bbc next to the checkout, or next to any folder above it (a worktree)."""
    here = Path(__file__).resolve().parent.parent
    for parent in here.parents:
        candidate = parent / "shared" / "corpora" / "bbc"
        if candidate.is_dir():
            return candidate
    return here.parent / "shared" / "corpora" / "bbc"


DEFAULT_CORPUS = _default_corpus()
TIME_ONLY = re.compile(
    r"^(?:on|in|at|during|last|this|next|earlier|later)?\s*(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|yesterday|today|tonight|week|month|year|morning|evening|weekend|statement)\b[\w\s]*$",
    re.IGNORECASE,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--processes", "-p", type=int, default=2)
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument(
        "--people", type=int, default=50, help="the N most mentioned people of the whole corpus, checked for splits"
    )
    parser.add_argument(
        "--exclude",
        nargs="*",
        action="extend",
        default=[],
        metavar="CATEGORY/NNN",
        help="files never to read (issue 11's held-out files), e.g. politics/001",
    )
    args = parser.parse_args()
    excluded = {name.removesuffix(".txt") for name in args.exclude}
    if not excluded:
        print("note: no --exclude given; every file of the corpus is read")

    from belreader import nlp
    from belreader.corpus import load_file
    from belreader.index import analysis_cache_dir

    root = Path(args.corpus)
    if not root.is_dir():
        print(f"error: no corpus folder at {root}", file=sys.stderr)
        raise SystemExit(2)
    articles = []
    for path in sorted(root.glob("*/*.txt")):
        if f"{path.parent.name}/{path.stem}" in excluded:
            continue  # held out for the independent check: never read
        for article in load_file(path, root=root):
            articles.append(article)
    analyses = nlp.analyze_many(articles, cache_dir=analysis_cache_dir(), n_process=args.processes)
    claims = [c for a in analyses for c in a.claims]
    honorific = [c for c in claims if c.speaker_id and re.match(r"(?:mr|ms|mrs|dr)-", c.speaker_id)]
    short = [c for c in claims if len(c.content.split()) <= 3]
    time_only = [c for c in claims if len(c.content.split()) <= 5 and TIME_ONLY.match(c.content.strip())]
    print(f"{len(articles)} articles ({len(excluded)} excluded), {len(claims)} claims")
    print(f"claims with an honorific speaker id: {len(honorific)}")
    print(
        f"claims of three words or fewer: {len(short)} (direct quotes among them: {sum(c.direct_quote for c in short)})"
    )
    print(f"claims that are only a time phrase: {len(time_only)} {[c.content for c in time_only[:5]]}")
    unresolved = sum(1 for c in claims if c.speaker.endswith("(unresolved)"))
    print(f"claims whose pronoun speaker was left unresolved: {unresolved}")

    politics = [a for a in analyses if a.article_id.startswith("politics/")]
    links = nlp.corpus_links(analyses)
    mentions, by_surname = person_mentions(politics, links)
    print(f"\nthe {args.top} most mentioned people in politics, and every id with their surname:")
    for entity_id, count in mentions.most_common(args.top):
        others = sorted((c, e) for c, e in by_surname[entity_id.split("-")[-1]] if e != entity_id)
        print(f"  {count:5}  {entity_id:24} others with the surname: {others[::-1][:4]}")
    people_splits(analyses, links, args.people)
    parties: dict[str, Counter] = defaultdict(Counter)
    for analysis in politics:
        for mention in analysis.mentions:
            if re.search(r"\b(?:Labour|Tor(?:y|ies)|Conservatives?|Lib(?:eral)? Dem)", mention.text):
                parties[mention.text][f"{mention.entity_id} ({mention.label})"] += 1
    print("\nparty spellings -> ids:")
    for text, ids in sorted(parties.items(), key=lambda kv: -sum(kv[1].values()))[:12]:
        print(f"  {text:22} {dict(ids)}")


def _probably_same(a: list[str], b: list[str]) -> bool:
    """Two person ids' words that may name one person: same surname, and the shorter one's other
    words absent (a surname alone), initials, or one first name the start of the other's
    ("steve" / "steven", "george" / "george-w"), or one id the other with words in front
    ("sprinter-kelly-holmes"). Counted for the check only; the analysis decides identity itself."""
    if a[-1:] != b[-1:]:
        return False
    short, long = sorted((a, b), key=len)
    if len(short) == 1 or long[-len(short) :] == short:
        return True
    first_s, first_l = short[0], long[0]
    return first_s[:3] == first_l[:3] and (
        first_s.startswith(first_l) or first_l.startswith(first_s) or len(first_s) <= 4
    )


def person_mentions(analyses, links) -> tuple[Counter, dict[str, list]]:
    """Mentions per person (after the corpus's links, a shared surname linked article by article),
    and the ids by their last word."""
    mentions: Counter = Counter()
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.label == "PERSON":
                mentions[links.of(entity.id, analysis.article_id)] += entity.count
    by_surname: dict[str, list] = defaultdict(list)
    for entity_id, count in mentions.items():
        by_surname[entity_id.split("-")[-1]].append((count, entity_id))
    return mentions, by_surname


def people_splits(analyses, links, top: int) -> None:
    """The `top` most mentioned people of the whole corpus, and those whose surname is spread over
    other ids that may name them (a split, or two people: read the list)."""
    mentions, by_surname = person_mentions(analyses, links)
    print(f"\nthe {top} most mentioned people of the corpus, with other ids that may name them:")
    split = 0
    for entity_id, count in mentions.most_common(top):
        words = entity_id.split("-")
        others = sorted(
            (c, e) for c, e in by_surname[words[-1]] if e != entity_id and _probably_same(words, e.split("-"))
        )[::-1]
        split += bool(others)
        print(f"  {count:5}  {entity_id:26} {others[:5] if others else ''}")
    print(f"{split} of the {top} have other ids that may name them")


if __name__ == "__main__":
    main()
