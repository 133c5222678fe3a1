"""The reader opens an article at a claim by its id (from Compare, Who said what, Related): a
claim id kept from before a re-analysis that no longer names a claim says so, never selecting
another claim in its place (claim ids are where the content starts: `Claim.make_id`)."""

from __future__ import annotations

from tui_util import SEED_003, settle, until


def _analysis(app):
    return next(a for a in app.library.analyses() if a.article_id == SEED_003)


async def _open_at(app, pilot, claim_id: str) -> list[str]:
    await settle(app, pilot)
    app.reader.open_article(SEED_003, claim_id=claim_id)
    # the claim is chosen (or said to be gone) as the article's analysis arrives: wait for it (a
    # loaded machine can take longer than one settle)
    await until(app, pilot, lambda: app.reader.analysis is not None and app.reader.analysis.article_id == SEED_003)
    await settle(app, pilot)
    return [n.message for n in app._notifications]


async def test_opening_at_a_current_claim_selects_it(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        analysis = _analysis(app)
        claim = analysis.claims[len(analysis.claims) // 2]
        notes = await _open_at(app, pilot, claim.id)
        assert app.reader.selected_claim is not None and app.reader.selected_claim.id == claim.id
        assert not any("no longer found" in n for n in notes), notes


async def test_opening_at_an_old_numbered_id_selects_nothing_and_says_so(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        notes = await _open_at(app, pilot, f"{SEED_003}#c3")  # the shape before stable ids
        assert app.reader.selected_claim is None
        assert "That claim is no longer found in this article." in notes, notes


async def test_opening_at_a_claim_gone_after_reanalysis_selects_nothing(app_factory):
    app = app_factory()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        first = _analysis(app).claims[0]
        gone = f"{SEED_003}#s{first.start + 1:06d}"  # a place where no claim starts
        notes = await _open_at(app, pilot, gone)
        assert app.reader.selected_claim is None
        assert "That claim is no longer found in this article." in notes, notes
