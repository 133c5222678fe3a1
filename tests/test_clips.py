"""The clips store: persistence, ordering, concurrency, crash safety, corruption, re-anchoring."""

from __future__ import annotations

import json
import multiprocessing
import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
from dataclasses import replace as dataclass_replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from belreader.article import Article
from belreader.clips import (
    CONTEXT_CHARS,
    STATUS_OK,
    STATUS_ORPHANED,
    STATUS_REANCHORED,
    ClipError,
    ClipStore,
    ClipStoreError,
    locate,
)

from articles import article_from_text

REPO = Path(__file__).resolve().parents[1]

TEXT = """Lukashenko Holds His Own

Putin and Lukashenka conferred, one-on-one, for more than four hours in Sochi.

The meeting ended with no concluding press conference and no joint communique.

Nevertheless, the introductory remarks shed some light on their respective goals."""


def make_article(text: str = TEXT, article_id: str = "sochi", root: Path = Path("/corpus"), **meta) -> Article:
    return article_from_text(text, article_id, root, **meta)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("BELREADER_DATA_DIR", str(path))
    return path


@pytest.fixture
def store(data_dir):
    with ClipStore() as clip_store:
        yield clip_store


def span_of(article: Article, needle: str) -> tuple[int, int]:
    start = article.body.index(needle)
    return start, start + len(needle)


# -- basics ------------------------------------------------------------------------------------


def test_default_location_is_the_user_data_dir(store, data_dir):
    assert store.path == data_dir / "clips.sqlite3"
    assert store.path.exists()
    assert store.recovered_from is None and store.warning is None
    mode = sqlite3.connect(store.path).execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_add_records_anchor_context_and_citation(store):
    article = make_article(author="Grigory Ioffe", publisher="Jamestown", date="2021-09-20", url="https://x.test/a")
    start, end = span_of(article, "no concluding press conference")
    clip = store.add(article, start, end, note="key point", tags=["summit", "press"])

    assert clip.id > 0
    assert clip.quote == "no concluding press conference"
    assert (clip.start, clip.end) == (start, end)
    assert clip.paragraph == 2
    assert clip.prefix == article.body[start - CONTEXT_CHARS : start]
    assert clip.suffix == article.body[end : end + CONTEXT_CHARS]
    assert len(clip.prefix) == len(clip.suffix) == CONTEXT_CHARS
    assert clip.content_hash == article.content_hash
    assert clip.article_path == str(article.path)
    assert (clip.title, clip.author, clip.publisher, clip.date, clip.url) == (
        "Lukashenko Holds His Own",
        "Grigory Ioffe",
        "Jamestown",
        "2021-09-20",
        "https://x.test/a",
    )
    assert clip.note == "key point" and clip.tags == ["summit", "press"]
    assert clip.status == STATUS_OK
    assert clip.created == clip.updated and clip.created.endswith("+00:00")


def test_clip_is_on_disk_when_add_returns(store):
    article = make_article()
    clip = store.add_paragraph(article, 1)
    # A separate connection (another process would see the same) reads it back at once.
    row = sqlite3.connect(store.path).execute("SELECT quote FROM clips WHERE id = ?", (clip.id,)).fetchone()
    assert row == (article.paragraph_text(1),)
    with ClipStore(store.path) as other:
        assert other.get(clip.id) == clip


def test_context_is_shorter_at_the_edges_of_the_body(store):
    article = make_article()
    first = store.add_paragraph(article, 0)
    last = store.add_paragraph(article, 3)
    assert first.prefix == "" and first.suffix.startswith("\n\nPutin")
    assert last.suffix == "" and last.prefix.endswith("communique.\n\n")


def test_add_trims_whitespace_and_rejects_bad_spans(store):
    article = make_article()
    paragraph = article.paragraphs[1]
    clip = store.add(article, paragraph.start - 2, paragraph.end + 2)  # includes the blank lines
    assert (clip.start, clip.end) == (paragraph.start, paragraph.end)
    assert clip.paragraph == 1

    for start, end in [(-1, 5), (5, 5), (10, 3), (0, len(article.body) + 1)]:
        with pytest.raises(ClipError):
            store.add(article, start, end)
    with pytest.raises(ClipError, match="whitespace"):
        store.add(article, paragraph.end, paragraph.end + 2)
    with pytest.raises(ClipError, match="no paragraph 9"):
        store.add_paragraph(article, 9)
    assert store.count() == 1


