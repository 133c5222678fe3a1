"""Export: formats read back and checked, text safety, atomic writes, the clipboard chain."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pyperclip
import pytest

from belreader.article import Article
from belreader.clips import ClipStore
from belreader.export import (
    CSV_COLUMNS,
    SCHEMA_VERSION,
    ExportError,
    Passage,
    clean_text,
    copy_to_clipboard,
    mentions_within,
    passages_from_clips,
    passages_from_paragraphs,
    render,
    to_csv,
    to_json,
    to_markdown,
    to_plain,
    write_export,
)

from articles import article_from_text as make_article

REPO = Path(__file__).resolve().parents[1]
SCHEMA_DOC = REPO / "docs" / "export-schema.md"

SOCHI = """Lukashenko Holds His Own With Putin in Sochi

Putin and Lukashenka conferred, one-on-one, for more than four hours in Sochi.

That meeting ended with no concluding press conference and no joint communique.

Putin proposes, in essence, to help Lukashenka stabilize the situation."""

LOANS = """Belarus Seeks New Loans

Minsk asked Moscow for a further loan of one billion dollars.

Economists doubt the loans will be repaid."""


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("BELREADER_DATA_DIR", str(path))
    return path


@pytest.fixture
def sochi(tmp_path) -> Article:
    return make_article(
        SOCHI,
        "000_sochi",
        root=tmp_path / "corpus",
        author="Grigory Ioffe",
        publisher="Eurasia Daily Monitor",
        date="2020-09-16",
    )


@pytest.fixture
def loans(tmp_path) -> Article:
    return make_article(LOANS, "economy/loans", root=tmp_path / "corpus", url="https://news.test/loans")


@pytest.fixture
def clip_passages(sochi, loans) -> list[Passage]:
    with ClipStore() as store:
        store.add_paragraph(sochi, 2, note="No communique: telling.", tags=["summit", "press"])
        start = loans.body.index("one billion dollars")
        store.add(loans, start, start + len("one billion dollars"))
        return passages_from_clips(store.list())


# -- passages ---------------------------------------------------------------------------------


def test_passages_from_paragraphs(sochi):
    passages = passages_from_paragraphs(sochi, [3, 1, 3])
    assert [p.paragraph for p in passages] == [3, 1]
    assert passages[0].quote == sochi.paragraph_text(3)
    assert (passages[0].start, passages[0].end) == (sochi.paragraphs[3].start, sochi.paragraphs[3].end)
    assert passages[0].source == "paragraph" and passages[0].clip_id is None
    assert passages[0].author == "Grigory Ioffe" and passages[0].article_path == str(sochi.path)
    with pytest.raises(IndexError):
        passages_from_paragraphs(sochi, [7])


def test_passages_from_clips_keep_clip_fields(clip_passages, sochi):
    first = clip_passages[0]
    assert first.source == "clip" and first.clip_id is not None
    assert first.quote == sochi.paragraph_text(2)
    assert first.note == "No communique: telling." and first.tags == ["summit", "press"]
    assert first.created and first.status == "ok"


# -- Markdown ------------------------------------------------------------------------------------


def md_path(path: Path) -> str:
    """A file path as Markdown writes it: a code span, exactly as on disk (no renderer links it)."""
    return f"`{path}`"


def markdown_blocks(text: str) -> list[str]:
    return [block for block in text.split("\n\n---\n\n")]


def test_markdown_quotes_and_cites_the_right_article_and_paragraph(clip_passages, sochi, loans, tmp_path):
    dest = write_export(to_markdown(clip_passages), tmp_path / "out" / "clips.md")
    text = dest.read_text(encoding="utf-8")
    assert text.startswith("# Passages (2)\n")
    first, second = markdown_blocks(text.split("\n\n", 1)[1])

    lines = first.split("\n")
    assert lines[0] == "> " + sochi.paragraph_text(2)
    citation = next(line for line in lines if line.startswith("— "))
    assert citation == (
        f"— Lukashenko Holds His Own With Putin in Sochi, Grigory Ioffe, Eurasia Daily Monitor, "
        f"2020-09-16, para. 3, {md_path(sochi.path)}"
    )
    assert "**Note:** No communique: telling." in lines
    assert "**Tags:** summit, press" in lines

    lines = second.split("\n")
    assert lines[0] == "> …one billion dollars"  # cut from its sentence (only the full stop is left out)
    citation = next(line for line in lines if line.startswith("— "))
    # No author or publisher: skipped, and the URL wins over the file path.
    assert (
        citation == "— Belarus Seeks New Loans, para. 2, <https://news.test/loans>"
    )  # an autolink: the one link Markdown exports keep
    assert not any(line.startswith("**Note:**") for line in lines)


def test_markdown_multiline_quote_stays_in_the_block_quote():
    passage = Passage(
        quote="Line one.\n\nLine two.", article_id="a", article_path="/a.txt", paragraph=0, start=0, end=20, title="A"
    )
    text = to_markdown([passage], heading=None)
    assert text.startswith("> Line one.\n>\n> Line two.\n\n— A, para. 1, `/a.txt`")


def test_markdown_flags_orphaned_clips(sochi):
    passage = passages_from_paragraphs(sochi, [1])[0]
    passage.status = "orphaned"
    assert "could not be found in the current version" in to_markdown([passage])


def test_markdown_of_nothing():
    assert to_markdown([]) == "# Passages (0)\n"
    assert to_markdown([], heading=None) == ""


# -- JSON ------------------------------------------------------------------------------------------


def documented_fields() -> list[str]:
    """The record fields listed in the table of docs/export-schema.md."""
    text = SCHEMA_DOC.read_text(encoding="utf-8")
    section = text.split("## Passage record", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)


def test_json_matches_the_documented_schema(clip_passages, tmp_path):
    dest = write_export(to_json(clip_passages), tmp_path / "clips.json")
    document = json.loads(dest.read_text(encoding="utf-8"))
    assert document["schema_version"] == SCHEMA_VERSION
    assert f'"schema_version": {SCHEMA_VERSION}' in SCHEMA_DOC.read_text(encoding="utf-8")
    assert document["count"] == 2 and len(document["passages"]) == 2
    assert set(document) == {"schema_version", "generator", "exported_at", "query", "project", "count", "passages"}
    fields = documented_fields()
    assert len(fields) > 15
    for record in document["passages"]:
        assert list(record) == fields


def test_json_record_content(clip_passages, sochi):
    record = json.loads(to_json(clip_passages))["passages"][0]
    assert record["quote"] == sochi.paragraph_text(2)
    assert record["paragraph"] == 3  # 1-based
    assert record["article_id"] == "000_sochi" and record["article_path"] == str(sochi.path)
    assert record["title"] == sochi.title and record["author"] == "Grigory Ioffe"
    assert record["tags"] == ["summit", "press"] and record["note"] == "No communique: telling."
    assert record["source"] == "clip" and isinstance(record["clip_id"], int)
    assert record["created"] == clip_passages[0].created
    assert record["start"] == sochi.paragraphs[2].start and record["end"] == sochi.paragraphs[2].end
    assert record["content_hash"] == sochi.content_hash
    assert record["citation"].endswith(f"para. 3, {sochi.path}")
    assert record["entities"] is None


def test_json_entities_from_the_callable(sochi):
    from dataclasses import dataclass

    @dataclass
    class Entity:
        text: str
        label: str

    def entities_for(passage: Passage):
        found = []
        if "Putin" in passage.quote:
            found.append(Entity("Vladimir Putin", "PERSON"))
        if "Lukashenka" in passage.quote:
            found.append({"text": "Alexander Lukashenko", "label": "PERSON", "alias": "Lukashenka"})
        if "Sochi" in passage.quote:
            found.append("Sochi")
        return found

    passages = passages_from_paragraphs(sochi, [1, 2])
    records = json.loads(to_json(passages, entities_for=entities_for))["passages"]
    assert records[0]["entities"] == [
        {"text": "Vladimir Putin", "label": "PERSON"},
        {"text": "Alexander Lukashenko", "label": "PERSON", "alias": "Lukashenka"},
        {"text": "Sochi"},
    ]
    assert records[1]["entities"] == []
    assert records[1]["created"] is None and records[1]["clip_id"] is None


# -- CSV ------------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return list(csv.DictReader(handle))


def test_csv_reads_back_one_row_per_passage(clip_passages, sochi, tmp_path):
    dest = write_export(to_csv(clip_passages), tmp_path / "clips.csv")
    with dest.open(newline="", encoding="utf-8-sig") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == CSV_COLUMNS
    rows = read_csv(dest)
    assert len(rows) == 2
    assert rows[0]["quote"] == sochi.paragraph_text(2)
    assert rows[0]["paragraph"] == "3"
    assert rows[0]["title"] == sochi.title and rows[0]["article_path"] == str(sochi.path)
    assert rows[0]["tags"] == "summit; press"
    assert rows[1]["url"] == "https://news.test/loans" and rows[1]["author"] == ""


def test_csv_escapes_formula_leading_cells(tmp_path):
    passage = Passage(
        quote='=HYPERLINK("http://evil","click")',
        article_id="a",
        article_path="/corpus/a.txt",
        paragraph=0,
        start=0,
        end=10,
        title="+cmd|' /C calc'!A0",
        author="-2+3",
        publisher="@SUM(A1:A2)",
        date="\t=1+1",
        note="\r=1+1 and a normal note",
        tags=["=tag", "plain"],
    )
    rows = read_csv(write_export(to_csv([passage]), tmp_path / "x.csv"))
    row = rows[0]
    assert row["quote"] == '\'=HYPERLINK("http://evil","click")'
    assert row["title"] == "'+cmd|' /C calc'!A0"
    assert row["author"] == "'-2+3"
    assert row["publisher"] == "'@SUM(A1:A2)"
    assert row["date"] == "'\t=1+1"
    # A leading CR is turned into a newline by the text cleaning; still not a formula.
    assert row["note"] == "\n=1+1 and a normal note"
    assert row["tags"] == "'=tag; plain"
    formula = re.compile(r"^[=+\-@\t\r]")
    assert not any(formula.match(value) for value in row.values())
    assert row["article_path"] == "/corpus/a.txt"  # ordinary text untouched


def test_csv_multiline_and_unicode_round_trip(tmp_path):
    quote = '«Союзное государство»\nвторая строка, with "quotes", commas'
    passage = Passage(
        quote=quote, article_id="ru", article_path="/ru.txt", paragraph=4, start=0, end=5, title="Заголовок"
    )
    row = read_csv(write_export(to_csv([passage]), tmp_path / "ru.csv"))[0]
    assert row["quote"] == quote and row["paragraph"] == "5"


# -- text safety ---------------------------------------------------------------------------------

HOSTILE = (
    "Red \x1b[31malert\x1b[0m text"
    "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # OSC 52: write the clipboard
    "\x1b]0;new title\x1b\\"  # OSC with ST terminator
    "\x1bP1$r\x1b\\"  # DCS
    "\x9b2J"  # 8-bit CSI: clear screen
    "\x9d8;;http://evil\x07"  # 8-bit OSC hyperlink
    "bell\x07 back\x08space \x1b7saved\x1b8 \x00nul\x7f"
    "\ttab kept\nnewline kept"
)
ESCAPE_BYTES = ("\x1b", "\x07", "\x08", "\x9b", "\x9d", "\x00", "\x7f")


def hostile_passage() -> Passage:
    return Passage(
        quote=HOSTILE,
        article_id="evil\x1b[2J",
        article_path="/corpus/evil.txt",
        paragraph=0,
        start=0,
        end=len(HOSTILE),
        title="Title\x1b]52;c;AAAA\x07",
        author="Auth\x1b[1mor",
        publisher="Pub\x08",
        date="2020\x1b[K",
        url="https://x.test/\x1b]8;;http://evil\x1b\\",
        note="note \x1b[5mblink",
        tags=["t\x1b[1mag"],
    )


def test_clean_text():
    cleaned = clean_text(HOSTILE)
    assert not any(ch in cleaned for ch in ESCAPE_BYTES)
    assert cleaned.startswith("Red alert text")
    assert "ZWNobyBwd25lZA" not in cleaned and "new title" not in cleaned and "http://evil" not in cleaned
    assert "\ttab kept\nnewline kept" in cleaned
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert clean_text("Лукашенко — «ok» 🇧🇾") == "Лукашенко — «ok» 🇧🇾"
    assert clean_text(None) == ""
    # An unterminated OSC is dropped up to the end of its line (the loader's rule), no further.
    assert clean_text("x\x1b]52;c;abc\nnext line") == "x\nnext line"


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_no_escape_sequences_reach_any_export(fmt, tmp_path):
    passage = hostile_passage()
    dest = write_export(render([passage], fmt, entities_for=lambda p: ["\x1b[31mPutin"]), tmp_path / f"x.{fmt}")
    raw = dest.read_bytes()
    text = raw.decode("utf-8")
    assert b"\x1b" not in raw
    assert not any(ch in text for ch in ESCAPE_BYTES)
    assert "\\u001b" not in text and "\\u0007" not in text
    assert "Red alert text" in text and "blink" in text
    if fmt == "json":
        record = json.loads(text)["passages"][0]
        assert record["entities"] == [{"text": "Putin"}]
        assert record["title"] == "Title"


def test_plain_text_for_the_clipboard(sochi):
    passage = passages_from_paragraphs(sochi, [2])[0]
    plain = to_plain(passage)
    assert plain == (
        f"“{sochi.paragraph_text(2)}”\n"
        f"— Lukashenko Holds His Own With Putin in Sochi, Grigory Ioffe, Eurasia Daily Monitor, "
        f"2020-09-16, para. 3, {sochi.path}\n"
    )
    assert "\x1b" not in to_plain(hostile_passage())


def test_render_rejects_unknown_formats():
    with pytest.raises(ExportError, match="unknown export format"):
        render([], "xlsx")


# -- writing files ---------------------------------------------------------------------------------


def test_write_export_creates_parents_and_leaves_no_temp_files(tmp_path):
    dest = tmp_path / "new" / "folder" / "out.md"
    assert write_export("hello\n", dest) == dest
    assert dest.read_text() == "hello\n"
    assert os.listdir(dest.parent) == ["out.md"]
    assert dest.stat().st_mode & 0o777 != 0o600  # not the temp file's private mode


def test_write_export_refuses_to_overwrite(tmp_path):
    dest = tmp_path / "out.csv"
    dest.write_text("precious")
    with pytest.raises(ExportError) as error:
        write_export("new", dest)
    message = str(error.value)
    assert str(dest) in message and "\n" not in message and "exists" in message
    assert dest.read_text() == "precious"
    assert os.listdir(tmp_path) == ["out.csv"]

    write_export("new", dest, overwrite=True)
    assert dest.read_text() == "new"
    assert os.listdir(tmp_path) == ["out.csv"]


def test_write_export_to_a_folder_fails_clearly(tmp_path):
    with pytest.raises(ExportError) as error:
        write_export("x", tmp_path, overwrite=True)
    assert str(tmp_path) in str(error.value) and "folder" in str(error.value)


def test_write_export_unwritable_parent(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    with pytest.raises(ExportError) as error:
        write_export("x", blocker / "sub" / "out.md")
    assert str(blocker) in str(error.value)


def test_write_export_keeps_text_exactly(tmp_path):
    text = to_csv([Passage(quote="a\nb", article_id="a", article_path="/a", paragraph=0, start=0, end=3)])
    dest = write_export(text, tmp_path / "exact.csv")
    assert dest.read_bytes() == text.encode("utf-8")
    assert b"\r\n" in dest.read_bytes()


# -- clipboard --------------------------------------------------------------------------------------


@pytest.fixture
def system_clipboard(monkeypatch):
    copied: list[str] = []
    monkeypatch.setattr(pyperclip, "copy", copied.append)
    return copied


@pytest.fixture
def no_system_clipboard(monkeypatch):
    def fail(text):
        raise pyperclip.PyperclipException("could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", fail)


def test_clipboard_osc52_and_system(system_clipboard, data_dir):
    sent: list[str] = []
    message = copy_to_clipboard("quote", osc52=sent.append)
    assert sent == ["quote"] and system_clipboard == ["quote"]
    assert "system clipboard" in message and "OSC 52" in message
    assert not (data_dir / "clipboard.txt").exists()


def test_clipboard_system_only(system_clipboard):
    assert copy_to_clipboard("quote") == "Copied to the system clipboard."
    assert system_clipboard == ["quote"]


def test_clipboard_osc52_unconfirmed_also_saves_a_file(no_system_clipboard, data_dir):
    sent: list[str] = []
    message = copy_to_clipboard("quote \x1b[31mred", osc52=sent.append)
    assert sent == ["quote red"]
    target = data_dir / "clipboard.txt"
    assert target.read_text() == "quote red"
    assert "OSC 52" in message and str(target) in message


def test_clipboard_falls_back_to_a_file(no_system_clipboard, tmp_path):
    def broken_terminal(text):
        raise RuntimeError("no terminal")

    target = tmp_path / "clip.txt"
    message = copy_to_clipboard("quote", osc52=broken_terminal, fallback_file=target)
    assert target.read_text() == "quote"
    assert message == f"No clipboard available; saved to {target}."


def test_clipboard_nothing_works(no_system_clipboard, tmp_path):
    with pytest.raises(ExportError) as error:
        copy_to_clipboard("quote", fallback_file=tmp_path)  # a folder: cannot be written
    assert str(tmp_path) in str(error.value)


# -- end to end ---------------------------------------------------------------------------------------


def test_crash_between_marking_and_export_loses_nothing(data_dir, tmp_path):
    corpus = tmp_path / "corpus"
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from pathlib import Path
        from test_export import LOANS, SOCHI, make_article
        from belreader.clips import ClipStore
        store = ClipStore()
        store.add_paragraph(make_article(SOCHI, "000_sochi", root=Path({str(corpus)!r})), 2, note="crash-safe")
        store.add_paragraph(make_article(LOANS, "economy/loans", root=Path({str(corpus)!r})), 1)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = {**os.environ, "BELREADER_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == -9, result.stderr

    with ClipStore() as store:
        passages = passages_from_clips(store.list())
    text = write_export(to_markdown(passages), tmp_path / "after-crash.md").read_text()
    assert "> That meeting ended with no concluding press conference and no joint communique." in text
    assert "para. 3" in text and "**Note:** crash-safe" in text
    assert "> Minsk asked Moscow for a further loan of one billion dollars." in text
    rows = list(csv.DictReader(io.StringIO(to_csv(passages), newline="")))
    assert [row["article_id"] for row in rows] == ["000_sochi", "economy/loans"]


def test_mentions_within_gives_the_entities_inside_each_passage(sochi):
    from dataclasses import dataclass

    @dataclass
    class Mention:  # the shape of belreader.nlp mentions
        entity_id: str
        text: str
        label: str
        start: int
        end: int
        paragraph: int

    def mention(text: str, paragraph: int) -> Mention:
        start = sochi.body.index(text, sochi.paragraphs[paragraph].start)
        return Mention(text.lower(), text, "PERSON", start, start + len(text), paragraph)

    mentions = {sochi.id: [mention("Lukashenka", 1), mention("Putin", 1), mention("Putin", 3)]}
    passages = passages_from_paragraphs(sochi, [1, 2, 3])
    orphan = passages_from_paragraphs(sochi, [1])[0]
    orphan.status = "orphaned"
    stranger = Passage(quote="x", article_id="unknown", article_path="/u", paragraph=0, start=0, end=1)
    records = json.loads(to_json([*passages, orphan, stranger], entities_for=mentions_within(mentions.get)))["passages"]
    assert [e["text"] for e in records[0]["entities"]] == ["Putin", "Lukashenka"]  # body order
    assert records[0]["entities"][0] == {
        "entity_id": "putin",
        "text": "Putin",
        "label": "PERSON",
        "start": mentions[sochi.id][1].start,
        "end": mentions[sochi.id][1].end,
        "paragraph": 2,  # 1-based, like the passage's own
    }
    assert records[1]["entities"] == []
    assert [e["text"] for e in records[2]["entities"]] == ["Putin"]
    assert records[3]["entities"] is None and records[4]["entities"] is None


def test_entity_records_without_a_text_field_get_one():
    passage = Passage(quote="q", article_id="a", article_path="/a", paragraph=0, start=0, end=1)
    record = json.loads(to_json([passage], entities_for=lambda p: [{"id": "e1", "name": "Minsk", "label": "GPE"}]))
    assert record["passages"][0]["entities"] == [{"text": "Minsk", "id": "e1", "name": "Minsk", "label": "GPE"}]


# -- citing cleanly (issue 13) ----------------------------------------------------------------------

MIXED = """Talks in Minsk

