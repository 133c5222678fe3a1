"""Article text -> Rich `Text` with spans. Text is data: it is never parsed as markup.

Every string is made safe to show by `belreader.text`, the one display sanitiser, imported
from there under its own names: `display` for titles, names, ids, notes and queries (control,
bidi and invisible characters shown as visible stand-ins, on one line), `display_same_length`
for body text, whose offsets from the analysis must still line up (a stray control character
becomes a space).
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from belreader.library import LABEL_NAMES, LABELS, NAME_LABELS
from belreader.text import display_inline, display_same_length

# Mid-tone colours on dark backgrounds, deeper ones on light: each pair keeps
# contrast with the theme's background.
_DARK = {
    "PERSON": "#ffaf5f",
    "ORG": "#87afff",
    "PLACE": "#87d787",
    "NORP": "#d7afff",
    "EVENT": "#ff87af",
    "DATE": "#b2b2b2",
    "MONEY": "#e0d060",
    "QUANTITY": "#5fd7d7",
    "PERCENT": "#5fd7d7",
}
_LIGHT = {
    "PERSON": "#a14a00",
    "ORG": "#0b4fb3",
    "PLACE": "#1d6e1d",
    "NORP": "#7a1fa2",
    "EVENT": "#a8004f",
    "DATE": "#5a5a5a",
    "MONEY": "#7a5c00",
    "QUANTITY": "#006d6d",
    "PERCENT": "#006d6d",
}
SEARCH_TERM = Style(color="#000000", bgcolor="#ffd75f", bold=True)
CURRENT_HIT = Style(color="#ffffff", bgcolor="#d75f00", bold=True)
SELECTED_MENTION = Style(bold=True, reverse=True)
CURRENT_MENTION = Style(bold=True, reverse=True, underline=True)


def entity_style(label: str, dark: bool = True) -> Style:
    colours = _DARK if dark else _LIGHT
    colour = colours.get(label)
    if colour is None:
        return Style()
    return Style(color=colour, bold=label in NAME_LABELS)


def claim_style(dark: bool = True) -> Style:
    return Style(bgcolor="#2a3350" if dark else "#dfe7f7")


def legend_items(dark: bool = True, labels: list[str] | None = None) -> list[Text]:
    """The legend's entries: one coloured swatch and name per entity type, then the search-term
    and selected-mention styles. Each entry is kept whole on one line (see `Flow`)."""
    items = []
    for label in labels or LABELS[:-1]:
        if label == "PERCENT":
            continue
        item = Text("■ ", style=entity_style(label, dark))
        item.append(LABEL_NAMES[label], style=Style(dim=True))
        items.append(item)
    items.append(Text(" term ", style=SEARCH_TERM))
    items.append(Text(" selected ", style=SELECTED_MENTION))
    return items


def legend(dark: bool = True, labels: list[str] | None = None) -> Flow:
    """The legend, flowed to the width it is drawn at (never a swatch without its name)."""
    return Flow(legend_items(dark, labels))


class Flow:
    """Rich renderable: items side by side, wrapped between items (not inside one) to the width."""

    def __init__(self, items: list[Text], gap: int = 2) -> None:
        self.items = items
        self.gap = gap

    def text(self, width: int) -> Text:
        text = Text()  # ends in a newline: Textual counts the lines by their newlines
        used = 0
        for item in self.items:
            size = item.cell_len
            if used and used + self.gap + size > width:
                text.append("\n")
                used = 0
            elif used:
                text.append(" " * self.gap)
                used += self.gap
            text.append_text(item)
            used += size
        return text

    def __rich_console__(self, console, options):
        yield self.text(options.max_width)

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        widest = max((item.cell_len for item in self.items), default=0)
        return Measurement(min(widest, options.max_width), options.max_width)


class Fitted:
    """Rich renderable: a one-line title made of parts, fitted to the width it is drawn at.

    The first part always shows; the others, most important first, give way from the last
    until the line fits: each takes its short form (one without goes), then the short ones go
    too, so the title is never cut in the middle of a word. `parts` are (text, short) pairs."""

    def __init__(self, parts: list[tuple[Text, Text | None]]) -> None:
        self.parts = parts

    def __str__(self) -> str:
        return "".join(full.plain for full, _ in self.parts)

    def text(self, width: int) -> Text:
        chosen: list[Text | None] = [full for full, _ in self.parts]

        def length() -> int:
            return sum(part.cell_len for part in chosen if part is not None)

        for i in reversed(range(1, len(self.parts))):
            if length() <= width:
                break
            chosen[i] = self.parts[i][1]
        for i in reversed(range(1, len(self.parts))):
            if length() <= width:
                break
            chosen[i] = None
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        for part in chosen:
            if part is not None:
                line.append_text(part)
        line.rstrip()
        if line.cell_len > width:  # the first part alone is too wide: cut at a space
            cut = line.plain.rfind(" ", 0, max(width - 1, 0))
            if cut > 0:
                line = line[:cut]
                line.rstrip()
                line.append("…")
        return line

    def __rich_console__(self, console, options):
        yield self.text(options.max_width)

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        return Measurement(min(self.parts[0][0].cell_len, options.max_width), options.max_width)


class Hanging:
    """Rich renderable: a head ("13× ") and a body wrapped beside it, its later lines indented
    under the body's first, never running under the head. `str()` is the line unwrapped."""

    def __init__(self, head: Text, body: Text) -> None:
        self.head = head
        self.body = body

    def __str__(self) -> str:
        return self.head.plain + self.body.plain

    def __rich_console__(self, console, options):
        indent = self.head.cell_len
        lines = self.body.wrap(console, max(options.max_width - indent, 1))
        text = Text(no_wrap=True, overflow="ellipsis")
        for number, line in enumerate(lines):
            if number:
                text.append("\n" + " " * indent)
            else:
                text.append_text(self.head)
            line.rstrip()
            text.append_text(line)
        yield text

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        indent = self.head.cell_len
        longest = max((len(word) for word in self.body.plain.split()), default=0)
        return Measurement(min(indent + longest, options.max_width), indent + self.body.cell_len)


def snippet_text(snippet, width_hint: int = 240) -> Text:
    """A search snippet with its matched words highlighted."""
    raw = snippet.text
    text = Text(display_same_length(raw).replace("\n", " "))
    for a, b in snippet.matches:
        if 0 <= a < b <= len(raw):
            text.stylize(SEARCH_TERM, a, b)
    return text


def quoted(content: str, direct: bool) -> str:
    """A direct quote in quote marks, unless the text already carries its own."""
    content = display_inline(content)
    if not direct or content[:1] in '“"‘«':
        return content
    return f"“{content}”"
