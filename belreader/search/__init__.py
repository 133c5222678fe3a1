"""Queries -> ranked, highlighted hits.

The one place a query string is parsed: the CLI, the app and `export --query`
all go through `parse_query` and `search`, so they agree on what matches.
The language is Whoosh's (AND by default, OR, NOT or a leading -, "phrases",
"phrase"~N, prefix*, fuzzy~, field:value, parentheses), checked first so a
malformed query gets one clear sentence instead of a silent surprise, and
expanded with the entity table so `Lukashenko` also finds `Lukashenka`.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

import numpy as np

from belreader.index import CorpusIndex
from belreader.search.whoosh import terms

DEFAULT_FIELDS = ("title", "subtitle", "body")  # claim texts are spans of the body; `claims:` searches them alone
USER_FIELDS = {
    "title": "title",
    "subtitle": "subtitle",
    "body": "body",
    "text": "body",
    "publisher": "publisher",
    "author": "author",
    "date": "date",
    "tag": "tag",
    "tags": "tag",
    "entity": "entity",
    "speaker": "speaker",
    "source": "source",
    "claims": "claims",
    "claim": "claims",
    "id": "id",
}
KEYWORD_FIELDS = {"entity", "speaker", "source"}
MAX_FUZZY_DISTANCE = 2  # `word~9` would walk most of the vocabulary and match nearly anything
_OPERATORS = {"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"}

# What one query may cost. Each limit is far above what a person types and each is met with one
# sentence naming it, so a pasted paragraph or a stray `*` is refused at once instead of taking
# the search (and, in the reader, every search after it) for seconds or minutes.
MAX_QUERY_CHARS = 2_000  # the text of the query
MAX_TERMS = 256  # words, phrases and patterns (a word counts once, though it is looked for in three fields)
MAX_SLOP = 1_000  # "a b"~N: N words apart at most
MAX_TERM_EXPANSION = 1_024  # index words one prefix, wildcard, fuzzy or range term may stand for
MAX_QUERY_EXPANSION = 4_096  # ... and all of them together
MAX_SCANNED = 1_000_000  # index words the wildcards of one query may look through to find those

# Curly and angle quotes pasted from articles mean what '"' means (single ones only in pairs at word
# edges, because ’ is also an apostrophe).
_DOUBLE_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»‹›〝〞＂"})
_SINGLE_QUOTED = re.compile(r"(?<!\w)[‘‚‛]((?:[^‘’‚‛]|’(?=\w))*?)[’‘](?!\w)")


class QueryError(ValueError):
    """A query the user must fix; the message names the query and the problem."""


class SearchCancelled(Exception):
    """The caller gave up on the search (its `cancelled()` turned true); nothing is returned."""


@dataclass(slots=True)
class Snippet:
    text: str
    start: int  # offset of the snippet in the article body
    end: int
    matches: list[tuple[int, int]]  # offsets of matched terms inside `text`

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "matches": [list(m) for m in self.matches]}


@dataclass(slots=True)
class Hit:
    id: str
    title: str
    path: str
    publisher: str | None
    author: str | None
    date: str | None
    score: float
    rank: int
    snippets: list[Snippet] = field(default_factory=list)
    n_claims: int = 0

    def to_dict(self) -> dict:
        return {
            "rank": self.rank,
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "publisher": self.publisher,
            "author": self.author,
            "date": self.date,
            "score": round(self.score, 4),
            "claims": self.n_claims,
            "snippets": [s.to_dict() for s in self.snippets],
        }


@dataclass(slots=True)
class SearchResults:
    query: str
    total: int
    page: int
    pagelen: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.pagelen)) if self.pagelen else 1

    def to_dict(self) -> dict:
        return {
            "query": self.query,
            "total": self.total,
            "page": self.page,
            "pages": self.pages,
            "pagelen": self.pagelen,
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets,
            "did_you_mean": self.suggestion,
        }


# --------------------------------------------------------------------------- parsing


def straight_quotes(text: str) -> str:
    """`text` with curly, low and angle quotation marks as the query language's '"'."""
    return _SINGLE_QUOTED.sub(r'"\1"', text.translate(_DOUBLE_QUOTES))


