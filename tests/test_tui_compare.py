"""Compare and Disagreements in the reader (issue 14), on the bundled corpus (Pilot).

The $1.5 billion loan is reported by three articles (000, 001, 003): the Compare screen
shows the three accounts, highlights what differs and explains it; a claim no other
article reports says so in one line; enter opens an account's article at its paragraph;
`e` writes the comparison; `D` lists the facts whose accounts differ.
"""

from __future__ import annotations

import io
import json
import threading

import pytest
from rich.console import Console
from textual.widgets import Input, RadioButton

from belreader.facts import Comparison, Difference, Row
from belreader.tui.commands import COMMAND_SOURCES
from belreader.tui.screens.compare import (
    DIFFERS,
    AccountList,
    AccountRow,
    CompareExportDialog,
    CompareScreen,
    DifferencesView,
    DisagreementList,
    DisagreementsScreen,
    differing_fields,
    words_text,
)
from belreader.tui.screens.export_dialog import ConfirmDialog
from belreader.tui.widgets.article_view import ArticleView
from belreader.tui.widgets.side_panel import ClaimList

from tui_scenes import LOAN_CLAIM, scene
from tui_util import SEED_000, SEED_003, WIDE, notifications, open_article, settle

SEED_001 = "001_68081da56b0bdd5a"
DONETS_CLAIM = "003_30002c4a879dc3c8#s002762"  # Sofya Donets, via The Moscow Times, para. 3
ALONE_CLAIM = "000_080d1da5f101e41c#s002143"  # Putin congratulating Lukashenka: no other account


def plain(renderable, width: int = 120) -> str:
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


async def compare_from_claims_tab(app, pilot, claim_id: str = LOAN_CLAIM) -> CompareScreen:
    """Open the claim's article, highlight it in the Claims tab and press m."""
    await open_article(app, pilot, claim_id.split("#")[0])
    app.reader.show_tab("claims")
    claims = app.query_one(ClaimList)
    claims.focus()
    claims.highlighted = claims.get_option_index(claim_id)
    await pilot.press("m")
    await settle(app, pilot)
    assert isinstance(app.screen, CompareScreen)
    return app.screen


# ---------------------------------------------------------------------- Compare


