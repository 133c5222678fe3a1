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


async def test_jumping_to_a_lone_claims_clip_after_a_second_claim_starts_there(app_factory, monkeypatch):
    """A second claim found starting where the clip's (lone) claim did gives both ids that say where
    they end: the reader still selects the clip's claim, by its fingerprint, under its new id."""
    from dataclasses import replace

    from belreader.nlp.records import Claim, give_claim_ids

    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        claim, clip = _loan_claim_clip(app)
        real = app.library.analysis_for

        def reanalysed(article):
            analysis = real(article)
            words = " ".join(claim.content.split()[:3])
            second = replace(claim, end=claim.start + len(words), content=words, speaker="Someone Else", speaker_id="x")
            claims = [replace(c) for c in analysis.claims] + [second]
            give_claim_ids(claims)
            return replace(analysis, claims=claims)

        monkeypatch.setattr(app.library, "analysis_for", reanalysed)
        notes = await _jump(app, pilot, clip)
        assert app.reader.selected_claim is not None
        assert app.reader.selected_claim.id == Claim.make_id(claim.article_id, claim.start, claim.end) != claim.id
        assert not any("no longer found" in n for n in notes), notes
