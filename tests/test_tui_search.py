"""The reader's search pane (issue 13): hits paged in as the list is walked, phrases highlighted and
stepped as units, field searches read in context, history and saved searches, the did-you-mean."""

from __future__ import annotations

from textual.widgets import Static

from belreader.tui.app import make_app
from belreader.tui.widgets.article_list import ArticleList, HitList
from belreader.tui.widgets.article_view import ArticleView

from tui_util import SEED_000, WIDE, settle, type_at_once


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


# --------------------------------------------------------------------------- defect 4: phrases as units


def notices(app) -> list[str]:
    """Every notice raised, expired or not: on a loaded machine a render can outlast Textual's 5 s
    notification timeout, and iterating `_notifications` reaps the expired ones before the test
    reads the one it waits for (a CI flake: "hit 1 of 2" gone when asserted)."""
    return [n.message for n in app._notifications._notifications.values()]


async def test_curly_quotes_typed_in_the_search_box_search_a_phrase(app_factory):
    """Issue 13, defect 5, in the reader: “red lines” pasted from an article is the phrase, not
    red AND lines (the same hits, highlighted as two whole phrases)."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_000)
        await settle(app, pilot)
        await search_for(app, pilot, "red lines")
        view = app.query_one(ArticleView)
        assert len(view.hits) > 2, "as words: each red and each lines is a hit"
        await search_for(app, pilot, '"red lines"')
        straight = app.reader.results.total
        await search_for(app, pilot, "“red lines”")  # as pasted
        assert app.reader.results.total == straight
        assert [[view.article.body[a:b] for a, b in hit] for hit in view.hits] == [["red lines"], ["red lines"]]


async def test_a_phrase_is_highlighted_and_stepped_as_one_hit(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_000)  # "red lines" twice; "hold the line", "along the same lines"
        await settle(app, pilot)
        await search_for(app, pilot, '"red lines"')
        view = app.query_one(ArticleView)
        body = view.article.body
        assert [[body[a:b] for a, b in hit] for hit in view.hits] == [["red lines"], ["red lines"]]
        assert all("line" not in body[a - 9 : b] or "red line" in body[a - 9 : b] for a, b in view.term_spans)
        snippet = next(s for hit in app.reader.results.hits if hit.id == SEED_000 for s in hit.snippets)
        assert {snippet.text[a:b] for a, b in snippet.matches} == {"red lines"}
        view.focus()
        await pilot.press("n")
        assert view.current_hit == 0 and notices(app)[-1] == "hit 1 of 2"
        await pilot.press("n")
        assert view.current_hit == 1 and notices(app)[-1] == "hit 2 of 2"
        await pilot.press("n")
        assert view.current_hit == 0 and notices(app)[-1] == "hit 1 of 2: wrapped to the first"
        await pilot.press("N")
        assert view.current_hit == 1 and notices(app)[-1] == "hit 2 of 2: wrapped to the last"
        # the current hit is marked whole: both of its words
        ((start, end),) = view.hits[1]
        paragraph = view.article.paragraph_at(start)
        text = view.paragraph_widget(paragraph.index).text
        offset = len(f"{paragraph.index + 1:<3} ") - paragraph.start
        current = [
            span for span in text.spans if getattr(span.style, "bgcolor", None) and span.style.bgcolor.name == "#d75f00"
        ]
        assert [(s.start - offset, s.end - offset) for s in current] == [(start, end)]


async def test_a_proximity_match_is_one_hit_of_its_words(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.open_article(SEED_000)
        await settle(app, pilot)
        await search_for(app, pilot, '"crossed lines"~3')
        view = app.query_one(ArticleView)
        body = view.article.body
        # "crossed those red lines", "cross red lines": each one hit of its two words (stemmed)
        assert [[body[a:b] for a, b in hit] for hit in view.hits] == [["crossed", "lines"], ["cross", "lines"]]
        view.focus()
        await pilot.press("n")
        assert notices(app)[-1] == "hit 1 of 2"


# --------------------------------------------------------------------------- defect 6: field searches in context


async def test_a_speaker_search_shows_steps_to_and_highlights_the_claims(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await search_for(app, pilot, "speaker:peskov")
        results = app.reader.results
        assert results.total >= 1
        top = results.hits[0]
        article = app.library.load_article(top.id)
        analysis = app.library.analysis_for(article)
        claims = [c for c in analysis.claims if c.speaker_id in results.match.speakers]
        assert claims and all("Peskov" in c.speaker for c in claims)
        sentences = {article.body[c.sentence_start : c.sentence_end] for c in claims}
        (snippet,) = top.snippets
        marked = [snippet.text[a:b] for a, b in snippet.matches]
        assert marked and set(marked) <= sentences, "the snippet is what Peskov said, not the article's opening"
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        assert view.article.id == top.id
        assert sorted(view.hits) == sorted(((c.sentence_start, c.sentence_end),) for c in claims)
        await pilot.press("n")
        await settle(app, pilot)  # under load the notice may come a frame later
        assert notices(app)[-1] == f"hit 1 of {len(claims)}"
        assert view.current_hit == 0


async def test_an_entity_search_steps_through_its_mentions(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await search_for(app, pilot, "entity:tsikhanouskaya")
        top = app.reader.results.hits[0]
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.query_one(ArticleView)
        analysis = app.reader.analysis
        wanted = {m.entity_id for m in analysis.mentions if "ikhan" in m.text}
        mentions = [((m.start, m.end),) for m in analysis.mentions if m.entity_id in wanted]
        assert view.article.id == top.id and mentions
        assert [hit for hit in view.hits if len(hit) == 1 and hit in mentions] == sorted(mentions)
        (snippet,) = top.snippets
        assert snippet.matches, "the snippet marks the mentions"
        await pilot.press("n")
        await settle(app, pilot)  # under load the notice may come a frame later
        assert notices(app)[-1].startswith("hit 1 of ")


# --------------------------------------------------------------------------- defect 12: the palette


async def palette(app, pilot, typed: str) -> None:
    app.action_command_palette()
    await pilot.pause(0.3)
    await pilot.press(*typed)
    await pilot.pause(0.6)


async def test_palette_entity_matches_any_spelling_and_offers_only_mentioned_entities(app_factory):
    from belreader.tui.commands import entity_commands

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        commands = list(entity_commands(app))
        assert commands
        for command in commands:  # each one filters to some articles
            assert app.library.article_ids_mentioning(command.callback.args[0]), command.name
        assert "entity: Viktor Lukashenka" not in {c.name for c in commands}  # in the table, in no article
        await palette(app, pilot, "entity: lukashenko")
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.reader.entity_filter is not None
        assert app.reader.entity_filter[1] == "Alyaksandr Lukashenka"
        assert len(app.reader.entity_filter_ids) >= 3


async def test_palette_search_runs_what_is_typed_with_nothing_searched_before(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.library.search_history() == [] and app.state.recent_queries == []
        await palette(app, pilot, "search: loan")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.reader.query_text == "loan"
        assert app.reader.results is not None and app.reader.results.total > 0


# --------------------------------------------------------------------------- history and saved searches


async def test_up_and_down_in_the_search_box_walk_the_projects_history(app_factory):
    app = app_factory()
    for query in ("sochi", "loan", "peskov"):  # oldest first: "peskov" is the newest
        app.library.remember_search(query)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"bel")
        await pilot.pause(0.3)
        box = app.query_one("#search")
        await pilot.press("up")
        await settle(app, pilot)
        assert box.value == "peskov" and app.reader.query_text == "peskov"
        assert app.reader.results.query == "peskov" and app.reader.results.total > 0, "the search is run"
        await pilot.press("up", "up")
        await settle(app, pilot)
        assert box.value == "sochi"
        await pilot.press("up")  # the oldest: nowhere further to go
        assert box.value == "sochi"
        await pilot.press("down")
        await settle(app, pilot)
        assert box.value == "loan" and app.reader.results.query == "loan"
        await pilot.press("down", "down")
        await settle(app, pilot)
        assert box.value == "bel", "past the newest: back to what was typed"
        await pilot.press(*"arus", "up")
        await settle(app, pilot)
        assert box.value == "peskov", "typing starts a new walk from the newest"


async def test_ctrl_s_names_the_search_and_the_palette_runs_it(app_factory):
    from belreader.tui.screens.save_search import SaveSearchDialog

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await search_for(app, pilot, "loan OR credit")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SaveSearchDialog)
        await pilot.press(*"loans", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, SaveSearchDialog)
        assert [(s.name, s.query) for s in app.library.saved_searches()] == [("loans", "loan OR credit")]
        assert any("Saved as 'loans'" in m for m in notices(app))
        # the same name for another search: said in the dialog; entered again, it replaces it
        await search_for(app, pilot, "sochi")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press(*"loans", "enter")
        await pilot.pause()
        assert isinstance(app.screen, SaveSearchDialog)
        assert "already saved" in str(app.screen.query_one("#save-search-error").render())
        await pilot.press("enter")
        await pilot.pause()
        assert [(s.name, s.query) for s in app.library.saved_searches()] == [("loans", "sochi")]
        app.library.save_search("credit", "loan OR credit")
        await pilot.press("escape")  # clear the search
        await settle(app, pilot)
        await palette(app, pilot, "saved: credit")
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.reader.query_text == "loan OR credit" and app.reader.results.total > 0


# --------------------------------------------------------------------------- defect 11: did you mean


async def test_did_you_mean_is_shown_whole_and_enter_runs_it(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"lukashenkq tikhanovskya")
        await pilot.pause(0.8)
        await settle(app, pilot)
        assert app.reader.results.total == 0
        shown = " ".join(message_text(app).split())
        assert "Did you mean: lukashenka tikhanovskaya? enter searches it" in shown, shown
        note = app.query_one("#search-message")
        assert note.size.height >= 2, "wrapped over the lines it needs, not cut"
        await pilot.press("enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.query_one("#search").value == "lukashenka tikhanovskaya"
        assert app.reader.results.query == "lukashenka tikhanovskaya" and app.reader.results.total > 0


async def test_a_misspelling_with_a_few_hits_is_offered_the_word_and_ctrl_y_runs_it(tmp_path):
    # "goverment" finds the governess through the stem they share; "government" finds six
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(6):
        (corpus / f"budget{n}.txt").write_text(
            f"Budget day {n}\n\nThe government set out its spending plans on day {n}.\n", encoding="utf-8"
        )
    (corpus / "nanny.txt").write_text("A new governess\n\nThe family hired a governess.\n", encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot, rounds=8)
        await search_for(app, pilot, "goverment")
        await pilot.pause(0.6)  # the did-you-mean is asked once the typing pauses
        await settle(app, pilot)
        assert app.reader.results.total == 1
        shown = " ".join(message_text(app).split())
        assert "1 article" in shown and "Did you mean: government? ctrl+y searches it" in shown, shown
        await pilot.press("enter")  # enter still opens the top hit while there are hits
        await settle(app, pilot)
        await pilot.press("slash", "ctrl+y")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.query_one("#search").value == "government"
        assert app.reader.results.query == "government" and app.reader.results.total == 6
        assert "Did you mean" not in message_text(app)


async def test_a_note_under_the_count_is_shown_whole(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text('Loan talks\n\nTony Blair said: "The loan talks went well."\n', encoding="utf-8")
    (corpus / "c.txt").write_text('Police\n\nIan Blair said: "Crime is falling in London."\n', encoding="utf-8")
    app = make_app(corpus=corpus, index_dir=tmp_path / "index", state_dir=tmp_path / "state")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot, rounds=8)
        await search_for(app, pilot, "speaker:blair")
        note = app.query_one("#search-message")
        shown = " ".join(message_text(app).split())
        assert "may be any of 2 names: Ian Blair (1 article), Tony Blair (1)" in shown, shown
        assert "ian-blair" not in shown and "tony-blair" not in shown, "names, not entity ids"
        assert note.size.height >= 3, "the note is on the lines below the count, not cut off"


async def test_saved_searches_head_the_article_list_and_enter_runs_one(app_factory):
    from belreader.tui.widgets.article_list import ArticleList

    app = app_factory()
    app.library.save_search("loans", "loan OR credit")
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        listing = app.query_one(ArticleList)
        assert [getattr(row, "name", None) for row in listing.rows[:1]] == ["loans"]
        assert len(listing.visible_ids) == 5  # the articles are all still there, after it
        assert listing.highlighted == 1, "the first article is highlighted, not the saved search"
        listing.focus()
        await pilot.press("k", "enter")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.reader.query_text == "loan OR credit" and app.reader.results.total > 0
        from belreader.tui.widgets.article_list import ArticleList, HitList

        assert isinstance(app.focused, HitList), "the hits take the focus: keys browse them"
        await pilot.press("j")
        assert app.reader.query_text == "loan OR credit", "a key moves through the hits, never types over the query"
        # ctrl+s adds the search to the list at once
        await search_for(app, pilot, "sochi")
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press(*"olympics", "enter")
        await settle(app, pilot)
        assert [row.name for row in listing.rows[:2]] == ["loans", "olympics"]
        app.reader.apply_filter(app.library.filter_by_entity("peskov"))
        assert not any(hasattr(row, "name") for row in listing.rows), "a filter shows its articles alone"


async def test_the_highlighted_hit_is_previewed_while_the_middle_pane_is_empty(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        assert app.reader.article is None
        await search_for(app, pilot, "loan")
        await pilot.pause(0.5)  # the preview waits for the highlight to stay
        await settle(app, pilot)
        hits = app.query_one(HitList)
        top = hits.highlighted_option.id
        assert app.reader.article is not None and app.reader.article.id == top, "the top hit is shown"
        assert top not in app.library.read_ids(), "a preview is not marked read"
        assert not isinstance(app.focused, ArticleView), "the focus stays with the search"
        hits.focus()
        await pilot.press("j")
        await pilot.pause(0.5)
        await settle(app, pilot)
        second = hits.highlighted_option.id
        assert second != top and app.reader.article.id == second, "browsing the hits moves the preview"
        await pilot.press("enter")  # opened for real: read, and a later search leaves it in place
        await settle(app, pilot)
        assert app.reader.article.id == second and isinstance(app.focused, ArticleView)
        for query in ("sochi", "peskov", "crackdown", "military base", "protests"):
            await search_for(app, pilot, query)
            await pilot.pause(0.5)
            await settle(app, pilot)
            if hits.highlighted_option.id != second:
                break
        assert hits.highlighted_option.id != second  # another top hit, which is not shown
        assert app.reader.article.id == second, "an article the user opened is not replaced by a preview"


async def test_a_preview_goes_when_a_new_search_finds_nothing_but_an_opened_article_stays(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await search_for(app, pilot, "loan")
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert app.reader.article is not None, "the top hit is previewed"
        await search_for(app, pilot, "zzyzx")  # no hits
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert "No hits" in str(app.query_one("#search-message", Static).render())
        view = app.query_one(ArticleView)
        assert app.reader.article is None and view.article is None, "a stale preview is not left in the pane"
        assert "Choose an article" in str(view.query_one("#article-head", Static).render())
        assert not view.paragraph_widgets()
        # an article the user opened stays through a search that finds nothing
        await search_for(app, pilot, "loan")
        await pilot.pause(0.5)
        await settle(app, pilot)
        opened = app.query_one(HitList).highlighted_option.id
        app.query_one(HitList).focus()
        await pilot.press("enter")
        await settle(app, pilot)
        await search_for(app, pilot, "zzyzx")
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert app.reader.article is not None and app.reader.article.id == opened
        assert view.paragraph_widgets()


async def test_keys_after_a_restored_search_act_on_the_reader_not_the_search_box(app_factory):
    first = app_factory()
    async with first.run_test(size=WIDE) as pilot:
        await settle(first, pilot)
        await search_for(first, pilot, "loan")
        first.query_one(HitList).focus()
        await pilot.pause()  # the focus moves after a refresh: the state saved says where it is
        assert isinstance(first.focused, HitList), first.focused
        first.save_state()
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.pause(0.5)
        await settle(app, pilot)
        assert app.reader.query_text == "loan" and app.query_one(HitList).display
        assert app.focused is not None and app.focused.display, f"the focus is on a hidden {app.focused!r}"
        await pilot.press("e")  # the reader's export, not a letter typed over the restored query
        await pilot.pause()
        assert app.query_one("#search").value == "loan"
        from belreader.tui.screens.export_dialog import ExportDialog

        assert isinstance(app.screen, ExportDialog)


async def test_keys_typed_right_after_slash_go_into_the_search_box(app_factory):
    """Issue 13, found walking it: `/` then `speaker:blair` typed at once sorted the list (s)
    and opened the project switcher (p): the focus moved only after the keys already waiting."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        listing = app.query_one(ArticleList)
        sort_before = listing.sort_key
        type_at_once(app, "/speaker:peskov")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert app.screen is app.reader, "no key opened a screen"
        assert app.query_one("#search").value == "speaker:peskov"
        assert listing.sort_key == sort_before, "s went into the box, not to the sort"
        assert app.reader.results is not None and app.reader.results.total > 0
        await pilot.press("slash")  # in the box, / is typed
        assert app.query_one("#search").value == "speaker:peskov/"


async def test_the_count_line_names_publishers_only_when_they_fit(app_factory):
    """Found searching `loan` at 120 columns: "3 articles · Eurasian Research…", the publishers
    cut at the column's edge after half a name."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.run_query("loan")
        await settle(app, pilot)
        note = app.query_one("#search-message", Static)
        first = message_text(app).splitlines()[0]
        assert first == "3 articles", first
        assert len(first) <= note.content_size.width
