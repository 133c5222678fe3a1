"""Read and starred articles in the reader (issue 13, newsboat's): an article opened is read,
`*` stars and unstars, the list and the hits show the marks, `o` opens the article's URL."""

from __future__ import annotations

import webbrowser

from belreader.library import Library
from belreader.tui.widgets.article_list import STARRED, UNREAD, ArticleList, HitList

from tui_util import SEED_000, SEED_003, WIDE, open_article, settle


def _marker(articles: ArticleList, article_id: str) -> str:
    row = articles.visible_ids.index(article_id)
    strip = articles._render_row(articles.rows[row], 30, False)[0]
    return strip.text[0]


async def test_opened_articles_become_read_and_star_toggles(app_factory, indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        articles = app.query_one(ArticleList)
        assert _marker(articles, SEED_000) == UNREAD
        await open_article(app, pilot, SEED_000)
        assert _marker(articles, SEED_000) == " "  # read now
        assert _marker(articles, SEED_003) == UNREAD
        await pilot.press("asterisk")  # the open article
        await settle(app, pilot)
        assert _marker(articles, SEED_000) == STARRED
        articles.focus()
        articles.select_article(SEED_003)
        await pilot.press("asterisk")  # the list's highlighted article, not the open one
        await settle(app, pilot)
        assert _marker(articles, SEED_003) == STARRED
        await pilot.press("asterisk")
        await settle(app, pilot)
        assert _marker(articles, SEED_003) == UNREAD  # unstarred, still unread
    library = Library(corpus, index_dir)  # the project's marks: `belreader list --starred` sees them
    assert library.starred_ids() == [SEED_000]
    assert library.read_ids() == {SEED_000}

    app = app_factory()  # a new session shows them
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        articles = app.query_one(ArticleList)
        assert _marker(articles, SEED_000) == STARRED and _marker(articles, SEED_003) == UNREAD


async def test_hits_show_the_marks(app_factory, indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    Library(corpus, index_dir).star(SEED_000)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.run_query("lukashenka")
        await settle(app, pilot)
        hits = app.query_one(HitList)
        prompts = {o.id: str(o.prompt) for o in hits._options}
        assert prompts[SEED_000].split()[0].endswith(STARRED)
        assert all(p.split()[0].endswith(UNREAD) for i, p in prompts.items() if i != SEED_000)


async def test_o_opens_the_url_or_says_there_is_none(app_factory, indexed_seed_corpus, monkeypatch):
    corpus, index_dir = indexed_seed_corpus
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: opened.append(url) or True)
    page = corpus / "zz_with_url.md"
    page.write_text("---\ntitle: A page\nurl: https://example.org/a-page\n---\n\nSome text about Minsk.\n")
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot, SEED_000)
        await pilot.press("o")
        await settle(app, pilot)
        assert opened == []
        assert any("no web address" in str(n.message) for n in app._notifications)
        page_id = next(s.id for s in app.reader.summaries if s.title == "A page")
        await open_article(app, pilot, page_id)
        await pilot.press("o")
        await settle(app, pilot)
        assert opened == ["https://example.org/a-page"]
        assert any("Opened in the browser" in str(n.message) for n in app._notifications)


async def test_palette_filters_to_starred_and_unread(app_factory, indexed_seed_corpus):
    from belreader.tui.commands import COMMAND_SOURCES

    corpus, index_dir = indexed_seed_corpus
    Library(corpus, index_dir).star(SEED_003)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot, SEED_000)
        commands = {c.name: c for source in COMMAND_SOURCES for c in source(app)}
        commands["view: starred articles"].callback()
        await pilot.pause()
        articles = app.query_one(ArticleList)
        assert articles.visible_ids == [SEED_003]
        commands["view: unread articles"].callback()
        await pilot.pause()
        assert SEED_000 not in articles.visible_ids and len(articles.visible_ids) == len(app.reader.summaries) - 1
        await pilot.press("x")
        assert len(articles.visible_ids) == len(app.reader.summaries)


async def test_z_maximises_the_article_and_back(app_factory):

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot, SEED_000)
        narrow_width = view.region.width
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is view and view.region.width == WIDE[0]
        assert app.query_one("#left").region.width == 0
        await pilot.press("j")  # the paragraph cursor still moves
        assert view.has_focus
        await pilot.press("z")
        await pilot.pause()
        assert app.screen.maximized is None and view.region.width == narrow_width


async def test_star_pressed_twice_quickly_saves_in_order(app_factory, indexed_seed_corpus):
    """Two quick `*`: the second write waits for the first (or is merged with it), so the
    file ends as the list shows (unstarred), never starred by a slow first write landing last."""
    import threading
    import time

    corpus, index_dir = indexed_seed_corpus
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot, SEED_000)
        library = app.reader.library
        real_star = library.star
        active: list[int] = []  # writes under way
        overlapped: list[bool] = []
        calls: list[bool] = []
        guard = threading.Lock()

        def slow_star(article_ids, starred=True):
            with guard:
                overlapped.append(bool(active))
                active.append(1)
                calls.append(starred)
                first = len(calls) == 1
            try:
                if first:
                    time.sleep(0.3)  # the first write is slow (a busy disk)
                return real_star(article_ids, starred)
            finally:
                with guard:
                    active.pop()

        library.star = slow_star
        await pilot.press("asterisk", "asterisk")
        await settle(app, pilot)
        assert _marker(app.query_one(ArticleList), SEED_000) == " "  # unstarred on screen
        assert not any(overlapped)
        assert calls in ([], [True, False], [False])
    assert Library(corpus, index_dir).starred_ids() == []  # ...and on disk
