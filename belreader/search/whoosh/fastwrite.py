"""Faster Whoosh writers, in the same file format. Only `belreader.index` writes the index,
and it writes through `writer()`.

Whoosh's writer spends most of a large build on bookkeeping around each posting:
- its pool sorts every (field, term, document) tuple of the batch; `_Pool` groups the postings
  by term as they come, so only the distinct terms are sorted;
- its W3 codec looks up the document's field length for every posting (a seek and a read in
  the new segment's length column each time) and type-checks every argument; `FastCodec` reads
  each length once, trusts the pool's types and writes a whole term's postings a block at a time.
Segments are W3 segments with one difference, in how a block's values are packed (see
`_PostingsWriter._mini_values`); FastCodec, which the segment names as its codec, reads both.
`tests/test_fastwrite.py` compares indexes written both ways, posting by posting.
"""

from __future__ import annotations

import os
import pickle
import queue
import zlib
from array import array
from collections import Counter
from pathlib import Path

from whoosh.analysis import IDTokenizer
from whoosh.codec.whoosh3 import (
    WHOOSH3_HEADER_MAGIC,
    W3Codec,
    W3FieldWriter,
    W3LeafMatcher,
    W3PostingsWriter,
)
from whoosh.fields import ID
from whoosh.multiproc import MpWriter, SubWriterTask
from whoosh.util.numeric import length_to_byte
from whoosh.writing import PostingPool, SegmentWriter

from belreader.search.whoosh.terms import WORD, FastText, single_positions, term_positions

COMPRESS_FROM = 128  # bytes of a pickled postings block below which it is stored as it is


class FastID(ID):
    """An ID field (the whole value is one term) indexed without an analyzer run: what
    ID.index() gives, built directly. Articles have a handful of these."""

    def index(self, value, **kwargs):
        if isinstance(value, str) and not kwargs and type(self.analyzer) is IDTokenizer:
            return [(value.encode("utf-8"), 1, self.format.field_boost, b"")]
        return super().index(value, **kwargs)