def test_marking_the_same_span_twice_keeps_one_clip(store):
    article = make_article()
    first = store.add_paragraph(article, 2, note="first")
    again = store.add_paragraph(article, 2, note="second")
    assert again == first
    assert store.count() == 1


def test_find_lets_the_ui_toggle_a_mark(store):
    article = make_article()
    paragraph = article.paragraphs[2]
    assert store.find(article.id, paragraph.start, paragraph.end) is None
    clip = store.add_paragraph(article, 2)
    assert store.find(article.id, paragraph.start, paragraph.end) == clip
    assert store.find("other", paragraph.start, paragraph.end) is None
    assert store.remove(clip.id)
    assert store.find(article.id, paragraph.start, paragraph.end) is None


def test_list_orders_and_move(store):
    article = make_article()
    clips = [store.add_paragraph(article, index) for index in range(4)]
    ids = [clip.id for clip in clips]
    assert [c.position for c in store.list()] == [0, 1, 2, 3]
    assert [c.id for c in store.list()] == ids
    assert [c.id for c in store.list(order="newest")] == ids[::-1]

    moved = store.move(ids[3], 0)
    assert moved is not None and moved.position == 0
    assert [c.id for c in store.list()] == [ids[3], ids[0], ids[1], ids[2]]
    store.move(ids[3], 99)  # clamped to the end
    assert [c.id for c in store.list()] == ids
    store.move(ids[0], 2)
    assert [c.id for c in store.list()] == [ids[1], ids[2], ids[0], ids[3]]
    assert [c.position for c in store.list()] == [0, 1, 2, 3]
    # "newest" ignores the user's order.
    assert [c.id for c in store.list(order="newest")] == ids[::-1]
    assert store.move(12345, 0) is None
    with pytest.raises(ValueError, match="unknown clip order"):
        store.list(order="oldest")


def test_new_clips_go_to_the_end_after_a_move(store):
    article = make_article()
    a, b = store.add_paragraph(article, 0), store.add_paragraph(article, 1)
    store.move(b.id, 0)
    c = store.add_paragraph(article, 2)
    assert [clip.id for clip in store.list()] == [b.id, a.id, c.id]


def test_update_note_and_tags(store):
    article = make_article()
    clip = store.add_paragraph(article, 1, tags=["a"])
    updated = store.update(clip.id, note="revised")
    assert updated.note == "revised" and updated.tags == ["a"]
    assert updated.updated >= clip.updated
    updated = store.update(clip.id, tags=" x, y ,, x ")  # a string is split on commas
    assert updated.tags == ["x", "y"] and updated.note == "revised"
    updated = store.update(clip.id, tags=[])
    assert updated.tags == []
    assert store.get(clip.id).tags == []
    assert store.update(999, note="gone") is None


def test_remove_and_clear(store):
    article = make_article()
    clips = [store.add_paragraph(article, index) for index in range(3)]
    assert store.remove(clips[0].id) is True
    assert store.remove(clips[0].id) is False
    assert store.get(clips[0].id) is None
    assert store.clear() == 2
    assert store.list() == [] and store.count() == 0
    assert store.clear() == 0
    # ids are never reused, so a stale id in another instance cannot hit a new clip
    assert store.add_paragraph(article, 0).id > clips[-1].id


def test_for_article_lists_marks_in_body_order(store):
    article, other = make_article(), make_article(article_id="other")
    store.add_paragraph(article, 3)
    store.add_paragraph(other, 1)
    store.add_paragraph(article, 1)
    assert [c.paragraph for c in store.for_article(article.id)] == [1, 3]


def test_unicode_and_tags_round_trip(store):
    article = make_article("Заголовок\n\nЛукашенко — «союзное государство» 🇧🇾.")
    clip = store.add_paragraph(article, 1, note="примечание", tags=["белорусь", "ЕС"])
    with ClipStore(store.path) as other:
        again = other.get(clip.id)
    assert again.quote == "Лукашенко — «союзное государство» 🇧🇾."
    assert again.tags == ["белорусь", "ЕС"] and again.note == "примечание"


# -- concurrency, crashes, corruption ----------------------------------------------------------------


