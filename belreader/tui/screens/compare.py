"""The Compare screen (`m` on a claim, palette `compare: …`) and the Disagreements list (`D`).

Compare shows one fact group (issue 14): every article's account of the fact a claim
reports, one row each, side by side (article, publisher and date, who said it and how,
the outlet cited, the exact words, the figures and dates), the fields the accounts
disagree on highlighted, and below them what differs, explained in words as
`facts.compare` states it. Enter opens an account's article at its paragraph with the
claim chosen; `e` exports the comparison (Markdown, CSV or JSON, with citations).

The Disagreements list shows the project's fact groups whose accounts differ in
substance, most different first; enter opens one in Compare.

The fact groups are the Library's (`library.compare`, `library.comparisons`): building
them reads every analysis, so it runs in a thread worker and the screen says it is
working meanwhile. Every string shown is data: built into Rich `Text`, sanitised, never
markup.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from rich.console import Console, ConsoleOptions, RenderResult
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Button, Input, Label, OptionList, RadioButton, RadioSet, Static
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker

from belreader.library import (
    COMPARISON_FORMATS,
    FORMAT_EXTENSIONS,
    FORMAT_NAMES,
    ExportError,
    Library,
    SearchCancelled,
)
from belreader.text import display, display_inline, display_same_length
from belreader.tui.messages import report_failure
from belreader.tui.widgets.footer import ReaderFooter
from belreader.tui.widgets.option_list import FittedOptionList
from belreader.tui.widgets.safe_input import SafeInput
from belreader.tui.widgets.title import FittedTitle

if TYPE_CHECKING:
    from belreader.library import Comparison  # fact grouping is imported when a comparison is first asked for

_DIM = Style(dim=True)
_BOLD = Style(bold=True)
_ITALIC = Style(italic=True)
# What the accounts disagree on: dark text on amber reads in light and dark themes alike.
DIFFERS = Style(color="#1a1a1a", bgcolor="#f0b429", bold=True)
# A figure or date in the exact words that agrees with the other accounts.
FIGURE = Style(underline=True, bold=True)
STANCE_STYLES = {
    "confirmed": Style(color="#5fb85f", bold=True),
    "denied": Style(color="#e0605f", bold=True),
    "claimed": Style(color="#d7a53f", bold=True),
    "reported": Style(),
}
KIND_STYLES = {
    "amount": Style(color="#1a1a1a", bgcolor="#f0b429", bold=True),
    "date": Style(color="#1a1a1a", bgcolor="#f0b429", bold=True),
    "stance": Style(color="#1a1a1a", bgcolor="#e59866", bold=True),
    "polarity": Style(color="#1a1a1a", bgcolor="#e59866", bold=True),
    "attribution": Style(color="#1a1a1a", bgcolor="#9ab8e0", bold=True),
    "omission": Style(color="#1a1a1a", bgcolor="#b8b8b8", bold=True),
}
WIDE_ROWS = 100  # from this width an account is a row of columns; below, its fields are stacked
SPAN_CHARS = 600  # longer exact words are cut (the export has them whole)
SUMMARY_CHARS = 160


# ---------------------------------------------------------------------- what differs, per account


def differing_fields(comparison: Comparison) -> dict[str, set[str]]:
    """Claim id -> the fields of its row the differences concern ("amounts", "dates", "stance",
    "negated", "via", "speaker", "omits"), to highlight them.

    The kinds are facts.compare's; an attribution difference is about outlets when the rows
    cite different outlets (the test facts.compare makes), else about speakers."""
    fields: dict[str, set[str]] = defaultdict(set)
    by_kind = {"amount": "amounts", "date": "dates", "stance": "stance", "polarity": "negated", "omission": "omits"}
    for difference in comparison.differences:
        if difference.kind in by_kind:
            for claim_id in difference.accounts:
                fields[claim_id].add(by_kind[difference.kind])
    outlets_differ = len({tuple(row.outlets) for row in comparison.rows}) > 1
    attributions = sum(1 for d in comparison.differences if d.kind == "attribution")
    speakers_differ = attributions > (1 if outlets_differ else 0)
    for row in comparison.rows:
        if outlets_differ:
            fields[row.claim_id].add("via")
        if speakers_differ:
            fields[row.claim_id].add("speaker")
    return fields


def difference_numbers(comparison: Comparison) -> dict[str, list[int]]:
    """Claim id -> the numbers (1-based, as listed under "What differs") of the differences
    that concern it."""
    numbers: dict[str, list[int]] = defaultdict(list)
    for number, difference in enumerate(comparison.differences, 1):
        for claim_id in difference.accounts:
            numbers[claim_id].append(number)
    return numbers


def words_text(
    span: str, figures: list[tuple[str, bool]], limit: int = SPAN_CHARS, shared: Sequence[tuple[int, int]] = ()
) -> Text:
    """The exact words on one line, quoted, each figure or date it states underlined, and
    marked `DIFFERS` when the accounts disagree on it. When only some of its sentences are what
    the other accounts report (`shared`, offsets into `span`), the rest is dimmed."""
    shown = display_same_length(span).replace("\n", " ")
    spans = []
    if shared:
        edges = [0, *(x for piece in sorted(shared) for x in piece), len(shown)]
        spans += [(a, b, _DIM) for a, b in zip(edges[::2], edges[1::2], strict=True) if b > a]
    for words, differs in figures:
        if words:
            at = shown.find(words)
            if at >= 0:
                spans.append((at, at + len(words), DIFFERS if differs else FIGURE))
    cut = len(shown) > limit
    text = Text("“")
    body = Text(shown[:limit] if cut else shown)
    for start, end, style in spans:
        body.stylize(style, start, min(end, len(body)))
    text.append_text(body)
    text.append("…”" if cut else "”")
    return text


def _outlets(row, outlet_names: dict[str, str]) -> str:
    return ", ".join(display(outlet_names.get(o, o)) for o in row.outlets)


def _said(row, marks: set[str], one_line: bool = False) -> Text:
    """Speaker, the reporting verb as written, its stance (and "negative")."""
    text = Text()
    text.append(display(row.speaker) or "(no speaker)", style=DIFFERS if "speaker" in marks else _BOLD)
    if row.verb:
        text.append(" " + display(row.verb))
    text.append(" (" if one_line else "\n")
    if not one_line:
        text.append("stance ", style=_DIM)
    stance = STANCE_STYLES.get(row.stance, Style())
    text.append(display(row.stance), style=DIFFERS if "stance" in marks else stance)
    if row.negated:
        text.append(" ")
        text.append("negative", style=DIFFERS if "negated" in marks else _ITALIC)
    if one_line:
        text.append(")")
    return text


def _article(row, title_chars: int = 40) -> Text:
    text = Text(display(row.publisher) or display(row.title) or display(row.article_id), style=_BOLD)
    if row.publisher and row.title:
        title = display(row.title)
        text.append("\n" + (title if len(title) <= title_chars else title[: title_chars - 1] + "…"), style=_ITALIC)
    text.append("\n" + " · ".join(x for x in (display(row.date), f"¶{row.paragraph}") if x), style=_DIM)
    if row.duplicates:
        copies = len(row.duplicates)
        text.append(f"\n+{copies} identical cop{'y' if copies == 1 else 'ies'}", style=_DIM)
    return text


def _figures(row, marks: set[str], numbers: list[int], one_line: bool = False) -> Text:
    text = Text()
    lines = []
    dates = [
        display(written) + (f" ({display(value)})" if "?" not in value and value != written else "")
        for written, value in zip(row.dates, row.dates_normalised, strict=False)
    ]
    for values, key in ((row.amounts_normalised, "amounts"), (dates, "dates")):
        if values:
            lines.append(Text(", ".join(display(v) for v in values), style=DIFFERS if key in marks else Style()))
    if not lines:
        lines.append(Text("no figure or date", style=_DIM))
    if "omits" in marks:
        lines.append(Text("omits a detail", style=_ITALIC))
    if numbers:
        lines.append(Text("differs: " + " ".join(str(n) for n in numbers), style=_DIM))
    for i, line in enumerate(lines):
        if i:
            text.append(" · " if one_line else "\n", style=_DIM)
        text.append_text(line)
    return text


def _figure_words(row, marks: set[str]) -> list[tuple[str, bool]]:
    return [(display(a), "amounts" in marks) for a in row.amounts] + [(display(d), "dates" in marks) for d in row.dates]


class AccountRow:
    """One account of a comparison: a row of columns when wide, its fields stacked when narrow.

    The width is the one it is drawn at, so a list of them lines up with `AccountHeader`."""

    def __init__(
        self, number: int, row, marks: set[str], numbers: list[int], outlet_names: dict[str, str] | None = None
    ) -> None:
        self.number = number
        self.row = row
        self.marks = marks
        self.numbers = numbers
        self.outlet_names = outlet_names or {}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        row, marks = self.row, self.marks
        words = words_text(row.span, _figure_words(row, marks), shared=row.shared_spans)
        via = Text(_outlets(row, self.outlet_names) or "no outlet")
        if not row.outlets:
            via.stylize(_DIM)
        if "via" in marks:
            via.stylize(DIFFERS)
        if options.max_width >= WIDE_ROWS:
            table = account_table()
            table.add_row(
                Text(str(self.number), style=_BOLD),
                _article(row),
                _said(row, marks),
                via,
                words,
                _figures(row, marks, self.numbers),
            )
            yield table
            return
        # Narrow: the fields stacked beside the number, one account a few lines.
        text = Text(display(row.publisher) or display(row.title) or display(row.article_id), style=_BOLD)
        text.append(" · " + " · ".join(x for x in (display(row.date), f"¶{row.paragraph}") if x), style=_DIM)
        text.append("\n")
        text.append_text(_said(row, marks, one_line=True))
        text.append(" · ", style=_DIM)
        text.append_text(via)
        text.append("\n")
        text.append_text(words)
        text.append("\n")
        text.append_text(_figures(row, marks, self.numbers, one_line=True))
        grid = Table.grid(padding=(0, 1, 0, 0), expand=True)
        grid.add_column(width=2, no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text(str(self.number), style=_BOLD), text)
        yield grid


def account_table() -> Table:
    """The columns of a wide account row (and of its header): fixed widths, the words flex."""
    table = Table(box=None, expand=True, show_header=False, padding=(0, 1, 0, 0), pad_edge=False)
    table.add_column(width=2, no_wrap=True)
    table.add_column(width=22)
    table.add_column(width=18)
    table.add_column(width=12)
    table.add_column(ratio=1)
    table.add_column(width=18)
    return table


class AccountHeader:
    """The column titles of wide account rows (nothing when the rows are stacked)."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if options.max_width < WIDE_ROWS:
            yield Text("Accounts", style=_BOLD)
            return
        table = account_table()
        names = ("#", "Article", "Said by · stance", "Cites", "Exact words", "Figures · dates")
        table.add_row(*(Text(n, style=_BOLD) for n in names))
        yield table


