"""The Who said what screen (W): speakers and sources, their claims across articles, enter opens
the article at the claim, e exports them."""

from __future__ import annotations

import csv
import io

from belreader.tui.screens.voices import ClaimsExportDialog, VoiceClaimList, VoiceList, VoicesScreen
from belreader.tui.widgets.article_view import ArticleView

from tui_util import WIDE, open_screen, settle, type_at_once


async def _open_voices(app, pilot) -> VoicesScreen:
    return await open_screen(app, pilot, "W", VoicesScreen)


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
        assert all(o.id.startswith(("speaker\t", "described\t", "unresolved\t")) for o in voices._options)
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


def _lines(widget) -> list[str]:
    return [widget.render_line(y).text for y in range(widget.size.height)]


async def test_who_said_what_at_80x24_is_one_voice_a_line_and_claims_are_divided(app_factory):
    """Issue 13: at 80×24 each speaker or source is one line (its claims, its name, cut with an
    ellipsis when long), not three or four wrapped ones; its claims are set apart by a rule."""
    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_voices(app, pilot)
        voices = screen.query_one(VoiceList)
        assert voices.virtual_size.height == voices.option_count, "one line per speaker or source"
        top = app.library.voices()[0]
        first = _lines(voices)[0]
        assert first.split()[0] == str(top.claims) and top.name in first
        longest = max(app.library.voices(), key=lambda v: len(v.name))
        assert len(longest.name) > voices.size.width
        screen.query_one("#voice-filter").value = longest.name
        await settle(app, pilot)
        assert voices.option_count == 1
        shown = _lines(voices)[0].rstrip()
        assert shown.endswith("…") and longest.name.startswith(shown.split(None, 1)[1].removesuffix("…"))
        speaker = next(v for v in app.library.voices() if v.claims >= 2)
        screen.query_one("#voice-filter").value = ""
        await settle(app, pilot)
        voices.highlighted = [o.id for o in voices._options].index(f"{speaker.kind}\t{speaker.id}")
        await settle(app, pilot)
        claims = screen.query_one(VoiceClaimList)
        assert claims.option_count == speaker.claims
        rules = [line for line in _lines(claims) if line.strip() and set(line.strip()) == {"─"}]
        assert len(rules) >= 1, "a rule between two claims"


async def test_the_side_panel_claims_are_set_apart_at_80x24(app_factory):
    """Issue 13: in the side panel at 80 columns (ctrl+b), a claim's wrapped lines and the next
    claim's are divided by a rule, not run together."""
    from belreader.tui.widgets.side_panel import ClaimList

    from tui_util import open_article

    app = app_factory()
    async with app.run_test(size=(80, 24)) as pilot:
        await open_article(app, pilot)
        await pilot.press("ctrl+b")
        await settle(app, pilot)
        claims = app.query_one(ClaimList)
        assert claims.option_count >= 2 and claims.size.width >= 30
        lines = _lines(claims)
        rules = [at for at, line in enumerate(lines) if line.strip() and set(line.strip()) == {"─"}]
        assert rules and rules[0] > 0, "the first claim, then a rule"
        assert claims.virtual_size.height >= claims.option_count * 2, "each claim's wrapped lines, and a rule"


async def test_a_name_typed_right_after_slash_goes_into_the_filter(app_factory):
    """As in the reader: `/` then a name typed at once narrow the list (`s` is not the kind key)."""
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await _open_voices(app, pilot)
        type_at_once(app, "/tass")
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert screen.query_one("#voice-filter").value == "tass" and screen.kind == "all"
        assert [o.id for o in screen.query_one(VoiceList)._options] == ["source\ttass"]


async def test_with_analysis_off_who_said_what_says_so_whole_at_80x24(seed_corpus, tmp_path):
    from belreader.index import CorpusIndex
    from belreader.tui.app import make_app

    index_dir = tmp_path / "index"
    CorpusIndex(seed_corpus, index_dir, analysis=False).update()
    app = make_app(corpus=seed_corpus, index_dir=index_dir, state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open_voices(app, pilot)
        head = screen.query_one("#voice-list-head")
        shown = " ".join(" ".join(_lines(head)).split())
        assert "Analysis is off (--no-nlp): no claims, speakers or sources." in shown, shown
        assert screen.query_one(VoiceList).option_count == 0


async def test_unresolved_speakers_are_one_line_after_the_voices_not_a_voice(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await _open_voices(app, pilot)
        voices = screen.query_one(VoiceList)
        rows = [str(voices.get_option_at_index(i).prompt) for i in range(voices.option_count)]
        assert not any("(unresolved)" in row for row in rows)  # "he (unresolved)" is nobody
        assert "speaker not resolved" in rows[-1]
        await pilot.press("s")  # speakers only: the line stays, after them
        assert voices.get_option_at_index(voices.option_count - 1).id.startswith("unresolved\t")
        voices.highlighted = voices.option_count - 1
        await settle(app, pilot)
        claims = screen.query_one(VoiceClaimList)
        records = app.library.voice_claims("unresolved", "unresolved")
        assert records and claims.option_count == len(records)
        assert all(r["speaker"].endswith("(unresolved)") for r in records)  # each shown as written
        title = str(screen.query_one("#voices-title").render())
        speakers = [v for v in app.library.voices("speaker")]
        assert f"{len(speakers)} speakers" in title and f"{len(records)} with the speaker not resolved" in title
