"""One keystroke in the reader's search box is one parse and one evaluation (issue 12): the
snippets and the open article's highlights come from the same match."""

from __future__ import annotations

from belreader.search import language
from belreader.search.whoosh.backend import WhooshReader

from tui_util import WIDE, open_article, settle


async def test_one_search_is_one_parse_and_one_evaluation(app_factory, monkeypatch):
    parses: list[str] = []
    runs: list[str] = []
    real_parse, real_run = language.parse, WhooshReader.run

    def counting_parse(text, *args, **kwargs):
        parses.append(text)
        return real_parse(text, *args, **kwargs)

    def counting_run(self, prepared, **kwargs):
        runs.append(prepared.text)
        return real_run(self, prepared, **kwargs)

    monkeypatch.setattr(language, "parse", counting_parse)
    monkeypatch.setattr(WhooshReader, "run", counting_run)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)  # an article is open: its highlights come from the search too
        await pilot.press("slash")
        parses.clear()
        runs.clear()
        await pilot.press("l")  # one keystroke: the query "l"... then the rest as one paste
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert parses.count("l") == 1 and runs.count("l") == 1, (parses, runs)
        parses.clear()
        runs.clear()
        app.query_one("#search").value = "loan"
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.reader.results is not None and app.reader.results.total > 0
        assert any(hit.snippets for hit in app.reader.results.hits)  # snippets were added
        assert parses == ["loan"] and runs == ["loan"], (parses, runs)
        assert app.query_one("ArticleView").term_spans  # highlights, from the same match