def _shown(text: str, limit: int = 60) -> str:
    """A query as an error message quotes it: on one line and, if long, cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_query(text: str) -> None:
    """Raise QueryError for queries Whoosh would silently misread."""
    stripped = text.strip()
    if not stripped:
        raise QueryError("empty query")
    if len(stripped) > MAX_QUERY_CHARS:
        raise QueryError(
            f"query too long: {len(stripped):,} characters (the limit is {MAX_QUERY_CHARS:,}): {_shown(text)}"
        )
    if stripped.count('"') % 2:
        raise QueryError(f"unclosed quote in query: {text}")
    depth = 0
    for char in _outside_quotes(stripped):
        depth += char == "("
        depth -= char == ")"
        if depth < 0:
            raise QueryError(f"')' without '(' in query: {text}")
    if depth:
        raise QueryError(f"unclosed '(' in query: {text}")
    words = _outside_quotes(stripped, fill="q").replace("(", " ").replace(")", " ").split()
    if words and (words[0] in _OPERATORS - {"NOT"} or words[-1] in _OPERATORS):
        raise QueryError(f"operator without a term in query: {text}")
    for a, b in itertools.pairwise(words):
        if a in _OPERATORS and b in _OPERATORS - {"NOT"}:
            raise QueryError(f"'{a} {b}' has no term between the operators in query: {text}")
    for match in re.finditer(r"(?:^|[\s(])([A-Za-z_]+):(?=\s|$|\))", _outside_quotes(stripped, fill="q")):
        raise QueryError(f"field '{match.group(1)}:' has no value in query: {text}")
    for match in re.finditer(r"(?:^|[\s(\-])([A-Za-z_]+):(?=\S)", _outside_quotes(stripped)):
        name = match.group(1)
        if name.lower() not in USER_FIELDS:
            known = ", ".join(sorted(set(USER_FIELDS) - {"text", "tags", "claim"}))
            raise QueryError(f"unknown field '{name}:' in query: {text} (fields: {known})")


def _plain_colons(text: str) -> str:
    """Colons that cannot start a field are punctuation: "Belarus: crisis", a URL's "https://"."""
    text = re.sub(r"\bhttps?://", " ", text)
    return re.sub(
        r"(?:(?<=^)|(?<=[\s(]))([A-Za-z_]+):(?=\s|$)",
        lambda m: m.group(0) if m.group(1).lower() in USER_FIELDS else m.group(1),
        text,
    )


def _outside_quotes(text: str, fill: str = " ") -> str:
    """The query with quoted parts blanked out (or filled with `fill`, to keep them words)."""
    return re.sub(r'"[^"]*"', lambda m: fill * len(m.group(0)), text)


def _normalise(text: str) -> str:
    """Leading '-' means NOT; field names are case-insensitive and have aliases."""
    masked = _outside_quotes(text)
    out = []
    last = 0
    for m in re.finditer(r"(?:(?<=^)|(?<=[\s(]))-(?=[\w\"(])", masked):
        out.append(text[last : m.start()])
        out.append("NOT ")
        last = m.end()
    out.append(text[last:])
    text = "".join(out)
    return re.sub(
        r"(?:(?<=^)|(?<=[\s(]))([A-Za-z_]+):",
        lambda m: f"{USER_FIELDS.get(m.group(1).lower(), m.group(1))}:",
        text,
    )


_PARSERS: dict[tuple, object] = {}


def _parser(schema):
    """The query parser for `schema`, built once (building one costs more than a small query)."""
    key = tuple(sorted(schema.names()))
    if key not in _PARSERS:
        _PARSERS[key] = _build_parser(schema)
    return _PARSERS[key]


_WORD_RUN = re.compile(r"\w+")


def _build_parser(schema):
    from whoosh.qparser import FieldsPlugin, FuzzyTermPlugin, GtLtPlugin, MultifieldPlugin, QueryParser

    class LinearParser(QueryParser):
        """Whoosh's parser, tagging in linear time.

        Whoosh tries every tagger at every character and its field tagger (`\\w+:`) reads to the end
        of the word each time, so a long word cost time quadratic in its length (100,000 letters:
        over a minute). Here the field tagger only starts at the beginning of a word, and inside a
        word (where no tagger can match: each needs a space, bracket, quote or sign before it) the
        tagging loop jumps to the word's end."""

        def tag(self, text, pos=0, debug=False):
            from whoosh.qparser import syntax

            stack = []
            prev = pos
            taggers = self.taggers()

            def between(start, end):
                node = syntax.WordNode(text[start:end])
                node.startchar, node.endchar = start, end
                return node

            while pos < len(text):
                node = None
                for tagger in taggers:
                    node = tagger.match(self, text, pos)
                    if node is not None:
                        if prev < pos:
                            stack.append(between(prev, pos))
                        stack.append(node)
                        prev = pos = node.endchar
                        break
                if node is None:
                    run = _WORD_RUN.match(text, pos)
                    pos = run.end() if run else pos + 1
            if prev < len(text):
                stack.append(between(prev, len(text)))
            return self.group(stack)

    parser = LinearParser(None, schema)
    parser.add_plugin(MultifieldPlugin(list(DEFAULT_FIELDS), fieldboosts={"title": 3.0, "subtitle": 1.5}))
    parser.replace_plugin(FieldsPlugin(expr=r"(?<!\w)(?P<text>\w+|[*]):"))
    parser.add_plugin(FuzzyTermPlugin())
    parser.remove_plugin_class(GtLtPlugin)
    return parser


