"""Queries -> ranked, highlighted hits, over whichever backend holds the index.

The public face of search. A query's text is parsed once, into a `Query` (belreader's own query
tree, alias-expanded: see language.py); the CLI, the reader and `export --query` pass that
object on, so one search is one parse and one evaluation, and what is highlighted in an article
is what the search matched. The engine is reached only through the backend protocol
(protocol.py); the Whoosh backend is `search/whoosh/`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from belreader.search import language
from belreader.search.language import (
    DEFAULT_FIELDS,
    KEYWORD_FIELDS,
    MAX_QUERY_CHARS,
    MAX_SLOP,
    MAX_TERMS,
    USER_FIELDS,
    QueryError,
    check_query,
    straight_quotes,
)
from belreader.search.protocol import Hit, QueryMatch, SearchCancelled, SearchResults, Snippet
from belreader.search.snippets import SNIPPET_CHARS, make_snippets
from belreader.search.vocabulary import corrected

if TYPE_CHECKING:
    from belreader.index import CorpusIndex

__all__ = [
    "DEFAULT_FIELDS",
    "KEYWORD_FIELDS",
    "MAX_QUERY_CHARS",
    "MAX_SLOP",
    "MAX_TERMS",
    "SNIPPET_CHARS",
    "USER_FIELDS",
    "Hit",
    "Query",
    "QueryError",
    "QueryMatch",
    "SearchCancelled",
    "SearchResults",
    "Snippet",
    "add_snippets",
    "as_query",
    "check_query",
    "make_snippets",
    "matching_paragraphs",
    "query_match",
    "search",
    "straight_quotes",
    "suggestion",
    "term_spans",
]


@dataclass(frozen=True, slots=True)
class Query:
    """A query parsed once: the user's text and its tree."""

    text: str
    tree: language.Node

    @classmethod
    def parse(cls, text: str, table=None) -> Query:
        """Raises QueryError (one sentence naming the query and the problem)."""
        return cls(text, language.parse(text, table))


def as_query(query: str | Query) -> Query:
    return query if isinstance(query, Query) else Query.parse(query)


def search(
    index: CorpusIndex,
    query: str | Query,
    *,
    page: int = 1,
    pagelen: int = 10,
    snippets: int = 3,
    facets: bool = True,
    kind: str = "article",
    suggest: bool = True,
    cancelled: Callable[[], bool] | None = None,
) -> SearchResults:
    """Run `query` against the index. Raises QueryError for a malformed query or one over the
    limits (see language.MAX_*), and SearchCancelled once `cancelled()` (checked between the
    stages and inside the long ones) is true: the reader gives up an abandoned query that way.

    Ranking, the exact total and the publisher counts come from one evaluation of the query.
    With `suggest=False` a query without hits gets no did-you-mean (that costs more than the
    search; the reader asks `suggestion()` only once the typing pauses)."""
    query = as_query(query)
    page = max(1, page)
    check = _canceller(cancelled)
    backend = index.backend()
    with backend.reader() as reader:
        tree, notes = language.resolve_names(query.tree, reader.values)
        prepared = reader.prepare(tree, query.text, cancelled)
        check()
        start = (page - 1) * pagelen
        ranked = reader.run(
            prepared,
            kind=kind,
            start=start,
            count=pagelen,
            facets=("publisher",) if facets and kind == "article" else (),
            collapse=kind == "article",
            cancelled=cancelled,
        )
        match = reader.match(prepared)
        words = match.highlight_words() if snippets and ranked.docs else set()
        hits = []
        for at, (doc, score) in enumerate(ranked.docs):
            rank = start + 1 + at
            check()
            stored = reader.stored(doc)
            body = stored.get("body") or ""
            hits.append(
                Hit(
                    id=stored["id"],
                    title=stored.get("title", ""),
                    path=stored.get("path", ""),
                    publisher=stored.get("publisher") or None,
                    author=stored.get("author") or None,
                    date=stored.get("date") or None,
                    score=score,
                    rank=rank,
                    snippets=make_snippets(body, backend.spans(body, words), snippets) if snippets else [],
                    n_claims=stored.get("n_claims") or 0,
                    also_in=[reader.stored(copy)["id"] for copy in ranked.copies.get(at, [])],
                )
            )
        suggested = _did_you_mean(index, reader, query.text) if ranked.total == 0 and suggest else None
    return SearchResults(
        query=query.text,
        total=ranked.total,
        page=page,
        pagelen=pagelen,
        hits=hits,
        facets=ranked.facets,
        suggestion=suggested,
        notes=notes,
        match=match,
        parsed=query,
    )


