"""Queries -> ranked, highlighted hits, over whichever backend holds the index.

The public face of search. A query's text is parsed once, into a `Query` (belreader's own query
tree, alias-expanded: see language.py); the CLI, the reader and `export --query` pass that
object on, so one search is one parse and one evaluation, and what is highlighted in an article
is what the search matched. The engine is reached only through the backend protocol
(protocol.py); the Whoosh backend is `search/whoosh/`.

What a query matched inside an article comes as hits (`hit_spans`): a word, a phrase or a
proximity match as one unit (only where the whole phrase is, never its words alone), and,
given the article's analysis, each mention of an entity:/source: it names and each claim of a
speaker:/source:. Snippets, highlights and the reader's n/N all take them from here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

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

Span = tuple[int, int]
HitSpans = tuple[Span, ...]  # one hit in an article: a word, a phrase, a proximity match, a mention, a claim

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
    "HitSpans",
    "check_query",
    "field_values",
    "hit_spans",
    "make_snippets",
    "matching_paragraphs",
    "query_match",
    "search",
    "has_fields",
    "straight_quotes",
    "MORE_FOUND",
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
        tree, ambiguous = language.resolve_names(query.tree, reader.values)
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
                    snippets=make_snippets(body, _flat(_units(backend, match, body)), snippets) if snippets else [],
                    n_claims=stored.get("n_claims") or 0,
                    also_in=[reader.stored(copy)["id"] for copy in ranked.copies.get(at, [])],
                )
            )
        suggested = _did_you_mean(index, reader, query.text, ranked.total) if suggest else None
    return SearchResults(
        query=query.text,
        total=ranked.total,
        page=page,
        pagelen=pagelen,
        hits=hits,
        facets=ranked.facets,
        suggestion=suggested,
        ambiguous=ambiguous,
        match=match,
        parsed=query,
    )


def add_snippets(
    index: CorpusIndex,
    results: SearchResults,
    top: int = 3,
    analysis_of: Callable[[str], Any] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SearchResults:
    """`results` with up to `top` snippets per hit, from the match the search found (the query
    is not parsed or run again). A hit whose article left the index in between keeps none.
    When the query names entities, speakers or sources and `analysis_of(article_id)` gives
    the article's analysis, the snippets show the mentions and claims that matched."""
    match = results.match if results.match is not None else QueryMatch()
    if not has_fields(match):
        analysis_of = None
    check = _canceller(cancelled)
    backend = index.backend()
    hits = []
    with backend.reader() as reader:
        for hit in results.hits:
            check()
            stored = reader.document(hit.id) or {}
            body = stored.get("body") or ""
            analysis = analysis_of(hit.id) if analysis_of is not None and body else None
            if analysis is not None and analysis.content_hash != stored.get("content_hash"):
                analysis = None  # the file changed since it was indexed: its offsets are not the body's
            spans = _flat(_units(backend, match, body, analysis))
            hits.append(replace(hit, snippets=make_snippets(body, spans, top)))
    return replace(results, hits=hits)


def has_fields(match: QueryMatch) -> bool:
    """Whether the query looks for entities, speakers or sources (found through the analysis)."""
    return bool(match.entities or match.speakers or match.sources)