async def test_m_on_the_loan_claim_shows_its_three_accounts_and_what_differs(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await compare_from_claims_tab(app, pilot)
        comparison = screen.comparison
        assert comparison is not None
        assert [r.article_id for r in comparison.rows] == [SEED_000, SEED_001, SEED_003]
        accounts = screen.query_one(AccountList)
        rows = [accounts.get_option_at_index(i) for i in range(accounts.option_count)]
        assert [o.id for o in rows if not o.disabled] == [r.claim_id for r in comparison.rows]
        assert accounts.get_option_at_index(accounts.highlighted).id == LOAN_CLAIM, "the claim compared is chosen"

        shown = " ".join(plain(rows[3].prompt, 80).split())  # the Moscow Times account, stacked to read it
        assert "The Organization for World Peace · ¶3" in shown
        assert "Sofya Donets said (reported) · The Moscow Times" in shown
        assert "“the $1.5 billion loan is “mostly refinancing of already-existing debt.””" in shown
        assert "1.5 billion usd" in shown

        # The same amount everywhere: no amount difference; stance and attribution differ.
        kinds = [d.kind for d in comparison.differences]
        assert "amount" not in kinds and "date" not in kinds
        assert "stance" in kinds and kinds.count("attribution") == 2
        marks = differing_fields(comparison)
        assert {"stance", "via", "speaker"} <= marks[DONETS_CLAIM]
        assert "amounts" not in marks[DONETS_CLAIM]

        explained = plain(screen.query_one("#compare-differences-text").content)
        assert "The stance differs" in explained
        assert "The Organization for World Peace (#3) cites The Moscow Times" in " ".join(explained.split())
        assert "Grouped on: same number: 1.5 billion usd" in " ".join(explained.split())


async def test_the_comparison_is_built_in_a_worker_with_a_loading_state(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        release = threading.Event()
        real = app.library.compare

        def slow(claim_id, **kwargs):
            release.wait(10)
            return real(claim_id, **kwargs)

        app.library.compare = slow
        app.reader.compare_claim(app.reader.analysis.claim(LOAN_CLAIM))
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.waiting
        status = screen.query_one("#compare-status")
        assert status.display and "Comparing accounts" in str(status.render())
        await pilot.press("j")  # the UI answers while the groups are being built
        await pilot.pause()
        release.set()
        await settle(app, pilot)
        assert not screen.waiting and screen.comparison is not None
        assert not status.display and screen.query_one(AccountList).display


async def test_a_claim_in_no_group_says_so_in_one_line(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        screen = await compare_from_claims_tab(app, pilot, ALONE_CLAIM)
        assert screen.comparison is None
        status = screen.query_one("#compare-status")
        said = str(status.render())
        # the speaker and verb end with a colon, as in the Claims tab: "Peskov according to “…”"
        # read as one phrase
        assert said.startswith("No other article reports this fact: Putin emphasized: “")
        assert not screen.query_one(AccountList).display, "no empty table"
        assert not screen.check_action("export", ()) and not screen.check_action("open_account", ())
        await pilot.press("e", "enter")
        await pilot.pause()
        assert app.screen is screen, "nothing to export or open: the keys do nothing"
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)


async def test_m_in_the_article_compares_the_chosen_claim_and_says_when_there_is_none(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        await pilot.press("m")
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
        assert any("Choose a claim first" in m for m in notifications(app))
        app.reader.choose_claim(app.reader.analysis.claim(LOAN_CLAIM))
        await settle(app, pilot)
        app.query_one(ArticleView).focus()
        await pilot.press("m")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.comparison is not None and len(app.screen.comparison.rows) == 3


async def test_enter_opens_the_account_at_its_paragraph_with_the_claim_chosen(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await compare_from_claims_tab(app, pilot)
        await pilot.press("j", "j")  # the third account: The Moscow Times via 003
        await pilot.press("enter")
        await settle(app, pilot)
        assert not isinstance(app.screen, CompareScreen)
        assert app.reader.article.id == SEED_003
        assert app.reader.selected_claim is not None and app.reader.selected_claim.id == DONETS_CLAIM
        assert app.query_one(ArticleView).cursor == app.reader.selected_claim.paragraph


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
async def test_export_writes_the_comparison_with_its_citations(app_factory, tmp_path, fmt):
    app = app_factory()
    dest = tmp_path / "out" / f"loan.{fmt}"
    async with app.run_test(size=WIDE) as pilot:
        await compare_from_claims_tab(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, CompareExportDialog)
        assert "belreader-compare-" in dialog.query_one("#cexport-path", Input).value
        dialog.query_one(f"#cformat-{fmt}", RadioButton).value = True
        await pilot.pause()
        assert dialog.query_one("#cexport-path", Input).value.endswith(f".{fmt}"), "the ending follows the format"
        dialog.query_one("#cexport-path", Input).value = str(dest)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        text = dest.read_text(encoding="utf-8")
        assert any(str(dest) in m for m in notifications(app))
    if fmt == "json":
        data = json.loads(text)
        assert [a["article"] for a in data["accounts"]] == [SEED_000, SEED_001, SEED_003]
        assert (
            data["accounts"][2]["paragraph"] == 3
            and data["accounts"][2]["outlets"] == ["The Moscow Times"]
            and data["accounts"][2]["outlet_ids"] == ["moscow-times"]
        )
        assert {d["kind"] for d in data["differences"]} >= {"stance", "attribution"}
    elif fmt == "csv":
        assert text.count("\n") == 4 and "Sofya Donets" in text and "The Moscow Times" in text
    else:
        assert "The Organization for World Peace" in text and "para. 3" in text
        assert "> the $1.5 billion loan" in text and "## Differences" in text


async def test_export_over_an_existing_file_asks_first(app_factory, tmp_path):
    app = app_factory()
    dest = tmp_path / "loan.md"
    dest.write_text("mine", encoding="utf-8")
    async with app.run_test(size=WIDE) as pilot:
        await compare_from_claims_tab(app, pilot)
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#cexport-path", Input).value = str(dest)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(app, pilot)
        assert dest.read_text(encoding="utf-8") == "mine"
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#cexport-path", Input).value = str(dest)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        assert dest.read_text(encoding="utf-8").startswith("# Compare: `fact:")


# ---------------------------------------------------------------------- Disagreements


async def test_disagreements_lists_most_different_first_and_opens_a_comparison(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("D")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, DisagreementsScreen)
        listing = screen.query_one(DisagreementList)
        assert listing.option_count == len(screen.comparisons) == 3
        severities = [c.severity for c in screen.comparisons]
        assert severities == sorted(severities, reverse=True)
        assert LOAN_CLAIM in screen.comparisons[0].rows[0].claim_id, "the loan's accounts differ most"
        first = plain(listing.get_option_at_index(0).prompt)
        assert "3 accounts" in first and "stance" in first and "attribution" in first

        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.comparison is screen.comparisons[0]
        assert app.screen.selected_row() is screen.comparisons[0].rows[0], "the first account is chosen"
        await pilot.press("escape")
        assert app.screen is screen, "escape goes back to the list"
        await pilot.press("j", "enter")
        await settle(app, pilot)
        assert app.screen.comparison is screen.comparisons[1]
        await pilot.press("enter")  # open the first account: back in the reader, every screen closed
        await settle(app, pilot)
        assert not isinstance(app.screen, (CompareScreen, DisagreementsScreen))
        assert app.reader.article.id == screen.comparisons[1].rows[0].article_id


async def test_the_palette_offers_compare_commands(app_factory):
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await open_article(app, pilot)
        names = [c.name for source in COMMAND_SOURCES for c in source(app)]
        assert "compare: disagreements" in names
        assert any(n.startswith("compare: The Russian side confirmed: the imminent disbursal") for n in names)
        command = next(
            c for source in COMMAND_SOURCES for c in source(app) if c.name.startswith("compare: The Russian side")
        )
        command.callback()
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen) and len(app.screen.comparison.rows) == 3


async def test_with_analysis_off_there_is_nothing_to_compare(seed_corpus, tmp_path):
    from belreader.index import CorpusIndex
    from belreader.tui.app import make_app

    index_dir = tmp_path / "index"
    CorpusIndex(seed_corpus, index_dir, analysis=False).update()
    app = make_app(corpus=seed_corpus, index_dir=index_dir, state_dir=tmp_path / "state", analysis=False)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("D")
        await settle(app, pilot)
        assert "Analysis is off" in str(app.screen.query_one("#disagree-status").render())


# ---------------------------------------------------------------------- text is data


def hostile_comparison() -> Comparison:
    def row(n: int, span: str, outlets: list[str]) -> Row:
        return Row(
            claim_id=f"a{n}#s000000",
            article_id=f"a{n}",
            title="[bold]Title[/bold]\x1b[31m",
            publisher="[link=http://x]Pub[/link]",
            author=None,
            date="2024-09-14",
            url=None,
            path=f"/c/a{n}.txt",
            paragraph=2,
            speaker="[red]Mr X[/red]",
            verb="said",
            stance="reported",
            negated=False,
            outlets=outlets,
            span=span,
            amounts=["$2m"],
            amounts_normalised=["2000000 usd"],
            dates=[],
            dates_normalised=[],
            citation="",
        )

    rows = [row(1, "it cost $2m \x1b[2J[b]loud[/b]", ["[i]tass[/i]"]), row(2, "it cost $3m\u202e", [])]
    differences = [
        Difference("amount", "The money disagrees: [bold]x[/bold] (a1) \x1b[31m.", ["a1#s000000", "a2#s000000"], 3.0)
    ]
    return Comparison("fact:a1#s000000", rows, differences, ["[blink]shared[/blink]"], 0.5)


@pytest.mark.parametrize("width", [120, 80])
def test_article_text_is_never_markup_nor_escape_sequences(width):
    comparison = hostile_comparison()
    marks = differing_fields(comparison)
    shown = plain(AccountRow(1, comparison.rows[0], marks["a1#s000000"], [1], {}), width)
    shown += plain(AccountRow(2, comparison.rows[1], marks["a2#s000000"], [1], {}), width)
    shown += plain(DifferencesView(comparison), width)
    flat = "".join(shown.split())
    for literal in ("[red]MrX[/red]", "[b]loud[/b]", "[i]tass[/i]", "[bold]x[/bold]", "[blink]shared[/blink]"):
        assert literal in flat, literal
    assert "\x1b" not in shown and "\u202e" not in shown
    assert "(#1)" in flat, "the article id in an explanation becomes the row's number"


def test_dates_are_shown_as_written_with_the_day_they_resolve_to():
    row = hostile_comparison().rows[0]
    row.dates, row.dates_normalised = ["September 14", "yesterday"], ["????-09-14", "2024-09-13"]
    shown = " ".join(plain(AccountRow(1, row, set(), [], {}), 80).split())
    assert "September 14, yesterday (2024-09-13)" in shown and "????" not in shown


def test_a_figure_the_accounts_disagree_on_is_marked_in_the_words():
    text = words_text("they lent $1.5bn on Monday", [("$1.5bn", True), ("Monday", False)])
    styles = {text.plain[s.start : s.end]: s.style for s in text.spans}
    assert styles["$1.5bn"] == DIFFERS and styles["Monday"] != DIFFERS


# ---------------------------------------------------------------------- snapshots


@pytest.fixture
def scene_app(indexed_seed_corpus, tmp_path):
    from belreader.tui.app import make_app

    corpus, index_dir = indexed_seed_corpus

    def build():
        return make_app(corpus=corpus, index_dir=index_dir, state_dir=tmp_path / "state")

    return build


@pytest.mark.parametrize("name", ["compare", "compare-narrow", "disagreements", "disagreements-narrow"])
def test_compare_scene(name, scene_app, snap_compare):
    chosen = scene(name)
    assert snap_compare(scene_app(), terminal_size=chosen.size, run_before=chosen.run_before)


async def test_the_title_shows_the_differs_legend_only_when_something_differs():
    """A comparison with no difference has nothing highlighted: no "differs" legend in its title
    (a continued quotation compared on the sentence the other account reports, session 20)."""
    from test_facts_compare_s20 import RUN, SAID_RUN, SHORT
    from test_facts_s13b import compared
    from textual.app import App

    quiet = compared(
        ("a", RUN, SAID_RUN, "Firefly", "rufus-firefly", {"verb": "admit", "negated": True}),
        ("b", f'"{SHORT}," Firefly said.', SHORT, "Firefly", "rufus-firefly"),
    )
    loud = compared(
        (
            "a",
            "Firefly denied the harbour was closed.",
            "the harbour was closed",
            "Firefly",
            "rufus-firefly",
            {"verb": "deny", "negated": True},
        ),
        ("b", "Chicolini said the harbour was closed.", "the harbour was closed", "Chicolini", "chicolini"),
    )
    for comparison, legend in ((quiet, False), (loud, True)):

        class Host(App):
            def __init__(self, shown) -> None:
                super().__init__()
                self.shown = shown

            def on_mount(self) -> None:
                self.push_screen(CompareScreen(comparison=self.shown))

        app = Host(comparison)
        async with app.run_test(size=WIDE) as pilot:
            await pilot.pause()
            title = app.screen.query_one("#compare-title").render()
            assert ("differs" in str(title)) is legend, str(title)
            assert "2 accounts of one fact" in str(title)


def test_the_sentences_the_others_do_not_report_are_dimmed():
    span = "First they said no. Then they said yes. Last came more."
    shared = [(20, 39)]  # "Then they said yes."
    text = words_text(span, [], shared=shared)
    plain = text.plain
    dim = {i for part in text.spans if part.style.dim for i in range(part.start, part.end)}
    at = plain.index("Then")
    assert plain.index("First") in dim and plain.index("Last") in dim
    assert not any(i in dim for i in range(at, at + len("Then they said yes.")))
    assert not {part.style for part in words_text(span, []).spans if part.style.dim}
