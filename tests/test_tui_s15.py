"""Reader defects found in session 15 (Pilot). Each test failed before its fix."""

from __future__ import annotations

import time

from belreader.library import Library
from belreader.state import UIState, save_state

from tui_util import WIDE, settle, until


async def test_the_restored_article_is_not_replaced_by_the_restored_searchs_preview(
    app_factory, indexed_seed_corpus, tmp_path, monkeypatch
):
    """The saved place is an article and a search: the search's top hit arriving while the saved
    article is still loading must not take its place (CI saw this on a project switch)."""
    corpus, index_dir = indexed_seed_corpus
    query = "Lukashenko"
    top = Library(corpus, index_dir).search(query).hits[0].id
    saved = next(s.id for s in Library(corpus, index_dir).summaries() if s.id != top)
    save_state(UIState(corpus=str(corpus), article_id=saved, query=query), tmp_path / "state" / "state.json")
    original = Library.load_article

    def slow_load(self, article_id):  # the saved article loads slowly; the hits come first
        if article_id == saved:
            time.sleep(2.5)
        return original(self, article_id)

    monkeypatch.setattr(Library, "load_article", slow_load)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await until(app, pilot, lambda: app.reader.article is not None and app.reader.results is not None)
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert app.reader.results.total > 0
        assert app.reader.article.id == saved
        assert not app.reader._previewing  # the user's place, marked read as usual
