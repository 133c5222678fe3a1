"""Keys that arrive together (typed while the reader is busy, or pasted) are handled in the order
they were typed, each by the widget that has the focus when its turn comes."""

from __future__ import annotations

from belreader.tui.widgets.article_list import ArticleList

from tui_util import WIDE, settle, type_at_once


async def typed(app, pilot, keys: str, expected: str) -> None:
    """Type `keys` at once and give them time (a busy machine) to reach the search box."""
    type_at_once(app, keys)
    for _ in range(40):
        await pilot.pause(0.1)
        if app.query_one("#search").value == expected:
            break
    await settle(app, pilot)


async def test_escape_typed_just_before_slash_does_not_clear_what_follows(app_factory):
    """`esc esc / Putin` at once: the escapes were handled after `/` (a priority binding) had moved
    the focus and the letters were typed, so the second escape emptied the box again."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.query_one(ArticleList).focus()
        await pilot.pause()
        await typed(app, pilot, "\x1b\x1b/Putin", "Putin")
        assert app.query_one("#search").value == "Putin"
        assert app.reader.query_text == "Putin"


async def test_tab_typed_just_before_slash_leaves_the_focus_in_the_box(app_factory):
    """Tab's focus move, handled after `/`, took the focus out of the box the letters went to."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.query_one(ArticleList).focus()
        await pilot.pause()
        await typed(app, pilot, "\t/loan", "loan")
        search = app.query_one("#search")
        assert search.value == "loan" and search.has_focus


async def test_keys_typed_after_one_that_opens_a_screen_go_to_that_screen(app_factory):
    """`?` opens the help; the esc typed right behind it closes it. Both used to go to the reader's
    list (the help was not open yet when they arrived): the help stayed open over the search."""
    from belreader.tui.screens.help import HelpScreen

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.query_one(ArticleList).focus()
        await pilot.pause()
        await typed(app, pilot, "?\x1b/loan", "loan")
        assert not isinstance(app.screen, HelpScreen), "esc closed the help"
        assert app.screen is app.reader and app.query_one("#search").value == "loan"


async def test_a_slash_typed_fast_in_the_box_stays_where_it_was_typed(app_factory):
    """Found typing `loan~2/0` while the reader was busy: the box held "/loan~20". `/` (a
    priority binding) typed its slash at once, before the letters typed ahead of it."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.query_one("#search").focus()
        await pilot.pause()
        await typed(app, pilot, "RFE/RL loan~2/3", "RFE/RL loan~2/3")
        assert app.query_one("#search").value == "RFE/RL loan~2/3"