def explanation(comparison: Comparison, sentence: str) -> str:
    """facts.compare's sentence, shown: each account's article id, in brackets after its
    publisher, becomes its number in the rows ("The Jamestown Foundation (#1)")."""
    shown = display_inline(sentence)
    for number, row in enumerate(comparison.rows, 1):
        shown = shown.replace(f"({display_inline(row.article_id)})", f"(#{number})")
    return shown


class DifferencesView:
    """What differs, numbered as the rows refer to it, each explanation in facts.compare's
    words (wrapped beside its kind), then what the group was formed on."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        comparison = self.comparison
        head = Text("What differs", style=_BOLD)
        if not comparison.differences:
            head.append("  nothing: the accounts agree on what they state.", style=_DIM)
        yield head
        table = Table.grid(padding=(0, 1, 0, 0), expand=True)
        table.add_column(width=2, justify="right")
        table.add_column(width=max(len(k) for k in KIND_STYLES) + 2, no_wrap=True)
        table.add_column(ratio=1)
        for number, difference in enumerate(comparison.differences, 1):
            table.add_row(
                Text(str(number), style=_BOLD),
                Text(f" {display(difference.kind)} ", style=KIND_STYLES.get(difference.kind, _BOLD)),
                Text(explanation(comparison, difference.explanation)),
            )
        if comparison.differences:
            yield table
        if comparison.shared:
            shared = Text("Grouped on: ", style=_DIM)
            shared.append(display_inline("; ".join(comparison.shared)), style=_DIM)
            yield shared


class DisagreementRow:
    """A line of the Disagreements list: rank, how many accounts, the kinds of difference,
    the first account's words and where the accounts are from (indented under the rank)."""

    def __init__(self, number: int, comparison: Comparison) -> None:
        self.number = number
        self.comparison = comparison

    def text(self) -> Text:
        comparison = self.comparison
        rows = comparison.rows
        text = Text(f"{len(rows)} accounts", style=_BOLD)
        kinds = list(dict.fromkeys(d.kind for d in comparison.differences if d.kind != "omission"))
        for kind in kinds:
            text.append("  ")
            text.append(f" {display(kind)} ", style=KIND_STYLES.get(kind, _BOLD))
        omissions = sum(1 for d in comparison.differences if d.kind == "omission")
        if omissions:
            text.append(f"  + {omissions} detail{'s' if omissions != 1 else ''} left out", style=_DIM)
        text.append(f"  · severity {comparison.severity:g}", style=_DIM)
        first = rows[0]
        said = f"{display(first.speaker) or '(no speaker)'} {display(first.verb)}".strip()
        text.append("\n" + said + ": ", style=_DIM)
        text.append_text(words_text(first.span, [], limit=SUMMARY_CHARS))
        where = " · ".join(display(r.publisher) or display(r.title) or display(r.article_id) for r in rows)
        text.append("\n" + where, style=_ITALIC)
        return text

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        grid = Table.grid(padding=(0, 1, 0, 0), expand=True)
        grid.add_column(width=3, justify="right", no_wrap=True)
        grid.add_column(ratio=1)
        grid.add_row(Text(f"{self.number}.", style=_BOLD), self.text())
        yield grid


