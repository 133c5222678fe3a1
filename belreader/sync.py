"""Bringing an index in line with its corpus: scan, diff, load, analyse, write, swap.

`Sync` drives one index (its store, through the backend's writing methods): it scans the
corpus, compares it with the manifest the index keeps (path, mtime, size, hash, ids), loads and
analyses what is new or changed in growing batches (one commit each: a reader sees the first
articles early and a crash loses at most the batch under way), and, when the index must be
rebuilt, builds a new one beside the old and swaps it in, so the old one stays usable meanwhile
and intact if the build fails or is cancelled. Every update is serialised by a lock.

The analysis of a whole update shares one pool of processes (`nlp.AnalysisPool`), started when
the first batch needs it. Progress is reported as files go through the slowest stage (analysis
when it is on, reading and writing when it is off), a few at a time, so it moves steadily;
`ProgressMeter` turns those reports into the line both front ends show: done of total, the
rate and the time left.
"""

from __future__ import annotations

import errno
import fcntl
import os
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from belreader.article import Article
from belreader.corpus import FileTooLarge, LoadWarning, SkippedFile, check_corpus_root, iter_corpus_files, load_file
from belreader.documents import documents
from belreader.duplicates import DuplicateGroups
from belreader.search import folders
from belreader.search.protocol import FileStamp, IndexBusy, IndexProblem, IndexRefused
from belreader.text import display

if TYPE_CHECKING:
    from belreader.index import CorpusIndex
    from belreader.nlp.pipeline import AnalysisPool

FIRST_BATCH = 200  # the first commit comes quickly, so a reader has something to show
LARGEST_BATCH = 8000  # per process writing

# progress(stage, done, total); stage is "scan", "load" (reading files, analysis off), "analyse"
# "writing" (a batch's commit began: `done` files will be searchable after it) or "write" (that
# batch committed: `done` files are searchable). Within one update each stage's
# `done` never goes back, all count files out of the same total, and "write" trails the others
# (batch N is written while batch N+1 is analysed).
Progress = Callable[[str, int, int], None]

_process_lock = threading.Lock()


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


