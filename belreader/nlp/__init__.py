"""The analysis layer: entities, aliases, claims, sources and related claims.

Importing this package is cheap: spaCy is imported and its model loaded on the first
analysis (or `backend_status()`), never at import time.
"""

from __future__ import annotations

from belreader.nlp.backend import get_backend
from belreader.nlp.identity import Decisions, corpus_links, entity_rows
from belreader.nlp.identity import suggest_merges as suggest_aliases
from belreader.nlp.pipeline import CACHE_VERSION, analyze, analyze_many
from belreader.nlp.records import Analysis, Claim, Entity, Mention, Source
from belreader.nlp.related import RelatedMatch, related_claims, related_matches
from belreader.nlp.sources import corpus_sources


def backend_status() -> str:
    """One line for the CLI/TUI: the verified model, or why the rule-based fallback runs."""
    return get_backend().status


__all__ = [
    "Analysis",
    "CACHE_VERSION",
    "Claim",
    "Decisions",
    "Entity",
    "Mention",
    "RelatedMatch",
    "Source",
    "analyze",
    "analyze_many",
    "backend_status",
    "corpus_links",
    "corpus_sources",
    "entity_rows",
    "related_claims",
    "related_matches",
    "suggest_aliases",
]
