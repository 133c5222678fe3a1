"""The Whoosh store: belreader's index as Whoosh files in one folder.

Opening, reading and writing the index (schema, searcher, batches of documents, the manifest of
indexed files) and its integrity checks (a checksum of every segment file, a damage mark, the
errors that mean the files are damaged). Whoosh commits are atomic (new segments, then a new
table of contents), so a reader never sees a half-written index. Only this package imports
Whoosh; sync.py drives the store through these methods.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from belreader import config
from belreader.search import folders
from belreader.search.folders import one_line as _one_line
from belreader.search.protocol import FileStamp, IndexProblem
from belreader.search.vocabulary import Vocabulary

INDEX_NAME = "MAIN"
CHECKSUMS_FILE = "belreader-segments.json"  # size and CRC-32 of every segment file, as written
POOL_MB = 1024  # Whoosh's in-memory postings per batch (split between processes): no spill to disk


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
        text_key=ID(stored=False),  # equal for duplicate articles: search shows one of them
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


def whoosh_fields(document: dict) -> dict:
    """A belreader document (documents.py) as this schema's fields."""
    fields = dict(document)
    for name in ("entity", "speaker", "source"):
        if name in fields:
            fields[name] = " ".join(fields[name])
    if "tag" in fields:
        fields["tag"] = ",".join(fields["tag"])
    if fields["kind"] == "article":
        # [path, mtime, size, hash, id] as JSON in a column (any file name fits, tabs and newlines
        # too), so an update compares the corpus with the index without unpickling every body.
        fields["manifest"] = json.dumps(
            [fields["path"], fields["mtime"], fields["size"], fields["content_hash"], fields["id"]], ensure_ascii=False
        ).encode("utf-8")
    else:
        fields["_count_words"] = False  # a claim's words are its article's: the vocabulary has them
    return fields


class WhooshStore:
    """One Whoosh index folder. Cheap to construct; Whoosh opens on first use.

    `before_open` runs before the index is first opened (the caller's checks of where it is);
    `missing` is the IndexProblem message when there is no index yet."""

    def __init__(self, directory: Path, before_open: Callable[[], None] | None = None, missing: str = "") -> None:
        self.index_dir = Path(directory)
        self._before_open = before_open
        self._missing = missing or f"no index at {directory} yet; run `belreader index`"
        self._ix = None
        self._searcher = None
        self._searcher_lock = threading.RLock()
        self._engine = None
        self._backend = None

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

    def damage(self, deep: bool = True) -> str | None:
        """Why the index files cannot be read (None if they can): a damaged table of contents,
        a segment file that changed since it was written (checked by size and time stamps, and
        by CRC-32 when those differ), or (if `deep`) a segment Whoosh cannot open."""
        from whoosh import index as windex
        from whoosh.filedb.filestore import FileStorage

        marked = folders.damage_mark(self.index_dir)
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

    def open(self):
        """The Whoosh index, opened read-only. Raises IndexProblem when there is none."""
        from whoosh import index as windex

        if self._ix is None:
            if self._before_open is not None:
                self._before_open()
            if not self.exists():
                raise IndexProblem(self._missing)
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
        folders.mark_damaged(self.index_dir, reason)
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

    def engine(self, searcher):
        """The query engine for `searcher` (it keeps per-index arrays, so one per searcher)."""
        from belreader.search.whoosh.engine import Engine

        if self._engine is None or self._engine.searcher is not searcher:
            self._engine = Engine(searcher)
        return self._engine

    def backend(self):
        """The search backend over this index (belreader.search talks to it, never to Whoosh)."""
        from belreader.search.whoosh.backend import WhooshBackend  # noqa: PLC0415

        if self._backend is None:
            self._backend = WhooshBackend(self)
        return self._backend

    def manifest(self) -> dict[str, FileStamp]:
        """path -> (mtime, size, content hash, article ids) for the files the index holds."""
        from whoosh import index as windex

        ix = windex.open_dir(str(self.index_dir), indexname=INDEX_NAME)
        files: dict[str, FileStamp] = {}
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
                files[path] = FileStamp(float(mtime), int(size), content_hash, ids)
        ix.close()
        return files

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

    def doc_count(self) -> int:
        with self.searcher() as searcher:
            return sum(1 for _ in searcher.document_numbers(kind="article"))

    def stored_articles(self) -> tuple[list, list[dict]]:
        """(a key of this state of the index, the stored fields of every article): the key is the
        commit generation and the segment ids (random per segment, so a rebuilt index that reaches
        the same generation never matches), from the very reader the fields came from."""
        with self.searcher() as searcher:
            reader = searcher.reader()
            segments = (r.segment() if hasattr(r, "segment") else None for r, _ in reader.leaf_readers())
            key = [reader.generation(), sorted(seg.segment_id() for seg in segments if seg is not None)]
            fields = [searcher.stored_fields(docnum) for docnum in searcher.document_numbers(kind="article")]
        return key, fields

    def state_key(self) -> list:
        """The key stored_articles gives, read from the table of contents alone (cheap)."""
        toc = self.open()._read_toc()
        return [toc.generation, sorted(seg.segment_id() for seg in toc.segments)]

    def article_fields(self, article_id: str) -> dict | None:
        with self.searcher() as searcher:
            return searcher.document(kind="article", id=article_id)

    def claim_records(self, article_id: str | None = None) -> list[dict]:
        """Stored claim dicts, optionally for one article, in article/offset order."""
        with self.searcher() as searcher:
            criteria = {"kind": "claim"}
            if article_id:
                criteria["article_id"] = article_id
            records = [searcher.stored_fields(n)["data"] for n in searcher.document_numbers(**criteria)]
        records.sort(key=lambda c: (c["article_id"], c["start"]))
        return records

    # ------------------------------------------------------------------ writing

    def create(self, meta_write: Callable[[Path], None]) -> None:
        """An empty index in the folder (emptied first if it is belreader's; refused if it holds
        anything else); `meta_write(folder)` writes belreader's metadata into it."""
        from whoosh import index as windex

        folders.prepare_empty(self.index_dir)
        windex.create_in(str(self.index_dir), build_schema(), indexname=INDEX_NAME)
        meta_write(self.index_dir)

    @contextmanager
    def writing(self) -> Iterator[_Writing]:
        """The index opened for a series of batches (closed at the end)."""
        from whoosh import index as windex

        ix = windex.open_dir(str(self.index_dir), indexname=INDEX_NAME)
        try:
            yield _Writing(ix, self.index_dir)
        finally:
            ix.close()


