"""The left column: the corpus as a sortable, filterable list, or the ranked search hits.

Both show the project's read and starred marks (`set_marks`): "★" before a starred article,
"•" before an unread one, whose title is bold (newsboat's unread). Above the articles the list
shows the project's saved searches (`set_saved`; newsboat's query feeds): choosing one runs it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from belreader.library import SavedSearch
from belreader.text import display
from belreader.tui.rendering import Hanging, snippet_text
from belreader.tui.widgets.option_list import FittedOptionList

SORTS = {
    "id": lambda s: s.id,
    "title": lambda s: display(s.title).casefold(),
    "date": lambda s: (s.date is None, s.date or "", s.id),
    "publisher": lambda s: ((s.publisher or "~").casefold(), s.id),
    "claims": lambda s: (-s.n_claims, s.id),
}

_DIM = Style(dim=True)
STARRED = "★"
UNREAD = "•"
SAVED = "⌕"
_STAR_STYLE = Style(color="yellow", bold=True)
_SAVED_STYLE = Style(color="magenta", bold=True)
_UNREAD_STYLE = Style(color="cyan", bold=True)


def mark_of(article_id: str, read: set[str] | None, starred: set[str]) -> tuple[str, Style]:
    """The marker before an article: starred, unread (when the read marks are known) or none."""
    if article_id in starred:
        return STARRED, _STAR_STYLE
    if read is not None and article_id not in read:
        return UNREAD, _UNREAD_STYLE
    return " ", Style()


_EDGE_BINDINGS = [
    Binding("g", "first", "First", show=False),
    Binding("G", "last", "Last", show=False),
]
_VIM_BINDINGS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    *_EDGE_BINDINGS,
]


class ArticleList(ScrollView, can_focus=True):
    """Every indexed article (or those a filter keeps), in the chosen order, after the
    project's saved searches (not while a filter is on).

    A virtual list: each article is a fixed block of rows (title over two lines,
    then publisher/author/date/claims), rendered only when it scrolls into view, so
    thousands of articles cost nothing until seen. A saved search takes a block too
    (its name, its query); enter or a click runs it (`SavedChosen`).
    """

    ROW_HEIGHT = 3
    BINDINGS = [
        Binding("enter", "open", "Open", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        *_VIM_BINDINGS,
    ]
    COMPONENT_CLASSES = {"article-list--highlight"}
    DEFAULT_CSS = """
    ArticleList { overflow-x: hidden; }
    ArticleList > .article-list--highlight {
        background: $block-cursor-blurred-background;
    }
    ArticleList:focus > .article-list--highlight {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
    }
    """

    highlighted: reactive[int | None] = reactive(None, always_update=True)

    @dataclass
    class Opened(Message):
        article_id: str

    @dataclass
    class SavedChosen(Message):
        """A saved search was chosen: run it."""

        search: SavedSearch

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summaries: list = []
        self.saved: list[SavedSearch] = []
        self.rows: list = []
        self.sort_key = "id"
        self.only: set[str] | None = None
        self.read: set[str] | None = None  # None until the project's marks are read
        self.starred: set[str] = set()
        self._cache: dict[tuple[int, int, bool], list[Strip]] = {}

    def set_marks(self, read: set[str], starred: set[str]) -> None:
        """The project's read and starred articles (the markers before the titles)."""
        self.read, self.starred = set(read), set(starred)
        self._cache.clear()
        self.refresh()

    def set_saved(self, saved: list[SavedSearch]) -> None:
        """The project's saved searches, shown above the articles."""
        if saved != self.saved:
            self.saved = list(saved)
            self.show()

    def show(
        self, summaries: list | None = None, *, sort: str | None = None, only: set[str] | None | bool = False
    ) -> None:
        """Refill the list, keeping the highlighted article where possible."""
        if summaries is not None:
            self.summaries = summaries
        if sort is not None:
            self.sort_key = sort
        if only is not False:
            self.only = only
        keep = self.highlighted_row
        articles = [s for s in self.summaries if self.only is None or s.id in self.only]
        articles.sort(key=SORTS.get(self.sort_key, SORTS["id"]))
        rows: list = [*self.saved, *articles] if self.only is None else articles
        self.rows = rows
        self._cache.clear()
        self.virtual_size = Size(self.size.width, len(rows) * self.ROW_HEIGHT)
        keys = [_key(row) for row in rows]
        first_article = len(rows) - len(articles)
        if keep is not None and _key(keep) in keys:
            self.highlighted = keys.index(_key(keep))
        else:  # the first article (a saved search only when there is none)
            self.highlighted = (first_article if articles else 0) if rows else None
        self.refresh()

    @property
    def option_count(self) -> int:
        return len(self.rows)

    @property
    def visible_ids(self) -> list[str]:
        """The articles shown (not the saved searches)."""
        return [s.id for s in self.rows if not isinstance(s, SavedSearch)]

    @property
    def highlighted_row(self):
        if self.highlighted is None or not (0 <= self.highlighted < len(self.rows)):
            return None
        return self.rows[self.highlighted]

    @property
    def highlighted_id(self) -> str | None:
        """The highlighted article's id (None on a saved search)."""
        row = self.highlighted_row
        return None if row is None or isinstance(row, SavedSearch) else row.id

    def select_article(self, article_id: str) -> None:
        for i, summary in enumerate(self.rows):
            if not isinstance(summary, SavedSearch) and summary.id == article_id:
                self.highlighted = i
                return

    # ------------------------------------------------------------------ cursor

    def validate_highlighted(self, value: int | None) -> int | None:
        if value is None or not self.rows:
            return None
        return max(0, min(value, len(self.rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        self._cache.clear()
        self.refresh()
        if new is not None:
            self.call_after_refresh(self._scroll_to_highlight)

    def _scroll_to_highlight(self) -> None:
        if self.highlighted is not None:
            region = Region(0, self.highlighted * self.ROW_HEIGHT, max(self.size.width, 1), self.ROW_HEIGHT)
            self.scroll_to_region(region, animate=False, immediate=True)

    def action_cursor_up(self) -> None:
        if self.highlighted is not None:
            self.highlighted -= 1

    def action_cursor_down(self) -> None:
        self.highlighted = 0 if self.highlighted is None else self.highlighted + 1

    def action_first(self) -> None:
        self.highlighted = 0

    def action_last(self) -> None:
        self.highlighted = len(self.rows) - 1

    def _page(self) -> int:
        return max(1, self.size.height // self.ROW_HEIGHT)

    def action_page_up(self) -> None:
        self.highlighted = (self.highlighted or 0) - self._page()

    def action_page_down(self) -> None:
        self.highlighted = (self.highlighted or 0) + self._page()

    def action_open(self) -> None:
        row = self.highlighted_row
        if isinstance(row, SavedSearch):
            self.post_message(self.SavedChosen(row))
            return
        article_id = self.highlighted_id
        if article_id is not None:
            self.post_message(self.Opened(article_id))

    def on_click(self, event: events.Click) -> None:
        row = (event.y + self.scroll_offset.y) // self.ROW_HEIGHT
        if 0 <= row < len(self.rows):
            self.focus()
            self.highlighted = row
            self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self.virtual_size = Size(event.size.width, len(self.rows) * self.ROW_HEIGHT)

    # ------------------------------------------------------------------ rendering

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width  # without the scrollbar, so "…" shows
        line = y + self.scroll_offset.y
        row, sub = divmod(line, self.ROW_HEIGHT)
        if row >= len(self.rows) or width <= 0:
            return Strip.blank(width, self.rich_style)
        highlighted = row == self.highlighted
        key = (row, width, highlighted)
        strips = self._cache.get(key)
        if strips is None:
            item = self.rows[row]
            render = self._render_saved if isinstance(item, SavedSearch) else self._render_row
            strips = render(item, width, highlighted)
            self._cache[key] = strips
        return strips[sub].apply_offsets(0, line)

    def _render_saved(self, saved: SavedSearch, width: int, highlighted: bool) -> list[Strip]:
        base = self.rich_style
        if highlighted:
            base = base + self.get_component_rich_style("article-list--highlight")
        lines = [
            Text(display(saved.name), style=Style(bold=True)),
            Text(display(saved.query), style=Style(italic=True)),
            Text("saved · enter runs it", style=Style(dim=True)),
        ]
        strips = []
        for number, text in enumerate(lines):
            padded = Text(SAVED if number == 0 else " ", style=_SAVED_STYLE if number == 0 else Style(), end="")
            padded.append_text(text)
            padded.truncate(width, overflow="ellipsis")
            segments = list(padded.render(self.app.console))
            strips.append(Strip(segments).apply_style(base).extend_cell_length(width, base).crop(0, width))
        return strips

    def _render_row(self, summary, width: int, highlighted: bool) -> list[Strip]:
        console = self.app.console
        base = self.rich_style
        if highlighted:
            base = base + self.get_component_rich_style("article-list--highlight")
        details_style = Style(dim=True) if not highlighted else Style(italic=True)
        inner = max(width - 2, 1)
        unread = self.read is not None and summary.id not in self.read
        title = Text(display(summary.title) or display(summary.id), style=Style(bold=unread or self.read is None))
        wrapped = title.wrap(console, inner, overflow="ellipsis")
        lines = list(wrapped)[:2]
        if len(wrapped) > 2:
            lines[1] = lines[1].copy()
            lines[1].truncate(inner - 1)
            lines[1].append("…")
        while len(lines) < 2:
            lines.append(Text())
        details = [display(x) for x in (summary.publisher, summary.author, summary.date) if x]
        details.append(f"{summary.n_claims} claim{'s' if summary.n_claims != 1 else ''}")
        lines.append(Text(" · ".join(details), style=details_style, no_wrap=True, overflow="ellipsis"))
        strips = []
        marker, marker_style = mark_of(summary.id, self.read, self.starred)
        for number, text in enumerate(lines):
            padded = Text(marker if number == 0 else " ", style=marker_style if number == 0 else Style(), end="")
            padded.append_text(text)
            padded.truncate(width, overflow="ellipsis")
            segments = list(padded.render(console))
            strips.append(Strip(segments).apply_style(base).extend_cell_length(width, base).crop(0, width))
        return strips


def _key(row) -> tuple[str, str]:
    """A row's identity across refills: a saved search by name, an article by id."""
    return ("saved", row.name) if isinstance(row, SavedSearch) else ("article", row.id)


class HitList(FittedOptionList):
    """Ranked search hits, each with its best snippet."""

    BINDINGS = _EDGE_BINDINGS  # j/k: every FittedOptionList's

    @dataclass
    class Opened(Message):
        article_id: str

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.read: set[str] | None = None
        self.starred: set[str] = set()
        self._results = None

    def set_marks(self, read: set[str], starred: set[str]) -> None:
        """The project's read and starred articles (markers before the hits' titles)."""
        changed = (self.read, self.starred) != (read, starred)
        self.read, self.starred = set(read), set(starred)
        if changed and self._results is not None:
            self.show(self._results)

    def show(self, results) -> None:
        self._results = results
        options = []
        for hit in results.hits:
            rank = Text(f"{hit.rank:>2}", style=_DIM)
            marker, marker_style = mark_of(hit.id, self.read, self.starred)
            rank.append(marker if marker != " " else ".", style=marker_style if marker != " " else _DIM)
            rank.append(" ")
            # the title, its details and its snippet wrap in one column, clear of the ranks
            prompt = Text(display(hit.title) or display(hit.id), style=Style(bold=True))
            details = [display(x) for x in (hit.publisher, hit.date) if x]
            if hit.also_in:  # duplicates of this article: one hit (issue 13, defect 15)
                copies = len(hit.also_in)
                details.append(f"+{copies} duplicate{'s' if copies != 1 else ''}")
            if details:
                prompt.append("\n" + " · ".join(details), style=_DIM)
            for snippet in hit.snippets[:1]:
                prompt.append("\n")
                prompt.append_text(snippet_text(snippet))
            options.append(Option(Hanging(rank, prompt), id=hit.id))
        keep = self.highlighted_option.id if self.highlighted_option is not None and self.option_count else None
        self.set_options(options)
        if options:
            ids = [o.id for o in options]
            self.highlighted = ids.index(keep) if keep in ids else 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Opened(event.option.id))
