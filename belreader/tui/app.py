"""The reader app: layout, key bindings, workers and the flow between the widgets.

`make_app` is the one way to build it (cli.py, the tests, scripts/screenshots.py).
Blocking work (index update, loading and analysing an article, search, related
claims) runs in thread workers that post messages back; widgets are only touched
on the event loop.
"""

from __future__ import annotations

import asyncio
import inspect
import os
import signal
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from functools import wraps

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Header, Input, ProgressBar, Static, TabbedContent
from textual.worker import Worker, WorkerState, get_current_worker

from belreader.library import Library
from belreader.state import SORT_KEYS, UIState, read_state, save_state, state_path
from belreader.text import display, display_block
from belreader.tui.commands import BelreaderCommands
from belreader.tui.messages import (
    AnalysisReady,
    ArticleLoaded,
    BackendChecked,
    CorpusLoaded,
    CorpusStats,
    EntityFilterReady,
    IndexFinished,
    IndexProgress,
    RelatedReady,
    SearchDone,
    SearchFailed,
    SuggestionFound,
)
from belreader.tui.passages import PassageActions
from belreader.tui.rendering import clean
from belreader.tui.screens.compare import CompareScreen, DisagreementsScreen
from belreader.tui.screens.corpus import CorpusScreen
from belreader.tui.screens.help import HelpScreen
from belreader.tui.widgets.article_list import ArticleList, HitList
from belreader.tui.widgets.article_view import ArticleView
from belreader.tui.widgets.footer import ReaderFooter
from belreader.tui.widgets.search_box import SearchBox
from belreader.tui.widgets.side_panel import ClaimList, CompareRequested, EntityList, RelatedList, SidePanel

_STARTUP_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="belreader-startup")

SEARCH_DEBOUNCE = 0.15
NARROW_WIDTH = 100  # below this the side panel hides itself
SEARCH_PAGE = 20
EXIT_GRACE = 3.0  # seconds a closed reader may take to end before it is ended (see _end_when_stuck)
SUGGEST_DELAY = 0.35  # did-you-mean costs more than a search: ask only once typing pauses
RELATED_LIMIT = 8


def _while_mounted(handler):
    """Drop a worker's message that lands while the app is tearing its widgets down."""
    if inspect.iscoroutinefunction(handler):

        @wraps(handler)
        async def guarded_async(self, *args):
            try:
                return await handler(self, *args)
            except NoMatches:
                if self._exiting_widgets():
                    return None
                raise

        return guarded_async

    @wraps(handler)
    def guarded(self, *args):
        try:
            return handler(self, *args)
        except NoMatches:
            if self._exiting_widgets():
                return None
            raise

    return guarded