# ---------------------------------------------------------------------- messages


@dataclass
class ComparisonReady(Message):
    """The comparison of a claim's fact group (None: the claim is in no group), or why not."""

    claim_id: str
    comparison: Comparison | None
    outlet_names: dict[str, str] = field(default_factory=dict)
    error: str = ""


@dataclass
class FactsProgress(Message):
    """The Library's fact groups are being built (`fact_groups`' stages: "articles",
    "analyses" done of total, "groups" of total claims, "compare" of total groups); floods
    coalesce, as IndexProgress do: only the latest shows."""

    stage: str
    done: int = 0
    total: int = 0

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, FactsProgress)


def facts_progress_text(message: FactsProgress, seconds: float = 0) -> str:
    """What the screen says while the fact groups are built ("Reading the analyses: 800 of
    2,198 articles…"); `seconds` on the one step that cannot count, so it is seen to move."""
    if message.stage == "articles":
        return f"Reading the articles: {message.done:,} of {message.total:,}…"
    if message.stage == "analyses":
        return f"Reading the articles' claims: {message.done:,} of {message.total:,} articles…"
    if message.stage == "groups":
        took = f" {seconds:.0f} s" if seconds >= 1 else ""
        return f"Grouping {message.total:,} claims into facts (built once, then kept)…{took}"
    if message.stage == "compare":
        return f"Comparing the accounts of {message.total:,} facts…"
    return "Finding facts…"


