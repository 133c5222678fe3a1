"""Hostile files for the loader (issue 10): nothing hangs, nothing escapes, nothing unsafe is read.

Speed is never asserted here: a generous hang guard (far above normal) turns a hang or a
quadratic blow-up into a failure instead of a stuck run. Measurements live in
`bench/bench_cleaning.py`.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_corpus import write

from belreader import corpus
from belreader.corpus import FileTooLarge, clean_text, load_corpus, load_file

NEWS = (
    "Bank raises rates again\n\n"
    "The central bank raised interest rates by a quarter point on Thursday, citing persistent inflation.\n\n"
    "Officials said the decision was unanimous and that further increases remained possible this year.\n\n"
    "Markets reacted calmly, with the main index closing slightly higher in afternoon trading in Zürich.\n"
)
HANG_GUARD_SECONDS = float(
    os.environ.get("BELREADER_TEST_HANG_GUARD", 120)
)  # normal runs take well under a second; only a hang or a blow-up reaches this


@contextlib.contextmanager
def hang_guard(seconds: float = HANG_GUARD_SECONDS):
    """Fail (instead of hanging the suite) when the block runs for `seconds`."""

    def expired(signum, frame):
        raise TimeoutError(f"hang guard: still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def reasons(report) -> dict[str, str]:
    return {s.path.name: s.reason for s in report.skipped}


# --------------------------------------------------------------------------- item 3: any error skips one file


def test_deeply_nested_json_is_skipped_and_loading_continues(tmp_path):
    write(
        tmp_path,
        {"deep.json": "[" * 10_000 + "]" * 10_000, "deep.jsonl": "[" * 10_000 + "]" * 10_000 + "\n", "good.txt": NEWS},
    )
    report = load_corpus(tmp_path)
    assert [a.id for a in report.articles] == ["good"]
    why = reasons(report)
    assert "nested too deeply" in why["deep.json"]
    assert "nested too deeply" in why["deep.jsonl"]
    assert all("\n" not in r for r in why.values())


@pytest.mark.parametrize(
    "error",
    [
        MemoryError(),
        RecursionError("maximum recursion depth exceeded"),
        UnicodeError("bad"),
        RuntimeError("parser broke\nsecond line"),
        KeyError("x"),
        AssertionError(),
    ],
)
def test_any_error_while_loading_one_file_skips_only_that_file(tmp_path, monkeypatch, error):
    real = corpus._markdown_to_paragraphs

    def explode(text):
        if "explode" in text:
            raise error
        return real(text)

    monkeypatch.setattr(corpus, "_markdown_to_paragraphs", explode)
    write(tmp_path, {"bad.md": "# Title\n\nexplode here.\n", "good.md": "# Title\n\nA fine body.\n"})
    report = load_corpus(tmp_path)
    assert [a.id for a in report.articles] == ["good"]
    reason = reasons(report)["bad.md"]
    assert reason and "\n" not in reason
    with pytest.raises(ValueError):
        load_file(tmp_path / "bad.md", tmp_path)


def test_index_update_skips_a_file_the_parser_cannot_take(tmp_path, monkeypatch):
    from belreader.index import CorpusIndex

    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"BELREADER_{name}_DIR", str(tmp_path / f"user-{name.lower()}"))
    root = write(tmp_path / "corpus", {"deep.json": "[" * 10_000 + "]" * 10_000, "good.txt": NEWS})
    index = CorpusIndex(root, tmp_path / "index", analysis=False)
    report = index.update()
    assert report.added == ["good"]
    assert "nested too deeply" in reasons(report)["deep.json"]
    assert index.update().unchanged == 1  # and the next update does not meet it as an error either


# --------------------------------------------------------------------------- item 8: only regular files, capped reads


def test_fifo_in_the_corpus_is_skipped_not_read(tmp_path):
    write(tmp_path, {"good.txt": NEWS})
    os.mkfifo(tmp_path / "pipe.txt")
    result: dict = {}
    worker = threading.Thread(target=lambda: result.update(report=load_corpus(tmp_path)), daemon=True)
    worker.start()
    worker.join(HANG_GUARD_SECONDS)
    if worker.is_alive():  # unblock the reader so the thread can end, then fail
        fd = os.open(tmp_path / "pipe.txt", os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        pytest.fail("loading blocked on a FIFO")
    report = result["report"]
    assert [a.id for a in report.articles] == ["good"]
    assert "not a regular file" in reasons(report)["pipe.txt"]


def test_device_file_is_not_read(tmp_path):
    with pytest.raises(ValueError, match="not a regular file"):
        load_file(Path("/dev/null"), Path("/dev"))


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_size_cap_is_enforced_while_reading(tmp_path):
    # /proc files are regular files whose stat size is 0: only a capped read notices they are large.
    assert Path("/proc/self/status").stat().st_size == 0
    with pytest.raises(FileTooLarge):
        load_file(Path("/proc/self/status"), Path("/proc/self"), max_bytes=64)


# --------------------------------------------------------------------------- item 9: no blow-ups


def test_yaml_alias_bomb_in_front_matter_is_not_expanded(tmp_path):
    bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdef":
        previous = chr(ord(level) - 1)
        bomb.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    bomb.append("title: *f")
    text = "---\n" + "\n".join(bomb) + "\n---\n# Real title\n\nThe body of the article.\n"
    write(tmp_path, {"bomb.md": text})
    with hang_guard():
        report = load_corpus(tmp_path)
    (article,) = report.articles
    assert article.title == "Real title"
    (warning,) = [str(w) for w in report.warnings]
    assert "alias" in warning and "\n" not in warning


def test_yaml_front_matter_without_aliases_still_reads(tmp_path):
    write(tmp_path, {"a.md": "---\ntitle: Plain\ntags: [x, y]\n---\nThe body.\n"})
    (article,) = load_corpus(tmp_path).articles
    assert article.title == "Plain" and article.tags == ["x", "y"]


# Units repeated into long runs: every character a cleaning or stripping pattern treats specially.
RUN_UNITS = [
    "\x90",
    "\x98",
    "\x9b",
    "\x9d",
    "\x9e",
    "\x9f",
    "\x1b",
    "\x1b[",
    "\x1b]",
    "\x1bP",
    "\x1b_",
    "\x1b(",
    "\x1b ",
    "\x9b1",
    "\x07",
    "\r",
    "\r\n",
    "\n",
    " \n",
    "\n \n",
    "\t",
    " ",
    "\u00a0",
    "\u200d",
    "\u200c",
    "a\u200d",
    "[",
    "]",
    "(",
    ")",
    "](",
    "[a](",
    "[a](b",
    "![",
    "*",
    "**",
    "_",
    "__",
    "`",
    "#",
    "# ",
    ">",
    "- ",
    "1. ",
    "1.",
    "<",
    "</",
    "<p",
    "<!--",
    "&",
    "&#",
    "&amp",
    "x\n",
    "1\n",
    "A\n",
    "a \n",
    "By ",
    "Source: ",
    "1. a says",
    "\u0301\u0316",
    "\u0301",
    "'",
    ".",
    "-",
    "A",
    "Aa ",
    "\ufeff",
    "\u202e",
    "\x00",
]
SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl"]


def _document(unit: str, count: int, suffix: str) -> str:
    run = unit * count
    if suffix == ".json":
        return json.dumps({"title": "T", "body": f"Some words {run} end."})
    if suffix == ".jsonl":
        return json.dumps({"title": "T", "body": f"Some words {run} end."}) + "\n"
    if suffix == ".html":
        return f"<html><body><h1>T</h1><p>Some words {run} end.</p></body></html>"
    return f"T\n\nSome words {run} end.\n"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(RUN_UNITS), st.integers(100_000, 400_000), st.sampled_from(SUFFIXES))
def test_long_adversarial_runs_load_correctly(unit, size, suffix):
    count = max(1, size // len(unit))
    with tempfile.TemporaryDirectory() as tmp, hang_guard():
        root = Path(tmp)
        (root / f"f{suffix}").write_text(_document(unit, count, suffix), encoding="utf-8")
        report = load_corpus(root, max_bytes=50 * 1024 * 1024)
    assert len(report.articles) + len(report.skipped) == 1
    for article in report.articles:
        assert "Some words" in article.body or "Some words" in article.title
        assert not any(
            (ord(c) < 0x20 and c not in "\n") or 0x7F <= ord(c) <= 0x9F or c in "\u202e\ufeff\u00a0"
            for c in article.body
        )
        if unit in ("[", "]", "(", ")", "](", "#", ">", "'", ".", "-", "A") and suffix in (".txt", ".md"):
            # Plain characters are kept exactly: nothing is eaten by a half-matched pattern.
            assert unit * count in article.body or unit * count in article.title


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.sampled_from(RUN_UNITS), st.integers(100_000, 1_000_000))
def test_clean_text_on_long_runs_is_clean_and_keeps_the_text_around(unit, size):
    run = unit * max(1, size // len(unit))
    with hang_guard():
        out = clean_text(f"before {run}\nafter")  # escape sequences never cross a newline
    assert out.startswith("before ") and out.endswith("\nafter")
    assert not any((ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in out)
    if unit in ("[", "A", ".", "#", "(", "]("):
        assert out == f"before {run}\nafter"


def test_markdown_links_still_stripped():
    paragraphs, _, _ = corpus._markdown_to_paragraphs(
        "See [the report](https://example.org/a_(b)) and ![chart](x.png) and [a [nested] one](u).\n"
    )
    # An absolute URL is kept after the link text (issue 13); nested text is not a link, as before.
    assert paragraphs == ["See the report (https://example.org/a_(b)) and chart and [a [nested] one](u)."]
    assert corpus._markdown_to_paragraphs('[x](a "Title") and [y](<u>)')[0] == ["x and y"]  # relative: text only
    assert corpus._markdown_to_paragraphs('[x](https://u.test/a "Title") and [y](<https://u.test/b c>)')[0] == [
        "x (https://u.test/a) and y (https://u.test/b)"
    ]


# --------------------------------------------------------------------------- item 13: invisible and bidi marks


@pytest.mark.parametrize(
    "mark",
    [
        "\u200e",
        "\u200f",
        "\u061c",
        "\u2060",
        "\u00ad",
        "\u200b",
        "\u202a",
        "\u202b",
        "\u202c",
        "\u202d",
        "\u202e",
        "\u2066",
        "\u2067",
        "\u2068",
        "\u2069",
        "\ufeff",
        "\u2061",
        "\u180e",
    ],
)
def test_invisible_and_bidi_marks_are_removed(mark):
    assert clean_text(f"pay{mark} to{mark}{mark} acc{mark}ount") == "pay to account"


def test_zero_width_joiners_kept_only_between_letters():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # "I want": ZWNJ between letters
    devanagari = "\u0915\u094d\u200d\u0937"  # ZWJ after a virama (a mark)
    family = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # an emoji ZWJ sequence
    assert clean_text(persian) == persian
    assert clean_text(devanagari) == devanagari
    assert clean_text(family) == family
    assert clean_text("a\u200d\u200d\u200db") == "a\u200db"  # a run keeps one
    assert clean_text("\u200dstart end\u200c. x \u200d y") == "start end. x  y"
    assert clean_text("pass\u200cword") == "pass\u200cword"  # Latin letters: harmless, kept (simple rule)


# --------------------------------------------------------------------------- item 17: symlinks


def test_links_out_of_the_corpus_are_not_followed_and_counted_once(tmp_path, monkeypatch):
    outside = write(tmp_path / "outside", {"secret.txt": NEWS, "etc/passwd.txt": NEWS})
    root = write(tmp_path / "root", {"good.txt": NEWS})
    os.symlink(outside / "secret.txt", root / "passwd.txt")
    os.symlink(outside / "etc", root / "etc")
    os.symlink(outside, root / "sub-outside")
    for follow in ("0", "1"):
        monkeypatch.setenv("BELREADER_FOLLOW_SYMLINKS", follow)
        report = load_corpus(root)
        assert [a.id for a in report.articles] == ["good"]
        notes = [s for s in report.skipped if "outside the corpus" in s.reason]
        assert len(notes) == 1 and notes[0].reason.startswith("3 symbolic links")


def test_links_inside_the_corpus_are_followed_only_when_asked(tmp_path, monkeypatch):
    root = write(tmp_path, {"a/x.txt": NEWS})
    os.symlink(tmp_path / "a", tmp_path / "b")
    os.symlink(tmp_path / "a" / "x.txt", tmp_path / "y.txt")
    report = load_corpus(tmp_path)
    assert [a.id for a in report.articles] == ["a/x"]
    (note,) = report.skipped
    assert note.reason.startswith("2 symbolic links") and "BELREADER_FOLLOW_SYMLINKS" in note.reason
    monkeypatch.setenv("BELREADER_FOLLOW_SYMLINKS", "1")
    report = load_corpus(root)
    assert sorted(a.id for a in report.articles) == ["a/x", "y"]
    assert reasons(report) == {"b": "symlink loop; folder already read"}  # a folder is read once


def test_load_file_refuses_a_path_that_resolves_outside_its_root(tmp_path):
    outside = write(tmp_path / "outside", {"secret.txt": NEWS})
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(outside / "secret.txt", root / "passwd.txt")
    with pytest.raises(ValueError, match="outside the corpus"):
        load_file(root / "passwd.txt", root)


# --------------------------------------------------------------------------- item 18: UTF-16 and UTF-32


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_utf16_and_utf32_files_are_decoded(tmp_path, encoding, suffix):
    text = NEWS if suffix == ".txt" else json.dumps({"title": "T", "body": NEWS}, ensure_ascii=False) + "\n"
    (tmp_path / f"u{suffix}").write_bytes(text.encode(encoding))
    (tmp_path / f"ref{suffix}").write_text(text, encoding="utf-8")
    report = load_corpus(tmp_path)
    assert not report.skipped, report.skipped
    bodies = {a.path.name: a.body for a in report.articles}
    assert bodies[f"u{suffix}"] == bodies[f"ref{suffix}"]
    assert "Zürich" in bodies[f"u{suffix}"]


def test_binary_with_nul_bytes_is_still_binary(tmp_path):
    import random

    rng = random.Random(4)
    blob = bytes(rng.randrange(256) for _ in range(4000)) + b"\x00\x00\x01\x00"
    write(tmp_path, {"blob.txt": blob, "png.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + blob})
    report = load_corpus(tmp_path)
    assert not report.articles
    assert all("binary" in r for r in reasons(report).values()), reasons(report)


# --------------------------------------------------------------------------- items 21, 22: JSONL records


def test_duplicate_ids_in_one_jsonl_file_become_unique(tmp_path):
    lines = [
        {"id": "a", "body": "First."},
        {"id": "b", "body": "Second."},
        {"id": "a", "body": "Third."},
        {"body": "Fourth."},
        {"id": "3", "body": "Fifth."},
    ]
    write(tmp_path, {"feed.jsonl": "".join(json.dumps(x) + "\n" for x in lines)})
    report = load_corpus(tmp_path)
    assert [a.id for a in report.articles] == ["feed/a", "feed/b", "feed#2", "feed/3", "feed#4"]
    assert not report.skipped
    (warning,) = [str(w) for w in report.warnings]
    assert "2 records" in warning and "feed#2" in warning and "\n" not in warning
    for article in report.articles:
        found = corpus.find_article(tmp_path / "feed.jsonl", tmp_path, article.id)
        assert found is not None and found.body == article.body


def test_finding_one_record_builds_only_that_record(tmp_path, monkeypatch):
    lines = [json.dumps({"id": f"r{i}", "title": f"T{i}", "body": f"Body number {i}."}) for i in range(2000)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus._record_cache.clear()
    builds, parses = [], []
    real_build, real_records = corpus._build, corpus._records_from_json
    monkeypatch.setattr(corpus, "_build", lambda **kw: builds.append(kw["article_id"]) or real_build(**kw))
    monkeypatch.setattr(corpus, "_records_from_json", lambda *a: parses.append(1) or real_records(*a))
    wanted = [f"feed/r{i}" for i in range(0, 2000, 100)]  # 20 clips from one file
    found = [corpus.find_article(path, tmp_path, article_id) for article_id in wanted]
    assert [a.id for a in found] == wanted
    assert found[3].body == "Body number 300."
    assert builds == wanted  # one record built per lookup, never the whole file
    assert len(parses) == 1  # the file is parsed once for all twenty
    assert corpus.find_article(path, tmp_path, "feed/nope") is None


def test_found_record_follows_an_edited_file(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "a", "body": "Old text."}) + "\n", encoding="utf-8")
    assert corpus.find_article(path, tmp_path, "feed/a").body == "Old text."
    path.write_text(json.dumps({"id": "a", "body": "New text, longer."}) + "\n", encoding="utf-8")
    assert corpus.find_article(path, tmp_path, "feed/a").body == "New text, longer."


def test_find_article_for_plain_files(tmp_path):
    write(tmp_path, {"a.txt": NEWS})
    assert corpus.find_article(tmp_path / "a.txt", tmp_path, "a").title == "Bank raises rates again"
    assert corpus.find_article(tmp_path / "a.txt", tmp_path, "b") is None


# --------------------------------------------------------------------------- the loader fuzz test


_NAME_CHARS = st.sampled_from(
    list("ab.-_ ") + ["\t", "\n", "\r", "\x1b", "\x9b", "\x07", "\u202e", "\u2066", "\u200f", "\x7f", "\u2028", "é"]
)
_NAMES = st.tuples(
    st.text(_NAME_CHARS, min_size=1, max_size=12),
    st.one_of(st.sampled_from(SUFFIXES + [".htm", ".markdown"]), st.text(_NAME_CHARS, max_size=4).map(".".__add__)),
)


def _nested(depth: int, kind: int) -> str:
    if kind == 0:
        return "[" * depth + "]" * depth
    if kind == 1:
        return '{"a":' * depth + '"x"' + "}" * depth
    return '{"body": ' + "[" * depth + '"text"' + "]" * depth + "}"


_CONTENTS = st.one_of(
    st.binary(max_size=2000),
    st.builds(lambda d, k: _nested(d, k).encode(), st.integers(1, 20_000), st.integers(0, 2)),
    st.builds(lambda d, k: (_nested(d, k) + "\n").encode() * 3, st.integers(1, 20_000), st.integers(0, 2)),
    st.builds(
        lambda t, e: t.encode(e, "surrogatepass"),
        st.text(max_size=500),
        st.sampled_from(["utf-16", "utf-32-le", "utf-8"]),
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(_NAMES, _CONTENTS), min_size=1, max_size=6))
def test_fuzz_random_files_names_and_nesting_never_escape(files):
    with tempfile.TemporaryDirectory() as tmp, hang_guard():
        root = Path(tmp)
        written = set()
        for (stem, suffix), content in files:
            name = stem.replace("/", "_") + suffix
            if name.startswith(".") or name in written:
                continue
            try:
                (root / name).write_bytes(content)
            except OSError:
                continue
            written.add(name)
        report = load_corpus(root)
        accounted = {a.path.name for a in report.articles} | {s.path.name for s in report.skipped}
        assert written <= accounted | {n for n in written if corpus.NON_ARTICLE_NAMES.match(n)}
        for skipped in report.skipped:
            assert "\n" not in skipped.reason
        for article in report.articles:
            assert not any((ord(c) < 0x20 and c != "\n") or 0x7F <= ord(c) <= 0x9F for c in article.body)


def test_index_reports_duplicate_record_ids_once_and_reaches_every_record(tmp_path, monkeypatch):
    from belreader.index import CorpusIndex

    for name in ("DATA", "CONFIG", "CACHE"):
        monkeypatch.setenv(f"BELREADER_{name}_DIR", str(tmp_path / f"user-{name.lower()}"))
    lines = [{"id": "a", "body": "First."}, {"id": "a", "body": "Second."}, {"id": "a", "body": "Third."}]
    root = write(tmp_path / "corpus", {"feed.jsonl": "".join(json.dumps(x) + "\n" for x in lines)})
    index = CorpusIndex(root, tmp_path / "index", analysis=False)
    report = index.update()
    assert sorted(report.added) == ["feed#1", "feed#2", "feed/a"]
    assert [w.message for w in report.warnings] == [
        "2 records reuse an id already used in this file; numbered by position instead (feed#1, feed#2)"
    ]
    assert [index.load_article(i).body for i in ("feed/a", "feed#1", "feed#2")] == ["First.", "Second.", "Third."]


def test_a_duplicate_id_from_a_file_name_with_a_newline_is_reported_on_one_line(tmp_path):
    # found by the fuzz test below: two files whose names differ only by the suffix give one id
    (tmp_path / "\n.txt").write_text("Some text of an article.\n", encoding="utf-8")
    (tmp_path / "\n.html").write_text("<p>Another article's text.</p>", encoding="utf-8")
    report = load_corpus(tmp_path)
    duplicates = [s for s in report.skipped if "duplicate article id" in s.reason]
    assert len(duplicates) == 1
    assert "\n" not in duplicates[0].reason
