"""The Facets screen (`f`, palette `view: facets`): publisher, author, month, folder, tag,
entity, speaker and source, each value with the number of articles that have it among the
current results (the search's, or the whole corpus without one), Datashare's filter sidebar
(issue 13).

Enter (or space) on a value chooses it, `-` excludes it; choices combine (one of a facet's
chosen values, every facet, none of the excluded) and the counts follow at once. `b` on the
Month histogram brushes it: once at one end of a range, again at the other, and the months
between are chosen together. `a` closes the screen and narrows the search's hits, or with no
search filters the article list, to what the choices leave (`FacetChoice`); escape
closes it leaving the list as it was; `c` clears the choices. The counting is the Library's
(`Library.facets`, belreader/facets.py), run in a thread worker; strings are data.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from belreader.library import (
    FACET_TITLES,
    FACETS,
    NO_MONTH,
    FacetCounts,
    FacetFilter,
    FacetValue,
    Library,
    month_range,
)
from belreader.text import display
from belreader.tui.widgets.footer import ReaderFooter
from belreader.tui.widgets.option_list import FittedOptionList

_DIM = Style(dim=True)
_BOLD = Style(bold=True)
_INCLUDED = Style(color="green", bold=True)
_EXCLUDED = Style(color="red", bold=True, strike=True)
MONTH_BAR = 10  # cells of the longest month bar
NARROW = 100


@dataclass(frozen=True)
class FacetChoice:
    """What the screen closes with: the choices, the articles they leave (copies included),
    and the choices in words for the filter bar."""

    filters: tuple[FacetFilter, ...]
    article_ids: tuple[str, ...]
    label: str


@dataclass
class FacetsReady(Message):
    counts: FacetCounts | None
    filters: tuple[FacetFilter, ...]
    error: str = ""


def value_row(value: FacetValue, width: int, widest: int = 0, count_width: int = 0) -> Text:
    """'✓ BBC News ········ 34' (a month with a bar scaled to the busiest dated month, `widest`;
    the undated bucket's bar stops at the longest); counts right-aligned in `count_width`
    columns, so the bars above them line up."""
    mark, style = {"include": ("✓ ", _INCLUDED), "exclude": ("✗ ", _EXCLUDED)}.get(value.chosen or "", ("  ", Style()))
    row = Text()
    row.append(mark, style=style)
    count = f" {value.count:,}".rjust(count_width + 1)
    bar = ""
    if value.facet == "month" and widest:
        cells = min(MONTH_BAR, max(3, (width - 14) // 2))  # a narrow column keeps room for "2004-12"
        bar = " " + "█" * min(cells, max(1 if value.count else 0, round(cells * value.count / widest)))
        bar = bar.ljust(cells + 1)
    room = max(width - len(mark) - len(count) - len(bar), 4)
    label = display(value.label) or display(value.value)
    if len(label) > room:
        label = label[: room - 1] + "…"
    row.append(label, style=style if value.chosen else Style(dim=not value.count))
    row.append(" " * (room - len(label)))
    if bar:
        row.append(bar, style=Style(color="steel_blue"))
    row.append(count, style=_DIM if not value.chosen else _BOLD)
    return row


class FacetList(FittedOptionList):
    """One facet's values; enter or space chooses, - excludes."""

    BINDINGS = [
        Binding("space", "select", "Choose", show=False, tooltip="choose the value (again: unchoose)"),
        Binding("minus", "exclude", "Exclude", tooltip="leave out the articles with this value (again: undo)"),
        Binding(
            "b",
            "brush",
            "Brush",
            tooltip="on the Month histogram: one end of a range of months, then the other (chooses them all)",
        ),
    ]

    @dataclass
    class Toggled(Message):
        facet: str
        value: str
        exclude: bool

    @dataclass
    class Brushed(Message):
        """`b` on a value: one end of a brush over the histogram."""

        facet: str
        value: str

    def __init__(self, facet: str, **kwargs) -> None:
        super().__init__(**kwargs)
        self.facet = facet

    def action_exclude(self) -> None:
        option = self.highlighted_option
        if option is not None and option.id:
            self.post_message(self.Toggled(self.facet, option.id, True))

    def action_brush(self) -> None:
        option = self.highlighted_option
        if option is not None and option.id:
            self.post_message(self.Brushed(self.facet, option.id))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Toggled(self.facet, event.option.id, False))


