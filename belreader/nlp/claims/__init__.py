"""Claims: who says what, found in the dependency parse of the sentences that can hold one.

Patterns (tests in tests/test_nlp_claims.py and the tests/test_nlp_claims_*.py files after it):
- a reporting verb with its subject as speaker ("Peskov declared, “...”", "said Peskov");
- a participle or infinitive inheriting its head's subject ("..., saying that ...");
- "according to X, ...";
- "X told OUTLET ..." (the outlet is recorded, not taken for the content);
- "OUTLET quoted Y as saying";
- an inserted attribution ("Russia, he said, may ...");
- an "as X said," aside naming its speaker, also inside another's quotation ('"..., but as Ann Bell
  noted, sales ...," said Tom Pell': Ann Bell's claim, the quotation Tom Pell's whole);
- a colon after the speaker's clause ("He added: “...”", "Putin praised him ...: “...”");
- he/she resolved by `ArticleContext.resolve_pronoun` (a speaker earlier in the sentence, an
  office subject, the subject of the sentence before, the last fitting speaker unless someone else
  became the topic, else the only fitting person nearby; None rather than a guess), then filled in
  or taken back by speakers.py's `resolve_pronouns` and `check_pronoun_speakers`;
- quotes that run over several sentences of the paragraph are followed to their end.
Without a model, `extract_rules` covers the commonest of these with regular expressions.
"""

from __future__ import annotations

# The modules, each importing only those above it in this list (pyproject.toml's import-linter
# contract keeps it so): vocabulary (word lists, patterns, lemmas); spans (Draft, its spans and
# quotes, sentences); context (ArticleContext); subjects (who speaks); content (what was said);
# shapes (the other sentence shapes); then, side by side, parsed (extract_parsed), rules
# (extract_rules), paragraphs (claims across sentences and paragraphs) and article (passes over
# the whole article, to_claims).
from belreader.nlp.claims.article import interview_runs, late_authors, occasion_outlets, to_claims
from belreader.nlp.claims.context import ArticleContext
from belreader.nlp.claims.paragraphs import (
    continued_quotes,
    dashed_after_subject,
    dashed_participles,
    interrupted_subjects,
    named_colon_quotes,
    outside_comments,
    outside_quotes,
    paragraph_continuations,
    quotes_after_claims,
    quotes_after_narration,
    quotes_after_subject,
    quotes_opened_before,
    reported_continuations,
    reported_runs,
    resumed_quotes,
    transcript_turns,
    unclosed_openings,
)
from belreader.nlp.claims.parsed import extract_parsed
from belreader.nlp.claims.rules import extract_rules
from belreader.nlp.claims.spans import Draft, dateline_end, split_sentences
from belreader.nlp.claims.subjects import EPITHET_NOUNS
from belreader.nlp.claims.vocabulary import DOCUMENT_NOUNS, is_candidate, unresolved

# the names the rest of belreader uses; pipeline.py calls them through the package
# (`claims_mod.extract_parsed`), so a test that patches the package's name patches the call
__all__ = [
    "ArticleContext",
    "DOCUMENT_NOUNS",
    "Draft",
    "EPITHET_NOUNS",
    "continued_quotes",
    "dashed_after_subject",
    "dashed_participles",
    "dateline_end",
    "extract_parsed",
    "extract_rules",
    "interrupted_subjects",
    "interview_runs",
    "is_candidate",
    "late_authors",
    "named_colon_quotes",
    "transcript_turns",
    "occasion_outlets",
    "outside_comments",
    "outside_quotes",
    "paragraph_continuations",
    "quotes_after_claims",
    "quotes_after_narration",
    "quotes_after_subject",
    "quotes_opened_before",
    "reported_continuations",
    "reported_runs",
    "resumed_quotes",
    "split_sentences",
    "to_claims",
    "unclosed_openings",
    "unresolved",
]