def test_two_stores_on_one_file_lose_nothing(data_dir):
    article = make_article()
    first, second = ClipStore(), ClipStore()
    try:
        made = []
        for index in range(4):
            made.append(first.add_paragraph(article, index))
            start = article.paragraphs[index].start
            made.append(second.add(article, start, start + 5))
        assert {c.id for c in first.list()} == {c.id for c in made}
        assert {c.id for c in second.list()} == {c.id for c in made}
        assert sorted(c.position for c in first.list()) == list(range(8))
        second.update(made[0].id, note="from the second")
        assert first.get(made[0].id).note == "from the second"
    finally:
        first.close()
        second.close()


def test_threads_sharing_one_store(store):
    errors = []

    def mark(worker: int) -> None:
        article = make_article(article_id=f"thread-{worker}")
        try:
            for start in range(10):  # distinct starts inside the first word: distinct clips
                store.add(article, start, start + 10)
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=mark, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert store.count() == 40


def _writer_process(path: str, worker: int, count: int) -> None:
    # A first line without spaces, so every span below is a distinct clip.
    article = make_article("abcdefghij" * 6 + "\n\nSecond paragraph.", article_id=f"worker-{worker}")
    with ClipStore(Path(path)) as clip_store:
        for n in range(count):
            clip_store.add(article, n, n + 10, note=f"{worker}:{n}")


def test_concurrent_writer_processes_lose_nothing(data_dir):
    path = data_dir / "clips.sqlite3"
    ClipStore(path).close()
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_writer_process, args=(str(path), w, 25)) for w in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    with ClipStore(path) as clip_store:
        clips = clip_store.list()
    assert len(clips) == 100
    assert {c.note for c in clips} == {f"{w}:{n}" for w in range(4) for n in range(25)}
    assert sorted(c.position for c in clips) == list(range(100))
    assert len({c.id for c in clips}) == 100


