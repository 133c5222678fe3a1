"""belreader's query tree -> the OpenSearch query DSL, and what the query looks for in a text.

Each leaf is analysed as the index analysed the field it searches (schema.py), word by word in
the cluster (analysis.py), and becomes term queries on those terms: a plain word is looked for
in the title, subtitle and body, the title boosted, as the Whoosh backend does. Prefix,
wildcard, fuzzy and range terms are expanded to the index words they stand for (the backend's
`expand`, within belreader's limits), so a search and its highlighting agree on the words.
A leaf that leaves no term (a stop word) drops out of its group, as in Whoosh; a query of
nothing but such leaves matches nothing (None).

Phrases: belreader's slop N means each word at most N positions after the one before, in order.
Slop 1 (adjacent) is `match_phrase` with slop 0; a larger slop is nested ordered `span_near`
queries, one per pair of neighbouring words, so the limit holds between each pair (a single
span_near would spread one slop over the whole phrase).
"""

from __future__ import annotations

from collections.abc import Callable

from belreader.search import language as lang
from belreader.search.language import QueryError, shown
from belreader.search.opensearch import schema
from belreader.search.opensearch.analysis import Analysis
from belreader.search.protocol import QueryMatch, SearchCancelled

Query = dict
# expand(field, kind, spec, limit) -> up to limit + 1 index words of `field`; kind is "prefix",
# "wildcard", "fuzzy", "range" or "every"; spec the DSL clause over the word ("term") field.
Expand = Callable[[str, Query, int], list[str]]
TERMS_AS_CLAUSES = 64  # up to this many words a scored OR of term queries; more: one terms query


class Translator:
    """One query's translation (with the words its patterns expand to and what it looks for)."""

    def __init__(
        self, analysis: Analysis, expand: Expand, text: str, cancelled: Callable[[], bool] | None = None
    ) -> None:
        self.analysis = analysis
        self.expand = expand
        self.text = text
        self.cancelled = cancelled
        self.match = QueryMatch()
        self._expanded = 0

    def translate(self, node: lang.Node) -> Query | None:
        return self._node(node, True)

    # ------------------------------------------------------------------ the tree

    def _node(self, node: lang.Node, positive: bool) -> Query | None:
        if isinstance(node, lang.And):
            must, must_not = [], []
            for child in node.children:
                if isinstance(child, lang.Not):
                    negative = self._node(child.child, False)
                    if negative is not None:
                        must_not.append(negative)
                    continue
                query = self._node(child, positive)
                if query is not None:
                    must.append(query)
            if not must and not must_not:
                return None
            if len(must) == 1 and not must_not and node.boost == 1.0:
                return must[0]
            return _bool(must=must or [{"match_all": {}}], must_not=must_not, boost=node.boost)
        if isinstance(node, lang.Or):
            should = [q for q in (self._node(child, positive) for child in node.children) if q is not None]
            if not should:
                return None
            return should[0] if len(should) == 1 and node.boost == 1.0 else _bool(should=should, boost=node.boost)
        if isinstance(node, lang.Not):
            negative = self._node(node.child, False)
            if negative is None:
                return None
            return _bool(must=[{"match_all": {}}], must_not=[negative], boost=node.boost)
        if isinstance(node, lang.AndNot):
            kept = self._node(node.positive, positive)
            if kept is None:
                return None
            left_out = self._node(node.negative, False)
            return kept if left_out is None else _bool(must=[kept], must_not=[left_out])
        if isinstance(node, lang.AndMaybe):
            required = self._node(node.required, positive)
            if required is None:
                return None
            optional = self._node(node.optional, positive)
            return required if optional is None else _bool(must=[required], should=[optional])
        return self._leaf(node, positive)

    # ------------------------------------------------------------------ leaves

    def _leaf(self, leaf: lang.Leaf, positive: bool) -> Query | None:
        if isinstance(leaf, lang.Keyword):
            if positive and leaf.field in lang.KEYWORD_FIELDS:
                {"entity": self.match.entities, "speaker": self.match.speakers, "source": self.match.sources}[
                    leaf.field
                ].add(leaf.value)
            return _term(leaf.field, leaf.value, leaf.boost)
        fields = _fields(leaf)
        if not fields:
            return None
        if isinstance(leaf, lang.Phrase):
            return self._phrase(leaf, fields, positive)
        queries = []
        for name, boost in fields:
            if isinstance(leaf, lang.Word):
                query = self._word(leaf, name, boost, positive)
            else:
                query = self._pattern(leaf, name, boost, positive)
            if query is not None:
                queries.append(query)
        if not queries:
            return None
        return queries[0] if len(queries) == 1 else _bool(should=queries)

    def _word(self, leaf: lang.Word, name: str, boost: float, positive: bool) -> Query | None:
        analyzer = schema.SEARCHED[name]
        if analyzer is None:
            return _term(name, _keyword(name, leaf.text), boost)
        terms = [term for term, _pos in self.analysis.positioned(leaf.text, analyzer)]
        if not terms:
            return None  # a stop word
        if len(terms) > 1:
            if positive and name in lang.DEFAULT_FIELDS:
                self.match.words.update(terms)
            return _bool(must=[_term(name, term, boost) for term in terms])
        alternatives = {terms[0]}
        if leaf.variants and name in lang.DEFAULT_FIELDS:
            for variant in leaf.variants:
                alternatives.update(term for term, _pos in self.analysis.positioned(variant, analyzer))
        if positive and name in lang.DEFAULT_FIELDS:
            self.match.words.update(alternatives)
        return _any_term(name, sorted(alternatives), boost)

    def _phrase(self, leaf: lang.Phrase, fields: list[tuple[str, float]], positive: bool) -> Query | None:
        queries = []
        recorded = False
        for name, boost in fields:
            analyzer = schema.SEARCHED[name]
            if analyzer is None:
                queries.append(_term(name, _keyword(name, leaf.text), boost))
                continue
            positioned = self.analysis.positioned(leaf.text, analyzer)
            if not positioned:
                continue
            terms = [term for term, _pos in positioned]
            if positive and name in lang.DEFAULT_FIELDS and not recorded:
                recorded = True
                if len(terms) == 1:
                    self.match.words.add(terms[0])
                else:
                    self.match.phrases.append((terms, leaf.slop))
            if len(terms) == 1:
                queries.append(_term(name, terms[0], boost))
            elif leaf.slop <= 1:
                queries.append({"match_phrase": {name: {"query": leaf.text, "slop": 0, "boost": boost}}})
            else:
                queries.append(_span_phrase(name, positioned, leaf.slop, boost))
        if not queries:
            return None
        return queries[0] if len(queries) == 1 else _bool(should=queries)

    def _pattern(self, leaf: lang.Leaf, name: str, boost: float, positive: bool) -> Query | None:
        spec = self._spec(leaf, name)
        if spec is None:
            return None
        if self.cancelled is not None and self.cancelled():
            raise SearchCancelled()
        limit = lang.MAX_TERM_EXPANSION
        words = self.expand(name, spec, limit)
        if len(words) > limit:
            raise QueryError(
                f"'{lang.label(leaf)}' matches more than {limit:,} words in the index (the limit for a prefix, "
                f"wildcard, fuzzy or range term); make it more specific: {shown(self.text)}"
            )
        self._expanded += len(words)
        if self._expanded > lang.MAX_QUERY_EXPANSION:
            raise QueryError(
                f"the prefix, wildcard, fuzzy and range terms of the query match more than "
                f"{lang.MAX_QUERY_EXPANSION:,} index words in all (the limit); make them more specific: "
                f"{shown(self.text)}"
            )
        if not words:
            return None
        if positive and name in lang.DEFAULT_FIELDS:
            self.match.words.update(words)
        return _any_term(name, words, boost)

    def _spec(self, leaf: lang.Leaf, name: str) -> Query | None:
        """The clause over the words index that finds the words `leaf` stands for in `name`."""

        def analysed(text: str) -> str:
            analyzer = schema.SEARCHED[name]
            if analyzer is None:
                return _keyword(name, text)
            return self.analysis.one(text, schema.PATTERN_ANALYZER[analyzer])

        if isinstance(leaf, lang.Prefix):
            text = analysed(leaf.text)
            return {"prefix": {"term": text}} if text else None
        if isinstance(leaf, lang.Wildcard):
            text = analysed(leaf.text)
            if not text:
                return None
            if text.strip("*") == "":
                return {"match_all": {}}
            return {"wildcard": {"term": {"value": text}}}
        if isinstance(leaf, lang.Fuzzy):
            text = analysed(leaf.text)
            if not text:
                return None
            return {
                "fuzzy": {
                    "term": {
                        "value": text,
                        "fuzziness": leaf.maxdist,
                        "prefix_length": leaf.prefix,
                        "transpositions": False,
                        "max_expansions": lang.MAX_TERM_EXPANSION + 1,
                    }
                }
            }
        if isinstance(leaf, lang.Range):
            bounds: dict[str, str] = {}
            if leaf.start:
                start = analysed(leaf.start)
                bounds["gt" if leaf.start_excluded else "gte"] = start
            if leaf.end:
                end = analysed(leaf.end)
                bounds["lt" if leaf.end_excluded else "lte"] = end
            return {"range": {"term": bounds}} if bounds else {"match_all": {}}
        raise TypeError(f"not a query leaf: {leaf!r}")