class BelreaderApp(PassageActions, App):
    CSS_PATH = "app.tcss"
    TITLE = "belreader"
    COMMANDS = App.COMMANDS | {BelreaderCommands}
    COMMAND_PALETTE_BINDING = "ctrl+p"

    BINDINGS = [
        Binding(
            "slash",
            "focus_search",
            "Search",
            id="search",
            tooltip='search as you type; entity: speaker: source: fields, "phrases", -not, OR',
        ),
        Binding(
            "escape", "escape", "Clear", id="clear", tooltip="clear the search, then the entity filter, then the claim"
        ),
        Binding("n", "next_hit", "Next hit", id="next-hit", tooltip="next search hit in the article"),
        Binding(
            "N", "previous_hit", "Prev hit", show=False, id="previous-hit", tooltip="previous search hit in the article"
        ),
        Binding(
            "right_square_bracket",
            "next_mention",
            "Next mention",
            show=False,
            id="next-mention",
            tooltip="next mention of the selected entity",
        ),
        Binding(
            "left_square_bracket",
            "previous_mention",
            "Prev mention",
            show=False,
            id="previous-mention",
            tooltip="previous mention of the selected entity",
        ),
        Binding("x", "clear_filter", "Clear filter", show=False, id="clear-filter", tooltip="show every article again"),
        Binding("s", "cycle_sort", "Sort", id="sort", tooltip="sort the list by id, title, date, publisher, claims"),
        Binding(
            "t", "next_tab", "Tab", id="next-tab", tooltip="next side-panel tab: Claims, Sources, Entities, Related"
        ),
        Binding("ctrl+b", "toggle_side_panel", "Panel", id="toggle-side", tooltip="show or hide the side panel"),
        Binding(
            "C", "open_clips", "Clips", id="clips", tooltip="every marked passage: reorder, note and tags, jump back"
        ),
        Binding("e", "export", "Export", id="export", tooltip="export clips or the search's paragraphs: md, json, csv"),
        Binding(
            "m",
            "compare",
            "Compare",
            show=False,
            id="compare",
            tooltip="every article's account of the chosen claim's fact, side by side, with what differs",
        ),
        Binding(
            "D",
            "disagreements",
            "Disagreements",
            show=False,
            id="disagreements",
            tooltip="the facts whose accounts differ (amounts, dates, stance, attribution), most different first",
        ),
        Binding(
            "P", "corpus", "Corpus", show=False, id="corpus", tooltip="pictures of the corpus; enter on one filters"
        ),
        Binding("question_mark,f1", "help", "Help", id="help", tooltip="this screen"),
        Binding("q", "quit", "Quit", id="quit", tooltip="quit; the open article, query and layout come back next time"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Palette",
            show=False,
            id="palette",
            tooltip="commands: open: entity: search: view: compare: export: clips: theme:",
        ),
    ]

    side_visible: reactive[bool] = reactive(True, init=False)

    def __init__(self, corpus=None, index_dir=None, state_dir=None, analysis: bool = True) -> None:
        super().__init__()
        # The project: the reader only asks it (in workers) and shows the answers. analysis=False
        # (--no-nlp): an index without entities and claims (huge corpora), and no analysis
        # anywhere: the open article's panels say analysis is off.
        self.library = Library(corpus, index_dir, analysis=analysis)
        # Read what the index holds while Textual starts up; the index worker picks it up.
        self._prefetch = _STARTUP_POOL.submit(self.library.summaries_if_indexed)
        self.state_file = state_path(state_dir)
        self.state, self._state_notice = read_state(self.state_file)
        if self.state.corpus not in (None, str(self.library.corpus)):
            recent = self.state.recent_queries
            self.state = UIState(theme=self.state.theme, side_panel=self.state.side_panel, recent_queries=recent)
        self.state.corpus = str(self.library.corpus)
        self.summaries: list = []
        self.stats: dict = {}
        self.article = None
        self.analysis = None
        self.query_text = ""
        self.results = None
        self.entity_filter: tuple[str, str] | None = None  # (id, name)
        self.filter_kind = "entity"  # or a Corpus screen filter's: "month", "year", "together"
        self.entity_filter_ids: list[str] = []
        self.selected_claim = None
        self._search_timer: Timer | None = None
        self._suggest_timer: Timer | None = None
        self._pending_claim: str | None = None  # a claim to select once its article's analysis arrives
        self._open_top_when_ready = False  # Enter came before the results
        self._last_keystroke = 0.0
        self._restored = False
        self._indexing = False
        self._backend_noted = False
        self._user_side: bool | None = self.state.side_panel
        self._narrow: bool | None = None
        self.search_seconds: list[float] = []

    @property
    def index(self) -> Library:
        """The former name of `library` (tests written before the façade read articles through it)."""
        return self.library

    # ------------------------------------------------------------------ layout

    def _exiting_widgets(self) -> bool:
        """True while the app shuts down (its screen and widgets are going away)."""
        return self._exit or not self._running

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield SearchBox(placeholder='/ search: loan, "red lines", entity:peskov', id="search")
                yield Static(id="search-message", markup=False)
                with Vertical(id="progress-box"):
                    yield Static("Indexing…", id="progress-label", markup=False)
                    yield ProgressBar(total=None, show_eta=False, id="progress")
                yield Static(id="filter-bar", markup=False)
                yield ArticleList(id="articles")
                yield HitList(id="hits")
            yield ArticleView(id="article")
            yield SidePanel(id="side")
        yield ReaderFooter()

    def on_mount(self) -> None:
        if self.state.theme and self.state.theme in self.available_themes:
            self.theme = self.state.theme
        self.title = f"belreader — {clean(self.library.corpus.name) or 'corpus'}"
        self.sub_title = "opening the index…"
        self.query_one("#hits").display = False
        self.query_one("#progress-box").display = False
        self.query_one("#search-message").display = False
        self.query_one(SidePanel).active_tab = self.state.side_tab
        self._apply_width(self.size.width)
        self._update_filter_bar()
        self.query_one(ArticleView).set_dark(self.current_theme.dark)
        self.query_one(ArticleList).sort_key = self.state.sort
        self.query_one(ArticleList).focus()
        self.refresh_index()
        self.open_clip_store()
        if self._state_notice:
            self.notify(self._state_notice, title="Reader state", severity="warning", timeout=10)
        if not self.is_headless and sys.__stdin__ is not None:
            self.watch_terminal(sys.__stdin__.fileno())

    def watch_terminal(self, fd: int) -> None:
        """Leave, saving the state, when the terminal on `fd` goes away: on a hangup signal,
        or when the terminal is gone without one (a `make run` whose tmux pane was killed).
        Textual's input thread would otherwise read end-of-file in a loop at full CPU."""
        if not os.isatty(fd):
            return
        self.set_interval(1.0, lambda: None if os.isatty(fd) else self.exit())
        try:
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, self.exit)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no SIGHUP
            pass

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        narrow = width < NARROW_WIDTH
        if narrow != self._narrow and (self._narrow is not None or narrow):
            # Crossing the threshold (or starting narrow): narrow hides the panel, wide shows it.
            self._user_side = None
        self._narrow = narrow
        self.screen.set_class(narrow, "narrow")
        self.side_visible = self._user_side if self._user_side is not None else not narrow
        self._show_side(self.side_visible)

    def watch_side_visible(self, visible: bool) -> None:
        self._show_side(visible)

    def _show_side(self, visible: bool) -> None:
        panel = self.query_one(SidePanel)
        if not visible and panel.has_focus_within:
            self.query_one(ArticleView).focus()
        panel.display = visible
        self.screen.set_class(visible, "side-open")
        left = self.query_one("#left")
        if self.screen.has_class("narrow") and visible and left.has_focus_within:
            self.query_one(ArticleView).focus()  # the left column is hidden now

    def watch_theme(self, theme: str) -> None:
        self.state.theme = theme
        try:
            view = self.query_one(ArticleView)
        except Exception:
            return
        view.set_dark(self.current_theme.dark)
        if self.analysis is not None and self.article is not None:
            self.query_one(SidePanel).show_analysis(self.article, self.analysis, self.current_theme.dark)

    # ------------------------------------------------------------------ index

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def refresh_index(self) -> None:
        from belreader.library import IndexReadOnly, update_summary

        worker = get_current_worker()
        library = self.library
        try:
            summaries = self._prefetch.result()
        except Exception:  # an unreadable index is rebuilt by the update below
            summaries = None
        if summaries:
            self.post_message(CorpusLoaded(summaries, None, final=False))
            try:
                self.post_message(CorpusStats(library.stats()))
            except Exception:
                pass
        self._indexing = True

        def progress(stage: str, done: int, total: int) -> None:
            self.post_message(IndexProgress(stage, done, total))
            if stage == "write" and done < total:
                self._post_corpus(final=False)  # a batch was committed: show what is indexed so far

        try:
            report = library.update(progress=progress, procs=1, cancelled=lambda: worker.is_cancelled)
        except IndexReadOnly as exc:
            # Reading works without the lock: show the index as it is and say once why it is not updated.
            self._post_corpus(final=True)
            self.post_message(IndexFinished(str(exc), read_only=True))
            return
        finally:
            self._indexing = False
        if worker.is_cancelled:
            return
        self._post_corpus(final=True)
        self.post_message(IndexFinished(update_summary(report)))

    def _post_corpus(self, final: bool) -> None:
        self.library.refresh()  # related claims and fact groups are recomputed over what it now holds
        self.post_message(CorpusLoaded(self.library.summaries(), self.library.stats(), final))

    @_while_mounted
    def on_index_progress(self, message: IndexProgress) -> None:
        box = self.query_one("#progress-box")
        box.display = True
        labels = {"scan": "Scanning files", "load": "Reading articles", "analyse": "Analysing", "write": "Indexing"}
        self.query_one("#progress-label", Static).update(
            f"{labels.get(message.stage, message.stage)} {message.done}/{message.total}"
        )
        self.query_one(ProgressBar).update(total=max(message.total, 1), progress=message.done)

    @_while_mounted
    def on_index_finished(self, message: IndexFinished) -> None:
        self.query_one("#progress-box").display = False
        if message.read_only:
            self.notify(
                f"The index is read-only: shown as it is, changed files are not picked up ({message.summary})",
                title="index read-only",
                severity="warning",
                timeout=10,
            )
        elif message.summary:
            self.notify(f"Index updated: {message.summary}", markup=False, timeout=4)

    @_while_mounted
    def on_corpus_stats(self, message: CorpusStats) -> None:
        self.stats = message.stats
        stats = message.stats
        self.sub_title = f"{stats.get('articles', 0)} articles · {stats.get('entities', 0)} entities · {stats.get('claims', 0)} claims"

    @_while_mounted
    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        self.summaries = message.summaries
        if message.stats is not None:
            self.on_corpus_stats(CorpusStats(message.stats))
        else:
            self.sub_title = f"{len(message.summaries)} articles"
        self.query_one(ArticleList).show(self.summaries, only=self._filter_ids())
        self._update_filter_bar()
        if not self._restored and self.summaries:
            self._restored = True
            self._restore()
        elif self.query_text and message.final:
            self.start_search(self.query_text)

    def _restore(self) -> None:
        state = self.state
        known = {s.id for s in self.summaries}
        if state.query:
            search = self.query_one("#search", Input)
            with search.prevent(Input.Changed):
                search.value = state.query
            self.start_search(state.query)
        if state.article_id in known:
            self.open_article(state.article_id, scroll_y=state.scroll_y)
            self.query_one(ArticleList).select_article(state.article_id)

    # ------------------------------------------------------------------ articles

    def open_article(
        self,
        article_id: str,
        *,
        scroll_y: float | None = None,
        paragraph: int | None = None,
        claim_id: str | None = None,
    ) -> None:
        self.load_article(article_id, self.query_text, scroll_y, paragraph, claim_id)

    @work(thread=True, exclusive=True, exit_on_error=False, group="article")
    def load_article(self, article_id: str, query: str, scroll_y, paragraph, claim_id) -> None:
        worker = get_current_worker()
        article = self.library.load_article(article_id)
        spans = self._term_spans(query, article)
        if worker.is_cancelled:
            return
        self.post_message(ArticleLoaded(article, spans, scroll_y, paragraph, claim_id))
        if not self.library.analysis:  # --no-nlp means no analysis (a 19 MB article's took hours)
            self.post_message(AnalysisReady(article.id, None))
            return
        analysis = self.library.analysis_for(article)
        if not worker.is_cancelled:
            self.post_message(AnalysisReady(article.id, analysis))
        self._check_backend()

    def _term_spans(self, query: str, article, results=None) -> list[tuple[int, int]]:
        """Spans of what `query` matches in `article`: from `results` (the search's own match)
        or, for an article opened later, from the last results of the same query; parsed anew
        only when there are none (a query typed before the index was ready)."""
        if not query.strip():
            return []
        from belreader.library import QueryError

        if results is None and self.results is not None and self.results.query == query:
            results = self.results
        try:
            source = results if results is not None else query
            return self.library.highlights(source, article, paragraphs=False).spans
        except QueryError:
            return []

    @_while_mounted
    async def on_article_loaded(self, message: ArticleLoaded) -> None:
        article = message.article
        self.article = article
        self.analysis = None
        self.selected_claim = None
        self.state.article_id = article.id
        view = self.query_one(ArticleView)
        view.selected_entity = (self.entity_filter[0] or None) if self.entity_filter else None
        await view.show_article(article, message.term_spans)
        self.refresh_clip_marks(article)
        self.query_one(SidePanel).show_loading()
        self.query_one(ArticleList).select_article(article.id)
        if message.scroll_y:
            view.restore_scroll(message.scroll_y)
        if message.paragraph is not None:
            view.scroll_to_paragraph(message.paragraph)
        self._pending_claim = message.claim_id
        self.save_state()

    @_while_mounted
    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if self.article is None or self.article.id != message.article_id:
            return
        if message.analysis is None:
            self.query_one(SidePanel).show_analysis_off()
            return
        self.analysis = message.analysis
        view = self.query_one(ArticleView)
        view.set_analysis(message.analysis)
        self.query_one(SidePanel).show_analysis(self.article, message.analysis, self.current_theme.dark)
        pending, self._pending_claim = self._pending_claim, None
        if pending:
            claim = message.analysis.claim(pending)
            if claim is not None:
                self.choose_claim(claim, scroll=True)

    @work(thread=True, exclusive=True, exit_on_error=False, group="backend")
    def _check_backend(self) -> None:
        if self._backend_noted:
            return
        self._backend_noted = True
        from belreader import nlp

        self.post_message(BackendChecked(nlp.backend_status()))

    @_while_mounted
    def on_backend_checked(self, message: BackendChecked) -> None:
        if "fallback" in message.status:
            self.notify(message.status, title="Analysis", severity="warning", markup=False, timeout=8)

    @on(ArticleList.Opened)
    @on(HitList.Opened)
    def _opened(self, event) -> None:
        if isinstance(event, HitList.Opened):
            self.state.remember_query(self.query_text)
        self.open_article(event.article_id)
        self.query_one(ArticleView).focus()

    # ------------------------------------------------------------------ search

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
        self.state.remember_query(self.query_text)
        self.open_article(self.results.hits[0].id)
        self.query_one(ArticleView).focus()

    def start_search(self, query: str) -> None:
        if self._suggest_timer is not None:
            self._suggest_timer.stop()
        self.query_text = query
        self.state.query = query
        article_id = self.article.id if self.article is not None else None
        self.run_search(query, article_id, self.article, time.perf_counter())

    @work(thread=True, exclusive=True, exit_on_error=False, group="search")
    def run_search(self, query: str, article_id: str | None, article, started: float) -> None:
        from belreader.library import QueryError, SearchCancelled

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
        spans = self._term_spans(query, article, results) if article is not None else None
        if spans is not None and not worker.is_cancelled:
            self.post_message(SearchDone(query, results, spans, article_id))

    @_while_mounted
    def on_search_done(self, message: SearchDone) -> None:
        if message.query != self.query_text:
            return  # an older query finished after a newer one started
        if message.results is not self.results:
            self.results = message.results
            self._show_results(message.results)
        view = self.query_one(ArticleView)
        if message.term_spans is not None and self.article is not None and self.article.id == message.article_id:
            view.set_terms(message.term_spans)
        if self._open_top_when_ready:
            self._open_top_when_ready = False
            if self.results.hits:
                self._open_top_hit()

    def _show_results(self, results) -> None:
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
            note.update(Text("No hits."))
            query = results.query
            self._suggest_timer = self.set_timer(SUGGEST_DELAY, lambda: self.find_suggestion(query))
        note.set_class(False, "error")
        note.set_class(False, "suggestion")
        note.display = True

    @work(thread=True, exclusive=True, exit_on_error=False, group="suggest")
    def find_suggestion(self, query: str) -> None:
        from belreader.library import QueryError

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

    @_while_mounted
    def on_suggestion_found(self, message: SuggestionFound) -> None:
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

    @_while_mounted
    def on_search_failed(self, message: SearchFailed) -> None:
        if message.query != self.query_text:
            return
        self._open_top_when_ready = False
        note = self.query_one("#search-message", Static)
        note.update(Text(display(message.error)))
        note.set_class(True, "error")
        note.display = True

    def clear_search(self, keep_input: bool = False) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        self.workers.cancel_group(self, "search")
        self.query_text = ""
        self.state.query = ""
        self.results = None
        if not keep_input:
            search = self.query_one("#search", Input)
            with search.prevent(Input.Changed):
                search.value = ""
        self.query_one(HitList).display = False
        self.query_one(ArticleList).display = True
        self.query_one("#filter-bar").display = True
        self.query_one("#search-message").display = False
        self.query_one(ArticleView).set_terms([])

    def run_query(self, query: str) -> None:
        """Put `query` in the search box and run it (palette `search:`)."""
        search = self.query_one("#search", Input)
        with search.prevent(Input.Changed):
            search.value = query
        self.start_search(query)
        search.focus()

    # ------------------------------------------------------------------ entities

    def known_entities(self) -> dict[str, str]:
        """Entity id -> name: the open article's entities and the curated table."""
        names: dict[str, str] = {}
        try:
            from belreader.nlp.aliases import load_table

            names.update({entry.id: entry.name for entry in load_table()})
        except Exception:  # the palette must open even if the user's entity file is broken
            pass
        if self.analysis is not None:
            names.update({e.id: e.name for e in self.analysis.entities})
        return names

    def select_entity(self, entity_id: str) -> None:
        name = self.known_entities().get(entity_id, entity_id)
        self.entity_filter = (entity_id, name)
        self.filter_kind = "entity"
        self.query_one(ArticleView).set_selected_entity(entity_id)
        self._update_filter_bar(loading=True)
        self.filter_by_entity(entity_id, name)

    @work(thread=True, exclusive=True, exit_on_error=False, group="filter")
    def filter_by_entity(self, entity_id: str, name: str) -> None:
        ids = self.library.article_ids_mentioning(entity_id)
        if not get_current_worker().is_cancelled:
            self.post_message(EntityFilterReady(entity_id, name, ids))

    @_while_mounted
    def on_entity_filter_ready(self, message: EntityFilterReady) -> None:
        if self.entity_filter is None or self.entity_filter[0] != message.entity_id:
            return
        self.entity_filter_ids = message.article_ids
        self.query_one(ArticleList).show(only=self._filter_ids())
        self._update_filter_bar()

    def _filter_ids(self) -> set[str] | None:
        return set(self.entity_filter_ids) if self.entity_filter else None

    def _update_filter_bar(self, loading: bool = False) -> None:
        bar = self.query_one("#filter-bar", Static)
        sort = self.query_one(ArticleList).sort_key if self.is_mounted else self.state.sort
        text = Text(f"sorted by {sort}", style=Style(dim=True))
        if self.entity_filter:
            entity_id, name = self.entity_filter
            text = Text(f"{self.filter_kind}: ", style=Style(dim=True))
            text.append(clean(name), style=Style(bold=True))
            if loading:
                text.append("  …", style=Style(dim=True))
            else:
                count = len(self.entity_filter_ids)
                text.append(f"  {count} of {len(self.summaries)} articles", style=Style(dim=True))
                here = len(self.query_one(ArticleView).entity_mentions)
                if here:
                    text.append(f" · {here} here", style=Style(dim=True))
            text.append("  x clears", style=Style(dim=True, italic=True))
        bar.update(text)

    @on(EntityList.Chosen)
    def _entity_chosen(self, event: EntityList.Chosen) -> None:
        self.select_entity(event.entity_id)

    # ------------------------------------------------------------------ claims

    @on(ClaimList.Chosen)
    def _claim_chosen(self, event: ClaimList.Chosen) -> None:
        self.choose_claim(event.claim, scroll=True)

    def choose_claim(self, claim, scroll: bool = True) -> None:
        self.selected_claim = claim
        view = self.query_one(ArticleView)
        view.set_selected_claim(claim)
        claim_list = self.query_one(ClaimList)
        try:
            claim_list.highlighted = claim_list.get_option_index(claim.id)
        except Exception:
            pass
        self.query_one(RelatedList).show_message("Finding related claims…")
        self.find_related(claim)

    @work(thread=True, exclusive=True, exit_on_error=False, group="related")
    def find_related(self, claim) -> None:
        related = self.library.related(claim, limit=RELATED_LIMIT)
        if related is not None and not get_current_worker().is_cancelled:
            self.post_message(RelatedReady(claim.id, related.matches, related.outlet_names))

    @_while_mounted
    def on_related_ready(self, message: RelatedReady) -> None:
        if self.selected_claim is None or self.selected_claim.id != message.claim_id:
            return
        titles = {s.id: s.title for s in self.summaries}
        self.query_one(RelatedList).show(self.selected_claim, message.related, titles, message.outlet_names)

    @on(RelatedList.Chosen)
    def _related_chosen(self, event: RelatedList.Chosen) -> None:
        claim = event.claim
        self.open_article(claim.article_id, paragraph=claim.paragraph, claim_id=claim.id)

    # ------------------------------------------------------------------ compare (issue 14)

    @on(CompareRequested)
    def _compare_requested(self, event: CompareRequested) -> None:
        self.compare_claim(event.claim)

    def compare_claim(self, claim) -> None:
        """The Compare screen for `claim`: its fact group's accounts side by side."""
        if isinstance(self.screen, CompareScreen):
            self.screen.dismiss(None)
        self.push_screen(CompareScreen(claim))

    def action_compare(self) -> None:
        if self.selected_claim is None:
            self.notify("Choose a claim first (Claims tab, enter), or press m on one there.", timeout=3)
            return
        self.compare_claim(self.selected_claim)

    def action_disagreements(self) -> None:
        if not isinstance(self.screen, DisagreementsScreen):
            self.push_screen(DisagreementsScreen())

    # ------------------------------------------------------------------ corpus pictures (issue 14)

    def action_corpus(self) -> None:
        if not isinstance(self.screen, CorpusScreen):
            self.push_screen(CorpusScreen(), self.apply_filter)

    def apply_filter(self, chosen) -> None:
        """A Corpus screen's choice (an ArticleFilter): the list shows its articles until x or escape."""
        if chosen is not None:
            self.entity_filter, self.filter_kind = (chosen.entity_id or "", chosen.label), chosen.kind
            self.entity_filter_ids = list(chosen.article_ids)
            self.query_one(ArticleView).set_selected_entity(chosen.entity_id)
            self.query_one(ArticleList).show(only=self._filter_ids())
            self._update_filter_bar()

    # ------------------------------------------------------------------ workers

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if event.worker.group == "index":
            self.query_one("#progress-box").display = False
        message = display(str(error)) or type(error).__name__
        self.notify(message, title=f"{event.worker.group} failed", severity="error", markup=False, timeout=10)

    def notify(self, message, *, title: str = "", severity="information", timeout=None, markup: bool = True) -> None:
        """Every notification, the screens' too: the text may hold outside strings (file names,
        exception messages), so it is sanitised and never read as markup."""
        super().notify(display_block(message), title=display(title), severity=severity, timeout=timeout, markup=False)

    # ------------------------------------------------------------------ actions

    def action_focus_search(self) -> None:
        if self.screen.has_class("narrow") and self.side_visible:
            self.action_toggle_side_panel()  # the search box lives in the column the panel replaced
        self.query_one("#search", Input).focus()

    def action_escape(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus or self.query_text:
            self.clear_search()
            self.query_one(ArticleList).focus()
        elif self.entity_filter:
            self.action_clear_filter()
        elif self.selected_claim is not None:
            self.selected_claim = None
            self.query_one(ArticleView).set_selected_claim(None)

    def action_next_hit(self) -> None:
        if not self.query_one(ArticleView).step_hit(+1):
            self.notify("No search hits in this article.", timeout=2)

    def action_previous_hit(self) -> None:
        if not self.query_one(ArticleView).step_hit(-1):
            self.notify("No search hits in this article.", timeout=2)

    def action_next_mention(self) -> None:
        if not self.query_one(ArticleView).step_mention(+1):
            self.notify("Select an entity first (Entities tab or click a name).", timeout=2)

    def action_previous_mention(self) -> None:
        if not self.query_one(ArticleView).step_mention(-1):
            self.notify("Select an entity first (Entities tab or click a name).", timeout=2)

    def action_select_entity(self, entity_id: str) -> None:
        self.select_entity(entity_id)

    def action_clear_filter(self) -> None:
        self.entity_filter = None
        self.entity_filter_ids = []
        self.query_one(ArticleView).set_selected_entity(None)
        self.query_one(ArticleList).show(only=None)
        self._update_filter_bar()

    def action_cycle_sort(self) -> None:
        current = self.query_one(ArticleList).sort_key
        self.set_sort(SORT_KEYS[(SORT_KEYS.index(current) + 1) % len(SORT_KEYS)] if current in SORT_KEYS else "id")

    def set_sort(self, key: str) -> None:
        self.state.sort = key
        self.query_one(ArticleList).show(sort=key)
        self._update_filter_bar()

    def action_toggle_side_panel(self) -> None:
        self._user_side = not self.side_visible
        self.state.side_panel = self._user_side
        self.side_visible = self._user_side

    def show_tab(self, tab: str) -> None:
        self._user_side = True
        self.side_visible = True
        self.query_one(SidePanel).active_tab = tab

    def action_next_tab(self) -> None:
        from belreader.tui.widgets.side_panel import TABS

        panel = self.query_one(SidePanel)
        self.show_tab(TABS[(TABS.index(panel.active_tab) + 1) % len(TABS)] if panel.active_tab in TABS else "claims")
        self.call_after_refresh(panel.focus_tab)

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id:
            self.state.side_tab = event.pane.id

    def set_theme(self, name: str) -> None:
        self.theme = name

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        from belreader.tui.screens.clips import ClipsScreen
        from belreader.tui.widgets.side_panel import PanelList

        sections = [
            ("Reader", class_bindings(type(self))),
            ("Article", class_bindings(ArticleView)),
            ("Article list", class_bindings(ArticleList)),
            ("Side panel and hits", class_bindings(PanelList)),
            ("Search box", SearchBox.BINDINGS),
            ("Claims tab", ClaimList.BINDINGS),
            ("Related tab", RelatedList.BINDINGS),
            ("Clips screen", ClipsScreen.BINDINGS),
            ("Compare screen", CompareScreen.BINDINGS),
            ("Disagreements", DisagreementsScreen.BINDINGS),
            ("Corpus screen", CorpusScreen.BINDINGS),
        ]
        self.push_screen(HelpScreen(sections))

    # ------------------------------------------------------------------ state

    def save_state(self) -> None:
        state = self.state
        try:
            view = self.query_one(ArticleView)
            state.scroll_y = float(view.scroll_y) if self.article is not None else 0.0
            state.side_tab = self.query_one(SidePanel).active_tab
        except Exception:
            pass
        state.side_panel = self._user_side
        state.theme = self.theme
        try:
            save_state(state, self.state_file)
        except OSError as exc:
            self.notify(f"could not save the reader state: {exc}", severity="warning", markup=False)

    def run(self, *args, **kwargs):
        """Run the reader; once it has closed, the process ends within EXIT_GRACE seconds (on a
        terminal only: headless runs, such as the snapshot tests', share their process)."""
        self._end_when_closed = not kwargs.get("headless", False)
        return super().run(*args, **kwargs)

    def on_unmount(self) -> None:
        self.save_state()
        self.workers.cancel_all()
        if getattr(self, "_end_when_closed", False) and not self.is_headless:
            _end_when_stuck(EXIT_GRACE)

    async def action_quit(self) -> None:
        self.save_state()
        self.exit()


def _end_when_stuck(grace: float) -> None:
    """End the process `grace` seconds from now if it is still here.

    A thread worker cannot be stopped, and Python waits for every one before the process ends
    (asyncio's default executor, then the interpreter): a closed reader, or one whose terminal
    hung up, stayed alive while an article was being analysed, for minutes or, for a 19 MB
    article, in practice for ever, holding its memory. Called once the state is saved and the
    widgets are gone; the terminal is restored well within the grace."""
    import threading

    def end() -> None:
        time.sleep(grace)
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except Exception:  # the terminal may be gone
                pass
        os._exit(0)

    threading.Thread(target=end, name="belreader-exit", daemon=True).start()


def class_bindings(cls) -> list[Binding]:
    """The bindings a widget class declares or inherits, most specific first."""
    found: list[Binding] = []
    for klass in cls.__mro__:
        for binding in klass.__dict__.get("BINDINGS", []):
            found.append(binding if isinstance(binding, Binding) else Binding(*binding))
    return found


def make_app(corpus=None, index_dir=None, state_dir=None, analysis: bool = True) -> BelreaderApp:
    """The reader on `corpus` (default: $BELREADER_CORPUS or the bundled one)."""
    return BelreaderApp(corpus=corpus, index_dir=index_dir, state_dir=state_dir, analysis=analysis)
