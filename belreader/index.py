"""The Whoosh index: schema, incremental build/update, locking and recovery.

One index per corpus, stored outside the corpus (the cache dir) unless the user
names a folder. Articles and their claims are both documents, told apart by the
`kind` field. Every update is serialised by a lock file; Whoosh commits are
atomic (new segments, then a new table of contents), so readers never see a
half-written index. A missing, corrupt or outdated index is rebuilt.
"""

from __future__ import annotations

import errno
import fcntl
import hashlib
import json
import os
import shutil
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from belreader import config
from belreader.article import Article
from belreader.corpus import (
    FileTooLarge,
    LoadWarning,
    SkippedFile,
    check_corpus_root,
    find_article,
    iter_corpus_files,
    load_file,
)
from belreader.search.vocabulary import Vocabulary

SCHEMA_VERSION = 7  # 7: the manifest column is JSON (a tab or newline in a file name broke 6's)
META_FILE = "belreader-index.json"
SUMMARIES_FILE = "belreader-summaries.json"  # a cache of summaries(), tied to one state of the index
# belreader's signature on a folder it made: only a folder carrying it (or, for indexes made
# before the marker existed, belreader's metadata and a Whoosh table of contents) is ever
# emptied, rebuilt, swapped or deleted.
MARKER_FILE = "belreader-index.marker"
MARKER_TEXT = "This folder is a belreader index: belreader may empty, rebuild or delete it.\n"
LOCK_SUFFIX = ".update.lock"
CHECKSUMS_FILE = "belreader-segments.json"  # size and CRC-32 of every segment file, as written
INDEX_NAME = "MAIN"
FIRST_BATCH = 200  # the first commit comes quickly, so a reader has something to show
LARGEST_BATCH = 8000  # per process writing
POOL_MB = 1024  # Whoosh's in-memory postings per batch (split between processes): no spill to disk

# progress(stage, done, total); stage is "scan", "load", "analyse" or "write".
Progress = Callable[[str, int, int], None]

_process_lock = threading.Lock()


class IndexProblem(Exception):
    """A one-line, user-facing problem with the index (locked, unwritable, ...)."""


class IndexRefused(IndexProblem):
    """The index folder is one belreader must not write to (the user's files, the corpus)."""


class IndexReadOnly(IndexProblem):
    """The index cannot be updated (no permission, read-only file system); it can still be read."""


_READ_ONLY_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS)


def build_schema():
    from whoosh.fields import COLUMN, KEYWORD, NUMERIC, STORED, TEXT, Schema

    from belreader.search.whoosh.fastwrite import FastID as ID
    from belreader.search.whoosh.terms import FastText

    return Schema(
        kind=ID(stored=True),
        id=ID(unique=True, stored=True),
        article_id=ID(stored=True),
        path=ID(stored=True),
        title=FastText(stored=True, field_boost=3.0),
        subtitle=FastText(stored=True, field_boost=1.5),
        body=FastText(stored=True),
        claims=FastText(stored=False),
        publisher=TEXT(stored=True),
        publisher_key=ID(stored=False, sortable=True),
        author=TEXT(stored=True),
        date=ID(stored=True, sortable=True),
        tag=KEYWORD(commas=True, lowercase=True, stored=True, scorable=True),
        entity=KEYWORD(lowercase=True, scorable=True, stored=True),
        speaker=KEYWORD(lowercase=True, scorable=True, stored=True),
        source=KEYWORD(lowercase=True, scorable=True, stored=True),
        content_hash=ID(stored=True),
        mtime=STORED(),
        size=STORED(),
        n_claims=NUMERIC(stored=True),
        n_paragraphs=STORED(),
        title_derived=STORED(),
        data=STORED(),  # claim records: the claim as a dict
        # Articles only: [path, mtime, size, hash, id] as JSON in a column (any file name fits,
        # tabs and newlines too), so an update can compare the corpus with the index without
        # unpickling every stored body.
        manifest=COLUMN(),
    )


@dataclass(slots=True)
class ArticleSummary:
    """What the index knows about an article without reading its file."""

    id: str
    path: str
    title: str
    publisher: str | None
    author: str | None
    date: str | None
    tags: list[str]
    n_claims: int
    n_paragraphs: int
    content_hash: str

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "publisher": self.publisher,
            "author": self.author,
            "date": self.date,
            "tags": self.tags,
            "claims": self.n_claims,
            "paragraphs": self.n_paragraphs,
            "content_hash": self.content_hash,
        }