def add_snippets(index: CorpusIndex, results: SearchResults, top: int = 3) -> SearchResults:
    """`results` with up to `top` snippets per hit, from the match the search found (the query
    is not parsed or run again). A hit whose article left the index in between keeps none."""
    words = results.match.highlight_words() if results.match is not None else set()
    backend = index.backend()
    hits = []
    with backend.reader() as reader:
        for hit in results.hits:
            stored = reader.document(hit.id) or {}
            body = stored.get("body") or ""
            hits.append(replace(hit, snippets=make_snippets(body, backend.spans(body, words), top)))
    return replace(results, hits=hits)


def _canceller(cancelled):
    """A function that raises SearchCancelled when `cancelled()` is true (never for None)."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise SearchCancelled()

    return check


def suggestion(index: CorpusIndex, query: str | Query) -> str | None:
    """A did-you-mean for `query` on its own: the query with each word the index does not know
    replaced by the closest word form it has seen, if that finds something."""
    query = as_query(query)
    with index.backend().reader() as reader:
        return _did_you_mean(index, reader, query.text)


def _did_you_mean(index: CorpusIndex, reader, text: str) -> str | None:
    fixed = corrected(text, index.vocabulary(), reader.known)
    if fixed is None:
        return None
    try:
        prepared = reader.prepare(language.parse(fixed), fixed)
    except QueryError:
        return None
    return fixed if reader.run(prepared, count=0).total else None


def query_match(index: CorpusIndex, query: str | Query) -> QueryMatch:
    """The parts of `query` to look for in an article's text and analysis."""
    query = as_query(query)
    with index.backend().reader() as reader:
        tree, _notes = language.resolve_names(query.tree, reader.values)
        return reader.match(reader.prepare(tree, query.text))


def matching_paragraphs(index: CorpusIndex, query: str | Query | QueryMatch, article, analysis=None) -> list[int]:
    """Indexes of `article`'s paragraphs that hold something the query looks for: a word, a whole
    phrase, or (given the article's analysis) a mention, speaker or cited source it names."""
    match = query if isinstance(query, QueryMatch) else query_match(index, query)
    backend = index.backend()
    hits: set[int] = set()
    for paragraph in article.paragraphs:
        tokens = backend.tokens(article.paragraph_text(paragraph))
        if match.words & set(tokens) or any(_has_phrase(tokens, w, s) for w, s in match.phrases):
            hits.add(paragraph.index)
    if analysis is not None:
        hits.update(m.paragraph for m in analysis.mentions if m.entity_id in match.entities)
        hits.update(c.paragraph for c in analysis.claims if c.speaker_id in match.speakers)
        hits.update(c.paragraph for c in analysis.claims if set(c.outlets) & match.sources)
    return sorted(hits)


def term_spans(index: CorpusIndex, query: str | Query | QueryMatch, body: str) -> list[tuple[int, int]]:
    """Character spans in `body` of the words the query matches (highlighting in the article view)."""
    match = query if isinstance(query, QueryMatch) else query_match(index, query)
    return index.backend().spans(body, match.highlight_words())


def _has_phrase(tokens: list[str], words: list[str], slop: int) -> bool:
    """`words` in order in `tokens`, each within `slop` positions of the previous one."""
    for start, token in enumerate(tokens):
        if token != words[0]:
            continue
        position, found = start, True
        for word in words[1:]:
            window = tokens[position + 1 : position + 1 + slop]
            if word not in window:
                found = False
                break
            position = position + 1 + window.index(word)
        if found:
            return True
    return False