def test_kill_9_after_marking_loses_nothing(data_dir):
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from test_clips import make_article
        from belreader.clips import ClipStore
        store = ClipStore()
        article = make_article()
        for index in range(4):
            store.add_paragraph(article, index, note=f"n{{index}}")
        store.update(1, tags=["crash"])
        print("marked", flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "BELREADER_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, cwd=REPO)
    assert result.returncode == -9, result.stderr
    assert "marked" in result.stdout
    with ClipStore() as clip_store:
        clips = clip_store.list()
    assert [c.note for c in clips] == ["n0", "n1", "n2", "n3"]
    assert clips[0].tags == ["crash"]


def test_garbage_database_is_moved_aside_not_emptied(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "clips.sqlite3"
    garbage = os.urandom(64) + b"this is not sqlite" * 200
    path.write_bytes(garbage)

    store = ClipStore()
    try:
        assert store.recovered_from is not None
        assert store.recovered_from.name.startswith("clips.sqlite3.corrupt-")
        assert store.recovered_from.read_bytes() == garbage
        assert str(path) in store.warning and str(store.recovered_from) in store.warning
        clip = store.add_paragraph(make_article(), 1)
        assert store.list() == [clip]
    finally:
        store.close()
    with ClipStore() as reopened:  # the new file is healthy: no second recovery
        assert reopened.recovered_from is None
        assert reopened.count() == 1


def test_damaged_pages_are_detected(data_dir):
    path = data_dir / "clips.sqlite3"
    with ClipStore(path) as clip_store:
        article = make_article()
        for index in range(4):
            clip_store.add_paragraph(article, index, note="x" * 3000)
    raw = bytearray(path.read_bytes())
    assert len(raw) > 3 * 4096
    raw[4096 : 3 * 4096] = b"\xff" * (2 * 4096)  # wreck pages 2 and 3, keep the header
    path.write_bytes(bytes(raw))
    with ClipStore(path) as recovered:
        assert recovered.recovered_from is not None
        assert recovered.recovered_from.read_bytes() == bytes(raw)
        assert recovered.count() == 0


def test_a_locked_database_is_not_mistaken_for_corruption(data_dir, monkeypatch):
    path = data_dir / "clips.sqlite3"
    ClipStore(path).close()
    monkeypatch.setattr("belreader.clips.BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(ClipStoreError) as error:  # one line naming the file, not a traceback
            ClipStore(path)
        assert str(path) in str(error.value) and "locked" in str(error.value)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not list(data_dir.glob("*.corrupt-*"))


# -- re-anchoring ---------------------------------------------------------------------------------


def edited(article: Article, new_text: str) -> Article:
    return make_article(new_text, article_id=article.id, title=article.title)


def test_reanchor_leaves_unchanged_articles_alone(store):
    article = make_article()
    clip = store.add_paragraph(article, 2)
    report = store.reanchor({article.id: article})
    assert report.unchanged == [clip] and report.checked == 1
    assert store.get(clip.id) == clip


def test_reanchor_after_text_inserted_before(store):
    article = make_article()
    clip = store.add(article, *span_of(article, "no concluding press conference"), note="keep me")
    new = edited(
        article, TEXT.replace("Lukashenko Holds His Own\n\n", "Lukashenko Holds His Own\n\nA new lede paragraph.\n\n")
    )
    report = store.reanchor({article.id: new})
    assert [c.id for c in report.reanchored] == [clip.id]
    moved = store.get(clip.id)
    assert moved.status == STATUS_REANCHORED
    assert new.body[moved.start : moved.end] == "no concluding press conference"
    assert moved.paragraph == 3
    assert moved.content_hash == new.content_hash
    assert moved.prefix == new.body[moved.start - CONTEXT_CHARS : moved.start]
    assert moved.note == "keep me" and moved.created == clip.created
    # A second pass finds it in place.
    assert [c.id for c in store.reanchor({article.id: new}).unchanged] == [clip.id]


def test_reanchor_prefers_the_occurrence_with_matching_context(store):
    text = "Title\n\nThe vote was rigged, said the opposition.\n\nOfficials denied it. The vote was rigged, said the monitors later."
    article = make_article(text, article_id="dup")
    start = article.body.rindex("The vote was rigged")
    clip = store.add(article, start, start + len("The vote was rigged"))
    new = edited(article, text.replace("Officials denied it.", "Officials in Minsk flatly denied it."))
    store.reanchor({article.id: new})
    moved = store.get(clip.id)
    assert moved.start == new.body.rindex("The vote was rigged")
    assert moved.paragraph == 2


def test_reanchor_fuzzy_after_a_word_changed(store):
    article = make_article()
    clip = store.add_paragraph(article, 3)
    new_text = TEXT.replace("shed some light on", "threw some light on")
    new = edited(article, new_text)
    report = store.reanchor({article.id: new})
    assert [c.id for c in report.reanchored] == [clip.id]
    moved = store.get(clip.id)
    assert moved.quote == clip.quote  # the marked words stay; the new ones are beside them
    assert moved.current_quote == new.paragraph_text(3) and moved.changed_since_marked
    assert (moved.start, moved.end) == (new.paragraphs[3].start, new.paragraphs[3].end)
    assert moved.status == STATUS_REANCHORED


def test_reanchor_flags_a_vanished_passage_and_keeps_it(store):
    article = make_article()
    kept = store.add_paragraph(article, 1)
    lost = store.add(article, *span_of(article, "no concluding press conference"), note="evidence")
    new_text = TEXT.replace(
        "The meeting ended with no concluding press conference and no joint communique.",
        "Completely different wording about a football match in Brest.",
    )
    new = edited(article, new_text)
    report = store.reanchor({article.id: new})
    assert [c.id for c in report.orphaned] == [lost.id]
    assert [c.id for c in report.unchanged] == [kept.id]
    assert report.summary() == "1 clip(s) not found in their edited articles (kept, flagged)"
    flagged = store.get(lost.id)
    assert flagged.status == STATUS_ORPHANED
    assert flagged.quote == "no concluding press conference" and flagged.note == "evidence"
    assert (flagged.start, flagged.end, flagged.content_hash) == (lost.start, lost.end, lost.content_hash)
    assert store.count() == 2
    # Restored text: found again on the next pass.
    report = store.reanchor({article.id: article})
    assert store.get(lost.id).status in (STATUS_OK, STATUS_REANCHORED)
    assert lost.id not in [c.id for c in report.orphaned]


def test_reanchor_missing_articles(store):
    article = make_article()
    clip = store.add_paragraph(article, 1)
    report = store.reanchor({})
    assert [c.id for c in report.missing_article] == [clip.id]
    assert store.get(clip.id).status == STATUS_OK
    store.reanchor({}, flag_missing=True)
    assert store.get(clip.id).status == STATUS_ORPHANED
    assert store.reanchor({}).summary() == "1 clip(s) from articles that could not be loaded"
    assert store.reanchor({article.id: article}).summary() == ""


def test_reanchor_when_only_the_hash_changed(store):
    article = make_article()
    clip = store.add_paragraph(article, 1)
    same_body = make_article(TEXT + "\n", article_id=article.id)  # bytes changed, body did not
    assert same_body.content_hash != article.content_hash and same_body.body == article.body
    report = store.reanchor({article.id: same_body})
    assert [c.id for c in report.unchanged] == [clip.id]
    assert store.get(clip.id).content_hash == same_body.content_hash


words = st.text(alphabet="abcdefghij", min_size=1, max_size=8)
sentences = st.lists(words, min_size=3, max_size=12).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraphs=st.lists(sentences, min_size=2, max_size=6), inserted=sentences, data=st.data())
def test_locate_finds_an_exact_quote_after_insertions(paragraphs, inserted, data):
    body = "\n\n".join(paragraphs)
    start = data.draw(st.integers(0, len(body) - 1))
    end = data.draw(st.integers(start + 1, len(body)))
    quote = body[start:end]
    prefix = body[max(0, start - CONTEXT_CHARS) : start]
    suffix = body[end : end + CONTEXT_CHARS]
    new_body = inserted + "\n\n" + body
    found = locate(new_body, quote, prefix, suffix, near=start)
    assert found is not None
    assert new_body[found[0] : found[1]] == quote


def test_core_modules_do_not_import_textual():
    code = "import sys, belreader.clips, belreader.export; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_schema_version_and_tag_storage(store):
    store.add_paragraph(make_article(), 1, tags=["a b", "c"])
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        stored = conn.execute("SELECT tags FROM clips").fetchone()[0]
    assert json.loads(stored) == ["a b", "c"]


def test_an_orphan_is_not_searched_again_in_the_same_version(store, monkeypatch):
    article = make_article()
    clip = store.add(article, *span_of(article, "no concluding press conference"))
    new = edited(article, TEXT.replace("no concluding press conference", "a short statement"))
    calls = []
    real_locate = locate

    def counting_locate(*args, **kwargs):
        calls.append(args[1])
        return real_locate(*args, **kwargs)

    monkeypatch.setattr("belreader.clips.locate", counting_locate)
    assert [c.id for c in store.reanchor({article.id: new}).orphaned] == [clip.id]
    assert [c.id for c in store.reanchor({article.id: new}).orphaned] == [clip.id]
    assert calls == ["no concluding press conference"]
    # A newer version (the phrase is back, further down) is searched again.
    newer = edited(article, "A new first paragraph.\n\n" + TEXT)
    assert [c.id for c in store.reanchor({article.id: newer}).reanchored] == [clip.id]
    assert len(calls) == 2
    assert store.get(clip.id).status == STATUS_REANCHORED


def _open_and_mark(path: str, worker: int, barrier) -> None:
    barrier.wait(timeout=60)  # all open the bad file at the same moment
    with ClipStore(Path(path)) as clip_store:
        clip_store.add_paragraph(make_article(article_id=f"w{worker}"), 1)


def test_processes_opening_a_corrupt_file_together_keep_every_clip(data_dir):
    data_dir.mkdir(parents=True)
    path = data_dir / "clips.sqlite3"
    path.write_bytes(b"garbage" * 1000)
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(4)
    workers = [context.Process(target=_open_and_mark, args=(str(path), w, barrier)) for w in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
    assert [w.exitcode for w in workers] == [0, 0, 0, 0]
    moved = sorted(data_dir.glob("clips.sqlite3.corrupt-*"))
    assert [p.read_bytes() for p in moved if not p.name.endswith(("-wal", "-shm"))] == [b"garbage" * 1000]
    with ClipStore(path) as clip_store:
        assert sorted(c.article_id for c in clip_store.list()) == ["w0", "w1", "w2", "w3"]


class _LockedAtFirst:
    """A connection whose first `times` switches to WAL meet SQLite's immediate "locked"

    (what a second program switching the same new file at the same moment gets)."""

    def __init__(self, conn: sqlite3.Connection, times: int, calls: list[str]) -> None:
        self._conn, self._times, self._calls = conn, times, calls

    def execute(self, sql: str, *args):
        if sql.startswith("PRAGMA journal_mode"):
            self._calls.append(sql)
            if len(self._calls) <= self._times:
                raise sqlite3.OperationalError("database is locked")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self._conn, name)


def _locked_connect(monkeypatch, times: int) -> list[str]:
    calls: list[str] = []
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        "belreader.clips.sqlite3.connect", lambda *a, **k: _LockedAtFirst(real_connect(*a, **k), times, calls)
    )
    return calls


def test_two_programs_switching_a_new_file_to_wal_together_both_open_it(data_dir, monkeypatch):
    calls = _locked_connect(monkeypatch, times=3)
    with ClipStore(data_dir / "clips.sqlite3", timeout=5) as clip_store:
        clip_store.add_paragraph(make_article(), 1)
        assert len(clip_store.list()) == 1
    assert len(calls) == 4  # three refusals, then the switch


def test_a_lock_that_outlasts_the_timeout_is_one_line_naming_the_file(data_dir, monkeypatch):
    _locked_connect(monkeypatch, times=10_000)
    path = data_dir / "clips.sqlite3"
    with pytest.raises(ClipStoreError, match=r"clips\.sqlite3 is locked by another program \(waited 0\.2 s\)"):
        ClipStore(path, timeout=0.2)


def test_a_repeated_phrase_that_slid_into_the_old_offsets_is_not_mistaken(store):
    text = "Title\n\nAlpha says: the vote was rigged.\n\nGamma says: the vote was rigged."
    article = make_article(text, article_id="slide")
    start = article.body.index("the vote was rigged")  # Alpha's
    clip = store.add(article, start, start + len("the vote was rigged"))
    # The paragraphs swap: Gamma's phrase lands on the old offsets.
    new = edited(article, "Title\n\nGamma says: the vote was rigged.\n\nAlpha says: the vote was rigged.")
    assert new.body[clip.start : clip.end] == clip.quote
    report = store.reanchor({article.id: new})
    moved = store.get(clip.id)
    assert [c.id for c in report.reanchored] == [clip.id]
    assert new.body[moved.start - len("Alpha says: ") : moved.start] == "Alpha says: "


def test_only_the_surroundings_changed(store):
    article = make_article()
    clip = store.add(article, *span_of(article, "no concluding press conference"))
    # Same length edit inside the prefix: the quote stays at its offsets.
    same_place = edited(article, TEXT.replace("four hours in Sochi.", "four hours in Sochi,"))
    report = store.reanchor({article.id: same_place})
    assert [c.id for c in report.unchanged] == [clip.id]
    assert store.get(clip.id).status == STATUS_OK
    assert store.get(clip.id).content_hash == same_place.content_hash


def test_reanchor_ignores_an_article_of_another_corpus_with_the_same_id(tmp_path):
    store = ClipStore(tmp_path / "clips.sqlite3")
    original = make_article(
        "First paragraph about grain.\n\nSecond paragraph about oil.", article_id="x", root=tmp_path / "a"
    )
    clip = store.add_paragraph(original, 1)
    other = make_article(
        "Completely different text.\n\nSecond paragraph about oil prices.", article_id="x", root=tmp_path / "b"
    )
    report = store.reanchor({"x": other})
    kept = store.get(clip.id)
    assert kept.quote == clip.quote and kept.status == clip.status and kept.content_hash == clip.content_hash
    assert [c.id for c in report.missing_article] == [clip.id]
    # The same file, changed, is still re-anchored.
    edited = make_article(
        "New opening.\n\nFirst paragraph about grain.\n\nSecond paragraph about oil.",
        article_id="x",
        root=tmp_path / "a",
    )
    assert [c.id for c in store.reanchor({"x": edited}).reanchored] == [clip.id]


# -- the marked words are the user's: never rewritten ------------------------------------------

LOANS = """Belarus Seeks New Loans

Minsk asked Moscow for 1.5 billion dollars in March.

Economists doubt the loans will be repaid."""

MARKED = "Minsk asked Moscow for 1.5 billion dollars in March."
NOW = "Minsk asked Moscow for 2.9 billion dollars in May."


def test_an_edited_passage_keeps_the_words_the_user_marked(store):
    article = make_article(LOANS, article_id="loans", url="https://news.test/loans")
    clip = store.add_paragraph(article, 1, note="1.5bn in March", tags=["loans"])
    new = edited(
        article, "A new first paragraph.\n\n" + LOANS.replace("1.5 billion", "2.9 billion").replace("March", "May")
    )
    report = store.reanchor({article.id: new})
    assert [c.id for c in report.changed] == [clip.id]
    assert "changed since marked" in report.summary()
    kept = store.get(clip.id)
    assert kept.quote == MARKED  # the marked words, as marked
    assert kept.current_quote == NOW  # and what the article says there now
    assert kept.changed_since_marked
    assert new.body[kept.start : kept.end] == NOW and kept.paragraph == 2  # the anchor moved
    assert (kept.note, kept.tags, kept.title, kept.created) == ("1.5bn in March", ["loans"], clip.title, clip.created)
    # Found in place on the next pass, still flagged, still the marked words.
    again = store.reanchor({article.id: new})
    assert [c.id for c in again.unchanged] == [clip.id]
    assert store.get(clip.id).quote == MARKED and store.get(clip.id).changed_since_marked


def test_an_edit_at_the_same_offsets_is_flagged_too(store):
    article = make_article(LOANS, article_id="loans")
    clip = store.add_paragraph(article, 1)
    new = edited(article, LOANS.replace("1.5 billion", "2.9 billion").replace("March", "April"))
    store.reanchor({article.id: new})
    kept = store.get(clip.id)
    assert (kept.start, kept.end) == (clip.start, clip.end)
    assert kept.quote == MARKED and kept.changed_since_marked
    assert kept.current_quote == "Minsk asked Moscow for 2.9 billion dollars in April."


def test_text_edited_back_is_no_longer_flagged(store):
    article = make_article(LOANS, article_id="loans")
    clip = store.add_paragraph(article, 1)
    store.reanchor({article.id: edited(article, LOANS.replace("1.5 billion", "2.9 billion"))})
    assert store.get(clip.id).changed_since_marked
    store.reanchor({article.id: article})
    back = store.get(clip.id)
    assert back.quote == MARKED and back.current_quote is None and not back.changed_since_marked


def test_successive_edits_are_followed_and_the_first_words_kept(store):
    article = make_article(LOANS, article_id="loans")
    clip = store.add_paragraph(article, 1)
    first = LOANS.replace("1.5 billion", "2.9 billion")
    store.reanchor({article.id: edited(article, first)})
    second = "Intro.\n\n" + first.replace("in March", "in early March")
    store.reanchor({article.id: edited(article, second)})
    kept = store.get(clip.id)
    assert kept.quote == MARKED
    assert kept.current_quote == "Minsk asked Moscow for 2.9 billion dollars in early March."


def test_marking_the_new_text_over_a_changed_clip_makes_a_new_clip(store):
    article = make_article(LOANS, article_id="loans")
    old = store.add_paragraph(article, 1)
    new = edited(article, LOANS.replace("1.5 billion", "2.9 billion"))
    store.reanchor({article.id: new})
    fresh = store.add_paragraph(new, 1)
    assert fresh.id != old.id and fresh.quote == new.paragraph_text(1) and not fresh.changed_since_marked
    assert store.get(old.id).quote == MARKED


def _v1_copy(tmp_path: Path) -> Path:
    """A copy of tests/data/clips-v1.sqlite3, written by the schema-1 code (before the marked
    words were kept apart): two clips of "loans" and an orphaned one of "other"."""
    target = tmp_path / "old" / "clips.sqlite3"
    target.parent.mkdir()
    target.write_bytes((REPO / "tests" / "data" / "clips-v1.sqlite3").read_bytes())
    return target


def test_a_schema_1_database_migrates_without_loss(tmp_path):
    path = _v1_copy(tmp_path)
    with sqlite3.connect(path) as conn:
        before = conn.execute(
            'SELECT id, quote, note, tags, status, "start", "end", title, url FROM clips ORDER BY id'
        ).fetchall()
    assert len(before) == 3
    with ClipStore(path) as migrated:
        assert migrated.warning is None and migrated.recovered_from is None
        clips = migrated.list()
        assert [
            (c.id, c.quote, c.note, json.dumps(c.tags), c.status, c.start, c.end, c.title, c.url) for c in clips
        ] == before
        assert all(c.current_quote is None and not c.changed_since_marked for c in clips)
        # The migrated store keeps marked words from now on.
        loans = make_article(LOANS, article_id="loans", url="https://news.test/loans")
        store_path_article = dataclass_replace(loans, path=Path(clips[0].article_path))
        migrated.reanchor({"loans": edited(store_path_article, LOANS.replace("1.5 billion", "2.9 billion"))})
        assert migrated.get(1).quote == MARKED and migrated.get(1).changed_since_marked
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert not list(path.parent.glob("*.corrupt-*"))


def test_a_database_from_a_newer_belreader_is_left_alone(tmp_path):
    from belreader.clips import ClipStoreError

    path = _v1_copy(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    original = path.read_bytes()
    with pytest.raises(ClipStoreError) as error:
        ClipStore(path)
    message = str(error.value)
    assert str(path) in message and "newer" in message and "\n" not in message
    assert path.read_bytes() == original and not list(path.parent.glob("*.corrupt-*"))


# -- clips made from claims (issue 13) --------------------------------------------------------------

CLAIMED = """Kremlin comment

Peskov characterized the talks as constructive, TASS reported.

Nothing else was said."""


def _claim(article: Article):
    from belreader.nlp.records import Claim

    sentence = article.paragraphs[1]
    content = span_of(article, "the talks as constructive")
    return Claim(
        id=Claim.make_id(article.id, content[0]),
        article_id=article.id,
        paragraph=1,
        start=content[0],
        end=content[1],
        speaker="Dmitry Peskov",
        speaker_id="dmitry-peskov",
        verb="characterize",
        content="the talks as constructive",
        direct_quote=False,
        negated=False,
        outlets=["tass"],
        dates=[],
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        verb_text="characterized",
    )


def test_a_clip_made_from_a_claim_records_speaker_verb_and_outlet(store):
    from belreader.export import passages_from_clips, to_csv, to_json, to_markdown, to_plain

    article = make_article(CLAIMED, article_id="kremlin")
    claim = _claim(article)
    clip = store.add(article, claim.sentence_start, claim.sentence_end, claim=claim, outlet_names={"tass": "TASS"})
    again = store.get(clip.id)
    assert (again.speaker, again.speaker_id, again.verb, again.outlets, again.claim_id) == (
        "Dmitry Peskov",
        "dmitry-peskov",
        "characterized",
        ["TASS"],
        claim.id,
    )
    plain_clip = store.add_paragraph(article, 2)
    assert plain_clip.speaker is None and plain_clip.outlets == []

    passage = passages_from_clips([again])[0]
    assert "Dmitry Peskov characterized, via TASS" in to_markdown([passage])
    assert "Dmitry Peskov characterized, via TASS" in to_plain(passage)
    record = json.loads(to_json([passage]))["passages"][0]
    assert (record["speaker"], record["verb"], record["outlets"], record["claim_id"]) == (
        "Dmitry Peskov",
        "characterized",
        ["TASS"],
        claim.id,
    )
    import csv
    import io

    row = next(csv.DictReader(io.StringIO(to_csv([passage]).lstrip("\ufeff"))))
    assert (row["speaker"], row["verb"], row["outlets"]) == ("Dmitry Peskov", "characterized", "TASS")


def test_a_clip_with_an_old_numbered_claim_id_keeps_its_own_snapshot(store, tmp_path):
    """A clip made before claim ids were places in the text keeps "…#c3": it loads and exports as it
    was made (speaker, verb, outlets are the clip's own), and the id names no claim now."""
    from dataclasses import replace

    from belreader.export import passages_from_clips, to_json
    from belreader.library import Library

    article = make_article(CLAIMED, article_id="kremlin")
    claim = replace(_claim(article), id="kremlin#c3")
    clip = store.add(article, claim.sentence_start, claim.sentence_end, claim=claim, outlet_names={"tass": "TASS"})
    again = store.get(clip.id)
    assert (again.speaker, again.verb, again.outlets, again.claim_id) == (
        "Dmitry Peskov",
        "characterized",
        ["TASS"],
        "kremlin#c3",
    )
    record = json.loads(to_json(passages_from_clips([again])))["passages"][0]
    assert (record["speaker"], record["outlets"]) == ("Dmitry Peskov", ["TASS"])
    assert "older belreader" in Library.claim_not_found(again.claim_id)


def test_schema_1_and_2_databases_gain_the_claim_columns_and_stay_readable(tmp_path):
    path = _v1_copy(tmp_path)
    with ClipStore(path, read_only=True) as old:  # read as it is, nothing migrated
        assert [c.speaker for c in old.list()] == [None, None, None]
        assert all(c.outlets == [] and c.title_derived is False for c in old.list())
    with ClipStore(path) as migrated:
        clips = migrated.list()
        assert len(clips) == 3 and all(c.speaker is None and c.outlets == [] for c in clips)
        article = make_article(CLAIMED, article_id="kremlin")
        claim = _claim(article)
        made = migrated.add(article, claim.sentence_start, claim.sentence_end, claim=claim)
        assert migrated.get(made.id).outlets == ["tass"]  # no names given: the ids
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
        columns = {row[1] for row in conn.execute("PRAGMA table_info(clips)")}
    assert {"speaker", "speaker_id", "verb", "outlets", "claim_id", "title_derived", "claim_fingerprint"} <= columns
