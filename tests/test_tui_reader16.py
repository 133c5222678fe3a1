"""Reader defects found (or found again) in session 16 by using it as a demanding analyst would.

Each test failed before its fix.
"""

from __future__ import annotations

import pytest
from textual.widgets import Static

from belreader.tui.screens.voices import VoicesScreen

from nlp_util import claims_of
from tui_util import SEED_003, open_article, open_screen, search, settle


def _title(screen) -> str:
    return screen.query_one("#voices-title", Static).render_line(0).text.strip()


# ---------------------------------------------------------------------- 1a. Who said what's title


async def test_who_said_what_title_agrees_in_number(app_factory):
    app = app_factory()
    async with app.run_test(size=(160, 36)) as pilot:
        screen = await open_screen(app, pilot, "W", VoicesScreen)
        once = next(v for v in app.library.voices() if v.kind == "speaker" and v.claims == 1)
        screen.query_one("#voice-filter").value = once.name
        await settle(app, pilot)
        title = _title(screen)
        assert "1 speaker or source · 1 claim " in title + " ", title
        await pilot.press("escape")  # leaves the box... and the screen: reopen for the kinds
        screen = await open_screen(app, pilot, "W", VoicesScreen)
        screen.query_one("#voice-filter").value = once.name
        await pilot.press("s")  # speakers only
        await settle(app, pilot)
        assert "Who said what  1 speaker · 1 claim" in _title(screen)


async def test_who_said_what_title_fits_80_columns_without_cutting_a_word(app_factory):
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_screen(app, pilot, "W", VoicesScreen)
        title = _title(screen)
        assert not title.endswith("…"), title
        described = sum(v.claims for v in app.library.voices() if v.kind == "described")
        assert described, "the seed corpus has claims by speakers described, not named"
        # every word shown is whole: the counts, then the short forms of what did not fit
        assert title.startswith("Who said what  ") and f"· {described} unnamed" in title, title
        await pilot.resize_terminal(160, 36)
        await settle(app, pilot)
        assert f"· {described} by speakers described, not named" in _title(screen)


# ---------------------------------------------------------------------- 1b. long entity names hang


async def test_a_long_entity_name_wraps_under_itself_not_under_the_counts(app_factory):
    import re

    from belreader.tui.widgets.side_panel import EntityList

    app = app_factory()
    async with app.run_test(size=(100, 36)) as pilot:
        await settle(app, pilot)
        longest, article_id = max(
            ((e, a.article_id) for a in app.library.analyses() for e in a.entities), key=lambda pair: len(pair[0].name)
        )
        await open_article(app, pilot, article_id)
        app.reader.show_tab("entities")
        await settle(app, pilot)
        entities = app.query_one(EntityList)
        lines = [entities.render_line(y).text.rstrip() for y in range(entities.size.height)]
        width = entities.scrollable_content_region.width
        assert len(longest.name) + 4 > width, (longest.name, width)  # it has to wrap
        first = next(
            i for i, line in enumerate(lines) if re.match(r"\s*\d+× " + re.escape(longest.name.split()[0]), line)
        )
        column = lines[first].index(longest.name.split()[0])
        follow = lines[first + 1]
        assert follow[:column].strip() == "" and follow[column:].strip(), (lines[first], follow)
        shown = " ".join(line.strip() for line in (lines[first][column:], follow))
        assert longest.name.startswith(shown) or shown.startswith(longest.name)


# ---------------------------------------------------------------------- 1c. the verb as written, with what governs it


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Talks\n\nThe minister spoke for an hour, appearing to suggest that the talks had failed.",
            "appearing to suggest",
        ),
        ("Talks\n\nMs Adebayo seemed to admit that the plan was late.", "seemed to admit"),
    ],
)
def test_a_reporting_verb_keeps_the_verb_that_governs_it(text: str, verb: str) -> None:
    found = [c.verb_text for c in claims_of(text)]
    assert verb in found, found


