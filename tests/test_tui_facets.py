"""The Facets screen (f) and the Sources tab as filters (issue 13, "Facets you can select")."""

from __future__ import annotations

from belreader.library import FacetFilter
from belreader.tui.screens.facets import FacetList, FacetsScreen
from belreader.tui.widgets.article_list import ArticleList
from belreader.tui.widgets.side_panel import SourceList

from tui_util import SEED_000, SEED_003, WIDE, open_article, settle


async def _open_facets(app, pilot):
    await pilot.press("f")
    await settle(app, pilot)
    assert isinstance(app.screen, FacetsScreen)
    return app.screen


def _values(screen, facet):
    listing = screen.query_one(f"#facet-{facet}", FacetList)
    return [o.id for o in listing._options], listing


async def test_choose_exclude_and_apply_facets(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.query_one(ArticleList).focus()
        screen = await _open_facets(app, pilot)
        assert screen.counts.articles == 5
        entities, listing = _values(screen, "entity")
        assert "peskov" in entities
        listing.focus()
        listing.highlighted = entities.index("peskov")
        await pilot.press("enter")  # choose Peskov
        await settle(app, pilot)
        assert screen.filters == (FacetFilter("entity", "peskov"),)
        assert sorted(screen.counts.article_ids) == [SEED_000, SEED_003]
        publishers, listing = _values(screen, "publisher")
        listing.focus()
        listing.highlighted = publishers.index("The Jamestown Foundation")
        await pilot.press("minus")  # and leave out Jamestown's
        await settle(app, pilot)
        assert screen.counts.articles == 1
        kept = screen.counts.article_ids
        assert "not publisher: The Jamestown Foundation" in str(screen.query_one("#facets-title").render())
        await pilot.press("a")
        await settle(app, pilot)
        assert app.screen is app.reader
        assert app.query_one(ArticleList).visible_ids == kept
        bar = str(app.query_one("#filter-bar").render())
        assert "entity: Dmitry Peskov" in bar and "1 of 5 articles" in bar
        screen = await _open_facets(app, pilot)  # the choices come back
        assert len(screen.filters) == 2
        await pilot.press("c")
        await settle(app, pilot)
        assert screen.counts.articles == 5
        await pilot.press("escape")  # leaves the list as it was
        assert app.query_one(ArticleList).visible_ids == kept
        await pilot.press("x")
        assert len(app.query_one(ArticleList).visible_ids) == 5 and app.reader.facet_filters == ()


async def test_facets_narrow_the_hits_of_the_current_search(app_factory):
    from belreader.tui.widgets.article_list import HitList

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.run_query("putin")
        await settle(app, pilot)
        hits = app.library.article_ids_matching("putin")
        every = app.reader.results.total
        assert every == len(hits) >= 3
        app.query_one(HitList).focus()
        app.reader.action_facets()
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, FacetsScreen)
        assert screen.counts.scope == len(hits) and sorted(screen.counts.article_ids) == sorted(hits)
        publishers, listing = _values(screen, "publisher")
        listing.focus()
        listing.highlighted = publishers.index("The Jamestown Foundation")
        await pilot.press("enter")
        await settle(app, pilot)
        kept = sorted(screen.counts.article_ids)
        assert 0 < len(kept) < every
        await pilot.press("a")
        await settle(app, pilot)
        assert app.screen is app.reader and app.reader.query_text == "putin"  # the search stays
        hit_list = app.query_one(HitList)
        assert hit_list.display and not app.query_one(ArticleList).display
        assert sorted(h.id for h in app.reader.results.hits) == kept
        assert app.reader.results.total == len(kept)
        status = str(app.query_one("#search-message").render())
        assert f"{len(kept)} article" in status and "publisher: The Jamestown Foundation" in status
        app.reader.run_query("lukashenka")  # another query: the facets still narrow its hits
        await settle(app, pilot)
        expected = app.library.facets("lukashenka", app.reader.facet_filters).article_ids
        assert sorted(h.id for h in app.reader.results.hits) == sorted(expected)
        assert app.reader.results.total == len(expected) < len(app.library.article_ids_matching("lukashenka"))
        every = app.library.search("lukashenka", snippets=0).total
        hit_list.focus()  # run_query left the search box focused, where x is typed
        await pilot.press("x")
        await settle(app, pilot)
        assert app.reader.results.total == every and app.reader.facet_filters == ()
        assert "facets:" not in str(app.query_one("#search-message").render())


