"""Clips under hostile conditions (issue 10, items 2, 7, 14, 15): a database that is locked,
a folder, another program's file or read-only; exports of hostile text; edited articles
seen through the CLI and every export format."""

from __future__ import annotations

import contextlib
import html as htmllib
import json
import re
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from belreader.cli import app
from belreader.clips import ClipStore
from belreader.export import passages_from_clips, to_csv, to_json, to_markdown, to_plain

from articles import article_from_text

LOANS = """Belarus Seeks New Loans

Minsk asked Moscow for 1.5 billion dollars in March.

Economists doubt the loans will be repaid."""
MARKED = "Minsk asked Moscow for 1.5 billion dollars in March."
NOW = "Minsk asked Moscow for 2.9 billion dollars in May."


@pytest.fixture
def data_dir(isolated_dirs) -> Path:
    return isolated_dirs["data"]


@pytest.fixture
def clips_path(data_dir) -> Path:
    """The clips database of the project the commands below use (the bundled corpus's)."""
    return project_clips()


def project_clips(corpus: Path | None = None) -> Path:
    from belreader.config import resolve_corpus
    from belreader.projects import CLIPS_FILE, Project

    return Project.for_corpus(resolve_corpus(corpus)).path(CLIPS_FILE)


def cli(*args, code: int | None = None):
    result = CliRunner().invoke(app, [str(a) for a in args])
    if code is not None:
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


def one_line_naming(result, path: Path) -> str:
    message = result.stderr.strip()
    assert "Traceback" not in message and "AttributeError" not in message, message
    assert len(message.splitlines()) == 1, message
    assert str(path) in message, message
    return message


# -- item 7: the database cannot be used --------------------------------------------------------


def test_a_folder_at_the_database_path_is_one_line(clips_path):
    clips_path.mkdir(parents=True)
    for args in (["clips", "list"], ["clips", "list", "--json"], ["clips", "remove", "1"], ["clips", "clear", "--yes"]):
        message = one_line_naming(cli(*args, code=3), clips_path)
        assert "folder" in message
    assert clips_path.is_dir()


