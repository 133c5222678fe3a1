"""Marks in the article's scrollbar: where the chosen entity is mentioned and where the search
hits are (issue 14), so a long article shows at a glance where to look.

The scrollbar's track stands for the whole article: a paragraph `y` rows down an article of
`height` rows is at `y / height` of the track. Each paragraph holding a mention of the
selected entity or a search hit colours its row of the track (a hit wins a row both want);
the thumb is drawn as usual and a mark over it shows through. With nothing to mark the
scrollbar is Textual's own, drawn by Textual's own renderer.

The article view holds a `ScrollMarks` (a helper, not a mixin): the view passes its vertical
scrollbar through `install`, which gives it the renderer, and `refresh` redraws it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import ClassVar, Protocol

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment, Segments
from rich.style import Style
from textual.geometry import Size
from textual.scrollbar import ScrollBar, ScrollBarRender
from textual.widget import Widget

from belreader.article import Article
from belreader.nlp.records import Mention

# Mid-tones: they stand out on the light and the dark themes' scrollbar tracks alike.
ENTITY_MARK = Style(bgcolor="#5f87d7")  # blue, like a selected name's reverse video
HIT_MARK = Style(bgcolor="#e0a000")  # amber, the search highlight's family
MARK_STYLES = {"entity": ENTITY_MARK, "hit": HIT_MARK}
PRIORITY = {"entity": 0, "hit": 1}  # a row both want shows the hit


def mark_rows(marks: list[tuple[float, str]], size: int) -> dict[int, str]:
    """Track row -> the kind of mark drawn there, for a track of `size` rows."""
    rows: dict[int, str] = {}
    for at, kind in marks:
        row = min(size - 1, max(0, int(at * size)))
        if row not in rows or PRIORITY[kind] > PRIORITY[rows[row]]:
            rows[row] = kind
    return rows


class MarkedScrollBarRender(ScrollBarRender):
    """Textual's scrollbar with the rows of its view's marks coloured. Textual makes the
    renderer itself, so the marks are found through a subclass made for each view (`source`); the marks
    are read at each repaint, so they follow the layout as paragraphs are mounted and wrapped."""

    source: ClassVar[Callable[[], ScrollMarks | None]] = staticmethod(lambda: None)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        owner = self.source()
        marks = owner.marks() if owner is not None else []
        for rendered in super().__rich_console__(console, options):
            if not marks or not self.vertical or not isinstance(rendered, Segments):
                yield rendered
                continue
            segments = list(rendered.segments)
            for row, kind in mark_rows(marks, len(segments)).items():
                segment = segments[row]
                meta = segment.style.meta if segment.style is not None else None
                segments[row] = Segment(segment.text, MARK_STYLES[kind] + Style.from_meta(meta or {}))
            yield Segments(segments, new_lines=rendered.new_lines)


class MarkedView(Protocol):
    """What ScrollMarks needs of the article view that holds it."""

    article: Article | None

    @property
    def virtual_size(self) -> Size: ...

    @property
    def show_vertical_scrollbar(self) -> bool: ...

    @property
    def vertical_scrollbar(self) -> ScrollBar: ...

    @property
    def entity_mentions(self) -> list[Mention]: ...

    @property
    def term_spans(self) -> list[tuple[int, int]]: ...

    def paragraph_of(self, offset: int) -> int | None: ...

    def paragraph_widget(self, index: int) -> Widget | None: ...


class ScrollMarks:
    """The article view's scrollbar marks: a helper the view holds (not a mixin). The view
    passes its vertical scrollbar through `install` when Textual asks for it."""

    def __init__(self, view: MarkedView) -> None:
        self.view = view
        self._renderer: type[MarkedScrollBarRender] | None = None

    def install(self, bar: ScrollBar) -> ScrollBar:
        """Give `bar` (the view's vertical scrollbar) the renderer that draws these marks."""
        if self._renderer is None:
            source = staticmethod(weakref.ref(self))
            self._renderer = type("ArticleScrollBarRender", (MarkedScrollBarRender,), {"source": source})
        bar.renderer = self._renderer
        return bar

    def marks(self) -> list[tuple[float, str]]:
        """(fraction of the article's height, "entity" or "hit") per paragraph to mark, in order."""
        view = self.view
        height = view.virtual_size.height
        if height <= 0 or view.article is None:
            return []
        wanted = {(m.paragraph, "entity") for m in view.entity_mentions}
        for start, _end in view.term_spans:
            paragraph = view.paragraph_of(start)
            if paragraph is not None:
                wanted.add((paragraph, "hit"))
        marks = set()
        for paragraph, kind in wanted:
            widget = view.paragraph_widget(paragraph)
            if widget is not None and widget.is_attached:
                marks.add((widget.virtual_region.y / height, kind))
        return sorted(marks)

    def refresh(self) -> None:
        """Redraw the scrollbar (after the entity or the search hits changed)."""
        if self.view.show_vertical_scrollbar:
            self.view.vertical_scrollbar.refresh()
