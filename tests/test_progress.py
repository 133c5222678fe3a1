"""Index updates as the user follows them: the progress line's arithmetic (rate, time left), one
analysis pool for a whole update, and what a cancelled update leaves (issue 13, defect 16)."""

from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import pytest

from belreader import sync
from belreader.index import CorpusIndex
from belreader.nlp import pipeline
from belreader.nlp.backend import Backend
from belreader.nlp.records import Analysis
from belreader.sync import ProgressMeter, format_duration, format_rate

# ---------------------------------------------------------------------- the meter


def test_rate_and_time_left_at_a_steady_pace():
    meter = ProgressMeter(window=20, min_span=2)
    for second in range(11):  # 12 files a second for 10 seconds
        meter.update("analyse", 12 * second, 1_200, now=100.0 + second)
    assert meter.rate == pytest.approx(12.0)
    assert meter.eta == pytest.approx((1_200 - 120) / 12)
    assert meter.describe() == "Analysing 120 of 1,200 files · 12/s · about 1 min 30 s left"


def test_no_estimate_before_there_is_progress_to_measure():
    meter = ProgressMeter(min_span=2)
    meter.update("scan", 0, 1, now=0.0)
    assert meter.describe() == "Scanning files…"
    meter.update("analyse", 0, 500, now=1.0)
    assert meter.rate is None and meter.eta is None
    assert meter.describe() == "Analysing 0 of 500 files · estimating time left…"
    meter.update("analyse", 10, 500, now=2.0)
    meter.update("analyse", 28, 500, now=3.5)  # a second and a half of progress: too little to tell
    assert meter.rate is None
    meter.update("analyse", 40, 500, now=4.5)
    assert meter.rate == pytest.approx(12.0)
    assert meter.describe() == "Analysing 40 of 500 files · 12/s · about 40 s left"


def test_the_start_up_is_not_part_of_the_rate_and_a_stall_fades_out_of_it():
    meter = ProgressMeter(window=10, min_span=2)
    meter.update("analyse", 0, 1_000, now=0.0)  # workers load their models for 20 s...
    meter.update("analyse", 10, 1_000, now=20.0)  # ...then 10 files a second
    meter.update("analyse", 35, 1_000, now=22.5)
    assert meter.rate == pytest.approx(10.0)
    meter.update("analyse", 35, 1_000, now=40.0)  # a commit
    assert meter.rate == pytest.approx(10.0)  # no new count: nothing to say yet
    for second in range(41, 52):  # 5 files a second
        meter.update("analyse", 35 + 5 * (second - 40), 1_000, now=float(second))
    assert meter.rate == pytest.approx(5.0, rel=0.1)
    assert meter.eta == pytest.approx((1_000 - 90) / meter.rate)


def test_the_count_never_goes_back_and_a_commit_does_not_change_the_stage():
    meter = ProgressMeter()
    meter.update("analyse", 400, 1_000, now=0.0)
    meter.update("write", 200, 1_000, now=1.0)  # the batch before is committed
    assert (meter.stage, meter.done) == ("analyse", 400)
    meter.update("write", 600, 1_000, now=2.0)
    assert (meter.stage, meter.done) == ("write", 600)
    meter.update("load", 10, 20, now=3.0)  # another update: counted afresh
    assert (meter.done, meter.total, meter.rate) == (10, 20, None)


def test_the_line_says_when_a_batch_is_being_written():
    meter = ProgressMeter()
    meter.update("analyse", 400, 1_000, now=0.0)
    meter.update("writing", 400, 1_000, now=1.0)  # the batch's commit began
    assert meter.describe().startswith("Writing to the index 400 of 1,000 files")
    meter.update("write", 400, 1_000, now=9.0)  # committed
    assert meter.label == "Indexing"
    # batch N is written while batch N+1 is analysed: an earlier commit does not stop the count
    meter.update("analyse", 600, 1_000, now=10.0)
    meter.update("writing", 400, 1_000, now=10.5)
    meter.update("analyse", 650, 1_000, now=11.0)
    assert (meter.label, meter.done) == ("Analysing", 650)
    meter.update("writing", 800, 1_000, now=12.0)
    meter.update("write", 400, 1_000, now=13.0)  # the earlier batch committed: back to the counting stage
    assert (meter.label, meter.done) == ("Analysing", 650)


@pytest.mark.parametrize(
    ("seconds", "said"),
    [(0, "0 s"), (7.4, "7 s"), (43, "45 s"), (59, "1 min"), (61, "1 min"), (89, "1 min 30 s"), (596, "9 min 55 s")]
    + [(599, "10 min")]
    + [(601, "10 min"), (3_599, "1 h"), (3_700, "1 h 2 min"), (7_300, "2 h 2 min")],
)
def test_time_left_is_said_as_a_person_would(seconds, said):
    assert format_duration(seconds) == said


def test_rates():
    assert [format_rate(r) for r in (0.42, 9.96, 11.4, 1_250.0)] == ["0.4/s", "10.0/s", "11/s", "1,250/s"]


