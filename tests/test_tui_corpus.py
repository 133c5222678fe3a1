"""The Corpus screen (issue 14, "Pictures"), on the bundled corpus (Pilot), its filters in the
Library, and the scrollbar's marks beside an article.

The bundled articles carry no date of their own: two are placed by the months they cite
(2020-09 and 2021-09), three cite no year and are undated. `P` opens the screen; enter on a
month, an entity or a pair closes it and filters the article list, which the filter bar
says; x or escape clears it.
"""

from __future__ import annotations

import io

import pytest
from rich.console import Console
from textual.widgets import Static
from textual_plotext import PlotextPlot

from belreader.library import Library
from belreader.tui.commands import COMMAND_SOURCES
from belreader.tui.screens.corpus import CorpusScreen, EntityTrendList, PairList, PeriodList
from belreader.tui.widgets.article_list import ArticleList
from belreader.tui.widgets.scroll_marks import ENTITY_MARK, HIT_MARK, mark_rows

from tui_util import SEED_000, WIDE, open_article, open_screen, settle

NARROW = (80, 24)


def plain(renderable, width: int = 120) -> str:
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def filter_bar(app) -> str:
    return str(app.query_one("#filter-bar", Static).render())


async def open_corpus(app, pilot) -> CorpusScreen:
    return await open_screen(app, pilot, "P", CorpusScreen)


# ---------------------------------------------------------------------- the Library's filters


@pytest.fixture
def library(indexed_seed_corpus) -> Library:
    corpus, index_dir = indexed_seed_corpus
    return Library(corpus, index_dir)


def test_the_library_filters_by_month_entity_and_pair(library):
    timeline = library.timeline()
    september = next(p for p in timeline.periods if p.label == "2020-09")
    chosen = library.filter_by_period("2020-09")
    assert (chosen.kind, chosen.label) == ("month", "2020-09")
    assert set(chosen.article_ids) >= set(september.article_ids) and chosen.article_ids
    assert library.filter_by_period("2021-01").article_ids == ()
    peskov = library.filter_by_entity("Dmitry Peskov")
    assert peskov.kind == "entity" and peskov.entity_id and peskov.label == "Dmitry Peskov"
    assert 0 < len(peskov.article_ids) < 5
    pair = library.cooccurrence().pairs[0]
    together = library.filter_by_pair(pair.a, pair.b)
    assert together.kind == "together" and together.label == f"{pair.a_name} + {pair.b_name}"
    assert len(together.article_ids) >= pair.articles
    with pytest.raises(LookupError):
        library.filter_by_entity("Nobody Atall")


# ---------------------------------------------------------------------- the screen


async def test_p_opens_the_pictures_and_says_what_dated_the_articles(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_corpus(app, pilot)
        title = str(screen.query_one("#corpus-title", Static).render())
        assert "5 articles" in title and "cited dates 2" in title and "3 undated" in title
        periods = screen.query_one(PeriodList)
        rows = [periods.get_option_at_index(i) for i in range(periods.option_count)]
        assert [r.id for r in rows if not r.disabled] == ["2020-09", "2021-09"]
        assert rows[0].id == "2020-09" and rows[-1].id == "2021-09"  # empty months in between
        assert screen.query_one("#timeline-plot", PlotextPlot).display  # a chart at 120 columns
        await pilot.press("2")
        await pilot.pause()
        entities = screen.query_one(EntityTrendList)
        assert entities.has_focus and entities.option_count == 15
        assert entities.get_option_at_index(0).id == screen.pictures.entities.entities[0].id
        await pilot.press("3")
        await pilot.pause()
        assert screen.query_one(PairList).has_focus
        assert screen.query_one("#pair-heatmap", PlotextPlot).display
        await pilot.press("4")
        await pilot.pause()
        sources = plain(screen.query_one("#sources-text", Static).content)
        assert "The Jamestown Foundation" in sources and "TASS" in sources
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CorpusScreen)
        assert len(app.query_one(ArticleList).visible_ids) == 5  # nothing chosen: nothing filtered


async def test_enter_on_a_month_filters_the_list_and_escape_clears_it(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_corpus(app, pilot)
        periods = screen.query_one(PeriodList)
        assert periods.has_focus and periods.highlighted == 0
        expected = app.library.filter_by_period("2020-09").article_ids
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, CorpusScreen)
        assert set(app.query_one(ArticleList).visible_ids) == set(expected)
        assert "month: 2020-09" in filter_bar(app) and f"{len(expected)} of 5 articles" in filter_bar(app)
        app.query_one(ArticleList).focus()
        await pilot.press("escape")
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 5
        assert "month:" not in filter_bar(app)


