"""Charts of the corpus for reports (`belreader plot`): the pictures of corpus_stats.py drawn
with matplotlib as clean, labelled SVG or PNG files, each with a caption naming the project,
the query, the entity and the date.

matplotlib is imported only when a chart is drawn (it costs far more than the rest of a CLI
start-up), on the headless Agg backend. Text from the corpus (entity names, publishers, the
query) is shown as plain text: control characters made visible, and no "$...$" math.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from belreader.corpus_stats import Cooccurrence, EntityTrends, PublisherSources, Timeline
from belreader.export import write_export
from belreader.text import display

if TYPE_CHECKING:
    from matplotlib.figure import Figure

__all__ = ["PLOT_FORMATS", "PLOT_KINDS", "Caption", "draw", "plot_format", "write_chart"]

PLOT_KINDS = ("timeline", "entities", "cooccurrence", "sources")
PLOT_FORMATS = ("svg", "png")
PUBLISHED_COLOUR = "#1f4e79"
CITED_COLOUR = "#9dc3e6"
LINE_COLOUR = "#1f4e79"
HEATMAP = "Blues"
MAX_SOURCES = 20  # columns of the sources chart: the most cited overall
MAX_PUBLISHERS = 15
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def plot_format(path: Path | str) -> str:
    """ "svg" or "png" from the file name. Raises ValueError naming the formats."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in PLOT_FORMATS:
        what = f"'.{suffix}'" if suffix else "no extension"
        raise ValueError(f"unknown chart format ({what}); name the file .svg or .png")
    return suffix


@dataclass(frozen=True, slots=True)
class Caption:
    """What a chart is of: the project, the query and entity that narrowed it, the date."""

    project: str
    date: str
    query: str | None = None
    entity: str | None = None

    def text(self) -> str:
        parts = [f"belreader · project {self.project}"]
        parts.append(f"query: {self.query}" if self.query else "all articles")
        if self.entity:
            parts.append(f"entity: {self.entity}")
        parts.append(self.date)
        return display(" · ".join(parts))


def draw(kind: str, data: Any, caption: Caption, fmt: str) -> bytes:
    """The chart of `kind` ("timeline": a Timeline, "entities": EntityTrends, "cooccurrence":
    Cooccurrence, "sources": a list of PublisherSources) as SVG or PNG bytes."""
    import io

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import rc_context

    drawers: dict[str, Callable[[Any], Figure]] = {
        "timeline": _timeline,
        "entities": _entities,
        "cooccurrence": _cooccurrence,
        "sources": _sources,
    }
    if kind not in drawers:
        raise ValueError(f"unknown chart '{kind}'; use one of {', '.join(PLOT_KINDS)}")
    style: dict[Any, Any] = {
        "svg.fonttype": "none",  # text stays text: searchable, selectable, and the caption checkable
        "svg.hashsalt": "belreader",  # the same chart gives the same file
        "text.parse_math": False,  # "$1.5 billion" in a name is not math
        "font.size": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 12,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
    }
    with rc_context(style):
        figure = drawers[kind](data)
        _add_caption(figure, caption)
        buffer = io.BytesIO()
        metadata: dict[str, Any] = {"Title": f"belreader: {kind}"}
        if fmt == "svg":
            metadata["Date"] = None
        figure.savefig(buffer, format=fmt, dpi=150, metadata=metadata, bbox_inches="tight", pad_inches=0.25)
    return buffer.getvalue()


def write_chart(image: bytes, dest: Path, overwrite: bool = False) -> Path:
    """Write a chart as an export is written (atomically, never over a file unless `overwrite`).
    Raises ExportError."""
    return write_export(image, dest, overwrite)


# --------------------------------------------------------------------------- the charts


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), layout="constrained")


def _add_caption(figure: Figure, caption: Caption) -> None:
    figure.text(0.0, -0.01, caption.text(), ha="left", va="top", fontsize=8, color="#555555")


def _period_name(label: str) -> str:
    """ "2020-09" -> "Sep 2020"; a year stays as it is."""
    year, _, month = label.partition("-")
    return f"{MONTH_NAMES[int(month) - 1]} {year}" if month else year


