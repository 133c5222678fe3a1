"""\"Did you mean\": the word forms an index has seen, and corrections of a query from them.

Backend-neutral: the backend writes the raw word counts as it indexes and says whether it knows
a word; this module keeps the counts beside the index and picks the corrections.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from belreader import config
from belreader.search.language import OPERATORS


class Vocabulary:
    """Every word form the index has seen (unstemmed, lower case) with how often it occurs in
    titles and bodies, kept beside the index for "did you mean" (the writers count them; a
    spelling field in Whoosh would double the indexing time). Words of deleted articles stay;
    a suggestion is only made when it finds something."""

    FILE = "belreader-vocabulary.json"
    FIELDS = ("title", "body")  # whose words it holds

    def __init__(self, counts: dict[str, int] | None = None) -> None:
        self.counts = counts or {}
        self._raw: Counter = Counter()  # raw words added since the last save

    @classmethod
    def load(cls, directory: Path) -> Vocabulary:
        try:
            data = config.read_json(Path(directory) / cls.FILE)  # too deep or not UTF-8: a ValueError
        except (OSError, ValueError):
            return cls()
        if not isinstance(data, dict) or not all(isinstance(k, str) and type(v) is int for k, v in data.items()):
            return cls()  # not a file of ours: as if absent
        return cls(data)

    def add_raw(self, raw: Counter) -> None:
        """Add counts of raw words (as the tokenizer matched them; the writer counts them)."""
        self._raw.update(raw)

    def save(self, directory: Path, forms: Callable[[Counter], Counter]) -> None:
        """Write the counts, the raw words added since the last save folded into word forms by
        `forms` (the backend's analysis decides what a word form is)."""
        counts = self.counts
        for word, n in forms(self._raw).items():
            counts[word] = counts.get(word, 0) + n
        self._raw = Counter()
        config.atomic_write_text(
            Path(directory) / self.FILE, json.dumps(counts, ensure_ascii=False, separators=(",", ":"))
        )


_PLAIN_WORD = re.compile(r"(?<![\w:*~'’-])[A-Za-z][A-Za-z'’-]{2,}(?![\w:*~'’-])")


def unseen(word: str, vocabulary: dict[str, int], known: Callable[[str], bool]) -> bool:
    """Whether `word` is no word form the corpus has: a misspelling can still find articles
    through its stem ("goverment" and "governess" share one), so the forms seen decide; without
    a vocabulary, whether the index knows the word at all."""
    return word.lower() not in vocabulary if vocabulary else not known(word)


def corrected(text: str, vocabulary: dict[str, int], known: Callable[[str], bool]) -> str | None:
    """`text` with each plain word the corpus never wrote (`unseen`) replaced by the closest
    word form of `vocabulary` (edit distance <= 2; on ties the more frequent, then the first in
    alphabetical order); None when nothing changes. The caller keeps it only if it finds
    something (or, for a query with hits, many more articles)."""
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein

    def fix(match: re.Match) -> str:
        word = match.group(0)
        if word in OPERATORS or not vocabulary or not unseen(word, vocabulary, known):
            return word
        candidates = process.extract(
            word.lower(), vocabulary.keys(), scorer=Levenshtein.distance, score_cutoff=2, limit=20
        )
        if not candidates:
            return word
        best = min(candidates, key=lambda c: (c[1], -vocabulary[c[0]], c[0]))
        return best[0]

    out = _PLAIN_WORD.sub(fix, text)
    return None if out == text else out