class FacetsScreen(ModalScreen[FacetChoice | None]):
    """Every facet of the current results; choose, exclude, then `a` filters the list."""

    DEFAULT_CSS = """
    FacetsScreen { background: $background; }
    #facets-title { padding: 0 1; height: auto; background: $boost; }
    #facet-grid { layout: grid; grid-size: 4 2; grid-gutter: 0 1; height: 1fr; padding: 0 1; }
    FacetsScreen.narrow #facet-grid { grid-size: 2 4; }
    FacetList { height: 1fr; border: round $foreground 25%; border-title-color: $text; }
    FacetList:focus { border: round $accent; }
    FacetList > .option-list--option { padding: 0 0; }
    """

    BINDINGS = [
        Binding("escape,q,f", "close", "Close", tooltip="back to the reader, the list as it was"),
        Binding(
            "a",
            "apply",
            "Apply",
            tooltip="narrow the search's hits (or, with no search, the article list) to the choices",
        ),
        Binding("c", "clear", "Clear", tooltip="drop every choice"),
        Binding("right,l", "app.focus_next", "Next facet", show=False),
        Binding("left,h", "app.focus_previous", "Prev facet", show=False),
    ]

    def __init__(self, query: str = "", filters: tuple[FacetFilter, ...] = ()) -> None:
        super().__init__()
        self.search_query = query
        self.filters: tuple[FacetFilter, ...] = tuple(filters)
        self.counts: FacetCounts | None = None
        self.brush_from: str | None = None  # the month a brush started at (`b`), until its other end

    def compose(self) -> ComposeResult:
        yield Static(Text("Facets  …", style=_BOLD), id="facets-title")
        with Grid(id="facet-grid"):
            for facet in FACETS:
                yield FacetList(facet, id=f"facet-{facet}")
        yield ReaderFooter()

    def on_mount(self) -> None:
        self.set_class(self.app.size.width < NARROW, "narrow")
        for facet in FACETS:
            listing = self.query_one(f"#facet-{facet}", FacetList)
            listing.border_title = FACET_TITLES[facet]
            listing.set_options([Option(Text("Counting…", style=_DIM), disabled=True)])
        self.query_one(f"#facet-{FACETS[0]}", FacetList).focus()
        self.load(self.filters)

    def on_resize(self, event) -> None:
        self.set_class(event.size.width < NARROW, "narrow")
        if self.counts is not None:
            self.call_after_refresh(self._show)

    @property
    def library(self) -> Library:
        return self.app.library  # type: ignore[attr-defined]

    @work(thread=True, exclusive=True, exit_on_error=False, group="facets")
    def load(self, filters: tuple[FacetFilter, ...]) -> None:
        try:
            counts = self.library.facets(self.search_query or None, filters)
        except Exception as exc:  # a bad query, an unreadable index: one line, not a traceback
            self.post_message(FacetsReady(None, filters, str(exc) or type(exc).__name__))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(FacetsReady(counts, filters))

    def on_facets_ready(self, message: FacetsReady) -> None:
        if message.filters != self.filters:
            return  # the choices changed since: a newer count is on its way
        if message.counts is None:
            self.query_one("#facets-title", Static).update(Text(display(message.error), style=Style(color="red")))
            return
        self.counts = message.counts
        self._show()

    def _show(self) -> None:
        counts = self.counts
        if counts is None:
            return
        title = Text("Facets  ", style=_BOLD)
        title.append(f"{counts.articles:,} of {counts.scope:,} articles", style=_BOLD)
        title.append(
            f"  {'matching ' + display(self.search_query) if self.search_query else 'in the corpus'}", style=_DIM
        )
        described = counts.describe()
        if described:
            title.append("\n" + display(described), style=Style(italic=True))
        where = "the hits" if self.search_query else "the list"
        keys = f"enter/space choose · - exclude · b brush months · a apply to {where} · c clear · esc back"
        if self.brush_from is not None:
            keys = f"brushing from {self.brush_from}: b on the other end chooses the months between · " + keys
        title.append("\n" + keys, style=_DIM)
        self.query_one("#facets-title", Static).update(title)
        for facet in FACETS:
            listing = self.query_one(f"#facet-{facet}", FacetList)
            values = counts.facets.get(facet, [])
            keep = listing.highlighted_option.id if listing.highlighted_option is not None else None
            # room for a scrollbar whether or not one shows, so no row wraps when one comes
            width = max(listing.content_region.width - listing.styles.scrollbar_size_vertical - 1, 16)
            dated_counts = [v.count for v in values if v.value != NO_MONTH]
            widest = max(dated_counts or [v.count for v in values] or [0]) if facet == "month" else 0
            count_width = max((len(f"{v.count:,}") for v in values), default=0)
            listing.border_title = f"{FACET_TITLES[facet]} {len(values)}"
            if not values:
                analysed = facet not in ("entity", "speaker", "source") or self.library.analysis
                why = "(none)" if analysed else "Analysis is off (--no-nlp)"  # not "None": a value could be named so
                listing.set_options([Option(Text(why, style=_DIM), disabled=True)])
                continue
            listing.set_options(Option(value_row(v, width, widest, count_width), id=v.value) for v in values)
            ids = [v.value for v in values]
            if keep in ids:
                listing.highlighted = ids.index(keep)
            else:  # months start on the busiest dated one (the bulk of a corpus whose cited dates stray far)
                dated = [i for i, v in enumerate(values) if v.value != NO_MONTH] if widest else []
                listing.highlighted = max(dated, key=lambda i: (values[i].count, -i)) if dated else 0
            self.call_after_refresh(listing.scroll_to_highlight)  # laid out: the highlighted row in sight

    @on(FacetList.Toggled)
    def _toggled(self, event: FacetList.Toggled) -> None:
        same = [f for f in self.filters if f.facet == event.facet and f.value == event.value]
        rest = tuple(f for f in self.filters if f not in same)
        if same and same[0].exclude == event.exclude:
            self.filters = rest  # chosen again the same way: unchosen
        else:
            self.filters = (*rest, FacetFilter(event.facet, event.value, event.exclude))
        self.load(self.filters)

    @on(FacetList.Brushed)
    def _brushed(self, event: FacetList.Brushed) -> None:
        """The first `b` marks one end of the range; the second chooses every month between
        (in place of the months chosen before; the excluded ones stay excluded)."""
        if event.facet != "month" or self.counts is None:
            self.notify("b brushes the Month histogram: a range of months", timeout=3)
            return
        if self.brush_from is None:
            self.brush_from = event.value
            self._show()
            return
        months = month_range([v.value for v in self.counts.facets.get("month", [])], self.brush_from, event.value)
        self.brush_from = None
        if not months:
            self._show()
            return
        kept = tuple(f for f in self.filters if f.facet != "month" or f.exclude)
        excluded = {f.value for f in kept if f.facet == "month"}
        self.filters = (*kept, *(FacetFilter("month", m) for m in months if m not in excluded))
        self.load(self.filters)

    def action_clear(self) -> None:
        self.brush_from = None
        self.filters = ()
        self.load(self.filters)

    def action_apply(self) -> None:
        counts = self.counts
        if counts is None or counts.filters != self.filters:
            self.notify("Still counting…", timeout=2)
            return
        label = counts.describe()
        if self.search_query:
            label = f"search {self.search_query}" + (f" · {label}" if label else "")
        self.dismiss(FacetChoice(self.filters, tuple(counts.article_ids), label))

    def action_close(self) -> None:
        self.dismiss(None)
