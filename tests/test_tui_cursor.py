"""The article view's paragraph cursor, selections across paragraphs, and text that fits (Pilot).

Every paragraph must be reachable from the keyboard: `j`/`k` (and `}`/`{`) move a
visible cursor, `space`/`v` act on the cursor's paragraph, the view scrolls to keep
it in sight, and scrolling by other means brings the cursor along.
"""

from __future__ import annotations

import pytest

from belreader.index import CorpusIndex
from belreader.tui.app import make_app
from belreader.tui.widgets.article_view import ArticleView
from belreader.tui.widgets.passage_marking import clip_style

from tui_util import WIDE, open_article, settle, stored


def screen_lines(app) -> list[str]:
    """What the terminal shows, one string per row."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def on_screen(view: ArticleView, index: int) -> bool:
    region = view.paragraph_widget(index).region
    return region.height > 0 and view.region.y <= region.y < view.region.bottom


def text_paragraphs(view: ArticleView) -> list[int]:
    return [p.index for p in view.article.paragraphs if not p.is_heading]


@pytest.fixture
def two_paragraph_app(tmp_path, shared_analysis_cache):
    corpus = tmp_path / "two"
    corpus.mkdir()
    (corpus / "short.txt").write_text(
        "A short piece\n\nThe first paragraph says very little.\n\nThe second paragraph says even less.\n",
        encoding="utf-8",
    )
    index_dir = tmp_path / "two-index"
    CorpusIndex(corpus, index_dir).update(procs=1)
    return lambda: make_app(corpus=corpus, index_dir=index_dir, state_dir=tmp_path / "state")


async def test_the_second_of_two_paragraphs_can_be_marked(two_paragraph_app):
    app = two_paragraph_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        view = await open_article(app, pilot, app.reader.summaries[0].id)
        paragraphs = text_paragraphs(view)
        assert len(paragraphs) == 2
        assert view.cursor == paragraphs[0]
        await pilot.press("j", "space")
        await settle(app, pilot)
        [clip] = stored()
        assert clip.paragraph == paragraphs[1]


async def test_every_paragraph_can_be_marked_at_200x50(app_factory):
    app = app_factory()
    async with app.run_test(size=(200, 50)) as pilot:
        view = await open_article(app, pilot)
        wanted = text_paragraphs(view)
        await pilot.press("G")
        await pilot.pause()
        assert view.cursor == wanted[-1], "G goes to the last paragraph"
        for _ in wanted:
            await pilot.press("space", "k")
            await settle(app, pilot)
        assert sorted(c.paragraph for c in stored()) == wanted


async def test_the_cursor_is_a_bar_in_the_margin_with_its_number(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        first, second = text_paragraphs(view)[:2]
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert view.cursor == second
        widget = view.paragraph_widget(second)
        assert widget.has_class("cursor") and not view.paragraph_widget(first).has_class("cursor")
        row = screen_lines(app)[widget.region.y]
        left = row[view.region.x : view.region.x + 8]
        assert "▌" in left and f"{second + 1}" in left, left
        await pilot.press("left_curly_bracket")
        await pilot.pause()
        assert view.cursor == first and not widget.has_class("cursor")


async def test_fast_j_presses_all_count_and_the_view_follows(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_article(app, pilot)
        wanted = text_paragraphs(view)
        await pilot.press(*"j" * 9)
        await pilot.pause()
        assert view.cursor == wanted[9]
        assert on_screen(view, wanted[9]), "the view scrolls to keep the cursor in sight"


async def test_scrolling_by_page_brings_the_cursor_along(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        await pilot.press("pagedown", "pagedown")
        await pilot.pause(0.5)
        assert view.scroll_y > 0
        assert on_screen(view, view.cursor), "space never acts on a paragraph out of sight"
        await pilot.press("space")
        await settle(app, pilot)
        [clip] = stored()
        assert clip.paragraph == view.cursor


async def test_a_selection_can_span_paragraphs(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        first, second, third = text_paragraphs(view)[:3]
        await pilot.press("j", "v")
        start = view.marking.span.start
        assert start == view.article.paragraphs[second].start
        await pilot.press("j", "j", "k")  # to the third paragraph, and back to the second... then on
        assert view.cursor == third
        await pilot.press("j")
        fourth = view.cursor
        await pilot.press("b")  # the end steps back one word, inside the fourth paragraph
        await pilot.press("enter")
        await settle(app, pilot)
        [clip] = stored()
        body = view.article.body
        paragraph = view.article.paragraphs[fourth]
        assert clip.start == start
        assert paragraph.start < clip.end < paragraph.end
        assert clip.quote == body[start : clip.end]
        assert clip.paragraph == second
        for index in (second, third, fourth):
            assert clip_style(view.dark) in [s.style for s in view.paragraph_widget(index).text.spans], index
        assert clip_style(view.dark) not in [s.style for s in view.paragraph_widget(first).text.spans]


async def test_the_cursor_follows_a_jump_to_a_claim(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        claim = app.reader.analysis.claims[-1]
        app.reader.choose_claim(claim)
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert view.cursor == claim.paragraph


async def test_fast_arrow_presses_each_scroll_one_line(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_article(app, pilot)
        await pilot.press(*["down"] * 7)
        assert view.scroll_y == 7
        await pilot.press(*["up"] * 3)
        assert view.scroll_y == 4


# ---------------------------------------------------------------------- text that fits

WORDS = "Blunkett tells of love and pain over his resignation from the cabinet".split()


@pytest.fixture
def long_titles_app(tmp_path):
    """Thirty articles with long titles (enough for scrollbars), indexed without analysis."""
    corpus = tmp_path / "long"
    corpus.mkdir()
    for n in range(30):
        title = " ".join(WORDS[: 6 + n % 6])
        # a number of its own after each word: thirty stories, not versions of six (one title and
        # half a long text shared make later versions of one story, folded as duplicates)
        words = WORDS[n % 5 :] + WORDS[: n % 5]
        body = " ".join(f"{word} {n * 100 + i}" for i, word in enumerate(words)) + "."
        (corpus / f"{n:03d}.txt").write_text(f"{title}\n\n{body}\n\n{body}\n", encoding="utf-8")
    index_dir = tmp_path / "long-index"
    CorpusIndex(corpus, index_dir, analysis=False).update(procs=1)
    return lambda: make_app(corpus=corpus, index_dir=index_dir, state_dir=tmp_path / "state", analysis=False)


def cut_words(app, widget, vocabulary: set[str]) -> list[str]:
    """Words on screen inside `widget` (less its scrollbar) that are neither whole nor end in "…"."""
    lines = screen_lines(app)
    region = widget.scrollable_content_region
    cut = []
    for y in range(region.y, region.bottom):
        for token in lines[y][region.x : region.right].split():
            word = token.strip(".,:;·“”\"'()•★─")  # • unread, ★ starred: the list's markers; ─ a rule between rows
            if word and not word.isdigit() and not word.endswith("…") and word.lower() not in vocabulary:
                cut.append(word)
    return cut


VOCABULARY = {w.lower() for w in WORDS} | {"claims", "claim"}


async def test_the_article_list_never_cuts_a_title_under_its_scrollbar(long_titles_app):
    from belreader.tui.widgets.article_list import ArticleList

    app = long_titles_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        articles = app.query_one(ArticleList)
        assert articles.show_vertical_scrollbar
        assert cut_words(app, articles, VOCABULARY) == []


async def test_search_hits_are_rewrapped_when_their_scrollbar_appears(long_titles_app):
    from belreader.tui.widgets.article_list import HitList

    app = long_titles_app()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.run_query("blunkett")
        await pilot.pause(0.3)
        await settle(app, pilot)
        hits = app.query_one(HitList)
        assert hits.option_count > 10 and hits.show_vertical_scrollbar
        assert cut_words(app, hits, VOCABULARY) == []


async def test_the_legend_keeps_each_swatch_with_its_name(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        view = await open_article(app, pilot)
        legend = view.query_one("#legend")
        lines = screen_lines(app)
        rows = [
            lines[y][legend.region.x : legend.region.right].rstrip()
            for y in range(legend.region.y, legend.region.bottom)
        ]
        assert len([r for r in rows if r]) >= 2, "the legend wraps at this width"
        assert not any(row.endswith("■") for row in rows), rows
        shown = " ".join(rows)
        for name in ("person", "organisation", "quantity", "term", "selected"):
            assert name in shown, f"{name} is missing from the legend: {rows}"


@pytest.mark.parametrize("size", [(80, 24), (120, 36)])
async def test_the_footer_always_shows_help_and_quit(app_factory, size):
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await open_article(app, pilot)
        await pilot.pause(0.2)  # the footer recomposes after the focus moved
        footer = screen_lines(app)[-1]
        assert "? Help" in footer and "q Quit" in footer, footer
        assert "space Mark" in footer, footer


async def test_the_export_dialog_fits_in_80x24(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        box = app.screen.query_one("#export-box")
        assert 0 <= box.region.y and box.region.bottom <= 24, box.region


async def test_did_you_mean_is_shown_whole_and_enter_runs_it(app_factory):
    from textual.widgets import Input

    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"lukashenkq")
        await pilot.pause(0.6)
        await settle(app, pilot)
        assert app.reader.results.total == 0 and app.reader.results.suggestion == "lukashenka"
        message = app.query_one("#search-message")
        shown = " ".join(
            screen_lines(app)[y][message.region.x : message.region.right]
            for y in range(message.region.y, message.region.bottom)
        )
        assert "lukashenka" in shown, shown
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.query_one("#search", Input).value == "lukashenka"
        assert app.reader.query_text == "lukashenka" and app.reader.results.total > 0


async def test_claims_in_the_side_panel_are_not_cut_under_their_scrollbar(app_factory):
    import re

    from belreader.tui.widgets.side_panel import ClaimList

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        await pilot.pause(0.3)
        claims = app.query_one(ClaimList)
        assert claims.show_vertical_scrollbar
        names = " ".join(s.name for s in app.reader.analysis.sources)
        vocabulary = {w.lower() for w in re.findall(r"[\w’'-]+", view.article.body + " " + names + " via according to")}
        assert cut_words(app, claims, vocabulary) == []
