"""Reader flows through Textual's pilot, on corpora and state dirs in tmp_path."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from belreader.index import CorpusIndex
from belreader.tui.app import BelreaderApp, make_app
from belreader.tui.screens.help import HelpScreen
from belreader.tui.screens.reader import ReaderScreen
from belreader.tui.widgets.article_list import ArticleList, HitList
from belreader.tui.widgets.article_view import ArticleView, Paragraph
from belreader.tui.widgets.side_panel import ClaimList, EntityList, RelatedList, SidePanel

from tui_util import SEED_000, SEED_003, WIDE, open_article, search, settle


def message_text(app) -> str:
    return str(app.query_one("#search-message", Static).render())


async def test_opens_with_the_corpus_listed_and_counts_in_the_header(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        articles = app.query_one(ArticleList)
        assert articles.visible_ids == sorted(s.id for s in app.reader.summaries)
        assert len(articles.visible_ids) == 5
        assert app.sub_title.startswith("5 articles · ")
        assert "claims" in app.sub_title and "entities" in app.sub_title
        assert app.reader.article is None


async def test_enter_opens_the_highlighted_article_with_its_analysis(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("down", "enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        expected = sorted(s.id for s in app.reader.summaries)[1]
        assert view.article.id == expected
        assert len(view.paragraph_widgets()) == len(view.article.paragraphs)
        assert view.has_focus
        assert app.reader.analysis is not None and app.reader.analysis.article_id == expected
        claims = app.query_one(ClaimList)
        assert claims.option_count == len(app.reader.analysis.claims) > 0
        first = view.article.paragraphs[0]
        assert view.paragraph_plain(0).strip().endswith(view.article.paragraph_text(first).strip()[-20:])


async def test_mouse_click_opens_an_article(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.click(ArticleList, offset=(5, 1))
        await pilot.click(ArticleList, offset=(5, 1))
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article.id == SEED_000


async def test_search_as_you_type_shows_ranked_hits_and_enter_opens_the_top_one(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        assert app.query_one("#search", Input).has_focus
        await pilot.press(*"loan")
        await pilot.pause(0.3)
        await settle(app, pilot)
        hits = app.query_one(HitList)
        assert hits.display and not app.query_one(ArticleList).display
        assert app.reader.results.query == "loan" and app.reader.results.total == hits.option_count > 0
        assert "article" in message_text(app)
        top = app.reader.results.hits[0].id
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.article.id == top
        assert view.term_spans, "search terms are marked in the article"
        for start, end in view.term_spans:
            assert view.article.body[start:end].lower().startswith("loan")
        assert "loan" in app.state.recent_queries


async def test_escape_clears_the_search_back_to_the_list(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"loan")
        await pilot.pause(0.3)
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.query_one("#search", Input).value == ""
        assert app.query_one(ArticleList).display and not app.query_one(HitList).display
        assert app.reader.query_text == ""


async def test_malformed_query_shows_an_inline_message(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *'"sochi')
        await pilot.pause(0.3)
        await settle(app, pilot)
        note = app.query_one("#search-message", Static)
        assert note.display and note.has_class("error")
        assert "unclosed quote" in message_text(app)
        assert app.is_running


async def test_no_hits_offers_did_you_mean(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"lukashenkq")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert "No hits." in message_text(app)
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert app.reader.results.total == 0
        assert "Did you mean: lukashenka" in message_text(app)
        assert not app.query_one("#search-message", Static).has_class("error")


async def test_n_and_shift_n_step_through_the_hits_in_the_article(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"peskov", "enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.has_focus and len(view.term_spans) >= 3
        await pilot.press("n")
        assert view.current_hit == 0
        await pilot.press("n", "n")
        assert view.current_hit == 2
        await pilot.press("N")
        assert view.current_hit == 1
        start, end = view.term_spans[1]
        paragraph = view.article.paragraph_at(start)
        text = view.paragraph_widget(paragraph.index).text
        offset = len(f"{paragraph.index + 1:<3} ") + start - paragraph.start
        styles = [span.style for span in text.spans if span.start <= offset < span.end]
        assert any(getattr(s, "bgcolor", None) and s.bgcolor.name == "#d75f00" for s in styles)
        await pilot.press("N", "N")
        assert view.current_hit == len(view.term_spans) - 1, "N wraps around"


async def test_repeated_n_presses_keep_one_hit_notice_not_a_pile(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"peskov", "enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert len(view.term_spans) >= 3
        await pilot.press("n", "n", "n", "N", "n")
        await pilot.pause()
        # every notice raised, expired or not (a render on a loaded machine can outlast the 5 s timeout)
        notices = [n.message for n in app._notifications._notifications.values() if n.message.startswith("hit ")]
        assert notices == [f"hit 3 of {len(view.term_spans)}"]


async def test_choosing_an_entity_filters_the_list_and_x_clears_it(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_000)
        await settle(app, pilot)
        app.reader.show_tab("entities")
        await pilot.pause()
        entities = app.query_one(EntityList)
        entities.focus()
        entities.highlighted = entities.get_option_index("peskov")
        await pilot.press("enter")
        await settle(app, pilot)
        wanted = CorpusIndex(app.library.corpus, app.library.index_dir).article_ids_mentioning("peskov")
        assert 0 < len(wanted) < 5
        assert app.query_one(ArticleList).visible_ids == wanted
        bar = str(app.query_one("#filter-bar", Static).render())
        assert "Dmitry Peskov" in bar and f"{len(wanted)} of 5 articles" in bar
        view = app.query_one(ArticleView)
        assert view.selected_entity == "peskov"
        await pilot.press("right_square_bracket")
        assert view.current_mention == 0
        await pilot.press("right_square_bracket", "left_square_bracket", "left_square_bracket")
        assert view.current_mention == len(view.entity_mentions) - 1
        app.query_one(ArticleList).focus()
        await pilot.press("x")
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 5
        assert view.selected_entity is None
        assert "entity:" not in str(app.query_one("#filter-bar", Static).render())


async def test_clicking_a_name_in_the_text_selects_the_entity(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_000)
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        first = view.article.paragraphs[0]
        mention = min((m for m in app.reader.analysis.mentions if m.paragraph == 0), key=lambda m: m.start)
        column = len("1   ") + mention.start - first.start
        await pilot.click(view.paragraph_widget(0), offset=(column + 1, 0))
        await settle(app, pilot)
        assert app.reader.entity_filter is not None and app.reader.entity_filter[0] == mention.entity_id
        assert view.selected_entity == mention.entity_id
        assert set(app.query_one(ArticleList).visible_ids) == set(app.library.article_ids_mentioning(mention.entity_id))


async def test_choosing_a_claim_scrolls_to_it_and_related_claims_jump_to_their_article(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_000)
        await settle(app, pilot)
        claims = app.query_one(ClaimList)
        claims.focus()
        last = app.reader.analysis.claims[-1]
        claims.highlighted = claims.get_option_index(last.id)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.selected_claim.id == last.id
        assert view.scroll_y > 0, "the article scrolled down to the claim"
        related = app.query_one(RelatedList)
        assert related.related, "the seed corpus has related claims for this one"
        app.reader.show_tab("related")
        await pilot.pause()
        related.focus()
        related.highlighted = 1
        target = related.related[related.highlighted_option.id]
        assert target.article_id != SEED_000
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.reader.article.id == target.article_id
        assert view.selected_claim is not None and view.selected_claim.id == target.id


async def test_ctrl_b_toggles_the_side_panel(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        panel = app.query_one(SidePanel)
        assert panel.display
        await pilot.press("ctrl+b")
        assert not panel.display
        await pilot.press("ctrl+b")
        assert panel.display


async def test_narrow_terminal_hides_the_side_panel_until_asked(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        panel = app.query_one(SidePanel)
        assert not panel.display
        left = app.query_one("#left")
        assert left.display and left.outer_size.width == 28
        view = app.query_one(ArticleView)
        assert view.size.width >= 45
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert panel.display and not left.display
        assert panel.outer_size.width == 40 and view.outer_size.width == 40
        assert not left.has_focus_within, "keys must not go to the hidden search box"
        await pilot.press("t")
        await pilot.pause()
        assert panel.active_tab == "sources"
        await pilot.press("t")
        await pilot.pause()
        assert panel.active_tab == "entities" and app.query_one(EntityList).has_focus
        await pilot.press("slash")
        await pilot.pause()
        assert not panel.display and left.display and app.query_one("#search", Input).has_focus
        await pilot.press("escape", "ctrl+b")
        await pilot.pause()
        assert panel.display
        await pilot.press("ctrl+b")
        await pilot.pause()
        assert not panel.display and left.display
        await pilot.resize_terminal(120, 36)
        await pilot.pause()
        assert panel.display


async def test_between_100_and_120_columns_the_article_stays_the_widest_column(app_factory):
    """Found reading at 100 columns: the list (34) and the side panel (42) kept their full widths
    and the article, the one thing being read, was left 24 columns, a few words a line."""
    app = app_factory()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        panel, left, view = app.query_one(SidePanel), app.query_one("#left"), app.query_one(ArticleView)
        assert panel.display and left.display
        assert view.outer_size.width >= 38
        assert view.outer_size.width > max(left.outer_size.width, panel.outer_size.width)
        await pilot.resize_terminal(110, 30)
        await pilot.pause()
        assert view.outer_size.width >= 48
        await pilot.resize_terminal(120, 36)  # from 120 columns on, the three columns as before
        await pilot.pause()
        assert (left.outer_size.width, panel.outer_size.width) == (34, 42)


async def test_state_comes_back_on_the_next_run(app_factory, tmp_path):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_003)
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        view.scroll_to(y=12, animate=False)
        await pilot.pause()
        app.reader.show_tab("entities")
        app.theme = "textual-light"
        await pilot.press("slash", *"peskov")
        await pilot.pause(0.3)
        await settle(app, pilot)
        app.query_one(ArticleView).focus()
        await pilot.press("q")
    saved = (tmp_path / "state" / "state.json").read_text(encoding="utf-8")
    assert SEED_003 in saved

    again = app_factory()
    async with again.run_test(size=WIDE) as pilot:
        await settle(again, pilot)
        await pilot.pause(0.2)
        assert again.reader.article is not None and again.reader.article.id == SEED_003
        assert again.query_one("#search", Input).value == "peskov"
        assert again.reader.results is not None and again.reader.results.query == "peskov"
        assert again.query_one(ArticleView).scroll_y == pytest.approx(12, abs=1)
        assert again.query_one(SidePanel).active_tab == "entities"
        assert again.theme == "textual-light"


async def test_corrupt_state_file_does_not_stop_the_reader(app_factory, tmp_path):
    (tmp_path / "state").mkdir()
    (tmp_path / "state" / "state.json").write_text("{{{", encoding="utf-8")
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 5
    assert len(list((tmp_path / "state").glob("state.json.corrupt-*"))) == 1


async def test_help_screen_lists_every_app_binding(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-body", Static).render())
        for binding in [*ReaderScreen.BINDINGS, *BelreaderApp.BINDINGS]:
            assert binding.description in text
        assert "Down" in text and "Top" in text  # the article's vim keys
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_help_shows_each_key_once_without_textuals_generic_scroll_keys(app_factory):
    """The help listed Textual's scroll bindings under belreader's own ("↑ Scroll Up" beside
    "↑ / k Up", "← Scroll Left" in lists that never scroll sideways): each section now shows a
    key once, with what it does there, and the scroll keys that still work as one line a pair."""
    from belreader.tui.screens.help import binding_rows

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        for title, bindings in app.screen.sections:
            rows = binding_rows(app, bindings)
            keys = [k for shown, _ in rows for k in shown.split(" / ")]
            assert len(keys) == len(set(keys)), f"{title}: a key shown twice: {keys}"
            generic = {"Scroll Left", "Scroll Right", "Page Left", "Page Right", "Scroll Home", "Scroll End"}
            assert not [d for _, d in rows if d in generic], title
        article = dict(binding_rows(app, next(b for t, b in app.screen.sections if t == "Article")))
        assert article["pgdn / pgup"].startswith("Page") and article["home / end"].startswith("Top / end")


async def test_command_palette_opens_an_article_by_title(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"open: does putin still")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article.title.startswith("Does Putin Still Distrust")


async def test_palette_commands_cover_every_verb(app_factory):
    from belreader.tui.commands import COMMAND_SOURCES

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.state.remember_query("loan")
        names = [c.name for source in COMMAND_SOURCES for c in source(app)]
        for verb in ("open: ", "entity: ", "search: loan", "view: toggle side panel", "theme: textual-light"):
            assert any(n.startswith(verb) for n in names), verb
        toggle = next(c for source in COMMAND_SOURCES for c in source(app) if c.name == "view: toggle side panel")
        toggle.callback()
        await pilot.pause()
        assert not app.query_one(SidePanel).display


async def test_a_worker_error_becomes_a_notification(seed_corpus, tmp_path, shared_analysis_cache, monkeypatch):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x", encoding="utf-8")
    app = make_app(corpus=seed_corpus, index_dir=blocker / "index", state_dir=tmp_path / "state")
    messages = []
    notify = BelreaderApp.notify

    def spy(self, message, **kwargs):
        messages.append(message)
        return notify(self, message, **kwargs)

    monkeypatch.setattr(BelreaderApp, "notify", spy)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert any("cannot write the index" in m for m in messages), messages
        assert app.is_running
        assert not app.query_one("#progress-box").display


async def test_a_missing_index_is_built_in_the_background_with_progress(
    seed_corpus, tmp_path, shared_analysis_cache, monkeypatch
):
    app = make_app(corpus=seed_corpus, index_dir=tmp_path / "fresh-index", state_dir=tmp_path / "state")
    seen = []
    original = ReaderScreen.on_index_progress

    def spy(self, message):
        original(self, message)
        seen.append((message.stage, message.done, message.total, self.query_one("#progress-box").display))

    monkeypatch.setattr(ReaderScreen, "on_index_progress", spy)
    finished = []
    original_finished = ReaderScreen.on_index_finished

    def spy_finished(self, message):
        finished.append(message.summary)
        return original_finished(self, message)

    monkeypatch.setattr(ReaderScreen, "on_index_finished", spy_finished)
    async with app.run_test(size=WIDE) as pilot:
        assert app.is_running and app.query_one(ArticleList).visible_ids == []
        await settle(app, pilot)
        # progress coalesces: some stages are never shown (when the update ends within one
        # interval of the last line shown, the lines after it never are, and the bar is hidden), but
        # the bar is, and every line counts the corpus's five files
        assert any(shown for *_, shown in seen), "the progress bar shows while the index is built"
        assert all(0 <= done <= total and total in (0, 5) for _, done, total, _ in seen), seen
        assert len(app.query_one(ArticleList).visible_ids) == 5
        assert not app.query_one("#progress-box").display
        assert finished == ["5 added"]


async def test_the_rule_based_fallback_is_announced_once(app_factory, monkeypatch):
    from belreader import nlp

    monkeypatch.setattr(nlp, "backend_status", lambda: "rule-based fallback: model missing")
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_000)
        await settle(app, pilot)
        app.reader.open_article(SEED_003)
        await settle(app, pilot)
        notes = [n.message for n in app._notifications if "fallback" in n.message]
        assert notes == ["rule-based fallback: model missing"]


async def test_sort_key_cycles_and_is_shown(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        articles = app.query_one(ArticleList)
        await pilot.press("s")
        assert articles.sort_key == "title"
        assert articles.visible_ids == [s.id for s in sorted(app.reader.summaries, key=lambda s: s.title.casefold())]
        assert "sorted by title" in str(app.query_one("#filter-bar", Static).render())
        await pilot.press("s", "s", "s")
        assert articles.sort_key == "claims"
        counts = [next(s.n_claims for s in app.reader.summaries if s.id == i) for i in articles.visible_ids]
        assert counts == sorted(counts, reverse=True)
        assert app.state.sort == "claims"


async def test_a_long_article_mounts_in_batches_and_scrolls_to_a_late_paragraph(tmp_path, shared_analysis_cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraphs = [f"Paragraph {i}: the loan talks in Minsk went on, and on." for i in range(400)]
    (corpus / "long.txt").write_text("A long article\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        mounted_first: list[int] = []
        mount_rest = view._mount_rest

        def spy(generation, *rest):
            mounted_first.append(len(view.paragraph_widgets()))
            view.scroll_to_paragraph(len(view.article.paragraphs) - 3)  # not mounted yet: remembered
            return mount_rest(generation, *rest)

        view._mount_rest = spy
        app.reader.open_article("long")
        await settle(app, pilot)
        total = len(view.article.paragraphs)
        assert total >= 400
        assert mounted_first == [ArticleView.FIRST_BATCH], "only the first paragraphs are mounted at once"
        await pilot.pause(0.2)
        assert len(view.paragraph_widgets()) == total and view.fully_mounted
        target = view.paragraph_widget(total - 3)
        assert view.scroll_y > 0
        assert view.region.y <= target.region.y < view.region.bottom, "the late paragraph is on screen"
        assert "Paragraph" in view.paragraph_plain(total - 3)


async def test_a_giant_one_line_paragraph_is_shown_in_pieces_first_part_at_once(tmp_path, shared_analysis_cache):
    """A file that is one huge line: laying out its text in one widget froze the reader (42 s for
    19 MB). It is shown in pieces of bounded size, the first batch at once and the rest in
    bounded batches, with no text lost and the paragraph numbered once."""
    from belreader.tui.widgets.article_view import ParagraphPiece

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    words = " ".join(f"word{i % 997} zebra" if i % 500 == 0 else f"word{i % 997}" for i in range(12_000))
    (corpus / "huge.txt").write_text("A huge article\n\n" + words + "\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        first_batch: list[int] = []
        mount_rest = view._mount_rest

        def spy(generation, *rest):
            first_batch.append(sum(len(w.text.plain) for w in view.query(Paragraph)))
            return mount_rest(generation, *rest)

        view._mount_rest = spy
        app.reader.open_article("huge")
        await settle(app, pilot)
        body = view.article.body
        assert len(view.article.paragraphs) == 1 and len(body) > 90_000
        assert first_batch and first_batch[0] <= 2 * ArticleView.BATCH_CHARS, "only the first part at once"
        for _ in range(100):
            if view.fully_mounted:
                break
            await pilot.pause(0.1)
        assert view.fully_mounted
        shown = view.query(Paragraph)
        assert max(len(w.text.plain) for w in shown) <= ArticleView.PIECE_CHARS + 10
        assert len(view.query(ParagraphPiece)) > 10
        assert view.paragraph_plain(0) == "1   " + body
        assert sum(w.text.plain.startswith("1 ") for w in shown) == 1
        await search(app, pilot, "zebra")
        await pilot.press("escape")
        await pilot.press("n")
        await settle(app, pilot)
        marked = [w for w in view.query(ParagraphPiece) if any(s.style for s in w.text.spans)]
        assert marked, "search terms are marked in the pieces too"


async def test_a_saved_open_panel_still_hides_when_starting_narrow(app_factory, tmp_path):
    from belreader.state import UIState, save_state

    save_state(UIState(side_panel=True, side_tab="entities"), tmp_path / "state" / "state.json")
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        assert not app.query_one(SidePanel).display
        assert app.query_one("#left").display
        assert app.query_one(SidePanel).active_tab == "entities"


async def test_articles_appear_batch_by_batch_while_the_index_is_built(
    seed_corpus, tmp_path, shared_analysis_cache, monkeypatch
):
    import belreader.sync as sync_module

    growing = sync_module._growing_batches
    monkeypatch.setattr(sync_module, "_growing_batches", lambda paths, **kw: growing(paths, first=2))
    app = make_app(corpus=seed_corpus, index_dir=tmp_path / "fresh-index", state_dir=tmp_path / "state")
    shown: list[tuple[int, bool]] = []
    original = ReaderScreen.on_corpus_loaded

    def spy(self, message):
        shown.append((len(message.summaries), message.final))
        return original(self, message)

    monkeypatch.setattr(ReaderScreen, "on_corpus_loaded", spy)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert (2, False) in shown, shown
        assert shown[-1] == (5, True)
        assert len(app.query_one(ArticleList).visible_ids) == 5


async def test_reader_leaves_and_saves_its_state_when_its_terminal_goes(app_factory):
    """A closed terminal (here: the master side of a pty closed) ends the reader within a few
    seconds, state saved, instead of leaving it spinning on end-of-file."""
    import os

    master, slave = os.openpty()
    app = app_factory()
    try:
        async with app.run_test(size=WIDE) as pilot:
            await settle(app, pilot)
            app.watch_terminal(slave)
            await pilot.pause(1.2)
            assert app.is_running  # the terminal is still there
            app.state_file.unlink(missing_ok=True)
            os.close(master)
            master = None
            for _ in range(30):
                await pilot.pause(0.1)
                if not app.is_running:
                    break
            assert not app.is_running
        assert app.state_file.exists()
    finally:
        os.close(slave)
        if master is not None:
            os.close(master)


async def test_a_read_only_index_is_shown_as_it_is_and_said_once(app_factory, monkeypatch):
    """Issue 10 item 15: when the index cannot be updated, the reader reads it as it is and says it is
    read-only (it used to report "index failed" as an error)."""
    from belreader.index import IndexReadOnly

    def refuse(self, *args, **kwargs):
        raise IndexReadOnly(f"cannot write the index at {self.index_dir}: Read-only file system")

    monkeypatch.setattr(CorpusIndex, "update", refuse)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert len(app.query_one(ArticleList).visible_ids) == 5
        messages = [(n.title, n.message, n.severity) for n in app._notifications]
        assert not any("failed" in title for title, _, _ in messages)
        read_only = [m for m in messages if m[0] == "index read-only"]
        assert len(read_only) == 1 and read_only[0][2] == "warning"
        assert "Read-only file system" in read_only[0][1] and "shown as it is" in read_only[0][1]


async def test_duplicates_are_one_hit_and_an_ambiguous_name_is_noted(tmp_path):
    """Issue 13, defects 15 and 7 in the reader: a story saved twice is one hit that says so; a
    surname that names two people finds both and says it may be either."""
    from belreader.tui.app import make_app

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    story = 'Loan talks\n\nTony Blair said: "The loan talks went well for everyone."\n'
    (corpus / "a.txt").write_text(story, encoding="utf-8")
    (corpus / "b.txt").write_text(story, encoding="utf-8")
    (corpus / "c.txt").write_text('Police\n\nIan Blair said: "Crime is falling in London."\n', encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot, rounds=8)
        await pilot.press("slash", *"loan")
        await pilot.pause(0.3)
        await settle(app, pilot)
        hits = app.query_one(HitList)
        assert app.reader.results.total == hits.option_count == 1
        assert "+1 duplicate" in str(hits.get_option_at_index(0).prompt)
        await pilot.press("escape", "slash", *"speaker:blair")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.reader.results.total == 2
        assert "speaker:blair may be any of 2 names" in message_text(app)


UNKNOWN_OUTLET = """Harbour plan divides Oldtown

