"""Marks in the article's scrollbar: where the chosen entity is mentioned and where the search
hits are (issue 14), so a long article shows at a glance where to look.

The scrollbar's track stands for the whole article: a paragraph `y` rows down an article of
`height` rows is at `y / height` of the track. Each paragraph holding a mention of the
selected entity or a search hit colours its row of the track (a hit wins a row both want);
the thumb is drawn as usual and a mark over it shows through. With nothing to mark the
scrollbar is Textual's own, drawn by Textual's own renderer.

`ScrollMarks` is a mixin for the article view: it installs the renderer on the view's
vertical scrollbar when that is made, and `refresh_scroll_marks` redraws it.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.segment import Segment, Segments
from rich.style import Style
from textual.scrollbar import ScrollBar, ScrollBarRender

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
    renderer itself, so the view is found through a subclass made for it (`source`); the marks
    are read at each repaint, so they follow the layout as paragraphs are mounted and wrapped."""

    source: ClassVar[Callable[[], ScrollMarks | None]] = staticmethod(lambda: None)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        view = self.source()
        marks = view.scroll_marks() if view is not None else []
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


class ScrollMarks:
    """For the article view: its vertical scrollbar marks `scroll_marks()`."""

    _marks_renderer: type[MarkedScrollBarRender] | None = None

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        bar = super().vertical_scrollbar  # type: ignore[misc]
        if self._marks_renderer is None:
            source = staticmethod(weakref.ref(self))
            self._marks_renderer = type("ArticleScrollBarRender", (MarkedScrollBarRender,), {"source": source})
        bar.renderer = self._marks_renderer
        return bar

    def scroll_marks(self) -> list[tuple[float, str]]:
        """(fraction of the article's height, "entity" or "hit") per paragraph to mark, in order."""
        height = self.virtual_size.height  # type: ignore[attr-defined]
        if height <= 0 or getattr(self, "article", None) is None:
            return []
        wanted = {(m.paragraph, "entity") for m in self.entity_mentions}  # type: ignore[attr-defined]
        for start, _end in self.term_spans:  # type: ignore[attr-defined]
            paragraph = self._paragraph_of(start)  # type: ignore[attr-defined]
            if paragraph is not None:
                wanted.add((paragraph, "hit"))
        marks = set()
        for paragraph, kind in wanted:
            widget = self.paragraph_widget(paragraph)  # type: ignore[attr-defined]
            if widget is not None and widget.is_attached:
                marks.add((widget.virtual_region.y / height, kind))
        return sorted(marks)

    def refresh_scroll_marks(self) -> None:
        """Redraw the scrollbar (after the entity or the search hits changed)."""
        if self.show_vertical_scrollbar:  # type: ignore[attr-defined]
            self.vertical_scrollbar.refresh()
