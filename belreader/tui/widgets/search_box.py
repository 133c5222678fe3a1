"""The search box: an Input whose Enter opens the top hit (the pane runs the search as you type),
whose ↑/↓ walk the project's search history and whose ctrl+s names the search. It only asks:
the search pane answers its messages."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message

from belreader.tui.widgets.safe_input import SafeInput


class SearchBox(SafeInput):
    BINDINGS = [
        Binding("enter", "submit", "Open top hit", show=False, tooltip="open the best-ranked article"),
        Binding(
            "up",
            "history(1)",
            "Older search",
            show=False,
            id="history-older",
            tooltip="the previous search of this project's history (runs it)",
        ),
        Binding(
            "down",
            "history(-1)",
            "Newer search",
            show=False,
            id="history-newer",
            tooltip="the next search of the history, then back to what you were typing",
        ),
        Binding(
            "ctrl+s",
            "save_search",
            "Save search",
            id="save-search",
            tooltip="name this search; saved searches are in the palette (ctrl+p, saved:)",
        ),
    ]

    @dataclass
    class HistoryStep(Message):
        """↑ (1: older) or ↓ (-1: newer) in the search box."""

        step: int

    class SaveRequested(Message):
        """ctrl+s: name the search in the box."""

    def action_history(self, step: int) -> None:
        self.post_message(self.HistoryStep(step))

    def action_save_search(self) -> None:
        self.post_message(self.SaveRequested())
