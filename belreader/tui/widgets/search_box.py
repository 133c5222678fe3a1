"""The search box: an Input whose Enter opens the top hit (the app runs the search as you type)."""

from __future__ import annotations

from textual.binding import Binding

from belreader.tui.widgets.safe_input import SafeInput


class SearchBox(SafeInput):
    BINDINGS = [
        Binding("enter", "submit", "Open top hit", show=False, tooltip="open the best-ranked article"),
    ]