def _well_typed(s: ArticleSummary) -> bool:
    """A cached summary has the types a fresh one has (a damaged or hand-edited cache may not)."""
    return (
        all(isinstance(v, str) for v in (s.id, s.path, s.title, s.content_hash))
        and all(v is None or isinstance(v, str) for v in (s.publisher, s.author, s.date))
        and isinstance(s.tags, list)
        and all(isinstance(t, str) for t in s.tags)
        and type(s.n_claims) is int
        and type(s.n_paragraphs) is int
    )


@dataclass(slots=True)
class UpdateReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: list[SkippedFile] = field(default_factory=list)
    warnings: list[LoadWarning] = field(default_factory=list)
    rebuilt_because: str | None = None
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def to_dict(self) -> dict:
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "skipped": [{"path": str(s.path), "reason": s.reason} for s in self.skipped],
            "warnings": [{"path": str(w.path), "message": w.message} for w in self.warnings],
            "rebuilt_because": self.rebuilt_because,
            "seconds": round(self.seconds, 3),
        }


def _article_fields(article: Article, analysis) -> dict:
    fields = {
        "kind": "article",
        "id": article.id,
        "article_id": article.id,
        "path": str(article.path),
        "title": article.title,
        "subtitle": article.subtitle or "",
        "body": article.body,
        "publisher": article.publisher or "",
        "publisher_key": (article.publisher or "(unknown)").strip(),
        "author": article.author or "",
        "date": article.date or "",
        "tag": ",".join(article.tags),
        "content_hash": article.content_hash,
        "mtime": article.mtime,
        "size": article.size,
        "n_claims": 0,
        "n_paragraphs": len(article.paragraphs),
        "title_derived": article.title_derived,
        "manifest": json.dumps(
            [str(article.path), article.mtime, article.size, article.content_hash, article.id], ensure_ascii=False
        ).encode("utf-8"),
    }
    if analysis is not None:
        fields["entity"] = " ".join(sorted({e.id for e in analysis.entities}))
        fields["speaker"] = " ".join(sorted({c.speaker_id or _slug(c.speaker) for c in analysis.claims if c.speaker}))
        fields["source"] = " ".join(sorted({s.id for s in analysis.sources}))
        fields["claims"] = "\n".join(c.content for c in analysis.claims)
        fields["n_claims"] = len(analysis.claims)
    return fields


def _claim_fields(article: Article, claim, analysis) -> dict:
    entity_ids = sorted(
        {m.entity_id for m in analysis.mentions if claim.sentence_start <= m.start < claim.sentence_end}
    )
    return {
        "kind": "claim",
        "id": claim.id,
        "article_id": article.id,
        "path": str(article.path),
        "title": article.title,
        "body": claim.content,
        "publisher": article.publisher or "",
        "entity": " ".join(entity_ids),
        "speaker": claim.speaker_id or _slug(claim.speaker or ""),
        "source": " ".join(_source_id(o) for o in claim.outlets),
        "data": _claim_dict(claim),
        "_count_words": False,  # its words are the article's: the vocabulary has them
    }


def _claim_dict(claim) -> dict:
    from dataclasses import asdict

    return asdict(claim)


def _slug(text: str) -> str:
    from belreader.nlp.aliases import slugify

    return slugify(text)


def _source_id(name: str) -> str:
    from belreader.nlp.aliases import load_table

    return load_table().canonical(name) or _slug(name)


