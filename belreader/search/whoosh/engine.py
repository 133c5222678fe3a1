"""Query evaluation over whole posting lists.

Whoosh parses the query and stores the index; this module runs the parsed query. Whoosh's own
matchers step through the matching documents one at a time in Python (a function call or
three per document and per term), which at 50,000 articles made a common word cost 30 ms and a
phrase 200 ms. Here each term's postings are read a block at a time into numpy arrays, BM25 is
computed for all of them at once, and the boolean structure of the query becomes array set
operations; ranking, the exact total and facet counts all come from the same arrays.

Scores are Whoosh's: BM25F per term (its idf, average field length and stored length byte),
times the query boosts, summed over the matching clauses. Query types this module does not know
are run by Whoosh's matcher (slower, same answer), so nothing the parser accepts is refused.
"""

from __future__ import annotations

from contextlib import contextmanager
from itertools import accumulate
from pickle import loads

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

from belreader.search.whoosh.fastwrite import split_values
from belreader.search.whoosh.terms import CompactPositions, decode_positions

_POSITION_BITS = 32  # a phrase key is (candidate row << 32) + position
_UINT16 = ord("H")  # CompactPositions typecode of 16-bit gaps
_INT_SIZE = 4  # a positions value starts with the packed count of positions
_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
_EMPTY = (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float64))


