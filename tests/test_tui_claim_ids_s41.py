"""Jumping to a clip made from a claim selects that claim, and only that claim: when a re-analysis
finds another claim where it started (the same id), the reader says the clip's claim is no longer
found and selects nothing (`Clip.claim_in`; tests/test_claim_ids_s41.py has the rest)."""

from __future__ import annotations

from dataclasses import replace

from tui_util import SEED_003, settle, until


def _loan_claim_clip(app):
    analysis = next(a for a in app.library.analyses() if a.article_id == SEED_003)
    claim = next(c for c in analysis.claims if "billion" in c.content)
    article = app.library.load_article(SEED_003)
    done = app.library.toggle_clip(article, claim.sentence_start, claim.sentence_end, claim=claim, analysis=analysis)
    return claim, done.clip


async def _jump(app, pilot, clip) -> list[str]:
    app.reader.passages.jump_to_clip(clip)
    # the claim is chosen (or said to be gone) as the article's analysis arrives: wait for it (a
    # loaded machine can take longer than one settle)
    await until(app, pilot, lambda: app.reader.analysis is not None and app.reader.analysis.article_id == SEED_003)
    await settle(app, pilot)
    return [n.message for n in app._notifications]


async def test_jumping_to_a_clip_selects_the_claim_it_was_made_from(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        claim, clip = _loan_claim_clip(app)
        notes = await _jump(app, pilot, clip)
        assert app.reader.selected_claim is not None and app.reader.selected_claim.id == claim.id
        assert not any("no longer found" in n for n in notes), notes


async def test_jumping_to_a_clip_whose_place_holds_another_claim_selects_nothing(app_factory, monkeypatch):
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        claim, clip = _loan_claim_clip(app)
        real = app.library.analysis_for

        def reanalysed(article):  # new rules: another speaker's claim starts where the clip's did
            analysis = real(article)
            others = [
                replace(c, speaker="Someone Else", speaker_id="someone-else") if c.id == claim.id else c
                for c in analysis.claims
            ]
            return replace(analysis, claims=others)

        monkeypatch.setattr(app.library, "analysis_for", reanalysed)
        notes = await _jump(app, pilot, clip)
        assert app.reader.selected_claim is None
        assert "That claim is no longer found in this article." in notes, notes