def _sparse_ticks(count: int, most: int = 16) -> list[int]:
    step = max(1, -(-count // most))
    return list(range(0, count, step))


def _timeline(timeline: Timeline) -> Figure:
    from matplotlib.ticker import MaxNLocator

    figure = _figure(10, 4.6)
    ax = figure.add_subplot()
    positions = list(range(len(timeline.periods)))
    published = [p.published for p in timeline.periods]
    cited = [p.cited for p in timeline.periods]
    ax.bar(
        positions,
        published,
        color=PUBLISHED_COLOUR,
        label=f"dated by publication ({timeline.published})",
    )
    ax.bar(
        positions,
        cited,
        bottom=published,
        color=CITED_COLOUR,
        label=f"dated by the dates they cite ({timeline.cited})",
    )
    ticks = _sparse_ticks(len(positions))
    ax.set_xticks(ticks, [_period_name(timeline.periods[i].label) for i in ticks], rotation=45, ha="right")
    ax.set_ylabel("articles")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(f"Articles over time, by {timeline.granularity}")
    ax.legend(frameon=False, loc="upper left")
    notes = [f"{timeline.articles} article{'s' if timeline.articles != 1 else ''}"]
    if timeline.coarse:
        notes.append(f"{len(timeline.coarse)} dated only to a year (not shown; plot by year)")
    if timeline.outside:
        notes.append(f"{len(timeline.outside)} placed by cited dates far from the rest (not shown)")
    if timeline.undated:
        notes.append(f"{len(timeline.undated)} without any date (not shown)")
    if timeline.duplicates:
        notes.append(f"{timeline.duplicates} duplicate{'s' if timeline.duplicates != 1 else ''} counted once")
    ax.set_xlabel("; ".join(notes), color="#555555")
    return figure


def _entities(trends: EntityTrends) -> Figure:
    rows = trends.entities
    figure = _figure(10, 1.6 + 0.42 * len(rows))
    grid = figure.add_gridspec(len(rows), 2, width_ratios=(3, 2))
    bars = figure.add_subplot(grid[:, 0])
    names = [display(f"{t.name} ({t.label.lower()})" if t.label else t.name) for t in rows]
    bars.barh(range(len(rows)), [t.mentions for t in rows], color=PUBLISHED_COLOUR)
    bars.set_yticks(range(len(rows)), names)
    bars.set_ylim(len(rows) - 0.5, -0.5)
    bars.set_xlabel("mentions (each duplicate article once)")
    for i, trend in enumerate(rows):
        bars.annotate(
            f" {trend.mentions} in {trend.articles} article{'s' if trend.articles != 1 else ''}",
            (trend.mentions, i),
            va="center",
            fontsize=8,
        )
    bars.set_title("Most mentioned entities")
    periods = trends.periods
    for i, trend in enumerate(rows):
        spark = figure.add_subplot(grid[i, 1])
        series = trends.series(trend)
        if len(series) > 1:
            spark.plot(range(len(series)), series, color=LINE_COLOUR, linewidth=1.2)
            spark.fill_between(range(len(series)), series, color=CITED_COLOUR, alpha=0.6, linewidth=0)
            spark.set_xlim(0, len(series) - 1)
        elif series:
            spark.bar([0], series, color=LINE_COLOUR, width=0.4)
        spark.set_ylim(bottom=0)
        spark.set_yticks([])
        spark.spines["left"].set_visible(False)
        if i == 0:
            spark.set_title(f"mentions per {trends.granularity}", fontsize=9, fontweight="normal")
        if i == len(rows) - 1 and periods:
            ends = sorted({0, len(periods) - 1})
            spark.set_xticks(ends, [_period_name(periods[i]) for i in ends])
        else:
            spark.set_xticks([])
    return figure


def _heatmap(figure: Figure, ax: Any, matrix: Sequence[Sequence[int]], legend: str) -> None:
    image = ax.imshow(matrix, cmap=HEATMAP, aspect="auto", vmin=0)
    top = max((v for row in matrix for v in row), default=0)
    for y, row in enumerate(matrix):
        for x, value in enumerate(row):
            if value:
                colour = "white" if value > top * 0.6 else "black"
                ax.text(x, y, str(value), ha="center", va="center", fontsize=8, color=colour)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    from matplotlib.ticker import MaxNLocator

    figure.colorbar(image, ax=ax, shrink=0.8, label=legend, ticks=MaxNLocator(integer=True))


def _cooccurrence(result: Cooccurrence) -> Figure:
    figure = _figure(12, 7.5)
    grid = figure.add_gridspec(1, 2, width_ratios=(5, 2))
    ax = figure.add_subplot(grid[0, 0])
    names = [display(n) for n in result.names]
    _heatmap(figure, ax, result.matrix, "paragraphs mentioning both")
    ax.set_xticks(range(len(names)), names, rotation=45, ha="right")
    ax.set_yticks(range(len(names)), names)
    ax.set_title("Who appears with whom")
    ranked = figure.add_subplot(grid[0, 1])
    ranked.axis("off")
    lines = [
        f"{p.paragraphs:>3} ¶ {p.articles:>2} art.  {display(p.a_name)} – {display(p.b_name)}"
        for p in result.pairs[:20]
    ]
    ranked.set_title("Pairs, most shared paragraphs first", fontsize=9, fontweight="normal")
    ranked.text(0, 1, "\n".join(lines), va="top", ha="left", fontsize=8, family="monospace", transform=ranked.transAxes)
    return figure


def _sources(publishers: list[PublisherSources]) -> Figure:
    totals: dict[str, int] = {}
    names: dict[str, str] = {}
    for row in publishers:
        for source in row.sources:
            totals[source.id] = totals.get(source.id, 0) + source.articles
            names.setdefault(source.id, source.name)
    columns = sorted(totals, key=lambda s: (-totals[s], names[s].casefold()))[:MAX_SOURCES]
    shown = [p for p in publishers if p.sources][:MAX_PUBLISHERS]
    matrix = [[next((s.articles for s in p.sources if s.id == c), 0) for c in columns] for p in shown]
    figure = _figure(max(7.0, 2.5 + 0.6 * len(columns)), 2.2 + 0.4 * len(shown))
    ax = figure.add_subplot()
    _heatmap(figure, ax, matrix, "articles citing")
    ax.set_xticks(range(len(columns)), [display(names[c]) for c in columns], rotation=45, ha="right")
    ax.set_yticks(
        range(len(shown)),
        [display(f"{p.publisher} ({p.articles} article{'s' if p.articles != 1 else ''})") for p in shown],
    )
    ax.set_title("Sources each publisher cites")
    note = "cited source (own publisher and author left out)"
    if len(totals) > len(columns):
        note += f"; the {len(columns)} most cited of {len(totals)}"
    ax.set_xlabel(note, color="#555555")
    return figure