async def test_enter_on_an_entity_filters_and_marks_it_in_the_open_article(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot, SEED_000)
        screen = await open_corpus(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        entities = screen.query_one(EntityTrendList)
        trends = screen.pictures.entities.entities
        peskov = next(i for i, t in enumerate(trends) if "Peskov" in t.name)
        entities.highlighted = peskov
        chosen = entities.get_option_at_index(peskov).id
        await pilot.press("enter")
        await settle(app, pilot)
        expected = app.library.filter_by_entity(chosen)
        assert set(app.query_one(ArticleList).visible_ids) == set(expected.article_ids)
        assert f"entity: {expected.label}" in filter_bar(app)
        assert view.selected_entity == chosen and view.entity_mentions
        await pilot.press("x")
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 5 and view.selected_entity is None


async def test_enter_on_a_pair_filters_to_the_articles_naming_both_in_a_paragraph(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_corpus(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        pairs = screen.query_one(PairList)
        pairs.highlighted = 1
        a, b = pairs.get_option_at_index(1).id.split("\t")
        await pilot.press("enter")
        await settle(app, pilot)
        expected = app.library.filter_by_pair(a, b)
        assert set(app.query_one(ArticleList).visible_ids) == set(expected.article_ids)
        assert f"together: {expected.label}" in filter_bar(app)


async def test_at_80x24_the_charts_give_way_to_tables(app_factory):
    app = app_factory()
    async with app.run_test(size=NARROW) as pilot:
        screen = await open_corpus(app, pilot)
        assert screen.has_class("narrow")
        assert not screen.query_one("#timeline-plot").display
        listing = screen.query_one(PeriodList)
        assert listing.display and listing.size.width >= 70  # the table takes the width
        first = str(listing.get_option_at_index(0).prompt)
        assert "2020-09" in first and first.endswith(" 1 cited") and "own" not in first  # no "0 own"
        await pilot.press("3")
        await pilot.pause()
        assert not screen.query_one("#pair-heatmap").display and screen.query_one(PairList).display


async def test_an_empty_corpus_says_so(tmp_path):
    from belreader.tui.app import make_app

    corpus = tmp_path / "empty"
    corpus.mkdir()
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_corpus(app, pilot)
        status = screen.query_one("#corpus-status", Static)
        assert status.display and "no articles" in str(status.render())
        assert not screen.query_one("#corpus-tabs").display
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, CorpusScreen)


def test_the_palette_offers_the_pictures():
    class Reader:
        def action_corpus(self):
            return "opened"

    class Stub:
        reader = Reader()

    commands = [c for source in COMMAND_SOURCES for c in _safe(source, Stub())]
    [corpus] = [c for c in commands if c.name == "corpus: pictures of the corpus"]
    assert corpus.discover and corpus.callback() == "opened"


def _safe(source, app):
    try:
        return list(source(app))
    except AttributeError:  # the other verbs need a whole app
        return []


# ---------------------------------------------------------------------- scrollbar marks


async def test_the_scrollbar_marks_the_chosen_entity_and_the_search_hits(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot, SEED_000)
        assert view.scroll_marks.marks() == []
        app.reader.select_entity("peskov")
        await settle(app, pilot)
        marks = view.scroll_marks.marks()
        assert marks and {kind for _, kind in marks} == {"entity"}
        assert all(0.0 <= at < 1.0 for at, _ in marks)
        paragraphs = sorted({m.paragraph for m in view.entity_mentions})
        assert len(marks) == len(paragraphs)
        app.reader.run_query("loan")
        await settle(app, pilot)
        kinds = {kind for _, kind in view.scroll_marks.marks()}
        assert kinds == {"entity", "hit"}
        assert view.show_vertical_scrollbar
        drawn = scrollbar_colours(view)
        assert HIT_MARK.bgcolor in drawn and ENTITY_MARK.bgcolor in drawn
        app.reader.search_pane.clear_search()
        app.reader.action_clear_filter()
        await settle(app, pilot)
        assert view.scroll_marks.marks() == []
        assert not {HIT_MARK.bgcolor, ENTITY_MARK.bgcolor} & scrollbar_colours(view)


def scrollbar_colours(view) -> set:
    """The background colours of the article's scrollbar as it is drawn now."""
    bar = view.vertical_scrollbar
    console = Console(width=1, height=bar.size.height, file=io.StringIO())
    options = console.options.update(width=1, height=bar.size.height)
    lines = console.render_lines(bar.render(), options)
    return {segment.style.bgcolor for line in lines for segment in line if segment.style}


def test_marks_fall_on_the_track_rows_of_their_place_and_a_hit_wins_a_row():
    assert mark_rows([(0.0, "entity"), (0.5, "entity"), (0.999, "hit")], 10) == {0: "entity", 5: "entity", 9: "hit"}
    assert mark_rows([(0.31, "hit"), (0.33, "entity")], 10) == {3: "hit"}
    assert mark_rows([(0.33, "entity"), (0.31, "hit")], 10) == {3: "hit"}


@pytest.mark.parametrize("size", [WIDE, (100, 30)])
async def test_each_month_of_the_timeline_list_is_one_line(tmp_path, size):
    """Found on BBC: with ten or more articles in a period, "0 own · 35 cited" wrapped its last
    word onto a line of its own under the row, read as one more row (at 100 columns, every row
    with a split wrapped)."""
    from belreader.tui.app import make_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1, 13):
        (corpus / f"{n:02}.md").write_text(
            f"---\ntitle: Report {n}\ndate: 2021-03-{n:02}\n---\n\nThe harbour board met on day {n}.\n",
            encoding="utf-8",
        )
    for month in range(1, 41):  # enough months for the list to scroll: its scrollbar takes two columns
        year, rest = divmod(month - 1, 12)
        (corpus / f"m{month:02}.md").write_text(
            f"---\ntitle: Minutes {month}\ndate: {2017 + year}-{rest + 1:02}-15\n---\n\nThe board met.\n",
            encoding="utf-8",
        )
    (corpus / "cited.md").write_text("---\ntitle: Cited\n---\n\nThe board met on 2 March 2021.\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=size) as pilot:
        screen = await open_corpus(app, pilot)
        periods = screen.query_one(PeriodList)
        march = next(i for i in range(periods.option_count) if "2021-03" in str(periods.get_option_at_index(i).prompt))
        assert "12 own · 1 cited" in str(periods.get_option_at_index(march).prompt)
        assert periods.virtual_size.height == periods.option_count, "a row wrapped"


async def test_cited_years_far_from_the_rest_are_left_out_and_said(tmp_path):
    """Found on BBC: the Over time axis ran from 1935 to 2048 (a year a history piece cites,
    a forecast). Those articles are left out of the axis, and the screen says so and why."""
    from belreader.tui.app import make_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(1, 7):
        (corpus / f"{n:02}.txt").write_text(f"Harbour news {n}\n\nThe harbour board met on {n} May 2004.\n")
    (corpus / "history.txt").write_text("The old bridge\n\nThe bridge opened in 1935; in 1935 the town grew.\n")
    (corpus / "forecast.txt").write_text("Ferries\n\nBy 2048 every ferry will be electric.\n")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=WIDE) as pilot:
        screen = await open_corpus(app, pilot)
        periods = screen.query_one(PeriodList)
        assert [periods.get_option_at_index(i).id for i in range(periods.option_count)] == ["2004-05"]
        title = str(screen.query_one("#corpus-title", Static).render())
        assert "dated by: cited dates 7" in title and "1 far from the rest, not drawn" in title
        assert "1 undated" in title  # the forecast: 2048 dates nothing
        note = str(screen.query_one("#timeline-note", Static).render())
        assert "1 article placed by a date cited before" in note and "not its publication date" in note


def test_the_entity_counts_are_never_cut():
    """Found on BBC at 80x24: "175 in 82 artic…", the counts column cut at 16 columns while
    the name column beside it was half empty."""
    from belreader.corpus_stats import EntityTrend, EntityTrends
    from belreader.tui.screens.corpus import entity_rows

    trends = EntityTrends(
        "year",
        ["2004", "2005"],
        [
            EntityTrend("us", "United States", "PLACE", 175, 82, {"2004": 100, "2005": 75}),
            EntityTrend("ken", "Kostas Kenteris", "PERSON", 36, 9, {"2004": 36}),
        ],
    )
    lines = [plain(row, width=74) for row in entity_rows(trends, spark_width=12)]
    assert "175 in 82 articles" in lines[0] and "United States" in lines[0]
    assert "36 in 9 articles" in lines[1] and "Kostas Kenteris" in lines[1]
