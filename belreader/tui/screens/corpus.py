"""The Corpus screen (`P`, palette `corpus: pictures of the corpus`): the corpus at a glance.

Four tabs (issue 14, "Pictures"): articles over time (a histogram by month, or by year when
the dates span more than five years, each bar split into articles with their own date and
articles placed by the dates they cite, and the title saying what dated them: front matter,
HTML metadata, JSON records or cited dates); the most mentioned entities with a sparkline
of their mentions over the same periods; who appears with whom (pairs of entities by the
paragraphs that mention both, ranked, beside a heatmap of the most connected); and which
sources each publisher's articles cite.

Enter on a period, an entity or a pair closes the screen with an `ArticleFilter` (the
Library's) that the reader applies to its article list; the filter bar says what it is and
`x` or escape clears it. The charts are textual-plotext plots (Plotext, in the terminal);
below `WIDE` columns they are left out and the lists, which hold the same numbers, are the
tables. Colours are mid-tones that read on light and dark themes; the plots take their
background and text colours from the app's theme.

The pictures are the Library's (`timeline`, `top_entities`, `cooccurrence`,
`sources_by_publisher`, over the cached `CorpusStats`): reading every analysis takes a
while on a large corpus, so they are computed in a thread worker, and so is a filter.
Every string shown is data: Rich `Text`, sanitised, never markup.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from rich.color import Color
from rich.console import Group
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.message import Message
from textual.renderables.sparkline import Sparkline
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option
from textual.worker import Worker, get_current_worker
from textual_plotext import PlotextPlot

from belreader.library import (
    ArticleFilter,
    Cooccurrence,
    EntityTrends,
    Library,
    PublisherSources,
    Timeline,
)
from belreader.text import display, display_inline
from belreader.tui.messages import report_failure
from belreader.tui.rendering import Hanging
from belreader.tui.widgets.footer import ReaderFooter
from belreader.tui.widgets.option_list import FittedOptionList

_DIM = Style(dim=True)
_BOLD = Style(bold=True)
_ITALIC = Style(italic=True)
WIDE = 100  # from this width the charts are drawn beside the lists; below, the lists alone
MONTHS_SHOWN = 60  # more months than this between the first and last date: counted by year
TOP_ENTITIES = 15
TOP_PAIRS = 50
HEATMAP_SIZE = 8
SOURCES_SHOWN = 8  # per publisher
# Mid-tones: legible against both a light and a dark background.
PUBLISHED_RGB = (70, 130, 180)  # steel blue: an own date
CITED_RGB = (205, 150, 50)  # amber: placed by the dates it cites
CHOSEN_RGB = (200, 70, 70)  # the period highlighted in the list
SPARK_LOW = Color.from_rgb(90, 140, 190)
SPARK_HIGH = Color.from_rgb(215, 120, 40)
TABS = ("timeline", "entities", "pairs", "sources")


@dataclass
class Pictures:
    """What the screen draws, read from the Library in one go."""

    timeline: Timeline | None = None
    entities: EntityTrends | None = None
    pairs: Cooccurrence | None = None
    sources: list[PublisherSources] = field(default_factory=list)
    analysis: bool = True


@dataclass
class PicturesReady(Message):
    pictures: Pictures
    error: str = ""


@dataclass
class FilterReady(Message):
    chosen: ArticleFilter | None
    error: str = ""


def read_pictures(library: Library, cancelled=lambda: False) -> Pictures:
    """The four pictures of the whole corpus: by month unless that is more than MONTHS_SHOWN bars."""
    timeline = library.timeline()
    granularity = "month"
    if len(timeline.periods) > MONTHS_SHOWN:
        granularity = "year"
        timeline = library.timeline(granularity="year")
    if cancelled() or not library.analysis:
        return Pictures(timeline, analysis=library.analysis)
    entities = library.top_entities(TOP_ENTITIES, granularity=granularity)
    if cancelled():
        return Pictures(timeline, entities)
    pairs = library.cooccurrence(HEATMAP_SIZE, limit=TOP_PAIRS)
    return Pictures(timeline, entities, pairs, library.sources_by_publisher())


# ---------------------------------------------------------------------- what is said in words


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def dated_by(timeline: Timeline) -> Text:
    """'5 articles · dated by: cited dates 4 · 1 undated · 1 copy folded in'."""
    text = Text(plural(timeline.articles, "article"), style=_BOLD)
    if timeline.sources:
        text.append(" · dated by: ", style=_DIM)
        text.append(", ".join(f"{display(source)} {count}" for source, count in timeline.sources.items()))
    if timeline.outside:
        text.append(f" · {len(timeline.outside)} far from the rest, not drawn", style=_DIM)
    if timeline.coarse:
        text.append(f" · {len(timeline.coarse)} known only to the year", style=_DIM)
    if timeline.undated:
        text.append(f" · {len(timeline.undated)} undated", style=_DIM)
    if timeline.duplicates:
        text.append(f" · {plural(timeline.duplicates, 'copy', 'copies')} folded in", style=_DIM)
    return text


PERIOD_BAR = 10  # columns of the longest bar in the timeline list (the split beside it must fit too)


def period_row(period, widest: int, chosen: bool = False) -> Text:
    """One period of the timeline list: label, total, a bar of █ scaled to `widest`, and the split.

    Always one line (cut with "…" if it must be): a split wrapped under its row read as one more row."""
    text = Text(f"{display(period.label):<8}", style=_BOLD if chosen else Style(), no_wrap=True, overflow="ellipsis")
    text.append(f"{period.total:>5} ")
    width = round(PERIOD_BAR * period.total / widest) if widest else 0
    own = round(width * period.published / period.total) if period.total else 0
    text.append("█" * own, style=Style(color=Color.from_rgb(*PUBLISHED_RGB)))
    text.append("█" * (width - own), style=Style(color=Color.from_rgb(*CITED_RGB)))
    text.append(" " * (PERIOD_BAR + 1 - width))
    # the kinds a period has, not "0 own": the row fits a list 36 columns wide (at 100 columns)
    split = [f"{n} {kind}" for n, kind in ((period.published, "own"), (period.cited, "cited")) if n]
    text.append(" · ".join(split), style=_DIM)
    return text


def mentions_text(trend) -> str:
    return f"{trend.mentions} in {plural(trend.articles, 'article')}"


def entity_row(rank: int, trend, series: list[int], spark_width: int, counts_width: int = 16) -> Table:
    """One entity of the list; `counts_width` fits the widest "175 in 82 articles" of the list
    (a fixed 16 cut them: "175 in 82 artic…"), the name taking what is left."""
    grid = Table.grid(padding=(0, 1, 0, 0), expand=True)
    grid.add_column(width=3, justify="right", no_wrap=True)
    grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    grid.add_column(width=13, no_wrap=True)
    grid.add_column(width=counts_width, justify="right", no_wrap=True)
    grid.add_column(width=spark_width, no_wrap=True)
    spark = (
        Sparkline(series, width=spark_width, min_color=SPARK_LOW, max_color=SPARK_HIGH) if len(series) > 1 else Text("")
    )
    grid.add_row(
        Text(f"{rank}.", style=_DIM),
        Text(display(trend.name) or display(trend.id), style=_BOLD),
        Text(display(trend.label.lower()), style=_DIM),
        Text(mentions_text(trend)),
        spark,
    )
    return grid


def entity_rows(trends, spark_width: int) -> list[Table]:
    """The entity list's rows, their counts column as wide as the widest count."""
    counts_width = max((len(mentions_text(t)) for t in trends.entities), default=0)
    return [entity_row(n, t, trends.series(t), spark_width, counts_width) for n, t in enumerate(trends.entities, 1)]


