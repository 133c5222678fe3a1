"""belreader's query tree -> a Whoosh query.

Each leaf is analysed as the index analysed the field it searches (a plain word is looked for
in the title, subtitle and body, the title boosted), so the Whoosh query is the one Whoosh's own
parser made from the same text when belreader still handed it the user's words.
"""

from __future__ import annotations

from whoosh import query as wq

from belreader.search import language as lang


def to_whoosh(node: lang.Node, schema) -> wq.Query:
    """The Whoosh query for `node` over `schema` (normalised: stop words and empty groups gone)."""
    return _node(node, schema).normalize()


def _fields(leaf) -> list[tuple[str, float]]:
    """(field, boost) pairs a leaf searches: its own field, or each default field with its boost."""
    if leaf.field is not None:
        return [(leaf.field, leaf.boost)]
    return [(name, lang.FIELD_BOOSTS.get(name, 1.0)) for name in lang.DEFAULT_FIELDS]


def _over_fields(leaf, schema, one) -> wq.Query:
    queries = [one(schema[name], name, boost) for name, boost in _fields(leaf) if name in schema]
    queries = [q for q in queries if q is not None]
    if not queries:
        return wq.NullQuery
    if leaf.field is not None:
        return queries[0]
    return wq.Or(queries)


def _texts(field, text: str, tokenize: bool) -> list[str]:
    return list(field.process_text(text, mode="query", tokenize=tokenize, removestops=tokenize))


def _node(node: lang.Node, schema) -> wq.Query:
    if isinstance(node, lang.And):
        return wq.And([_node(child, schema) for child in node.children], boost=node.boost)
    if isinstance(node, lang.Or):
        return wq.Or([_node(child, schema) for child in node.children], boost=node.boost)
    if isinstance(node, lang.Not):
        return wq.Not(_node(node.child, schema), boost=node.boost)
    if isinstance(node, lang.AndNot):
        return wq.AndNot(_node(node.positive, schema), _node(node.negative, schema))
    if isinstance(node, lang.AndMaybe):
        return wq.AndMaybe(_node(node.required, schema), _node(node.optional, schema))
    if isinstance(node, lang.All):
        return wq.Every(boost=node.boost)
    if isinstance(node, lang.Keyword):
        return wq.Term(node.field, node.value, boost=node.boost)
    if isinstance(node, lang.Word):
        return _over_fields(node, schema, lambda field, name, boost: _word(node, field, name, boost))
    if isinstance(node, lang.Phrase):
        return _over_fields(node, schema, lambda field, name, boost: _phrase(node, field, name, boost))
    if isinstance(node, lang.Prefix | lang.Wildcard):
        qclass = wq.Prefix if isinstance(node, lang.Prefix) else wq.Wildcard

        def pattern(field, name, boost):
            texts = _texts(field, node.text, tokenize=False)
            return qclass(name, texts[0], boost=boost) if texts else None

        return _over_fields(node, schema, pattern)
    if isinstance(node, lang.Fuzzy):

        def fuzzy(field, name, boost):
            texts = _texts(field, node.text, tokenize=False)
            if not texts:
                return None
            return wq.FuzzyTerm(name, texts[0], boost=boost, maxdist=node.maxdist, prefixlength=node.prefix)

        return _over_fields(node, schema, fuzzy)
    if isinstance(node, lang.Range):

        def ranged(field, name, boost):
            if field.self_parsing():
                try:
                    return field.parse_range(name, node.start, node.end, node.start_excluded, node.end_excluded, boost)
                except Exception:  # a range the field cannot read matches nothing, as before
                    return None
            start = _texts(field, node.start, tokenize=False)[:1] if node.start else []
            end = _texts(field, node.end, tokenize=False)[:1] if node.end else []
            return wq.TermRange(
                name,
                start[0] if start else None,
                end[0] if end else None,
                node.start_excluded,
                node.end_excluded,
                boost=boost,
            )

        return _over_fields(node, schema, ranged)
    raise TypeError(f"not a query node: {node!r}")


def _word(node: lang.Word, field, name: str, boost: float):
    texts = _texts(field, node.text, tokenize=True)
    if not texts:
        return None  # a stop word
    if len(texts) > 1:
        return wq.And([wq.Term(name, text, boost=boost) for text in texts])
    if node.variants and name in lang.DEFAULT_FIELDS:
        terms = {texts[0]}
        for variant in node.variants:
            terms.update(_texts(field, variant, tokenize=True))
        if len(terms) > 1:
            return wq.Or([wq.Term(name, term, boost=boost) for term in sorted(terms)])
    return wq.Term(name, texts[0], boost=boost)


def _phrase(node: lang.Phrase, field, name: str, boost: float):
    words = [token.text for token in field.tokenize(node.text, mode="query")]
    return wq.Phrase(name, words, slop=node.slop, boost=boost)