# ---------------------------------------------------------------------- one pool per update

ARTICLE = "Title {n}\n\nThe body of article {n} talks about {topic}. It has a second sentence.\n\nAnother paragraph.\n"
LONG = "grain exports and loans " * 150  # 3,700 characters: about two articles to a chunk of work


def write_corpus(root: Path, count: int, topic: str = "grain exports") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (root / f"a{n:03d}.txt").write_text(ARTICLE.format(n=n, topic=topic), encoding="utf-8")
    return root


class FakeProcesses(ThreadPoolExecutor):
    """Stands for the spawned pool: threads, counting how often a pool is started."""

    starts = 0

    def __init__(self, max_workers, mp_context=None, initializer=None) -> None:
        assert mp_context.get_start_method() == "spawn"  # never forked
        type(self).starts += 1
        super().__init__(max_workers=max_workers)  # the real initializer would take over the test's terminal


@pytest.fixture
def fake_analysis(monkeypatch):
    """A model-free analysis in 'processes' (threads): counts pool starts and articles analysed."""
    import concurrent.futures

    FakeProcesses.starts = 0
    analysed: list[str] = []
    fake = Backend(object(), "fake model")
    monkeypatch.setattr(pipeline, "get_backend", lambda: fake)
    monkeypatch.setattr(pipeline, "_peek_backend", lambda: fake)
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", FakeProcesses)

    def analyse(articles, table, backend, progress=None, done_before=0, total=0, batch_size=64):
        results = []
        for k, article in enumerate(articles):
            analysed.append(article.id)
            results.append(Analysis(article.id, article.content_hash, "fake model"))
            if progress is not None:
                progress(done_before + k + 1, total)
        return results

    monkeypatch.setattr(pipeline, "_analyze_spacy", analyse)
    monkeypatch.setattr(sync, "FIRST_BATCH", 10)  # batches of 10, 20, 40...
    return analysed


@pytest.mark.parametrize("analyse_here", [True, False])
def test_one_pool_for_a_whole_update_of_several_batches(tmp_path, fake_analysis, analyse_here):
    corpus = write_corpus(tmp_path / "corpus", 60)
    index = CorpusIndex(corpus, tmp_path / "index")
    seen = []
    report = index.update(procs=2, analyse_here=analyse_here, progress=lambda *p: seen.append(p))
    assert len(report.added) == 60 and index.doc_count() == 60
    assert sorted(fake_analysis) == sorted(f"a{n:03d}" for n in range(60))
    assert [done for stage, done, _ in seen if stage == "write"] == [10, 30, 60]  # three batches...
    assert FakeProcesses.starts == 1  # ...one pool


def test_progress_moves_a_few_files_at_a_time_and_never_back(tmp_path, fake_analysis):
    corpus = write_corpus(tmp_path / "corpus", 60, topic=LONG)
    seen = []
    CorpusIndex(corpus, tmp_path / "index").update(procs=2, progress=lambda *p: seen.append(p))
    counts = [done for stage, done, total in seen if stage == "analyse"]
    written = [done for stage, done, total in seen if stage == "write"]
    assert counts == sorted(counts) and counts[-1] == 60
    assert written == sorted(written) and written[-1] == 60 and len(written) == 3  # one per batch: 10, 30, 60
    steps = [b - a for a, b in zip(counts, counts[1:], strict=False)]
    assert max(steps) <= 20  # not batch by batch (10, 20, 30)
    assert {stage for stage, _, _ in seen} == {"scan", "analyse", "writing", "write"}  # a file counts once analysed


def test_no_pool_when_there_is_little_to_analyse(tmp_path, fake_analysis):
    corpus = write_corpus(tmp_path / "corpus", 3)
    index = CorpusIndex(corpus, tmp_path / "index")
    index.update(procs=2)
    assert FakeProcesses.starts == 0 and len(fake_analysis) == 3
    (corpus / "a001.txt").write_text(ARTICLE.format(n=1, topic="oil"), encoding="utf-8")
    index.update(procs=2)  # everything else is unchanged, the changed file analysed here
    assert FakeProcesses.starts == 0 and len(fake_analysis) == 4


# ---------------------------------------------------------------------- cancelling


def cancel_after(analysed: list[str], count: int):
    return lambda: len(analysed) >= count


def test_a_cancelled_rebuild_leaves_the_previous_index_readable(tmp_path, fake_analysis):
    corpus = write_corpus(tmp_path / "corpus", 60, topic=LONG)
    index = CorpusIndex(corpus, tmp_path / "index")
    index.update(procs=2)
    before = len(fake_analysis)
    for path in corpus.iterdir():  # every file changes: each is analysed anew
        path.write_text(path.read_text(encoding="utf-8") + "\nA new paragraph about oil.\n", encoding="utf-8")
    index.update(procs=2, rebuild=True, cancelled=cancel_after(fake_analysis, before + 25))
    # stopped soon after: at most the rest of the batch under way (10 + 20 of the batches of 10, 20, 40);
    # with instant fake analyses the last chunks may already be handed out when the cancel comes
    assert before + 25 <= len(fake_analysis) <= before + 30
    index.refresh()
    assert index.doc_count() == 60 and index.problem() is None and index.damage() is None
    assert "oil" not in index.vocabulary()  # the old index, as it was
    assert not (tmp_path / "index.new").exists()  # the half-built one is gone
    index.update(procs=2)  # and the next update finishes the job
    index.refresh()
    assert index.doc_count() == 60 and "oil" in index.vocabulary()


