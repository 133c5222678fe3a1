"""Scores belreader on the hand-written wire/US-style file `wire_s36_data` (session 36, wire36),
or on another file of the same format (`score(cases=...)`: session 37's `wire_s37_data`).

`python tests/wire_s36_score.py [MODULE]` (default `wire_s36_data`) prints, per case, the expected and found claims, then the
figures: claims found (content overlaps), right speaker, content right (the expected words,
no dateline), outlets right, claims on `none` sentences, claims not expected.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wire_s36_data import CASES  # noqa: E402

from belreader.nlp.aliases import slugify  # noqa: E402

from nlp_util import make_article  # noqa: E402

_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+(?:, [A-Z][a-z.]+)?(?: \([A-Za-z ]+\))? ?[—–-] ")


def _strip(text: str) -> str:
    return text.strip().rstrip(".").strip("\"' ").rstrip(",.").strip()


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _speaker_right(expected: dict, claim) -> bool:
    want = expected["speaker"]
    got = claim.speaker_id
    if not want:
        alt = expected.get("speaks_for")
        return got is None or (alt is not None and got == slugify(alt))
    return got is not None and (got == slugify(want) or got.endswith("-" + slugify(want)) or slugify(want) in got)


def _outlet_right(expected: dict, claim) -> bool | None:
    want = expected.get("outlet")
    if want is None:
        return None
    if not want:
        return not claim.outlets
    return any(slugify(want) in o or o in slugify(want) for o in claim.outlets)


def score(verbose: bool = False, cases: list[dict] | None = None) -> dict:
    from belreader import nlp

    if cases is None:
        cases = CASES
    articles = [make_article("Wire\n\n" + case["text"], f"w{i + 1}") for i, case in enumerate(cases)]
    analyses = nlp.analyze_many(articles)
    totals = dict(
        expected=0, found=0, speaker=0, content=0, dateline=0, outlets=0, outlets_scored=0, spurious=0, none_hit=0
    )
    rows = []
    for i, (case, analysis) in enumerate(zip(cases, analyses, strict=True)):
        claims = list(analysis.claims)
        used = set()
        for exp in case["claims"]:
            totals["expected"] += 1
            want = _words(exp["content"])
            best, best_overlap = None, 0.0
            for j, c in enumerate(claims):
                overlap = len(want & _words(c.content)) / max(1, len(want))
                if overlap > best_overlap and j not in used:
                    best, best_overlap = j, overlap
            if best is None or best_overlap < 0.5:
                rows.append(f"w{i + 1} MISS  {exp['who']!r}: {exp['content']!r}")
                continue
            used.add(best)
            c = claims[best]
            totals["found"] += 1
            sp = _speaker_right(exp, c)
            ct = _strip(c.content) == _strip(exp["content"])
            dl = bool(_DATELINE.match(c.content))
            out = _outlet_right(exp, c)
            totals["speaker"] += sp
            totals["content"] += ct
            totals["dateline"] += dl
            if out is not None:
                totals["outlets_scored"] += 1
                totals["outlets"] += out
            flag = "ok   " if sp and ct and out in (None, True) else "WRONG"
            rows.append(
                f"w{i + 1} {flag} speaker {c.speaker!r}/{c.speaker_id} (want {exp['speaker'] or exp.get('speaks_for') or '-'})"
                f" {'' if ct else 'CONTENT ' + repr(c.content)} {'' if out in (None, True) else 'OUTLETS ' + str(c.outlets)}"
            )
        for j, c in enumerate(claims):
            if j in used:
                continue
            sentence = articles[i].body[c.sentence_start : c.sentence_end]
            if any(words in sentence for words in case.get("none", [])):
                totals["none_hit"] += 1
            totals["spurious"] += 1
            rows.append(f"w{i + 1} EXTRA {c.speaker!r}/{c.speaker_id}: {c.content!r}")
    if verbose:
        print("\n".join(rows))
        print(totals)
    return totals


if __name__ == "__main__":
    module = sys.argv[1] if len(sys.argv) > 1 else "wire_s36_data"
    score(verbose=True, cases=importlib.import_module(module).CASES)
