"""The reader's search pane (issue 13): hits paged in as the list is walked, phrases highlighted and
stepped as units, field searches read in context, history and saved searches, the did-you-mean."""

from __future__ import annotations

from textual.widgets import Static

from belreader.tui.app import make_app
from belreader.tui.widgets.article_list import HitList
from belreader.tui.widgets.article_view import ArticleView

from tui_util import WIDE, settle


def message_text(app) -> str:
    return str(app.query_one("#search-message", Static).render())


def many_articles(corpus, count: int) -> None:
    """`count` short articles that all mention a loan, each in its own words (no duplicates)."""
    corpus.mkdir()
    for n in range(count):
        (corpus / f"a{n:03}.txt").write_text(
            f"Report number {n}\n\nThe loan of {n + 1} million was discussed in meeting {n} by delegation {n}.\n",
            encoding="utf-8",
        )


async def search_for(app, pilot, query: str) -> None:
    await pilot.press("slash")
    app.query_one("#search").value = query
    await pilot.pause(0.3)
    await settle(app, pilot)


# --------------------------------------------------------------------------- defect 3: paging


async def test_hits_past_the_first_page_load_as_the_list_is_walked(tmp_path):
    corpus = tmp_path / "corpus"
    many_articles(corpus, 45)
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot, rounds=8)
        await search_for(app, pilot, "loan")
        hits = app.query_one(HitList)
        assert app.reader.results.total == 45
        assert hits.option_count == 20
        assert "hits 1–20 of 45" in message_text(app)
        hits.focus()
        await pilot.press("end")  # the last hit shown: the next page is fetched
        await settle(app, pilot)
        assert hits.option_count == 40
        assert hits.highlighted == 19, "loading more keeps the highlighted hit"
        await pilot.press("down")
        await settle(app, pilot)
        assert hits.highlighted == 20
        assert "hits 21–40 of 45" in message_text(app)
        ranks = [hit.rank for hit in app.reader.results.hits]
        assert ranks == list(range(1, 41))
        assert len({hit.id for hit in app.reader.results.hits}) == 40
        assert all(hit.snippets for hit in app.reader.results.hits), "later pages have snippets too"
        await pilot.press("end")
        await settle(app, pilot)
        assert hits.option_count == 45  # the last page
        await pilot.press("end")
        await settle(app, pilot)
        assert hits.option_count == 45 and "hits 41–45 of 45" in message_text(app)
        # a new query starts again at its first page
        await search_for(app, pilot, "delegation")
        assert app.query_one(HitList).option_count == 20 and "hits 1–20 of 45" in message_text(app)


async def test_scrolling_the_hits_to_the_bottom_loads_more(tmp_path):
    corpus = tmp_path / "corpus"
    many_articles(corpus, 30)
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot, rounds=8)
        await search_for(app, pilot, "loan")
        hits = app.query_one(HitList)
        assert hits.option_count == 20
        hits.scroll_end(animate=False, immediate=True)
        await pilot.pause()
        await settle(app, pilot)
        assert hits.option_count == 30
        assert hits.highlighted == 0, "scrolling moves no highlight"