def test_the_next_batch_is_analysed_while_the_one_before_is_written(tmp_path, fake_analysis, monkeypatch):
    """Once the pool runs, batch N+1 is under analysis while batch N is being committed."""
    from belreader.search.whoosh import store as whoosh_store

    corpus = write_corpus(tmp_path / "corpus", 70, topic=LONG)  # batches of 10, 20, 40
    analysing_at_commit = []
    real = whoosh_store._Writing.batch

    @contextmanager
    def batch(self, parallel=1):
        with real(self, parallel=parallel) as writer:
            yield writer
            if len(analysing_at_commit) == 1:  # the second commit: is the third batch already out?
                deadline = time.monotonic() + 10  # its worker thread may not have run yet; a batch
                while len(fake_analysis) <= 30 and time.monotonic() < deadline:  # sent only after
                    time.sleep(0.01)  # this commit never starts in the wait
            analysing_at_commit.append(len(fake_analysis))  # as the batch commits

    monkeypatch.setattr(whoosh_store._Writing, "batch", batch)
    index = CorpusIndex(corpus, tmp_path / "index")
    index.update(procs=2, analyse_here=False)
    assert index.doc_count() == 70
    # the first batch's commit waits for nothing; the second's has the third under way or done
    assert len(analysing_at_commit) == 3 and analysing_at_commit[1] > 30


def test_a_failed_write_stops_the_analysis_under_way(tmp_path, fake_analysis, monkeypatch):
    from belreader.search.whoosh import store as whoosh_store

    corpus = write_corpus(tmp_path / "corpus", 310, topic="oil")  # batches of 10, 20, 40, 80, 160
    real = whoosh_store._Writing.batch
    commits = []

    @contextmanager
    def batch(self, parallel=1):
        with real(self, parallel=parallel) as writer:
            yield writer
            commits.append(1)
            if len(commits) == 2:
                raise OSError(28, "No space left on device")

    monkeypatch.setattr(whoosh_store._Writing, "batch", batch)
    index = CorpusIndex(corpus, tmp_path / "index")
    with pytest.raises(Exception, match="No space left"):
        index.update(procs=2, analyse_here=False)
    index.refresh()
    assert index.doc_count() == 10 and len(commits) == 2  # nothing written after the failed batch
    assert len(fake_analysis) <= 70  # nor analysed beyond the batch under way then


def test_a_cancelled_first_build_keeps_the_batches_it_committed(tmp_path, fake_analysis):
    corpus = write_corpus(tmp_path / "corpus", 60, topic=LONG)
    index = CorpusIndex(corpus, tmp_path / "index")
    index.update(procs=2, cancelled=cancel_after(fake_analysis, 15))  # during the second batch
    assert len(fake_analysis) < 20
    index.refresh()
    assert index.doc_count() == 10 and index.problem() is None  # the first batch, whole
    report = index.update(procs=2)
    assert len(report.added) == 50
    index.refresh()
    assert index.doc_count() == 60


# ---------------------------------------------------------------------- the real processes


def _fds() -> list[str]:
    return [os.readlink(f"/proc/self/fd/{fd}") for fd in (0, 1, 2)]


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="reads /proc")
def test_workers_leave_the_terminal_alone_and_end_at_once_when_cancelled():
    pool = pipeline.AnalysisPool(1, analyse_here=False)
    executor = pool.executor()
    assert executor.submit(_fds).result(timeout=120) == [os.devnull] * 3
    executor.submit(time.sleep, 60)
    processes = list(executor._processes.values())
    started = time.monotonic()
    pool.close(cancel=True)
    assert time.monotonic() - started < 10
    assert processes and not any(p.is_alive() for p in processes)
    assert pool.starts == 1 and not pool.started


def test_analysis_stops_when_cancelled_and_keeps_what_it_finished(tmp_path, fake_analysis):
    from nlp_util import make_article

    articles = [make_article("Some words about grain. " * 400, f"x{i}") for i in range(20)]  # ~10,000 chars each
    stop = threading.Event()

    def progress(done, total):
        if done >= 5:
            stop.set()

    with pytest.raises(pipeline.Cancelled):
        pipeline.analyze_many(articles, cache_dir=tmp_path / "cache", progress=progress, cancelled=stop.is_set)
    assert 5 <= len(fake_analysis) < 20
    assert len(list((tmp_path / "cache").glob("*.json"))) == len(fake_analysis)  # cached as they finished
