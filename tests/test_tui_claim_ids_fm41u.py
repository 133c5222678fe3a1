"""The reader asks `Library.clip_claim` (the one home of "is this still the clip's claim?") when it
jumps to a clip's claim, rather than repeating its check (task fm41u)."""

from __future__ import annotations

from test_tui_claim_ids_s41 import _jump, _loan_claim_clip

from tui_util import settle


async def test_jumping_to_a_clips_claim_asks_the_library(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        claim, clip = _loan_claim_clip(app)
        asked = []

        def refused(clip_, analysis=None):  # the library says the clip's claim is gone
            asked.append((clip_.id, analysis is not None))
            return None

        monkeypatch.setattr(app.reader.library, "clip_claim", refused)
        notes = await _jump(app, pilot, clip)
        assert asked == [(clip.id, True)]
        assert app.reader.selected_claim is None
        assert "That claim is no longer found in this article." in notes, notes
