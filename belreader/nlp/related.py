"""Related claims across articles, and alias suggestions for names the table does not know.

Similarity is the IDF-weighted overlap of a claim's content terms and the canonical
entities it involves (speaker included), normalised like a cosine. IDF is computed over
the claims of all analyses, so entities every article talks about (Belarus,
Lukashenka) weigh little and a shared "$1.5 billion loan" weighs a lot.
No model needed: the features come from the claim text and the stored mentions.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import Sequence

from rapidfuzz.distance import JaroWinkler
from unidecode import unidecode

from belreader.nlp.aliases import EntityTable, load_table
from belreader.nlp.entities import ascii_surname
from belreader.nlp.records import Analysis, Claim

STOPWORDS = frozenset(
    """a about above after again against all almost also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few for from further
    had has have having he her here hers herself him himself his how however i if in into is it its itself just
    least less like made make many may me might more most much must my myself no nor not now of off on once only
    or other our ours out over own same say said says she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up upon very was we were what when where
    which while who whom why will with would yet you your yours already still whether within without according
    one two also us it's is""".split()
)
_WORD = re.compile(r"[a-z0-9][a-z0-9.\-]*[a-z0-9]|[a-z0-9]")


def stem(word: str) -> str:
    """A light suffix stripper: enough to match loan/loans, refinance/refinancing."""
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return word


def claim_terms(claim: Claim) -> set[str]:
    text = unidecode(claim.content).lower().replace("$", " ")
    return {stem(w) for w in _WORD.findall(text) if w not in STOPWORDS and len(w) > 1}


def claim_features(claim: Claim, analysis: Analysis) -> set[str]:
    features = {f"t:{t}" for t in claim_terms(claim)}
    for mention in analysis.mentions:
        if claim.start <= mention.start < claim.end:
            features.add(f"e:{mention.entity_id}")
    if claim.speaker_id:
        features.add(f"e:{claim.speaker_id}")
    return features


class _Index:
    def __init__(self, analyses: Sequence[Analysis]) -> None:
        self.items: list[tuple[Claim, set[str]]] = []
        df: Counter = Counter()
        for analysis in analyses:
            for claim in analysis.claims:
                features = claim_features(claim, analysis)
                self.items.append((claim, features))
                df.update(features)
        n = max(len(self.items), 1)
        self.idf = {f: math.log((n + 1) / (count + 0.5)) for f, count in df.items()}
        self.by_id = {claim.id: (claim, features) for claim, features in self.items}

    def weight(self, features: set[str]) -> float:
        return math.sqrt(sum(self.idf.get(f, 0.0) ** 2 for f in features)) or 1.0


_INDEX_CACHE: dict[tuple, _Index] = {}


def _index_for(analyses: Sequence[Analysis]) -> _Index:
    key = tuple((a.article_id, a.content_hash, len(a.claims)) for a in analyses)
    index = _INDEX_CACHE.get(key)
    if index is None:
        _INDEX_CACHE.clear()
        index = _INDEX_CACHE[key] = _Index(analyses)
    return index


def related_claims(claim: Claim, analyses: Sequence[Analysis], limit: int = 5) -> list[tuple[Claim, float]]:
    """Claims in other articles most similar to `claim`, best first, with scores in (0, 1]."""
    index = _index_for(analyses)
    if claim.id in index.by_id:
        features = index.by_id[claim.id][1]
    else:
        owner = next((a for a in analyses if a.article_id == claim.article_id), None)
        features = claim_features(claim, owner) if owner else {f"t:{t}" for t in claim_terms(claim)}
    norm = index.weight(features)
    scored = []
    for other, other_features in index.items:
        if other.article_id == claim.article_id:
            continue
        shared = features & other_features
        if not shared:
            continue
        score = sum(index.idf.get(f, 0.0) ** 2 for f in shared) / (norm * index.weight(other_features))
        if score > 0:
            scored.append((other, round(score, 4)))
    scored.sort(key=lambda item: (-item[1], item[0].id))
    return scored[:limit]


def suggest_aliases(analyses: Sequence[Analysis], table: EntityTable | None = None) -> list[dict]:
    """Probable aliases among names the table does not know; suggestions only, never merged.

    Two people match when their surnames, transliterated to ascii, have a Jaro–Winkler
    similarity of at least 0.93: an unknown name is compared with the table's people and
    with the other unknown names.
    """
    table = table or load_table()
    known: dict[str, str] = {}  # ascii surname -> entity id
    for entry in table:
        if entry.label == "PERSON":
            for variant in (entry.name, *entry.aliases):
                known.setdefault(ascii_surname(variant), entry.id)
    unknown: dict[str, dict] = {}
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.label != "PERSON" or table.entry(entity.id) is not None:
                continue
            row = unknown.setdefault(entity.id, {"name": entity.name, "articles": set(), "count": 0})
            row["articles"].add(analysis.article_id)
            row["count"] += entity.count
    suggestions = []
    ids = sorted(unknown)
    for i, entity_id in enumerate(ids):
        surname = ascii_surname(unknown[entity_id]["name"])
        if len(surname) < 3:
            continue
        candidates = [(s, eid, "table") for s, eid in known.items()]
        candidates += [(ascii_surname(unknown[o]["name"]), o, "corpus") for o in ids[i + 1 :]]
        for other_surname, other_id, where in candidates:
            if other_id == entity_id or len(other_surname) < 3:
                continue
            score = JaroWinkler.similarity(surname, other_surname)
            if score >= 0.93:
                suggestions.append(
                    {
                        "name": unknown[entity_id]["name"],
                        "id": entity_id,
                        "probable_alias_of": other_id,
                        "in_table": where == "table",
                        "score": round(score, 3),
                        "articles": sorted(unknown[entity_id]["articles"]),
                    }
                )
    best: dict[tuple[str, str], dict] = {}
    for suggestion in suggestions:
        key = (suggestion["id"], suggestion["probable_alias_of"])
        if key not in best or suggestion["score"] > best[key]["score"]:
            best[key] = suggestion
    return sorted(best.values(), key=lambda s: (-s["score"], s["id"]))
