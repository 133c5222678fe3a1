"""The seam between belreader and a search engine.

A backend is one package under `belreader/search/` (today `whoosh/`). It implements
`SearchBackend` (the reading side: a consistent view of the index that runs belreader's query
tree) and nothing else in belreader imports its engine. What crosses the seam is plain data:
the query tree (`language`), the types below, and dicts of stored fields.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Protocol

from belreader.search.language import Node, QueryError

__all__ = [
    "FileStamp",
    "IndexBatch",
    "IndexBusy",
    "IndexProblem",
    "IndexReadOnly",
    "IndexRefused",
    "IndexStore",
    "IndexWriting",
    "Hit",
    "QueryError",
    "QueryMatch",
    "Ranked",
    "SearchBackend",
    "SearchCancelled",
    "SearchReader",
    "SearchResults",
    "Snippet",
]


class IndexProblem(Exception):
    """A one-line, user-facing problem with the index (locked, unwritable, damaged, ...)."""


class IndexRefused(IndexProblem):
    """The index location is one belreader must not write to (the user's files, the corpus)."""


class IndexReadOnly(IndexProblem):
    """The index cannot be updated (no permission, read-only file system); it can still be read."""


class IndexBusy(IndexProblem):
    """Another belreader is updating the index; what it has committed can still be read."""


class FileStamp(NamedTuple):
    """What the index records of one indexed file (an update compares it with the file)."""

    mtime: float
    size: int
    content_hash: str
    ids: list[str]  # the articles it holds


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
    also_in: list[str] = field(default_factory=list)  # ids of duplicates of this article that match too

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
            "also_in": self.also_in,
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
    notes: list[str] = field(default_factory=list)  # what the user should know (an ambiguous name)
    ambiguous: list[Any] = field(default_factory=list)  # language.Ambiguous: names the façade words as notes
    # What the query looks for inside an article (set when the search computed it): snippets
    # added later and the article view's highlights come from it, without searching again.
    match: QueryMatch | None = field(default=None, repr=False, compare=False)
    parsed: Any = field(default=None, repr=False, compare=False)  # the search.Query searched: reused, not re-parsed

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
            "notes": self.notes,
        }


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


@dataclass(slots=True)
class Ranked:
    """One evaluation of a query: how many documents of the kind match, the requested slice of
    them best first (backend document keys with their scores), and facet counts."""

    total: int
    docs: list[tuple[Any, float]]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    copies: dict[int, list[Any]] = field(default_factory=dict)  # index into docs -> its matching duplicates


class Prepared(Protocol):
    """A query tree made ready by one backend reader (its patterns expanded to index words)."""

    tree: Node
    text: str


class SearchReader(Protocol):
    """One consistent state of an index, for one caller at a time."""

    def prepare(self, tree: Node, text: str, cancelled: Callable[[], bool] | None = None) -> Prepared:
        """The query ready to run. Raises QueryError when its prefix, wildcard, fuzzy or range
        terms stand for more index words than the limits allow; SearchCancelled."""
        ...

    def run(
        self,
        prepared: Prepared,
        *,
        kind: str = "article",
        start: int = 0,
        count: int = 10,
        facets: Sequence[str] = (),
        collapse: bool = False,
        cancelled: Callable[[], bool] | None = None,
    ) -> Ranked:
        """Evaluate once: total, documents start..start+count best first (ties in index
        order), and counts of the `facets` fields' values over all the matches. With `collapse`,
        duplicate articles (equal `text_key`) count and rank once, as the best of them, the
        others listed in `copies`."""
        ...

    def stored(self, doc: Any) -> dict:
        """The stored fields of a document `run` returned."""
        ...

    def document(self, doc_id: str) -> dict | None:
        """The stored fields of the document with id `doc_id` (None if there is none)."""
        ...

    def match(self, prepared: Prepared) -> QueryMatch:
        """What the query looks for inside a document (for highlighting and paragraph hits)."""
        ...

    def known(self, word: str) -> bool:
        """Whether the index holds `word` (as the text fields analyse it)."""
        ...

    def values(self, fieldname: str) -> list[str]:
        """Every value the keyword field `fieldname` holds in the index (entity ids)."""
        ...

    def ids_with(self, fieldname: str, value: str, kind: str = "article") -> list[str]:
        """Ids of the documents of `kind` whose keyword field holds `value`."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts: articles, claims, distinct entities."""
        ...


class SearchBackend(Protocol):
    """A search engine behind belreader: readers over its current state, and the text analysis
    its index uses (so highlighting marks exactly the words a search matched)."""

    def reader(self) -> AbstractContextManager[SearchReader]: ...

    def refresh(self) -> None:
        """Forget cached state: the next reader sees the latest commit."""
        ...

    def spans(self, text: str, words: Iterable[str]) -> list[tuple[int, int]]:
        """Character spans of the words of `text` whose index terms are in `words`."""
        ...

    def tokens(self, text: str) -> list[str]:
        """The index terms of `text`, in order (stop words dropped)."""
        ...


class IndexBatch(Protocol):
    """Deletions and documents of one commit."""

    def delete_path(self, path: str) -> None: ...

    def add(self, document: dict) -> None:
        """Index one document (documents.py says what its fields are)."""
        ...


class IndexWriting(Protocol):
    """An index opened for a series of commits."""

    def delete_paths(self, paths: list[str]) -> None:
        """Remove every document of these files, in one commit."""
        ...

    def batch(self, parallel: int = 1) -> AbstractContextManager[IndexBatch]:
        """A batch committed when the block ends (nothing of it if the block fails)."""
        ...


class IndexStore(Protocol):
    """Where a backend keeps one index: its lifecycle, its manifest and what it stores.

    sync.py writes through `create`, `manifest` and `writing`; index.py reads summaries, claims
    and counts; belreader.search reads through `backend()`."""

    def exists(self) -> bool:
        """Whether there is an index here, readable or not."""
        ...

    def damage(self, deep: bool = True) -> str | None:
        """Why the index cannot be read (None if it can); `deep` also opens every part."""
        ...

    def open(self) -> Any:
        """Open for reading. Raises IndexProblem when there is no index or it is unreadable."""
        ...

    def refresh(self) -> None:
        """Forget what is open: the next read sees the latest commit."""
        ...

    def backend(self) -> SearchBackend: ...

    def create(self, meta_write: Callable[[Any], None]) -> None:
        """A new empty index (a rebuild's staging one too); `meta_write` adds belreader's metadata."""
        ...

    def manifest(self) -> dict[str, FileStamp]:
        """path -> what the index holds of that file."""
        ...

    def writing(self) -> AbstractContextManager[IndexWriting]: ...

    def state_key(self) -> list:
        """A key that changes with every commit and rebuild (cheap to read)."""
        ...

    def stored_articles(self) -> tuple[list, list[dict]]:
        """(state key, stored fields of every article document)."""
        ...

    def article_fields(self, article_id: str) -> dict | None: ...

    def claim_records(self, article_id: str | None = None) -> list[dict]: ...

    def stats(self) -> dict[str, int]: ...

    def article_ids_mentioning(self, entity_id: str) -> list[str]: ...

    def doc_count(self) -> int: ...
