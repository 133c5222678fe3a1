"""The export dialog (`e`) and the yes/no confirmation it and the Clips screen use.

The dialog only chooses: format, destination and scope. It returns an
`ExportRequest`; the reader writes the file in a worker (`PassageActions.run_export`),
asking `ConfirmDialog` first if the file exists. The formats are the core's one list
(`FORMAT_NAMES`, from the Library), as `belreader export --format` offers them.
"""

from __future__ import annotations

import os
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from belreader.library import FORMAT_EXTENSIONS, FORMAT_NAMES, Library
from belreader.text import display
from belreader.tui.messages import ExportRequest
from belreader.tui.widgets.safe_input import SafeInput

# Longest first: "x.csl.json" must not be taken for "x.json".
_EXTENSIONS = sorted((f".{ext}" for ext in FORMAT_EXTENSIONS.values()), key=len, reverse=True)


def in_folder(folder: Path | None, name: str) -> str:
    """`name` in `folder` (the Library's `export_folder`; the home folder when None), as the
    path box shows it: the home folder as `~`, which the export expands."""
    path = (folder or Path.home()) / name
    try:
        return str(Path("~") / path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def folder_hint(folder: Path) -> Text:
    """The line under the path box saying where the default folder is, and why there."""
    try:
        started_here = folder == Path.cwd()
    except OSError:
        started_here = False
    if started_here:
        why = "the folder belreader was started from, where `belreader export -o NAME` saves too"
    else:
        why = "this project's exports folder (the folder belreader was started from cannot be written)"
    return Text(f"In {in_folder(folder, '')}: {why}.", style=Style(dim=True))


def file_in_folder(typed: str, default: str) -> str:
    """The path typed in an export dialog, or, when it names a folder (one that exists, or
    any ending in `/`), the default file's name in that folder: a folder typed once failed
    the export and closed the dialog, losing what was chosen."""
    folder = Path(typed).expanduser()
    if typed.endswith(("/", os.sep)) or folder.is_dir():
        return str(Path(typed) / Path(default).name)
    return typed


def default_export_path(fmt: str, scope: str = "clips", folder: Path | None = None) -> str:
    """`<folder>/belreader-clips-YYYYMMDD.md` (`.csl.json` for CSL): the day from the clips'
    clock (fixed in tests)."""
    name = "search" if scope == "search" else "clips"
    return in_folder(folder, f"belreader-{name}-{Library.today()}.{FORMAT_EXTENSIONS.get(fmt, fmt)}")


export_path = default_export_path  # `<folder>/belreader-clips-YYYYMMDD.<the format's extension>`


class ExportDialog(ModalScreen[ExportRequest | None]):
    """Format, destination path (default `belreader-clips-YYYYMMDD.<ext>` in the Library's
    `export_folder`, said under the box) and what to export."""

    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    #export-box {
        width: 72; max-width: 95%; height: auto; max-height: 100%; overflow-y: auto;
        border: thick $primary; background: $surface; padding: 0 2;
    }
    #export-title { padding: 1 0; }
    #export-box Label { color: $text-muted; margin: 1 0 0 0; }
    #export-box RadioSet { width: 100%; border: none; }
    #export-box RadioSet:focus { border: none; background: $boost; }
    #export-error { color: $text-error; height: auto; }
    #export-folder { height: auto; }
    #export-buttons { height: auto; padding: 1 0; align: right middle; }
    #export-buttons Button { margin: 0 0 0 2; }
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", tooltip="close without exporting"),
        Binding("ctrl+s", "export", "Export", tooltip="export with these settings (enter in the path does too)"),
    ]

    def __init__(self, fmt: str = "md", scope: str = "clips", query: str = "", tag: str | None = None) -> None:
        super().__init__()
        self.fmt = fmt if fmt in FORMAT_NAMES else "md"
        self.tag = tag  # the Clips screen shows only the clips with this tag: those are exported
        self.search_query = query
        self.scope = scope if scope == "clips" or query else "clips"

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Static(Text("Export passages", style=Style(bold=True)), id="export-title")
            yield Label("Format")
            with RadioSet(id="export-format"):
                for fmt, name in FORMAT_NAMES.items():
                    yield RadioButton(name, value=fmt == self.fmt, id=f"format-{fmt}")
            yield Label("What")
            with RadioSet(id="export-scope"):
                clips = (
                    Text(f"Clips tagged {display(self.tag)}")
                    if self.tag is not None
                    else "Clips (your marked passages)"
                )
                yield RadioButton(clips, value=self.scope == "clips", id="scope-clips")
                search = RadioButton(
                    Text(f"Search results: paragraphs matching {display(self.search_query)}")
                    if self.search_query
                    else "Search results (search first)",
                    value=self.scope == "search",
                    id="scope-search",
                    disabled=not self.search_query,
                )
                yield search
            yield Label("Save to")
            self.folder = self.app.library.export_folder()  # type: ignore[attr-defined]
            yield SafeInput(export_path(self.fmt, self.scope, self.folder), id="export-path")
            yield Static(folder_hint(self.folder), id="export-folder")
            yield Static("", id="export-error", markup=False)
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one("#export-path", Input).focus()

    @on(RadioSet.Changed, "#export-format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = (event.pressed.id or "format-md").removeprefix("format-")
        path = self.query_one("#export-path", Input)
        for ext in _EXTENSIONS:
            if path.value.endswith(ext):
                path.value = path.value[: -len(ext)] + f".{FORMAT_EXTENSIONS[self.fmt]}"
                break

    @on(RadioSet.Changed, "#export-scope")
    def _scope_changed(self, event: RadioSet.Changed) -> None:
        old = self.scope
        self.scope = (event.pressed.id or "scope-clips").removeprefix("scope-")
        path = self.query_one("#export-path", Input)
        if path.value == export_path(self.fmt, old, self.folder):
            path.value = export_path(self.fmt, self.scope, self.folder)

    @on(Input.Submitted, "#export-path")
    @on(Button.Pressed, "#export-ok")
    def action_export(self) -> None:
        path = self.query_one("#export-path", Input).value.strip()
        if not path:
            self.query_one("#export-error", Static).update("Give a file to export to.")
            return
        path = file_in_folder(path, export_path(self.fmt, self.scope, self.folder))
        query = self.search_query if self.scope == "search" else ""
        self.dismiss(ExportRequest(self.fmt, path, self.scope, query, self.tag if self.scope == "clips" else None))

    @on(Button.Pressed, "#export-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """A question answered yes or no (y / n, escape is no)."""

    DEFAULT_CSS = """
    ConfirmDialog { align: center middle; }
    #confirm-box {
        width: 64; max-width: 95%; height: auto;
        border: thick $warning; background: $surface; padding: 1 2 0 2;
    }
    #confirm-buttons { height: auto; padding: 1 0; align: right middle; }
    #confirm-buttons Button { margin: 0 0 0 2; }
    """

    BINDINGS = [
        Binding("y", "answer(True)", "Yes"),
        Binding("n,escape", "answer(False)", "No"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.labels = (yes, no)

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(Text(self.question), id="confirm-question")
            with Horizontal(id="confirm-buttons"):
                yield Button(self.labels[0], variant="warning", id="confirm-yes")
                yield Button(self.labels[1], variant="primary", id="confirm-no")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()  # the safe answer by default

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "confirm-yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
