"""Article text is data: markup and terminal escapes in files are shown literally or stripped."""

from __future__ import annotations

import html
import re


from tui_util import settle

from belreader.tui.app import make_app
from belreader.tui.rendering import clean, clean_keep_offsets
from belreader.tui.widgets.article_list import ArticleList
from belreader.tui.widgets.article_view import ArticleView

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


def test_clean_removes_escape_sequences_and_controls():
    dirty = "a\x1b]52;c;ZXZpbA==\x07b\x1b[31mc\x1b[0m\x07d\x1b\\e\x00f\u202eg"
    assert clean(dirty) == "abcdefg"


def test_clean_keep_offsets_keeps_length():
    dirty = "a\x07b\x1bc\x00d"
    assert clean_keep_offsets(dirty) == "a b c d"
    assert len(clean_keep_offsets(dirty)) == len(dirty)


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
        "---\ntitle: Plain title\npublisher: \"[/] [bold]Evil Press[/bold]\"\n---\nLukashenka met Putin about a loan.\n",
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
