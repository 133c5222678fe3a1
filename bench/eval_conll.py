"""Entities against a CoNLL-2003 file: micro P / R / F1 over PER, ORG and LOC, exact spans.

    .venv/bin/python bench/eval_conll.py PATH/TO/eng.testb [--rules] [--limit N] [--json]

The CoNLL-2003 English data (Reuters) is not redistributable and no package on the registries
this project uses ships it (see the README's analysis section), so nothing here downloads it:
pass the path of a copy you are licensed to use. Both the original IOB1 tags and IOB2 (B-/I-)
are read; MISC is left out on both sides, as are the analysis's other labels (NORP, EVENT...).

Each -DOCSTART- document becomes one article whose paragraphs are its sentences, tokens joined
by single spaces. A predicted PERSON / ORG / PLACE mention counts as PER / ORG / LOC; it is
right when it starts and ends on the gold entity's token boundaries with the same type.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from belreader.article import PARAGRAPH_SEPARATOR, Article, Paragraph  # noqa: E402

TYPES = ("PER", "ORG", "LOC")
LABELS = {"PERSON": "PER", "ORG": "ORG", "PLACE": "LOC"}

Span = tuple[int, int, str]  # first token, one past the last token, type


def spans_from_tags(tags: list[str]) -> list[Span]:
    """Entities of one sentence from IOB1 or IOB2 tags (an I- after O or another type opens one)."""
    spans: list[Span] = []
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        opens = prefix == "B" or (prefix == "I" and label != kind)
        if start is not None and (prefix == "O" or opens):
            spans.append((start, i, kind or ""))
            start, kind = None, None
        if opens:
            start, kind = i, label
    return spans


def read_conll(text: str) -> list[list[tuple[list[str], list[Span]]]]:
    """Documents, each a list of sentences (tokens, gold spans)."""
    docs: list[list[tuple[list[str], list[Span]]]] = [[]]
    tokens: list[str] = []
    tags: list[str] = []

    def close_sentence() -> None:
        if tokens:
            docs[-1].append((list(tokens), spans_from_tags(tags)))
            tokens.clear()
            tags.clear()

    for line in text.splitlines():
        parts = line.split()
        if not parts:
            close_sentence()
            continue
        if parts[0] == "-DOCSTART-":
            close_sentence()
            if docs[-1]:
                docs.append([])
            continue
        tokens.append(parts[0])
        tags.append(parts[-1])
    close_sentence()
    return [doc for doc in docs if doc]


def to_article(doc: list[tuple[list[str], list[Span]]], number: int) -> tuple[Article, list[list[int]]]:
    """The document as an Article (one paragraph per sentence) and each token's start offset."""
    blocks, starts, paragraphs, cursor = [], [], [], 0
    for index, (tokens, _) in enumerate(doc):
        offsets, at = [], cursor
        for token in tokens:
            offsets.append(at)
            at += len(token) + 1
        block = " ".join(tokens)
        paragraphs.append(Paragraph(index, cursor, cursor + len(block), "text"))
        blocks.append(block)
        starts.append(offsets)
        cursor += len(block) + len(PARAGRAPH_SEPARATOR)
    body = PARAGRAPH_SEPARATOR.join(blocks)
    article = Article(
        id=f"conll-{number}",
        path=Path(f"/conll/{number}.txt"),
        title=f"conll-{number}",
        body=body,
        paragraphs=paragraphs,
        content_hash=hashlib.sha256(body.encode("utf-8")).hexdigest(),
    )
    return article, starts


def predicted_spans(doc, starts: list[list[int]], mentions) -> set[tuple[int, int, int, str]]:
    """(sentence, first token, one past the last, type) of the mentions that fall on token bounds;
    a mention that does not is returned with token -1 (counted as predicted, never right)."""
    out = set()
    for mention in mentions:
        kind = LABELS.get(mention.label)
        if kind is None:
            continue
        for s, offsets in enumerate(starts):
            tokens = doc[s][0]
            ends = [o + len(t) for o, t in zip(offsets, tokens, strict=True)]
            if not offsets or not offsets[0] <= mention.start <= ends[-1]:
                continue
            first = offsets.index(mention.start) if mention.start in offsets else -1
            last = ends.index(mention.end) + 1 if mention.end in ends else -1
            if first < 0 or last <= first:
                out.add((s, -1, mention.start, kind))
            else:
                out.add((s, first, last, kind))
            break
    return out


def score(gold: set, predicted: set) -> dict:
    tp = len(gold & predicted)
    p = tp / len(predicted) if predicted else 0.0
    r = tp / len(gold) if gold else 0.0
    return {
        "p": p,
        "r": r,
        "f1": 2 * p * r / (p + r) if p + r else 0.0,
        "tp": tp,
        "gold": len(gold),
        "predicted": len(predicted),
    }


def evaluate(docs, analyses, starts_of) -> dict:
    gold_all: set = set()
    pred_all: set = set()
    for d, (doc, analysis, starts) in enumerate(zip(docs, analyses, starts_of, strict=True)):
        for s, (_tokens, spans) in enumerate(doc):
            gold_all |= {(d, s, a, b, kind) for a, b, kind in spans if kind in TYPES}
        pred_all |= {(d, *span) for span in predicted_spans(doc, starts, analysis.mentions)}
    result = {"micro": score(gold_all, pred_all)}
    for kind in TYPES:
        result[kind] = score({g for g in gold_all if g[-1] == kind}, {p for p in pred_all if p[-1] == kind})
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a CoNLL-2003 file (e.g. eng.testb), read in place")
    parser.add_argument("--rules", action="store_true", help="evaluate the rule-based fallback")
    parser.add_argument("--limit", type=int, default=0, help="only the first N documents")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from belreader import nlp
    from belreader.nlp import backend as backend_mod

    if args.rules:
        backend_mod._backend = backend_mod.Backend(None, "rule-based fallback (forced by --rules)")
    docs = read_conll(args.path.read_text(encoding="utf-8", errors="replace"))
    if args.limit:
        docs = docs[: args.limit]
    built = [to_article(doc, n) for n, doc in enumerate(docs)]
    analyses = nlp.analyze_many([article for article, _ in built])
    result = evaluate(docs, analyses, [starts for _, starts in built])
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"backend: {nlp.backend_status()}; {len(docs)} documents")
    for key, row in result.items():
        print(
            f"{key:6} P {row['p']:.3f}  R {row['r']:.3f}  F1 {100 * row['f1']:.1f}"
            f"  ({row['tp']} right, {row['predicted']} predicted, {row['gold']} gold)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