def pair_row(rank: int, pair) -> Hanging:
    """ "  1. A + B  30 paragraphs, 5 articles", wrapped beside the rank, clear of it."""
    text = Text()
    text.append(display(pair.a_name) or display(pair.a), style=_BOLD)
    text.append(" + ", style=_DIM)
    text.append(display(pair.b_name) or display(pair.b), style=_BOLD)
    text.append(f"  {plural(pair.paragraphs, 'paragraph')}, {plural(pair.articles, 'article')}", style=_DIM)
    return Hanging(Text(f"{rank:>3}. ", style=_DIM), text)


def sources_view(publishers: list[PublisherSources]) -> Group | Text:
    """Per publisher (most articles first): the sources its articles cite, in how many of them."""
    if not any(p.sources for p in publishers):
        return Text("No article cites a source (an outlet, an agency, an official body).", style=_DIM)
    table = Table(box=None, expand=True, show_header=True, header_style=_BOLD, padding=(0, 2, 0, 0), pad_edge=False)
    table.add_column("Publisher", ratio=1, overflow="fold")
    table.add_column("Articles", justify="right", width=8)
    table.add_column("Cites (in how many of its articles, backing how many claims)", ratio=3)
    for publisher in publishers:
        cited = Text()
        for i, source in enumerate(publisher.sources[:SOURCES_SHOWN]):
            if i:
                cited.append(" · ", style=_DIM)
            cited.append(display(source.name) or display(source.id), style=_BOLD)
            cited.append(f" ({source.articles}, {source.claims})", style=_DIM)
        more = len(publisher.sources) - SOURCES_SHOWN
        if more > 0:
            cited.append(f"  + {more} more", style=_ITALIC)
        if not publisher.sources:
            cited = Text("no source cited", style=_DIM)
        table.add_row(Text(display(publisher.publisher), style=_BOLD), str(publisher.articles), cited)
    return Group(table)


