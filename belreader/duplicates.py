"""Duplicate groups: articles that are the same story, exactly or nearly (issue 13, defect 15).

Every article document carries a duplicate-group key in its `text_key` field; both search
backends collapse hits with equal keys into one hit with "also in: …", and counts fold them. An
exact duplicate (the same words, case, spacing and punctuation aside: documents.text_key) and a
near-duplicate (an edited copy) get the key of the group's first article, so nothing in the
backends changes.

Near-duplicates: the Jaccard similarity of two articles' sets of normalised word 5-grams
("shingles") is at least NEAR_THRESHOLD (0.9: one paragraph of forty words added to a
400-word story still counts; two stories on the same event do not). It is estimated by MinHash
(PERMUTATIONS 32-bit minimums per article by one-permutation hashing, numpy, no other
dependency) and candidates are found by
locality-sensitive hashing (BANDS bands of ROWS hashes: a pair at 0.9 becomes a candidate with
probability 0.9999, one at 0.5 with 0.06), then checked on the whole signature.

Updated versions: a story published again under the same title (of TITLE_WORDS words or more),
rewritten or extended ("Kilroy launches Veritas party", its first 950 words inside a 2,500-word
later version) is one group when at least CONTAINED_THRESHOLD (0.5) of the shorter one's
shingles are in the other (the containment, worked out from the signatures' Jaccard estimate and
the two texts' shingle counts) and they share SHARED_SHINGLES (50) or more: two short items under
one title that differ in a name ("A drill near Brest" / "near Grodno", one sentence each) are two
stories. Two different stories under one title share almost no 5-gram
(BBC: the 13 same-title pairs under 0.9 Jaccard are all versions of one story, containment
0.57-1.0).

At index time (sync.py) `DuplicateGroups` keeps the signatures of the indexed articles in a
file beside the index (`belreader-duplicates.bin`), so an update compares new and changed
articles with all the others without reading them again. The file is rewritten atomically after
each committed batch; a missing or unreadable one only means earlier articles are not matched
(exact duplicates still are, by their own key) until the next rebuild.

`group_keys(articles)` gives the same grouping for a list of articles at once (corpus_stats.py
counts each group once); `stored_keys(directory)` reads the keys an index stored, and
`duplicate_groups` uses them when they cover the articles, so the Library's fact groups and
statistics need not find the groups again. Headless and engine-neutral.
"""

from __future__ import annotations

import hashlib
import json
import re
import zlib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from belreader import config

if TYPE_CHECKING:
    from belreader.article import Article

FILE = "belreader-duplicates.bin"
FORMAT = 1  # the layout of FILE and the hashes behind it: a change makes it unreadable (re-grouped by a rebuild)
SHINGLE = 5  # words per shingle
NEAR_THRESHOLD = 0.9
CONTAINED_THRESHOLD = 0.5
SHARED_SHINGLES = 50  # a version shares a few paragraphs at least, not a sentence's frame
TITLE_WORDS = 3
PERMUTATIONS = 128
BANDS = 16
ROWS = PERMUTATIONS // BANDS

_WORDS = re.compile(r"[^\W_]+")  # documents.text_key's words: what its [\W_]+ separates
EMPTY = np.uint32(0xFFFFFFFF)
# Fixed constants (the signatures are stored, so the hashes must never change): splitmix64's.
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_BAND_MIX = np.array([pow(0x9E3779B97F4A7C15, i + 1, 2**64) | 1 for i in range(ROWS)], dtype=np.uint64)
_POWERS = np.array([pow(1_000_003, i, 2**64) for i in range(SHINGLE)][::-1], dtype=np.uint64)


def normalised_words(article: Article) -> list[str]:
    """The title and body as words: case, spacing and punctuation aside (documents.text_key's words)."""
    return _WORDS.findall(f"{article.title}\n{article.body}".casefold())


def title_key(article: Article) -> str:
    """The title's words ("" for a title of fewer than TITLE_WORDS words: too common to tell a story by)."""
    words = _WORDS.findall(article.title.casefold())
    return " ".join(words) if len(words) >= TITLE_WORDS else ""


def shared_shingles(a: np.ndarray, a_shingles: int, b: np.ndarray, b_shingles: int) -> float:
    """The estimated number of shingles two texts share, from the signatures' Jaccard estimate J
    and the sets' sizes: |A & B| = J (|A| + |B|) / (1 + J)."""
    jaccard = similarity(a, b)
    return jaccard * (a_shingles + b_shingles) / (1 + jaccard)


def containment(a: np.ndarray, a_shingles: int, b: np.ndarray, b_shingles: int) -> float:
    """The estimated share of the smaller shingle set that is in the other."""
    return _contained(shared_shingles(a, a_shingles, b, b_shingles), a_shingles, b_shingles)


def _contained(shared: float, a_shingles: int, b_shingles: int) -> float:
    smaller = min(a_shingles, b_shingles)
    return min(1.0, shared / smaller) if smaller > 0 else 0.0


