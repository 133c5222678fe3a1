"""Session 43, ux43: the reader as an analyst uses it (/work/wt/notes/UX43_findings.md)."""

from __future__ import annotations

from textual.widgets import Input

from belreader.tui.widgets.article_list import ArticleList
from belreader.tui.widgets.article_view import ArticleView

from tui_util import SEED_000, WIDE, open_article, settle, stored, until

# -- D9 (session 42): a restored reader's focus -------------------------------------------------


async def _quit(app, pilot) -> None:
    await settle(app, pilot)
    await pilot.press("q")
    await settle(app, pilot)


async def test_a_restored_article_has_the_focus_it_had_at_quit(app_factory):
    """The last article came back with the focus in the list: `space` (mark) did nothing until tab."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await _quit(app, pilot)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await until(app, pilot, lambda: app.reader.article is not None)
        await settle(app, pilot)
        assert app.reader.article.id == SEED_000
        assert isinstance(app.focused, ArticleView), app.focused
        await pilot.press("space")
        await settle(app, pilot)
        assert [clip.article_id for clip in stored()] == [SEED_000]


async def test_the_list_keeps_the_focus_when_it_had_it(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        app.query_one(ArticleList).focus()
        await _quit(app, pilot)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await until(app, pilot, lambda: app.reader.article is not None)
        await settle(app, pilot)
        assert isinstance(app.focused, ArticleList), app.focused


async def test_the_search_box_gets_the_focus_back(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"harbour")
        await _quit(app, pilot)  # q is typed in the box: ctrl+q quits from it
        if app.is_running:
            await pilot.press("ctrl+q")
            await settle(app, pilot)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await settle(app, pilot)
        assert isinstance(app.focused, Input) and app.focused.id == "search", app.focused