def draw_timeline(periods, chosen: int | None, plt) -> None:
    """The histogram: each period's articles stacked by what dated them; the chosen one red."""
    labels = [p.label for p in periods]
    series = {
        "own date": ([0 if i == chosen else p.published for i, p in enumerate(periods)], PUBLISHED_RGB),
        "cited dates": ([0 if i == chosen else p.cited for i, p in enumerate(periods)], CITED_RGB),
        "chosen": ([p.total if i == chosen else 0 for i, p in enumerate(periods)], CHOSEN_RGB),
    }
    shown = {name: found for name, found in series.items() if any(found[0])}
    # no labels: Plotext draws its legend over the top left corner, on the first bars; the note
    # over the chart says the colours (`CorpusScreen._show_timeline`)
    plt.stacked_bar(
        labels,
        [values for values, _ in shown.values()],
        color=[colour for _, colour in shown.values()],
        width=0.8,
    )
    # the first and the last period only: Plotext places crowded inner labels a cell apart
    # from one run to the next; the list beside the chart names every period
    ends = sorted({1, len(labels)})
    plt.xticks(ends, [labels[i - 1] for i in ends])
    highest = max((p.total for p in periods), default=0)
    every = max(1, -(-highest // 5))
    plt.yticks(list(range(0, highest + 1, every)))
    plt.ylim(0, highest)


def draw_heatmap(pairs: Cooccurrence, dark: bool, plt) -> None:
    """Shared paragraphs among the most connected entities, numbered as the rows' labels."""
    # Plotext draws a matrix in greys, the highest value white: on a light theme the values
    # are turned over, so that in both the more shared paragraphs, the further from the
    # background.
    highest = max(max(row) for row in pairs.matrix)
    plt.matrix_plot([[v if dark else highest - v for v in row] for row in pairs.matrix])
    count = len(pairs.names)
    plt.xticks(list(range(count)), [str(n) for n in range(1, count + 1)])
    # row 0 is drawn at the top
    plt.yticks([count - 1 - i for i in range(count)], [f"{i + 1} {short(n)}" for i, n in enumerate(pairs.names)])
    plt.xlabel("")
    plt.ylabel("")
    plt.title("paragraphs shared: the stronger the cell, the more")


def short(name: str, width: int = 12) -> str:
    name = display_inline(name)
    return name if len(name) <= width else name[: width - 1] + "…"


# ---------------------------------------------------------------------- charts and lists


class Chart(PlotextPlot):
    """A Plotext plot drawn afresh by `painter` at each render: a figure built for one size and
    shown at another kept ticks placed for the first (the labels moved between two runs)."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 (Textual's name)
        super().__init__(id=id)
        self.painter: Callable[[Any], None] | None = None

    def paint(self, painter: Callable[[Any], None] | None) -> None:
        self.painter = painter
        self.refresh()

    def render(self):
        plt = self.plt
        plt.clear_data()
        plt.clear_figure()
        if self.painter is not None:
            self.painter(plt)
        return super().render()


class _PictureList(FittedOptionList):
    BINDINGS = [
        Binding("enter", "select", "Filter"),
    ]


class PeriodList(_PictureList):
    """The timeline as a table: one period a row (the chart's bars, and its fallback)."""


class EntityTrendList(_PictureList):
    """The most mentioned entities, each with a sparkline of its mentions over time."""


class PairList(_PictureList):
    """Pairs of entities by the paragraphs that mention both."""


# ---------------------------------------------------------------------- the screen


class CorpusScreen(ModalScreen[ArticleFilter | None]):
    """Pictures of the corpus; enter on a period, an entity or a pair filters the article list."""

    DEFAULT_CSS = """
    CorpusScreen { background: $background; }
    #corpus-title { padding: 0 1; height: 1; background: $boost; text-wrap: nowrap; text-overflow: ellipsis; }
    #corpus-status { padding: 1 1; height: auto; color: $text-muted; }
    #corpus-tabs { height: 1fr; }
    #corpus-tabs TabPane { padding: 0; }
    .corpus-note { height: auto; padding: 0 1; color: $text-muted; }
    .corpus-row { height: 1fr; }
    PlotextPlot { height: 1fr; }
    #timeline-plot { width: 3fr; }
    #timeline-list { width: 2fr; min-width: 36; height: 1fr; border: none; text-wrap: nowrap; text-overflow: ellipsis; }
    #entity-list { height: 1fr; border: none; }
    #pair-list { width: 1fr; height: 1fr; border: none; }
    #pair-heatmap { width: 1fr; }
    _PictureList > .option-list--option { padding: 0 1; }
    CorpusScreen.narrow PlotextPlot { display: none; }
    CorpusScreen.narrow #timeline-list { width: 1fr; }
    #sources-box { height: 1fr; padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape,q,P", "close", "Close", tooltip="back to the reader, the article list as it was"),
        Binding("1", "show_tab('timeline')", "Over time", show=False, tooltip="articles per month by date"),
        Binding("2", "show_tab('entities')", "Entities", show=False, tooltip="the most mentioned, over time"),
        Binding("3", "show_tab('pairs')", "Together", show=False, tooltip="entities named in one paragraph"),
        Binding("4", "show_tab('sources')", "Sources", show=False, tooltip="which sources each publisher cites"),
        Binding("right,l", "step_tab(1)", "Next tab", tooltip="the next picture: 1-4 choose one"),
        Binding("left,h", "step_tab(-1)", "Prev tab", show=False, tooltip="the previous picture"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.pictures: Pictures | None = None
        self.waiting = True

    def compose(self) -> ComposeResult:
        yield Static(id="corpus-title", markup=False)
        yield Static(id="corpus-status", markup=False)
        with TabbedContent(id="corpus-tabs", initial="timeline"):
            with TabPane("1 Over time", id="timeline"):
                yield Static(id="timeline-note", classes="corpus-note", markup=False)
                with Horizontal(classes="corpus-row"):
                    yield Chart(id="timeline-plot")
                    yield PeriodList(id="timeline-list")
            with TabPane("2 Entities", id="entities"):
                yield Static(id="entities-note", classes="corpus-note", markup=False)
                yield EntityTrendList(id="entity-list")
            with TabPane("3 Together", id="pairs"):
                yield Static(id="pairs-note", classes="corpus-note", markup=False)
                with Horizontal(classes="corpus-row"):
                    yield PairList(id="pair-list")
                    yield Chart(id="pair-heatmap")
            with TabPane("4 Sources", id="sources"):
                with VerticalScroll(id="sources-box"):
                    yield Static(id="sources-text", markup=False)
        yield ReaderFooter()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    def on_mount(self) -> None:
        self._fit(self.app.size.width)
        self._show_title()
        self.query_one("#corpus-status", Static).update(
            Text("Reading the corpus… (dates, entities and sources are counted once, then kept)", style=_ITALIC)
        )
        self.load()

    def on_resize(self, event) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < WIDE, "narrow")

    @property
    def narrow(self) -> bool:
        return self.has_class("narrow")

    # -- loading

    @work(thread=True, exclusive=True, exit_on_error=False, group="corpus")
    def load(self) -> None:
        worker = get_current_worker()
        library: Library = self.app.library
        try:
            pictures = read_pictures(library, lambda: worker.is_cancelled)
        except Exception as exc:  # an unreadable index or article: one line on the screen, not a traceback
            self.post_message(PicturesReady(Pictures(), error=str(exc) or type(exc).__name__))
            return
        if not worker.is_cancelled:
            self.post_message(PicturesReady(pictures))

    def on_pictures_ready(self, message: PicturesReady) -> None:
        self.waiting = False
        self.pictures = message.pictures
        status = self.query_one("#corpus-status", Static)
        timeline = message.pictures.timeline
        if message.error or timeline is None or not timeline.articles:
            why = display_inline(message.error) if message.error else "The corpus has no articles yet."
            status.update(Text(why, style=Style(color="red") if message.error else _DIM))
            self.query_one("#corpus-tabs").display = False
            self._show_title()
            return
        status.display = False
        self._show_timeline(timeline)
        self._show_entities(message.pictures)
        self._show_pairs(message.pictures)
        self._show_sources(message.pictures)
        self._show_title()
        self.query_one(PeriodList).focus()

    def _show_title(self) -> None:
        text = Text("Corpus", style=_BOLD)
        pictures = self.pictures
        if self.waiting:
            text.append("  …", style=_DIM)
        elif pictures is not None and pictures.timeline is not None and pictures.timeline.articles:
            text.append("  ")
            text.append_text(dated_by(pictures.timeline))
            text.append("  ·  enter filters the article list", style=Style(dim=True, italic=True))
        self.query_one("#corpus-title", Static).update(text)

    # -- over time

    def _show_timeline(self, timeline: Timeline) -> None:
        unit = "year" if timeline.granularity == "year" else "month"
        note = Text(f"Articles per {unit}, each counted once: ", style=_DIM)
        note.append("■ own date", style=Style(color=Color.from_rgb(*PUBLISHED_RGB), bold=True))
        own = [s for s in timeline.sources if s != "cited dates"]
        note.append(f" ({', '.join(display(s) for s in own) or 'none here'})  ", style=_DIM)
        note.append("■ placed by the dates it cites", style=Style(color=Color.from_rgb(*CITED_RGB), bold=True))
        note.append("  ■ highlighted", style=Style(color=Color.from_rgb(*CHOSEN_RGB), bold=True))
        if unit == "year":
            note.append(f"  (by year: the dates span more than {MONTHS_SHOWN} months)", style=_ITALIC)
        if timeline.outside and timeline.drawn_span:
            first, last = timeline.drawn_span
            note.append(
                f"\n{plural(len(timeline.outside), 'article')} placed by a date cited before {first} or after "
                f"{last}, far from the rest, left out: a date an article cites is not its publication date.",
                style=_ITALIC,
            )
        self.query_one("#timeline-note", Static).update(note)
        periods = PeriodList
        listing = self.query_one(periods)
        widest = max((p.total for p in timeline.periods), default=0)
        listing.set_options(Option(period_row(p, widest), id=p.label, disabled=not p.total) for p in timeline.periods)
        # the busiest period (the first of equals): on a corpus spread over decades, the bulk of it
        busiest = max(range(len(timeline.periods)), key=lambda i: (timeline.periods[i].total, -i), default=None)
        listing.highlighted = busiest
        self._draw_timeline()

    def _draw_timeline(self) -> None:
        pictures = self.pictures
        if pictures is None or pictures.timeline is None:
            return
        periods = pictures.timeline.periods
        chosen = self.query_one(PeriodList).highlighted
        self.query_one("#timeline-plot", Chart).paint(partial(draw_timeline, periods, chosen) if periods else None)

    @on(OptionList.OptionHighlighted, "#timeline-list")
    def _period_highlighted(self) -> None:
        if not self.narrow:
            self._draw_timeline()

    @on(OptionList.OptionSelected, "#timeline-list")
    def _period_selected(self, event: OptionList.OptionSelected) -> None:
        timeline = self.pictures.timeline if self.pictures else None
        if timeline is not None and event.option.id:
            self.choose(("period", event.option.id, timeline.granularity))

    # -- entities

    def _show_entities(self, pictures: Pictures) -> None:
        note = self.query_one("#entities-note", Static)
        listing = self.query_one(EntityTrendList)
        trends = pictures.entities
        if not pictures.analysis or trends is None or not trends.entities:
            note.update(Text(self._no_entities(pictures), style=_DIM))
            listing.display = False
            return
        periods = trends.periods
        span = f"{display(periods[0])} to {display(periods[-1])}" if len(periods) > 1 else "one period"
        note.update(
            Text(
                f"The {len(trends.entities)} most mentioned entities (mentions, articles), "
                f"and their mentions per {trends.granularity}, {span}",
                style=_DIM,
            )
        )
        rows = entity_rows(trends, spark_width=24 if not self.narrow else 12)
        listing.set_options(Option(row, id=t.id) for row, t in zip(rows, trends.entities, strict=True))
        listing.highlighted = 0

    @staticmethod
    def _no_entities(pictures: Pictures) -> str:
        if not pictures.analysis:
            return "Analysis is off (--no-nlp): no entities, pairs or cited sources to show."
        return "No entity is mentioned in the corpus."

    @on(OptionList.OptionSelected, "#entity-list")
    def _entity_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.choose(("entity", event.option.id))

    # -- who with whom

    def _show_pairs(self, pictures: Pictures) -> None:
        note = self.query_one("#pairs-note", Static)
        listing = self.query_one(PairList)
        pairs = pictures.pairs
        if not pictures.analysis or pairs is None or not pairs.pairs:
            note.update(
                Text(
                    self._no_entities(pictures) if not pictures.analysis else "No two entities share a paragraph.",
                    style=_DIM,
                )
            )
            listing.display = False
            self.query_one("#pair-heatmap").display = False
            return
        text = Text(
            f"Who appears with whom: the {len(pairs.pairs)} pairs named in most paragraphs together", style=_DIM
        )
        if not self.narrow:
            text.append("; right, shared paragraphs among the most connected", style=_DIM)
        note.update(text)
        listing.set_options(Option(pair_row(n, p), id=f"{p.a}\t{p.b}") for n, p in enumerate(pairs.pairs, 1))
        listing.highlighted = 0
        self._draw_heatmap(pairs)

    def _draw_heatmap(self, pairs: Cooccurrence) -> None:
        plot = self.query_one("#pair-heatmap", Chart)
        if len(pairs.ids) < 2:
            plot.display = False
            return
        plot.paint(lambda plt: draw_heatmap(pairs, self.app.current_theme.dark, plt))  # the theme's, when drawn

    @on(OptionList.OptionSelected, "#pair-list")
    def _pair_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            a, b = event.option.id.split("\t", 1)
            self.choose(("pair", a, b))

    # -- sources

    def _show_sources(self, pictures: Pictures) -> None:
        text = self.query_one("#sources-text", Static)
        if not pictures.analysis:
            text.update(Text(self._no_entities(pictures), style=_DIM))
            return
        text.update(sources_view(pictures.sources))

    # -- choosing

    @work(thread=True, exclusive=True, exit_on_error=False, group="corpus-filter")
    def choose(self, what: tuple) -> None:
        library: Library = self.app.library
        try:
            if what[0] == "period":
                chosen = library.filter_by_period(what[1], what[2])
            elif what[0] == "entity":
                chosen = library.filter_by_entity(what[1])
            else:
                chosen = library.filter_by_pair(what[1], what[2])
        except (LookupError, ValueError) as exc:
            self.post_message(FilterReady(None, str(exc)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(FilterReady(chosen))

    def on_filter_ready(self, message: FilterReady) -> None:
        if message.error or message.chosen is None:
            self.notify(message.error or "Nothing to filter by.", severity="warning", timeout=4)
            return
        self.dismiss(message.chosen)

    # -- actions

    def action_close(self) -> None:
        self.dismiss(None)

    def action_show_tab(self, tab: str) -> None:
        if self.pictures is None:
            return
        self.query_one(TabbedContent).active = tab
        self.call_after_refresh(self._focus_tab, tab)

    def action_step_tab(self, step: int) -> None:
        tabs = self.query_one(TabbedContent)
        at = TABS.index(tabs.active) if tabs.active in TABS else 0
        self.action_show_tab(TABS[(at + step) % len(TABS)])

    def _focus_tab(self, tab: str) -> None:
        target = {"timeline": "#timeline-list", "entities": "#entity-list", "pairs": "#pair-list"}.get(tab)
        if target is not None:
            widget = self.query_one(target)
            if widget.display:
                widget.focus()
                return
        self.query_one("#sources-box").focus()

    @on(TabbedContent.TabActivated, "#corpus-tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id:
            self.call_after_refresh(self._focus_tab, event.pane.id)