class Engine:
    """Evaluates queries for one searcher (one state of the index); keep one per searcher."""

    def __init__(self, searcher) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.schema = searcher.schema
        self.weighting = searcher.weighting
        self.doc_count = self.reader.doc_count_all()
        self._leaves = [(self.reader, 0)] if self.reader.is_atomic() else list(self.reader.leaf_readers())
        self._live = self._live_mask()
        self._lengths: dict[str, np.ndarray] = {}
        self._fuzzy_pool: dict[tuple[str, str], list[str]] = {}
        self._masks: dict[tuple[str, str], np.ndarray] = {}
        self._codes: dict[str, tuple[list[str], np.ndarray]] = {}
        self._words: dict[str, list[str]] = {}
        self._cancelled = None  # the running query's give-up check
        self._known: dict | None = None  # the term look-ups being kept (see remembering)

    # ------------------------------------------------------------------ per-index data

    def _live_mask(self) -> np.ndarray | None:
        """True for documents that are not deleted (None: nothing is deleted)."""
        if not self.reader.has_deletions():
            return None
        live = np.ones(self.doc_count, dtype=bool)
        for leaf, offset in self._leaves:
            if leaf.has_deletions():
                dead = np.fromiter(_deleted(leaf), dtype=np.int64)
                live[dead + offset] = False
        return live

    def lengths(self, fieldname: str) -> np.ndarray:
        """Every document's stored length of `fieldname` (what BM25 sees), by docnum."""
        found = self._lengths.get(fieldname)
        if found is None:
            parts = [_leaf_lengths(leaf, fieldname) for leaf, _ in self._leaves]
            found = self._lengths[fieldname] = np.concatenate(parts) if parts else np.empty(0)
        return found

    def mask(self, fieldname: str, value: str) -> np.ndarray:
        """True for the documents whose `fieldname` holds `value` (an ID or KEYWORD field)."""
        key = (fieldname, value)
        found = self._masks.get(key)
        if found is None:
            found = np.zeros(self.doc_count, dtype=bool)
            found[self._term(fieldname, value, 1.0, scored=False)[0]] = True
            self._masks[key] = found
        return found

    def codes(self, fieldname: str) -> tuple[list[str], np.ndarray]:
        """The values of a single-valued ID field and, by docnum, the index of each document's
        value in that list (-1 for none): facet counts are then one bincount."""
        found = self._codes.get(fieldname)
        if found is None:
            labels: list[str] = []
            codes = np.full(self.doc_count, -1, dtype=np.int64)
            if fieldname in self.schema:
                postings = self._term_documents(fieldname)
                if postings is None:  # another codec: term by term
                    for btext in self.reader.lexicon(fieldname):
                        codes[self._term(fieldname, btext.decode("utf-8"), 1.0, scored=False)[0]] = len(labels)
                        labels.append(btext.decode("utf-8"))
                else:
                    for btext in sorted(postings):
                        ids = np.concatenate(postings[btext]) if len(postings[btext]) > 1 else postings[btext][0]
                        if self._live is not None:
                            ids = ids[self._live[ids]]
                        codes[ids] = len(labels)
                        labels.append(btext.decode("utf-8"))
            found = self._codes[fieldname] = (labels, codes)
        return found

    def _term_documents(self, fieldname: str) -> dict[bytes, list[np.ndarray]] | None:
        """Each term of `fieldname` -> the global docnums holding it (deleted ones included), read
        from the term infos in one pass over each segment's term table: a term in one document
        (a text_key is that, mostly) names it there, so only the others' postings are read.
        Reading every term's postings instead cost ~80 µs a term (0.18 s for the BBC corpus's
        text keys, seconds at 50,000 articles, on the first search after each commit). None
        when a segment's term table is not the W3 codec's."""
        out: dict[bytes, list[np.ndarray]] = {}
        fmt = self.schema[fieldname].format
        for leaf, offset in self._leaves:
            terms = getattr(leaf, "_terms", None)
            if terms is None or not hasattr(terms, "items_from"):
                return None
            for (name, btext), info in terms.items_from(fieldname, b""):
                if name != fieldname:
                    break
                if info.doc_frequency() == 1:
                    ids = np.array([info.min_id() + offset], dtype=np.int64)
                else:
                    matcher = terms.matcher(fieldname, btext, fmt)
                    ids = np.asarray(_read_matcher(matcher, False)[0], dtype=np.int64) + offset
                out.setdefault(btext, []).append(ids)
        return out

    def words(self, fieldname: str) -> list[str]:
        """Every index word of `fieldname`, in order, decoded (what wildcards look through: reading
        the lexicon from Whoosh costs ~12 µs a word, so it is read once per searcher)."""
        found = self._words.get(fieldname)
        if found is None:
            found = self._words[fieldname] = (
                [t.decode("utf-8") for t in self.reader.lexicon(fieldname)] if fieldname in self.schema else []
            )
        return found

    def live(self, ids: np.ndarray) -> np.ndarray:
        return ids if self._live is None else ids[self._live[ids]]

    # ------------------------------------------------------------------ evaluation

    def run(self, query, cancelled=None) -> tuple[np.ndarray, np.ndarray]:
        """(docnums in ascending order, their scores) of the live documents matching `query`.
        Raises belreader.search.SearchCancelled as soon as `cancelled()` is true (checked at
        every node of the query)."""
        self._cancelled = cancelled
        try:
            return self._eval(query, scored=True)
        finally:
            self._cancelled = None

    @contextmanager
    def remembering(self, known: dict):
        """Within the block, the terms looked up in the index are kept in `known` (and answered
        from it): a later look at the same query (its QueryMatch) finds them there."""
        saved, self._known = self._known, known
        try:
            yield
        finally:
            self._known = saved

    def _eval(self, node, scored: bool) -> tuple[np.ndarray, np.ndarray]:
        if self._cancelled is not None and self._cancelled():
            from belreader.search import SearchCancelled

            raise SearchCancelled()
        if isinstance(node, wq.Term):
            return self._term(node.fieldname, node.text, node.boost, scored)
        if isinstance(node, wq.And):
            return self._and(node.subqueries, node.boost, scored)
        if isinstance(node, wq.Or) and type(node) is wq.Or and not node.scale and node.minmatch in (0, 1, None):
            return self._or(node.subqueries, node.boost, scored)
        if isinstance(node, wq.Not):
            ids, _ = self._eval(node.query, scored=False)
            rest = self.live(np.setdiff1d(np.arange(self.doc_count, dtype=np.int64), ids, assume_unique=True))
            return rest, np.ones(len(rest))  # Whoosh's InverseMatcher scores 1.0
        if isinstance(node, wq.AndNot):
            ids, scores = self._eval(node.a, scored)
            out, _ = self._eval(node.b, scored=False)
            keep = ~np.isin(ids, out, assume_unique=True)
            return ids[keep], scores[keep]
        if isinstance(node, wq.AndMaybe):
            ids, scores = self._eval(node.a, scored)
            extra_ids, extra = self._eval(node.b, scored)
            return ids, scores + _lookup(ids, extra_ids, extra)
        if isinstance(node, wq.Require):
            ids, scores = self._eval(node.a, scored)
            need, _ = self._eval(node.b, scored=False)
            keep = np.isin(ids, need, assume_unique=True)
            return ids[keep], scores[keep]
        if isinstance(node, wq.Phrase):
            return self._phrase(node, scored)
        if isinstance(node, wq.MultiTerm):
            return self._multiterm(node, scored)
        if node is wq.NullQuery or isinstance(node, type(wq.NullQuery)):
            return _EMPTY
        return self._whoosh(node)

    def _indexed(self, fieldname: str, text) -> bytes | None:
        """`text` as the index stores it in `fieldname`, or None if no document has it."""
        known = self._known
        if known is None:
            return self._look_up(fieldname, text)
        key = (fieldname, text)
        if key not in known:
            known[key] = self._look_up(fieldname, text)
        return known[key]

    def indexed(self, fieldname: str, text) -> bytes | None:
        """`text` as the index stores it in `fieldname`, or None if no document has it (from the
        terms kept by `remembering` where it can: a look-up in Whoosh's term table hashes the
        term each time, ~10 µs)."""
        return self._indexed(fieldname, text)

    def _look_up(self, fieldname: str, text) -> bytes | None:
        if fieldname not in self.schema:
            return None
        try:
            btext = self.schema[fieldname].to_bytes(text)
        except ValueError:
            return None
        return btext if (fieldname, btext) in self.reader else None

    def _term(self, fieldname: str, text, boost: float, scored: bool) -> tuple[np.ndarray, np.ndarray]:
        btext = self._indexed(fieldname, text)
        if btext is None:
            return _EMPTY
        ids, weights = self._postings(fieldname, btext, self.schema[fieldname].format)
        if self._live is not None:
            keep = self._live[ids]
            ids, weights = ids[keep], weights[keep]
        if not scored:
            return ids, weights
        return ids, self._bm25(fieldname, btext, ids, weights) * boost

    def _postings(self, fieldname: str, btext: bytes, fmt, values: bool = False):
        """Global docnums and weights (and the encoded values) of one term, deleted ones included."""
        all_ids: list = []
        all_weights: list = []
        all_values: list = []
        for leaf, offset in self._leaves:
            try:
                matcher = leaf._terms.matcher(fieldname, btext, fmt)
            except (TermNotFound, KeyError):
                continue
            ids, weights, vals = _read_matcher(matcher, values)
            all_ids.append(np.asarray(ids, dtype=np.int64) + offset)
            all_weights.append(np.asarray(weights, dtype=np.float64))
            all_values.extend(vals)
        if not all_ids:
            out = (_EMPTY[0], _EMPTY[1])
        else:
            out = (np.concatenate(all_ids), np.concatenate(all_weights))
        return (*out, all_values) if values else out

    def _bm25(self, fieldname: str, btext: bytes, ids: np.ndarray, weights: np.ndarray) -> np.ndarray:
        field = self.schema[fieldname]
        weighting = self.weighting
        B = getattr(weighting, "_field_B", {}).get(fieldname, getattr(weighting, "B", 0.75))
        K1 = getattr(weighting, "K1", 1.2)
        if not field.scorable:
            return weights.copy()
        idf = self.searcher.idf(fieldname, btext)
        avgfl = self.searcher.avg_field_length(fieldname) or 1
        fl = self.lengths(fieldname)[ids]
        return idf * ((weights * (K1 + 1)) / (weights + K1 * ((1 - B) + B * fl / avgfl)))

    def _and(self, subqueries, boost: float, scored: bool):
        parts = sorted((self._eval(q, scored) for q in subqueries), key=lambda p: len(p[0]))
        ids, scores = parts[0]
        for other_ids, other_scores in parts[1:]:
            if not len(ids):
                break
            keep = np.isin(ids, other_ids, assume_unique=True)
            ids, scores = ids[keep], scores[keep]
            if scored:
                scores = scores + _lookup(ids, other_ids, other_scores)
        return ids, scores * boost if scored else scores

    def _or(self, subqueries, boost: float, scored: bool):
        ids, scores = _union([self._eval(q, scored) for q in subqueries])
        return ids, scores * boost if scored else scores

    def expand(self, node) -> list:
        """The index terms a prefix, wildcard or fuzzy term stands for."""
        if isinstance(node, wq.FuzzyTerm):
            return self._near_terms(node.fieldname, node.text, node.maxdist, node.prefixlength)
        return [w for w in node._btexts(self.reader) if w]

    def _multiterm(self, node, scored: bool):
        """Prefix, wildcard and fuzzy terms: an OR of the index terms they expand to."""
        words = self.expand(node)
        if not words:
            return _EMPTY
        if len(words) == 1:
            return self._term(node.fieldname, words[0], 1.0, scored)
        # Whoosh asks for constant scores here, but its searcher falls back to its weighting
        # when given none: the terms are scored, and so are they here.
        ids, scores = _union([self._term(node.fieldname, w, 1.0, scored) for w in words])
        return ids, scores * node.boost

    def _near_terms(self, fieldname: str, text: str, maxdist: int, prefixlength: int) -> list[str]:
        """Index terms of `fieldname` within `maxdist` edits of `text` that share its first
        `prefixlength` letters (what FuzzyTerm finds, without walking an automaton per segment)."""
        from rapidfuzz import process
        from rapidfuzz.distance import Levenshtein

        if fieldname not in self.schema:
            return []
        prefix = text[:prefixlength]
        key = (fieldname, prefix)
        candidates = self._fuzzy_pool.get(key)
        if candidates is None:
            candidates = self._fuzzy_pool[key] = (
                [t.decode("utf-8") for t in self.reader.expand_prefix(fieldname, prefix)]
                if prefix
                else [t.decode("utf-8") for t in self.reader.lexicon(fieldname)]
            )
        found = process.extract(text, candidates, scorer=Levenshtein.distance, score_cutoff=maxdist, limit=None)
        return sorted(word for word, _distance, _index in found)

    def _phrase(self, node, scored: bool):
        """Documents with the words in order, each within `slop` positions of the one before
        (Whoosh's SpanNear2 with ordered=True, mindist=1); scored as the sum of its terms."""
        fieldname = node.fieldname
        if fieldname not in self.schema or not node.words:
            return _EMPTY
        field = self.schema[fieldname]
        fmt = field.format
        if not fmt or not fmt.supports("positions"):
            return self._whoosh(node)
        found_terms = [self._indexed(fieldname, word) for word in node.words]
        terms = [btext for btext in found_terms if btext is not None]
        if len(terms) < len(found_terms):
            return _EMPTY
        if len(terms) == 1:
            return self._term(fieldname, node.words[0], node.boost, scored)
        postings = [(btext, *self._postings(fieldname, btext, fmt, values=True)) for btext in terms]
        candidates = postings[0][1]
        for _btext, ids, _weights, _values in postings[1:]:
            candidates = np.intersect1d(candidates, ids, assume_unique=True)
        if self._live is not None:
            candidates = candidates[self._live[candidates]]
        if not len(candidates):
            return _EMPTY
        # Every (candidate, position) of each word as one int64 key, candidate-major; a word
        # continues the phrase where its key minus 1..slop is a key reached by the word before.
        compact = isinstance(fmt, CompactPositions)
        decode = decode_positions if compact else _pickled_positions
        slop = max(1, node.slop)
        rows = np.arange(len(candidates), dtype=np.int64)  # the candidates still in the running

        def position_keys(rows: np.ndarray, ids: np.ndarray, values: list[bytes]) -> np.ndarray:
            where = np.searchsorted(ids, candidates[rows]).tolist()
            counts, positions = _decode_all([values[i] for i in where], decode, compact)
            return np.repeat(rows << _POSITION_BITS, counts) + positions

        reached = position_keys(rows, postings[0][1], postings[0][3])
        for _btext, ids, _weights, values in postings[1:]:
            keys = position_keys(rows, ids, values)
            # The nearest reached key before each key (keys and reached are ascending): the word
            # follows when that key is in the same candidate and at most `slop` positions back.
            # One search per key, whatever the slop (a loop over the gaps took seconds at ~1000).
            before = np.searchsorted(reached, keys, side="left") - 1
            previous = reached[np.maximum(before, 0)]
            follows = (
                (before >= 0) & (keys - previous <= slop) & ((previous >> _POSITION_BITS) == (keys >> _POSITION_BITS))
            )
            reached = keys[follows]
            if not len(reached):
                return _EMPTY
            rows = np.unique(reached >> _POSITION_BITS)
        found = np.unique(reached >> _POSITION_BITS)
        ids = candidates[found]
        if not scored:
            return ids, np.zeros(len(ids))
        scores = np.zeros(len(ids))
        for btext, term_ids, weights, _values in postings:
            at = np.searchsorted(term_ids, ids)
            scores += self._bm25(fieldname, btext, ids, weights[at])
        return ids, scores * node.boost

    def _whoosh(self, node):
        """Any other query: Whoosh's matcher, document by document."""
        matcher = node.matcher(self.searcher, self.searcher.context())
        ids, scores = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            scores.append(matcher.score())
            matcher.next()
        order = np.argsort(np.asarray(ids, dtype=np.int64), kind="stable")
        return np.asarray(ids, dtype=np.int64)[order], np.asarray(scores, dtype=np.float64)[order]


