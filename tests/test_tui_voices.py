"""The Who said what screen (W): speakers and sources, their claims across articles, enter opens
the article at the claim, e exports them."""

from __future__ import annotations

import csv
import io

from belreader.tui.screens.voices import ClaimsExportDialog, VoiceClaimList, VoiceList, VoicesScreen
from belreader.tui.widgets.article_view import ArticleView

from tui_util import WIDE, settle


async def _open_voices(app, pilot):
    await settle(app, pilot)
    await pilot.press("W")
    await settle(app, pilot)
    assert isinstance(app.screen, VoicesScreen)
    return app.screen


async def test_who_said_what_lists_speakers_and_opens_a_claim(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await _open_voices(app, pilot)
        voices = screen.query_one(VoiceList)
        expected = app.library.voices()
        assert voices.option_count == len(expected)
        top = expected[0]
        assert voices.get_option_at_index(0).id == f"{top.kind}\t{top.id}"
        claims = screen.query_one(VoiceClaimList)
        assert claims.option_count == top.claims  # the highlighted one's claims, across articles
        records = app.library.voice_claims(top.kind, top.id)
        last = records[-1]
        await pilot.press("enter")  # into its claims
        assert claims.has_focus
        claims.highlighted = claims.option_count - 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is app.reader
        assert app.reader.article.id == last["article_id"]
        assert app.reader.selected_claim is not None and app.reader.selected_claim.id == last["id"]
        assert app.query_one(ArticleView).has_focus


async def test_who_said_what_narrows_by_kind_and_name(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await _open_voices(app, pilot)
        voices = screen.query_one(VoiceList)
        await pilot.press("s")  # speakers only
        assert all(o.id.startswith("speaker\t") for o in voices._options)
        await pilot.press("s")  # sources only
        sources = [o.id for o in voices._options]
        assert sources and all(o.startswith("source\t") for o in sources)
        await pilot.press("s", "slash", *"tas")
        await pilot.pause()
        assert [o.id for o in voices._options] == ["source\ttass"]
        await pilot.press("enter")  # back to the list; the claims are TASS's
        await settle(app, pilot)
        claims = screen.query_one(VoiceClaimList)
        assert claims.option_count == len(app.library.voice_claims("source", "tass")) > 0
        await pilot.press("escape")
        assert app.screen is app.reader


async def test_who_said_what_exports_the_claims_shown(app_factory, tmp_path):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await _open_voices(app, pilot)
        top = app.library.voices()[0]
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, ClaimsExportDialog)
        target = tmp_path / "out" / "peskov.csv"
        app.screen.query_one("#claims-export-path").value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen
        rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8").lstrip("\ufeff"))))
        assert len(rows) == top.claims
        assert {r["source"] for r in rows} == {"claim"} and rows[0]["export_query"] == f"speaker:{top.id}"
        # again: the file exists, so it asks before replacing it
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#claims-export-path").value = str(target)
        await pilot.press("enter")
        await settle(app, pilot)
        assert "already exists" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen is screen


async def test_palette_offers_who_said_what(app_factory):
    from belreader.tui.commands import COMMAND_SOURCES

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        commands = {c.name: c for source in COMMAND_SOURCES for c in source(app)}
        commands["corpus: who said what"].callback()
        await settle(app, pilot)
        assert isinstance(app.screen, VoicesScreen)
