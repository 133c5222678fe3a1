"""Article text is data: markup is shown literally; escapes, controls and bidi marks never reach the terminal."""

from __future__ import annotations

import html
import json
import re

from textual.events import Paste
from textual.widgets import Input

from belreader.text import display, display_same_length
from belreader.tui.app import make_app
from belreader.tui.widgets.article_list import ArticleList
from belreader.tui.widgets.article_view import ArticleView

from tui_util import settle

MARKUP = "[bold red]x[/]"
LINK = "[link=file:///etc/passwd]y[/link]"
ARTICLE = (
    f"Title with {MARKUP} in it\x1b]0;pwned\x07\n\n"
    f"Lukashenka met Putin. The text has {MARKUP} and {LINK} in it.\x07\n\n"
    "A clipboard grab \x1b]52;c;ZXZpbA==\x07 and colour \x1b[31mred\x1b[0m and a bell \x07 here.\n"
)


def screen_text(app) -> str:
    svg = app.export_screenshot()
    text = re.sub(r"<[^>]+>", "", svg)
    return html.unescape(text).replace("\xa0", " ")


def test_clean_shows_escape_sequences_and_controls_visibly():
    # The UI shows strings through the one display sanitiser (belreader.text.display): nothing is
    # dropped silently, nothing reaches the terminal raw.
    dirty = "a\x1b]52;c;ZXZpbA==\x07b\x1b[31mc\x1b[0m\x07d\x1b\\e\x00f\u202eg"
    assert display(dirty) == "a␛]52;c;ZXZpbA==␇b␛[31mc␛[0m␇d␛\\e␀f<U+202E>g"


def test_clean_keep_offsets_keeps_length():
    dirty = "a\x07b\x1bc\x00d"
    assert display_same_length(dirty) == "a b c d"
    assert len(display_same_length(dirty)) == len(dirty)


