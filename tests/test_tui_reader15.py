"""Reader defects found in session 15 by using it as a demanding new user would (Pilot).

Each test failed before its fix. Clips are checked through a fresh `ClipStore` (what another
process would see).
"""

from __future__ import annotations

import re
import time

from belreader.library import Library
from belreader.tui.screens.clips import ClipsScreen, NoteDialog

from tui_util import SEED_000, WIDE, notifications, open_article, settle, stored


def slow(monkeypatch, name: str, seconds: float = 1.0, error: Exception | None = None) -> None:
    """Make a Library write take a while, as on a slow disk (and fail with `error`)."""
    original = getattr(Library, name)

    def slowed(self, *args, **kwargs):
        time.sleep(seconds)
        if error is not None:
            raise error
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Library, name, slowed)


# ---------------------------------------------------------------------- 1. quitting waits for clip writes


async def test_q_right_after_marking_waits_for_the_mark_to_be_saved(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        slow(monkeypatch, "toggle_clip")
        await pilot.press("space", "q")  # q while the mark is still being saved
        for _ in range(40):
            if app._exit:
                break
            await pilot.pause(0.1)
        assert any("Saving your clips" in m for m in notifications(app))
    assert len(stored()) == 1  # saved before the reader closed (the process ends soon after)


async def test_q_right_after_editing_a_note_waits_for_the_note(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        await pilot.press("C")
        await settle(app, pilot)
        assert isinstance(app.screen, ClipsScreen)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        slow(monkeypatch, "update_clip")
        await pilot.press(*"why", "enter", "q", "q")  # the Clips screen closes, then the reader
        for _ in range(40):
            if app._exit:
                break
            await pilot.pause(0.1)
    assert [c.note for c in stored()] == ["why"]


async def test_q_right_after_starring_waits_for_the_star(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        slow(monkeypatch, "star")
        await pilot.press("asterisk", "q")
        for _ in range(40):
            if app._exit:
                break
            await pilot.pause(0.1)
        corpus, index_dir = app.library.corpus, app.library.index_dir
    assert Library(corpus, index_dir).starred_ids() == [SEED_000]


async def test_a_write_failing_while_quitting_keeps_the_reader_open_and_says_so(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        slow(monkeypatch, "toggle_clip", 0.5, OSError("disk full"))
        await pilot.press("space", "q")
        await settle(app, pilot)
        await pilot.pause(0.2)
        assert not app._exit
        said = [m for m in notifications(app) if "could not be saved" in m]
        assert said and "disk full" in said[0]
        await pilot.press("q")  # nothing left to save: q quits at once
        await pilot.pause()
        assert app._exit


# ---------------------------------------------------------------------- 4. the entity list's counts in a column


async def test_the_entity_lists_counts_stand_in_one_column(app_factory):
    from belreader.tui.widgets.side_panel import EntityList

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        app.reader.show_tab("entities")
        await settle(app, pilot)
        entities = app.query_one(EntityList)
        rows = [entities.get_option_at_index(i) for i in range(entities.option_count)]
        lines = [str(o.prompt) for o in rows if not o.disabled]
        found = [re.search(r"\d+", line) for line in lines]
        assert len({len(m.group()) for m in found if m}) > 1  # counts of one and of two digits
        assert len({m.end() for m in found if m}) == 1  # ... all end in the same column


# ---------------------------------------------------------------------- 3. exports where belreader was started


async def test_exports_default_to_the_folder_belreader_was_started_from(app_factory, tmp_path, monkeypatch):
    from textual.widgets import Input, Static

    from belreader.tui.screens.export_dialog import ExportDialog

    started = tmp_path / "report"
    started.mkdir()
    monkeypatch.chdir(started)  # as `belreader export -o NAME` writes NAME here
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        path = dialog.query_one("#export-path", Input).value
        assert path.startswith(str(started) + "/belreader-clips-") and path.endswith(".md")
        assert str(started) in str(dialog.query_one("#export-folder", Static).render())
        await pilot.press("enter")
        await settle(app, pilot)
    [written] = started.glob("belreader-clips-*.md")
    assert "> " in written.read_text(encoding="utf-8")  # the marked passage, quoted


async def test_exports_go_to_the_projects_folder_when_the_start_folder_cannot_be_written(app_factory, monkeypatch):
    from textual.widgets import Static

    from belreader.tui.screens.voices import ClaimsExportDialog, VoicesScreen

    app = app_factory()
    monkeypatch.chdir("/")  # a desktop launcher's
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        folder = app.library.project_dir / "exports"
        await pilot.press("W")
        await settle(app, pilot)
        assert isinstance(app.screen, VoicesScreen)
        await pilot.press("e")
        await settle(app, pilot)
        dialog = app.screen
        assert isinstance(dialog, ClaimsExportDialog)
        assert dialog.query_one("#claims-export-path").value.startswith(f"{folder}/belreader-claims-")
        assert "exports folder" in str(dialog.query_one("#claims-export-folder", Static).render())


# ---------------------------------------------------------------------- 5. a city of the country named is no detail left out


async def test_compare_does_not_flag_belarus_as_left_out_by_the_account_naming_minsk(app_factory):
    from belreader.tui.screens.compare import CompareScreen
    from belreader.tui.widgets.side_panel import ClaimList

    from tui_scenes import LOAN_CLAIM

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot, LOAN_CLAIM.split("#")[0])
        app.reader.show_tab("claims")
        claims = app.query_one(ClaimList)
        claims.focus()
        claims.highlighted = claims.get_option_index(LOAN_CLAIM)
        await pilot.press("m")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.comparison is not None
        minsk = next(r for r in screen.comparison.rows if "Minsk" in r.span)
        belarus = [d for d in screen.comparison.differences if "names Belarus;" in d.explanation]
        assert belarus and all(minsk.claim_id not in d.accounts for d in belarus)
        [city] = [d for d in screen.comparison.differences if "names Minsk;" in d.explanation]
        assert "names only its country, Belarus" in city.explanation


def test_a_place_belreader_cannot_locate_is_said_beside_the_flag_not_taken_as_inside():
    from types import SimpleNamespace

    from belreader.facts import _entity_omissions

    def account(n: int, quote: str, entities: dict[str, str]):
        places = frozenset(entities)
        claim = SimpleNamespace(id=f"a{n}#s000000", speaker_id="")
        passage = SimpleNamespace(quote=quote, publisher=f"Paper {n}", title="")
        return SimpleNamespace(claim=claim, passage=passage, article_id=f"a{n}", entities=entities, places=places)

    country = account(1, "a loan to Belarus", {"belarus": "Belarus"})
    city = account(2, "a loan to Minsk", {"minsk": "Minsk"})
    elsewhere = account(3, "a loan for Grodno", {"grodno": "Grodno"})
    [flag, *_] = [d for d in _entity_omissions([country, city, elsewhere]) if "names Belarus" in d.explanation]
    assert flag.accounts == ["a3#s000000"]  # Minsk lies in Belarus (the entity table says so): not flagged
    assert flag.explanation.endswith("Paper 3 (a3) names Grodno: belreader cannot tell whether that is in Belarus.")


# ---------------------------------------------------------------------- 2. who said what: progress, responsive


async def test_who_said_what_says_how_far_it_is_and_the_filter_can_be_typed_meanwhile(app_factory, monkeypatch):
    from textual.widgets import Input, Static

    from belreader import voices as voices_module
    from belreader.tui.screens.voices import VoiceList, VoicesScreen

    counted = voices_module.voices

    def slow_count(*args, **kwargs):
        time.sleep(4.0)  # counting the voices of a big corpus
        return counted(*args, **kwargs)

    monkeypatch.setattr(voices_module, "voices", slow_count)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("W")
        screen = app.screen
        assert isinstance(screen, VoicesScreen)
        heads = set()
        for _ in range(100):
            heads.add(str(screen.query_one("#voice-list-head", Static).render()))
            if getattr(screen, "loaded", False) or "Counting the speakers and sources…" in heads:
                break
            await pilot.pause(0.05)
        assert "Counting the speakers and sources…" in heads
        assert not screen.loaded
        await pilot.press("slash", *"putin")  # typed while it counts
        assert screen.query_one("#voice-filter", Input).value == "putin"
        await settle(app, pilot)
        listing = screen.query_one(VoiceList)
        shown = [str(listing.get_option_at_index(i).prompt) for i in range(listing.option_count)]
        assert shown and all("Putin" in line for line in shown)


def test_voices_read_only_the_analyses_of_articles_citing_an_outlet_the_table_does_not_know(
    indexed_seed_corpus, monkeypatch
):
    from belreader.index import CorpusIndex

    corpus, index_dir = indexed_seed_corpus
    library = Library(corpus, index_dir)
    before = library.voices()
    records = [dict(r) for r in library._all_claims()]
    records[0]["outlets"] = [*records[0]["outlets"], "moscow-times-unknown"]
    monkeypatch.setattr(Library, "_all_claims", lambda self: records)
    read: list[list[str]] = []
    original = CorpusIndex.all_analyses

    def spy(self, articles=None, *args, **kwargs):
        read.append([a.id for a in articles] if articles is not None else ["all"])
        return original(self, articles, *args, **kwargs)

    monkeypatch.setattr(CorpusIndex, "all_analyses", spy)
    stages: list[tuple[str, int, int]] = []
    after = library.voices(progress=lambda *step: stages.append(step))
    assert read == [[records[0]["article_id"]]]  # one article's analysis, not the corpus's
    assert ("sources", 1, 1) in stages and stages[-1][0] == "voices"
    assert {v.id for v in after} == {v.id for v in before} | {"moscow-times-unknown"}


# ---------------------------------------------------------------------- counts of a big corpus


async def test_big_counts_are_written_with_thousands_separators(app_factory):
    from textual.widgets import Static

    from belreader.library import Voice
    from belreader.tui.messages import CorpusStats
    from belreader.tui.screens.voices import VoicesScreen

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        app.reader.post_message(CorpusStats({"articles": 2181, "entities": 16889, "claims": 13443}))
        await pilot.pause()
        assert app.sub_title == "2,181 articles · 16,889 entities · 13,443 claims"
        await pilot.press("W")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, VoicesScreen)
        screen.voices = [Voice("speaker", "tony-blair", "Tony Blair", 1251, 1020)]
        screen._show_voices()
        await pilot.pause()
        assert "1 speaker or source · 1,251 claims" in str(screen.query_one("#voices-title", Static).render())


def test_who_said_what_does_not_wait_for_the_facets_being_counted(indexed_seed_corpus, monkeypatch):
    import threading

    corpus, index_dir = indexed_seed_corpus
    library = Library(corpus, index_dir)
    counting = threading.Event()
    counted = Library._count_facets

    def slow_count(self, before):
        counting.set()
        time.sleep(3.0)  # thousands of articles
        return counted(self, before)

    monkeypatch.setattr(Library, "_count_facets", slow_count)
    facets = threading.Thread(target=library.facets)
    facets.start()
    assert counting.wait(5)
    started = time.monotonic()
    voices = library.voices()
    took = time.monotonic() - started
    facets.join()
    assert voices and took < 2.0


# ---------------------------------------------------------------------- a folder typed as the export's path


async def test_a_folder_typed_as_the_export_path_gets_the_default_file_name(app_factory, tmp_path):
    from textual.widgets import Input

    from belreader.tui.screens.export_dialog import ExportDialog

    folder = tmp_path / "reports"
    folder.mkdir()
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        dialog.query_one("#export-path", Input).value = str(folder)
        await pilot.press("enter")
        await settle(app, pilot)
        assert not any("Export failed" in m for m in notifications(app))
    [written] = folder.glob("belreader-clips-*.md")
    assert "> " in written.read_text(encoding="utf-8")


# ---------------------------------------------------------------------- a note being written is not dropped by escape


async def test_escape_in_the_note_dialog_asks_before_dropping_what_was_typed(app_factory):
    from textual.widgets import Input

    from belreader.tui.screens.export_dialog import ConfirmDialog

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        await pilot.press("C")
        await settle(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press(*"a long thought", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # keep editing
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        assert app.screen.query_one("#note-input", Input).value == "a long thought"
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ClipsScreen)
    assert [c.note for c in stored()] == ["a long thought"]


async def test_escape_in_an_unchanged_note_dialog_closes_it_at_once(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        await pilot.press("C")
        await settle(app, pilot)
        await pilot.press("n")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ClipsScreen)


# ---------------------------------------------------------------------- the palette's entities: names first


async def test_the_palettes_entities_list_names_before_figures_and_dates(app_factory):
    from textual.command import CommandList, CommandPalette

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        figures = {e.name for e in app.reader.analysis.entities if e.label in ("DATE", "MONEY", "QUANTITY", "PERCENT")}
        assert figures  # the article has some
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"entity: ")
        for _ in range(30):
            await pilot.pause(0.1)
            commands = app.screen.query_one(CommandList)
            if commands.option_count >= 5:
                break
        shown = [str(commands.get_option_at_index(i).prompt).split("\n")[0] for i in range(5)]
        assert all(line.startswith("entity: ") for line in shown)
        assert not any(line.removeprefix("entity: ") in figures for line in shown), shown