def test_a_plain_reporting_verb_is_written_alone() -> None:
    found = [c.verb_text for c in claims_of("Talks\n\nMr Harlow said that the deal is good for farmers.")]
    assert found == ["said"], found


async def test_the_claims_tab_shows_the_governing_verb(app_factory):
    from belreader.tui.widgets.side_panel import ClaimList

    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await open_article(app, pilot, SEED_003)
        claims = app.query_one(ClaimList)
        prompts = [str(claims.get_option_at_index(i).prompt) for i in range(claims.option_count)]
        shown = [p for p in prompts if "emphasize" in p]
        assert shown and all("appearing to emphasize:" in p for p in shown), shown


# ---------------------------------------------------------------------- 2. Disagreements on a big corpus


async def test_disagreements_say_how_far_the_facts_are_built(app_factory, monkeypatch):
    """Building the fact groups took 26 s on BBC (2,198 articles) with only "Finding facts…"
    on the screen: it counts the articles read, then says what it groups, the seconds ticking."""
    import threading
    import time

    from belreader import facts
    from belreader.tui.screens.compare import DisagreementsScreen, FactsProgress, FactsProgressStatus

    build = facts.build_fact_groups

    def slow_build(*args, **kwargs):
        time.sleep(2.5)
        return build(*args, **kwargs)

    monkeypatch.setattr(facts, "build_fact_groups", slow_build)
    from belreader import library as library_module

    fill = library_module.Library._fill
    heard: list[FactsProgress] = []
    shown: list[str] = []
    step_heard = threading.Event()

    def slow_fill(self, progress=None, cancelled=None):
        def slow(stage, done, total):
            # Hand-shake: each count waits until the screen has handled it, so no two counts are
            # ever in the queue together to coalesce (they do by design: only the latest shows).
            # Timing alone (a sleep per step) lost ("analyses", 0, 5) once on a loaded CI run.
            if progress is not None:
                step_heard.clear()
                progress(stage, done, total)
                step_heard.wait(timeout=30)

        return fill(self, slow, cancelled)

    monkeypatch.setattr(library_module.Library, "_fill", slow_fill)
    handler = FactsProgressStatus.heard

    def spy(self, message):
        handler(self, message)
        heard.append(message)
        if isinstance(self._screen, DisagreementsScreen):  # what the status line says right now
            shown.append(str(self._screen.query_one("#disagree-status", Static).render()))
        step_heard.set()

    monkeypatch.setattr(FactsProgressStatus, "heard", spy)
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("D")
        for _ in range(300):  # until the list is there (a loaded machine takes a while)
            await pilot.pause(0.1)
            if isinstance(app.screen, DisagreementsScreen):
                if not app.screen.waiting:
                    break
                shown.append(str(app.screen.query_one("#disagree-status", Static).render()))
        claims = sum(len(a.claims) for a in app.library.analyses())
        seen = [(m.stage, m.done, m.total) for m in heard]
        assert seen[:2] == [("articles", 0, 5), ("analyses", 0, 5)], seen  # each count heard, in order
        assert [stage for stage, _, _ in seen][-2:] == ["groups", "compare"], seen
        assert "Reading the articles' claims: 0 of 5 articles…" in shown, shown
        assert any(f"Grouping {claims} claims into facts" in s and s.rstrip().endswith(" s") for s in shown), shown
        assert FactsProgress("analyses", 1, 5).can_replace(FactsProgress("analyses", 0, 5))  # floods coalesce
        await settle(app, pilot)
        assert isinstance(app.screen, DisagreementsScreen) and app.screen.comparisons is not None
        assert "whose accounts differ" in str(app.screen.query_one("#disagree-title", Static).render())