def exact_key(words: list[str]) -> str:
    """documents.text_key computed from `normalised_words` (equal for exact duplicates)."""
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


class _WordHashes(dict):
    """A stable 32-bit hash per word (crc32: Python's own hash() changes between processes)."""

    def __missing__(self, word: str) -> int:
        value = self[word] = zlib.crc32(word.encode("utf-8"))
        return value


def signature(words: list[str], hashes: dict[str, int] | None = None) -> np.ndarray | None:
    """The MinHash signature (PERMUTATIONS uint32) of the words' 5-gram set, by one-permutation
    hashing: each shingle's 64-bit hash picks one of PERMUTATIONS bins by its low bits and
    competes for the bin's minimum with its high bits (EMPTY: a bin no shingle fell in). One hash
    per shingle instead of PERMUTATIONS. None for a text too short to have a shingle (shorter
    texts are matched only exactly)."""
    if len(words) < SHINGLE:
        return None
    table = hashes if hashes is not None else _WordHashes()
    codes = np.array([table[w] for w in words], dtype=np.uint64)
    shingles = codes[: len(codes) - SHINGLE + 1] * _POWERS[0]  # a polynomial hash of each 5-gram, mod 2**64
    for i in range(1, SHINGLE):
        shingles += codes[i : len(codes) - SHINGLE + 1 + i] * _POWERS[i]
    mixed = shingles * _MIX1
    mixed ^= mixed >> np.uint64(29)
    mixed *= _MIX2
    mixed ^= mixed >> np.uint64(32)
    sig = np.full(PERMUTATIONS, EMPTY, dtype=np.uint32)
    np.minimum.at(
        sig, (mixed & np.uint64(PERMUTATIONS - 1)).astype(np.intp), (mixed >> np.uint64(32)).astype(np.uint32)
    )
    return sig


