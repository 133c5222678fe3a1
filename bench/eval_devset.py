"""Claims, speakers, outlets, entities and alias merges against the hand-made development set.

    .venv/bin/python bench/eval_devset.py [--rules] [--json] [--misses] [--set dev|bbc|seeds|fresh|fresh2|...|fresh30|fresh31|fresh32|fresh33|fresh34|fresh35|fresh36|fresh37|fresh38|fresh39|all] [FILE ...]

The set (tests/data/devset/, guide in GUIDE.md) was annotated by reading the articles before
looking at belreader's output; belreader is tuned on it, so these are development figures,
not held-out ones. BBC articles are read in place from ../shared/corpora/bbc/.
--set picks the folders: dev (the default) is bbc + seeds, the set the rules were tuned on;
fresh, fresh2, ..., fresh39 are the later blind sets
(tests/data/devset/fresh*/, each first measured before any tuning on it); all is every folder.
Each folder is reported on its own.

Matching:
- claims: a predicted claim matches an annotated one when their content spans overlap (one to
  one, largest overlap first). P = matched / predicted, R = matched / annotated. Of the matched:
  the speaker is right (the predicted id is the one the annotated entity's mentions got, or both
  are unnamed, or the annotation says which organisation an unnamed speaker speaks for and
  the predicted id is that organisation's), unresolved (no id where one was expected), or wrong; the outlet is found; the
  content's word overlap (token F1) with the annotation.
- entities: an annotated entity is found when a predicted mention has one of its forms (an
  honorific or possessive aside), and typed right when those mentions' type is its type.
  A predicted PERSON/ORG/PLACE entity is correct when one of its spellings is a form of an
  annotated entity of the same type.
- merges: pairs of spellings of one annotated entity that got one id (recall), and pairs of
  spellings with one predicted id that belong to one annotated entity (precision).
- --media-channels (a proposed scorer fix, off by default so figures stay comparable): the guide
  gives a programme or a channel to its broadcaster ("BBC Radio 4's Today programme" -> "BBC"),
  so for the entity rows a predicted name that is an annotated outlet's form followed by more
  words ("BBC Radio 4", "BBC News Online") or an entry of the entity table whose broadcaster is
  that outlet ("Today programme", "Newsnight") counts as a form of that outlet.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from belreader.corpus import load_file  # noqa: E402
from belreader.nlp.aliases import load_table, normalise  # noqa: E402
from belreader.nlp.people import split_name  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
DEVSET = REPO / "tests" / "data" / "devset"


def _bbc_root() -> Path:
    """../shared/corpora/bbc next to the checkout, or next to any folder above it (a worktree)."""
    for parent in REPO.parents:
        candidate = parent / "shared" / "corpora" / "bbc"
        if candidate.is_dir():
            return candidate
    return REPO.parent / "shared" / "corpora" / "bbc"


ROOTS = {"bbc": _bbc_root(), "seeds": REPO / "data" / "articles"}
TYPES = ("PERSON", "ORG", "PLACE")
FRESH = tuple(f"fresh{n}" for n in ("", *range(2, 40)))  # the blind sets, in the order they were made
SETS = {"dev": ("bbc", "seeds"), "bbc": ("bbc",), "seeds": ("seeds",)}
SETS |= {name: (name,) for name in FRESH}
SETS["all"] = ("bbc", "seeds", *FRESH)
_WORD = re.compile(r"\w+")


def load_set(files: list[Path]) -> list[tuple[dict, object]]:
    """(annotation, Article) pairs."""
    out = []
    for file in files:
        gold = tomllib.loads(file.read_text(encoding="utf-8"))
        root, _, rest = gold["path"].partition("/")
        path = ROOTS[root] / rest
        article = load_file(path, root=path.parent)[0]
        gold["_file"] = file.name
        out.append((gold, article))
    return out


def _find(body: str, anchor: str, start: int = 0) -> int:
    at = body.find(anchor, start)
    if at >= 0:
        return at
    # the body's whitespace is normalised: match the anchor the same way
    pattern = r"\s+".join(re.escape(w) for w in anchor.split())
    match = re.compile(pattern).search(body, start)
    return match.start() if match else -1


def gold_span(body: str, claim: dict) -> tuple[int, int] | None:
    a = _find(body, claim["starts"])
    if a < 0:
        return None
    b = _find(body, claim["ends"], a)
    if b < 0:
        return None
    return a, b + len(claim["ends"])


def form_key(text: str) -> str:
    honorific, core = split_name(text)
    return normalise(core)


def tokens(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text))


def token_f1(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    common = sum((ta & tb).values())
    if not common:
        return 0.0
    p, r = common / sum(tb.values()), common / sum(ta.values())
    return 2 * p * r / (p + r)


def _pr(tp: float, predicted: float, expected: float) -> dict:
    p = tp / predicted if predicted else 0.0
    r = tp / expected if expected else 0.0
    return {
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "predicted": predicted,
        "expected": expected,
    }


def _media_owner(text: str, entity_id: str, media: list[dict], table) -> dict | None:
    """The annotated outlet a channel or a programme belongs to (--media-channels)."""
    key = form_key(text)
    entry = table.entry(entity_id)
    parent = entry.parent if entry is not None else None
    for e in media:
        if parent and table.canonical(e["name"]) == parent:
            return e
        if any(key.startswith(form_key(f) + " ") for f in e.get("forms", [])):
            return e
    return None


def evaluate(pairs: list[tuple[dict, object]], analyses: list, table, media_channels: bool = False) -> dict:
    totals = Counter()
    ent = {t: Counter() for t in TYPES}
    content_f1: list[float] = []
    misses: list[str] = []
    for (gold, article), analysis in zip(pairs, analyses, strict=True):
        body = article.body
        name = gold["_file"]
        entities = gold.get("entity", [])
        by_name = {e["name"]: e for e in entities}
        form_owner: dict[str, dict] = {}
        for e in entities:
            for form in e.get("forms", []):
                form_owner.setdefault(form_key(form), e)
        # the system ids each annotated entity's mentions got
        ids_of: dict[str, Counter] = defaultdict(Counter)
        labels_of: dict[str, Counter] = defaultdict(Counter)
        found_ids: dict[str, Counter] = defaultdict(Counter)  # ids_of, with --media-channels' owners
        media = [e for e in entities if e.get("media")] if media_channels else []
        for mention in analysis.mentions:
            owner = form_owner.get(form_key(mention.text))
            if owner is not None:
                ids_of[owner["name"]][mention.entity_id] += 1
            elif media:
                owner = _media_owner(mention.text, mention.entity_id, media, table)
            if owner is not None:
                found_ids[owner["name"]][mention.entity_id] += 1
                labels_of[owner["name"]][mention.label] += 1
        # --- entities
        for e in entities:
            kind = e["type"]
            ent[kind]["expected"] += 1
            if found_ids.get(e["name"]):
                ent[kind]["found"] += 1
                if labels_of[e["name"]].most_common(1)[0][0] == kind:
                    ent[kind]["typed"] += 1
                elif len(misses) < 2000:
                    misses.append(f"{name}: {e['name']} typed {dict(labels_of[e['name']])}, annotated {kind}")
            elif len(misses) < 2000:
                misses.append(f"{name}: entity not found: {e['name']} ({kind}) {e.get('forms')}")
        for entity in analysis.entities:
            if entity.label not in TYPES:
                continue
            ent[entity.label]["predicted"] += 1
            owners = {form_owner[form_key(t)]["name"] for t in entity.aliases_seen if form_key(t) in form_owner}
            if not owners and media:
                owners = {o["name"] for t in entity.aliases_seen if (o := _media_owner(t, entity.id, media, table))}
            if any(by_name[o]["type"] == entity.label for o in owners):
                ent[entity.label]["correct"] += 1
            elif len(misses) < 2000:
                misses.append(
                    f"{name}: predicted {entity.label} {entity.id} {entity.aliases_seen} matches no annotated {entity.label}"
                )
        # --- merges (pairs of distinct spellings)
        spelled: dict[str, str] = {}  # spelling key -> system id (first mention)
        for mention in analysis.mentions:
            spelled.setdefault(form_key(mention.text), mention.entity_id)
        for e in entities:
            found = sorted({form_key(f) for f in e.get("forms", []) if form_key(f) in spelled})
            for i, a in enumerate(found):
                for b in found[i + 1 :]:
                    totals["merge_expected"] += 1
                    if spelled[a] == spelled[b]:
                        totals["merge_tp"] += 1
                    elif len(misses) < 2000:
                        misses.append(f"{name}: not merged: {a!r} -> {spelled[a]}, {b!r} -> {spelled[b]}")
        by_id: dict[str, set[str]] = defaultdict(set)
        for key, entity_id in spelled.items():
            if key in form_owner and form_owner[key]["type"] in TYPES:
                by_id[entity_id].add(key)
        for entity_id, keys in by_id.items():
            keys = sorted(keys)
            for i, a in enumerate(keys):
                for b in keys[i + 1 :]:
                    totals["merge_predicted"] += 1
                    if form_owner[a]["name"] == form_owner[b]["name"]:
                        totals["merge_correct"] += 1
                    elif len(misses) < 2000:
                        misses.append(f"{name}: wrongly merged into {entity_id}: {a!r}, {b!r}")
        # --- claims
        spans = []
        for claim in gold.get("claim", []):
            span = gold_span(body, claim)
            if span is None:
                totals["claims_outside_body"] += 1  # a headline claim: the body does not hold it
                continue
            spans.append((claim, span))
        totals["claims_expected"] += len(spans)
        totals["claims_predicted"] += len(analysis.claims)
        candidates = []
        for gi, (_claim, (ga, gb)) in enumerate(spans):
            for pi, predicted in enumerate(analysis.claims):
                overlap = min(gb, predicted.end) - max(ga, predicted.start)
                if overlap > 0:
                    candidates.append((overlap, gi, pi))
        candidates.sort(reverse=True)
        used_g, used_p = set(), set()
        matched = []
        for _overlap, gi, pi in candidates:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            matched.append((spans[gi], analysis.claims[pi]))
        totals["claims_tp"] += len(matched)
        for gi, (claim, (ga, gb)) in enumerate(spans):
            if gi not in used_g and len(misses) < 2000:
                misses.append(f"{name}: claim missed: [{claim.get('speaker_text')}] {body[ga:gb][:100]!r}")
        for pi, predicted in enumerate(analysis.claims):
            if pi not in used_p and len(misses) < 2000:
                misses.append(f"{name}: claim not annotated: [{predicted.speaker}] {predicted.content[:100]!r}")
        for (claim, (ga, gb)), predicted in matched:
            content_f1.append(token_f1(body[ga:gb], predicted.content))
            speaker = claim.get("speaker", "")
            if speaker:
                right_ids = set(ids_of.get(speaker, {}))
                entry = by_name.get(speaker)
                table_id = table.canonical(speaker)
                if table_id:
                    right_ids.add(table_id)
                if predicted.speaker_id and (predicted.speaker_id in right_ids):
                    verdict = "speaker_right"
                elif not predicted.speaker_id:
                    verdict = "speaker_unresolved"
                else:
                    verdict = "speaker_wrong"
                if verdict != "speaker_right" and len(misses) < 2000:
                    misses.append(
                        f"{name}: {verdict}: expected {speaker} ({claim.get('speaker_text')}), got "
                        f"{predicted.speaker} -> {predicted.speaker_id} {sorted(right_ids)} :: {predicted.content[:60]!r}"
                    )
                del entry
            else:
                # an unnamed speaker: unresolved is right; so is the organisation it speaks for
                # when the annotation names one ("a Labour spokesman": speaks_for = "Labour Party")
                speaks_for = claim.get("speaks_for", "")
                allowed = set(ids_of.get(speaks_for, {})) if speaks_for else set()
                if speaks_for and table.canonical(speaks_for):
                    allowed.add(table.canonical(speaks_for))
                right = not predicted.speaker_id or predicted.speaker_id in allowed
                verdict = "speaker_right" if right else "speaker_wrong"
                if verdict == "speaker_wrong" and len(misses) < 2000:
                    misses.append(
                        f"{name}: speaker_wrong: expected unnamed ({claim.get('speaker_text')}), got "
                        f"{predicted.speaker} -> {predicted.speaker_id} :: {predicted.content[:60]!r}"
                    )
            totals[verdict] += 1
            outlet = claim.get("outlet", "")
            if outlet:
                totals["outlet_expected"] += 1
                right = set(ids_of.get(outlet, {}))
                # the table's id of the name as annotated: by its key, or the one word it holds only
                # in an outlet's shape ("Five", the channel), which an outlet annotation is
                right |= {found for found in (table.canonical(outlet), table.outlet_word(outlet)) if found}
                if right & set(predicted.outlets):
                    totals["outlet_found"] += 1
                elif len(misses) < 2000:
                    misses.append(
                        f"{name}: outlet missed: {outlet} ({sorted(right)}), got {predicted.outlets} :: {predicted.content[:60]!r}"
                    )
            elif predicted.outlets:
                totals["outlet_extra"] += 1
                if len(misses) < 2000:
                    misses.append(f"{name}: outlet extra: got {predicted.outlets} :: {predicted.content[:60]!r}")
    matched = totals["claims_tp"]
    result = {
        "articles": len(pairs),
        "claims": _pr(totals["claims_tp"], totals["claims_predicted"], totals["claims_expected"]),
        "claims_outside_body": totals["claims_outside_body"],
        "speaker": {k: totals[f"speaker_{k}"] for k in ("right", "unresolved", "wrong")},
        "speaker_right_of_matched": totals["speaker_right"] / matched if matched else 0.0,
        "speaker_right_of_expected": totals["speaker_right"] / totals["claims_expected"]
        if totals["claims_expected"]
        else 0.0,
        "outlets": {
            "expected": totals["outlet_expected"],
            "found": totals["outlet_found"],
            "extra": totals["outlet_extra"],
        },
        "content_token_f1": sum(content_f1) / len(content_f1) if content_f1 else 0.0,
        "entities": {
            t: {
                "found": _pr(ent[t]["found"], ent[t]["expected"], ent[t]["expected"])["r"],
                "typed": _pr(ent[t]["typed"], ent[t]["expected"], ent[t]["expected"])["r"],
                "precision": ent[t]["correct"] / ent[t]["predicted"] if ent[t]["predicted"] else 0.0,
                "expected": ent[t]["expected"],
                "predicted": ent[t]["predicted"],
            }
            for t in TYPES
        },
        "merges": {
            "recall": totals["merge_tp"] / totals["merge_expected"] if totals["merge_expected"] else 0.0,
            "precision": totals["merge_correct"] / totals["merge_predicted"] if totals["merge_predicted"] else 0.0,
            "expected_pairs": totals["merge_expected"],
            "predicted_pairs": totals["merge_predicted"],
        },
        "misses": misses,
    }
    return result


def print_report(console: Console, label: str, result: dict) -> None:
    c = result["claims"]
    kind = "annotated blind; in-sample once tuned on" if label.startswith("fresh") else "development set: in-sample"
    table = Table(title=f"{label}: {result['articles']} articles ({kind})")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row(
        "claims P / R / F1",
        f"{c['p']:.2f} / {c['r']:.2f} / {100 * c['f1']:.1f}  ({c['tp']}/{c['predicted']} predicted, {c['expected']} annotated)",
    )
    s = result["speaker"]
    table.add_row("speaker of matched: right / unresolved / wrong", f"{s['right']} / {s['unresolved']} / {s['wrong']}")
    table.add_row("statements found with the right speaker", f"{100 * result['speaker_right_of_expected']:.0f} %")
    o = result["outlets"]
    table.add_row(
        "outlets found (of matched claims)",
        f"{o['found']} of {o['expected']}  ({o['extra']} claims with an outlet not annotated)",
    )
    table.add_row("content word overlap (token F1, matched)", f"{result['content_token_f1']:.2f}")
    for t, e in result["entities"].items():
        table.add_row(
            f"{t}: found / typed right / precision",
            f"{e['found']:.2f} / {e['typed']:.2f} / {e['precision']:.2f}  ({e['expected']} annotated, {e['predicted']} predicted)",
        )
    m = result["merges"]
    table.add_row(
        "alias merges P / R (pairs of spellings)",
        f"{m['precision']:.2f} / {m['recall']:.2f}  ({m['predicted_pairs']} / {m['expected_pairs']} pairs)",
    )
    console.print(table)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--rules", action="store_true", help="evaluate the rule-based fallback")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument(
        "--media-channels",
        action="store_true",
        help="count a channel or programme as a form of its annotated broadcaster (a proposed scorer fix)",
    )
    parser.add_argument("--set", dest="which", choices=tuple(SETS), default="dev", help="which folders (default: dev)")
    args = parser.parse_args()
    from belreader import nlp
    from belreader.nlp import backend as backend_mod

    if args.rules:
        backend_mod._backend = backend_mod.Backend(None, "rule-based fallback (forced by --rules)")
    files = args.files or [f for folder in SETS[args.which] for f in sorted((DEVSET / folder).glob("*.toml"))]
    pairs = load_set(files)
    analyses = nlp.analyze_many([article for _, article in pairs])
    table = load_table()
    groups: dict[str, list] = {}
    for file, pair, analysis in zip(files, pairs, analyses, strict=True):
        groups.setdefault(file.resolve().parent.name, []).append((pair, analysis))
    results = {}
    for label, rows in groups.items():
        if rows:
            results[label] = evaluate([p for p, _ in rows], [a for _, a in rows], table, args.media_channels)
    if args.json:
        print(
            json.dumps(
                {k: {kk: vv for kk, vv in v.items() if kk != "misses" or args.misses} for k, v in results.items()},
                indent=2,
            )
        )
        return 0
    console = Console()
    console.print(f"backend: {nlp.backend_status()}")
    for label, result in results.items():
        print_report(console, label, result)
        if args.misses:
            for line in result["misses"]:
                console.print(line, markup=False, highlight=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
