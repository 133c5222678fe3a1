"""The reader on an index built without NLP opens it as it is (no rebuild) and, with analysis
off, analyses nothing: not even the article you open (issue 10 item 11: a 19 MB article's
analysis took hours and held gigabytes)."""

from __future__ import annotations

from belreader.index import CorpusIndex
from belreader.tui.app import make_app
from belreader.tui.widgets.article_list import ArticleList

from tui_util import settle


async def test_reader_opens_a_no_nlp_index_without_rebuilding(seed_corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "index"
    CorpusIndex(seed_corpus, index_dir, analysis=False).update()
    instance = (index_dir / "belreader-index.json").read_text()
    app = make_app(corpus=seed_corpus, index_dir=index_dir, state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 5
        from belreader import nlp

        def refuse(*args, **kwargs):
            raise AssertionError("analysis ran with analysis off")

        monkeypatch.setattr(nlp, "analyze_many", refuse)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.analysis is None
        assert "Analysis is off" in str(app.query_one("#sources-text").render())
    assert (index_dir / "belreader-index.json").read_text() == instance  # not rebuilt
