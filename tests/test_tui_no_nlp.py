"""The reader on an index built without NLP opens it as it is (no rebuild) and still analyses
the article you open."""

from __future__ import annotations

from belreader.index import CorpusIndex
from belreader.tui.app import make_app
from belreader.tui.widgets.article_list import ArticleList

from tui_util import settle


async def test_reader_opens_a_no_nlp_index_without_rebuilding(seed_corpus, tmp_path):
    index_dir = tmp_path / "index"
    CorpusIndex(seed_corpus, index_dir, analysis=False).update()
    instance = (index_dir / "belreader-index.json").read_text()
    app = make_app(corpus=seed_corpus, index_dir=index_dir, state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 5
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.article is not None
    assert (index_dir / "belreader-index.json").read_text() == instance  # not rebuilt