class _Writing:
    """Batches written into one opened index: each batch is one commit."""

    def __init__(self, ix, directory: Path) -> None:
        self._ix = ix
        self._directory = directory
        self._vocabulary = Vocabulary.load(directory)

    def delete_paths(self, paths: list[str]) -> None:
        """Remove every document of these files (one commit)."""
        from belreader.search.whoosh import fastwrite

        writer = fastwrite.writer(self._ix, timeout=30.0)
        with _committing(writer, self._ix):
            for name in paths:
                writer.delete_by_term("path", name)

    @contextmanager
    def batch(self, parallel: int = 1) -> Iterator[_Batch]:
        """A batch of deletions and documents, committed at the end (nothing of it if it fails),
        written by `parallel` processes; the words it added go to the did-you-mean vocabulary."""
        from belreader.search.whoosh import fastwrite
        from belreader.search.whoosh.terms import word_forms

        writer = fastwrite.writer(
            self._ix, procs=parallel, timeout=30.0, limitmb=POOL_MB // parallel, count_words=Vocabulary.FIELDS
        )
        with _committing(writer, self._ix):
            yield _Batch(writer)
        self._vocabulary.add_raw(fastwrite.take_word_counts(self._directory))
        self._vocabulary.save(self._directory, word_forms)


class _Batch:
    def __init__(self, writer) -> None:
        self._writer = writer

    def delete_path(self, path: str) -> None:
        self._writer.delete_by_term("path", path)

    def add(self, document: dict) -> None:
        self._writer.add_document(**whoosh_fields(document))


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
        if not folders.is_ours(Path(storage.folder)):
            return
        toc = windex.TOC.read(storage, INDEX_NAME)
        windex.clean_files(storage, INDEX_NAME, toc.generation, toc.segments)
        shutil.rmtree(Path(storage.folder) / f"{INDEX_NAME}.tmp", ignore_errors=True)
    except Exception:  # best effort: the next successful commit cleans up too
        pass


# -- integrity: segment checksums, damage marks ---------------------------------------------------


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