class _Lengths:
    """A per-document reader's field lengths, each field read into memory on first use."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self._fields: dict[str, list] = {}

    def field(self, fieldname: str) -> list:
        lengths = self._fields.get(fieldname)
        if lengths is None:
            read = self._reader.doc_field_length
            lengths = self._fields[fieldname] = [read(n, fieldname) for n in range(self._reader.doc_count_all())]
        return lengths

    def doc_field_length(self, docnum: int, fieldname: str, default=0):
        return self.field(fieldname)[docnum]

    def __getattr__(self, name):
        return getattr(self._reader, name)


class _PostingsWriter(W3PostingsWriter):
    def add_posting(self, id_, weight, vbytes, length=None):
        # W3PostingsWriter.add_posting without its per-posting isinstance asserts: the
        # postings come from Whoosh's own pool, already typed.
        if len(self._ids) >= self._blocklimit:
            self._write_block()
        self._ids.append(id_)
        self._weights.append(weight)
        if weight > self._maxweight:
            self._maxweight = weight
        if vbytes:
            self._values.append(vbytes)
        if length:
            minlength = self._minlength
            if minlength is None or length < minlength:
                self._minlength = length
            if length > self._maxlength:
                self._maxlength = length

    def add_term_postings(self, postings: list, lengths: list | None) -> None:
        """All postings of one term, (docnum, weight, value) in docnum order, a block at a time:
        the same blocks and statistics add_posting() builds one posting at a time. The last
        block stays buffered for finish_postings() (which may inline it in the term info)."""
        limit = self._blocklimit
        last = len(postings) - 1
        for start in range(0, len(postings), limit):
            chunk = postings[start : start + limit]
            ids = [p[0] for p in chunk]
            weights = [p[1] for p in chunk]
            self._ids = array("I", ids)  # the types _new_block() gives: weights are stored as float32
            self._weights = array("f", weights)
            self._values = [p[2] for p in chunk if p[2]]
            self._maxweight = max(0, max(weights))
            if lengths is not None:
                found = [n for n in (lengths[i] for i in ids) if n]
                self._minlength = min(found) if found else None
                self._maxlength = max(found) if found else 0
            if start + limit <= last:
                self._write_block()

    def _write_block(self, last=False):
        """W3PostingsWriter._write_block, except that a block whose pickle is shorter than
        COMPRESS_FROM bytes is written uncompressed (its info says compression 0, which every W3
        reader honours block by block). Whoosh meant to skip tiny blocks (its check is overwritten
        on the next line): two thirds of the blocks are under 64 bytes (a rare word's postings),
        zlib makes them longer, and its set-up cost per call was a sixth of the build time."""
        if not self._blockcount:
            self._postfile.write(WHOOSH3_HEADER_MAGIC)
        self._terminfo.add_block(self)
        databytes = pickle.dumps((self._mini_ids(), self._mini_weights(), self._mini_values()), 2)
        comp = self._compression if len(databytes) >= COMPRESS_FROM else 0
        if comp:
            databytes = zlib.compress(databytes, comp)
        ids = self._ids
        infobytes = pickle.dumps(
            (
                len(ids),
                ids[-1],
                self._maxweight,
                comp,
                length_to_byte(self._minlength),
                length_to_byte(self._maxlength),
            ),
            2,
        )
        postfile = self._postfile
        blocklength = len(infobytes) + len(databytes)
        postfile.write_int(-blocklength if last else blocklength)
        postfile.write(infobytes)
        postfile.write(databytes)
        self._blockcount += 1
        self._new_block()

    def _mini_values(self):
        """A block's values as ("c", lengths, the values joined as a latin-1 string) instead of
        a tuple of bytes objects: Whoosh pickles blocks with protocol 2, which stores each bytes
        object as a call to codecs.encode; unpickling 128 of them took 60 us a block, and every
        query reads whole blocks. Read back by _LeafMatcher._read_values."""
        values = self._values
        if values and self._format.fixed_value_size() is None:
            return ("c", tuple(map(len, values)), b"".join(values).decode("latin-1"))
        return super()._mini_values()


def split_values(packed) -> list:
    """The values of a block written by _PostingsWriter._mini_values (or a W3 tuple as is)."""
    if type(packed) is tuple and len(packed) == 3 and packed[0] == "c":
        blob = packed[2].encode("latin-1")
        out = []
        start = 0
        for length in packed[1]:
            out.append(blob[start : start + length])
            start += length
        return out
    return packed


class _LeafMatcher(W3LeafMatcher):
    def _read_values(self):
        if self._data is None:
            self._read_data()
        if self._fixedsize is None:
            self._values = split_values(self._data[2])
        else:
            super()._read_values()


class _FieldWriter(W3FieldWriter):
    def add_postings(self, schema, lengths, items):
        lengths = _Lengths(lengths) if lengths else None
        if not isinstance(items, _Grouped):
            return super().add_postings(schema, lengths, items)
        # The postings of one pool, grouped by term: the loop of FieldWriter.add_postings
        # without a tuple, a comparison and a length lookup per posting.
        current = None
        field_lengths = None
        for fieldname, btext, postings in items.groups():
            if fieldname != current:
                if current is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                current = fieldname
                field_lengths = lengths.field(fieldname) if lengths else None
            self.start_term(btext)
            self._postwriter.add_term_postings(postings, field_lengths)
            self.finish_term()
        if current is not None:
            self.finish_field()

    def add(self, docnum, weight, vbytes, length):
        self._postwriter.add_posting(docnum, weight, vbytes, length)


class FastCodec(W3Codec):
    """The W3 codec with the faster field and postings writers."""

    def field_writer(self, storage, segment):
        return _FieldWriter(self, storage, segment)

    def postings_reader(self, dbfile, terminfo, format_, term=None, scorer=None):
        if terminfo.is_inlined():
            return super().postings_reader(dbfile, terminfo, format_, term=term, scorer=scorer)
        offset, length = terminfo.extent()
        return _LeafMatcher(dbfile, offset, length, format_, term=term, scorer=scorer)

    def postings_writer(self, dbfile, byteids=False):
        return _PostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


class _Grouped:
    """A pool's postings grouped by field and term, each group in document order once sorted.
    Iterating gives Whoosh's (field, term, docnum, weight, value) tuples in order."""

    def __init__(self, fields: dict, unsorted: bool) -> None:
        self.fields = fields
        self.unsorted = unsorted

    def groups(self):
        """(fieldname, term bytes, postings) in Whoosh's order; postings are (docnum, weight, value)."""
        for fieldname in sorted(self.fields):
            terms = self.fields[fieldname]
            for btext in sorted(terms):
                postings = terms[btext]
                if self.unsorted:
                    postings.sort(key=_docnum)
                yield fieldname, btext, postings

    def __iter__(self):
        for fieldname, btext, postings in self.groups():
            for docnum, weight, vbytes in postings:
                yield fieldname, btext, docnum, weight, vbytes


class _Pool(PostingPool):
    """PostingPool that keeps postings grouped by field and term until they are read or spilled
    (only the distinct terms are sorted). Documents come in docnum order, so each group is
    usually in order already."""

    def __init__(self, tempstore, segment, limitmb=128, **kwargs) -> None:
        super().__init__(tempstore, segment, limitmb=limitmb, **kwargs)
        self._fields: dict[str, dict[bytes, list]] = {}
        self._unsorted = False  # a posting came after one of a higher docnum
        self._special = False  # Whoosh's docnum -1 spelling postings: the generic path handles them

    def add(self, item) -> None:
        fieldname, btext, docnum, weight, vbytes = item
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        postings = terms.get(btext)
        if postings is None:
            postings = terms[btext] = []
            self.currentsize += 120 + 2 * len(btext)
        elif postings[-1][0] > docnum:
            self._unsorted = True
        if docnum < 0:
            self._special = True
        postings.append((docnum, weight, vbytes))
        self.currentsize += 100 + len(vbytes or b"")
        if self.currentsize > self.limit:
            self.save()

    def add_text(self, fieldname: str, text: str, fmt, docnum: int, boost: float, words: Counter | None) -> int:
        """Index `text` (a FastText field's value) for `docnum`; its length in terms. What
        Field.index() followed by add() for every term would do, in one loop. The raw words
        are counted into `words` when it is given."""
        terms = self._fields.get(fieldname)
        if terms is None:
            terms = self._fields[fieldname] = {}
            self.fieldnames.add(fieldname)
        raw = WORD.findall(text)
        if words is not None:
            words.update(raw)
        weight_per = fmt.field_boost * boost
        single = single_positions(fmt)
        encode = fmt.encode
        length = 0
        size = 0
        for btext, poslist in term_positions(raw).items():
            freq = len(poslist)
            length += freq
            if freq == 1:  # terms.encode_positions, inlined: this runs for every term of every text
                value = single.get(poslist[0])
                if value is None:
                    value = single[poslist[0]] = encode(poslist)
            else:
                value = encode(poslist)
            postings = terms.get(btext)
            if postings is None:
                terms[btext] = [(docnum, freq * weight_per, value)]
                size += 220 + 2 * len(btext) + len(value)
            else:
                if postings[-1][0] > docnum:
                    self._unsorted = True
                postings.append((docnum, freq * weight_per, value))
                size += 100 + len(value)
        self.currentsize += size
        if self.currentsize > self.limit:
            self.save()
        return length

    def _take(self) -> _Grouped:
        grouped = _Grouped(self._fields, self._unsorted)
        self._fields, self._unsorted = {}, False
        return grouped

    def save(self) -> None:
        if self._fields:
            path, f = self._new_run()
            self._write_run(f, iter(self._take()))
            self._add_run(path)
        self.currentsize = 0

    def items(self, maxfiles=128):
        if not self.runs:
            grouped = self._take()
            return iter(grouped) if self._special else grouped
        return super().items(maxfiles)


def _docnum(posting) -> int:
    return posting[0]


class _SegmentWriter(SegmentWriter):
    def __init__(self, ix, count_words=(), **kwargs) -> None:
        super().__init__(ix, codec=FastCodec(), **kwargs)
        self.pool = _Pool(self._tempstorage, self.newsegment, limitmb=kwargs.get("limitmb", 128))
        self._count_fields = frozenset(count_words)
        self.words: Counter = Counter()  # raw words of the count_words fields

    def _finalize_segment(self):
        segment = super()._finalize_segment()
        if self.words:
            # Left beside the segment for take_word_counts(): a worker process has no other
            # way to hand them back through Whoosh's MpWriter.
            name = f"{WORDS_PREFIX}{segment.segment_id()}.pickle"
            with open(os.path.join(self.storage.folder, name), "wb") as f:
                pickle.dump(self.words, f, protocol=pickle.HIGHEST_PROTOCOL)
        return segment

    def add_document(self, **fields) -> None:
        """SegmentWriter.add_document, with a FastText field's text going straight into the pool."""
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        pool = self.pool

        docboost = self._doc_boost(fields)
        count_fields = self._count_fields if fields.get("_count_words", True) else ()
        fieldnames = sorted([name for name in fields.keys() if not name.startswith("_")])
        self._check_fields(schema, fieldnames)

        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields.get(fieldname)
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                if field.indexed:
                    fieldboost = self._field_boost(fields, fieldname, docboost)
                    if type(field) is FastText and isinstance(value, str):
                        counter = self.words if fieldname in count_fields else None
                        length = pool.add_text(fieldname, value, field.format, docnum, fieldboost, counter)
                    else:
                        scorable = field.scorable
                        for tbytes, freq, weight, vbytes in field.index(value):
                            if scorable:
                                length += freq
                            pool.add((fieldname, tbytes, docnum, weight * fieldboost, vbytes))
                if field.separate_spelling() or field.vector:
                    raise ValueError(f"field {fieldname!r}: spelling and vectors are not supported here")
                customval = fields.get(f"_stored_{fieldname}", value)
                perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
                column = field.column_type
                if column and customval is not None:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1


_FAILED = "belreader-writer-failed"  # the tag of a worker's result when its work failed


class _SubWriterTask(SubWriterTask):
    """A worker of the multisegment writer that writes its own segment with _SegmentWriter
    (SubWriterTask.run, multisegment branch, with the writer class swapped). A failure (a full
    disk) is handed back to the parent, which reports it once: no traceback from the worker."""

    writer = None

    def run(self) -> None:
        told_to_finish = False
        try:
            ix = self.storage.open_index(self.indexname)
            writer = self.writer = _SegmentWriter(ix, _lk=False, **self.kwargs)
            while self.running:
                jobinfo = self.jobqueue.get()
                if jobinfo is None:
                    told_to_finish = True
                    break
                self._process_file(*jobinfo)
            if not self.running:
                writer.cancel()
            else:
                fieldnames = writer.pool.fieldnames
                segment = writer._finalize_segment()
                self.resultqueue.put((None, fieldnames, segment), timeout=5)
        except BaseException as exc:
            failure = (
                (exc.errno, exc.strerror or str(exc))
                if isinstance(exc, OSError)
                else (None, f"{type(exc).__name__}: {exc}")
            )
            try:
                if self.writer is not None:
                    self.writer.cancel()
            except BaseException:
                pass
            # Keep taking jobs until the parent says it is done, so it never waits on a full queue.
            while not told_to_finish:
                told_to_finish = self.jobqueue.get() is None
            self.resultqueue.put((_FAILED, failure, None), timeout=5)


class _MpWriter(MpWriter):
    def __init__(self, ix, procs: int, **kwargs) -> None:
        super().__init__(ix, procs=procs, multisegment=True, codec=FastCodec(), **kwargs)
        self.subargs: dict[str, object] = {k: v for k, v in self.subargs.items() if k != "codec"}
        self.pool = _Pool(self._tempstorage, self.newsegment, limitmb=kwargs.get("limitmb", 128))

    def _new_task(self):
        task = _SubWriterTask(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, True)
        self.tasks.append(task)
        task.start()
        return task

    def _commit(self, mergetype, optimize, merge):
        """MpWriter._commit (multisegment), raising when a worker failed or vanished instead of
        committing without its segment (Whoosh drops it silently: its documents were lost)."""
        if self.docbuffer:
            self._enqueue()
        for _task in self.tasks:
            self.jobqueue.put(None)
        finalsegments = self._merge_segments(mergetype, optimize, merge)
        for task in self.tasks:
            task.join()
        results = []
        for _task in self.tasks:
            try:
                results.append(self.resultqueue.get(timeout=5))
            except queue.Empty:
                raise RuntimeError("a writer process ended without handing back its segment") from None
        for tag, detail, _segment in results:
            if tag == _FAILED:
                code, message = detail
                raise (
                    OSError(code, message) if code is not None else RuntimeError(f"a writer process failed ({message})")
                )
        finalsegments += [segment for _, _, segment in results]
        if self._added:
            finalsegments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(finalsegments)
        self._finish()

    def cancel(self):
        """Stop the workers (Whoosh's cancel only flags its own copies of them, so a worker
        waiting for a job would keep the process from exiting), then cancel as Whoosh does."""
        try:
            for task in self.tasks:
                if task.is_alive():
                    task.terminate()
            for task in self.tasks:
                task.join(timeout=10)
        finally:
            SegmentWriter.cancel(self)


def writer(ix, procs: int = 1, **kwargs):
    """A writer for `ix`: one process, or `procs` worker processes that each write a segment
    of their own (Whoosh's multisegment MpWriter). Keyword arguments go to the writer(s);
    `count_words=(fieldnames)` counts the raw words of those fields (see take_word_counts) in
    every document added without `_count_words=False`."""
    if procs > 1:
        return _MpWriter(ix, procs, **kwargs)
    return _SegmentWriter(ix, **kwargs)


WORDS_PREFIX = "belreader-words-"


def take_word_counts(folder) -> Counter:
    """The raw word counts the writers of `count_words` fields left in the index folder (one
    file per segment written), summed; the files are removed."""
    total: Counter = Counter()
    for path in sorted(Path(folder).glob(f"{WORDS_PREFIX}*.pickle")):
        try:
            with open(path, "rb") as f:
                total.update(pickle.load(f))
        except (OSError, EOFError, pickle.UnpicklingError):
            pass  # a torn file of a failed write: its words are missing from "did you mean"
        path.unlink(missing_ok=True)
    return total
