"""The reader screen: the three columns, the reader's keys, and the flow between the widgets.

Widgets post messages (an article opened, an entity or claim chosen, a passage to mark);
this screen handles them by asking the Library in thread workers (the index update,
loading and analysing an article, the entity filter, related claims) and showing the
answers the workers post back. Search as you type belongs to the search pane
(`widgets/search_pane.py`), clips and exports to `PassageActions`.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from rich.style import Style
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, Input, ProgressBar, Static, TabbedContent
from textual.worker import Worker, WorkerState, get_current_worker

from belreader.article import Article
from belreader.library import (
    ArticleFilter,
    ArticleSummary,
    Clip,
    IndexReadOnly,
    Library,
    ProgressMeter,
    files_read_note,
    update_summary,
)
from belreader.nlp.records import Analysis, Claim
from belreader.state import SIDE_TABS, SORT_KEYS, UIState
from belreader.text import display
from belreader.tui.messages import (
    AnalysisReady,
    ArticleLoaded,
    BackendChecked,
    ClipMarksReady,
    ClipRestored,
    ClipToggled,
    CompareRequested,
    CopyRequested,
    CorpusLoaded,
    CorpusStats,
    EntityChosen,
    EntityFilterReady,
    ExportNeedsConfirmation,
    IndexFinished,
    IndexProgress,
    MarkRequested,
    RelatedReady,
    UndoUnmarkRequested,
    UnmarkNeedsConfirmation,
    report_failure,
    while_mounted,
)
from belreader.tui.screens.clips import ClipsScreen
from belreader.tui.screens.compare import CompareScreen, DisagreementsScreen, OpenAccount
from belreader.tui.screens.corpus import CorpusScreen
from belreader.tui.screens.facets import FacetChoice, FacetList, FacetsScreen
from belreader.tui.screens.help import class_bindings
from belreader.tui.screens.passage_actions import PassageActions
from belreader.tui.screens.projects import ProjectsScreen
from belreader.tui.screens.reading import MarksReady, ReadingActions
from belreader.tui.screens.save_search import SaveSearchDialog
from belreader.tui.screens.voices import ClaimTarget, VoicesScreen
from belreader.tui.widgets.article_list import ArticleList, HitList
from belreader.tui.widgets.article_view import ArticleView
from belreader.tui.widgets.footer import ReaderFooter
from belreader.tui.widgets.option_list import FittedOptionList
from belreader.tui.widgets.search_box import SearchBox
from belreader.tui.widgets.search_pane import SearchPane, hit_spans
from belreader.tui.widgets.side_panel import ClaimList, EntityList, PanelList, RelatedList, SidePanel, SourceList

NARROW_WIDTH = 100  # below this the side panel hides itself
# Below this (and from NARROW_WIDTH) the list and the panel give up some width, so the article
# stays the widest column: at their full widths it was left 24 columns at 100.
MEDIUM_WIDTH = 120
RELATED_LIMIT = 8
# Processes that analyse while the reader indexes: every one a spawned worker, so the reader's
# own process stays free to draw and search (a 2-core machine: both cores).
INDEX_PROCESSES = max(1, min(2, os.cpu_count() or 1))
PROGRESS_INTERVAL = 0.1  # seconds between redraws of the progress line while it moves
WARM_FACETS_FROM = 500  # articles: from this many, the facets are counted ahead of `f`
SKIPS_SHOWN = 3  # skipped files (or kinds of link) an index update names in its notice


def empty_corpus_text(corpus: Path, skipped: list[str]) -> Text:
    """What the article pane says when the corpus holds no article: where, and why."""
    text = Text(f"No articles in {display(str(corpus))}.", style=Style(bold=True))
    for line in skipped:
        text.append(f"\n{line}", style=Style(dim=True))
    text.append(f"\n\n{files_read_note()}", style=Style(dim=True))
    return text


class ReaderScreen(Screen):
    BINDINGS = [
        Binding(
            "slash",
            "focus_search",
            "Search",
            id="search",
            tooltip='search as you type; entity: speaker: source: fields, "phrases", -not, OR',
            priority=True,  # handled as it arrives: the keys typed after it go into the box
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
        Binding(
            "W",
            "who_said",
            "Who said what",
            show=False,
            id="who-said",
            tooltip="every speaker and source with its claims across articles; enter opens one, e exports",
        ),
        Binding(
            "asterisk",
            "toggle_star",
            "Star",
            show=False,
            id="star",
            key_display="*",
            tooltip="star or unstar the highlighted article (or the open one); ★ starred, • unread in the list",
        ),
        Binding("o", "open_url", "Open URL", show=False, id="open-url", tooltip="open the article's web page"),
        Binding(
            "f",
            "facets",
            "Facets",
            show=False,
            id="facets",
            tooltip="publisher, author, month, folder, tag, entity, speaker, source with counts; choose, exclude, "
            "b brushes months, a narrows the search's hits (or the list)",
        ),
        Binding(
            "z",
            "maximise",
            "Maximise",
            show=False,
            id="maximise",
            tooltip="the article alone, the whole width (again: the three columns back)",
        ),
        Binding(
            "p",
            "projects",
            "Projects",
            show=False,
            id="projects",
            tooltip="every corpus used so far; enter switches to it, with its own clips, state and history",
        ),
    ]

    side_visible: reactive[bool] = reactive(True, init=False)

    def __init__(self, library: Library, state: UIState) -> None:
        super().__init__()
        self.library = library
        self.state = state
        self.passages = PassageActions(self)
        self.reading = ReadingActions(self)
        self.summaries: list[ArticleSummary] = []
        self.stats: dict[str, int] = {}
        self.article: Article | None = None
        self.analysis: Analysis | None = None
        self.outlet_names: dict[str, str] = {}  # the open article's outlets by name
        self.entity_filter: tuple[str, str] | None = None  # (id, name)
        self.filter_kind = "entity"  # or a Corpus screen filter's: "month", "year", "together"
        self.entity_filter_ids: list[str] = []
        self.facet_filters: tuple = ()  # the Facets screen's choices behind the filter, if it is theirs
        self.known_projects: list = []  # the other projects (belreader.projects.ProjectInfo), for the palette
        self.selected_claim: Claim | None = None
        # a claim to select once its article's analysis arrives, and the clip its id was kept in
        self._pending_claim: tuple[str, Clip | None] | None = None
        self._previewing = False  # the article shown is a hit's preview, not one the user opened
        self._loading_preview = False  # the article being loaded is a hit's preview
        self._opening: str | None = None  # an article the user opened (or the saved place), loading
        self._restored = False
        self._indexing = False
        # The index update's latest progress, and whether a message about it is on its way: the
        # worker posts only when none is, the handler posts the latest again a moment later if
        # it moved meanwhile, so the line is redrawn a few times a second and ends up current.
        self._progress_lock = threading.Lock()
        self._progress_latest: IndexProgress | None = None
        self._progress_in_flight = False
        self._backend_noted = False
        self._user_side: bool | None = state.side_panel
        self._narrow: bool | None = None

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="main"):
            yield SearchPane(self.library, self.state, id="left")
            yield ArticleView(id="article")
            yield SidePanel(id="side")
        yield ReaderFooter()

    @property
    def search_pane(self) -> SearchPane:
        return self.query_one(SearchPane)

    @property
    def query_text(self) -> str:
        """The query in effect (the search pane's)."""
        return self.search_pane.query_text if self.is_mounted else ""

    @property
    def results(self):
        """The last results of the query in effect (the search pane's)."""
        return self.search_pane.results if self.is_mounted else None

    def on_mount(self) -> None:
        self.app.sub_title = "opening the index…"
        self.query_one("#hits").display = False
        self.query_one("#progress-box").display = False
        self.query_one("#search-message").display = False
        self.query_one(SidePanel).active_tab = self.state.side_tab
        self._apply_width(self.app.size.width)
        self._update_filter_bar()
        self.query_one(ArticleView).set_dark(self.app.current_theme.dark)
        self.query_one(ArticleList).sort_key = self.state.sort
        self.query_one(ArticleList).focus()
        self.watch(self.app, "theme", self._theme_changed, init=False)
        self.refresh_index()
        self.passages.open_store()
        self.reading.load()
        self.load_projects()
        self.load_saved_searches()

    def on_resize(self, event: events.Resize) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        narrow = width < NARROW_WIDTH
        if narrow != self._narrow and (self._narrow is not None or narrow):
            # Crossing the threshold (or starting narrow): narrow hides the panel, wide shows it.
            self._user_side = None
        self._narrow = narrow
        self.set_class(narrow, "narrow")
        self.set_class(not narrow and width < MEDIUM_WIDTH, "medium")
        self.side_visible = self._user_side if self._user_side is not None else not narrow
        self._show_side(self.side_visible)

    def watch_side_visible(self, visible: bool) -> None:
        self._show_side(visible)

    def _show_side(self, visible: bool) -> None:
        panel = self.query_one(SidePanel)
        if not visible and panel.has_focus_within:
            self.query_one(ArticleView).focus()
        panel.display = visible
        self.set_class(visible, "side-open")
        left = self.query_one("#left")
        if self.has_class("narrow") and visible and left.has_focus_within:
            self.query_one(ArticleView).focus()  # the left column is hidden now

    def _theme_changed(self) -> None:
        dark = self.app.current_theme.dark
        self.query_one(ArticleView).set_dark(dark)
        if self.analysis is not None and self.article is not None:
            self.query_one(SidePanel).show_analysis(self.article, self.analysis, dark, self.outlet_names)

    def capture_state(self, state: UIState) -> None:
        """What the screen shows, into `state` (the app saves it)."""
        try:
            view = self.query_one(ArticleView)
            state.scroll_y = float(view.scroll_y) if self.article is not None else 0.0
            state.side_tab = self.query_one(SidePanel).active_tab
            if self._restored:  # until then the focus is the start's, not the user's
                state.focus = self._focus_area()
        except Exception:
            pass
        state.side_panel = self._user_side

    def _focus_area(self) -> str:
        """Where the keys go now, as one of state.FOCUS_AREAS."""
        focused = self.focused
        if focused is None:
            return "list"
        if isinstance(focused, ArticleView) or self.query_one(ArticleView) in focused.ancestors:
            return "article" if self.article is not None else "list"
        if self.query_one(SidePanel) in focused.ancestors_with_self:
            return "side" if self.article is not None else "list"
        if focused.id == "search":
            return "search"
        return "list"

    def _restore_focus(self) -> None:
        """The focus where it was at quit: on the article restored, `space` marks a passage at once
        (the list had it, and `space` did nothing until tab)."""
        area = self.state.focus
        if area == "search":
            self.search_pane.query_one("#search").focus()
        elif area == "article":
            self.query_one(ArticleView).focus()
        elif area == "side" and self.side_visible:
            self.call_after_refresh(self.query_one(SidePanel).focus_tab)

    # ------------------------------------------------------------------ index

    @work(thread=True, exclusive=True, exit_on_error=False, group="index")
    def refresh_index(self) -> None:
        worker = get_current_worker()
        library = self.library
        try:
            summaries = self.app.prefetch.result()
        except Exception:  # an unreadable index is rebuilt by the update below
            summaries = None
        if summaries:
            self.post_message(CorpusLoaded(summaries, None, final=False))
            try:
                self.post_message(CorpusStats(library.stats()))
            except Exception:
                pass
        self._indexing = True
        meter = ProgressMeter()

        def progress(stage: str, done: int, total: int) -> None:
            meter.update(stage, done, total)
            latest = IndexProgress(meter.stage, meter.done, meter.total, meter.describe())
            with self._progress_lock:
                self._progress_latest = latest
                post, self._progress_in_flight = not self._progress_in_flight, True
            if post:
                self.post_message(latest)
            if stage == "write" and done < total:
                self._post_corpus(final=False)  # a batch was committed: show what is indexed so far

        try:
            # The analysis in spawned processes (a pool for the whole update); the index written
            # by this one (Whoosh's parallel writers are forked, unsafe beside the reader's threads).
            report = library.update(
                progress=progress,
                procs=INDEX_PROCESSES,
                analyse_here=False,
                multisegment=False,
                cancelled=lambda: worker.is_cancelled,
            )
        except IndexReadOnly as exc:
            # Reading works without the lock: show the index as it is and say once why it is not updated.
            self._post_corpus(final=True)
            self.post_message(IndexFinished(str(exc), read_only=True))
            return
        finally:
            self._indexing = False
            with self._progress_lock:
                self._progress_latest, self._progress_in_flight = None, False
        if worker.is_cancelled:
            return
        self._post_corpus(final=True)
        skipped = [display(str(s)) for s in report.skipped[:SKIPS_SHOWN]]
        self.post_message(IndexFinished(update_summary(report), skipped=skipped))

    def _post_corpus(self, final: bool) -> None:
        self.library.refresh()  # related claims and fact groups are recomputed over what it now holds
        self.post_message(CorpusLoaded(self.library.summaries(), self.library.stats(), final))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A failed index update hides its progress bar; the app says what failed."""
        if event.state == WorkerState.ERROR and event.worker.group == "index":
            self.query_one("#progress-box").display = False
            self.search_pane.show_indexing(None)
        if event.state == WorkerState.ERROR and event.worker.group == "article":
            self._opening = None  # the hits' previews may show again
        report_failure(self, event)

    @while_mounted
    def on_index_progress(self, message: IndexProgress) -> None:
        with self._progress_lock:
            latest = self._progress_latest
            if latest is None:  # the update is over: a late line must not show the bar again
                return
            moved = latest is not message
            self._progress_in_flight = moved
        if moved:
            self.set_timer(PROGRESS_INTERVAL, lambda: self.post_message(self._progress_latest or latest))
        box = self.query_one("#progress-box")
        box.display = True
        self.query_one("#progress-label", Static).update(message.line or f"{message.done}/{message.total}")
        self.query_one(ProgressBar).update(total=max(message.total, 1), progress=message.done)
        self.search_pane.show_indexing((message.done, message.total) if message.total else None)

    @while_mounted
    def on_index_finished(self, message: IndexFinished) -> None:
        self.query_one("#progress-box").display = False
        self.search_pane.show_indexing(None)
        if message.read_only:
            self.app.notify(
                f"The index is read-only: shown as it is, changed files are not picked up ({message.summary})",
                title="index read-only",
                severity="warning",
                timeout=10,
            )
        elif message.skipped:
            # why, not only how many: "1 skipped" over an empty list says nothing of what to do
            empty = not self.summaries
            self.app.notify(
                f"Index updated: {message.summary}\n" + "\n".join(message.skipped),
                title="No articles" if empty else "",
                severity="warning" if empty else "information",
                markup=False,
                timeout=15 if empty else 8,
            )
        elif message.summary:
            self.app.notify(f"Index updated: {message.summary}", markup=False, timeout=4)
        # The notice goes; the pane keeps saying why the list is empty ("Choose an article on the
        # left" over an empty list said nothing of what to do).
        self.query_one(ArticleView).set_placeholder(
            None if self.summaries else empty_corpus_text(self.library.corpus, message.skipped)
        )
        if len(self.summaries) >= WARM_FACETS_FROM:
            self.warm_facets()

    @work(thread=True, exclusive=True, exit_on_error=False, group="warm-facets")
    def warm_facets(self) -> None:
        """Count the facets once the index is up to date, so `f` answers at once: read back from
        beside the index when it has not changed (a fraction of a second), else counted here
        while the reader is idle (seconds on thousands of articles, once per change)."""
        try:
            self.library.facets()
        except Exception:  # `f` will say what is wrong, when asked
            pass

    @while_mounted
    def on_corpus_stats(self, message: CorpusStats) -> None:
        self.stats = message.stats
        stats = message.stats
        self.app.sub_title = (
            f"{stats.get('articles', 0):,} articles · {stats.get('entities', 0):,} entities · "
            f"{stats.get('claims', 0):,} claims"
        )

    @while_mounted
    def on_corpus_loaded(self, message: CorpusLoaded) -> None:
        self.summaries = message.summaries
        if message.stats is not None:
            self.on_corpus_stats(CorpusStats(message.stats))
        else:
            self.app.sub_title = f"{len(message.summaries)} articles"
        self.query_one(ArticleList).show(self.summaries, only=self._filter_ids())
        self._update_filter_bar()
        if not self._restored and self.summaries:
            self._restored = True
            self._restore()
        elif self.query_text and (message.final or not (self.results and self.results.total)):
            self.search_pane.start_search(self.query_text)  # a batch committed: no hits may now have some

    def _restore(self) -> None:
        state = self.state
        known = {s.id for s in self.summaries}
        if state.query:
            pane = self.search_pane
            pane.set_query(state.query)
            pane.start_search(state.query)
        if state.article_id in known:
            self.open_article(state.article_id, scroll_y=state.scroll_y)
            self.query_one(ArticleList).select_article(state.article_id)
            self._restore_focus()
        elif state.focus == "search":
            self._restore_focus()

    # ------------------------------------------------------------------ articles

    def open_article(
        self,
        article_id: str,
        *,
        scroll_y: float | None = None,
        paragraph: int | None = None,
        claim_id: str | None = None,
        preview: bool = False,
        clip: Clip | None = None,
    ) -> None:
        """Show the article (a `preview`: shown while the hits are browsed, not marked read), at
        the claim `claim_id` (kept in `clip`: only if it is still the claim the clip was made from)."""
        query = self.query_text
        results = self.results
        same = results if results is not None and results.query == query else None
        self._loading_preview = preview
        self._opening = None if preview else article_id
        self.load_article(article_id, query, same, scroll_y, paragraph, claim_id, preview, clip)

    @work(thread=True, exclusive=True, exit_on_error=False, group="article")
    def load_article(
        self, article_id: str, query: str, results, scroll_y, paragraph, claim_id, preview: bool = False, clip=None
    ) -> None:
        worker = get_current_worker()
        article = self.library.load_article(article_id)
        hits = hit_spans(self.library, query, article, results)
        if worker.is_cancelled:
            return
        self.post_message(ArticleLoaded(article, hits, scroll_y, paragraph, claim_id, preview, clip))
        if not self.library.analysis:  # --no-nlp means no analysis (a 19 MB article's took hours)
            self.post_message(AnalysisReady(article.id, None))
            return
        analysis = self.library.analysis_for(article)
        # outlets by name (an outlet the entity table does not know has its id for a source name)
        outlets = {s.id for s in analysis.sources} | {o for c in analysis.claims for o in c.outlets}
        names = self.library.outlet_names(outlets, [analysis])
        if not worker.is_cancelled:
            self.post_message(AnalysisReady(article.id, analysis, names))
        self._check_backend()

    @while_mounted
    async def on_article_loaded(self, message: ArticleLoaded) -> None:
        article = message.article
        if self._opening == article.id:
            self._opening = None
        self.article = article
        self.search_pane.article = article
        self.analysis = None
        self.selected_claim = None
        self.state.article_id = article.id
        view = self.query_one(ArticleView)
        view.selected_entity = (self.entity_filter[0] or None) if self.entity_filter else None
        await view.show_article(article, message.hits)
        self.passages.refresh_marks(article)
        self._previewing = message.preview
        if not message.preview:
            self.reading.opened(article.id)
        self.query_one(SidePanel).show_loading()
        self.query_one(ArticleList).select_article(article.id)
        if self.entity_filter:
            self._update_filter_bar()  # the article before's "N here" goes
        if message.scroll_y:
            view.restore_scroll(message.scroll_y)
        if message.paragraph is not None:
            view.scroll_to_paragraph(message.paragraph)
        self._pending_claim = (message.claim_id, message.clip) if message.claim_id else None
        self.app.save_state()

    @while_mounted
    def on_analysis_ready(self, message: AnalysisReady) -> None:
        if self.article is None or self.article.id != message.article_id:
            return
        if message.analysis is None:
            self.query_one(SidePanel).show_analysis_off()
            return
        self.analysis = message.analysis
        self.outlet_names = message.outlet_names
        view = self.query_one(ArticleView)
        view.set_analysis(message.analysis)
        self.query_one(SidePanel).show_analysis(
            self.article, message.analysis, self.app.current_theme.dark, message.outlet_names
        )
        if self.entity_filter:
            self._update_filter_bar()  # "N here": the mentions in this article
        pending, self._pending_claim = self._pending_claim, None
        if pending:
            claim_id, clip = pending
            # a clip's claim only while it is the one the clip was made from (`Library.clip_claim`:
            # not another claim found since where the clip's started)
            claim = (
                self.library.clip_claim(clip, message.analysis)
                if clip is not None
                else message.analysis.claim(claim_id)
            )
            if claim is not None:
                self.choose_claim(claim, scroll=True)
            else:  # re-analysed since the id was taken: no other claim in its place
                self.app.notify("That claim is no longer found in this article.", timeout=4, markup=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="backend")
    def _check_backend(self) -> None:
        if self._backend_noted:
            return
        self._backend_noted = True
        from belreader import nlp

        self.post_message(BackendChecked(nlp.backend_status()))

    @while_mounted
    def on_backend_checked(self, message: BackendChecked) -> None:
        if "fallback" in message.status:
            self.app.notify(message.status, title="Analysis", severity="warning", markup=False, timeout=8)

    @on(ArticleList.Opened)
    @on(HitList.Opened)
    @on(SearchPane.TopHitChosen)
    def _opened(self, event: ArticleList.Opened | HitList.Opened | SearchPane.TopHitChosen) -> None:
        if not isinstance(event, ArticleList.Opened):
            self.state.remember_query(self.query_text)
            try:  # the project's history, shared with `belreader searches history`
                self.library.remember_search(self.query_text)
            except OSError as exc:
                self.app.notify(f"could not save the search history: {exc}", severity="warning", markup=False)
        self.open_article(event.article_id)
        self.query_one(ArticleView).focus()

    # ------------------------------------------------------------------ search (the pane's answers)

    @on(SearchPane.Previewed)
    def _previewed(self, event: SearchPane.Previewed) -> None:
        """The highlighted hit in the middle pane while the hits are browsed, when the pane is
        empty or shows another preview: an article the user opened stays (issue 13), also while
        it is still loading (the saved place restored with its search: the hits came first)."""
        if self._opening is not None:
            return
        if self.article is None or (self._previewing and self.article.id != event.article_id):
            self.open_article(event.article_id, preview=True)

    @on(SearchPane.Highlighted)
    def _highlighted(self, event: SearchPane.Highlighted) -> None:
        if self.article is not None and self.article.id == event.article_id:
            self.query_one(ArticleView).set_terms(event.hits)

    @on(SearchPane.Cleared)
    async def _search_cleared(self) -> None:
        self.query_one(ArticleView).set_terms([])
        await self.close_preview()

    @on(SearchPane.NoHits)
    async def close_preview(self) -> None:
        """A hit's preview goes when there are no hits to browse any more (a search that finds
        nothing, or the search cleared); an article the user opened stays."""
        if self._loading_preview:  # a preview still loading is not shown either
            self._loading_preview = False
            self.workers.cancel_group(self, "article")
        if not self._previewing:
            return
        self._previewing = False
        if self.article is None:
            return
        self.article = None
        self.search_pane.article = None
        self.analysis = None
        self.selected_claim = None
        self.state.article_id = None
        await self.query_one(ArticleView).show_nothing()
        self.query_one(SidePanel).show_nothing()
        self.app.save_state()
        if not self.entity_filter:
            self.facet_filters = ()  # they narrowed the search's hits, and went with it
        else:
            self._update_filter_bar()  # no article: no "N here"

    def run_query(self, query: str) -> None:
        """Put `query` in the search box and run it (palette `search:`)."""
        self.search_pane.run_query(query)

    @on(SearchBox.SaveRequested)
    def _save_search_requested(self) -> None:
        query = self.search_pane.search_box.value.strip()
        if not query:
            self.app.notify("Type a search first; ctrl+s then names it.", timeout=3)
            return
        self._ask_search_name(query)

    def _ask_search_name(self, query: str, name: str = "", error: str = "") -> None:
        """The name dialog, again with the reason while a name is refused (the same name entered
        again after "already saved" replaces that search)."""

        def chosen(given: str | None) -> None:
            if given:
                again = given == name and "already saved" in error
                problem = self.search_pane.save_search(given, query, overwrite=again)
                if problem:
                    self._ask_search_name(query, given, problem)
                else:
                    self.load_saved_searches()  # the list shows it with the others

        self.app.push_screen(SaveSearchDialog(query, name, error), chosen)

    @work(thread=True, exclusive=True, exit_on_error=False, group="saved-searches")
    def load_saved_searches(self) -> None:
        """The project's saved searches, above the articles in the list (newsboat's query feeds)."""
        try:
            saved = self.library.saved_searches()
        except OSError:
            saved = []
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_saved_searches, saved)

    def _show_saved_searches(self, saved: list) -> None:
        if self.is_mounted:
            self.query_one(ArticleList).set_saved(saved)

    @on(ArticleList.SavedChosen)
    def _saved_search_chosen(self, event: ArticleList.SavedChosen) -> None:
        self.search_pane.run_query(event.search.query, browse=True)

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
        if self.search_pane.only_articles is not None:  # an entity replaces a Corpus choice
            self.search_pane.restrict_articles(None)
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

    @while_mounted
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
            text.append(display(name), style=Style(bold=True))
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

    @on(EntityChosen)
    def _entity_clicked(self, event: EntityChosen) -> None:
        self.select_entity(event.entity_id)

    # ------------------------------------------------------------------ claims

    @on(ClaimList.Chosen)
    def _claim_chosen(self, event: ClaimList.Chosen) -> None:
        self.choose_claim(event.claim, scroll=True)

    def choose_claim(self, claim: Claim, scroll: bool = True) -> None:
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
    def find_related(self, claim: Claim) -> None:
        related = self.library.related(claim, limit=RELATED_LIMIT)
        if related is not None and not get_current_worker().is_cancelled:
            self.post_message(RelatedReady(claim.id, related.matches, related.outlet_names))

    @while_mounted
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

    def compare_claim(self, claim: Claim) -> None:
        """The Compare screen for `claim`: its fact group's accounts side by side."""
        app = self.app
        if isinstance(app.screen, CompareScreen):
            app.screen.dismiss(None)
        app.push_screen(CompareScreen(claim), self.open_account)

    def open_account(self, chosen: OpenAccount | None) -> None:
        """An account chosen on the Compare or Disagreements screen: its article, claim chosen."""
        if chosen is not None:
            self.open_article(chosen.article_id, paragraph=chosen.paragraph, claim_id=chosen.claim_id)

    def action_compare(self) -> None:
        if self.selected_claim is None:
            self.app.notify("Choose a claim first (Claims tab, enter), or press m on one there.", timeout=3)
            return
        self.compare_claim(self.selected_claim)

    def action_disagreements(self) -> None:
        if not isinstance(self.app.screen, DisagreementsScreen):
            self.app.push_screen(DisagreementsScreen(), self.open_account)

    # ------------------------------------------------------------------ corpus pictures (issue 14)

    def action_corpus(self) -> None:
        if not isinstance(self.app.screen, CorpusScreen):
            self.app.push_screen(CorpusScreen(), self.apply_filter)

    def apply_filter(self, chosen: ArticleFilter | None) -> None:
        """A Corpus screen's choice: the list shows its articles until x or escape."""
        if chosen is not None:
            self.entity_filter, self.filter_kind = (chosen.entity_id or "", chosen.label), chosen.kind
            self.entity_filter_ids = list(chosen.article_ids)
            self.query_one(ArticleView).set_selected_entity(chosen.entity_id)
            self.query_one(ArticleList).show(only=self._filter_ids())
            self._update_filter_bar()
            # with a search on, the hits are the list on screen: they are narrowed the same way
            self.search_pane.restrict_articles(chosen.article_ids, f"{chosen.kind}: {chosen.label}")

    # ------------------------------------------------------------------ who said what (issue 13)

    def action_who_said(self) -> None:
        if not isinstance(self.app.screen, VoicesScreen):
            self.app.push_screen(VoicesScreen(), self.open_claim)

    def open_claim(self, target: ClaimTarget | None) -> None:
        """Open the article at a claim chosen on the Who said what screen."""
        if target is not None:
            self.open_article(target.article_id, paragraph=target.paragraph, claim_id=target.claim_id)
            self.query_one(ArticleView).focus()

    # ------------------------------------------------------------------ read and starred (ReadingActions)

    @on(MarksReady)
    def _marks_ready(self, message: MarksReady) -> None:
        self.reading.ready(message)

    def submit_write(self, change: Callable[[], object]) -> None:
        """Run a write of the user's data (clips, stars, read marks) in the reader's one queue
        of writes, after those asked before; quitting waits for them (app.py)."""
        self.passages.writes.submit(change)

    def action_toggle_star(self) -> None:
        self.reading.toggle_star()

    def action_open_url(self) -> None:
        self.reading.open_url()

    def action_maximise(self) -> None:
        """The article pane alone on the screen, or back (Textual's maximize)."""
        if self.maximized is not None:
            self.minimize()
            return
        view = self.query_one(ArticleView)
        self.maximized = view  # not `maximize()`: a scrolling container is not maximisable by default
        view.focus()

    # ------------------------------------------------------------------ facets (issue 13)

    def action_facets(self) -> None:
        if not isinstance(self.app.screen, FacetsScreen):
            self.app.push_screen(FacetsScreen(self.query_text.strip(), self.facet_filters), self.apply_facets)

    def apply_facets(self, choice: FacetChoice | None) -> None:
        """The Facets screen's choices: with a search on, the hits (and their count) are those
        of the articles they leave; else the list shows those articles. Until x."""
        if choice is None:
            return
        if self.query_text.strip():
            self.facet_filters = choice.filters
            label = choice.label.removeprefix(f"search {self.query_text.strip()} · ")
            self.search_pane.restrict(choice.filters, label)
            return
        if not choice.filters:
            self.action_clear_filter()
            return
        self.apply_filter(ArticleFilter("facets", choice.label, choice.article_ids))
        self.facet_filters = choice.filters

    @on(SourceList.Chosen)
    def _source_chosen(self, event: SourceList.Chosen) -> None:
        # the first count reads every analysis (seconds on a large corpus): say it is under way
        self.app.notify(f"Filtering the list: {event.facet} {display(event.label)}…", timeout=3)
        self.filter_by_facet(event.facet, event.value, event.label)

    @work(thread=True, exclusive=True, exit_on_error=False, group="filter")
    def filter_by_facet(self, facet: str, value: str, label: str = "") -> None:
        """Filter the list to the articles with `value` (an id), described by `label` (its name)."""
        from belreader.library import FacetFilter

        chosen = FacetFilter(facet, value)
        counts = self.library.facets(filters=[chosen])
        if not get_current_worker().is_cancelled:
            described = counts.describe({(facet, value): label} if label else None)
            choice = FacetChoice((chosen,), tuple(counts.article_ids), described)
            self.app.call_from_thread(self.apply_facets, choice)

    # ------------------------------------------------------------------ projects (issue 13, defect 8)

    @work(thread=True, exit_on_error=False, group="projects")
    def load_projects(self) -> None:
        """The projects used so far, for the palette's `project: …` (read once, not per keystroke)."""
        try:
            self.known_projects = [p for p in Library.projects() if p.key != self.library.project_key]
        except OSError:
            self.known_projects = []

    def action_projects(self) -> None:
        if not isinstance(self.app.screen, ProjectsScreen):
            self.app.push_screen(ProjectsScreen(self.library.project_key), self._project_chosen)

    def _project_chosen(self, key: str | None) -> None:
        if key is not None:
            self.app.call_later(self.app.switch_project, key)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ passages (PassageActions)

    @on(MarkRequested)
    def _mark_requested(self, message: MarkRequested) -> None:
        self.passages.mark(message)

    @on(CopyRequested)
    def _copy_requested(self, message: CopyRequested) -> None:
        self.passages.copy(message.passage)

    @on(UndoUnmarkRequested)
    def _undo_requested(self) -> None:
        self.passages.undo()

    @on(ClipMarksReady)
    def _clip_marks_ready(self, message: ClipMarksReady) -> None:
        self.passages.marks_ready(message)

    @on(ClipToggled)
    def _clip_toggled(self, message: ClipToggled) -> None:
        self.passages.toggled(message)

    @on(UnmarkNeedsConfirmation)
    def _unmark_needs_confirmation(self, message: UnmarkNeedsConfirmation) -> None:
        self.passages.confirm_unmark(message)

    @on(ClipRestored)
    def _clip_restored(self, message: ClipRestored) -> None:
        self.passages.restored(message)

    @on(ExportNeedsConfirmation)
    def _export_needs_confirmation(self, message: ExportNeedsConfirmation) -> None:
        self.passages.confirm_export(message)

    def action_open_clips(self) -> None:
        self.passages.open_clips()

    def action_export(self, fmt: str | None = None, scope: str | None = None) -> None:
        self.passages.export(fmt, scope)

    # ------------------------------------------------------------------ actions

    def action_focus_search(self) -> None:
        """`/`: to the search box at once. The keys typed right after it are already on their way
        to the widget that had the focus (`s` would sort, `p` open the projects); a priority
        binding moving the focus now sends them to the box. In a box, `/` is typed, behind the
        keys typed before it (still in the box's queue: typed at once, "RFE/RL" became "/RFERL")."""
        if isinstance(self.focused, Input):
            self.focused.call_later(self.focused.insert_text_at_cursor, "/")
            return
        search = self.query_one("#search", Input)
        if self.has_class("narrow") and self.side_visible:
            self.action_toggle_side_panel()  # the search box lives in the column the panel replaced
            search.focus()  # once that column is shown again: a hidden box takes no focus
            return
        self.set_focus(search)

    def action_escape(self) -> None:
        search = self.query_one("#search", Input)
        if search.has_focus or self.query_text:
            self.search_pane.clear_search()
            self.query_one(ArticleList).focus()
        elif self.entity_filter:
            self.action_clear_filter()
        elif self.selected_claim is not None:
            self.selected_claim = None
            self.query_one(ArticleView).set_selected_claim(None)

    def action_next_hit(self) -> None:
        self._say_hit(self.query_one(ArticleView).step_hit(+1))

    def action_previous_hit(self) -> None:
        self._say_hit(self.query_one(ArticleView).step_hit(-1))

    def _say_hit(self, status: str | None) -> None:
        """Where `n`/`N` landed, in one notice that each press replaces."""
        self.app.notify_in_place("hit", status or "No search hits in this article.", timeout=2)

    def action_next_mention(self) -> None:
        if not self.query_one(ArticleView).step_mention(+1):
            self.app.notify("Select an entity first (Entities tab or click a name).", timeout=2)

    def action_previous_mention(self) -> None:
        if not self.query_one(ArticleView).step_mention(-1):
            self.app.notify("Select an entity first (Entities tab or click a name).", timeout=2)

    def action_clear_filter(self) -> None:
        if self.search_pane.narrowed:
            self.search_pane.only_articles, self.search_pane.articles_label = None, ""
            self.search_pane.restrict()  # every hit of the search again
        self.facet_filters = ()
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
        panel = self.query_one(SidePanel)
        tabs = SIDE_TABS
        self.show_tab(tabs[(tabs.index(panel.active_tab) + 1) % len(tabs)] if panel.active_tab in tabs else "claims")
        self.call_after_refresh(panel.focus_tab)

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id:
            self.state.side_tab = event.pane.id


def help_sections(app_bindings: list[Binding]) -> list[tuple[str, list[Binding]]]:
    """The help screen's sections: the reader's keys (the screen's, then the app's global ones),
    then each widget's and screen's."""
    return [
        ("Reader", [*ReaderScreen.BINDINGS, *app_bindings]),
        ("Article", class_bindings(ArticleView)),
        ("Article list", class_bindings(ArticleList)),
        ("Side panel and hits", class_bindings(PanelList)),
        ("Search box", [*SearchBox.BINDINGS, *SearchPane.BINDINGS]),
        ("Claims tab", ClaimList.BINDINGS),
        ("Related tab", RelatedList.BINDINGS),
        ("Clips screen", ClipsScreen.BINDINGS),
        ("Compare screen", CompareScreen.BINDINGS),
        ("Disagreements", DisagreementsScreen.BINDINGS),
        ("Corpus screen", CorpusScreen.BINDINGS),
        ("Who said what", VoicesScreen.BINDINGS),
        ("Facets screen", [*FacetsScreen.BINDINGS, *FittedOptionList.BINDINGS, *FacetList.BINDINGS]),
        ("Projects", ProjectsScreen.BINDINGS),
    ]
