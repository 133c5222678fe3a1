"""Text -> index terms: the one home for how article text is tokenised.

The analyzer is Whoosh's StemmingAnalyzer (its word pattern, lower case, English stop words,
Porter stems) followed by accent folding. Queries, snippets and the reader's highlighting run it
through Whoosh as usual. Indexing takes a fast path that gives exactly the same terms, positions
and weights without building a Token object per word: analysing text that way was a third of the
indexing time. A property test holds the two paths equal.
"""

from __future__ import annotations

import itertools
import re
import sys
from array import array
from collections import Counter
from itertools import accumulate

from whoosh.analysis import STOP_WORDS, CharsetFilter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter
from whoosh.fields import TEXT
from whoosh.formats import Positions
from whoosh.lang.porter import stem
from whoosh.support.charset import accent_map
from whoosh.system import _INT_SIZE, pack_uint

# whoosh.analysis.tokenizers.default_pattern without its capturing group, so findall gives words.
WORD = re.compile(r"[\w*]+(?:\.?[\w*]+)*")
_MIN_SIZE = 2  # StemmingAnalyzer's StopFilter drops shorter words
_CACHE_LIMIT = 400_000

# raw word as written -> its term ("" for a stop word); shared by every field and document.
_term_cache: dict[str, str] = {}
_bterm_cache: dict[str, bytes] = {}  # the same, as the bytes the index stores (for indexing)
# per format class: a single position -> its encoded value (most words occur once in a field)
_single_position: dict[type, dict[int, bytes]] = {}


def text_analyzer():
    """The analyzer of every full-text field (title, subtitle, body, claims). Accents are folded
    before stemming, so 'Mahilioŭ' and 'Mahiliou' give one term."""
    return (
        RegexTokenizer()
        | LowercaseFilter()
        | CharsetFilter(accent_map)
        | StopFilter(stoplist=STOP_WORDS, minsize=_MIN_SIZE)
        | StemFilter()
    )


def _term(word: str) -> str:
    lowered = word.lower().translate(accent_map)
    if len(lowered) < _MIN_SIZE or lowered in STOP_WORDS:
        return ""
    return stem(lowered)


def term_positions(words: list[str]) -> dict[bytes, list[int]]:
    """Each distinct term (as index bytes) of the raw `words` (WORD.findall of a text) with its
    positions, numbered as the analyzer's StopFilter does: the first kept word keeps its place,
    the ones after it follow on, stop words removed."""
    cache = _bterm_cache
    if len(cache) > _CACHE_LIMIT:
        cache.clear()
    positions: dict[bytes, list[int]] = {}
    pos = -1
    for index, word in enumerate(words):
        term = cache.get(word)
        if term is None:
            term = cache[word] = _term(word).encode("utf-8")
        if not term:
            continue
        pos = index if pos < 0 else pos + 1
        found = positions.get(term)
        if found is None:
            positions[term] = [pos]
        else:
            found.append(pos)
    return positions


def term_list(text: str) -> list[str]:
    """The terms of `text` in order, stop words left out (what the analyzer's tokens say)."""
    cache = _term_cache
    out = []
    for word in WORD.findall(text):
        term = cache.get(word)
        if term is None:
            term = cache[word] = _term(word)
        if term:
            out.append(term)
    return out


def spans_of(text: str, wanted: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of the words of `text` whose term is in `wanted` (for highlighting)."""
    if not wanted:
        return []
    cache = _term_cache
    out = []
    for match in WORD.finditer(text):
        word = match.group()
        term = cache.get(word)
        if term is None:
            term = cache[word] = _term(word)
        if term in wanted:
            out.append(match.span())
    return out


def single_positions(fmt) -> dict[int, bytes]:
    """A cache of `fmt.encode([position])` by position, for fmt's class."""
    found = _single_position.get(type(fmt))
    if found is None:
        found = _single_position[type(fmt)] = {}
    return found


def encode_positions(fmt, poslist: list[int]) -> bytes:
    """`fmt.encode(poslist)`, remembered for lists of one position."""
    if len(poslist) == 1:
        single = single_positions(fmt)
        value = single.get(poslist[0])
        if value is None:
            value = single[poslist[0]] = fmt.encode(poslist)
        return value
    return fmt.encode(poslist)


def index_terms(text: str, fmt) -> list[tuple[bytes, int, float, bytes]]:
    """(term bytes, frequency, weight, encoded positions) per distinct term of `text`: what
    `fmt.word_values(text, text_analyzer())` gives, as Whoosh's Field.index returns it."""
    boost = fmt.field_boost
    return [
        (term, len(poslist), len(poslist) * boost, encode_positions(fmt, poslist))
        for term, poslist in term_positions(WORD.findall(text)).items()
    ]


class CompactPositions(Positions):
    """Whoosh's Positions format with the position gaps stored as a little-endian array of
    16-bit (or, for huge gaps, 32-bit) integers instead of a pickled list: the same frequency
    header, but encoding and decoding are a C call each. Phrase queries decode a position list
    for every candidate document, so this is what a phrase search mostly waits on."""

    def encode(self, poslist):
        gaps = [poslist[0]]
        gaps += [after - before for before, after in itertools.pairwise(poslist)]
        deltas = array("H" if poslist[-1] < 65536 else "I", gaps)
        if _BIG_ENDIAN:
            deltas.byteswap()
        return pack_uint(len(poslist)) + deltas.typecode.encode("ascii") + deltas.tobytes()

    def decode_positions(self, valuestring):
        return list(decode_positions(valuestring))


_BIG_ENDIAN = sys.byteorder == "big"


def decode_positions(value: bytes):
    """The positions in a CompactPositions value, as an iterator."""
    deltas = array(chr(value[_INT_SIZE]))
    deltas.frombytes(value[_INT_SIZE + 1 :])
    if _BIG_ENDIAN:
        deltas.byteswap()
    return accumulate(deltas)


class FastText(TEXT):
    """A TEXT field with the standard analyzer and compact positions, whose indexing takes the
    fast path."""

    def __init__(self, field_boost: float = 1.0, **kwargs) -> None:
        super().__init__(analyzer=text_analyzer(), phrase=True, field_boost=field_boost, **kwargs)
        self.format = CompactPositions(field_boost=field_boost)

    def index(self, value, **kwargs):
        if isinstance(value, str) and not kwargs:
            return index_terms(value, self.format)
        return super().index(value, **kwargs)


def word_forms(raw: Counter) -> Counter:
    """Word forms as people type them (lower case, accents folded, three letters or more, not
    numbers) with their counts, from counts of raw words: the vocabulary "did you mean" uses.
    Counting raw words first (in C) and folding each distinct word once keeps this cheap."""
    out: Counter = Counter()
    for word, n in raw.items():
        form = word.lower().translate(accent_map)
        if len(form) > 2 and not form.isdigit():
            out[form] += n
    return out
