"""An OptionList whose options are re-wrapped when its scrollbar comes or goes.

Textual's OptionList caches each option's rendered lines by option and style, not by
width, and clears the cache on a resize only; a scrollbar that appears once the list
fills narrows the text area without a resize, so every cached line lost its last
characters ("Blunkett tells of love and pai"). Clearing the cache then re-wraps them.

Every list of the reader is one: `j`/`k` move through it as the arrows do (vim aliases, kept
out of the footer).
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option


class FittedOptionList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
    ]

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        self._clear_caches()

    _fitted_width: int | None = None

    def render_lines(self, crop):
        # The scrollbar's watcher can run before the layout narrows the list, so the lines it
        # re-wraps may still be at the old width: re-wrap whenever the width drawn at changes.
        width = self.scrollable_content_region.width
        if width != self._fitted_width:
            self._fitted_width = width
            self._option_render_cache.clear()
            self._line_cache.clear()
        return super().render_lines(crop)


def divided(options: Iterable[Option]) -> list[Option | None]:
    """`options` with a divider line between each two (None is OptionList's divider): rows of
    several wrapped lines each, such as claims, read apart in a narrow column."""
    out: list[Option | None] = []
    for option in options:
        if out:
            out.append(None)
        out.append(option)
    return out