def _bands(sig: np.ndarray) -> list[int]:
    rows = sig.astype(np.uint64).reshape(BANDS, ROWS)
    return [int(v) for v in (rows * _BAND_MIX).sum(axis=1)]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures' shingle sets: the share of equal
    minimums among the bins either of them filled."""
    filled = (a != EMPTY) | (b != EMPTY)
    total = int(np.count_nonzero(filled))
    return float(np.count_nonzero((a == b) & filled)) / total if total else 1.0


class DuplicateGroups:
    """The duplicate groups of one index: who is whose copy, by article id."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._hashes = _WordHashes()
        self._group: dict[str, str] = {}  # article id -> group key
        self._path_of: dict[str, str] = {}  # article id -> file path
        self._text: dict[str, str] = {}  # article id -> exact key
        self._by_text: dict[str, str] = {}  # exact key -> an article id with it
        self._sig: dict[str, np.ndarray] = {}
        self._title: dict[str, str] = {}  # article id -> title_key (signed articles with a long enough title)
        self._shingles: dict[str, int] = {}  # article id -> its number of shingles
        self._by_title: dict[str, list[str]] = {}
        self._buckets: dict[tuple[int, int], list[str]] = {}
        self._dirty = False

    # -- persistence ---------------------------------------------------------------------

    @classmethod
    def open(cls, directory: Path) -> DuplicateGroups:
        """The groups stored beside the index in `directory` (none yet: empty)."""
        groups = cls(Path(directory) / FILE)
        try:
            raw = groups.path.read_bytes()  # type: ignore[union-attr]
            head, _, body = raw.partition(b"\n")
            meta = json.loads(head)
            if meta.get("format") != FORMAT or meta.get("permutations") != PERMUTATIONS:
                return groups
            sigs = np.frombuffer(body, dtype=np.uint32)
            rows = meta["articles"]
            signed = [r for r in rows if r[4]]
            sigs = sigs.reshape(len(signed), PERMUTATIONS) if len(signed) else sigs.reshape(0, PERMUTATIONS)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return groups  # unreadable: earlier articles are only matched exactly until a rebuild
        at = 0
        for article_id, path, text, group, has_sig, *versions in rows:
            sig = None
            if has_sig:
                sig, at = sigs[at], at + 1
            title, shingles = versions if len(versions) == 2 else ("", 0)  # a file from before titles were kept
            groups._remember(article_id, path, text, group, sig, str(title), int(shingles))
        groups._dirty = False
        return groups

    def save(self) -> None:
        """Write the groups beside the index (atomically), if they changed. Raises OSError."""
        if self.path is None or not self._dirty:
            return
        ids = sorted(self._group)
        rows = [
            [i, self._path_of[i], self._text[i], self._group[i], int(i in self._sig), *self._version_of(i)] for i in ids
        ]
        signed = [self._sig[i] for i in ids if i in self._sig]
        body = np.stack(signed).astype(np.uint32).tobytes() if signed else b""
        head = json.dumps({"format": FORMAT, "permutations": PERMUTATIONS, "articles": rows}, ensure_ascii=True)
        config.atomic_write_bytes(self.path, head.encode("ascii") + b"\n" + body)
        self._dirty = False

    # -- grouping ------------------------------------------------------------------------

    def drop_paths(self, paths: Iterable[str]) -> None:
        """Forget the articles of files removed from (or about to be rewritten in) the index.
        Articles grouped under one of them keep their key: they are still one group."""
        gone = set(paths)
        for article_id in [i for i, p in self._path_of.items() if p in gone]:
            self._forget(article_id)

    def assign(self, article: Article) -> str:
        """The article's duplicate-group key: the key of an indexed exact or near-duplicate, else
        its own exact key. Remembers the article for those that come after it."""
        self._forget(article.id)
        words = normalised_words(article)
        text = exact_key(words)
        title = title_key(article)
        group = None
        twin = self._by_text.get(text)
        if twin is not None:
            group = self._group[twin]
        sig = signature(words, self._hashes)
        if group is None and sig is not None:
            best, best_score = None, NEAR_THRESHOLD
            seen: set[str] = set()
            for band, value in enumerate(_bands(sig)):
                for other in self._buckets.get((band, value), ()):
                    if other in seen:
                        continue
                    seen.add(other)
                    score = similarity(sig, self._sig[other])
                    if score >= best_score and (best is None or score > best_score or other < best):
                        best, best_score = other, score
            if best is None:
                best = self._earlier_version(title, sig, len(words) - SHINGLE + 1)
            if best is not None:
                group = self._group[best]
        group = group or text
        self._remember(article.id, str(article.path), text, group, sig, title, len(words) - SHINGLE + 1)
        self._dirty = True
        return group

    def group_of(self, article_id: str) -> str | None:
        return self._group.get(article_id)

    def _earlier_version(self, title: str, sig: np.ndarray, shingles: int) -> str | None:
        """The indexed article under the same title whose text holds the most of this one's (or
        this one of it), at least CONTAINED_THRESHOLD; None if there is none."""
        best, best_score = None, CONTAINED_THRESHOLD
        for other in self._by_title.get(title, ()) if title else ():
            shared = shared_shingles(sig, shingles, self._sig[other], self._shingles[other])
            if shared < SHARED_SHINGLES:
                continue
            score = _contained(shared, shingles, self._shingles[other])
            if score >= best_score and (best is None or score > best_score or other < best):
                best, best_score = other, score
        return best

    def _version_of(self, article_id: str) -> list[str | int]:
        if article_id not in self._title:
            return []
        return [self._title[article_id], self._shingles[article_id]]

    def _remember(
        self,
        article_id: str,
        path: str,
        text: str,
        group: str,
        sig: np.ndarray | None,
        title: str = "",
        shingles: int = 0,
    ) -> None:
        self._group[article_id] = group
        self._path_of[article_id] = path
        self._text[article_id] = text
        self._by_text.setdefault(text, article_id)
        if sig is not None:
            self._sig[article_id] = sig
            for band, value in enumerate(_bands(sig)):
                self._buckets.setdefault((band, value), []).append(article_id)
            if title and shingles > 0:
                self._title[article_id], self._shingles[article_id] = title, shingles
                self._by_title.setdefault(title, []).append(article_id)

    def _forget(self, article_id: str) -> None:
        if article_id not in self._group:
            return
        self._dirty = True
        del self._group[article_id], self._path_of[article_id]
        text = self._text.pop(article_id)
        if self._by_text.get(text) == article_id:
            del self._by_text[text]
            other = next((i for i, t in self._text.items() if t == text), None)
            if other is not None:
                self._by_text[text] = other
        sig = self._sig.pop(article_id, None)
        title = self._title.pop(article_id, "")
        self._shingles.pop(article_id, None)
        if article_id in self._by_title.get(title, ()):
            self._by_title[title].remove(article_id)
        if sig is not None:
            for band, value in enumerate(_bands(sig)):
                bucket = self._buckets.get((band, value), [])
                if article_id in bucket:
                    bucket.remove(article_id)


def group_keys(articles: Iterable[Article]) -> dict[str, str]:
    """{article id: duplicate-group key} for these articles, grouped in id order (as a full
    index build groups them)."""
    groups = DuplicateGroups()
    return {a.id: groups.assign(a) for a in sorted(articles, key=lambda a: a.id)}


def stored_keys(directory: Path) -> dict[str, str]:
    """{article id: duplicate-group key} as the index in `directory` stored them (each
    document's `text_key`), read from the groups file beside it without its signatures; empty
    when there is none or it cannot be read."""
    try:
        with open(Path(directory) / FILE, "rb") as stream:
            meta = json.loads(stream.readline())
        if meta.get("format") != FORMAT:
            return {}
        return {str(row[0]): str(row[3]) for row in meta["articles"]}
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return {}


def duplicate_groups(articles: Iterable[Article], stored: Mapping[str, str] | None = None) -> dict[str, str]:
    """{article id: duplicate-group key}: the `stored` keys (`stored_keys`) when they hold
    every article, else `group_keys` finds the groups again (MinHash over every article)."""
    articles = list(articles)
    if stored and all(a.id in stored for a in articles):
        return {a.id: stored[a.id] for a in articles}
    return group_keys(articles)