async def test_closing_disagreements_while_the_articles_are_read_stops_the_reading(app_factory, monkeypatch):
    import time

    from belreader import library as library_module
    from belreader.tui.screens.compare import DisagreementsScreen

    read: list[int] = []
    monkeypatch.setattr(library_module, "_ANALYSES_AT_ONCE", 1)  # one article a step
    original = library_module.Library._fill

    def counted_fill(self, progress=None, cancelled=None):
        def slow(stage, done, total):
            if stage == "analyses":
                read.append(done)
                time.sleep(1.0)
            if progress is not None:
                progress(stage, done, total)

        return original(self, slow, cancelled)

    monkeypatch.setattr(library_module.Library, "_fill", counted_fill)
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        app.library._forget()  # as after an index update: the analyses are read again
        await pilot.press("D")
        await pilot.pause(0.4)
        assert isinstance(app.screen, DisagreementsScreen)
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is app.reader
        assert len(read) < 5, read  # it gave up at the next step
        assert not [n for n in app._notifications if "rror" in n.message]


# ---------------------------------------------------------------------- 3. numbered rows wrap beside their numbers


def _rows(widget) -> list[str]:
    return [widget.render_line(y).text.rstrip() for y in range(widget.size.height)]


def _hang_apart(lines: list[str], numbered: str) -> list[tuple[str, str]]:
    """(numbered line, next line) pairs where the next line, the same row wrapped, starts left
    of the text after the number: it ran under the number."""
    import re

    wrong = []
    for line, after in zip(lines, lines[1:], strict=False):
        found = re.match(numbered, line)
        if found is None or not after.strip() or re.match(numbered, after) or set(after.strip()) == {"─"}:
            continue
        column = found.end()
        if after[:column].strip() or not after[column:].strip():
            wrong.append((line, after))
    return wrong


async def test_search_hits_wrap_beside_their_ranks(app_factory):
    from belreader.tui.widgets.article_list import HitList

    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "loan")
        hits = app.query_one(HitList)
        lines = _rows(hits)
        assert sum(1 for line in lines if line[:4].strip().rstrip(".•★").isdigit()) >= 2, lines
        assert _hang_apart(lines, r"\s*\d+[.•★] ") == []


async def test_clips_wrap_beside_their_numbers(app_factory):
    from belreader.tui.screens.clips import ClipList

    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        await pilot.press("C")
        await settle(app, pilot)
        lines = _rows(app.screen.query_one(ClipList))
        assert len([line for line in lines if line.strip()]) >= 3, lines  # a quote over two lines, and its title
        assert _hang_apart(lines, r"\s*\d+\. ") == []


async def test_the_corpus_pairs_wrap_beside_their_ranks(app_factory):
    from belreader.tui.screens.corpus import CorpusScreen, PairList

    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await open_screen(app, pilot, "P", CorpusScreen)
        await pilot.press("3")
        await settle(app, pilot)
        pairs = app.screen.query_one(PairList)
        lines = _rows(pairs)
        assert pairs.virtual_size.height > pairs.option_count  # some pairs take two lines
        assert _hang_apart(lines, r"\s*\d+\. ") == []


async def test_the_disagreements_and_compare_titles_fit_80_columns_without_cutting_a_word(app_factory):
    from belreader.tui.screens.compare import CompareScreen, DisagreementsScreen

    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("D")
        await settle(app, pilot)
        assert isinstance(app.screen, DisagreementsScreen) and app.screen.comparisons
        title = app.screen.query_one("#disagree-title", Static).render_line(0).text.strip()
        assert title.startswith("Disagreements") and not title.endswith("…"), title
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        title = app.screen.query_one("#compare-title", Static).render_line(0).text.strip()
        assert "accounts of one fact" in title and not title.endswith("…"), title


async def test_a_projects_details_wrap_beside_its_marker(app_factory):
    from belreader.tui.screens.projects import ProjectList, ProjectsScreen

    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, ProjectsScreen)
        lines = [line for line in _rows(app.screen.query_one(ProjectList)) if line.strip()]
        assert lines[0].lstrip().startswith("●") and len(lines) >= 3, lines  # the details take two lines
        column = lines[0].index("●") + 2
        assert all(line[:column].strip() == "" for line in lines[1:]), lines
