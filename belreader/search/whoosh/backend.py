"""The Whoosh backend: belreader's query tree run over a Whoosh index (see protocol.py).

`WhooshReader` is one searcher's view: it translates a tree once (translate.py), expands its
prefix, wildcard, fuzzy and range terms to index words within the limits, and evaluates it with
the array engine (engine.py), which ranks, counts and facets from one evaluation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh import query as wq

from belreader.search import language as lang
from belreader.search.language import QueryError, shown
from belreader.search.protocol import QueryMatch, Ranked, SearchCancelled
from belreader.search.whoosh import terms
from belreader.search.whoosh.engine import Engine
from belreader.search.whoosh.translate import to_whoosh


@dataclass(slots=True)
class WhooshPrepared:
    tree: lang.Node
    text: str
    query: Any  # the Whoosh query, patterns expanded
    _match: QueryMatch | None = field(default=None, repr=False)
    # (field, term) -> its index bytes or None, as the run looked them up: the match reuses them
    _known: dict = field(default_factory=dict, repr=False)


def parse_query(text: str, schema, table=None):
    """The Whoosh query for user text (tests and benchmarks compare engines with it)."""
    return to_whoosh(lang.parse(text, table), schema)


class WhooshReader:
    """The SearchReader of one Whoosh searcher (and its engine, which caches per-index arrays)."""

    def __init__(self, searcher, engine: Engine) -> None:
        self.searcher = searcher
        self.engine = engine
        self.schema = searcher.schema

    def prepare(self, tree: lang.Node, text: str, cancelled: Callable[[], bool] | None = None) -> WhooshPrepared:
        return WhooshPrepared(tree, text, bounded(to_whoosh(tree, self.schema), self.engine, text, cancelled))

    def run(
        self,
        prepared: WhooshPrepared,
        *,
        kind: str = "article",
        start: int = 0,
        count: int = 10,
        facets: Sequence[str] = (),
        collapse: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> Ranked:
        engine = self.engine
        with engine.remembering(prepared._known):
            ids, scores = engine.run(prepared.query, cancelled=cancelled)
        _check(cancelled)
        keep = engine.mask("kind", kind)[ids]
        ids, scores = ids[keep], scores[keep]
        copies: dict = {}
        if collapse and "text_key" in self.schema and len(ids):
            ids, scores, copies = _collapsed(ids, scores, engine.codes("text_key")[1])
        chosen = _ranked(ids, scores, start + count)[start:]
        counted: dict[str, dict[str, int]] = {}
        for name in facets:
            if not len(ids):
                break
            labels, codes = engine.codes(f"{name}_key" if f"{name}_key" in self.schema else name)
            tally = np.bincount(codes[ids] + 1, minlength=len(labels) + 1)[1:]
            counted[name] = dict(
                sorted(((labels[i], int(n)) for i, n in enumerate(tally) if n), key=lambda kv: (-kv[1], kv[0]))
            )
        docs = [(int(ids[at]), float(scores[at])) for at in chosen.tolist()]
        shown = {at: copies[doc] for at, (doc, _score) in enumerate(docs) if doc in copies}
        return Ranked(total=len(ids), docs=docs, facets=counted, copies=shown)

    def stored(self, doc: Any) -> dict:
        return self.searcher.stored_fields(int(doc))

    def document(self, doc_id: str) -> dict | None:
        return self.searcher.document(id=doc_id)

    def match(self, prepared: WhooshPrepared) -> QueryMatch:
        if prepared._match is None:
            with self.engine.remembering(prepared._known):
                prepared._match = _query_match(prepared.query, self.searcher.reader(), self.engine)
        return prepared._match

    def known(self, word: str) -> bool:
        reader = self.searcher.reader()
        stems = [t.text for t in self.schema["body"].analyzer(word)]
        return not stems or any((f, stem) in reader for f in lang.DEFAULT_FIELDS for stem in stems)

    def values(self, fieldname: str) -> list[str]:
        if fieldname not in self.schema:
            return []
        return self.engine.words(fieldname)

    def ids_with(self, fieldname: str, value: str, kind: str = "article") -> list[str]:
        searcher = self.searcher
        found = searcher.document_numbers(kind=kind, **{fieldname: value.lower()})
        return sorted(searcher.stored_fields(n)["id"] for n in found)

    def stats(self) -> dict[str, int]:
        searcher = self.searcher
        reader = searcher.reader()
        articles = sum(1 for _ in searcher.document_numbers(kind="article"))
        claims = sum(1 for _ in searcher.document_numbers(kind="claim"))
        entities = sum(1 for _ in reader.field_terms("entity")) if "entity" in reader.indexed_field_names() else 0
        return {"articles": articles, "entities": entities, "claims": claims}


def spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Character spans of the words of `text` whose index terms are in `words`."""
    return terms.spans_of(text, frozenset(words))


