"""Shared by the reader's Pilot tests (imported as `from tui_util import ...`, like nlp_util)."""

from __future__ import annotations

from textual.worker import WorkerCancelled, WorkerFailed

SEED_000 = "000_080d1da5f101e41c"
SEED_003 = "003_30002c4a879dc3c8"
WIDE = (120, 36)


async def settle(app, pilot, rounds: int = 4) -> None:
    """Let workers finish and their messages be handled (a worker may start another)."""
    for _ in range(rounds):
        try:
            await app.workers.wait_for_complete()
        except (WorkerFailed, WorkerCancelled):
            pass  # the app reports worker errors itself; tests assert on that
        await pilot.pause()


async def until(app, pilot, condition, rounds: int = 120) -> None:
    """Settle until `condition()` holds (a search starts after a short debounce, so no worker may be
    running yet when `settle` returns), at most `rounds` times."""
    for _ in range(rounds):
        if condition():
            return
        await settle(app, pilot)
        await pilot.pause(0.05)


async def search(app, pilot, query: str) -> None:
    """Type `query` in the search box and wait for its results (the search is debounced: a plain
    `settle` may return before its worker starts)."""
    await pilot.press("slash", *query)
    await until(app, pilot, lambda: app.reader.results is not None and app.reader.results.query == query)


async def open_screen(app, pilot, key: str, kind):
    """Press `key` once the app has settled and return the screen it opens, of type `kind`."""
    await settle(app, pilot)
    await pilot.press(key)
    await settle(app, pilot)
    assert isinstance(app.screen, kind), app.screen
    return app.screen


async def open_article(app, pilot, article_id: str = SEED_000):
    """Open `article_id`, wait for it (and its analysis), and focus the article view."""
    from belreader.tui.widgets.article_view import ArticleView

    await settle(app, pilot)
    app.reader.open_article(article_id)
    await settle(app, pilot)
    view = app.query_one(ArticleView)
    view.focus()
    await pilot.pause()
    return view


def type_at_once(app, keys: str) -> None:
    """Send every key to the app at once, as a terminal delivers keys typed (or pasted) while
    the reader is busy: none is handled before the next arrives."""
    from textual import events

    names = {"\x1b": "escape", "\t": "tab", "\r": "enter", "/": "slash", ":": "colon", " ": "space"}
    for key in keys:
        name = names.get(key, key)
        event = events.Key(name, key)
        event.set_sender(app)
        app._driver.send_message(event)


def stored() -> list:
    """The clips the reader saved: in its project's database (the one project of the test's data
    dir), read through a fresh `ClipStore` (what another process would see)."""
    from belreader import config
    from belreader.clips import ClipStore

    paths = list((config.data_dir() / "projects").glob("*/clips.sqlite3"))
    if not paths:
        return []
    (path,) = paths
    with ClipStore(path) as store:
        return store.list()


def notifications(app) -> list[str]:
    """The messages of the notifications the app is showing."""
    return [n.message for n in app._notifications]