def _canceller(cancelled):
    """A function that raises SearchCancelled when `cancelled()` is true (never for None)."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise SearchCancelled()

    return check


# A query with hits is offered a correction only when the correction finds this many times as
# many articles: "goverment" finds the one article about a governess, "government" hundreds.
MORE_FOUND = 5


def suggestion(index: CorpusIndex, query: str | Query) -> str | None:
    """A did-you-mean for `query` on its own: the query with each word the corpus never wrote
    replaced by the closest word form it has, if that finds something the query does not."""
    query = as_query(query)
    with index.backend().reader() as reader:
        fixed = corrected(query.text, index.vocabulary(), reader.known)
        if fixed is None:
            return None  # every word is one the corpus has: nothing to count
        tree, _notes = language.resolve_names(query.tree, reader.values)
        total = reader.run(reader.prepare(tree, query.text), count=0, collapse=True).total
        return _did_you_mean(index, reader, query.text, total, fixed)


def _did_you_mean(index: CorpusIndex, reader, text: str, total: int, fixed: str | None = None) -> str | None:
    """`text` corrected if the correction finds something when `text` finds nothing (`total`),
    or at least `MORE_FOUND` times as many articles when it finds some."""
    fixed = fixed or corrected(text, index.vocabulary(), reader.known)
    if fixed is None:
        return None
    try:
        prepared = reader.prepare(language.parse(fixed), fixed)
    except QueryError:
        return None
    found = reader.run(prepared, count=0, collapse=True).total
    return fixed if found and found >= MORE_FOUND * total else None


def field_values(index: CorpusIndex, fieldname: str) -> list[str]:
    """Every value a keyword field holds in the index (`entity`: the ids of the entities some
    article mentions)."""
    with index.backend().reader() as reader:
        return reader.values(fieldname)


def value_articles(index: CorpusIndex, fieldname: str, values: Iterable[str]) -> dict[str, tuple[int, str | None]]:
    """For each value of a keyword field (an entity, speaker or source id): how many articles
    hold it, duplicates counted once as search counts them, and the id of one of them."""
    found: dict[str, tuple[int, str | None]] = {}
    with index.backend().reader() as reader:
        for value in values:
            ranked = reader.run(reader.prepare(language.Keyword(value, fieldname), value), count=1, collapse=True)
            first = reader.stored(ranked.docs[0][0])["id"] if ranked.docs else None
            found[value] = (ranked.total, first)
    return found


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
    """Character spans in `body` of what the query matches: its words, and its phrases where the
    whole phrase is (a phrase's words alone are not marked). One list, in text order."""
    return _flat(hit_spans(index, query, body))


def hit_spans(index: CorpusIndex, query: str | Query | QueryMatch, body: str, analysis=None) -> list[HitSpans]:
    """What the query matches in `body`, one tuple of character spans per hit, in text order:
    a word; an exact phrase as one span from its first word to its last; the words of a
    proximity match ("a b"~5) together; and with the article's `analysis`, each mention of an
    entity the query names (entity:, source:) and the sentence of each claim of a speaker or
    source it names (speaker:, source:)."""
    match = query if isinstance(query, QueryMatch) else query_match(index, query)
    return _units(index.backend(), match, body, analysis)


def _units(backend, match: QueryMatch, body: str, analysis=None) -> list[HitSpans]:
    units: list[HitSpans] = []
    for words, slop in match.phrases:
        units.extend(_phrase_hits(backend, words, slop, body))
    units.sort()
    inside = _Covered([(unit[0][0], unit[-1][1]) for unit in units])
    units.extend((span,) for span in backend.spans(body, match.words) if not inside(span))
    if analysis is not None and has_fields(match):
        units.extend(_field_hits(match, analysis, len(body)))
    return sorted(set(units))


def _flat(units: list[HitSpans]) -> list[Span]:
    return sorted({span for unit in units for span in unit})


class _Covered:
    """Whether a span lies inside one of some sorted, non-overlapping spans."""

    def __init__(self, spans: list[Span]) -> None:
        self.starts = [a for a, _b in spans]
        self.spans = spans

    def __call__(self, span: Span) -> bool:
        import bisect

        at = bisect.bisect_right(self.starts, span[0]) - 1
        return at >= 0 and span[1] <= self.spans[at][1]


def _phrase_hits(backend, words: list[str], slop: int, body: str) -> list[HitSpans]:
    """Where `words` occur in order in `body`, each within `slop` index terms of the one before
    (as the index counts positions: stop words left out). Matches do not overlap."""
    if not words:
        return []
    reach = len(words) + (len(words) - 1) * (slop - 1)  # the most index terms one match spans
    out: list[HitSpans] = []
    after = 0
    for start, _end in backend.spans(body, {words[0]}):
        if start < after:
            continue
        tokens, spans = _terms_from(backend, body, start, reach)
        if not tokens or tokens[0] != words[0]:
            continue
        chosen, position = [0], 0
        for word in words[1:]:
            window = tokens[position + 1 : position + 1 + slop]
            if word not in window:
                break
            position = position + 1 + window.index(word)
            chosen.append(position)
        else:
            found = [(start + spans[i][0], start + spans[i][1]) for i in chosen]
            out.append(((found[0][0], found[-1][1]),) if slop <= 1 else tuple(found))
            after = found[-1][1]
    return out


_CHARS_PER_TERM = 12


def _terms_from(backend, body: str, start: int, count: int) -> tuple[list[str], list[Span]]:
    """The index terms of `body` from offset `start` (at least `count` of them unless the text
    ends first), with their character spans relative to `start`."""
    size = max(64, count * _CHARS_PER_TERM)
    while True:
        end = start + size
        if end < len(body):  # never cut a word in two
            space = body.find(" ", end)
            end = len(body) if space < 0 else space
        window = body[start:end]
        tokens = backend.tokens(window)
        if len(tokens) > count or end >= len(body):
            break
        size *= 2
    spans = backend.spans(window, set(tokens))
    if len(spans) != len(tokens):  # a backend whose two analyses differ: one term per span
        tokens = [(backend.tokens(window[a:b]) or [""])[0] for a, b in spans]
    return tokens, spans


def _field_hits(match: QueryMatch, analysis, length: int) -> list[HitSpans]:
    """The mentions and claim sentences of `analysis` that the query's entity:, speaker: and
    source: values name."""
    from belreader.nlp.aliases import slugify

    out: list[HitSpans] = []
    named = match.entities | match.sources
    for mention in analysis.mentions:
        if mention.entity_id in named:
            out.append(((mention.start, mention.end),))
    for claim in analysis.claims:
        speaker = claim.speaker_id or (slugify(claim.speaker) if claim.speaker else "")
        if (speaker and speaker in match.speakers) or set(claim.outlets) & match.sources:
            out.append(((claim.sentence_start, claim.sentence_end),))
    return [unit for unit in out if 0 <= unit[0][0] < unit[0][1] <= length]


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