def tokens(text: str) -> list[str]:
    """The index terms of `text` in order."""
    return terms.term_list(text)


def bounded(query, engine, text: str, cancelled=None):
    """`query` with each prefix, wildcard, fuzzy and range term (and a field-wide `*`) replaced by
    an OR of the index words it stands for. Raises QueryError when one of them, or all of them
    together, stand for more words than the limits allow, or when finding them would look
    through too much of the index; SearchCancelled as soon as `cancelled()` is true."""
    reader = engine.reader
    budget = {"words": 0, "scanned": 0}

    def too_many(node) -> QueryError:
        return QueryError(
            f"'{_term_label(node)}' matches more than {lang.MAX_TERM_EXPANSION:,} words in the index (the limit for a "
            f"prefix, wildcard, fuzzy or range term); make it more specific: {shown(text)}"
        )

    def scanned(candidates, node):
        for btext in candidates:
            budget["scanned"] += 1
            if budget["scanned"] % 4096 == 0 and cancelled is not None and cancelled():
                raise SearchCancelled()
            if budget["scanned"] > lang.MAX_SCANNED:
                raise QueryError(
                    f"the wildcards in the query look through more than {lang.MAX_SCANNED:,} index words (the "
                    f"limit); put a few letters before the first * or ? of '{_term_label(node)}': {shown(text)}"
                )
            yield btext

    def words_of(node) -> list:
        fieldname = node.field()
        if fieldname not in engine.schema:
            return []
        if isinstance(node, wq.FuzzyTerm):
            found = engine.expand(node)
        elif isinstance(node, wq.Every):
            found = engine.words(fieldname)
        elif isinstance(node, (wq.Wildcard, wq.Regex)):
            pattern = re.compile(node._get_pattern())
            prefix = node._find_prefix(node.text)
            if prefix:
                candidates = reader.expand_prefix(fieldname, prefix)
            else:
                candidates = engine.words(fieldname)
            found = (
                w for w in scanned(candidates, node) if pattern.match(w.decode("utf-8") if isinstance(w, bytes) else w)
            )
        else:
            found = scanned(node._btexts(reader), node)
        out = []
        for word in found:
            if not word:
                continue
            out.append(word.decode("utf-8") if isinstance(word, bytes) else word)
            if len(out) > lang.MAX_TERM_EXPANSION:
                raise too_many(node)
        budget["words"] += len(out)
        if budget["words"] > lang.MAX_QUERY_EXPANSION:
            raise QueryError(
                f"the prefix, wildcard, fuzzy and range terms of the query match more than {lang.MAX_QUERY_EXPANSION:,} "
                f"index words in all (the limit); make them more specific: {shown(text)}"
            )
        return out

    def visit(node):
        if isinstance(node, wq.MultiTerm) or (isinstance(node, wq.Every) and node.fieldname):
            words = words_of(node)
            if not words:
                return wq.NullQuery
            return wq.Or([wq.Term(node.field(), w) for w in words], boost=node.boost)
        return node

    return query.accept(visit)


def _term_label(node) -> str:
    """A prefix, wildcard, fuzzy or range term as the user wrote it."""
    if isinstance(node, wq.Every):
        return "*"
    if isinstance(node, wq.Prefix):
        return f"{node.text}*"
    if isinstance(node, wq.FuzzyTerm):
        return f"{node.text}~{node.maxdist if node.maxdist != 1 else ''}"
    if isinstance(node, wq.TermRange):
        return f"[{node.start or ''} TO {node.end or ''}]"
    return str(getattr(node, "text", node))