The council approved the new harbour plan on Monday after a long debate.

"The harbour will bring hundreds of jobs to the town," Oldtown Herald quoted the mayor as saying.

Mayor Jane Rigby told the Oldtown Herald that the work would start in the spring.
"""


async def test_an_outlet_the_entity_table_does_not_know_is_shown_by_name_not_id(tmp_path, shared_analysis_cache):
    from belreader.tui.widgets.side_panel import SourceList

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "harbour.txt").write_text(UNKNOWN_OUTLET, encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article("harbour")
        await settle(app, pilot)
        analysis = app.reader.analysis
        assert any("oldtown-herald" in c.outlets for c in analysis.claims)  # the id, for filtering
        sources = app.query_one(SourceList)
        rows = {
            sources.get_option_at_index(i).id: str(sources.get_option_at_index(i).prompt)
            for i in range(sources.option_count)
        }
        assert (
            "Oldtown Herald" in rows["source\toldtown-herald"]
            and "oldtown-herald" not in rows["source\toldtown-herald"]
        )
        claims = app.query_one(ClaimList)
        cited = [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]
        assert any("via Oldtown Herald" in row for row in cited) and not any("oldtown-herald" in row for row in cited)
        app.query_one(SidePanel).active_tab = "sources"
        await pilot.pause()
        sources.focus()
        sources.highlighted = sources.get_option_index("source\toldtown-herald")
        await pilot.press("enter")  # filters by the id, says the name
        await settle(app, pilot)
        assert app.reader.query_one(ArticleList).visible_ids == ["harbour"]
        bar = str(app.reader.query_one("#filter-bar", Static).render())
        assert "Oldtown Herald" in bar and "oldtown-herald" not in bar
        library = app.library
        assert library.outlet_names(["oldtown-herald"]) == {"oldtown-herald": "Oldtown Herald"}
        assert {v.id: v.name for v in library.voices("source")}["oldtown-herald"] == "Oldtown Herald"
        assert {s["id"]: s["name"] for s in library.sources("harbour")}["oldtown-herald"] == "Oldtown Herald"


async def test_an_update_that_skips_files_says_why_not_only_how_many(tmp_path, shared_analysis_cache):
    """Found walking it: a folder of links to files elsewhere indexed nothing, and the reader said
    only "Index updated: 1 skipped" over an empty list."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3):
        (elsewhere / f"{n}.txt").write_text(f"Title {n}\n\nSome text {n}.\n", encoding="utf-8")
        (corpus / f"{n}.txt").symlink_to(elsewhere / f"{n}.txt")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        said = "\n".join(n.message for n in app._notifications)
        assert "1 skipped" in said and "3 symbolic links lead outside the corpus folder; not followed" in said
        assert any(n.severity == "warning" for n in app._notifications)  # nothing to read: a warning
        view = app.query_one(ArticleView)
        pane = str(view.query_one("#article-head", Static).render())
        # the notice goes after 15 s; the pane keeps saying why the list is empty
        assert "Choose an article" not in pane
        assert "No articles in" in pane and "3 symbolic links lead outside the corpus folder" in pane


