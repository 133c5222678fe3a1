"""Reader defects found in session 14 by using it as a new user would (Pilot).

Each test failed before its fix. Clips are checked through a fresh `ClipStore` (what another
process would see).
"""

from __future__ import annotations

import time

from belreader import config
from belreader.clips import ClipStore
from belreader.library import Library
from belreader.tui.screens.clips import ClipsScreen
from belreader.tui.screens.export_dialog import ConfirmDialog

from tui_util import SEED_000, SEED_003, WIDE, open_article, settle, type_at_once


def stored() -> list:
    paths = list((config.data_dir() / "projects").glob("*/clips.sqlite3"))
    if not paths:
        return []
    (path,) = paths
    with ClipStore(path) as store:
        return store.list()


def notifications(app) -> list[str]:
    return [n.message for n in app._notifications]


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