class Sync:
    """One update of `index` (see the module's docstring)."""

    def __init__(self, index: CorpusIndex) -> None:
        self.index = index
        self.corpus = index.corpus
        self.index_dir = index.index_dir
        self.analysis = index.analysis
        self._pool: AnalysisPool | _NoPool = _NoPool()  # the update's analysis processes

    @contextmanager
    def _update_lock(self, wait: float):
        """Serialise updates: a thread lock in-process and a file lock across processes."""
        if not _process_lock.acquire(timeout=max(wait, 0.001)):
            raise IndexProblem("the index is already being updated in this process")
        handle = None
        try:
            try:
                self.index.lock_path.parent.mkdir(parents=True, exist_ok=True)
                handle = open(self.index.lock_path, "a+")
            except OSError as exc:
                raise folders.write_problem(
                    self.index_dir, exc, f" (its lock file in {self.index.lock_path.parent})"
                ) from None
            deadline = time.monotonic() + wait
            while True:
                try:
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except OSError as exc:
                    if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                        raise IndexBusy(
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
        analyse_here: bool = True,
    ) -> UpdateReport:
        """Bring the index in line with the corpus: add new files, update changed, drop deleted.

        `procs` processes analyse (one pool for the whole update); with `analyse_here` this
        process is one of them, else all are workers and this process stays free (the reader).
        `cancelled()` is asked between batches and during the analysis: a cancelled update
        keeps every batch committed before, and a cancelled rebuild leaves the old index."""
        started = time.perf_counter()
        check_corpus_root(self.corpus)
        self.index.check_location()
        report = UpdateReport()
        self._pool = self._analysis_pool(procs, analyse_here)
        with self._update_lock(wait), self._pool:
            self.index.refresh()
            try:
                self.index.check_ownership()
                for leftover in self._siblings():  # of a build that was killed
                    folders.remove_ours(leftover, legacy=False)
                folders.adopt(self.index_dir)
                problem = "rebuild requested" if rebuild else self.index.problem()
                if problem is None:
                    self._update_into(self.index_dir, report, progress, procs, multisegment, cancelled)
                elif problem == "no index yet" or not self.index_dir.exists():
                    # Build in place, committing in batches: a reader sees the first articles early.
                    self.index.create_store(self.index_dir)
                    self._update_into(self.index_dir, report, progress, procs, multisegment, cancelled)
                else:
                    report.rebuilt_because = problem
                    self._rebuild_and_swap(report, progress, procs, multisegment, cancelled)
            except OSError as exc:
                raise folders.write_problem(self.index_dir, exc) from None
            finally:
                self.index.refresh()
        report.seconds = time.perf_counter() - started
        return report

    def _analysis_pool(self, procs: int, analyse_here: bool) -> AnalysisPool | _NoPool:
        if not self.analysis:
            return _NoPool()
        from belreader.nlp.pipeline import AnalysisPool

        return AnalysisPool(procs, analyse_here=analyse_here)

    def _rebuild_and_swap(self, report, progress, procs, multisegment, cancelled) -> None:
        """Build a new index beside the old one, then swap: the old one stays usable meanwhile,
        and intact if the build fails (a full disk) or is cancelled."""
        staging, retired = self._siblings()
        for folder in (staging, retired):
            if folders.has_entries(folder) or folder.is_symlink():  # not ours: update() removed our leftovers
                raise IndexRefused(f"{folder} is in the way of the rebuild and is not belreader's; move it away")
            folders.remove_ours(folder, legacy=False)  # an empty folder
        try:
            self.index.create_store(staging)
            complete = self._update_into(staging, report, progress, procs, multisegment, cancelled)
        except BaseException:
            folders.remove_ours(staging, legacy=False)
            raise
        if not complete:
            folders.remove_ours(staging, legacy=False)
            return
        os.rename(self.index_dir, retired)
        os.rename(staging, self.index_dir)
        folders.remove_ours(retired, legacy=True)

    def _siblings(self) -> tuple[Path, Path]:
        """The folders a rebuild builds in and moves the old index to, beside the index."""
        return (
            self.index_dir.with_name(self.index_dir.name + ".new"),
            self.index_dir.with_name(self.index_dir.name + ".old"),
        )

    def _update_into(self, directory: Path, report: UpdateReport, progress, procs, multisegment, cancelled) -> bool:
        """Bring the index in `directory` up to date. False if cancelled before the end."""

        told = threading.Lock()  # the analysis thread and the writer both report: one at a time

        def tell(stage: str, done: int, total: int) -> None:
            if progress is not None:
                with told:
                    progress(stage, done, total)

        store = self.index.store_for(directory)
        indexed = store.manifest()
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
            if known and known.mtime == stat.st_mtime and known.size == stat.st_size:
                report.unchanged += len(known.ids)
                continue
            candidates.append(Path(name))

        # Ids of files that stay as they are are taken; a second file with the same id is skipped.
        candidate_set = {str(p) for p in candidates}
        taken = {i: p for p, known in indexed.items() if p in on_disk and p not in candidate_set for i in known.ids}
        if not candidates and not removed_paths:
            return True

        groups = DuplicateGroups.open(directory)  # near-duplicates share a text_key (issue 13, defect 15)
        with store.writing() as writing:
            if removed_paths:
                writing.delete_paths(removed_paths)
                groups.drop_paths(removed_paths)
                for name in removed_paths:
                    report.removed.extend(indexed[name].ids)
            # Load, analyse and write batch by batch, one commit each: a reader sees the first
            # articles early, a crash loses at most the batch under way, and memory stays flat.
            # Batches grow so a large build makes few commits (each one merges segments).
            done = written = 0
            writers = procs if procs > 1 and multisegment else 1

            def load(paths):
                nonlocal done
                for path in paths:
                    done += 1
                    if not self.analysis:  # with analysis, a file counts once it is analysed
                        tell("load", done, len(candidates))
                    articles = self._load_candidate(path, indexed, taken, report, removed_paths)
                    if articles is not None:
                        yield str(path), articles

            def write(paths, batch, analyses) -> None:
                nonlocal written
                tell("writing", written + len(paths), len(candidates))
                # Whoosh's writer processes are forked: never beside the analysis pool's threads.
                parallel = writers if len(paths) > 50 and not self._pool.started else 1
                with writing.batch(parallel=parallel) as writer:
                    for path, articles in batch:
                        if path in indexed:
                            writer.delete_path(path)
                            groups.drop_paths([path])
                        for article in articles:
                            for document in documents(article, analyses.get(article.id)):
                                if document["kind"] == "article":
                                    document["text_key"] = groups.assign(article)
                                writer.add(document)
                groups.save()  # after the batch's commit: what the index holds
                written += len(paths)
                tell("write", written, len(candidates))

            batches = _growing_batches(candidates, largest=LARGEST_BATCH * writers)
            if not self.analysis:
                # Files are read while the writer's processes index the ones before.
                for batch_paths in batches:
                    if cancelled is not None and cancelled():
                        return False
                    write(batch_paths, load(batch_paths), {})
                return True
            return self._analyse_while_writing(batches, load, write, tell, len(candidates), cancelled)

    def _analyse_while_writing(self, batches, load, write, tell, total: int, cancelled) -> bool:
        """Once the update's pool of analysis processes runs, analyse batch N+1 (a thread hands
        it to the pool) while batch N is written and committed here, so neither the analysis
        nor the progress line waits for the writer. Until then (everything cached so far) a batch
        is analysed, then written, and Whoosh may fork writer processes: never beside a thread.
        False if cancelled; a failed write stops the analysis under way."""
        stop = threading.Event()

        def stopped() -> bool:
            return stop.is_set() or (cancelled is not None and cancelled())

        done_before = 0
        previous = None  # (paths, batch, analyses) analysed and not yet written
        ahead: ThreadPoolExecutor | None = None
        try:
            for batch_paths in batches:
                if stopped():
                    return False
                batch = list(load(batch_paths))
                tell("analyse", done_before, total)
                if ahead is None and not self._pool.started:
                    analyses = self._analyse_batch(batch, done_before, total, tell, stopped)
                    done_before += len(batch_paths)
                    write(batch_paths, batch, analyses)
                    continue
                ahead = ahead or ThreadPoolExecutor(1, thread_name_prefix="belreader-analyse")
                future = ahead.submit(self._analyse_batch, batch, done_before, total, tell, stopped)
                done_before += len(batch_paths)
                if previous is not None:
                    write(*previous)
                    previous = None
                previous = (batch_paths, batch, future.result())
            if previous is not None and not stopped():
                write(*previous)
                previous = None
        except _cancelled_analysis():
            self._pool.close(cancel=True)  # the workers' chunks under way are dropped
            return False
        finally:
            stop.set()  # an error or a cancel: the batch being analysed is given up
            if ahead is not None:
                ahead.shutdown(wait=True)
        return previous is None

    def _load_candidate(
        self, path: Path, indexed: dict[str, FileStamp], taken, report: UpdateReport, removed_paths
    ) -> list[Article] | None:
        """Read one new or changed file and record what happened to it in the report."""
        try:
            articles = load_file(path, self.corpus, skipped=report.skipped)
        except ValueError as exc:
            report.skipped.append(SkippedFile(path, str(exc)))
            if isinstance(exc, FileTooLarge):
                report.warnings.append(LoadWarning(path, str(exc)))
            if str(path) in indexed and str(path) not in removed_paths:
                removed_paths.append(str(path))
                report.removed.extend(indexed[str(path)].ids)
                return []  # written as an empty batch entry: its old documents are deleted
            return None
        unique = []
        for article in articles:
            if article.id in taken and taken[article.id] != str(path):
                report.skipped.append(
                    SkippedFile(
                        path, f"duplicate article id '{display(article.id)}' (also {display(taken[article.id])})"
                    )
                )
                continue
            taken[article.id] = str(path)
            unique.append(article)
        report.warnings.extend(LoadWarning(path, w) for w in dict.fromkeys(w for a in unique for w in a.warnings))
        known = indexed.get(str(path))
        if known is None:
            report.added.extend(a.id for a in unique)
        elif all(a.content_hash == known.content_hash for a in unique) and len(unique) == len(known.ids):
            report.unchanged += len(unique)  # touched, not changed: re-stored with its new mtime
        else:
            report.updated.extend(a.id for a in unique if a.id in known.ids)
            report.added.extend(a.id for a in unique if a.id not in known.ids)
            report.removed.extend(i for i in known.ids if i not in {a.id for a in unique})
        return unique

    def _analyse_batch(self, batch, offset: int, total: int, tell, cancelled) -> dict:
        """NLP for one batch of files (cached by content hash), keyed by article id, in the
        update's pool. `offset` files of `total` were done before this batch."""
        articles = [a for _, file_articles in batch for a in file_articles]
        if not self.analysis or not articles:
            return {}
        from belreader import nlp

        # Progress in files, like the other stages (a JSONL file holds several articles).
        results = nlp.analyze_many(
            articles,
            cache_dir=self.index.analysis_cache_dir(),
            progress=lambda done, n: tell("analyse", offset + done * len(batch) // max(n, 1), total),
            pool=self._pool if not isinstance(self._pool, _NoPool) else None,
            cancelled=cancelled,
        )
        return {a.article_id: a for a in results}


def _growing_batches(paths: list, first: int | None = None, largest: int | None = None):
    """Slices of `paths` of sizes first, 2*first, 4*first, ... up to `largest`."""
    largest = LARGEST_BATCH if largest is None else largest
    start, size = 0, min(FIRST_BATCH if first is None else first, largest)
    while start < len(paths):
        yield paths[start : start + size]
        start += size
        size = min(size * 2, largest)


class _NoPool:
    """The update's analysis pool when analysis is off."""

    started = False
    starts = 0

    def close(self, *, cancel: bool = False) -> None:
        pass

    def __enter__(self) -> _NoPool:
        return self

    def __exit__(self, *exc) -> None:
        pass


def _cancelled_analysis() -> type[Exception]:
    from belreader.nlp.pipeline import Cancelled

    return Cancelled


# ---------------------------------------------------------------------- progress


_STAGE_LABELS = {
    "scan": "Scanning files",
    "load": "Reading",
    "analyse": "Analysing",
    "writing": "Writing to the index",
    "write": "Indexing",
}


class ProgressMeter:
    """An update's progress as one steady line: "Analysing 1,234 of 2,225 files · 11/s · about
    1 min 27 s left".

    Fed the update's `progress(stage, done, total)` reports. The count is the furthest any
    stage has reached (the stages count the same files, the slowest one last); the rate is
    taken from the first file done (not the workers' start-up, loading their models) over the
    last `window` seconds, so a stall fades out of it; there is no rate or time left until
    `min_span` seconds of progress.
    """

    def __init__(
        self,
        *,
        window: float = 20.0,
        min_span: float = 2.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.window = window
        self.min_span = min_span
        self.clock = clock
        self.stage = ""
        self._counting = "analyse"  # the stage that counts files ("load" with analysis off)
        self.done = 0
        self.total = 0
        self._samples: deque[tuple[float, int]] = deque()

    def update(self, stage: str, done: int, total: int, now: float | None = None) -> None:
        now = self.clock() if now is None else now
        if stage == "scan":
            self.stage = stage
            return
        if total != self.total:  # the first count (or another update's)
            self.done, self.total = 0, total
            self._samples.clear()
        if stage == "writing":  # says what the update is busy with; counts nothing new
            self.stage = stage
            return
        if stage == "write" and done < self.done:  # an earlier batch committed: the count stays
            self.stage = self._counting if self.stage == "writing" else self.stage
        else:
            self.stage = stage
        if stage in ("load", "analyse"):
            self._counting = stage
        if done < self.done and self._samples:
            return
        self.done = done
        samples = self._samples
        if done == 0 or (samples and samples[-1][1] == done):
            return  # the rate runs from the first file done, not from the workers' start-up
        samples.append((now, done))
        # keep one sample older than the window, so the rate always spans the whole window
        while len(samples) > 2 and samples[1][0] <= now - self.window:
            samples.popleft()

    @property
    def rate(self) -> float | None:
        """Files per second over the recent window, None until it can be told."""
        if len(self._samples) < 2:
            return None
        (t0, d0), (t1, d1) = self._samples[0], self._samples[-1]
        if t1 - t0 < self.min_span or d1 <= d0:
            return None
        return (d1 - d0) / (t1 - t0)

    @property
    def eta(self) -> float | None:
        """Seconds left at the current rate, None until the rate is known."""
        rate = self.rate
        if rate is None:
            return None
        return max(0.0, (self.total - self.done) / rate)

    @property
    def counting(self) -> bool:
        """Past the scan, with files to count."""
        return self.stage != "scan" and self.total > 0

    @property
    def label(self) -> str:
        return _STAGE_LABELS.get(self.stage, self.stage) if self.stage else "Starting"

    def describe(self) -> str:
        return f"{self.label} {self.counts()}" if self.counting else f"{self.label}…"

    def counts(self) -> str:
        """ "1,234 of 2,225 files · 11/s · about 1 min 27 s left" (the rate and time once known)."""
        text = f"{self.done:,} of {self.total:,} file{'s' if self.total != 1 else ''}"
        rate, eta = self.rate, self.eta
        if rate is None or eta is None:
            return text + " · estimating time left…" if self.done < self.total else text
        text += f" · {format_rate(rate)}"
        if self.done < self.total:
            text += f" · about {format_duration(eta)} left"
        return text


def format_rate(per_second: float) -> str:
    """Files per second: "0.4/s", "11/s", "1,250/s"."""
    return f"{per_second:.1f}/s" if per_second < 10 else f"{per_second:,.0f}/s"


def format_duration(seconds: float) -> str:
    """A time left as a person would say it: "5 s", "40 s", "1 min 25 s", "12 min", "1 h 5 min"
    (to the nearest 5 s under ten minutes, to the minute above)."""
    seconds = max(0, round(seconds))
    if seconds < 10:
        return f"{seconds} s"
    if seconds < 598:
        minutes, secs = divmod(5 * round(seconds / 5), 60)
        if not minutes:
            return f"{secs} s"
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"