def parse_query(text: str, schema, table=None):
    """The Whoosh query for `text`, alias-expanded. Raises QueryError (also for a query over
    the limits on its length, number of terms and phrase slop)."""
    if len(text) > MAX_QUERY_CHARS:  # before anything else reads it
        check_query(text)
    text = _plain_colons(straight_quotes(text))
    check_query(text)
    try:
        query = _parser(schema).parse(_normalise(text))
    except Exception as exc:  # Whoosh's parser errors are not a stable type
        raise QueryError(f"cannot parse query: {_shown(text)} ({exc})") from None
    _check_size(query, text)
    if table is None:
        table = _entity_table()
    return _expand(query, schema, table)


def _check_size(query, text: str) -> None:
    """QueryError for a query with too many terms or a phrase slop over the limit."""
    from whoosh import query as wq

    leaves = [leaf for leaf in query.leaves()] if not query.is_leaf() else [query]
    # The parser looks for a plain word in each of the DEFAULT_FIELDS: that is one term the user typed.
    count = sum(1 / len(DEFAULT_FIELDS) if leaf.field() in DEFAULT_FIELDS else 1 for leaf in leaves)
    if round(count) > MAX_TERMS:
        raise QueryError(f"too many terms in query: {round(count):,} (the limit is {MAX_TERMS:,}): {_shown(text)}")
    for leaf in leaves:
        if isinstance(leaf, wq.Phrase) and leaf.slop > MAX_SLOP:
            raise QueryError(
                f"phrase slop ~{leaf.slop:,} is over the limit of {MAX_SLOP:,} words apart: {_shown(text)}"
            )


def _entity_table():
    try:
        from belreader.nlp.aliases import load_table

        return load_table()
    except Exception:  # the entity table is an enhancement; a broken user file must not break search
        return None


def _stem_fuzzy_class():
    """A FuzzyTerm that looks for near words among the field's own (stemmed) terms.

    Whoosh's FuzzyTerm looks in the spelling word list when a field has one, finds
    unstemmed words, then searches the stemmed field for them and misses.
    """
    from whoosh.query import FuzzyTerm

    class StemFuzzyTerm(FuzzyTerm):
        def _btexts(self, ixreader):
            found: set[str] = set()
            for reader in _leaf_readers(ixreader):
                automata = reader._codec.automata(reader._storage, reader._segment)
                found.update(
                    automata.terms_within(reader.cursor(self.fieldname), self.text, self.maxdist, self.prefixlength)
                )
            return sorted(found)

    return StemFuzzyTerm


def _leaf_readers(ixreader):
    if ixreader.is_atomic():
        return [ixreader]
    return [r for r, _offset in ixreader.leaf_readers()]


def _expand(query, schema, table):
    """Alias-aware terms: body/title words that name a known entity match all its spellings;
    entity:/speaker:/source: values are mapped to canonical ids."""
    from whoosh import query as wq

    from belreader.nlp.identity import current_decisions

    decided = current_decisions().resolve  # `entity:peskov` after `belreader entities merge putin peskov`
    stem_fuzzy = _stem_fuzzy_class()

    def visit(node):
        if isinstance(node, wq.FuzzyTerm) and node.fieldname in DEFAULT_FIELDS:
            # The first letter must match: an edit-distance walk over the whole vocabulary is
            # seconds at maxdist 2, and misspelt first letters are rare.
            prefix = max(node.prefixlength, 1)
            return stem_fuzzy(node.fieldname, node.text, node.boost, min(node.maxdist, MAX_FUZZY_DISTANCE), prefix)
        if isinstance(node, wq.Term) and isinstance(node.text, str):
            if node.fieldname in KEYWORD_FIELDS and table is not None:
                canonical = decided(table.canonical(node.text) or node.text)
                if canonical != node.text:
                    return wq.Term(node.fieldname, canonical, boost=node.boost)
                return node
            if node.fieldname in DEFAULT_FIELDS and table is not None:
                variants = table.expand_token(node.text) - {node.text}
                if variants:
                    analyzer = schema[node.fieldname].analyzer
                    terms = {node.text}
                    for variant in variants:
                        terms.update(t.text for t in analyzer(variant))
                    return wq.Or([wq.Term(node.fieldname, t, boost=node.boost) for t in sorted(terms)])
        if isinstance(node, wq.Phrase) and node.fieldname in KEYWORD_FIELDS and table is not None:
            from belreader.nlp.aliases import slugify

            joined = " ".join(node.words)
            return wq.Term(node.fieldname, decided(table.canonical(joined) or slugify(joined)), boost=node.boost)
        return node

    return query.accept(visit)