async def test_markup_in_an_article_is_shown_literally(tmp_path, shared_analysis_cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.txt").write_bytes(ARTICLE.encode("utf-8"))
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert app.query_one(ArticleList).visible_ids == ["evil"]
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.article.id == "evil"
        shown = "\n".join(view.paragraph_plain(p.index) for p in view.article.paragraphs)
        assert MARKUP in shown and LINK in shown
        for paragraph in view.paragraph_widgets():
            for span in paragraph.text.spans:
                style = span.style
                assert not getattr(style, "link", None), "no link was created from the text"
        on_screen = screen_text(app)
        assert MARKUP in on_screen
        assert LINK in on_screen
        assert f"Title with {MARKUP} in it" in on_screen
        for control in ("\x1b", "\x07", "pwned", "ZXZpbA"):
            assert control not in on_screen
            assert control not in shown


async def test_markup_in_metadata_and_queries_is_literal_in_the_palette(tmp_path, shared_analysis_cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "evil.md").write_text(
        '---\ntitle: Plain title\npublisher: "[/] [bold]Evil Press[/bold]"\n---\nLukashenka met Putin about a loan.\n',
        encoding="utf-8",
    )
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.state.remember_query("loan [/]")  # a valid query with markup-like text, as a recent search
        app.action_command_palette()
        await pilot.pause(0.5)
        assert "search: loan [/]" in screen_text(app)  # the recent search, literally
        await pilot.press(*"open")
        await pilot.pause(0.5)
        on_screen = screen_text(app)
        assert "open: Plain title" in on_screen
        assert "[/] [bold]Evil Press[/bold]" in on_screen  # its help line names the publisher literally


# --------------------------------------------------------------------------- outside strings

OSC52 = "\x1b]52;c;ZXZpbA==\x07"
RAW_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


def _raw_controls(text: str) -> list[str]:
    return sorted({f"U+{ord(c):04X}" for c in RAW_CONTROL.findall(text.replace("\n", ""))})


def _hostile_corpus(tmp_path):
    """A plain-text article (no publisher, no date: the palette's help line is its id) named
    with OSC 52, a bidi override and a newline, next to a normal one."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile_id = f"grab{OSC52}\u202eevil\nline"
    (corpus / f"{hostile_id}.txt").write_text("Loan talks\n\nLukashenka met Putin about a loan.\n", encoding="utf-8")
    (corpus / "plain.txt").write_text("Other news\n\nNothing about money.\n", encoding="utf-8")
    return corpus, hostile_id


async def test_palette_shows_a_hostile_article_id_visibly(tmp_path, shared_analysis_cache):
    corpus, hostile_id = _hostile_corpus(tmp_path)
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert hostile_id in app.query_one(ArticleList).visible_ids
        app.action_command_palette()
        await pilot.pause(0.5)
        await pilot.press(*"open")
        await pilot.pause(0.5)
        on_screen = screen_text(app)
        assert "open: Loan talks" in on_screen
        assert "grab␛]52;c;ZXZpbA==␇<U+202E>evil␊line" in on_screen  # the help line: the id, visibly
        assert _raw_controls(on_screen) == []


async def test_inputs_prefilled_from_saved_state_never_hold_controls(tmp_path, shared_analysis_cache):
    corpus, _ = _hostile_corpus(tmp_path)
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    (state_dir / "state.json").write_text(
        json.dumps(
            {"corpus": str(corpus.resolve()), "query": f"loan{OSC52}\u202e", "recent_queries": [f"money{OSC52}\u2066"]}
        ),
        encoding="utf-8",
    )
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=state_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        search = app.query_one("#search", Input)
        assert search.value == "loan␛]52;c;ZXZpbA==␇<U+202E>"
        assert _raw_controls(screen_text(app)) == []
        search.focus()
        await pilot.pause()
        # A paste is sanitised the same way, and the cursor ends after what was pasted.
        search.value = ""
        search.post_message(Paste(f"x{OSC52}\u202ey"))
        await pilot.pause(0.2)
        assert search.value == "x␛]52;c;ZXZpbA==␇<U+202E>y"
        assert search.cursor_position == len(search.value)
        app.action_command_palette()
        await pilot.pause(0.5)
        on_screen = screen_text(app)
        assert "search: money␛]52;c;ZXZpbA==␇<U+2066>" in on_screen  # the recent search, visibly
        assert _raw_controls(on_screen) == []


async def test_clip_notes_and_tags_are_shown_and_edited_safely(tmp_path, shared_analysis_cache):
    from belreader.clips import ClipStore
    from belreader.index import CorpusIndex
    from belreader.tui.screens.clips import ClipsScreen, NoteDialog

    corpus, hostile_id = _hostile_corpus(tmp_path)
    index = CorpusIndex(corpus, tmp_path / "index")
    index.update(procs=1)
    note = f"note{OSC52}\nforged\u202e"
    ClipStore().add_paragraph(index.load_article(hostile_id), 0, note=note, tags=["tag\x1b[31m", "t\u2066ag"])
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("C")
        await settle(app, pilot)
        assert isinstance(app.screen, ClipsScreen)
        on_screen = screen_text(app)
        assert "note␛]52;c;ZXZpbA==␇␊forged<U+202E>" in on_screen
        assert "tag␛[31m, t<U+2066>ag" in on_screen
        assert _raw_controls(on_screen) == []
        await pilot.press("n")
        await pilot.pause(0.3)
        assert isinstance(app.screen, NoteDialog)
        values = [app.screen.query_one("#note-input", Input).value, app.screen.query_one("#tags-input", Input).value]
        # One-line inputs: the line break becomes a space, the rest its visible stand-in.
        assert values == ["note␛]52;c;ZXZpbA==␇ forged<U+202E>", "tag␛[31m, t<U+2066>ag"]
        assert _raw_controls(screen_text(app)) == []


async def test_a_corrupt_state_file_is_moved_aside_and_said_once(tmp_path, shared_analysis_cache):
    corpus, _ = _hostile_corpus(tmp_path)
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    (state_dir / "state.json").write_text("[" * 100_000, encoding="utf-8")  # too deep for the parser
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=state_dir)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 2
        said = [n.message for n in app._notifications if "state" in n.message]
        assert len(said) == 1 and "state.json.corrupt-" in said[0] and "fresh" in said[0]
    moved = list(state_dir.glob("state.json.corrupt-*"))
    assert len(moved) == 1 and moved[0].read_text(encoding="utf-8") == "[" * 100_000
