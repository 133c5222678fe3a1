"""A screen's one-line title, fitted to its width: what does not fit goes whole, never cut in the
middle of a word (rendering.Fitted decides what)."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from belreader.tui.rendering import Fitted


class FittedTitle(Static):
    def __init__(self, parts: list[tuple[Text, Text | None]] | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.fitted = Fitted(parts or [])

    def show(self, parts: list[tuple[Text, Text | None]]) -> None:
        self.fitted = Fitted(parts)
        self.refresh()

    def render(self) -> Text:
        if not self.fitted.parts:
            return Text()
        return self.fitted.text(self.content_size.width)
