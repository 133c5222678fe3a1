"""Claims: who says what, found in the dependency parse of the sentences that can hold one.

Patterns (each has a test in tests/test_nlp_claims.py):
- a reporting verb with its subject as speaker ("Peskov declared, “...”", "said Peskov");
- a participle or infinitive inheriting its head's subject ("..., saying that ...");
- "according to X, ...";
- "X told OUTLET ..." (the outlet is recorded, not taken for the content);
- "OUTLET quoted Y as saying";
- an inserted attribution ("Russia, he said, may ...");
- a colon after the speaker's clause ("He added: “...”", "Putin praised him ...: “...”");
- he/she resolved to the last named speaker (else the last person mentioned);
- quotes that run over several sentences of the paragraph are followed to their end.
Without a model, `extract_rules` covers the commonest of these with regular expressions.
"""

from __future__ import annotations

from belreader.nlp.claims.parsed import (
    DOCUMENT_NOUNS,
    EPITHET_NOUNS,
    ArticleContext,
    Draft,
    continued_quotes,
    dashed_after_subject,
    dashed_participles,
    extract_parsed,
    extract_rules,
    interview_runs,
    is_candidate,
    late_authors,
    named_colon_quotes,
    occasion_outlets,
    outside_quotes,
    paragraph_continuations,
    quotes_after_claims,
    quotes_after_narration,
    quotes_after_subject,
    reported_continuations,
    reported_runs,
    resumed_quotes,
    split_sentences,
    to_claims,
    unresolved,
)

# the names the rest of belreader uses (pipeline.py through the package, so that a test can patch one)
__all__ = [
    "ArticleContext",
    "DOCUMENT_NOUNS",
    "Draft",
    "EPITHET_NOUNS",
    "continued_quotes",
    "dashed_after_subject",
    "dashed_participles",
    "extract_parsed",
    "extract_rules",
    "interview_runs",
    "is_candidate",
    "late_authors",
    "named_colon_quotes",
    "occasion_outlets",
    "outside_quotes",
    "paragraph_continuations",
    "quotes_after_claims",
    "quotes_after_narration",
    "quotes_after_subject",
    "reported_continuations",
    "reported_runs",
    "resumed_quotes",
    "split_sentences",
    "to_claims",
    "unresolved",
]