def _pickled_positions(value: bytes):
    """Decode a Whoosh Positions value (its decode_positions, without the loop)."""
    return accumulate(loads(value[_INT_SIZE:] if value.endswith(b".") else value[_INT_SIZE:] + b"."))


def _decode_all(values: list[bytes], decode, compact: bool) -> tuple[np.ndarray, np.ndarray]:
    """(number of positions, all positions concatenated) of a list of position values. Compact
    values of 16-bit gaps (all but documents of more than 65,535 words) are decoded together."""
    if compact and all(v[_INT_SIZE] == _UINT16 for v in values):
        gaps = np.frombuffer(b"".join([v[_INT_SIZE + 1 :] for v in values]), dtype="<u2").astype(np.int64)
        counts = (np.fromiter(map(len, values), dtype=np.int64, count=len(values)) - _INT_SIZE - 1) // 2
        totals = np.cumsum(gaps)
        starts = np.cumsum(counts) - counts  # where each value's gaps begin
        before = np.where(starts > 0, totals[np.maximum(starts - 1, 0)], 0)
        return counts, totals - np.repeat(before, counts)
    positions: list[int] = []
    each: list[int] = []
    for value in values:
        first = len(positions)
        positions.extend(decode(value))
        each.append(len(positions) - first)
    return np.asarray(each, dtype=np.int64), np.asarray(positions, dtype=np.int64)