class CorpusIndex:
    """The index of one corpus. Cheap to construct; Whoosh is imported on first use."""

    def __init__(self, corpus: Path | str | None = None, index_dir: Path | str | None = None, analysis: bool = True):
        self.corpus = config.resolve_corpus(corpus)
        self.index_dir = Path(index_dir).expanduser() if index_dir else config.default_index_dir(self.corpus)
        self._chosen_dir = index_dir is not None  # the user's folder, not belreader's cache
        self.analysis = analysis
        self._ix = None
        self._searcher = None
        self._searcher_lock = threading.RLock()
        self._vocabulary: tuple[int, dict[str, int]] | None = None
        self._engine = None
        self._backend = None

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

    def _check_ownership(self) -> None:
        """Refuse an index folder that holds anything belreader did not make."""
        if not _is_ours(self.index_dir) and _has_entries(self.index_dir):
            raise IndexRefused(
                f"{self.index_dir} is not empty and is not a belreader index; refusing to use it (choose an empty or new folder)"
            )

    def _read_meta(self) -> dict | None:
        try:
            meta = config.read_json(self.meta_path)  # too deep or not UTF-8: a ValueError
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def _expected_meta(self) -> dict:
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
        expected = self._expected_meta()
        for key in ("schema_version", "analysis", "analysis_version"):
            if meta.get(key) != expected[key]:
                return f"index format changed ({key} {meta.get(key)} -> {expected[key]})"
        return self.damage()

    def damage(self, deep: bool = True) -> str | None:
        """Why the index files cannot be read (None if they can): a damaged table of contents,
        a segment file that changed since it was written (checked by size and time stamps, and
        by CRC-32 when those differ), or (if `deep`) a segment Whoosh cannot open."""
        from whoosh import index as windex
        from whoosh.filedb.filestore import FileStorage

        marked = _damage_mark(self.index_dir)
        if marked:
            return f"index unreadable ({marked})"
        storage = FileStorage(str(self.index_dir), readonly=True)
        for _attempt in range(3):
            generation = None
            try:
                toc = windex.TOC.read(storage, INDEX_NAME)
                generation = toc.generation
                found = _verify_segments(self.index_dir, storage, toc)
                if found is None and not deep:
                    return None
                if found is None:
                    ix = windex.open_dir(str(self.index_dir), indexname=INDEX_NAME)
                    with ix.searcher() as searcher:
                        searcher.doc_count()
                        # Touch the stored fields and postings of every segment: a truncated file shows here.
                        for _ in searcher.reader().all_doc_ids():
                            break
                        list(searcher.reader().field_terms("kind"))
                    ix.close()
                    return None
            except Exception as exc:  # any failure to read means the index must be rebuilt
                found = _one_line(exc)
            try:
                if generation is None or windex.TOC._latest_generation(storage, INDEX_NAME) == generation:
                    break
            except OSError:
                break
            # Another process committed meanwhile (and removed the files of the state read): again.
        return f"index unreadable ({found})"

    def exists(self) -> bool:
        """Whether the folder holds a Whoosh index (a table of contents), readable or not."""
        from whoosh import index as windex
        from whoosh.filedb.filestore import FileStorage

        if not self.index_dir.is_dir():
            return False
        try:
            return windex.TOC._latest_generation(FileStorage(str(self.index_dir), readonly=True), INDEX_NAME) >= 0
        except OSError:
            return False

    def open(self):
        """The Whoosh index, opened read-only. Raises IndexProblem when there is none."""
        from whoosh import index as windex

        if self._ix is None:
            self.check_location()
            if not self.exists():
                raise IndexProblem(f"no index for {self.corpus} yet; run `belreader index`")
            try:
                self._ix = windex.open_dir(str(self.index_dir), indexname=INDEX_NAME)
            except Exception as exc:
                raise IndexProblem(
                    f"index at {self.index_dir} is unreadable ({_one_line(exc)}); run `belreader index --rebuild`"
                ) from None
        return self._ix

    @contextmanager
    def searcher(self):
        """A shared searcher, refreshed to the latest commit; one user at a time.

        Opening a Whoosh searcher costs more than a typical query, so it is kept.
        """
        with self._searcher_lock:
            searcher = self._current_searcher()
            try:
                yield searcher
            except Exception as exc:
                problem = self._reading_failed(exc)
                if problem is None:
                    raise
                raise problem from None

    def _reading_failed(self, exc: Exception) -> IndexProblem | None:
        """The IndexProblem for an error raised while reading the index files (a damaged
        segment shows only when its block is read), or None when `exc` came from elsewhere.
        A damaged index is marked so the next update rebuilds it."""
        if isinstance(exc, IndexProblem) or not _raised_reading_index(exc):
            return None
        from whoosh import index as windex
        from whoosh.filedb.filestore import FileStorage

        reason = None
        try:
            storage = FileStorage(str(self.index_dir), readonly=True)
            reason = _verify_segments(self.index_dir, storage, windex.TOC.read(storage, INDEX_NAME), full=True)
        except Exception as again:
            reason = _one_line(again)
        if reason is None and not _looks_corrupt(exc):
            return None
        reason = reason or _one_line(exc)
        _mark_damaged(self.index_dir, reason)
        self.refresh()
        return IndexProblem(
            f"the index at {self.index_dir} is damaged ({reason}); "
            "the next update rebuilds it (or run `belreader index --rebuild`)"
        )

    def _current_searcher(self):
        """The shared searcher at the latest commit. A commit by another process can delete the
        files of the generation being opened (Whoosh cleans old ones), so opening is retried."""
        for attempt in range(5):
            try:
                if self._searcher is None:
                    self._searcher = self.open().searcher()
                else:
                    self._searcher = self._searcher.refresh()
                return self._searcher
            except IndexProblem:
                raise
            except Exception as exc:  # FileNotFoundError, or a reader of a vanished generation
                self._searcher = None
                self._ix = None
                if attempt == 4:
                    raise IndexProblem(
                        f"index at {self.index_dir} is unreadable ({type(exc).__name__}: {exc})"
                    ) from None
                time.sleep(0.05 * (attempt + 1))

    def refresh(self) -> None:
        """Forget the open index so the next search sees the latest commit (or a rebuilt index)."""
        with self._searcher_lock:
            if self._searcher is not None:
                self._searcher.close()
            self._searcher = None
            self._ix = None

    def close(self) -> None:
        self.refresh()

    # ------------------------------------------------------------------ reading

    def summaries(self) -> list[ArticleSummary]:
        """Every article's summary, by id. Cached beside the index, because reading stored fields
        means unpacking every body (the reader's start-up waits on this). The cache is keyed by the
        commit generation and the segment ids (random per segment, so a rebuilt index that reaches
        the same generation never matches), taken from the very reader the summaries came from."""
        try:
            toc = self.open()._read_toc()
            cached = self._cached_summaries([toc.generation, sorted(seg.segment_id() for seg in toc.segments)])
        except IndexProblem:
            raise
        except Exception:  # another process's commit removed that generation's files just now
            cached = None  # (or the TOC is damaged): the searcher below retries, or says why
        if cached is not None:
            return cached
        with self.searcher() as searcher:
            reader = searcher.reader()
            segments = (r.segment() if hasattr(r, "segment") else None for r, _ in reader.leaf_readers())
            key = [reader.generation(), sorted(seg.segment_id() for seg in segments if seg is not None)]
            out = [
                _summary(fields)
                for fields in (searcher.stored_fields(docnum) for docnum in searcher.document_numbers(kind="article"))
            ]
        out.sort(key=lambda s: s.id)
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
        return summaries if all(_well_typed(s) for s in summaries) else None

    def summary(self, article_id: str) -> ArticleSummary | None:
        with self.searcher() as searcher:
            fields = searcher.document(kind="article", id=article_id)
        return _summary(fields) if fields else None

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

    def all_analyses(self, articles: list[Article] | None = None) -> list:
        """Analyses of every indexed article (from the cache; computed if missing)."""
        from belreader import nlp

        if articles is None:
            articles = self.load_all_articles()
        return nlp.analyze_many(articles, cache_dir=analysis_cache_dir())

    def load_all_articles(self) -> list[Article]:
        articles = []
        for summary in self.summaries():
            try:
                article = find_article(Path(summary.path), self.corpus, summary.id)
                articles.extend([article] if article is not None else [])
            except ValueError:
                continue
        return articles

    def stats(self) -> dict[str, int]:
        """Corpus-wide counts for a status line: articles, distinct entities, claims."""
        with self.searcher() as searcher:
            reader = searcher.reader()
            articles = sum(1 for _ in searcher.document_numbers(kind="article"))
            claims = sum(1 for _ in searcher.document_numbers(kind="claim"))
            entities = sum(1 for _ in reader.field_terms("entity")) if "entity" in reader.indexed_field_names() else 0
        return {"articles": articles, "entities": entities, "claims": claims}

    def article_ids_mentioning(self, entity_id: str) -> list[str]:
        """Ids of the articles whose analysis found `entity_id` (the entity facet)."""
        with self.searcher() as searcher:
            ids = [
                searcher.stored_fields(n)["id"]
                for n in searcher.document_numbers(kind="article", entity=entity_id.lower())
            ]
        return sorted(ids)

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

    def backend(self):
        """The search backend over this index (belreader.search talks to it, never to Whoosh)."""
        from belreader.search.whoosh.backend import WhooshBackend

        if self._backend is None:
            self._backend = WhooshBackend(self)
        return self._backend

    def engine(self, searcher):
        """The query engine for `searcher` (it keeps per-index arrays, so one per searcher)."""
        from belreader.search.whoosh.engine import Engine

        if self._engine is None or self._engine.searcher is not searcher:
            self._engine = Engine(searcher)
        return self._engine

    def doc_count(self) -> int:
        with self.searcher() as searcher:
            return sum(1 for _ in searcher.document_numbers(kind="article"))

    # ------------------------------------------------------------------ writing

    @contextmanager
    def _update_lock(self, wait: float):
        """Serialise updates: a thread lock in-process and a file lock across processes."""
        if not _process_lock.acquire(timeout=max(wait, 0.001)):
            raise IndexProblem("the index is already being updated in this process")
        handle = None
        try:
            try:
                self.lock_path.parent.mkdir(parents=True, exist_ok=True)
                handle = open(self.lock_path, "a+")
            except OSError as exc:
                raise _write_problem(self.index_dir, exc, f" (its lock file in {self.lock_path.parent})") from None
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                        raise IndexProblem(
                            f"another belreader is updating the index at {self.index_dir}; try again when it has finished"
                        ) from None
                    time.sleep(0.1)
            yield
        finally:
            if handle is not None:
                handle.close()
            _process_lock.release()

    def update(
        self,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
        procs: int = 1,
        multisegment: bool = False,
        wait: float = 30.0,
        cancelled: Callable[[], bool] | None = None,
    ) -> UpdateReport:
        """Bring the index in line with the corpus: add new files, update changed, drop deleted."""
        started = time.perf_counter()
        check_corpus_root(self.corpus)
        self.check_location()
        report = UpdateReport()
        with self._update_lock(wait):
            self.refresh()
            try:
                self._check_ownership()
                for leftover in self._siblings():  # of a build that was killed
                    _remove_ours(leftover, legacy=False)
                _adopt(self.index_dir)
                problem = "rebuild requested" if rebuild else self.problem()
                if problem is None:
                    self._update_into(self.index_dir, report, progress, procs, multisegment, cancelled)
                elif problem == "no index yet" or not self.index_dir.exists():
                    # Build in place, committing in batches: a reader sees the first articles early.
                    _create_index(self.index_dir, self._expected_meta())
                    self._update_into(self.index_dir, report, progress, procs, multisegment, cancelled)
                else:
                    report.rebuilt_because = problem
                    self._rebuild_and_swap(report, progress, procs, multisegment, cancelled)
            except OSError as exc:
                raise _write_problem(self.index_dir, exc) from None
            finally:
                self.refresh()
        report.seconds = time.perf_counter() - started
        return report

    def _rebuild_and_swap(self, report, progress, procs, multisegment, cancelled) -> None:
        """Build a new index beside the old one, then swap: the old one stays usable meanwhile,
        and intact if the build fails (a full disk) or is cancelled."""
        staging, retired = self._siblings()
        for folder in (staging, retired):
            if _has_entries(folder) or folder.is_symlink():  # not ours: update() removed our leftovers
                raise IndexRefused(f"{folder} is in the way of the rebuild and is not belreader's; move it away")
            _remove_ours(folder, legacy=False)  # an empty folder
        try:
            _create_index(staging, self._expected_meta())
            complete = self._update_into(staging, report, progress, procs, multisegment, cancelled)
        except BaseException:
            _remove_ours(staging, legacy=False)
            raise
        if not complete:
            _remove_ours(staging, legacy=False)
            return
        os.rename(self.index_dir, retired)
        os.rename(staging, self.index_dir)
        _remove_ours(retired, legacy=True)

    def _siblings(self) -> tuple[Path, Path]:
        """The folders a rebuild builds in and moves the old index to, beside the index."""
        return (
            self.index_dir.with_name(self.index_dir.name + ".new"),
            self.index_dir.with_name(self.index_dir.name + ".old"),
        )

    def _indexed_files(self, directory: Path) -> dict[str, tuple[float, int, str, list[str]]]:
        """path -> (mtime, size, content hash, article ids) for what the index in `directory` holds."""
        from whoosh import index as windex

        ix = windex.open_dir(str(directory), indexname=INDEX_NAME)
        files: dict[str, tuple[float, int, str, list[str]]] = {}
        with ix.searcher() as searcher:
            reader = searcher.reader()
            if reader.doc_count_all() == 0 or not reader.has_column("manifest"):
                ix.close()
                return files
            column = reader.column_reader("manifest")
            for docnum in searcher.document_numbers(kind="article"):
                path, mtime, size, content_hash, article_id = json.loads(column[docnum].decode("utf-8"))
                entry = files.get(path)
                ids = (entry[3] if entry else []) + [article_id]
                files[path] = (float(mtime), int(size), content_hash, ids)
        ix.close()
        return files

    def _update_into(self, directory: Path, report: UpdateReport, progress, procs, multisegment, cancelled) -> bool:
        """Bring the index in `directory` up to date. False if cancelled before the end."""
        from whoosh import index as windex

        from belreader.search.whoosh import fastwrite
        from belreader.search.whoosh.terms import word_forms

        def tell(stage: str, done: int, total: int) -> None:
            if progress is not None:
                progress(stage, done, total)

        indexed = self._indexed_files(directory)
        tell("scan", 0, 1)
        on_disk: dict[str, os.stat_result] = {}
        for path in iter_corpus_files(self.corpus, report.skipped):
            try:
                on_disk[str(path)] = path.stat()
            except OSError as exc:
                report.skipped.append(SkippedFile(path, f"unreadable ({exc.strerror or exc})"))
        tell("scan", 1, 1)

        # Articles under a folder that cannot be listed now are kept: they may well still exist.
        unreadable = tuple(str(s.path) + os.sep for s in report.skipped if s.reason.startswith("unreadable folder"))
        removed_paths = [p for p in indexed if p not in on_disk and not (unreadable and p.startswith(unreadable))]
        candidates = []
        for name, stat in on_disk.items():
            known = indexed.get(name)
            if known and known[0] == stat.st_mtime and known[1] == stat.st_size:
                report.unchanged += len(known[3])
                continue
            candidates.append(Path(name))

        # Ids of files that stay as they are are taken; a second file with the same id is skipped.
        candidate_set = {str(p) for p in candidates}
        taken = {i: p for p, known in indexed.items() if p in on_disk and p not in candidate_set for i in known[3]}
        if not candidates and not removed_paths:
            return True

        vocabulary = Vocabulary.load(directory)
        ix = windex.open_dir(str(directory), indexname=INDEX_NAME)
        try:
            if removed_paths:
                writer = fastwrite.writer(ix, timeout=30.0)
                with _committing(writer, ix):
                    for name in removed_paths:
                        writer.delete_by_term("path", name)
                        report.removed.extend(indexed[name][3])
            # Load, analyse and write batch by batch, one commit each: a reader sees the first
            # articles early, a crash loses at most the batch under way, and memory stays flat.
            # Batches grow so a large build makes few commits (each one merges segments).
            done = 0
            writers = procs if procs > 1 and multisegment else 1
            for batch_paths in _growing_batches(candidates, largest=LARGEST_BATCH * writers):
                if cancelled is not None and cancelled():
                    return False

                def load(paths=batch_paths):
                    nonlocal done
                    for path in paths:
                        done += 1
                        tell("load", done, len(candidates))
                        articles = self._load_candidate(path, indexed, taken, report, removed_paths)
                        if articles is not None:
                            yield str(path), articles

                # Without NLP, files are read while the writer's processes index the ones before.
                batch = load()
                analyses = {}
                if self.analysis:
                    batch = list(batch)
                    analyses = self._analyse_batch(batch, done - len(batch_paths), len(candidates), tell, procs)
                parallel = writers if len(batch_paths) > 50 else 1
                writer = fastwrite.writer(
                    ix, procs=parallel, timeout=30.0, limitmb=POOL_MB // parallel, count_words=Vocabulary.FIELDS
                )
                with _committing(writer, ix):
                    for path, articles in batch:
                        if path in indexed:
                            writer.delete_by_term("path", path)
                        for article in articles:
                            analysis = analyses.get(article.id)
                            writer.add_document(**_article_fields(article, analysis))
                            if analysis is not None:
                                for claim in analysis.claims:
                                    writer.add_document(**_claim_fields(article, claim, analysis))
                vocabulary.add_raw(fastwrite.take_word_counts(directory))
                vocabulary.save(directory, word_forms)
                tell("write", done, len(candidates))
        finally:
            ix.close()
        return True

    def _load_candidate(self, path: Path, indexed, taken, report: UpdateReport, removed_paths) -> list[Article] | None:
        """Read one new or changed file and record what happened to it in the report."""
        try:
            articles = load_file(path, self.corpus, skipped=report.skipped)
        except ValueError as exc:
            report.skipped.append(SkippedFile(path, str(exc)))
            if isinstance(exc, FileTooLarge):
                report.warnings.append(LoadWarning(path, str(exc)))
            if str(path) in indexed and str(path) not in removed_paths:
                removed_paths.append(str(path))
                report.removed.extend(indexed[str(path)][3])
                return []  # written as an empty batch entry: its old documents are deleted
            return None
        unique = []
        for article in articles:
            if article.id in taken and taken[article.id] != str(path):
                report.skipped.append(
                    SkippedFile(path, f"duplicate article id '{article.id}' (also {taken[article.id]})")
                )
                continue
            taken[article.id] = str(path)
            unique.append(article)
        report.warnings.extend(LoadWarning(path, w) for w in dict.fromkeys(w for a in unique for w in a.warnings))
        known = indexed.get(str(path))
        if known is None:
            report.added.extend(a.id for a in unique)
        elif all(a.content_hash == known[2] for a in unique) and len(unique) == len(known[3]):
            report.unchanged += len(unique)  # touched, not changed: re-stored with its new mtime
        else:
            report.updated.extend(a.id for a in unique if a.id in known[3])
            report.added.extend(a.id for a in unique if a.id not in known[3])
            report.removed.extend(i for i in known[3] if i not in {a.id for a in unique})
        return unique

    def _analyse_batch(self, batch, offset: int, total: int, tell, procs: int) -> dict:
        """NLP for one batch of files (cached by content hash), keyed by article id.
        `offset` files of `total` were done before this batch."""
        articles = [a for _, file_articles in batch for a in file_articles]
        if not self.analysis or not articles:
            return {}
        from belreader import nlp

        # Progress in files, like the other stages (a JSONL file holds several articles).
        results = nlp.analyze_many(
            articles,
            cache_dir=analysis_cache_dir(),
            progress=lambda done, n: tell("analyse", offset + done * len(batch) // max(n, 1), total),
            n_process=procs,
        )
        return {a.article_id: a for a in results}


@contextmanager
def _committing(writer, ix):
    """Commit on success; on any failure cancel the writer (releasing Whoosh's write lock)
    and remove the segment files it left behind."""
    try:
        yield writer
        writer.commit()
    except BaseException:
        try:
            writer.cancel()
        except Exception:  # closing the segment can fail again (a full disk): finish by hand
            for step in (
                lambda: writer._searcher and writer._searcher._orig_close(),
                writer._tempstorage.destroy,
                lambda: writer.writelock and writer.writelock.release(),
            ):
                try:
                    step()
                except Exception:
                    pass
        _remove_orphan_files(ix)
        raise
    _record_checksums(Path(ix.storage.folder))


def _remove_orphan_files(ix) -> None:
    """Delete files of a failed write that no committed generation refers to."""
    from whoosh import index as windex

    try:
        storage = ix.storage
        if not _is_ours(Path(storage.folder)):
            return
        toc = windex.TOC.read(storage, INDEX_NAME)
        windex.clean_files(storage, INDEX_NAME, toc.generation, toc.segments)
        shutil.rmtree(Path(storage.folder) / f"{INDEX_NAME}.tmp", ignore_errors=True)
    except Exception:  # best effort: the next successful commit cleans up too
        pass


def _growing_batches(paths: list, first: int = FIRST_BATCH, largest: int = LARGEST_BATCH):
    """Slices of `paths` of sizes first, 2*first, 4*first, ... up to `largest`."""
    start, size = 0, first
    while start < len(paths):
        yield paths[start : start + size]
        start += size
        size = min(size * 2, largest)


def _create_index(directory: Path, meta: dict) -> None:
    """An empty index in `directory` (emptied first if it is belreader's; refused if it holds
    anything else), with belreader's marker and metadata in it."""
    from whoosh import index as windex

    if _has_entries(directory) and not _is_ours(directory):
        raise IndexRefused(f"{directory} is not empty and is not a belreader index; refusing to use it")
    directory.mkdir(parents=True, exist_ok=True)
    _write_marker(directory)  # first: a build killed from here on leaves a folder marked as ours
    for child in directory.iterdir():
        if child.name == MARKER_FILE:
            continue
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    windex.create_in(str(directory), build_schema(), indexname=INDEX_NAME)
    meta = dict(meta, instance=uuid.uuid4().hex)
    config.atomic_write_json(directory / META_FILE, meta)


def _has_entries(directory: Path) -> bool:
    """Whether `directory` exists as a folder with anything in it."""
    try:
        with os.scandir(directory) as entries:
            return next(entries, None) is not None
    except (FileNotFoundError, NotADirectoryError):
        return False


def _is_ours(directory: Path, legacy: bool = True) -> bool:
    """Whether belreader made `directory`: it carries belreader's marker or (with `legacy`, for
    an index made before the marker existed) belreader's metadata file, with a schema version,
    beside a Whoosh table of contents."""
    directory = Path(directory)
    try:
        if (directory / MARKER_FILE).is_file():
            return True
        if not legacy:
            return False
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        return isinstance(meta, dict) and "schema_version" in meta and any(directory.glob(f"_{INDEX_NAME}_*.toc"))
    except (OSError, ValueError):
        return False


def _write_marker(directory: Path) -> None:
    if not (directory / MARKER_FILE).is_file():
        config.atomic_write_text(directory / MARKER_FILE, MARKER_TEXT)


def _adopt(directory: Path) -> None:
    """Give an index of an older belreader (recognised by its metadata) the marker."""
    if _is_ours(directory):
        try:
            _write_marker(directory)
        except OSError:  # read-only: it is still recognised by its metadata
            pass


def _remove_ours(directory: Path, legacy: bool) -> None:
    """Delete `directory` only if belreader made it (or if it is an empty folder); a link to
    such a folder is removed, never what it points to."""
    if directory.is_symlink():
        if _is_ours(directory, legacy=legacy):
            directory.unlink(missing_ok=True)
        return
    if _is_ours(directory, legacy=legacy):
        shutil.rmtree(directory, ignore_errors=True)
    elif directory.is_dir() and not directory.is_symlink() and not _has_entries(directory):
        try:
            directory.rmdir()
        except OSError:
            pass


def _write_problem(index_dir: Path, exc: OSError, where: str = "") -> IndexProblem:
    """The one-line problem for a failed write: IndexReadOnly when the index cannot be
    written at all (permissions, a read-only file system), so it can still be read."""
    kind = IndexReadOnly if exc.errno in _READ_ONLY_ERRNOS else IndexProblem
    return kind(f"cannot write the index at {index_dir}: {exc.strerror or exc}{where}")


def _one_line(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:120] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# -- integrity: segment checksums, damage marks ---------------------------------------------------

DAMAGE_FILE = "belreader-damaged.txt"


def _damage_mark(directory: Path) -> str | None:
    try:
        return (Path(directory) / DAMAGE_FILE).read_text(encoding="utf-8").strip()[:200] or "damaged"
    except (OSError, UnicodeDecodeError):
        return None


def _mark_damaged(directory: Path, reason: str) -> None:
    try:
        if _is_ours(directory):
            config.atomic_write_text(Path(directory) / DAMAGE_FILE, reason + "\n")
    except OSError:  # read-only: the reading error is reported each time instead
        pass


def _crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _stamp(stat: os.stat_result) -> list[int]:
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _verify_segments(directory: Path, storage, toc, full: bool = False, record_new: bool = True) -> str | None:
    """Check every segment file of `toc` against the size and CRC-32 recorded when it was
    written (segment files never change after that). A file whose size and time stamps are as
    recorded is taken as checked, unless `full`; a file with no record yet is recorded as it is.
    Returns what is wrong, or None."""
    path = Path(directory) / CHECKSUMS_FILE
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
        files = record["files"] if isinstance(record, dict) and isinstance(record.get("files"), dict) else {}
    except (OSError, ValueError):
        files = {}
    seen: dict[str, dict] = {}
    changed = False
    for segment in toc.segments:
        for name in segment.list_files(storage):
            try:
                stat = os.stat(Path(directory) / name)
            except FileNotFoundError:
                return f"segment file {name} is missing"
            entry = files.get(name)
            if isinstance(entry, dict) and entry.get("stamp") == _stamp(stat) and not full:
                seen[name] = entry
                continue
            crc = _crc(Path(directory) / name)
            if isinstance(entry, dict) and (entry.get("size") != stat.st_size or entry.get("crc") != crc):
                return f"segment file {name} changed on disk since it was written"
            seen[name] = {"size": stat.st_size, "crc": crc, "stamp": _stamp(stat)}
            changed |= entry != seen[name]
        if not segment.list_files(storage):
            return f"segment {segment.segment_id()} has no files"
    if (changed or set(seen) != set(files)) and record_new:
        try:
            config.atomic_write_json(path, {"files": seen})
        except OSError:  # read-only: checked again next time
            pass
    return None


def _record_checksums(directory: Path) -> None:
    """Record the segment files of the latest commit in `directory` (after each commit)."""
    from whoosh import index as windex
    from whoosh.filedb.filestore import FileStorage

    try:
        storage = FileStorage(str(directory))
        _verify_segments(directory, storage, windex.TOC.read(storage, INDEX_NAME))
    except Exception:  # not recorded now: the next check records what it finds
        pass


def _raised_reading_index(exc: BaseException) -> bool:
    """Whether `exc` passed through Whoosh's reading code or belreader's engine/codec."""
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename.replace(os.sep, "/")
        if ("/whoosh/" in name and "/whoosh/qparser/" not in name) or name.endswith(
            (
                "belreader/search/whoosh/engine.py",
                "belreader/search/whoosh/fastwrite.py",
                "belreader/search/whoosh/terms.py",
            )
        ):
            return True
        tb = tb.tb_next
    return False


def _looks_corrupt(exc: BaseException) -> bool:
    """Errors that unreadable bytes give (Whoosh raises a bare Exception for a bad block tag)."""
    import pickle
    import struct

    return type(exc) is Exception or isinstance(
        exc, (struct.error, zlib.error, EOFError, pickle.UnpicklingError, UnicodeDecodeError)
    )


def _summary(fields: dict) -> ArticleSummary:
    return ArticleSummary(
        id=fields["id"],
        path=fields["path"],
        title=fields.get("title", fields["id"]),
        publisher=fields.get("publisher") or None,
        author=fields.get("author") or None,
        date=fields.get("date") or None,
        tags=[t for t in (fields.get("tag") or "").split(",") if t],
        n_claims=fields.get("n_claims") or 0,
        n_paragraphs=fields.get("n_paragraphs") or 0,
        content_hash=fields.get("content_hash", ""),
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


def iter_claim_records(index: CorpusIndex, article_id: str | None = None) -> Iterator[dict]:
    """Stored claim dicts, optionally for one article, in article/offset order."""
    with index.searcher() as searcher:
        criteria = {"kind": "claim"}
        if article_id:
            criteria["article_id"] = article_id
        records = [searcher.stored_fields(n)["data"] for n in searcher.document_numbers(**criteria)]
    records.sort(key=lambda c: (c["article_id"], c["start"]))
    yield from records