class _WaitsOnFacts(Protocol):
    """What FactsProgressStatus needs of the screen that holds it."""

    waiting: bool

    def post_message(self, message: Message) -> bool: ...

    def set_interval(self, interval: float, callback: Callable[[], None]) -> Timer: ...

    def show_facts_progress(self, text: Text) -> None: ...


class FactsProgressStatus:
    """The status line of a screen that waits on the fact groups (held by the screen, not a
    mixin): `reporter(worker)` is the Library's `progress` callback, posting FactsProgress from the
    worker; the screen hands each message it hears to `heard`, and the seconds tick on the
    grouping step, which reports no count of its own."""

    def __init__(self, screen: _WaitsOnFacts) -> None:
        self._screen = screen
        self._last: FactsProgress | None = None
        self._since = 0.0

    def reporter(self, worker) -> Callable[[str, int, int], None]:
        def report(stage: str, done: int, total: int) -> None:
            if not worker.is_cancelled:
                self._screen.post_message(FactsProgress(stage, done, total))

        return report

    def heard(self, message: FactsProgress) -> None:
        if not self._screen.waiting:
            return  # a late one: the result is there
        if self._last is None or self._last.stage != message.stage:
            self._since = time.monotonic()
        if self._last is None:
            self._screen.set_interval(1, self._tick)
        self._last = message
        self._tick()

    def _tick(self) -> None:
        message = self._last
        if message is None or not self._screen.waiting:
            return
        seconds = time.monotonic() - self._since
        self._screen.show_facts_progress(Text(facts_progress_text(message, seconds), style=_ITALIC))


@dataclass
class DisagreementsReady(Message):
    comparisons: list[Comparison]
    outlet_names: dict[str, str] = field(default_factory=dict)
    error: str = ""


@dataclass
class ComparisonExported(Message):
    fmt: str
    path: str
    error: str = ""
    exists: bool = False  # the file is there: ask before replacing it


def _names(library: Library, comparisons: list[Comparison]) -> dict[str, str]:
    return library.outlet_names({o for c in comparisons for r in c.rows for o in r.outlets})


def _analysis_off(library: Library) -> str:
    return "" if library.analysis else "Analysis is off (--no-nlp): there are no claims to compare."


# ---------------------------------------------------------------------- the Compare screen