def bounded(query, engine, text: str, cancelled=None):
    """`query` with each prefix, wildcard, fuzzy and range term (and a field-wide `*`) replaced by
    an OR of the index words it stands for. Raises QueryError when one of them, or all of them
    together, stand for more words than the limits allow, or when finding them would look
    through too much of the index; SearchCancelled as soon as `cancelled()` is true."""
    from whoosh import query as wq

    reader = engine.reader
    budget = {"words": 0, "scanned": 0}

    def too_many(node) -> QueryError:
        return QueryError(
            f"'{_term_label(node)}' matches more than {MAX_TERM_EXPANSION:,} words in the index (the limit for a "
            f"prefix, wildcard, fuzzy or range term); make it more specific: {_shown(text)}"
        )

    def scanned(candidates, node):
        for btext in candidates:
            budget["scanned"] += 1
            if budget["scanned"] % 4096 == 0 and cancelled is not None and cancelled():
                raise SearchCancelled()
            if budget["scanned"] > MAX_SCANNED:
                raise QueryError(
                    f"the wildcards in the query look through more than {MAX_SCANNED:,} index words (the "
                    f"limit); put a few letters before the first * or ? of '{_term_label(node)}': {_shown(text)}"
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
            if len(out) > MAX_TERM_EXPANSION:
                raise too_many(node)
        budget["words"] += len(out)
        if budget["words"] > MAX_QUERY_EXPANSION:
            raise QueryError(
                f"the prefix, wildcard, fuzzy and range terms of the query match more than {MAX_QUERY_EXPANSION:,} "
                f"index words in all (the limit); make them more specific: {_shown(text)}"
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
    from whoosh import query as wq

    if isinstance(node, wq.Every):
        return "*"
    if isinstance(node, wq.Prefix):
        return f"{node.text}*"
    if isinstance(node, wq.FuzzyTerm):
        return f"{node.text}~{node.maxdist if node.maxdist != 1 else ''}"
    if isinstance(node, wq.TermRange):
        return f"[{node.start or ''} TO {node.end or ''}]"
    return str(getattr(node, "text", node))


# --------------------------------------------------------------------------- searching


SNIPPET_CHARS = 240  # longest snippet
SNIPPET_CONTEXT = 60  # characters shown before the first and after the last match of a snippet
_SPACE = re.compile(r"\s")


def make_snippets(body: str, words: set[str] | frozenset[str], top: int = 3) -> list[Snippet]:
    """Up to `top` passages of `body` around the words whose terms are in `words`, in text order,
    the passages with the most matches chosen; the article's opening when nothing matches."""
    spans = terms.spans_of(body, words)
    if not spans:
        lead = body[:SNIPPET_CHARS]
        return [Snippet(lead, 0, len(lead), [])] if lead else []
    fragments = []
    i = 0
    while i < len(spans):
        start = max(0, spans[i][0] - SNIPPET_CONTEXT)
        j = i
        while j + 1 < len(spans) and spans[j + 1][1] + SNIPPET_CONTEXT - start <= SNIPPET_CHARS:
            j += 1
        end = min(len(body), max(spans[j][1] + SNIPPET_CONTEXT, start + SNIPPET_CHARS * 2 // 3))
        if j + 1 < len(spans):
            end = min(end, spans[j + 1][0])  # an unmarked match of the next passage stays out
        fragments.append((_word_start(body, start, spans[i][0]), _word_end(body, end, spans[j][1]), spans[i : j + 1]))
        i = j + 1
    best = sorted(fragments, key=lambda f: (-len(f[2]), f[0]))[:top]
    return [
        Snippet(body[start:end], start, end, [(a - start, b - start) for a, b in matched])
        for start, end, matched in sorted(best)
    ]


def _word_start(body: str, start: int, first_match: int) -> int:
    """`start` moved forward to the beginning of a word (not past the first match)."""
    if start == 0:
        return 0
    space = _SPACE.search(body, start - 1, first_match)
    return space.end() if space else first_match


def _word_end(body: str, end: int, last_match: int) -> int:
    """`end` moved back to the end of a word (not before the last match)."""
    if end >= len(body):
        return len(body)
    return max((m.start() for m in _SPACE.finditer(body, last_match, end + 1)), default=end)


def search(
    index: CorpusIndex,
    text: str,
    *,
    page: int = 1,
    pagelen: int = 10,
    snippets: int = 3,
    facets: bool = True,
    kind: str = "article",
    suggest: bool = True,
    cancelled=None,
) -> SearchResults:
    """Run `text` against the index. Raises QueryError for a malformed query or one over the
    limits (see MAX_*), and SearchCancelled once `cancelled()` (checked between the stages and
    inside the long ones) is true: the reader gives up an abandoned query that way, at once.

    Ranking, the exact total and the publisher counts come from one evaluation of the query
    (`belreader.engine`). With `suggest=False` a query without hits gets no did-you-mean (that
    costs more than the search; the reader asks `suggestion()` only once the typing pauses)."""
    page = max(1, page)
    check = _canceller(cancelled)
    with index.searcher() as searcher:
        engine = index.engine(searcher)
        query = bounded(parse_query(text, searcher.schema), engine, text, cancelled)
        check()
        ids, scores = engine.run(query, cancelled=cancelled)
        check()
        keep = engine.mask("kind", kind)[ids]
        ids, scores = ids[keep], scores[keep]
        total = len(ids)
        start = (page - 1) * pagelen
        chosen = _ranked(ids, scores, start + pagelen)[start:]
        words = _query_match(query, searcher.reader(), engine).highlight_words() if snippets and len(chosen) else set()
        hits = []
        for rank, at in enumerate(chosen.tolist(), start=start + 1):
            check()
            stored = searcher.stored_fields(int(ids[at]))
            hits.append(
                Hit(
                    id=stored["id"],
                    title=stored.get("title", ""),
                    path=stored.get("path", ""),
                    publisher=stored.get("publisher") or None,
                    author=stored.get("author") or None,
                    date=stored.get("date") or None,
                    score=float(scores[at]),
                    rank=rank,
                    snippets=make_snippets(stored.get("body") or "", words, snippets) if snippets else [],
                    n_claims=stored.get("n_claims") or 0,
                )
            )
        facet_counts: dict[str, dict[str, int]] = {}
        if facets and kind == "article" and total:
            labels, codes = engine.codes("publisher_key")
            counts = np.bincount(codes[ids] + 1, minlength=len(labels) + 1)[1:]
            facet_counts["publisher"] = dict(
                sorted(((labels[i], int(n)) for i, n in enumerate(counts) if n), key=lambda kv: (-kv[1], kv[0]))
            )
        suggestion = None
        if total == 0 and suggest:
            suggestion = did_you_mean(index, searcher, text)
    return SearchResults(
        query=text,
        total=total,
        page=page,
        pagelen=pagelen,
        hits=hits,
        facets=facet_counts,
        suggestion=suggestion,
    )


def _canceller(cancelled):
    """A function that raises SearchCancelled when `cancelled()` is true (never for None)."""

    def check() -> None:
        if cancelled is not None and cancelled():
            raise SearchCancelled()

    return check


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


def suggestion(index: CorpusIndex, text: str) -> str | None:
    """A did-you-mean for `text` on its own (see `did_you_mean`)."""
    with index.searcher() as searcher:
        parse_query(text, searcher.schema)
        return did_you_mean(index, searcher, text)


_PLAIN_WORD = re.compile(r"(?<![\w:*~'’-])[A-Za-z][A-Za-z'’-]{2,}(?![\w:*~'’-])")


def did_you_mean(index: CorpusIndex, searcher, text: str) -> str | None:
    """The query with each word the index does not know replaced by the closest word form the
    index has seen (edit distance <= 2; on ties the more frequent, then the first in alphabetical
    order), if that finds something."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    reader = searcher.reader()
    schema = searcher.schema
    analyzer = schema["body"].analyzer
    vocabulary = index.vocabulary()

    def known(word: str) -> bool:
        stems = [t.text for t in analyzer(word)]
        return not stems or any((f, stem) in reader for f in DEFAULT_FIELDS for stem in stems)

    def fix(match: re.Match) -> str:
        word = match.group(0)
        if word in _OPERATORS or known(word) or not vocabulary:
            return word
        candidates = process.extract(
            word.lower(), vocabulary.keys(), scorer=Levenshtein.distance, score_cutoff=2, limit=20
        )
        if not candidates:
            return word
        best = min(candidates, key=lambda c: (c[1], -vocabulary[c[0]], c[0]))
        return best[0]

    corrected = _PLAIN_WORD.sub(fix, text)
    if corrected == text:
        return None
    engine = index.engine(searcher)
    try:
        query = bounded(parse_query(corrected, schema), engine, corrected)
    except QueryError:
        return None
    ids, _scores = engine.run(query)
    return corrected if engine.mask("kind", "article")[ids].any() else None


@dataclass(slots=True)
class QueryMatch:
    """What a query looks for inside an article: the positive (not negated) parts of it."""

    words: set[str] = field(default_factory=set)  # indexed body words, expanded
    phrases: list[tuple[list[str], int]] = field(default_factory=list)  # (words, slop)
    entities: set[str] = field(default_factory=set)
    speakers: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)

    def highlight_words(self) -> set[str]:
        """The terms to mark in the text: the words, and the words of the phrases."""
        return self.words | {word for words, _slop in self.phrases for word in words}


def _positive_leaves(node):
    from whoosh import query as wq

    if isinstance(node, wq.Not):
        return []
    if isinstance(node, wq.AndNot):
        return _positive_leaves(node.a)
    if node.is_leaf():
        return [node]
    return [leaf for child in node.children() for leaf in _positive_leaves(child)]


def query_match(index: CorpusIndex, text: str) -> QueryMatch:
    """The parts of query `text` to look for in an article's text and analysis."""
    with index.searcher() as searcher:
        engine = index.engine(searcher)
        return _query_match(bounded(parse_query(text, searcher.schema), engine, text), searcher.reader(), engine)


def _query_match(query, reader, engine) -> QueryMatch:
    """Prefix and fuzzy terms are expanded by `engine`, to the very words a search matches."""
    from whoosh import query as wq

    match = QueryMatch()
    for leaf in _positive_leaves(query):
        fieldname = leaf.field()
        if isinstance(leaf, wq.Phrase) and fieldname in DEFAULT_FIELDS:
            match.phrases.append((list(leaf.words), leaf.slop))
            continue
        if isinstance(leaf, wq.Term) and fieldname in KEYWORD_FIELDS:
            {"entity": match.entities, "speaker": match.speakers, "source": match.sources}[fieldname].add(leaf.text)
            continue
        if fieldname not in DEFAULT_FIELDS:
            continue
        if isinstance(leaf, wq.MultiTerm):
            match.words.update(w.decode("utf-8") if isinstance(w, bytes) else w for w in engine.expand(leaf))
            continue
        # Query.existing_terms() would do this, but in whoosh 2.7.5 it reuses its `fieldname`
        # argument as a loop variable and skips every field after the first.
        for term_field, term in leaf.expanded_terms(reader):
            if (term_field, term) in reader:
                match.words.add(term.decode("utf-8") if isinstance(term, bytes) else term)
    return match


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


def matching_paragraphs(index: CorpusIndex, text: str, article, analysis=None) -> list[int]:
    """Indexes of `article`'s paragraphs that hold something the query looks for: a word, a whole
    phrase, or (given the article's analysis) a mention, speaker or cited source it names."""
    match = query_match(index, text)
    hits: set[int] = set()
    for paragraph in article.paragraphs:
        tokens = terms.term_list(article.paragraph_text(paragraph))
        if match.words & set(tokens) or any(_has_phrase(tokens, w, s) for w, s in match.phrases):
            hits.add(paragraph.index)
    if analysis is not None:
        hits.update(m.paragraph for m in analysis.mentions if m.entity_id in match.entities)
        hits.update(c.paragraph for c in analysis.claims if c.speaker_id in match.speakers)
        hits.update(c.paragraph for c in analysis.claims if set(c.outlets) & match.sources)
    return sorted(hits)


def term_spans(index: CorpusIndex, text: str, body: str) -> list[tuple[int, int]]:
    """Character spans in `body` of the words the query matches (highlighting in the article view)."""
    return terms.spans_of(body, query_match(index, text).highlight_words())
