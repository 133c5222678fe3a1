"""Score belreader's entities on a hand-annotated wire file: tests/ent_s37_data.py (session 37,
text not in BBC house style) or another module of the same format (--data ent_s38_data, the
blind file of session 38).

    PYTHONPATH=$PWD .venv/bin/python tests/ent_s37_score.py [--data MODULE] [--errors] [--json]

Exact spans, per type P / R / F1 and micro over PERSON / ORG / PLACE, counted twice: by the
data's GUIDE.md types and by CoNLL-2003's (a national side in sport is LOC there). A predicted span
is compared after a title or honorific at its front is taken off ("Mr. Pell" -> "Pell", the
data's convention; the scorer's own short list, not belreader's). Alias merges: over the pairs of
distinct gold forms of one document whose mentions were both found (span right, any type), a pair
is predicted merged when a mention of each shares an entity id; gold merged when both forms are
one annotated entity.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from nlp_util import make_article  # noqa: E402

TYPES = ("PERSON", "ORG", "PLACE")
CONLL = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}
# words the data's convention leaves out of a span when they stand at its front
_FRONT = re.compile(
    r"^(?:(?:the|The|THE|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Prof\.?|Sen\.?|Rep\.?|Gov\.?|Lt\.|Gen\.?|Col\.?|"
    r"President|Senator|Sir)\s+)+"
)


def article_of(doc: dict):
    text = doc["text"]
    if doc["style"] == "conll":
        text = "\n\n".join(line for line in text.splitlines() if line.strip())
    return make_article(text, article_id=doc["id"])


def gold_mentions(body: str, doc: dict) -> list[tuple[int, int, str, str, str, str]]:
    """(start, end, type, conll type, entity name, form) of every occurrence of every form."""
    forms = []
    for entity in doc["entities"]:
        name, kind, spellings = entity[0], entity[1], entity[2]
        conll = entity[3] if len(entity) > 3 else CONLL[kind]
        forms += [(form, kind, conll, name) for form in spellings]
    forms.sort(key=lambda f: -len(f[0]))
    taken = [False] * len(body)
    out = []
    for form, kind, conll, name in forms:
        for m in re.finditer(rf"(?<![\w.]){re.escape(form)}(?![\w])", body):
            if any(taken[m.start() : m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            out.append((m.start(), m.end(), kind, conll, name, form))
    return sorted(out)


def trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    m = _FRONT.match(body[start:end])
    if m and m.end() < end - start:
        start += m.end()
    return start, end


def _prf(tp: int, predicted: int, gold: int) -> dict:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "pred": predicted, "gold": gold}


def documents(data: str = "ent_s37_data") -> list[dict]:
    """The DOCS of a data module in tests/ (by its name)."""
    return importlib.import_module(data).DOCS


def evaluate(analyses: list | None = None, data: str = "ent_s37_data") -> dict:
    from belreader.nlp import analyze

    docs = documents(data)
    articles = [article_of(doc) for doc in docs]
    if analyses is None:
        analyses = [analyze(article) for article in articles]
    gold_all, gold_conll, pred_all, pred_conll = set(), set(), set(), set()
    merge_gold, merge_pred, merge_tp = 0, 0, 0
    errors: list[str] = []
    for doc, article, analysis in zip(docs, articles, analyses, strict=True):
        body = article.body
        gold = gold_mentions(body, doc)
        for start, end, kind, conll, _name, _form in gold:
            gold_all.add((doc["id"], start, end, kind))
            gold_conll.add((doc["id"], start, end, conll))
        ids_at: dict[tuple[int, int], set[str]] = {}
        for mention in analysis.mentions:
            if mention.label not in TYPES:
                continue
            start, end = trimmed(body, mention.start, mention.end)
            pred_all.add((doc["id"], start, end, mention.label))
            pred_conll.add((doc["id"], start, end, CONLL[mention.label]))
            ids_at.setdefault((start, end), set()).add(mention.entity_id)
        # errors
        gold_spans = {(s, e): k for s, e, k, *_ in gold}
        for s, e, k, *_ in gold:
            got = [lab for (d, ps, pe, lab) in pred_all if d == doc["id"] and (ps, pe) == (s, e)]
            if k not in got:
                errors.append(f"{doc['id']} MISS {k:6} {body[s:e]!r}" + (f" (typed {got[0]})" if got else ""))
        for d, ps, pe, lab in sorted(pred_all):
            if d == doc["id"] and (ps, pe) not in gold_spans:
                errors.append(f"{doc['id']} FP   {lab:6} {body[ps:pe]!r}")
        # merges over distinct forms found
        found: dict[str, tuple[str, set[str]]] = {}
        for s, e, _k, _c, name, form in gold:
            if (s, e) in ids_at:
                held = found.setdefault(form, (name, set()))
                held[1].update(ids_at[(s, e)])
        for (fa, (na, ia)), (fb, (nb, ib)) in combinations(sorted(found.items()), 2):
            same, merged = na == nb, bool(ia & ib)
            merge_gold += same
            merge_pred += merged
            merge_tp += same and merged
            if same != merged:
                errors.append(f"{doc['id']} {'SPLIT' if same else 'MERGE'} {fa!r} / {fb!r}")
    result = {"micro": _prf(len(gold_all & pred_all), len(pred_all), len(gold_all))}
    for kind in TYPES:
        g = {x for x in gold_all if x[-1] == kind}
        p = {x for x in pred_all if x[-1] == kind}
        result[kind] = _prf(len(g & p), len(p), len(g))
    result["conll_micro"] = _prf(len(gold_conll & pred_conll), len(pred_conll), len(gold_conll))
    result["merges"] = _prf(merge_tp, merge_pred, merge_gold)
    result["errors"] = errors
    return result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="ent_s37_data", help="the data module in tests/")
    parser.add_argument("--errors", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = evaluate(data=args.data)
    if args.json:
        print(json.dumps(result, indent=1))
        return 0
    for key in ("micro", *TYPES, "conll_micro", "merges"):
        row = result[key]
        print(
            f"{key:12} P {row['p']:.3f} R {row['r']:.3f} F1 {100 * row['f1']:.1f}"
            f"  ({row['tp']} right, {row['pred']} predicted, {row['gold']} gold)"
        )
    if args.errors:
        print("\n".join(result["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
