"""Each corpus is a project in the reader too (issue 13, defect 8): its reading place and its
search history are its own, and opening another corpus neither shows nor overwrites them."""

from __future__ import annotations

import shutil

from belreader.library import Library
from belreader.tui.app import make_app

from tui_util import SEED_000, SEED_003, WIDE, open_article, settle


async def _read(corpus, index_dir, article_id: str, query: str | None = None):
    app = make_app(corpus=corpus, index_dir=index_dir)  # no state_dir: the project's own
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot, article_id)
        if query:
            app.reader.run_query(query)
            await settle(app, pilot)
            await pilot.press("enter")  # opens the top hit: the query joins the project's history
            await settle(app, pilot)
        opened = app.reader.article.id if app.reader.article else None
        await pilot.press("q")
    return app, opened


async def test_each_corpus_keeps_its_own_reading_place_and_history(indexed_seed_corpus, tmp_path):
    corpus, index_dir = indexed_seed_corpus
    other = tmp_path / "other"
    other.mkdir()
    for path in sorted(corpus.iterdir())[:2]:
        shutil.copy2(path, other / path.name)

    _, opened = await _read(corpus, index_dir, SEED_003, "loan")
    assert opened is not None
    _, _ = await _read(other, tmp_path / "other-index", SEED_000)

    first, second = Library(corpus, index_dir), Library(other, tmp_path / "other-index")
    assert first.state_path != second.state_path
    assert first.read_state()[0].article_id == opened  # not the other corpus's article
    assert second.read_state()[0].article_id == SEED_000
    assert first.search_history()[:1] == ["loan"]
    assert "loan" not in second.search_history()

    app = make_app(corpus=corpus, index_dir=index_dir)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article.id == opened  # back where it was
