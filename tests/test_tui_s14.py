"""Reader defects found in session 14 by using it as a new user would (Pilot).

Each test failed before its fix. Clips are checked through a fresh `ClipStore` (what another
process would see).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from belreader.clips import ClipStore
from belreader.library import Library
from belreader.tui.screens.clips import ClipsScreen
from belreader.tui.screens.export_dialog import ConfirmDialog

from tui_util import SEED_000, SEED_003, WIDE, notifications, open_article, search, settle, stored, type_at_once, until


def slow(monkeypatch, name: str, seconds: float = 0.3) -> None:
    """Make a Library write take a while, as on a slow disk: keys pressed meanwhile must
    still act on what was asked before them."""
    original = getattr(Library, name)

    def slowed(self, *args, **kwargs):
        time.sleep(seconds)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Library, name, slowed)


# ---------------------------------------------------------------------- undo while saving


async def test_u_right_after_an_unmark_brings_the_clip_back(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        [clip] = stored()
        slow(monkeypatch, "toggle_clip")
        await pilot.press("space", "u")  # u while the unmark is still being saved
        await settle(app, pilot)
        assert stored() == [clip]
        assert not any(m.startswith("Nothing to undo") for m in notifications(app))


async def test_u_right_after_a_confirmed_unmark_brings_the_note_back(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        view = await open_article(app, pilot)
        with ClipStore(app.library.clip_store().path) as store:
            clip = store.add_paragraph(view.article, view.current_paragraph(), note="keep me")
        app.reader.passages.refresh_marks(view.article)
        await settle(app, pilot)
        await pilot.press("space")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        slow(monkeypatch, "remove_clip")
        type_at_once(app, "yu")  # u while the dialog closes and the unmark is saved
        await settle(app, pilot)
        assert [c.note for c in stored()] == ["keep me"]
        assert stored()[0].id == clip.id


async def test_u_right_after_a_delete_on_the_clips_screen_brings_it_back(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        store = app.library.clip_store()
        first = store.add_paragraph(app.library.load_article(SEED_000), 2)
        second = store.add_paragraph(app.library.load_article(SEED_003), 3)
        await pilot.press("C")
        await settle(app, pilot)
        assert isinstance(app.screen, ClipsScreen)
        slow(monkeypatch, "remove_clip")
        await pilot.press("d")
        await pilot.pause()
        type_at_once(app, "yu")  # u while the dialog closes and the unmark is saved
        await settle(app, pilot)
        assert sorted(c.id for c in stored()) == [first.id, second.id]
        assert not any(m.startswith("Nothing to undo") for m in notifications(app))


# ---------------------------------------------------------------------- PNG screenshots


def load_screenshots_script():
    import importlib.util

    path = Path(__file__).resolve().parent.parent / "scripts" / "screenshots.py"
    spec = importlib.util.spec_from_file_location("screenshots_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ink_starts(image, rows: int) -> list[int]:
    """Per terminal row, the leftmost dark pixel inside the white screen (the window frame
    around it is dark too, and its transparent corners are made dark)."""
    from PIL import Image

    rgba = image.convert("RGBA")
    gray = Image.alpha_composite(Image.new("RGBA", rgba.size, "black"), rgba).convert("L")
    light = [y for y in range(gray.height) if gray.getpixel((gray.width // 2, y)) > 200]
    top, bottom = light[0], light[-1] + 1
    height = (bottom - top) / rows
    starts = []
    for row in range(rows):
        found = gray.width
        for y in range(int(top + row * height), int(top + (row + 1) * height)):
            inside = False
            for x in range(gray.width):
                value = gray.getpixel((x, y))
                if value > 200:
                    inside = True
                elif inside and value < 128:
                    found = min(found, x)
                    break
        starts.append(found)
    return starts


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="rsvg-convert is not installed")
async def test_png_screenshots_keep_the_spaces_a_line_starts_with(tmp_path):
    """The PNG of a screen shows a word after leading spaces where the SVG (and the
    terminal) shows it, not pulled to the left edge of its span."""
    from PIL import Image
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class Lines(App):
        CSS = "Screen { background: white; color: black; } Static { width: auto; }"

        def compose(self) -> ComposeResult:
            yield Static("X")
            yield Static("          X", id="indented")

    app = Lines()
    async with app.run_test(size=(20, 3)) as pilot:
        await pilot.pause()
        svg = Path(app.save_screenshot(filename="lines.svg", path=str(tmp_path)))
    png = load_screenshots_script().to_png(svg)
    assert png is not None
    image = Image.open(png)
    first, indented, _ = ink_starts(image, rows=3)
    cell = image.width / 22  # 20 columns and the window's frame
    assert indented - first > 8 * cell, (first, indented)


# ---------------------------------------------------------------------- who said what


async def test_who_said_what_sets_speakers_described_not_named_apart(app_factory):
    """The bundled corpus's "these analysts", "Experts" and "commentators" are no named sources:
    listed after the named speakers and sources, marked "not named", their claims a key away."""
    from belreader.tui.screens.voices import VoiceClaimList, VoiceList, VoicesScreen

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("W")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, VoicesScreen)
        listing = screen.query_one(VoiceList)
        ids = [listing.get_option_at_index(i).id for i in range(listing.option_count)]
        kinds = [i.partition("\t")[0] for i in ids]
        assert "speaker\tthese-analysts" not in ids and "speaker\texperts" not in ids
        assert {"described\tthese-analysts", "described\texperts", "described\tcommentators"} <= set(ids)
        last_named = max(at for at, kind in enumerate(kinds) if kind in ("speaker", "source"))
        assert all(at > last_named for at, kind in enumerate(kinds) if kind == "described")
        at = ids.index("described\tthese-analysts")
        assert "not named" in str(listing.get_option_at_index(at).prompt)
        listing.highlighted = at
        await settle(app, pilot)
        claims = screen.query_one(VoiceClaimList)
        assert claims.option_count == len(app.library.voice_claims("described", "these-analysts")) == 3
        assert "by speakers described, not named" in str(screen.query_one("#voices-title").render())


# ---------------------------------------------------------------------- the Corpus screen's filter and a search


def hit_ids(app) -> set[str]:
    return {hit.id for hit in app.reader.results.hits}


def search_message(app) -> str:
    from textual.widgets import Static

    return str(app.query_one("#search-message", Static).render())


async def test_a_corpus_choice_narrows_the_search_hits_shown_and_x_brings_them_back(app_factory):
    """With a search on, the hits are the list the reader sees: enter on a month in the Corpus
    screen narrowed only the article list hidden behind them (nothing seemed to happen), and a
    search typed under a month filter ignored it without a word."""
    from belreader.tui.screens.corpus import CorpusScreen

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await search(app, pilot, "Peskov")
        every = hit_ids(app)
        month = set(app.library.filter_by_period("2020-09").article_ids)
        assert len(every) == 2 and every & month and every - month
        app.query_one("#hits").focus()
        await pilot.press("P")
        await settle(app, pilot)
        assert isinstance(app.screen, CorpusScreen)
        await pilot.press("enter")  # the first month
        await settle(app, pilot)
        assert hit_ids(app) == every & month
        assert app.reader.results.total == len(every & month)
        assert "month: 2020-09" in search_message(app) and "x clears" in search_message(app)
        await pilot.press("slash", "ctrl+u", *"Putin")  # another search: the month still holds
        await until(app, pilot, lambda: app.reader.results is not None and app.reader.results.query == "Putin")
        assert hit_ids(app) and hit_ids(app) <= month
        app.query_one("#hits").focus()
        await pilot.press("x")
        await until(app, pilot, lambda: app.reader.results is not None and bool(hit_ids(app) - month))
        assert hit_ids(app) - month, "every hit again"
        assert "month:" not in search_message(app)


async def test_the_timeline_legend_does_not_cover_the_first_bar(app_factory):
    """Plotext draws a legend over the chart's top left corner, on the first bars: on the bundled
    corpus it hid the top of the first month's bar. The colours are said over the chart."""
    from textual.geometry import Region
    from textual.widgets import Static

    from belreader.tui.screens.corpus import CHOSEN_RGB, Chart, CorpusScreen

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("P")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CorpusScreen)
        chart = screen.query_one("#timeline-plot", Chart)
        lines = [strip.text for strip in chart.render_lines(Region(0, 0, chart.size.width, chart.size.height))]
        drawn = "\n".join(lines)
        assert "chosen" not in drawn and "cited dates" not in drawn
        note = screen.query_one("#timeline-note", Static).content
        assert "■ highlighted" in str(note)
        assert any(
            not isinstance(span.style, str) and span.style.color and span.style.color.triplet == CHOSEN_RGB
            for span in note.spans
        )


# ---------------------------------------------------------------------- the palette


async def test_the_palette_says_according_to_peskov_not_peskov_according_to(app_factory):
    from belreader.tui.commands import COMMAND_SOURCES

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        names = [c.name for source in COMMAND_SOURCES for c in source(app) if c.name.startswith("compare: ")]
        assert any(n.startswith("compare: according to Peskov: Setting up a Russian military base") for n in names)
        assert not any("according to:" in n for n in names)
