"""The left column: the search box and its status line over the article list or the ranked hits.

The pane owns search as you type: the debounce (the first keystroke after a pause searches
at once, a burst waits for the pause), one exclusive thread worker per query (a newer
keystroke cancels the older search), the did-you-mean asked once typing pauses, and
showing the hits. One keystroke is one parse and one evaluation: the titles, then their
snippets and the open article's highlights from the same match. The hits come a page
(SEARCH_PAGE) at a time: walking or scrolling to the end of the list fetches the next page in
its own worker and appends it, and the status line says which hits are in view ("hits 21–40
of 180"). What the reader screen must act on is posted: `TopHitChosen` (enter), `Highlighted`
(the open article's spans) and `Cleared`.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, replace

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, OptionList, ProgressBar, Static
from textual.worker import Worker, get_current_worker

from belreader.article import Article
from belreader.library import HitSpans, Library, QueryError, SearchCancelled, SearchNameError, SearchResults
from belreader.state import UIState
from belreader.text import display
from belreader.tui.messages import SearchDone, SearchFailed, SuggestionFound, report_failure, while_mounted
from belreader.tui.widgets.article_list import ArticleList, HitList
from belreader.tui.widgets.search_box import SearchBox

SEARCH_DEBOUNCE = 0.15
SEARCH_PAGE = 20
SUGGEST_DELAY = 0.35  # did-you-mean costs more than a search: ask only once typing pauses
MORE_BEFORE_END = 2  # the next page is fetched when the highlight comes this close to the last hit
PREVIEW_DELAY = 0.3  # a hit highlighted this long is shown in the middle pane (not on every keystroke)


def hit_spans(library: Library, query: str, article: Article, results: SearchResults | None = None) -> list[HitSpans]:
    """What `query` matches in `article`, hit by hit (a word, a whole phrase, a claim or mention
    of a field search): from `results` (the search's own match, or for an article opened later
    the last results of the same query); parsed anew only when there are none (a query typed
    before the index was ready)."""
    if not query.strip():
        return []
    try:
        return library.hit_spans(results if results is not None else query, article)
    except QueryError:
        return []


def in_typed_case(typed: str, suggestion: str) -> str:
    """`suggestion` with the leading capitals of the words typed: 'Bliar' is offered Blair, not
    the index's blair. Word by word, and only when both have as many words; a word typed all in
    capitals is not copied (a corrected 'ORR' must not become the operator OR)."""
    words, fixed = typed.split(), suggestion.split()
    if len(words) != len(fixed):
        return suggestion
    out = []
    for word, found in zip(words, fixed, strict=True):
        if word.casefold() == found.casefold():
            out.append(word)
        elif word[:1].isupper() and word[1:] == word[1:].lower() and found[:1].islower():
            out.append(found[:1].upper() + found[1:])
        else:
            out.append(found)
    return " ".join(out)


def did_you_mean(suggestion: str, hint: str) -> Text:
    """'Did you mean: government? ctrl+y searches it': the question mark kept on the word, so a
    wrapped note never starts a line with it (it reads as no part of the query: the word alone
    is bold and underlined)."""
    line = Text("Did you mean: ")
    line.append(display(suggestion), style=Style(bold=True, underline=True))
    line.append("? ")
    line.append(hint, style=Style(dim=True, italic=True))
    return line


class SearchPane(Vertical):
    BINDINGS = [
        Binding("ctrl+y", "accept_suggestion", "Did you mean", show=False, tooltip="search the did-you-mean"),
    ]

    @dataclass
    class TopHitChosen(Message):
        """Enter in the search box: open the best-ranked article."""

        article_id: str

    @dataclass
    class Highlighted(Message):
        """The query's hits in the open article `article_id`."""

        article_id: str
        hits: list[HitSpans]

    @dataclass
    class Previewed(Message):
        """The highlighted hit `article_id`, still highlighted a moment later: the middle pane
        shows it while the hits are browsed."""

        article_id: str

    @dataclass
    class Cleared(Message):
        """The search was cleared: no terms to mark any more."""

    @dataclass
    class NoHits(Message):
        """The query in effect found nothing: a hit's preview is shown no more."""

    @dataclass
    class MoreHits(Message):
        """The next page of hits of `query` (its worker's answer)."""

        query: str
        results: SearchResults

    def __init__(self, library: Library, state: UIState, **kwargs) -> None:
        super().__init__(**kwargs)
        self.library = library
        self.state = state
        self.query_text = ""
        self.results: SearchResults | None = None
        self.article: Article | None = None  # the open article, set by the reader screen
        self._search_timer: Timer | None = None
        self._suggest_timer: Timer | None = None
        self._browse_hits = False  # the next results take the focus (a saved search chosen)
        self._preview_timer: Timer | None = None
        self._open_top_when_ready = False  # Enter came before the results
        self._last_keystroke = 0.0
        self._shown: SearchResults | None = None  # the search worker's last results, as posted
        self._more_pending = False  # a next page is being fetched
        self._history: list[str] | None = None  # the project's history while ↑/↓ walk it
        self._history_at = -1  # the entry shown (-1: what was typed before walking)
        self._draft = ""
        self._indexing: tuple[int, int] | None = None  # (done, total) files while the index is updated
        # The Facets screen's choices while a search is on: the hits are those of the articles they
        # leave among each query's (worked out by the search worker, `_only`), and `only_label`
        # says which choices in the status line. They stay while the query changes (Datashare).
        self.facet_filters: tuple = ()
        self.only_label = ""
        self._only: tuple[str, frozenset[str]] | None = None  # (query, the articles it is narrowed to)
        # The reader's list filter (a Corpus screen's choice, or facets chosen with no search on):
        # while it holds, the hits are those of its articles too, whatever the query, and
        # `articles_label` says so ("month: 2020-09"). A search used to hide the filtered list
        # and show every hit, and a choice made with a search on changed nothing on screen.
        self.only_articles: frozenset[str] | None = None
        self.articles_label = ""

    def compose(self) -> ComposeResult:
        yield SearchBox(placeholder='/ search: loan, "red lines", entity:peskov', id="search")
        yield Static(id="search-message", markup=False)
        with Vertical(id="progress-box"):
            yield Static("Indexing…", id="progress-label", markup=False)
            yield ProgressBar(total=None, show_eta=False, id="progress")
        yield Static(id="filter-bar", markup=False)
        yield ArticleList(id="articles")
        yield HitList(id="hits")

    def on_mount(self) -> None:
        self.watch(self.query_one(HitList), "scroll_y", self._hits_scrolled, init=False)

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
        self._history = None  # typing ends a walk through the history
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
            self.run_query(self._suggestion())  # no hits: enter accepts the did-you-mean
        elif event.value.strip():
            self._open_top_when_ready = True
            self.start_search(event.value)

    def _open_top_hit(self) -> None:
        assert self.results is not None
        self.post_message(self.TopHitChosen(self.results.hits[0].id))

    # ------------------------------------------------------------------ history and saved searches

    @on(SearchBox.HistoryStep)
    def _history_step(self, event: SearchBox.HistoryStep) -> None:
        """↑ shows (and runs) the project's previous search, ↓ the next one, then what was typed."""
        event.stop()
        box = self.search_box
        if self._history is None:
            try:
                self._history = self.library.search_history()
            except OSError:
                self._history = []
            self._history_at, self._draft = -1, box.value
        entries = self._history
        target = self._history_at + event.step
        while 0 <= target < len(entries) and entries[target].strip() == box.value.strip():
            target += event.step  # the search already in the box is not a step
        if not -1 <= target < len(entries):
            self.app.bell()
            return
        self._history_at = target
        query = self._draft if target < 0 else entries[target]
        self.set_query(query)
        box.cursor_position = len(box.value)
        if query.strip():
            self.start_search(query)
        else:
            self.clear_search(keep_input=True)

    def save_search(self, name: str, query: str, *, overwrite: bool = False) -> str | None:
        """Save `query` as `name` in the project; None when saved (and said), else why not, in
        one line (the name is taken, or is not one a name can be)."""
        try:
            saved = self.library.save_search(name, query, overwrite=overwrite)
        except SearchNameError as exc:
            return f"{exc}; enter again to replace it" if "already saved" in str(exc) else str(exc)
        except (QueryError, ValueError) as exc:
            return str(exc)
        except OSError as exc:
            self.app.notify(f"could not save the search: {exc}", severity="error", markup=False)
            return None
        self.app.notify(f"Saved as '{display(saved.name)}': {display(saved.query)}", markup=False, timeout=4)
        return None

    def run_query(self, query: str, *, browse: bool = False) -> None:
        """Put `query` in the search box and run it (palette `search:`, the did-you-mean).
        `browse` (a saved search chosen in the list): the hits take the focus once shown, so
        keys move through them instead of typing over the query."""
        self.set_query(query)
        self._browse_hits = browse
        self.start_search(query)
        if not browse:
            self.search_box.focus()

    @property
    def narrowed(self) -> bool:
        """Whether facets or the list filter narrow the hits."""
        return bool(self.facet_filters) or self.only_articles is not None

    def restrict_articles(self, article_ids: Iterable[str] | None, label: str = "") -> None:
        """Narrow the hits to `article_ids` (the reader's list filter, said as `label`; None:
        no longer), and search again so the hits and their count are the narrowed ones."""
        self.only_articles = frozenset(article_ids) if article_ids is not None else None
        self.articles_label = label if article_ids is not None else ""
        self.results = None
        if self.query_text.strip():
            self.start_search(self.query_text)

    def restrict(self, filters: tuple = (), label: str = "") -> None:
        """Narrow the hits to the articles the facet `filters` leave (none: every hit again),
        and search again so the hits and their count are the narrowed ones."""
        self.facet_filters = tuple(filters)
        self.only_label = label if filters else ""
        self.results = None  # not pages to append to: the hits are other ones now
        if self.query_text.strip():
            self.start_search(self.query_text)

    def start_search(self, query: str) -> None:
        if self._suggest_timer is not None:
            self._suggest_timer.stop()
        self.workers.cancel_group(self, "search-more")
        self._more_pending = False
        self.query_text = query
        self.state.query = query
        article = self.article
        self.run_search(
            query, article.id if article is not None else None, article, self.facet_filters, self.only_articles
        )

    def clear_search(self, keep_input: bool = False) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self.workers.cancel_group(self, "search")
        self.workers.cancel_group(self, "search-more")
        self.query_text = ""
        self.state.query = ""
        self.results = None
        self.facet_filters, self.only_label = (), ""  # they narrowed the search, and go with it
        if not keep_input:
            self.set_query("")
        self.query_one(HitList).display = False
        self.query_one(ArticleList).display = True
        self.query_one("#filter-bar").display = True
        self.query_one("#search-message").display = False
        self.post_message(self.Cleared())

    # ------------------------------------------------------------------ the search worker

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failure(self, event)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def run_search(
        self,
        query: str,
        article_id: str | None,
        article: Article | None,
        filters: tuple,
        articles: frozenset[str] | None = None,
    ) -> None:
        library = self.library
        worker = get_current_worker()

        def cancelled() -> bool:  # a newer search (exclusive worker) or clearing the box cancels this one
            return worker.is_cancelled

        try:
            # One parse and one evaluation: ranked titles first (fast), then their snippets and
            # the open article's highlights from the same match.
            parsed = library.query(query)
            only = None
            if filters:  # the articles the facets leave among this query's
                only = frozenset(library.facets(parsed, filters).article_ids)
                if worker.is_cancelled:
                    return
            if articles is not None:  # and the list filter's
                only = articles if only is None else only & articles
            if only is not None:
                self._only = (query, only)
            results = library.search(
                parsed, pagelen=SEARCH_PAGE, snippets=0, suggest=False, cancelled=cancelled, only=only
            )
            if worker.is_cancelled:
                return
            self.post_message(SearchDone(query, results, None, article_id))
            if results.total:
                results = library.add_snippets(results, 1, cancelled)
                if worker.is_cancelled:
                    return
                self.post_message(SearchDone(query, results, None, article_id))
        except QueryError as exc:
            if not worker.is_cancelled:
                self.post_message(SearchFailed(query, str(exc)))
            return
        except SearchCancelled:  # given up, so the index is free for the search that replaced it
            return
        hits = hit_spans(library, query, article, results) if article is not None else None
        if hits is not None and not worker.is_cancelled:
            self.post_message(SearchDone(query, results, hits, article_id))

    @while_mounted
    def on_search_done(self, message: SearchDone) -> None:
        message.stop()
        if message.query != self.query_text:
            return  # an older query finished after a newer one started
        if message.results is not self._shown:
            self._shown = message.results
            self.results = self._with_later_pages(message.results)
            self._show_results(self.results)
        if message.hits is not None and message.article_id is not None:
            self.post_message(self.Highlighted(message.article_id, message.hits))
        if self._open_top_when_ready:
            self._open_top_when_ready = False
            if self.results is not None and self.results.hits:
                self._open_top_hit()

    def _with_later_pages(self, results: SearchResults) -> SearchResults:
        """`results` (a first page, perhaps now with snippets) with the later pages already
        fetched for the same query kept after it."""
        shown = self.results
        if shown is None or shown.query != results.query or len(shown.hits) <= len(results.hits):
            return results
        return replace(results, hits=results.hits + shown.hits[len(results.hits) :])

    def _show_results(self, results: SearchResults) -> None:
        hits = self.query_one(HitList)
        hits.show(results)
        articles = self.query_one(ArticleList)
        if articles.has_focus:  # a restored search: keys go to the hits, not to a hidden list
            self._browse_hits = True
        articles.display = False
        hits.display = True
        if self._browse_hits:
            self._browse_hits = False
            hits.focus()
        self.query_one("#filter-bar").display = False
        self._show_status(results)
        if not results.total:
            self.post_message(self.NoHits())
        elif results.suggestion is None:
            # a misspelling can find a little through its stem: ask once the typing pauses
            query = results.query
            self._suggest_timer = self.set_timer(SUGGEST_DELAY, lambda: self.find_suggestion(query))

    def action_accept_suggestion(self) -> None:
        """Search the did-you-mean shown under the query (enter does too when nothing was found)."""
        if self.results is not None and self.results.query == self.query_text and self.results.suggestion:
            self.run_query(self._suggestion())

    def _suggestion(self) -> str:
        """The did-you-mean of the results shown, with the capitals the query was typed with."""
        assert self.results is not None and self.results.suggestion
        return in_typed_case(self.results.query, self.results.suggestion)

    def _show_status(self, results: SearchResults) -> None:
        note = self.query_one("#search-message", Static)
        if results.total:
            loaded = len(results.hits)
            if results.total > loaded or loaded > SEARCH_PAGE:
                highlighted = self.query_one(HitList).highlighted or 0
                first = highlighted // SEARCH_PAGE * SEARCH_PAGE + 1
                text = f"hits {first}–{min(first + SEARCH_PAGE - 1, loaded)} of {results.total}"
            else:
                text = f"{results.total} article{'s' if results.total != 1 else ''}"
            publishers = results.facets.get("publisher") or {}
            if len(publishers) > 1:
                by = " · " + ", ".join(f"{display(p)} {n}" for p, n in list(publishers.items())[:2])
                by += ", …" if len(publishers) > 2 else ""
                # the line is cut at the column's edge: publishers only when they fit whole (cut,
                # "3 articles · Eurasian Research…" named neither the count's split nor a publisher)
                # a note hidden until now has no size yet: the pane's width less the note's gutter
                room = note.content_size.width or self.content_size.width - note.styles.gutter.width
                if room <= 0 or len(text + by) <= room:
                    text += by
            line = Text(text, style=Style(dim=True))
            if self.narrowed:
                facets = f"facets: {self.only_label}" if self.facet_filters else ""
                said = " · ".join(x for x in (facets, self.articles_label) if x)
                line.append(f"\n{display(said)} · x clears", style=Style(italic=True))
            for extra in results.notes:  # an ambiguous name, said once under the count
                line.append("\n" + display(extra), style=Style(italic=True))
            if results.suggestion:  # found a little; the correction finds many more
                line.append("\n")
                line.append_text(did_you_mean(self._suggestion(), "ctrl+y searches it"))
            note.update(line)
        else:
            note.update(self._no_hits())
            query = results.query
            self._suggest_timer = self.set_timer(SUGGEST_DELAY, lambda: self.find_suggestion(query))
        note.set_class(False, "error")
        # a note (or the facets' choices) is shown whole
        note.set_class(bool(results.total and (results.notes or self.narrowed or results.suggestion)), "suggestion")
        note.display = True

    # ------------------------------------------------------------------ more hits

    @on(OptionList.OptionHighlighted, "#hits")
    def _hit_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        results = self.results
        if results is None or not results.total:
            return
        self._show_status(results)
        if event.option_index >= len(results.hits) - MORE_BEFORE_END:
            self.load_more()
        if self._preview_timer is not None:
            self._preview_timer.stop()
        article_id = event.option.id
        if article_id:
            self._preview_timer = self.set_timer(PREVIEW_DELAY, lambda: self._preview(article_id))

    def _preview(self, article_id: str) -> None:
        hits = self.query_one(HitList)
        option = hits.highlighted_option
        if hits.display and option is not None and option.id == article_id:
            self.post_message(self.Previewed(article_id))

    def _hits_scrolled(self, y: float) -> None:
        hits = self.query_one(HitList)
        if hits.display and hits.max_scroll_y and y >= hits.max_scroll_y:
            self.load_more()

    def load_more(self) -> None:
        """Fetch the next page of hits, unless every hit is shown or a page is on its way."""
        results = self.results
        if results is None or self._more_pending or len(results.hits) >= results.total:
            return
        self._more_pending = True
        self.fetch_page(results, len(results.hits) // SEARCH_PAGE + 1)

    @work(thread=True, exclusive=True, exit_on_error=False, group="search-more")
    def fetch_page(self, results: SearchResults, page: int) -> None:
        worker = get_current_worker()

        def cancelled() -> bool:
            return worker.is_cancelled

        library = self.library
        try:
            more = library.search(
                results.parsed or results.query,
                page=page,
                pagelen=SEARCH_PAGE,
                snippets=0,
                facets=False,
                suggest=False,
                cancelled=cancelled,
                only=self._only[1] if self.narrowed and self._only and self._only[0] == results.query else None,
            )
            if more.hits and not worker.is_cancelled:
                more = library.add_snippets(more, 1, cancelled)
        except (QueryError, SearchCancelled):
            return
        if not worker.is_cancelled:
            self.post_message(self.MoreHits(results.query, more))

    @while_mounted
    def on_search_pane_more_hits(self, message: MoreHits) -> None:
        message.stop()
        self._more_pending = False
        results = self.results
        if results is None or message.query != results.query or message.query != self.query_text:
            return
        first = (message.results.page - 1) * SEARCH_PAGE
        if len(results.hits) != first:
            return  # not the page that comes next (the list changed meanwhile)
        self.results = replace(results, hits=results.hits + message.results.hits)
        hits = self.query_one(HitList)
        y = hits.scroll_y
        hits.show(self.results)
        hits.scroll_to(y=y, animate=False, immediate=True)
        self._show_status(self.results)

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
        if message.query != self.query_text or self.results is None or self.results.query != message.query:
            return
        self.results.suggestion = message.suggestion
        if self.results.total:
            self._show_status(self.results)  # under the count of what was found
            return
        line = Text("No hits. ")
        line.append_text(did_you_mean(self._suggestion(), "enter searches it"))
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