async def test_sources_tab_entries_filter_the_list(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot, SEED_000)
        app.reader.show_tab("sources")
        await pilot.pause()
        sources = app.query_one(SourceList)
        ids = [o.id for o in sources._options if o.id]
        assert ids[0].startswith("publisher\t")
        tass = ids.index("source\ttass")
        sources.focus()
        sources.highlighted = [o.id for o in sources._options].index(ids[tass])
        await pilot.press("enter")
        await settle(app, pilot)
        expected = app.library.facets(filters=[FacetFilter("source", "tass")]).article_ids
        assert app.query_one(ArticleList).visible_ids == expected
        assert "source: TASS" in str(app.query_one("#filter-bar").render())
        sources.highlighted = [o.id for o in sources._options].index(ids[0])
        await pilot.press("enter")  # the publisher
        await settle(app, pilot)
        assert app.query_one(ArticleList).visible_ids == [SEED_000]


async def test_b_brushes_a_range_of_months_on_the_histogram(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.query_one(ArticleList).focus()
        screen = await _open_facets(app, pilot)
        months, listing = _values(screen, "month")
        counts = {v.value: v.count for v in screen.counts.facets["month"]}
        dated = [m for m in months if m != "(no month)"]
        assert len(dated) >= 2
        listing.focus()
        listing.highlighted = months.index(dated[0])
        await pilot.press("b")  # one end
        await settle(app, pilot)
        assert screen.filters == () and "brushing from" in str(screen.query_one("#facets-title").render())
        listing.highlighted = months.index(dated[-1])
        await pilot.press("b")  # the other: every month between is chosen
        await settle(app, pilot)
        assert sorted(f.value for f in screen.filters if f.facet == "month" and not f.exclude) == sorted(dated)
        assert screen.counts.articles == sum(counts[m] for m in dated)
        await pilot.press("a")
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == sum(counts[m] for m in dated)


async def test_facets_screen_lists_author_and_tag(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        screen = await _open_facets(app, pilot)
        authors, _ = _values(screen, "author")
        assert "brian whitmore" in authors and "ksenia kirillova" in authors
        assert screen.query_one("#facet-tag", FacetList).border_title.startswith("Tag")


async def test_a_large_corpus_has_its_facets_counted_ahead_of_f(app_factory, monkeypatch):
    from belreader.library import FACETS_FILE
    from belreader.tui.screens import reader

    monkeypatch.setattr(reader, "WARM_FACETS_FROM", 5)  # the seed corpus counts as large here
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert (app.library.index_dir / FACETS_FILE).is_file()
        monkeypatch.setattr(type(app.library), "corpus_stats", lambda self: (_ for _ in ()).throw(AssertionError))
        screen = await _open_facets(app, pilot)  # counted already: nothing read again
        assert screen.counts is not None and screen.counts.articles == 5


async def test_the_month_histogram_opens_on_its_busiest_dated_month_in_sight(tmp_path):
    from belreader.tui.app import make_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(30):  # most undated (the bulk), a few in March 2021, one each in far-off months
        date = "2021-03-10" if n < 4 else f"19{40 + n}-01-05" if n < 12 else ""
        head = f"---\ntitle: Report {n}\ndate: {date}\n---\n\n" if date else f"---\ntitle: Report {n}\n---\n\n"
        (corpus / f"r{n:02}.md").write_text(head + f"Meeting {n} of delegation {n} took place.\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.pause(0.5)
        await settle(app, pilot)
        screen = await _open_facets(app, pilot)
        await pilot.pause()
        months, listing = _values(screen, "month")
        assert months[listing.highlighted] == "2021-03", "the busiest dated month, not the undated bulk"
        top = round(listing.scroll_offset.y)
        assert top <= listing.highlighted < top + listing.scrollable_content_region.height, "and in sight"
        tags = screen.query_one("#facet-tag", FacetList)
        assert str(tags.get_option_at_index(0).prompt) == "(none)"
        rows = {m: str(listing.get_option_at_index(i).prompt) for i, m in enumerate(months)}
        far = next(m for m in months if m.startswith("19"))
        assert rows["2021-03"].count("█") > rows[far].count("█"), (
            "bars scaled to the dated months, not the undated bulk"
        )
        assert rows["2021-03"].count("█") >= rows["(no month)"].count("█")
        assert len({row.index("█") for row in rows.values()}) == 1, "the bars start in one column"
        assert len({len(row.rstrip()) for row in rows.values()}) == 1, "the counts end in one column"
