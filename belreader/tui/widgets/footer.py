"""The footer: key hints that fit the terminal, with `? Help` and `q Quit` always shown.

Textual's Footer lays every shown binding out in one row and cuts the row at the
right edge, so at 80 columns the last ones (help and quit) were lost. This footer
keeps the pinned keys and drops whole hints from the end of the others instead; the
help screen lists them all.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

PINNED = ("help", "quit", "close")


def _hint_width(key: FooterKey) -> int:
    # " key " then "description " (FooterKey's paddings); the palette key adds a border and a space
    width = cell_len(key.key_display) + 2 + cell_len(key.description) + 1
    return width + 2 if key.has_class("-command-palette") else width


class ReaderFooter(Footer):
    def compose(self):
        widgets = list(super().compose())
        keys = [w for w in widgets if isinstance(w, FooterKey) and not w.has_class("-command-palette")]
        pinned = [w for w in keys if w.action in PINNED]
        others = [w for w in widgets if w not in pinned and not w.has_class("-command-palette")]
        palette = [w for w in widgets if w.has_class("-command-palette")]
        budget = (self.size.width or self.app.size.width) - sum(_hint_width(w) for w in pinned + palette)
        for widget in others:
            width = _hint_width(widget) if isinstance(widget, FooterKey) else 0
            if width > budget:
                break
            budget -= width
            yield widget
        yield from pinned
        yield from palette

    def on_resize(self) -> None:
        self.call_after_refresh(self.recompose)
