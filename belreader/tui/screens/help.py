"""The help screen, generated from the bindings of the app and its widgets (never hand-written)."""

from __future__ import annotations

from dataclasses import replace

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

# Textual's scrolling containers bind every scroll key, horizontal ones too; belreader's panes
# wrap their text, so only the vertical keys a widget leaves them do anything.
SCROLL_MODULES = ("textual.containers", "textual.scroll_view")
HORIZONTAL_SCROLL = frozenset({"scroll_left", "scroll_right", "page_left", "page_right"})


def class_bindings(cls) -> list[Binding]:
    """The bindings a widget class declares or inherits, most specific first, as Textual applies
    them: a key a class binds hides its base classes' bindings of that key. The generic scroll
    keys that still work come after the widget's own keys, a line per pair."""
    found: list[Binding] = []
    taken: set[str] = set()
    scroll_keys: list[str] = []
    for klass in cls.__mro__:
        for declared in klass.__dict__.get("BINDINGS", []):
            binding = declared if isinstance(declared, Binding) else Binding(*declared)
            keys = [k.strip() for k in binding.key.split(",") if k.strip() and k.strip() not in taken]
            taken.update(keys)
            if not keys:
                continue  # every key of it is bound by a more specific class
            if klass.__module__ in SCROLL_MODULES:
                if binding.action not in HORIZONTAL_SCROLL:
                    scroll_keys.extend(keys)
                continue
            found.append(replace(binding, key=",".join(keys)))
    for pair, action, description, detail in SCROLL_PAIRS:
        keys = [k for k in pair if k in scroll_keys]
        if keys:
            found.append(Binding(",".join(keys), action, description, tooltip=detail))
    return found


# The generic scroll keys a widget leaves to Textual, one line per pair.
SCROLL_PAIRS = (
    (("down", "up"), "scroll_line", "Scroll", "a line down or up"),
    (("pagedown", "pageup"), "scroll_page", "Page", "a page down or up"),
    (("home", "end"), "scroll_edge", "Top / end", "scroll to the top or the end"),
)


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
            if len(keys) >= KEYS_WIDTH:
                text.append(" ")  # keys as wide as the column: still apart from their description
            indent = 2 + max(KEYS_WIDTH, len(keys) + 1)
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


class HelpBody(Static):
    """The help's text, wrapped to the width it is given: a description too long for the line
    continues under itself from the first frame (wrapped after layout, the first frame showed it
    under the keys)."""

    def __init__(self, sections, **kwargs) -> None:
        super().__init__(**kwargs)
        self.sections = sections

    def render(self) -> Text:
        return help_text(self.app, self.sections, width=self.content_size.width or None)

    def get_content_height(self, container, viewport, width: int) -> int:
        return len(help_text(self.app, self.sections, width=width).plain.splitlines())


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
            yield HelpBody(self.sections, id="help-body")

    async def action_dismiss(self, result=None) -> None:
        self.dismiss(result)
