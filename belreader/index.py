"""The index of one corpus: where it is, whether it can be used, and what it holds.

`CorpusIndex` ties a corpus to its search index: one per corpus, stored outside the corpus (the
cache dir) unless the user names a folder. It checks the location and belreader's metadata
(schema, analysis and entity-table versions: an outdated index is rebuilt), reads article
summaries (cached beside the index), claims and analyses, and hands updates to sync.py and
queries to the search backend. The engine is reached only through the store and backend that
`belreader.search.backends` opens; nothing here knows which engine it is.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict
from pathlib import Path

from belreader import config
from belreader.article import Article
from belreader.corpus import find_article
from belreader.documents import ArticleSummary, summary_from_document, well_typed
from belreader.search import backends, folders
from belreader.search.folders import MARKER_FILE, META_FILE
from belreader.search.protocol import IndexBusy, IndexProblem, IndexReadOnly, IndexRefused
from belreader.search.vocabulary import Vocabulary
from belreader.sync import Progress, Sync, UpdateReport

__all__ = [
    "MARKER_FILE",
    "META_FILE",
    "SCHEMA_VERSION",
    "SUMMARIES_FILE",
    "ArticleSummary",
    "CorpusIndex",
    "IndexBusy",
    "IndexProblem",
    "IndexReadOnly",
    "IndexRefused",
    "Progress",
    "UpdateReport",
    "analysis_cache_dir",
    "iter_claim_records",
]

SCHEMA_VERSION = 9  # 9: text_key is the duplicate group (near-duplicates share it: duplicates.py)
# 8: the Whoosh codec moved to belreader.search.whoosh; the loader keeps Markdown link URLs and canonical URLs
# 7: the manifest column is JSON (a tab or newline in a file name broke 6's)
SUMMARIES_FILE = "belreader-summaries.json"  # a cache of summaries(), tied to one state of the index
LOCK_SUFFIX = ".update.lock"


class CorpusIndex:
    """The index of one corpus. Cheap to construct; the engine is opened on first use."""

    def __init__(self, corpus: Path | str | None = None, index_dir: Path | str | None = None, analysis: bool = True):
        self.corpus = config.resolve_corpus(corpus)
        self.index_dir = Path(index_dir).expanduser() if index_dir else config.default_index_dir(self.corpus)
        self._chosen_dir = index_dir is not None  # the user's folder, not belreader's cache
        self.analysis = analysis
        self._vocabulary: tuple[int, dict[str, int]] | None = None
        self.store = self._open_store(self.index_dir)

    def store_for(self, directory: Path):
        """The backend's store of an index in `directory` (this one, or a rebuild's staging)."""
        return self.store if Path(directory) == self.index_dir else self._open_store(Path(directory))

    def _open_store(self, directory: Path):
        return backends.open_store(
            Path(directory),
            before_open=self.check_location,
            missing=f"no index for {self.corpus} yet; run `belreader index`",
        )

    def create_store(self, directory: Path) -> None:
        """An empty index in `directory`, with belreader's marker and metadata in it."""

        def write_meta(folder: Path) -> None:
            config.atomic_write_json(folder / META_FILE, dict(self.expected_meta(), instance=uuid.uuid4().hex))

        self.store_for(directory).create(write_meta)

    # ------------------------------------------------------------------ opening

    @property
    def meta_path(self) -> Path:
        return self.index_dir / META_FILE

    @property
    def lock_path(self) -> Path:
        """In belreader's cache dir, keyed by the index folder: not inside the folder (a rebuild
        swaps it while the lock is held) and never beside a folder the user named."""
        key = hashlib.sha1(str(self.index_dir.resolve()).encode("utf-8")).hexdigest()[:16]
        return config.cache_dir() / "locks" / f"{self.index_dir.name[:40]}-{key}{LOCK_SUFFIX}"

    def check_location(self) -> None:
        """Refuse an index folder that is, holds or lies inside the corpus (the corpus would be
        indexed into itself, or emptied by a rebuild). IndexRefused otherwise."""
        index = self.index_dir.resolve()
        corpus = self.corpus.resolve()
        if index == corpus or index in corpus.parents or (self._chosen_dir and corpus in index.parents):
            where = "is" if index == corpus else "contains" if index in corpus.parents else "is inside"
            raise IndexRefused(
                f"the index folder {self.index_dir} {where} the corpus folder {self.corpus}; choose another --index"
            )

    def check_ownership(self) -> None:
        """Refuse an index folder that holds anything belreader did not make."""
        if not folders.is_ours(self.index_dir) and folders.has_entries(self.index_dir):
            raise IndexRefused(
                f"{self.index_dir} is not empty and is not a belreader index; refusing to use it (choose an empty or new folder)"
            )

    def _read_meta(self) -> dict | None:
        try:
            meta = config.read_json(self.meta_path)  # too deep or not UTF-8: a ValueError
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def expected_meta(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "analysis": self.analysis,
            "analysis_version": _analysis_version() if self.analysis else None,
            "corpus": str(self.corpus),
        }

    def problem(self) -> str | None:
        """Why the index cannot be used as it is (None if it can)."""
        if not self.exists():
            return "no index yet"
        meta = self._read_meta()
        if meta is None:
            return "index metadata missing"
        expected = self.expected_meta()
        for key in ("schema_version", "analysis", "analysis_version"):
            if meta.get(key) != expected[key]:
                change = f"{key} {meta.get(key)} -> {expected[key]}"
                if key == "analysis_version" and isinstance(meta.get(key), str):
                    return f"{_analysis_change(meta[key])} ({change})"
                return f"index format changed ({change})"
        return self.damage()

    def damage(self, deep: bool = True) -> str | None:
        """Why the index files cannot be read (None if they can)."""
        return self.store.damage(deep)

    def exists(self) -> bool:
        """Whether the folder holds an index, readable or not."""
        return self.store.exists()

    def open(self):
        """The index, opened read-only. Raises IndexProblem when there is none."""
        return self.store.open()

    def searcher(self):
        """The engine's shared searcher, one user at a time (the Whoosh tests use it)."""
        return self.store.searcher()

    def engine(self, searcher):
        return self.store.engine(searcher)

    def backend(self):
        """The search backend over this index (belreader.search talks to it)."""
        return self.store.backend()

    def refresh(self) -> None:
        """Forget the open index so the next search sees the latest commit (or a rebuilt index)."""
        self.store.refresh()

    def close(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ reading

    def summaries(self) -> list[ArticleSummary]:
        """Every article's summary, by id. Cached beside the index, because reading stored fields
        means unpacking every body (the reader's start-up waits on this). The cache is keyed by
        the state of the index the summaries came from."""
        try:
            cached = self._cached_summaries(self.store.state_key())
        except IndexProblem:
            raise
        except Exception:  # another process's commit removed that generation's files just now
            cached = None  # (or the TOC is damaged): the searcher below retries, or says why
        if cached is not None:
            return cached
        key, stored = self.store.stored_articles()
        out = sorted((summary_from_document(fields) for fields in stored), key=lambda s: s.id)
        try:
            config.atomic_write_json(
                self.index_dir / SUMMARIES_FILE,
                {"schema_version": SCHEMA_VERSION, "key": key, "summaries": [asdict(s) for s in out]},
            )
        except OSError:  # a read-only index still works, just without the cache
            pass
        return out

    def _cached_summaries(self, key: list) -> list[ArticleSummary] | None:
        try:
            data = config.read_json(self.index_dir / SUMMARIES_FILE)  # too deep or not UTF-8: a ValueError
            if data.get("schema_version") != SCHEMA_VERSION or data.get("key") != key:
                return None
            summaries = [ArticleSummary(**row) for row in data["summaries"]]
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            return None
        return summaries if all(well_typed(s) for s in summaries) else None

    def summary(self, article_id: str) -> ArticleSummary | None:
        fields = self.store.article_fields(article_id)
        return summary_from_document(fields) if fields else None

    def resolve(self, id_or_title: str) -> ArticleSummary:
        """An article by id, or by a unique (case-insensitive) title prefix. Raises LookupError."""
        summaries = self.summaries()
        for summary in summaries:
            if summary.id == id_or_title:
                return summary
        needle = id_or_title.casefold().strip()
        matches = [s for s in summaries if s.title.casefold().startswith(needle) or s.id.casefold().startswith(needle)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise LookupError(f"no article with id or title starting '{id_or_title}'")
        names = ", ".join(m.id for m in matches[:5])
        raise LookupError(
            f"'{id_or_title}' matches {len(matches)} articles ({names}{', ...' if len(matches) > 5 else ''}); be more specific"
        )

    def load_article(self, article_id: str) -> Article:
        """Read an article from its file (the index keeps where it is)."""
        summary = self.summary(article_id)
        if summary is None:
            raise LookupError(f"no article '{article_id}' in the index")
        article = find_article(Path(summary.path), self.corpus, article_id)
        if article is not None:
            return article
        raise LookupError(f"article '{article_id}' is no longer in {summary.path}")

    def analysis_for(self, article: Article):
        from belreader import nlp

        return nlp.analyze_many([article], cache_dir=analysis_cache_dir())[0]

    def all_analyses(
        self,
        articles: list[Article] | None = None,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list:
        """Analyses of every indexed article, or of `articles` (from the cache; computed if
        missing), with analyze_many's `progress(done, total)` and `cancelled()`."""
        from belreader import nlp

        if articles is None:
            articles = self.load_all_articles()
        return nlp.analyze_many(articles, cache_dir=analysis_cache_dir(), progress=progress, cancelled=cancelled)

    def load_all_articles(self, progress: Callable[[int, int], None] | None = None) -> list[Article]:
        """Every indexed article read from its file; `progress(done, total)` every 100 files."""
        articles = []
        summaries = self.summaries()
        for done, summary in enumerate(summaries):
            if progress is not None and done % 100 == 0:
                progress(done, len(summaries))
            try:
                article = find_article(Path(summary.path), self.corpus, summary.id)
                articles.extend([article] if article is not None else [])
            except ValueError:
                continue
        return articles

    def stats(self) -> dict[str, int]:
        """Corpus-wide counts for a status line: articles, distinct entities, claims."""
        return self.store.stats()

    def article_ids_mentioning(self, entity_id: str) -> list[str]:
        """Ids of the articles whose analysis found `entity_id` (the entity facet)."""
        return self.store.article_ids_mentioning(entity_id)

    def vocabulary(self) -> dict[str, int]:
        """Word forms seen by the index and their counts (for "did you mean"), cached by mtime."""
        path = self.index_dir / Vocabulary.FILE
        try:
            stamp = path.stat().st_mtime_ns
        except OSError:
            return {}
        if self._vocabulary is None or self._vocabulary[0] != stamp:
            self._vocabulary = (stamp, Vocabulary.load(self.index_dir).counts)
        return self._vocabulary[1]

    def doc_count(self) -> int:
        return self.store.doc_count()

    def analysis_cache_dir(self) -> Path:
        return analysis_cache_dir()

    # ------------------------------------------------------------------ writing

    def update(
        self,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
        procs: int = 1,
        multisegment: bool = False,
        wait: float = 30.0,
        cancelled: Callable[[], bool] | None = None,
        analyse_here: bool = True,
    ) -> UpdateReport:
        """Bring the index in line with the corpus: add new files, update changed, drop deleted
        (see Sync.update)."""
        return Sync(self).update(
            rebuild=rebuild,
            progress=progress,
            procs=procs,
            multisegment=multisegment,
            wait=wait,
            cancelled=cancelled,
            analyse_here=analyse_here,
        )


def analysis_cache_dir() -> Path:
    return config.cache_dir() / "analysis"


def _analysis_version() -> str:
    """What the indexed analysis depends on: the NLP code's version and the entity tables
    (bundled and the user's), so editing entities.toml re-indexes with the new entities."""
    from belreader import nlp
    from belreader.nlp.aliases import load_table
    from belreader.nlp.identity import current_decisions

    decisions = current_decisions().fingerprint  # a decision re-indexes from the cached analyses
    return f"{nlp.CACHE_VERSION}-{load_table().fingerprint}" + (f"-{decisions}" if decisions else "")


def _analysis_change(indexed: str) -> str:
    """What changed since the index's `_analysis_version`, in the user's words: a merge said
    "the index was rebuilt (index format changed (analysis_version nlp-66-… -> nlp-66-…-fdbde2c6f852))"."""
    from belreader import nlp
    from belreader.nlp.aliases import load_table

    code = f"{nlp.CACHE_VERSION}-"
    if not indexed.startswith(code):
        return "belreader's analysis changed"
    table, _, _decisions = indexed[len(code) :].partition("-")
    if table != load_table().fingerprint:
        return "the entity table (entities.toml) changed"
    return "your entity decisions (merge, split, retype) changed; nothing is analysed again"


def iter_claim_records(index: CorpusIndex, article_id: str | None = None) -> Iterator[dict]:
    """Stored claim dicts, optionally for one article, in article/offset order."""
    yield from index.store.claim_records(article_id)