def test_a_database_locked_past_the_timeout_is_one_line(clips_path, monkeypatch):
    with ClipStore(clips_path) as store:
        store.add_paragraph(article_from_text(LOANS, "loans"), 1)
    monkeypatch.setattr("belreader.clips.BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(clips_path, isolation_level=None)
    blocker.execute("PRAGMA journal_mode = DELETE")  # a rollback-journal lock also stops readers
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        for args in (["clips", "list"], ["clips", "remove", "1"]):
            message = one_line_naming(cli(*args, code=3), clips_path)
            assert "locked" in message
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert not list(clips_path.parent.glob("*.corrupt-*"))
    assert len(ClipStore(clips_path).list()) == 1


def test_a_lock_taken_after_opening_is_one_line_too(clips_path, monkeypatch):
    from belreader.clips import ClipStoreError

    store = ClipStore(clips_path, timeout=0.2)
    clip = store.add_paragraph(article_from_text(LOANS, "loans"), 1)
    blocker = sqlite3.connect(clips_path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(ClipStoreError) as error:
            store.update(clip.id, note="x")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    assert str(clips_path) in str(error.value) and "locked" in str(error.value)
    assert store.update(clip.id, note="x").note == "x"  # usable again once the lock is gone


def _other_programs_database(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT, title TEXT)")
        conn.execute("INSERT INTO bookmarks VALUES ('https://x.test', 'precious')")
    conn.close()


def _clips_table_of_another_shape(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE clips (id INTEGER PRIMARY KEY, text TEXT)")
        conn.execute("INSERT INTO clips (text) VALUES ('precious')")
    conn.close()


@pytest.mark.parametrize("make", [_other_programs_database, _clips_table_of_another_shape])
def test_a_wrong_schema_is_moved_aside_with_one_line_never_deleted(clips_path, make):
    make(clips_path)
    original = clips_path.read_bytes()
    result = cli("clips", "list", code=0)
    message = one_line_naming(result, clips_path)
    assert "not a belreader clips database" in message
    moved = [p for p in clips_path.parent.glob("clips.sqlite3.corrupt-*") if not p.name.endswith(("-wal", "-shm"))]
    assert len(moved) == 1 and str(moved[0]) in message
    assert moved[0].read_bytes() == original
    with sqlite3.connect(moved[0]) as conn:  # still the user's data, readable
        assert "precious" in str(
            conn.execute("SELECT * FROM " + ("bookmarks" if make is _other_programs_database else "clips")).fetchall()
        )
    conn.close()
    assert "No clips yet" in result.stdout
    # The fresh database works.
    with ClipStore(clips_path) as store:
        assert store.warning is None
        store.add_paragraph(article_from_text(LOANS, "loans"), 1)
        assert store.count() == 1


def test_a_non_sqlite_file_is_moved_aside_with_one_line(clips_path):
    clips_path.parent.mkdir(parents=True, exist_ok=True)
    clips_path.write_bytes(b"not a database at all\n" * 200)
    message = one_line_naming(cli("clips", "list", "--json", code=0), clips_path)
    assert "moved to" in message
    assert [p.read_bytes() for p in clips_path.parent.glob("clips.sqlite3.corrupt-*")] == [
        b"not a database at all\n" * 200
    ]


# -- item 15: a read-only data dir ----------------------------------------------------------------


def _writes_succeed(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_text("x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only(folder: Path):
    """`folder` made read-only for real: chmod 0o555, and for root (whom chmod does not stop)
    the immutable attribute, which stops root too; skipped where neither works."""
    folder.chmod(0o555)
    immutable = False
    try:
        if _writes_succeed(folder):
            if (
                shutil.which("chattr") is None
                or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode
            ):
                pytest.skip("cannot make a folder read-only here (root, no chattr)")
            immutable = True
        assert not _writes_succeed(folder)
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def _marked_and_edited(tmp_path: Path, data_dir: Path) -> Path:
    """A corpus of one article with a marked paragraph, then the article edited under it."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "loans.txt").write_text(LOANS + "\n", encoding="utf-8")
    from belreader.index import CorpusIndex

    cli("--no-nlp", "index", "--corpus", corpus, "--index", tmp_path / "ix", code=0)
    index = CorpusIndex(corpus, tmp_path / "ix", analysis=False)
    index.open()
    article = index.load_article("loans")
    index.close()
    with ClipStore(project_clips(corpus)) as store:
        start = article.body.index(MARKED)
        store.add(article, start, start + len(MARKED), note="1.5bn in March", tags=["loans"])
    (corpus / "loans.txt").write_text(
        "Intro paragraph.\n\n" + LOANS.replace("1.5 billion", "2.9 billion").replace("March", "May") + "\n",
        encoding="utf-8",
    )
    return corpus


@pytest.fixture
def wide(monkeypatch):
    """A wide console, so table cells are not folded in the middle of the words looked for."""
    from belreader import cli as cli_module

    monkeypatch.setattr(cli_module.console, "width", 400)


def test_clips_are_read_from_a_read_only_data_dir(tmp_path, data_dir, wide):
    corpus = _marked_and_edited(tmp_path, data_dir)
    clips_path = project_clips(corpus)
    project_dir = clips_path.parent
    before = sorted(p.name for p in project_dir.iterdir())
    with read_only(project_dir):
        listed = cli("clips", "--corpus", corpus, "list", "--json", code=0)
        assert [c["quote"] for c in json.loads(listed.stdout)["clips"]] == [MARKED]
        human = cli("clips", "--corpus", corpus, "list", code=0)
        assert MARKED[:20] in human.stdout
        for fmt in ("md", "json", "csv"):
            exported = cli(
                "--no-nlp", "export", "--clips", "--format", fmt, "--corpus", corpus, "--index", tmp_path / "ix", code=0
            )
            assert "1.5 billion" in exported.stdout and "2.9 billion" in exported.stdout, exported.stderr
            # One line says the re-anchoring could not be saved; no traceback.
            assert "Traceback" not in exported.stderr
            assert (
                "read-only" in exported.stderr
                and len([line for line in exported.stderr.splitlines() if "read-only" in line]) == 1
            )
        changing = cli("clips", "--corpus", corpus, "remove", "1", code=3)
        one_line_naming(changing, clips_path)
    assert sorted(p.name for p in project_dir.iterdir()) == before
    with ClipStore(clips_path) as store:
        assert [c.quote for c in store.list()] == [MARKED]


def test_a_missing_database_in_a_read_only_data_dir_is_no_clips(data_dir):
    with read_only(data_dir):
        assert "No clips yet" in cli("clips", "list", code=0).stdout
        assert json.loads(cli("clips", "list", "--json", code=0).stdout)["total"] == 0
    assert list(data_dir.iterdir()) == []


def test_read_only_store_opens_a_schema_1_file_without_migrating_it(tmp_path):
    from belreader.clips import ClipStoreError

    path = tmp_path / "clips.sqlite3"
    path.write_bytes((Path(__file__).parent / "data" / "clips-v1.sqlite3").read_bytes())
    original = path.read_bytes()
    with ClipStore(path, read_only=True) as store:
        clips = store.list()
        assert len(clips) == 3 and all(c.current_quote is None for c in clips)
        with pytest.raises(ClipStoreError):
            store.update(1, note="no")
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clips.sqlite3"]


# -- item 2 through the CLI and every export --------------------------------------------------------


def test_an_edited_clip_is_flagged_in_clips_list_and_every_export(tmp_path, data_dir, wide):
    corpus = _marked_and_edited(tmp_path, data_dir)
    ix = ["--corpus", corpus, "--index", tmp_path / "ix"]
    md = cli("--no-nlp", "export", "--clips", *ix, code=0)
    assert "changed since marked" in md.stderr
    assert f"> {MARKED}" in md.stdout  # the marked words are the quote
    assert "changed since marked" in md.stdout and NOW in md.stdout
    record = json.loads(cli("--no-nlp", "export", "--clips", "--format", "json", *ix, code=0).stdout)["passages"][0]
    assert (record["quote"], record["current_quote"], record["changed_since_marked"]) == (MARKED, NOW, True)
    assert record["note"] == "1.5bn in March"
    import csv
    import io

    row = next(csv.DictReader(io.StringIO(cli("--no-nlp", "export", "--clips", "--format", "csv", *ix, code=0).stdout)))
    assert (row["quote"], row["current_quote"], row["changed_since_marked"]) == (MARKED, NOW, "yes")
    listed = json.loads(cli("clips", "--corpus", corpus, "list", "--json", code=0).stdout)["clips"][0]
    assert (listed["quote"], listed["current_quote"], listed["changed_since_marked"]) == (MARKED, NOW, True)
    human = cli("clips", "--corpus", corpus, "list", code=0).stdout
    assert "changed since marked" in human and "2.9 billion" in human and "1.5 billion" in human


def test_exports_of_an_unchanged_clip_say_nothing_about_changes(tmp_path):
    article = article_from_text(LOANS, "loans", tmp_path)
    with ClipStore(tmp_path / "c.sqlite3") as store:
        store.add_paragraph(article, 1)
        passages = passages_from_clips(store.list())
    assert "changed since" not in to_markdown(passages) and "changed since" not in to_plain(passages[0])
    record = json.loads(to_json(passages))["passages"][0]
    assert record["changed_since_marked"] is False and record["current_quote"] is None
    assert "changed since" not in to_csv(passages).split("\n", 1)[1]


# -- item 14: exported Markdown is inert ---------------------------------------------------------

HOSTILE = (
    'Loan <img src=x onerror="alert(1)"> agreed <script>alert(2)</script> '
    "![pixel](https://track.test/p.gif) [click](javascript:alert(3)) <javascript:alert(4)> "
    '<a href="javascript:alert(5)">here</a> [ref] *bold* `code` & &lt;'
)
HOSTILE_LINES = HOSTILE + "\n# not a heading\n- not a list\n1. not a list\n---\n[ref]: javascript:alert(6)"


def _render_html(markdown: str) -> str:
    from markdown_it import MarkdownIt

    # html on (as CommonMark and GitHub do): whatever HTML reached the file would be live.
    return MarkdownIt("commonmark", {"html": True, "linkify": True}).enable("linkify").render(markdown)


def _hostile_passage(tmp_path: Path, url: str | None):
    article = article_from_text(
        f"Title\n\n{HOSTILE}",
        "evil",
        tmp_path,
        title="T <img src=x onerror=alert(7)> [t](javascript:alert(8))",
        author="<b onmouseover=alert(9)>A</b>",
        publisher="[P](javascript:alert(10))",
        url=url,
    )
    with ClipStore(tmp_path / "c.sqlite3") as store:
        store.add_paragraph(article, 1, note=HOSTILE_LINES, tags=["<img src=x onerror=alert(11)>", "[t](javascript:x)"])
        return passages_from_clips(store.list())


@pytest.mark.parametrize(
    "url",
    [None, "javascript:alert(12)", "data:text/html,<script>alert(13)</script>", 'https://news.test/a?b=<c>&d="e"'],
)
def test_markdown_export_is_inert(tmp_path, url):
    from belreader.export import to_markdown

    markdown = to_markdown(_hostile_passage(tmp_path, url), heading="Clips <img src=x onerror=alert(14)>")
    html = _render_html(markdown)
    tags = set(re.findall(r"<\s*([a-zA-Z][a-zA-Z0-9]*)", html))
    # "code": the file path is a code span, shown exactly as on disk (its text is escaped HTML)
    assert tags <= {"h1", "p", "blockquote", "hr", "strong", "em", "a", "br", "code"}, tags
    assert all("<" not in span and ">" not in span for span in re.findall(r"<code>(.*?)</code>", html)), html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(h.startswith(("http://", "https://")) for h in hrefs), hrefs
    assert "javascript:" not in "".join(hrefs) and "track.test" not in "".join(re.findall(r'src="([^"]*)"', html))
    assert "onerror" not in "".join(re.findall(r"<[^>]*>", html))
    assert "javascript:alert(12)" not in markdown and "data:text" not in markdown
    # The text is all still there, shown literally.
    text = htmllib.unescape(re.sub(r"<[^>]+>", "", html))
    assert 'Loan <img src=x onerror="alert(1)"> agreed' in text and "[click](javascript:alert(3))" in text
    assert "*bold* `code` & &lt;" in text
    assert "# not a heading" in text and "[ref]: javascript:alert(6)" in text
    if url and url.startswith("https"):
        # The citation's link, percent-encoded (a bare http(s) URL in the text may be linkified: allowed).
        assert "https://news.test/a?b=%3Cc%3E&d=%22e%22" in [htmllib.unescape(h) for h in hrefs]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("ab <>&*_`[]()!#-+=.|~\\:/\"'1")), min_size=1, max_size=30),
        min_size=1,
        max_size=4,
    )
)
def test_markdown_text_renders_as_exactly_its_text(lines):
    from belreader.export import markdown_text

    # Markdown folds whitespace runs and trims lines; not what this is about.
    text = "\n".join(line for line in (" ".join(raw.split()) for raw in lines) if line)
    if not text:
        return
    html = _render_html(markdown_text(text))
    assert re.fullmatch(r"<p>.*</p>\n", html, flags=re.DOTALL), html
    assert "<" not in html[3:-5], html
    assert htmllib.unescape(html[3:-5]) == text


# -- item 2 in the reader (Pilot) ------------------------------------------------------------------


async def test_the_reader_flags_a_clip_changed_since_marked(app_factory):
    from belreader.tui.screens.clips import ClipList, ClipsScreen
    from belreader.tui.widgets.article_view import ArticleView
    from belreader.tui.widgets.passage_marking import changed_clip_style

    from tui_util import SEED_003, WIDE, settle

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        article = app.index.load_article(SEED_003)
        clip = app.library.clip_store().add_paragraph(article, 3)
        marked = clip.quote
        assert len(marked) > 120
        edited_text = marked[:-12] + " (revised)."  # a small edit: still found, no longer the same words
        raw = article.path.read_text(encoding="utf-8")
        assert raw.count(marked) == 1
        article.path.write_text(raw.replace(marked, edited_text), encoding="utf-8")

        await pilot.press("C")
        await settle(app, pilot)
        assert isinstance(app.screen, ClipsScreen)
        prompt = str(app.screen.query_one(ClipList).get_option_at_index(0).prompt)
        assert "changed since marked" in prompt
        assert f"“{marked[:60]}" in prompt and f"now: “{edited_text[:60]}" in prompt  # both versions
        assert "1 changed since marked" in str(app.screen.query_one("#clips-title").render())
        with ClipStore(app.library.clip_store().path) as store:  # the project's database, opened afresh
            assert store.get(clip.id).quote == marked  # nothing rewritten by looking

        await pilot.press("enter")  # open the article at the clip
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        view.marking.focus_clip = None  # the jump highlights it; the changed style shows once it is not focused
        view.refresh_paragraphs()
        await pilot.pause()
        widget = view.paragraph_widget(3)
        assert changed_clip_style(view.dark) in [span.style for span in widget.text.spans]
        assert "Changed since marked" in str(widget.tooltip) and marked[:40] in str(widget.tooltip)
        assert "(revised)." in str(widget.tooltip)
        messages = [n.message for n in app._notifications]
        assert sum("changed since you marked" in m for m in messages) == 1
