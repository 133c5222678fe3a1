"""The help screen, generated from the bindings of the app and its widgets (never hand-written)."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def class_bindings(cls) -> list[Binding]:
    """The bindings a widget class declares or inherits, most specific first."""
    found: list[Binding] = []
    for klass in cls.__mro__:
        for binding in klass.__dict__.get("BINDINGS", []):
            found.append(binding if isinstance(binding, Binding) else Binding(*binding))
    return found


def binding_rows(app, bindings) -> list[tuple[str, str]]:
    """(keys, description) per action, keys of the same action joined: 'j / down'."""
    rows: dict[str, tuple[list[str], str]] = {}
    details: dict[str, str] = {}
    for binding in bindings:
        if isinstance(binding, tuple):
            binding = Binding(*binding)
        if not binding.description:
            continue  # internal bindings (e.g. ctrl+c's quit hint) have nothing to explain
        for key in binding.key.split(","):
            key = key.strip()
            display = binding.key_display or app.get_key_display(Binding(key, binding.action, binding.description))
            entry = rows.setdefault(binding.action, ([], binding.description or binding.action))
            if display not in entry[0]:
                entry[0].append(display)
            if binding.tooltip:
                details.setdefault(binding.action, binding.tooltip)
    return [
        (" / ".join(keys), description + (f" — {details[action]}" if action in details else ""))
        for action, (keys, description) in rows.items()
    ]


KEYS_WIDTH = 14


def help_text(app, sections, width: int | None = None) -> Text:
    """The help, one line per binding; with `width`, a description too long for it wraps under
    itself (the box would wrap it to its left edge, under the keys)."""
    text = Text()
    for title, bindings in sections:
        text.append(f"{title}\n", style=Style(bold=True, underline=True))
        for keys, description in binding_rows(app, bindings):
            text.append(f"  {keys:<{KEYS_WIDTH}}", style=Style(bold=True))
            indent = 2 + max(KEYS_WIDTH, len(keys))
            if width is None or width - indent < 20:
                text.append(f"{description}\n")
                continue
            lines = Text(description).wrap(app.console, width - indent)
            text.append(f"{lines[0].plain.rstrip()}\n")
            for line in lines[1:]:
                text.append(" " * indent + f"{line.plain.rstrip()}\n")
        text.append("\n")
    text.append("Press escape, q or ? to close.", style=Style(dim=True))
    return text


class HelpScreen(ModalScreen[None]):
    """Keys by area: the app, the article, the lists, search."""

    BINDINGS = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close help"),
    ]

    def __init__(self, sections) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("belreader keys", style=Style(bold=True)), id="help-title")
            yield Static(help_text(self.app, self.sections), id="help-body")

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Wrap the descriptions to the box's width (known once it is laid out)."""
        body = self.query_one("#help-body", Static)
        if body.content_size.width:
            body.update(help_text(self.app, self.sections, width=body.content_size.width))

    async def action_dismiss(self, result=None) -> None:
        self.dismiss(result)