def _fields(leaf) -> list[tuple[str, float]]:
    """(field, boost) pairs a leaf searches: its own field, or each default field with its boost."""
    if leaf.field is not None:
        return [(leaf.field, leaf.boost)] if leaf.field in schema.SEARCHED else []
    return [(name, lang.FIELD_BOOSTS.get(name, 1.0) * leaf.boost) for name in lang.DEFAULT_FIELDS]


def _keyword(name: str, text: str) -> str:
    return text.lower() if name in schema.LOWER_KEYWORDS else text


def _term(name: str, value: str, boost: float = 1.0) -> Query:
    return {"term": {name: {"value": value, "boost": boost}}}


def _any_term(name: str, values: list[str], boost: float) -> Query:
    if len(values) == 1:
        return _term(name, values[0], boost)
    if len(values) <= TERMS_AS_CLAUSES:
        return _bool(should=[_term(name, value, boost) for value in values])
    return {"terms": {name: values, "boost": boost}}


def _bool(
    must: list | None = None, should: list | None = None, must_not: list | None = None, boost: float = 1.0
) -> Query:
    body: dict = {}
    if must:
        body["must"] = must
    if should:
        body["should"] = should
        if not must:
            body["minimum_should_match"] = 1
    if must_not:
        body["must_not"] = must_not
    if boost != 1.0:
        body["boost"] = boost
    return {"bool": body}


def _span_phrase(name: str, positioned: list[tuple[str, int]], slop: int, boost: float) -> Query:
    """Each word at most `slop` positions after the one before, in order (positions as the
    index numbers them: stop words leave no gap)."""
    (first, previous), *rest = positioned
    query: Query = {"span_term": {name: first}}
    for term, position in rest:
        between = (position - previous - 1) + (slop - 1)
        query = {"span_near": {"clauses": [query, {"span_term": {name: term}}], "slop": between, "in_order": True}}
        previous = position
    query["span_near"]["boost"] = boost
    return query
