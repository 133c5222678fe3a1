"""Entity, claim and source precision/recall on the seeds against bench/nlp_expected.toml.

    .venv/bin/python bench/eval_nlp.py [--rules] [--json] [--misses]

--rules evaluates the rule-based fallback instead of the spaCy pipeline.
A predicted claim matches an expected one when the speakers agree (canonical id, or a
word of the speaker phrase for unnamed speakers) and the content contains the expected
fragment; each expected claim is matched at most once.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from belreader.corpus import load_corpus  # noqa: E402
from belreader.nlp.records import Analysis, Claim  # noqa: E402

HERE = Path(__file__).resolve().parent
EXPECTED = HERE / "nlp_expected.toml"
SEEDS = HERE.parent / "data" / "articles"
NAMED = {"PERSON", "ORG", "PLACE", "EVENT"}


def load_expected(path: Path = EXPECTED) -> dict[str, dict]:
    with path.open("rb") as handle:
        return {a["id"]: a for a in tomllib.load(handle)["article"]}


def claim_matches(claim: Claim, expected: dict) -> bool:
    if expected["contains"] not in claim.content:
        return False
    if expected.get("speaker"):
        return claim.speaker_id == expected["speaker"]
    return expected.get("speaker_text", "").lower() in claim.speaker.lower()


def match_claims(claims: list[Claim], expected: list[dict]) -> list[tuple[dict, Claim | None]]:
    used: set[str] = set()
    pairs = []
    for exp in expected:
        found = next((c for c in claims if c.id not in used and claim_matches(c, exp)), None)
        if found is not None:
            used.add(found.id)
        pairs.append((exp, found))
    return pairs


def _pr(tp: int, predicted: int, expected: int) -> tuple[float, float, float]:
    p = tp / predicted if predicted else 1.0
    r = tp / expected if expected else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate(analyses: list[Analysis], expected: dict[str, dict]) -> dict:
    rows = []
    totals = {k: [0, 0, 0] for k in ("entities", "claims", "sources")}
    outlet_ok = outlet_n = negation_ok = negation_n = 0
    misses = []
    for analysis in analyses:
        exp = expected.get(analysis.article_id)
        if exp is None:
            continue
        predicted_entities = {e.id for e in analysis.entities if e.label in NAMED}
        expected_entities = set(exp["entities"])
        ent_tp = len(predicted_entities & expected_entities)
        pairs = match_claims(analysis.claims, exp.get("claims", []))
        claim_tp = sum(1 for _, c in pairs if c is not None)
        predicted_sources = {s.id for s in analysis.sources}
        expected_sources = set(exp.get("sources", []))
        src_tp = len(predicted_sources & expected_sources)
        for exp_claim, claim in pairs:
            if claim is None:
                misses.append(
                    (
                        analysis.article_id,
                        "missed claim",
                        f"{exp_claim.get('speaker') or exp_claim.get('speaker_text')}: {exp_claim['contains']}",
                    )
                )
                continue
            if "outlets" in exp_claim or claim.outlets:
                outlet_n += 1
                outlet_ok += set(exp_claim.get("outlets", [])) == set(claim.outlets)
            negation_n += 1
            negation_ok += bool(exp_claim.get("negated", False)) == claim.negated
        matched = {c.id for _, c in pairs if c is not None}
        for claim in analysis.claims:
            if claim.id not in matched:
                misses.append((analysis.article_id, "extra claim", f"{claim.speaker}: {claim.content[:70]}"))
        for entity_id in sorted(expected_entities - predicted_entities):
            misses.append((analysis.article_id, "missed entity", entity_id))
        for entity_id in sorted(predicted_entities - expected_entities):
            misses.append((analysis.article_id, "extra entity", entity_id))
        for name, tp, n_pred, n_exp in (
            ("entities", ent_tp, len(predicted_entities), len(expected_entities)),
            ("claims", claim_tp, len(analysis.claims), len(pairs)),
            ("sources", src_tp, len(predicted_sources), len(expected_sources)),
        ):
            totals[name][0] += tp
            totals[name][1] += n_pred
            totals[name][2] += n_exp
            rows.append(
                {
                    "article": analysis.article_id,
                    "kind": name,
                    "tp": tp,
                    "predicted": n_pred,
                    "expected": n_exp,
                    **dict(zip(("precision", "recall", "f1"), _pr(tp, n_pred, n_exp), strict=True)),
                }
            )
    summary = {
        name: {
            "tp": tp,
            "predicted": n_pred,
            "expected": n_exp,
            **dict(zip(("precision", "recall", "f1"), _pr(tp, n_pred, n_exp), strict=True)),
        }
        for name, (tp, n_pred, n_exp) in totals.items()
    }
    summary["claim_outlets_exact"] = outlet_ok / outlet_n if outlet_n else 1.0
    summary["claim_negation_accuracy"] = negation_ok / negation_n if negation_n else 1.0
    return {"rows": rows, "summary": summary, "misses": misses}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rules", action="store_true", help="evaluate the rule-based fallback")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list missed and extra items")
    args = parser.parse_args()

    from belreader import nlp
    from belreader.nlp import backend as backend_mod

    if args.rules:

        def no_model():
            raise OSError("disabled by --rules")

        backend_mod._load_model = no_model
    articles = load_corpus(SEEDS).articles
    analyses = nlp.analyze_many(articles)
    result = evaluate(analyses, load_expected())
    if args.json:
        print(json.dumps(result, indent=2))
        return
    console = Console()
    console.print(f"backend: {nlp.backend_status()}")
    table = Table(title="belreader NLP evaluation on the seeds (bench/nlp_expected.toml)")
    for column in ("article", "kind", "tp", "predicted", "expected", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column in ("article", "kind") else "right")
    for row in result["rows"]:
        table.add_row(
            row["article"][:3],
            row["kind"],
            str(row["tp"]),
            str(row["predicted"]),
            str(row["expected"]),
            f"{row['precision']:.2f}",
            f"{row['recall']:.2f}",
            f"{row['f1']:.2f}",
        )
    table.add_section()
    for name in ("entities", "claims", "sources"):
        s = result["summary"][name]
        table.add_row(
            "all",
            name,
            str(s["tp"]),
            str(s["predicted"]),
            str(s["expected"]),
            f"{s['precision']:.2f}",
            f"{s['recall']:.2f}",
            f"{s['f1']:.2f}",
            style="bold",
        )
    console.print(table)
    console.print(
        f"matched claims with exactly the expected outlets: {result['summary']['claim_outlets_exact']:.2f}; "
        f"negation flag correct: {result['summary']['claim_negation_accuracy']:.2f}"
    )
    if args.misses:
        for article_id, what, detail in result["misses"]:
            console.print(f"{article_id[:3]}  {what:14} {detail}", highlight=False, markup=False)


if __name__ == "__main__":
    main()
