"""The project switcher (`p`, palette `project: …`): every corpus used so far, and switching the
reader to one (issue 13, defect 8: each corpus is a project with its own clips, reading state,
search history, saved searches and read and starred marks).

The list is the Library's (`Library.projects()`, what `belreader projects` prints). Enter
closes the screen with the chosen project's key; the app opens it as a new Library
(`Library.open_project`) with its own saved state (`BelreaderApp.switch_project`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from belreader.library import Library
from belreader.text import display
from belreader.tui.rendering import Hanging
from belreader.tui.widgets.option_list import FittedOptionList

_DIM = Style(dim=True)
_BOLD = Style(bold=True)


@dataclass
class ProjectsReady(Message):
    projects: list[Any]  # belreader.projects.ProjectInfo
    error: str = ""


def project_row(info: Any, current: bool) -> Hanging:
    """'● bbc  (this one)' over '/path · 2,225 articles · 3 clips · analysis on · used 2026-12-03',
    wrapped beside the marker."""
    from pathlib import Path

    row = Text()
    row.append(display(Path(info.corpus).name) or display(info.key), style=_BOLD)
    if current:
        row.append("  (open now)", style=Style(italic=True, dim=True))
    details = [display(info.corpus)]
    details.append(f"{info.articles:,} articles" if isinstance(info.articles, int) else "not indexed yet")
    if info.clips is not None:
        details.append(f"{info.clips} clip{'s' if info.clips != 1 else ''}")
    details.append("analysis " + ("on" if info.analysis else "off"))
    if info.last_used:
        details.append(f"used {display(info.last_used)[:16].replace('T', ' ')}")
    if not info.corpus_exists:
        details.append("the folder is gone")
    row.append("\n" + " · ".join(details), style=_DIM)
    return Hanging(Text("● " if current else "  ", style=Style(color="green", bold=True)), row)


class ProjectList(FittedOptionList):
    """The projects used so far, one option each."""


class ProjectsScreen(ModalScreen[str | None]):
    """Every project used so far; enter switches the reader to the highlighted one."""

    DEFAULT_CSS = """
    ProjectsScreen { align: center middle; }
    #projects-box {
        width: 100; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    #projects-title { padding: 1 1 1 1; height: auto; }
    #project-list { height: auto; max-height: 30; border: none; }
    #project-list > .option-list--option { padding: 0 1; }
    """

    BINDINGS = [
        Binding("escape,q,p", "close", "Close", tooltip="back to the reader, in the same project"),
    ]

    def __init__(self, current_key: str) -> None:
        super().__init__()
        self.current_key = current_key
        self.projects: list[Any] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="projects-box"):
            yield Static(Text("Projects  …", style=_BOLD), id="projects-title")
            yield ProjectList(id="project-list")

    def on_mount(self) -> None:
        self.query_one(ProjectList).focus()
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="projects")
    def load(self) -> None:
        try:
            found = Library.projects()
        except OSError as exc:
            self.post_message(ProjectsReady([], str(exc)))
            return
        if not get_current_worker().is_cancelled:
            self.post_message(ProjectsReady(found))

    def on_projects_ready(self, message: ProjectsReady) -> None:
        self.projects = message.projects
        title = Text("Projects", style=_BOLD)
        title.append(
            "  each corpus keeps its own clips, reading place, searches and marks · enter switches",
            style=Style(dim=True, italic=True),
        )
        self.query_one("#projects-title", Static).update(title)
        listing = self.query_one(ProjectList)
        if message.error or not message.projects:
            listing.set_options([Option(Text(display(message.error) or "No projects yet.", style=_DIM), disabled=True)])
            return
        listing.set_options(
            Option(project_row(p, p.key == self.current_key), id=p.key, disabled=not p.corpus_exists)
            for p in message.projects
        )
        keys = [p.key for p in message.projects]
        listing.highlighted = keys.index(self.current_key) if self.current_key in keys else 0

    @on(OptionList.OptionSelected, "#project-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.dismiss(event.option.id)

    def action_close(self) -> None:
        self.dismiss(None)