def _positive_leaves(node):
    if isinstance(node, wq.Not):
        return []
    if isinstance(node, wq.AndNot):
        return _positive_leaves(node.a)
    if node.is_leaf():
        return [node]
    return [leaf for child in node.children() for leaf in _positive_leaves(child)]


def _query_match(query, reader, engine) -> QueryMatch:
    """Prefix and fuzzy terms are expanded by `engine`, to the very words a search matches; a
    term's presence in the index is the engine's look-up (the one the run made, if it kept it)."""
    match = QueryMatch()
    for leaf in _positive_leaves(query):
        fieldname = leaf.field()
        if isinstance(leaf, wq.Phrase) and fieldname in lang.DEFAULT_FIELDS:
            match.phrases.append((list(leaf.words), leaf.slop))
            continue
        if isinstance(leaf, wq.Term) and fieldname in lang.KEYWORD_FIELDS:
            {"entity": match.entities, "speaker": match.speakers, "source": match.sources}[fieldname].add(leaf.text)
            continue
        if fieldname not in lang.DEFAULT_FIELDS:
            continue
        if isinstance(leaf, wq.MultiTerm):
            match.words.update(w.decode("utf-8") if isinstance(w, bytes) else w for w in engine.expand(leaf))
            continue
        if type(leaf) is wq.Term:
            if engine.indexed(fieldname, leaf.text) is not None:
                match.words.add(leaf.text.decode("utf-8") if isinstance(leaf.text, bytes) else leaf.text)
            continue
        # Query.existing_terms() would do this, but in whoosh 2.7.5 it reuses its `fieldname`
        # argument as a loop variable and skips every field after the first.
        for term_field, term in leaf.expanded_terms(reader):
            if (term_field, term) in reader:
                match.words.add(term.decode("utf-8") if isinstance(term, bytes) else term)
    return match


def _collapsed(ids, scores, codes):
    """(ids, scores) with each group of duplicates (equal code >= 0) reduced to its best-ranked
    member, and that member -> the other members' docnums, best first."""
    found = codes[ids]
    keyed = found >= 0
    if len(np.unique(found[keyed])) == int(keyed.sum()):
        return ids, scores, {}  # no duplicates among the matches: the common case, no sorting
    order = np.lexsort((ids, -scores))  # rank order, ties in docnum order
    keyed_at = order[found[order] >= 0]  # positions of the keyed matches, in rank order
    _codes, first = np.unique(found[keyed_at], return_index=True)  # each code's best position
    keep = np.ones(len(ids), dtype=bool)
    keep[keyed_at] = False
    keep[keyed_at[first]] = True
    best = {int(found[at]): int(ids[at]) for at in keyed_at[first].tolist()}
    copies: dict[int, list[int]] = {}
    for at in keyed_at[~np.isin(np.arange(len(keyed_at)), first)].tolist():  # the duplicates, best first
        copies.setdefault(best[int(found[at])], []).append(int(ids[at]))
    return ids[keep], scores[keep], copies


def _check(cancelled) -> None:
    if cancelled is not None and cancelled():
        raise SearchCancelled()


def _ranked(ids, scores, end: int):
    """Indexes into ids/scores of the best `end` matches, best first; equal scores in docnum
    order (as Whoosh ranks them)."""
    if end <= 0 or not len(ids):
        return np.empty(0, dtype=np.int64)
    if len(ids) > 4 * end:
        # Only sort what can make the cut: the `end`-th best score and everything at or above it.
        cut = -np.partition(-scores, end - 1)[end - 1]
        candidates = np.nonzero(scores >= cut)[0]
        return candidates[np.lexsort((ids[candidates], -scores[candidates]))][:end]
    return np.lexsort((ids, -scores))[:end]


class WhooshBackend:
    """The SearchBackend over a belreader Whoosh index (its searcher kept by the index store)."""

    def __init__(self, store) -> None:
        self._store = store

    @contextmanager
    def reader(self) -> Iterator[WhooshReader]:
        with self._store.searcher() as searcher:
            yield WhooshReader(searcher, self._store.engine(searcher))

    def refresh(self) -> None:
        self._store.refresh()

    def spans(self, text: str, words: Iterable[str]) -> list[tuple[int, int]]:
        return spans(text, words)

    def tokens(self, text: str) -> list[str]:
        return tokens(text)