async def test_an_empty_folder_says_so_in_the_article_pane(tmp_path, shared_analysis_cache):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.docx").write_bytes(b"not an article format")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        pane = str(app.query_one(ArticleView).query_one("#article-head", Static).render())
        assert "No articles in" in pane and ".txt" in pane and "Choose an article" not in pane


async def test_the_filter_bar_counts_the_mentions_in_the_article_open_now(app_factory):
    """Found with a filter on: "entity: Dmitry Peskov … · 7 here" stayed as other articles were
    opened and after the article closed, the count of the article open when the filter was set."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot, SEED_000)
        app.reader.select_entity("peskov")
        await settle(app, pilot)

        def bar() -> str:
            return str(app.reader.query_one("#filter-bar", Static).render())

        first = len(view.entity_mentions)
        assert first and f"{first} here" in bar()
        other = next(i for i in app.reader.entity_filter_ids if i != SEED_000)
        app.reader.open_article(other)
        await settle(app, pilot)
        now = len(view.entity_mentions)
        assert now and now != first
        assert f"{now} here" in bar() and f"{first} here" not in bar()
        quiet = next(s.id for s in app.reader.summaries if s.id not in app.reader.entity_filter_ids)
        app.reader.open_article(quiet)
        await settle(app, pilot)
        assert "here" not in bar()


@pytest.mark.parametrize("size", [WIDE, (80, 24)])
async def test_help_descriptions_that_wrap_stay_in_their_column(app_factory, size):
    """Found reading the help: a long description wrapped to the box's left edge ("OR" alone
    under the keys), not under the description it continues."""
    app = app_factory()
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await settle(app, pilot)
        body = app.screen.query_one("#help-body", Static)
        width = body.content_size.width
        lines = str(body.render()).splitlines()
        assert lines and all(len(line) <= width for line in lines), "a line longer than the box wraps at its edge"
        search = next(i for i, line in enumerate(lines) if line.lstrip().startswith("/ ") and "Search" in line)
        column = lines[search].index("Search")
        assert lines[search + 1][:column].strip() == "" and lines[search + 1][column:].strip()
