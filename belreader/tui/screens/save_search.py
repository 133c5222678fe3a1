"""The dialog that names a search (ctrl+s in the search box): one line for the name."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from belreader.text import display
from belreader.tui.widgets.safe_input import SafeInput


class SaveSearchDialog(ModalScreen[str | None]):
    """Asks a name for `query`; returns it (None: cancelled). The Library checks the name."""

    DEFAULT_CSS = """
    SaveSearchDialog { align: center middle; }
    #save-search-box {
        width: 64; max-width: 95%; height: auto; border: thick $primary; background: $surface; padding: 0 2;
    }
    #save-search-title { padding: 1 0; height: auto; }
    #save-search-error { color: $text-error; padding: 1 0 0 0; height: auto; }
    #save-search-hint { color: $text-muted; padding: 1 0; height: auto; }
    """

    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="close without saving")]

    def __init__(self, query: str, name: str = "", error: str = "") -> None:
        super().__init__()
        self.search_query = query
        self.suggested = name
        self.error = error

    def compose(self) -> ComposeResult:
        with Vertical(id="save-search-box"):
            title = Text("Save the search ", style=Style(bold=True))
            title.append(display(self.search_query))
            yield Static(title, id="save-search-title")
            yield SafeInput(value=self.suggested, placeholder="a name, e.g. loans", id="save-search-name")
            error = Static(Text(self.error), id="save-search-error")
            error.display = bool(self.error)
            yield error
            yield Static(
                Text("enter saves · esc cancels · run it later from the palette (ctrl+p, saved:)"),
                id="save-search-hint",
            )

    def on_mount(self) -> None:
        self.query_one("#save-search-name", Input).focus()

    @on(Input.Submitted, "#save-search-name")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