def _union(parts: list) -> tuple[np.ndarray, np.ndarray]:
    """The documents of any of `parts` ((ids, scores) pairs), each with its scores summed."""
    parts = [p for p in parts if len(p[0])]
    if not parts:
        return _EMPTY
    if len(parts) == 1:
        return parts[0]
    ids, inverse = np.unique(np.concatenate([p[0] for p in parts]), return_inverse=True)
    scores = np.bincount(inverse, weights=np.concatenate([p[1] for p in parts]), minlength=len(ids))
    return ids, scores


def _lookup(ids: np.ndarray, other_ids: np.ndarray, other_scores: np.ndarray) -> np.ndarray:
    """For each of `ids`, its score in (other_ids, other_scores), 0 where absent."""
    if not len(other_ids) or not len(ids):
        return np.zeros(len(ids))
    at = np.searchsorted(other_ids, ids)
    at[at >= len(other_ids)] = 0
    hit = other_ids[at] == ids
    return np.where(hit, other_scores[at], 0.0)


def _read_matcher(matcher, values: bool):
    """(ids, weights, values) of a raw posting matcher: W3 blocks a block at a time."""
    ids: list = []
    weights: list = []
    vals: list = []
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids and matcher._fixedsize is None:
        # A block's data is (delta-coded ids, weights: None = all 1.0, a float = all that
        # value, or one each; values), as W3LeafMatcher._read_ids/_read_weights unpack it.
        while matcher.is_active():
            matcher._read_data()
            block_ids, block_weights, block_values = matcher._data
            ids.extend(accumulate(block_ids))
            if block_weights is None:
                weights.extend([1.0] * matcher._blocklength)
            elif isinstance(block_weights, float):
                weights.extend([block_weights] * matcher._blocklength)
            else:
                weights.extend(block_weights)
            if values:
                vals.extend(split_values(block_values))
            if matcher._lastblock:
                break
            matcher._next_block()
        return ids, weights, vals
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        if values:
            vals.append(matcher.value())
        matcher.next()
    return ids, weights, vals


def _deleted(leaf):
    perdoc = getattr(leaf, "_perdoc", None)
    if perdoc is not None:
        return perdoc.deleted_docs()
    return (n for n in range(leaf.doc_count_all()) if leaf.is_deleted(n))


def _leaf_lengths(leaf, fieldname: str) -> np.ndarray:
    """One segment's stored length bytes of `fieldname`, decoded, by docnum."""
    count = leaf.doc_count_all()
    try:
        from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

        column = leaf._perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
        if column is None:
            return np.zeros(count)
        raw = column._dbfile.get(column._basepos, min(column._count, count))
        codes = np.zeros(count, dtype=np.uint8)
        codes[: len(raw)] = np.frombuffer(raw, dtype=np.uint8)
        return _LENGTHS[codes]
    except (AttributeError, ImportError):  # another codec: ask document by document
        return np.array([leaf.doc_field_length(n, fieldname) or 0 for n in range(count)], dtype=np.float64)
