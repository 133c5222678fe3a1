"""Text -> index terms, as the cluster analyses it, for highlighting, phrases and patterns.

Words are found in Python with the pattern of the cluster's tokenizer (schema.WORD_PATTERN;
the tokenizer also skips stop words and one-letter words, which analyse to nothing here);
each distinct word is analysed once by the cluster (`_analyze`, many words per request) and
remembered, so `tokens()` and `spans()` give exactly the cluster's terms and cost no request for
words seen before. The analysis is per word (no filter looks at a word's neighbours), so a word
alone gives the term it gives inside a text.
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable

from belreader.search.opensearch import schema

WORD = re.compile(schema.WORD_PATTERN)
_CACHE_LIMIT = 400_000
_WORDS_PER_REQUEST = 4_000
_TEXTS_KEPT = 32  # a page of hits and a few more  # the cluster's index.analyze.max_token_count is 10,000


class Analysis:
    """The cluster's analyzers of one belreader index, cached word by word."""

    def __init__(self, client, index: str) -> None:
        self._client = client
        self._index = index
        self._cache: dict[str, dict[str, str]] = {}
        self._lock = threading.Lock()
        # The distinct words of the last few texts spans() was given, by identity: a search asks
        # for the spans of one hit's body once per phrase and once for its words (the same
        # string object), and finding the words is most of that; a body fetched again by a later
        # search is a new object and is read again.
        self._texts: list[tuple[str, frozenset[str]]] = []
        # The spans of some terms in a hit's body, as the cluster's highlighter marked them
        # (remember()), by the body's identity: the search's own hits.
        self._marked: list[tuple[str, frozenset[str], list[tuple[int, int]]]] = []

    def terms(self, words: Iterable[str], analyzer: str = schema.TEXT) -> dict[str, str]:
        """word -> its term ("" for a stop word), for each of `words`."""
        cache = self._cache.setdefault(analyzer, {})
        wanted = list(dict.fromkeys(words))
        missing = [w for w in wanted if w not in cache]
        if missing:
            found = self._analyse(missing, analyzer)
            with self._lock:
                if len(cache) + len(found) > _CACHE_LIMIT:
                    cache.clear()
                cache.update(found)
            return {w: cache.get(w, found.get(w, "")) for w in wanted}
        return {w: cache[w] for w in wanted}

    def _analyse(self, words: list[str], analyzer: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for at in range(0, len(words), _WORDS_PER_REQUEST):
            chunk = words[at : at + _WORDS_PER_REQUEST]
            starts: dict[int, str] = {}
            offset = 0  # in UTF-16 code units, as the cluster counts offsets
            for word in chunk:
                starts[offset] = word
                offset += len(word.encode("utf-16-le")) // 2 + 1
            text = " ".join(chunk)
            response = self._client.indices.analyze(index=self._index, body={"analyzer": analyzer, "text": text})
            for token in response.get("tokens", []):
                found = starts.get(token["start_offset"])
                if found is not None and found not in out:
                    out[found] = token["token"]
            for word in chunk:
                out.setdefault(word, "")
        return out

    def one(self, text: str, analyzer: str) -> str:
        """The single term of a pattern's text (the analyzer keeps it as one token)."""
        cache = self._cache.setdefault(analyzer, {})
        if text not in cache:
            response = self._client.indices.analyze(index=self._index, body={"analyzer": analyzer, "text": text})
            tokens = response.get("tokens", [])
            cache[text] = tokens[0]["token"] if tokens else ""
        return cache[text]

    def positioned(self, text: str, analyzer: str = schema.TEXT) -> list[tuple[str, int]]:
        """(term, position) of the words of `text` that are indexed, numbered as the index
        numbers them: a stop word leaves no gap (schema.TOKEN_PATTERN), as in Whoosh."""
        words = WORD.findall(text)
        terms = self.terms(words, analyzer)
        kept = [terms[w] for w in words if terms[w]]
        return [(term, at) for at, term in enumerate(kept)]

    def _cached(self, words: list[str], analyzer: str = schema.TEXT) -> dict[str, str]:
        """The cache of `analyzer`, holding every one of `words` (the missing ones analysed)."""
        cache = self._cache.setdefault(analyzer, {})
        missing = [w for w in words if w not in cache]
        if missing:
            found = self.terms(missing, analyzer)
            if any(w not in cache for w in missing):  # the cache was cleared meanwhile
                return {**cache, **found}
        return cache

    def tokens(self, text: str) -> list[str]:
        words = WORD.findall(text)
        terms = self._cached(words)
        return [term for term in map(terms.__getitem__, words) if term]

    def remember(self, text: str, wanted: frozenset[str], marked: str | None, start: str, end: str) -> None:
        """Keep the spans of the words of `text` whose terms are `wanted`, read from `marked`
        (`text` as the cluster's highlighter gave it back, each such word between `start` and
        `end`; None: it found none), for spans() of the same text object. Nothing is kept when
        the marks do not give back exactly `text` (a text that holds a mark character itself)."""
        if start in text or end in text:
            return
        spans: list[tuple[int, int]] = []
        if marked is not None:
            parts = marked.split(start)
            plain = [parts[0]]
            at = len(parts[0])
            for part in parts[1:]:
                word, sep, rest = part.partition(end)
                if not sep or not word:
                    return
                spans.append((at, at + len(word)))
                plain += (word, rest)
                at += len(word) + len(rest)
            if "".join(plain) != text:
                return
        self._marked = [(text, wanted, spans), *self._marked[: _TEXTS_KEPT - 1]]  # replaced whole: safe for readers

    def _remembered(self, text: str, wanted: frozenset[str]) -> list[tuple[int, int]] | None:
        """The spans of `wanted` in `text` from what remember() kept of this text object, if it
        kept them for these terms or more (then the spans of the others are left out)."""
        for seen, terms, spans in self._marked:
            if seen is text and wanted <= terms:
                if wanted == terms:
                    return list(spans)
                cache = self._cached(list({text[a:b] for a, b in spans}))
                return [(a, b) for a, b in spans if cache[text[a:b]] in wanted]
        return None

    def spans(self, text: str, wanted: Iterable[str]) -> list[tuple[int, int]]:
        """Spans of the words of `text` whose terms are `wanted`: as the cluster marked them in a
        search's hit (remember()), else found here: the distinct words are looked
        up once (set operations while all are cached), then one regular expression of the
        matching words (whole tokens only, as WORD cuts them) finds them in the text, without a
        Python step per word of the text."""
        wanted = frozenset(wanted)
        if not wanted:
            return []
        remembered = self._remembered(text, wanted)
        if remembered is not None:
            return remembered
        words = self._words_of(text)
        terms = self._cache.get(schema.TEXT)
        if terms is None or not words <= terms.keys():
            terms = self._cached(list(words))
        hits = sorted((w for w in words if terms[w] in wanted), key=lambda w: (-len(w), w))
        if not hits:
            return []
        return [m.span() for m in _token_pattern(tuple(hits)).finditer(text)]

    def _words_of(self, text: str) -> frozenset[str]:
        for seen, words in self._texts:
            if seen is text:
                return words
        words = frozenset(WORD.findall(text))
        self._texts = [(text, words), *self._texts[: _TEXTS_KEPT - 1]]  # replaced whole: safe for readers
        return words


@functools.lru_cache(maxsize=256)
def _token_pattern(words: tuple[str, ...]) -> re.Pattern:
    """Any of `words` as a whole token of WORD: not preceded by a word character (or one and a
    dot: "U.S" is one token) and not followed by one (or a dot and one)."""
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"(?<![\w*])(?<![\w*]\.)(?:{alternatives})(?![\w*])(?!\.[\w*])")


def fold(word: str) -> str:
    """`word` lower-cased with its accents removed (for the did-you-mean vocabulary)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def word_forms(raw: Counter) -> Counter:
    """Word forms as people type them (lower case, accents folded, three letters or more, not
    numbers) with their counts, from counts of raw words: the did-you-mean vocabulary."""
    out: Counter = Counter()
    for word, n in raw.items():
        form = fold(word)
        if len(form) > 2 and not form.isdigit():
            out[form] += n
    return out
