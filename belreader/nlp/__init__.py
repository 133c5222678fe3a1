"""The analysis layer: entities, aliases, claims, sources and related claims.

Importing this package is cheap: spaCy is imported and its model loaded on the first
analysis (or `backend_status()`), never at import time; and the pipeline's own modules
(claims, entities, identity, related...) are imported when one of the names below is first
used, so a module that needs only `belreader.nlp.records` (the reader opening a fresh index)
does not load the pipeline.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from belreader.nlp.identity import Decisions, corpus_links, entity_rows
    from belreader.nlp.identity import suggest_merges as suggest_aliases
    from belreader.nlp.pipeline import analyze, analyze_many
    from belreader.nlp.records import CACHE_VERSION, Analysis, Claim, Entity, Mention, Source
    from belreader.nlp.related import RelatedMatch, related_claims, related_matches
    from belreader.nlp.sources import corpus_sources

# name -> (module, its name there)
_LAZY = {
    "get_backend": ("belreader.nlp.backend", "get_backend"),
    "Decisions": ("belreader.nlp.identity", "Decisions"),
    "corpus_links": ("belreader.nlp.identity", "corpus_links"),
    "entity_rows": ("belreader.nlp.identity", "entity_rows"),
    "suggest_aliases": ("belreader.nlp.identity", "suggest_merges"),
    "CACHE_VERSION": ("belreader.nlp.records", "CACHE_VERSION"),
    "analyze": ("belreader.nlp.pipeline", "analyze"),
    "analyze_many": ("belreader.nlp.pipeline", "analyze_many"),
    "Analysis": ("belreader.nlp.records", "Analysis"),
    "Claim": ("belreader.nlp.records", "Claim"),
    "Entity": ("belreader.nlp.records", "Entity"),
    "Mention": ("belreader.nlp.records", "Mention"),
    "Source": ("belreader.nlp.records", "Source"),
    "RelatedMatch": ("belreader.nlp.related", "RelatedMatch"),
    "related_claims": ("belreader.nlp.related", "related_claims"),
    "related_matches": ("belreader.nlp.related", "related_matches"),
    "corpus_sources": ("belreader.nlp.sources", "corpus_sources"),
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attribute = _LAZY[name]
    value = getattr(importlib.import_module(module), attribute)
    globals()[name] = value  # once: later uses are plain attribute reads
    return value


def backend_status() -> str:
    """One line for the CLI/TUI: the verified model, or why the rule-based fallback runs."""
    from belreader.nlp.backend import get_backend

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
