"""The left column: the search box and its status line over the article list or the ranked hits.

The pane owns search as you type: the debounce (the first keystroke after a pause searches
at once, a burst waits for the pause), one exclusive thread worker per query (a newer
keystroke cancels the older search), the did-you-mean asked once typing pauses, and
showing the hits. One keystroke is one parse and one evaluation: the titles, then their
snippets and the open article's highlights from the same match. What the reader screen must
act on is posted: `TopHitChosen` (enter), `Highlighted` (the open article's spans) and
`Cleared`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from belreader.article import Article
from belreader.library import Library, QueryError, SearchCancelled, SearchResults
from belreader.state import UIState
from belreader.text import display
from belreader.tui.messages import SearchDone, SearchFailed, SuggestionFound, WorkerFailed, while_mounted
from belreader.tui.rendering import clean
from belreader.tui.widgets.article_list import ArticleList, HitList
from belreader.tui.widgets.search_box import SearchBox

SEARCH_DEBOUNCE = 0.15
SEARCH_PAGE = 20
SUGGEST_DELAY = 0.35  # did-you-mean costs more than a search: ask only once typing pauses


def term_spans(
    library: Library, query: str, article: Article, results: SearchResults | None = None
) -> list[tuple[int, int]]:
    """Spans of what `query` matches in `article`: from `results` (the search's own match, or for
    an article opened later the last results of the same query); parsed anew only when there are
    none (a query typed before the index was ready)."""
    if not query.strip():
        return []
    try:
        source = results if results is not None else query
        return library.highlights(source, article, paragraphs=False).spans
    except QueryError:
        return []


class SearchPane(Vertical):
    @dataclass
    class TopHitChosen(Message):
        """Enter in the search box: open the best-ranked article."""

        article_id: str

    @dataclass
    class Highlighted(Message):
        """The query's spans in the open article `article_id`."""

        article_id: str
        term_spans: list[tuple[int, int]]

    @dataclass
    class Cleared(Message):
        """The search was cleared: no terms to mark any more."""

    def __init__(self, library: Library, state: UIState, **kwargs) -> None:
        super().__init__(**kwargs)
        self.library = library
        self.state = state
        self.query_text = ""
        self.results: SearchResults | None = None
        self.article: Article | None = None  # the open article, set by the reader screen
        self._search_timer: Timer | None = None
        self._suggest_timer: Timer | None = None
        self._open_top_when_ready = False  # Enter came before the results
        self._last_keystroke = 0.0
        self._indexing: tuple[int, int] | None = None  # (done, total) files while the index is updated

    def compose(self) -> ComposeResult:
        yield SearchBox(placeholder='/ search: loan, "red lines", entity:peskov', id="search")
        yield Static(id="search-message", markup=False)
        with Vertical(id="progress-box"):
            yield Static("Indexing…", id="progress-label", markup=False)
            yield ProgressBar(total=None, show_eta=False, id="progress")
        yield Static(id="filter-bar", markup=False)
        yield ArticleList(id="articles")
        yield HitList(id="hits")

    @property
    def search_box(self) -> SearchBox:
        return self.query_one("#search", SearchBox)

    def set_query(self, query: str) -> None:
        """Put `query` in the box without searching (the screen searches, or restores)."""
        search = self.search_box
        with search.prevent(Input.Changed):
            search.value = query

    # ------------------------------------------------------------------ typing

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        query = event.value
        now = time.monotonic()
        quiet = now - self._last_keystroke > SEARCH_DEBOUNCE
        self._last_keystroke = now
        if not query.strip():
            self.clear_search(keep_input=True)
            return
        if quiet:
            # The first keystroke after a pause searches at once; a burst waits for the pause.
            self.start_search(query)
        else:
            self._search_timer = self.set_timer(SEARCH_DEBOUNCE, lambda: self.start_search(query))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        if self.results is not None and self.results.query == event.value and self.results.hits:
            self._open_top_hit()
        elif self.results is not None and self.results.query == event.value and self.results.suggestion:
            self.run_query(self.results.suggestion)  # no hits: enter accepts the did-you-mean
        elif event.value.strip():
            self._open_top_when_ready = True
            self.start_search(event.value)

    def _open_top_hit(self) -> None:
        assert self.results is not None
        self.post_message(self.TopHitChosen(self.results.hits[0].id))

    def run_query(self, query: str) -> None:
        """Put `query` in the search box and run it (palette `search:`, the did-you-mean)."""
        self.set_query(query)
        self.start_search(query)
        self.search_box.focus()

    def start_search(self, query: str) -> None:
        if self._suggest_timer is not None:
            self._suggest_timer.stop()
        self.query_text = query
        self.state.query = query
        article = self.article
        self.run_search(query, article.id if article is not None else None, article, time.perf_counter())

    def clear_search(self, keep_input: bool = False) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self.workers.cancel_group(self, "search")
        self.query_text = ""
        self.state.query = ""
        self.results = None
        if not keep_input:
            self.set_query("")
        self.query_one(HitList).display = False
        self.query_one(ArticleList).display = True
        self.query_one("#filter-bar").display = True
        self.query_one("#search-message").display = False
        self.post_message(self.Cleared())

    # ------------------------------------------------------------------ the search worker

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self.post_message(WorkerFailed(event.worker))

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def run_search(self, query: str, article_id: str | None, article: Article | None, started: float) -> None:
        library = self.library
        worker = get_current_worker()

        def cancelled() -> bool:  # a newer search (exclusive worker) or clearing the box cancels this one
            return worker.is_cancelled

        try:
            # One parse and one evaluation: ranked titles first (fast), then their snippets and
            # the open article's highlights from the same match.
            parsed = library.query(query)
            results = library.search(parsed, pagelen=SEARCH_PAGE, snippets=0, suggest=False, cancelled=cancelled)
            if worker.is_cancelled:
                return
            self.post_message(SearchDone(query, results, None, article_id))
            if results.total:
                results = library.add_snippets(results, 1)
                if worker.is_cancelled:
                    return
                self.post_message(SearchDone(query, results, None, article_id))
        except QueryError as exc:
            if not worker.is_cancelled:
                self.post_message(SearchFailed(query, str(exc)))
            return
        except SearchCancelled:  # given up, so the index is free for the search that replaced it
            return
        spans = term_spans(library, query, article, results) if article is not None else None
        if spans is not None and not worker.is_cancelled:
            self.post_message(SearchDone(query, results, spans, article_id))

    @while_mounted
    def on_search_done(self, message: SearchDone) -> None:
        message.stop()
        if message.query != self.query_text:
            return  # an older query finished after a newer one started
        if message.results is not self.results:
            self.results = message.results
            self._show_results(message.results)
        if message.term_spans is not None and message.article_id is not None:
            self.post_message(self.Highlighted(message.article_id, message.term_spans))
        if self._open_top_when_ready:
            self._open_top_when_ready = False
            if self.results is not None and self.results.hits:
                self._open_top_hit()

    def _show_results(self, results: SearchResults) -> None:
        hits = self.query_one(HitList)
        hits.show(results)
        self.query_one(ArticleList).display = False
        hits.display = True
        self.query_one("#filter-bar").display = False
        note = self.query_one("#search-message", Static)
        if results.total:
            text = f"{results.total} article{'s' if results.total != 1 else ''}"
            if results.total > len(results.hits):
                text += f" (top {len(results.hits)})"
            publishers = results.facets.get("publisher") or {}
            if len(publishers) > 1:
                text += " · " + ", ".join(f"{clean(p)} {n}" for p, n in list(publishers.items())[:2])
                if len(publishers) > 2:
                    text += ", …"
            line = Text(text, style=Style(dim=True))
            for extra in results.notes:  # an ambiguous name, said once under the count
                line.append("\n" + clean(extra), style=Style(italic=True))
            note.update(line)
        else:
            note.update(self._no_hits())
            query = results.query
            self._suggest_timer = self.set_timer(SUGGEST_DELAY, lambda: self.find_suggestion(query))
        note.set_class(False, "error")
        note.set_class(False, "suggestion")
        note.display = True

    def _no_hits(self) -> Text:
        if self._indexing is None:
            return Text("No hits.")
        done, total = self._indexing
        return Text(f"No hits yet: indexing… {done:,} of {total:,}", style=Style(italic=True))

    def show_indexing(self, progress: tuple[int, int] | None) -> None:
        """The index update under way, `(done, total)` files, or over (None): meanwhile a search
        without hits says the index is being built rather than "No hits."."""
        self._indexing = progress
        note = self.query_one("#search-message", Static)
        results = self.results
        if results is not None and not results.total and self.query_text and not note.has_class("suggestion"):
            note.update(self._no_hits())

    @work(thread=True, exclusive=True, exit_on_error=False, group="suggest")
    def find_suggestion(self, query: str) -> None:
        if query != self.query_text:
            return
        results = self.results
        parsed = results.parsed if results is not None and results.query == query else None
        try:
            found = self.library.suggestion(parsed or query)  # the search's own parse, reused
        except QueryError:
            return
        if found and not get_current_worker().is_cancelled:
            self.post_message(SuggestionFound(query, found))

    @while_mounted
    def on_suggestion_found(self, message: SuggestionFound) -> None:
        message.stop()
        if message.query != self.query_text or self.results is None or self.results.total:
            return
        self.results.suggestion = message.suggestion
        line = Text("No hits. Did you mean: ")
        line.append(clean(message.suggestion), style=Style(bold=True, underline=True))
        line.append(" ? ")
        line.append("enter searches it", style=Style(dim=True, italic=True))
        note = self.query_one("#search-message", Static)
        note.update(line)
        note.set_class(True, "suggestion")  # shown whole, over as many lines as it needs

    @while_mounted
    def on_search_failed(self, message: SearchFailed) -> None:
        message.stop()
        if message.query != self.query_text:
            return
        self._open_top_when_ready = False
        note = self.query_one("#search-message", Static)
        note.update(Text(display(message.error)))
        note.set_class(True, "error")
        note.display = True
