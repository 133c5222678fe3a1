"""The left column: the corpus as a sortable, filterable list, or the ranked search hits."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from belreader.tui.rendering import clean, snippet_text

SORTS = {
    "id": lambda s: s.id,
    "title": lambda s: clean(s.title).casefold(),
    "date": lambda s: (s.date is None, s.date or "", s.id),
    "publisher": lambda s: ((s.publisher or "~").casefold(), s.id),
    "claims": lambda s: (-s.n_claims, s.id),
}

_DIM = Style(dim=True)
_VIM_BINDINGS = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
    Binding("g", "first", "First", show=False),
    Binding("G", "last", "Last", show=False),
]


def summary_prompt(summary) -> Text:
    title = Text(clean(summary.title) or summary.id, style=Style(bold=True), overflow="ellipsis", no_wrap=False)
    details = [clean(x) for x in (summary.publisher, summary.author, summary.date) if x]
    details.append(f"{summary.n_claims} claim{'s' if summary.n_claims != 1 else ''}")
    title.append("\n")
    title.append(" · ".join(details), style=_DIM)
    return title


class ArticleList(OptionList):
    """Every indexed article (or those a filter keeps), in the chosen order."""

    BINDINGS = _VIM_BINDINGS

    @dataclass
    class Opened(Message):
        article_id: str

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.summaries: list = []
        self.sort_key = "id"
        self.only: set[str] | None = None

    def show(self, summaries: list | None = None, *, sort: str | None = None, only: set[str] | None | bool = False) -> None:
        """Refill the list, keeping the highlighted article where possible."""
        if summaries is not None:
            self.summaries = summaries
        if sort is not None:
            self.sort_key = sort
        if only is not False:
            self.only = only
        keep = self.highlighted_option.id if self.highlighted_option is not None else None
        rows = [s for s in self.summaries if self.only is None or s.id in self.only]
        rows.sort(key=SORTS.get(self.sort_key, SORTS["id"]))
        self.set_options(Option(summary_prompt(s), id=s.id) for s in rows)
        if keep is not None and any(s.id == keep for s in rows):
            self.highlighted = self.get_option_index(keep)
        elif rows:
            self.highlighted = 0

    @property
    def visible_ids(self) -> list[str]:
        return [o.id for o in self.options if o.id]

    def select_article(self, article_id: str) -> None:
        try:
            self.highlighted = self.get_option_index(article_id)
        except Exception:
            pass

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Opened(event.option.id))


class HitList(OptionList):
    """Ranked search hits, each with its best snippet."""

    BINDINGS = _VIM_BINDINGS

    @dataclass
    class Opened(Message):
        article_id: str

    def show(self, results) -> None:
        options = []
        for hit in results.hits:
            prompt = Text(f"{hit.rank:>2}. ", style=_DIM)
            prompt.append(clean(hit.title) or hit.id, style=Style(bold=True))
            details = [clean(x) for x in (hit.publisher, hit.date) if x]
            if details:
                prompt.append("\n    " + " · ".join(details), style=_DIM)
            for snippet in hit.snippets[:1]:
                prompt.append("\n    ")
                prompt.append_text(snippet_text(snippet))
            options.append(Option(prompt, id=hit.id))
        self.set_options(options)
        if options:
            self.highlighted = 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id:
            self.post_message(self.Opened(event.option.id))