class AccountList(FittedOptionList):
    # enter is the list's own (select), named for the footer: a screen binding with priority
    # runs before keys typed ahead of it reach the list ("j" then enter opened the row j had
    # not yet moved from)
    BINDINGS = [
        Binding("enter", "select", "Open"),
    ]


@dataclass(frozen=True)
class OpenAccount:
    """The account chosen to be read: the screens close with it and the reader opens it."""

    article_id: str
    paragraph: int  # 0-based
    claim_id: str


def _pass_on(screen: ModalScreen[OpenAccount | None]):
    """The callback of a screen pushed by `screen`: an account chosen up there closes `screen`
    too, on its way to the reader."""

    def chosen(account: OpenAccount | None) -> None:
        if account is not None:
            screen.dismiss(account)

    return chosen


class CompareScreen(ModalScreen[OpenAccount | None]):
    """Every account of the fact one claim reports, side by side, and how they differ.
    Closes with the account to open (enter), which the screen below acts on."""

    DEFAULT_CSS = """
    CompareScreen { background: $background; }
    #compare-title { padding: 0 1; height: 1; background: $boost; text-wrap: nowrap; text-overflow: ellipsis; }
    #compare-status { padding: 1 1; height: auto; color: $text-muted; }
    #compare-accounts { height: 2fr; border: none; }
    #compare-accounts > .option-list--option { padding: 0 1; }
    #compare-differences {
        height: 1fr; min-height: 4; padding: 0 1;
        border-top: hkey $foreground 20%;
    }
    """

    BINDINGS = [
        Binding("escape,q", "close", "Close", tooltip="back to where you were"),
        Binding(
            "enter",
            "open_account",
            "Open",
            tooltip="open the account's article at its paragraph, claim chosen",
        ),
        Binding("e", "export", "Export", tooltip="export the comparison with citations: Markdown, CSV or JSON"),
        Binding("D", "disagreements", "Disagreements", tooltip="facts whose accounts differ, most different first"),
    ]

    def __init__(self, claim=None, comparison: Comparison | None = None, outlet_names: dict | None = None) -> None:
        super().__init__()
        self.claim = claim
        self.comparison = comparison
        self.outlet_names = outlet_names or {}
        self.waiting = comparison is None and claim is not None
        self.facts_status = FactsProgressStatus(self)

    def compose(self) -> ComposeResult:
        yield FittedTitle(id="compare-title")
        yield Static(id="compare-status", markup=False)
        yield AccountList(id="compare-accounts")
        with VerticalScroll(id="compare-differences"):
            yield Static(id="compare-differences-text", markup=False)
        yield ReaderFooter()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def on_mount(self) -> None:
        self.query_one(AccountList).focus()
        if self.comparison is not None:
            self._show(self.comparison)
        elif self.claim is not None:
            self._show_status(
                Text("Comparing accounts… (the project's fact groups are built once, then kept)", style=_ITALIC)
            )
            self.load(self.claim.id)

    # -- loading

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare")
    def load(self, claim_id: str) -> None:
        library: Library = self.app.library
        off = _analysis_off(library)
        if off:
            self.post_message(ComparisonReady(claim_id, None, error=off))
            return
        worker = get_current_worker()
        try:
            comparison = library.compare(
                claim_id, progress=self.facts_status.reporter(worker), cancelled=lambda: worker.is_cancelled
            )
            names = _names(library, [comparison]) if comparison is not None else {}
        except SearchCancelled:  # the screen closed
            return
        except Exception as exc:  # an unreadable index or article: one line on the screen, not a traceback
            self.post_message(ComparisonReady(claim_id, None, error=str(exc) or type(exc).__name__))
            return
        if not worker.is_cancelled:
            self.post_message(ComparisonReady(claim_id, comparison, names))

    def on_facts_progress(self, message: FactsProgress) -> None:
        self.facts_status.heard(message)

    def show_facts_progress(self, text: Text) -> None:
        self._show_status(text)

    def on_comparison_ready(self, message: ComparisonReady) -> None:
        self.waiting = False
        self.outlet_names = message.outlet_names
        if message.error:
            self._show_title()
            self._show_status(Text(display_inline(message.error), style=Style(color="red")))
            return
        if message.comparison is None:
            self._show_title()
            self._show_status(self._alone())
            return
        self._show(message.comparison)

    def _alone(self) -> Text:
        """The one line for a claim no other article reports."""
        text = Text("No other article reports this fact: ")
        if self.claim is not None:
            said = f"{display(self.claim.speaker) or 'the article'} {display(self.claim.verb_text or self.claim.verb)}"
            text.append(said.strip() + ": ", style=_BOLD)
            text.append_text(words_text(self.claim.content, [], limit=SUMMARY_CHARS))
        text.append(" is its only account (no fact group holds it).  ")
        text.append("D lists the facts whose accounts differ.", style=Style(dim=True, italic=True))
        return text

    def _show_status(self, text: Text) -> None:
        status = self.query_one("#compare-status", Static)
        status.update(text)
        status.display = True
        self.query_one(AccountList).display = False
        self.query_one("#compare-differences").display = False
        self.set_focus(None)  # the hidden list's keys (enter) are not offered
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple) -> bool | None:
        if action in ("open_account", "export"):
            return self.comparison is not None  # nothing to open or export without one: not offered
        return True

    def _show(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.query_one("#compare-status").display = False
        accounts = self.query_one(AccountList)
        accounts.display = True
        self.query_one("#compare-differences").display = True
        fields = differing_fields(comparison)
        numbers = difference_numbers(comparison)
        options = [Option(AccountHeader(), disabled=True)]
        options += [
            Option(
                AccountRow(n, row, fields.get(row.claim_id, set()), numbers.get(row.claim_id, []), self.outlet_names),
                id=row.claim_id,
            )
            for n, row in enumerate(comparison.rows, 1)
        ]
        accounts.set_options(options)
        chosen = self.claim.id if self.claim is not None else None
        index = next((i for i, o in enumerate(options) if chosen is not None and o.id == chosen), 1)
        accounts.highlighted = index
        self.query_one("#compare-differences-text", Static).update(DifferencesView(comparison))
        self._show_title()
        accounts.focus()
        self.refresh_bindings()

    def _show_title(self) -> None:
        head = Text("Compare", style=_BOLD)
        parts: list[tuple[Text, Text | None]] = [(head, None)]
        comparison = self.comparison
        if comparison is not None:
            differ = sum(1 for d in comparison.differences if d.kind != "omission")
            head.append("  ")
            if differ:  # the legend of what the rows highlight, when they highlight something
                head.append(" differs ", style=DIFFERS)
            head.append(f"{'  ' if differ else ''}{len(comparison.rows)} accounts of one fact", style=_DIM)
            parts.append((Text(f" · {differ} difference{'s' if differ != 1 else ''}", style=_DIM), None))
            omitted = len(comparison.differences) - differ
            if omitted:
                parts.append(
                    (
                        Text(f", {omitted} detail{'s' if omitted != 1 else ''} left out", style=_DIM),
                        Text(f", {omitted} left out", style=_DIM),
                    )
                )
            parts.append((Text("  ·  enter opens  ·  e exports", style=Style(dim=True, italic=True)), None))
        elif self.claim is not None:
            head.append(f"  {display(self.claim.id)} {self.claim.fingerprint}", style=_DIM)  # a place, and which claim
        self.query_one("#compare-title", FittedTitle).show(parts)

    # -- actions

    def action_close(self) -> None:
        self.dismiss(None)

    def selected_row(self):
        accounts = self.query_one(AccountList)
        if self.comparison is None or accounts.highlighted is None:
            return None
        option = accounts.get_option_at_index(accounts.highlighted)
        return next((r for r in self.comparison.rows if r.claim_id == option.id), None)

    @on(OptionList.OptionSelected, "#compare-accounts")
    def action_open_account(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.dismiss(OpenAccount(row.article_id, row.paragraph - 1, row.claim_id))

    def action_export(self) -> None:
        if self.comparison is None:
            self.notify("Nothing to export: there is no comparison here.", timeout=3)
            return
        self.app.push_screen(CompareExportDialog(), self._export_chosen)

    def _export_chosen(self, chosen: tuple[str, str] | None) -> None:
        if chosen is not None:
            self.export(*chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare-export")
    def export(self, fmt: str, path: str, overwrite: bool = False) -> None:
        library: Library = self.app.library
        assert self.comparison is not None
        dest = Path(path).expanduser()
        if dest.exists() and not dest.is_dir() and not overwrite:
            self.post_message(ComparisonExported(fmt, path, exists=True))
            return
        try:
            library.export_comparison(self.comparison, fmt, dest, overwrite=overwrite)
        except (ExportError, ValueError) as exc:
            self.post_message(ComparisonExported(fmt, path, error=str(exc)))
            return
        self.post_message(ComparisonExported(fmt, str(dest)))

    def on_comparison_exported(self, message: ComparisonExported) -> None:
        from belreader.tui.screens.export_dialog import ConfirmDialog

        if message.exists:

            def answered(yes: bool | None) -> None:
                if yes:
                    self.export(message.fmt, message.path, overwrite=True)
                else:
                    self.notify("Export cancelled; the existing file was left as it was.", timeout=4)

            self.app.push_screen(ConfirmDialog(f"{display(message.path)} already exists. Replace it?"), answered)
        elif message.error:
            self.notify(f"Export failed: {message.error}", severity="error", markup=False)
        else:
            rows = len(self.comparison.rows) if self.comparison else 0
            self.notify(f"Exported the comparison ({rows} accounts) to {message.path}", title="Export", timeout=8)

    def action_disagreements(self) -> None:
        stack = self.app.screen_stack
        if len(stack) > 1 and isinstance(stack[-2], DisagreementsScreen):
            self.dismiss(None)  # it came from there: go back rather than open a second one
        else:
            self.app.push_screen(DisagreementsScreen(), _pass_on(self))


# ---------------------------------------------------------------------- export dialog


def default_compare_path(fmt: str, folder: Path | None = None) -> str:
    """`<folder>/belreader-compare-YYYYMMDD.md` (the day from the clips' clock, fixed in tests;
    the folder the Library's `export_folder`)."""
    from belreader.tui.screens.export_dialog import in_folder

    return in_folder(folder, f"belreader-compare-{Library.today()}.{FORMAT_EXTENSIONS.get(fmt, fmt)}")


class CompareExportDialog(ModalScreen[tuple[str, str] | None]):
    """Format (Markdown, CSV or JSON) and destination of a comparison's export."""

    DEFAULT_CSS = """
    CompareExportDialog { align: center middle; }
    #cexport-box {
        width: 72; max-width: 95%; height: auto; max-height: 100%; overflow-y: auto;
        border: thick $primary; background: $surface; padding: 0 2;
    }
    #cexport-title { padding: 1 0 0 0; }
    #cexport-box Label { color: $text-muted; margin: 1 0 0 0; }
    #cexport-box RadioSet { width: 100%; border: none; }
    #cexport-box RadioSet:focus { border: none; background: $boost; }
    #cexport-error { color: $text-error; height: auto; }
    #cexport-folder { height: auto; }
    #cexport-buttons { height: auto; padding: 1 0; align: right middle; }
    #cexport-buttons Button { margin: 0 0 0 2; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="close without exporting"),
        Binding("ctrl+s", "export", "Export", tooltip="export with these settings (enter in the path does too)"),
    ]

    def __init__(self, fmt: str = "md") -> None:
        super().__init__()
        self.fmt = fmt if fmt in COMPARISON_FORMATS else "md"

    def compose(self) -> ComposeResult:
        with Vertical(id="cexport-box"):
            yield Static(Text("Export the comparison", style=_BOLD), id="cexport-title")
            yield Static(Text("Every account with its full citation, and what differs.", style=_DIM), id="cexport-what")
            yield Label("Format")
            with RadioSet(id="cexport-format"):
                for fmt in COMPARISON_FORMATS:
                    yield RadioButton(FORMAT_NAMES[fmt], value=fmt == self.fmt, id=f"cformat-{fmt}")
            yield Label("Save to")
            from belreader.tui.screens.export_dialog import folder_hint

            folder = self.app.library.export_folder()  # type: ignore[attr-defined]
            yield SafeInput(default_compare_path(self.fmt, folder), id="cexport-path")
            yield Static(folder_hint(folder), id="cexport-folder")
            yield Static("", id="cexport-error", markup=False)
            with Horizontal(id="cexport-buttons"):
                yield Button("Export", variant="primary", id="cexport-ok")
                yield Button("Cancel", id="cexport-cancel")

    def on_mount(self) -> None:
        self.query_one("#cexport-path", Input).focus()

    @on(RadioSet.Changed, "#cexport-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        old = self.fmt
        self.fmt = (event.pressed.id or "cformat-md").removeprefix("cformat-")
        path = self.query_one("#cexport-path", Input)
        ending = f".{FORMAT_EXTENSIONS[old]}"
        if path.value.endswith(ending):
            path.value = path.value[: -len(ending)] + f".{FORMAT_EXTENSIONS[self.fmt]}"

    @on(Input.Submitted, "#cexport-path")
    @on(Button.Pressed, "#cexport-ok")
    def action_export(self) -> None:
        from belreader.tui.screens.export_dialog import file_in_folder

        path = self.query_one("#cexport-path", Input).value.strip()
        if not path:
            self.query_one("#cexport-error", Static).update("Give a file to export to.")
            return
        self.dismiss((self.fmt, file_in_folder(path, default_compare_path(self.fmt))))

    @on(Button.Pressed, "#cexport-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


# ---------------------------------------------------------------------- the Disagreements list


class DisagreementList(FittedOptionList):
    BINDINGS = [
        Binding("enter", "select", "Compare"),
    ]


class DisagreementsScreen(ModalScreen[OpenAccount | None]):
    """The project's facts whose accounts differ in substance, most different first."""

    DEFAULT_CSS = """
    DisagreementsScreen { background: $background; }
    #disagree-title { padding: 0 1; height: 1; background: $boost; text-wrap: nowrap; text-overflow: ellipsis; }
    #disagree-status { padding: 1 1; height: auto; color: $text-muted; }
    #disagree-list { height: 1fr; border: none; }
    #disagree-list > .option-list--option { padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape,q,D", "close", "Close", tooltip="back to where you were"),
        Binding("enter", "open_comparison", "Compare", tooltip="the accounts of this fact side by side"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.comparisons: list[Comparison] = []
        self.outlet_names: dict[str, str] = {}
        self.waiting = True
        self.facts_status = FactsProgressStatus(self)

    def compose(self) -> ComposeResult:
        yield FittedTitle(id="disagree-title")
        yield Static(id="disagree-status", markup=False)
        yield DisagreementList(id="disagree-list")
        yield ReaderFooter()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def on_mount(self) -> None:
        self._show_title()
        self.query_one(DisagreementList).display = False
        self.query_one("#disagree-status", Static).update(
            Text("Finding facts whose accounts differ… (the project's fact groups are built once)", style=_ITALIC)
        )
        self.query_one(DisagreementList).focus()
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="disagreements")
    def load(self) -> None:
        library: Library = self.app.library
        off = _analysis_off(library)
        if off:
            self.post_message(DisagreementsReady([], error=off))
            return
        worker = get_current_worker()
        try:
            comparisons = library.comparisons(
                disagreeing=True, progress=self.facts_status.reporter(worker), cancelled=lambda: worker.is_cancelled
            )
            names = _names(library, comparisons)
        except SearchCancelled:  # the screen closed
            return
        except Exception as exc:  # one line on the screen, not a traceback
            self.post_message(DisagreementsReady([], error=str(exc) or type(exc).__name__))
            return
        if not worker.is_cancelled:
            self.post_message(DisagreementsReady(comparisons, names))

    def on_facts_progress(self, message: FactsProgress) -> None:
        self.facts_status.heard(message)

    def show_facts_progress(self, text: Text) -> None:
        self.query_one("#disagree-status", Static).update(text)

    def on_disagreements_ready(self, message: DisagreementsReady) -> None:
        self.waiting = False
        self.comparisons = message.comparisons
        self.outlet_names = message.outlet_names
        status = self.query_one("#disagree-status", Static)
        listing = self.query_one(DisagreementList)
        self._show_title()
        if message.error or not message.comparisons:
            status.update(
                Text(display_inline(message.error), style=Style(color="red"))
                if message.error
                else Text("No disagreements: every fact reported by several articles is reported alike.", style=_DIM)
            )
            return
        status.display = False
        listing.display = True
        listing.set_options(Option(DisagreementRow(n, c), id=c.group_id) for n, c in enumerate(message.comparisons, 1))
        listing.highlighted = 0
        listing.focus()

    def _show_title(self) -> None:
        head = Text("Disagreements", style=_BOLD)
        parts: list[tuple[Text, Text | None]] = [(head, None)]
        if self.waiting:
            head.append("  …", style=_DIM)
        else:
            count = len(self.comparisons)
            head.append(f"  {count} fact{'s' if count != 1 else ''} whose accounts differ", style=_DIM)
            parts.append((Text(", most different first", style=_DIM), None))
            parts.append((Text("  ·  enter compares", style=Style(dim=True, italic=True)), None))
        self.query_one("#disagree-title", FittedTitle).show(parts)

    def action_close(self) -> None:
        self.dismiss(None)

    @on(OptionList.OptionSelected, "#disagree-list")
    def action_open_comparison(self) -> None:
        listing = self.query_one(DisagreementList)
        if listing.highlighted is None or not self.comparisons:
            return
        comparison = self.comparisons[listing.highlighted]
        self.app.push_screen(CompareScreen(comparison=comparison, outlet_names=self.outlet_names), _pass_on(self))