The minister said the loan would be repaid by 2030. Critics were not convinced, and they said so loudly.

“We will pay,” he insisted."""


@pytest.fixture
def mixed(tmp_path) -> Article:
    return make_article(MIXED, "talks", root=tmp_path / "corpus", url="https://news.test/talks")


def span_passage(article: Article, text: str) -> Passage:
    """A clip over `text` (its first occurrence), exported."""
    with ClipStore() as store:
        start = article.body.index(text)
        store.add(article, start, start + len(text))
        return passages_from_clips(store.list())[-1]


def test_markdown_renders_notes_tags_and_article_text_as_plain_text(tmp_path):
    from markdown_it import MarkdownIt

    note = (
        "<b>bold</b> and <script>alert(1)</script> https://tracker.test/pixel.png www.evil.test a@b.test\n"
        "\n"
        "    an indented line\n"
        "\ttabbed line\n"
        "1. not a list"
    )
    passage = Passage(
        quote="He said <i>so</i> at https://quoted.test/x",
        article_id="a",
        article_path="/corpus/a.txt",
        paragraph=0,
        start=0,
        end=10,
        title="<img src=x onerror=alert(1)>",
        url="https://news.test/a",
        note=note,
        tags=["<u>tag</u>", "www.tag.test"],
    )
    html = MarkdownIt("gfm-like").render(to_markdown([passage]))  # html and linkify on
    tags = set(re.findall(r"</?([a-z0-9]+)", html))
    assert tags <= {"h1", "p", "blockquote", "strong", "em", "hr", "a"}, html
    assert re.findall(r'href="([^"]*)"', html) == ["https://news.test/a"], html  # the citation only
    for text in ("<b>bold</b>", "<script>", "an indented line", "tabbed line", "1. not a list", "<u>tag</u>"):
        assert text.replace("<", "&lt;").replace(">", "&gt;") in html


def test_a_span_from_mid_sentence_is_quoted_with_ellipses(mixed, tmp_path):
    middle = span_passage(mixed, "the loan would be repaid")
    assert middle.starts_mid_sentence and middle.ends_mid_sentence
    assert middle.quotation == "…the loan would be repaid…"
    assert to_markdown([middle], heading=None).startswith("> …the loan would be repaid…\n")
    assert to_plain(middle).startswith("“…the loan would be repaid…”")
    record = json.loads(to_json([middle]))["passages"][0]
    assert record["quote"] == "the loan would be repaid"  # the exact words
    assert record["quotation"] == "…the loan would be repaid…"
    assert (record["starts_mid_sentence"], record["ends_mid_sentence"]) == (True, True)
    row = next(csv.DictReader(io.StringIO(to_csv([middle]).lstrip("\ufeff"))))
    assert row["quotation"] == "…the loan would be repaid…"

    sentence = span_passage(mixed, "Critics were not convinced, and they said so loudly.")
    assert sentence.quotation == "Critics were not convinced, and they said so loudly."
    head = span_passage(mixed, "The minister said the loan")
    assert head.quotation == "The minister said the loan…"
    tail = span_passage(mixed, "they said so loudly.")
    assert tail.quotation == "…they said so loudly."
    quoted = span_passage(mixed, "“We will pay,” he insisted.")
    assert quoted.quotation == "“We will pay,” he insisted."
    whole = passages_from_paragraphs(mixed, [1])[0]
    assert whole.quotation == whole.quote
    lower = make_article("T\n\nthe paragraph starts in lower case. Then more.", "lower", root=tmp_path / "corpus")
    assert passages_from_paragraphs(lower, [1])[0].quotation == "the paragraph starts in lower case. Then more."
    assert span_passage(lower, "the paragraph starts").quotation == "the paragraph starts…"
    abbreviated = make_article("T\n\nHe met officials, e.g. the minister, today.", "abbr", root=tmp_path / "corpus")
    assert span_passage(abbreviated, "the minister, today.").quotation == "…the minister, today."


def test_a_span_selected_inside_a_paragraph_passage_keeps_its_context(mixed):
    import dataclasses

    paragraph = passages_from_paragraphs(mixed, [1])[0]
    start = mixed.body.index("would be repaid")
    span = dataclasses.replace(paragraph, quote=mixed.body[start : start + 15], start=start, end=start + 15)
    assert span.quotation == "…would be repaid…"


def test_csv_starts_with_a_byte_order_mark_for_spreadsheets(tmp_path):
    passage = Passage(quote="“curly” ‘quotes’", article_id="a", article_path="/a.txt", paragraph=0, start=0, end=5)
    raw = write_export(to_csv([passage]), tmp_path / "x.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with (tmp_path / "x.csv").open(newline="", encoding="utf-8-sig") as handle:
        assert next(csv.DictReader(handle))["quote"] == "“curly” ‘quotes’"


def test_entity_paragraphs_are_1_based_like_the_passage(sochi):
    from dataclasses import dataclass

    @dataclass
    class Mention:
        entity_id: str
        text: str
        label: str
        start: int
        end: int
        paragraph: int  # 0-based, as belreader.nlp keeps it

    start = sochi.body.index("Putin", sochi.paragraphs[3].start)
    mentions = {sochi.id: [Mention("putin", "Putin", "PERSON", start, start + 5, 3)]}
    record = json.loads(to_json(passages_from_paragraphs(sochi, [3]), entities_for=mentions_within(mentions.get)))
    passage = record["passages"][0]
    assert passage["paragraph"] == 4 and passage["entities"][0]["paragraph"] == 4


def test_derived_titles_are_marked_in_every_export(tmp_path):
    article = make_article(
        "A loan was agreed in Minsk on Tuesday. It is large.\n\nMore text.",
        "untitled",
        root=tmp_path / "corpus",
        title="A loan was agreed in Minsk on Tuesday",
        title_derived=True,
    )
    with ClipStore() as store:
        store.add_paragraph(article, 1)
        clip_passage = passages_from_clips(store.list())[0]
    for passage in (clip_passage, passages_from_paragraphs(article, [1])[0]):
        assert passage.title_derived
        assert "A loan was agreed in Minsk on Tuesday [title derived from the text]" in to_plain(passage)
        assert "[title derived from the text]" in to_markdown([passage]).replace("\\", "")
        record = json.loads(to_json([passage]))["passages"][0]
        assert record["title"] == "A loan was agreed in Minsk on Tuesday" and record["title_derived"] is True
        row = next(csv.DictReader(io.StringIO(to_csv([passage]).lstrip("\ufeff"))))
        assert row["title_derived"] == "yes"


def test_an_export_records_its_query_project_and_date(loans, tmp_path):
    from belreader.export import ExportInfo

    passages = passages_from_paragraphs(loans, [1])
    info = ExportInfo(query='loan "one billion"', project="/data/belarus", exported_at="2026-05-01T10:00:00+00:00")
    md = render(passages, "md", info=info)
    assert 'loan "one billion"' in md and "/data/belarus" in md and "2026-05-01T10:00:00+00:00" in md
    document = json.loads(render(passages, "json", info=info))
    assert (document["query"], document["project"], document["exported_at"]) == (
        'loan "one billion"',
        "/data/belarus",
        "2026-05-01T10:00:00+00:00",
    )
    row = next(csv.DictReader(io.StringIO(render(passages, "csv", info=info).lstrip("\ufeff"))))
    assert (row["export_query"], row["export_project"], row["exported_at"]) == (
        'loan "one billion"',
        "/data/belarus",
        "2026-05-01T10:00:00+00:00",
    )
    assert "/data/belarus" in render(passages, "bib", info=info)  # a comment above the entries
    clips_doc = json.loads(render(passages, "json", info=ExportInfo(project="/data/belarus")))
    assert clips_doc["query"] is None and clips_doc["project"] == "/data/belarus" and clips_doc["exported_at"]


def test_export_formats_are_enumerated_once():
    from belreader import export

    assert list(export.FORMAT_NAMES) == list(export.FORMATS)
    assert {"md", "json", "csv", "csl", "bib", "ris"} <= set(export.FORMATS)
    assert all(fmt in export.FORMAT_EXTENSIONS for fmt in export.FORMATS)
    for fmt in export.FORMATS:
        render([], fmt)  # every format renders, even nothing


def test_citations_of_the_articles_behind_an_export(sochi, loans, tmp_path):
    from belreader.citations import parse_date, parse_names
    from belreader.export import ExportInfo

    passages = [*passages_from_paragraphs(sochi, [1, 2]), *passages_from_paragraphs(loans, [1])]
    info = ExportInfo(query="loan", project="/data/belarus", exported_at="2026-05-01T10:00:00+00:00")

    items = json.loads(render(passages, "csl", info=info))
    assert [item["id"] for item in items] == ["000_sochi", "economy/loans"]  # one per article
    assert items[0] == {
        "id": "000_sochi",
        "type": "article-newspaper",
        "title": "Lukashenko Holds His Own With Putin in Sochi",
        "author": [{"family": "Ioffe", "given": "Grigory"}],
        "container-title": "Eurasia Daily Monitor",
        "issued": {"date-parts": [[2020, 9, 16]]},
        "archive_location": str(sochi.path),
    }
    assert items[1]["URL"] == "https://news.test/loans" and items[1]["accessed"] == {"date-parts": [[2026, 5, 1]]}

    bib = render(passages, "bib", info=info)
    assert "@article{ioffe2020lukashenko,\n" in bib
    assert "  author = {Ioffe, Grigory},\n  journal = {Eurasia Daily Monitor},\n" in bib
    assert "  year = {2020},\n  month = sep,\n" in bib
    assert "@misc{" in bib and "  url = {https://news.test/loans},\n  urldate = {2026-05-01}" in bib
    assert bib.count("@") == 2 and bib.count("{") == bib.count("}")

    ris = render(passages, "ris", info=info)
    records = ris.split("ER  -\r\n")
    assert len(records) == 3 and records[2] == ""
    assert "TY  - NEWS\r\n" in records[0] and "AU  - Ioffe, Grigory\r\n" in records[0]
    assert "T2  - Eurasia Daily Monitor\r\n" in records[0] and "DA  - 2020/09/16/\r\n" in records[0]
    assert "TY  - ELEC\r\n" in records[1] and "UR  - https://news.test/loans\r\n" in records[1]

    hostile = Passage(
        quote="q",
        article_id="x",
        article_path="/x.txt",
        paragraph=0,
        start=0,
        end=1,
        title="50% off {all} \\ items_#1 & more\x1b[2J",
        author="Reuters",
        url="javascript:alert(1)",
        title_derived=True,
    )
    bib = render([hostile], "bib")
    assert r"50\% off \{all\} \textbackslash{} items\_\#1 \& more" in bib and "\x1b" not in bib
    assert "javascript" not in bib and "author = {{Reuters}}" in bib and "derived" in bib
    assert "javascript" not in render([hostile], "csl") and "javascript" not in render([hostile], "ris")

    assert [(n.family, n.given, n.literal) for n in parse_names("Anna Smith and Jan de Vries; BBC News")] == [
        ("Smith", "Anna", ""),
        ("Vries", "Jan de", ""),
        ("", "", "BBC News"),
    ]
    assert [(n.family, n.given) for n in parse_names("Ioffe, Grigory")] == [("Ioffe", "Grigory")]
    assert parse_date("16 September 2020") == (2020, 9, 16)
    assert parse_date("2020-09") == (2020, 9) and parse_date("2020-13-40") is None and parse_date("soon") is None


def test_paths_and_citations_are_exact_in_every_export_while_article_text_stays_text(tmp_path):
    from markdown_it import MarkdownIt

    path = "/corpus/bbc_news/business/326.txt"  # a dot, an underscore: Markdown would escape both
    passage = Passage(
        quote="Shares *rose* 5.2% at example.com [see] `code` # not a heading",
        article_id="business/326",
        article_path=path,
        paragraph=2,
        start=0,
        end=10,
        title="Firm_name plc beats forecasts",
        publisher="BBC",
    )
    text = to_markdown([passage])
    citation = next(line for line in text.split("\n") if line.startswith("— "))
    assert citation.endswith(f", para. 3, `{path}`")  # the path as on disk: no "326\\.txt"
    html = MarkdownIt("gfm-like").render(text)
    assert f"<code>{path}</code>" in html  # and rendered exactly, not as a link
    assert "href" not in html
    # the article's text is still text: no emphasis, link, code or heading made of it
    assert "Shares *rose* 5.2% at example.com [see] `code` # not a heading" in html
    assert "<em>" not in html and "<code>code</code>" not in html
    row = next(csv.DictReader(io.StringIO(to_csv([passage]).lstrip("\ufeff"))))
    assert row["article_path"] == path and row["title"] == passage.title  # CSV: as it is
    record = json.loads(to_json([passage]))["passages"][0]
    assert record["article_path"] == path and record["citation"].endswith(f"para. 3, {path}")
    assert to_plain(passage).rstrip().endswith(f"para. 3, {path}")
