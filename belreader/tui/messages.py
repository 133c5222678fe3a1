"""The reader's messages: what its workers post back to the event loop (workers never touch
widgets), and what widgets ask of the reader screen (widgets never call the app or the screen).

Messages one widget alone sends are nested in it (`ArticleList.Opened`, `ClaimList.Chosen`);
the ones here are posted from several places. `while_mounted` guards the handlers of worker
messages, which may land while the reader is closing.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from functools import wraps

from textual.css.query import NoMatches
from textual.message import Message
from textual.message_pump import MessagePump
from textual.worker import Worker, WorkerState

from belreader.article import Article
from belreader.library import ArticleSummary, Clip, HitSpans, Passage, SearchResults
from belreader.nlp.records import Analysis, Claim
from belreader.nlp.related import RelatedMatch


def _closing(node: MessagePump) -> bool:
    """True while the app shuts down (its screen and widgets are going away)."""
    app = node.app
    return app._exit or not app._running


def while_mounted(handler):
    """Drop a worker's message that lands while the app is tearing its widgets down."""
    if inspect.iscoroutinefunction(handler):

        @wraps(handler)
        async def guarded_async(self, *args):
            try:
                return await handler(self, *args)
            except NoMatches:
                if _closing(self):
                    return None
                raise

        return guarded_async

    @wraps(handler)
    def guarded(self, *args):
        try:
            return handler(self, *args)
        except NoMatches:
            if _closing(self):
                return None
            raise

    return guarded


@dataclass
class WorkerFailed(Message):
    """A worker of the reader raised: bubbles to the app, whose one handler says so. (Textual's
    own `Worker.StateChanged` goes only to the node that ran the worker.)"""

    worker: Worker


def report_failure(node: MessagePump, event: Worker.StateChanged) -> None:
    """A node's `on_worker_state_changed`: a worker that raised is posted as `WorkerFailed`, so
    the app's one handler says what failed (nothing is lost silently)."""
    if event.state == WorkerState.ERROR:
        node.post_message(WorkerFailed(event.worker))


# ---------------------------------------------------------------------- index


@dataclass
class IndexProgress(Message):
    """The index update moved on; floods coalesce, only the latest matters. `line` is what
    to show (the update's ProgressMeter: done of total, rate, time left)."""

    stage: str
    done: int
    total: int
    line: str = ""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgress)


@dataclass
class IndexFinished(Message):
    """The index update is over (changed or not); `read_only`: it could not be updated at all."""

    summary: str
    read_only: bool = False
    skipped: list[str] = field(default_factory=list)  # why files were skipped ("path: reason"), first ones


@dataclass
class CorpusLoaded(Message):
    """What the index holds now: the article summaries and corpus counts."""

    summaries: list[ArticleSummary]
    stats: dict[str, int] | None
    final: bool = False  # False while an update is still writing batches


@dataclass
class CorpusStats(Message):
    """Corpus-wide counts for the header (read after the list, which matters more)."""

    stats: dict[str, int]


@dataclass
class BackendChecked(Message):
    status: str


# ---------------------------------------------------------------------- articles


@dataclass
class ArticleLoaded(Message):
    article: Article
    hits: list[HitSpans]  # the search's hits in it (each a word, a phrase, a claim...)
    scroll_y: float | None = None
    paragraph: int | None = None
    claim_id: str | None = None
    preview: bool = False  # shown while the hits are browsed: not marked read
    clip: Clip | None = None  # the clip `claim_id` was kept in: only the claim it was made from


@dataclass
class AnalysisReady(Message):
    article_id: str
    analysis: Analysis | None  # None: analysis is off (--no-nlp)
    outlet_names: dict[str, str] = field(default_factory=dict)  # its sources' and claims' outlets, named


@dataclass
class EntityFilterReady(Message):
    entity_id: str
    name: str
    article_ids: list[str] = field(default_factory=list)


@dataclass
class RelatedReady(Message):
    claim_id: str
    related: list[RelatedMatch]  # best first
    outlet_names: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------------- search


@dataclass
class SearchDone(Message):
    query: str
    results: SearchResults
    hits: list[HitSpans] | None = None  # the query's hits in the open article
    article_id: str | None = None


@dataclass
class SuggestionFound(Message):
    """A did-you-mean for a query that found nothing."""

    query: str
    suggestion: str


@dataclass
class SearchFailed(Message):
    query: str
    error: str


# ---------------------------------------------------------------------- what widgets ask


@dataclass
class EntityChosen(Message):
    """Filter the article list to articles that mention the entity (the Entities tab, a click
    on a marked name)."""

    entity_id: str


@dataclass
class CompareRequested(Message):
    """Show every article's account of the fact `claim` reports (the Compare screen)."""

    claim: Claim


@dataclass
class MarkRequested(Message):
    """Mark body[start:end] of the open article, or unmark it if it is marked exactly."""

    article_id: str
    start: int
    end: int
    what: str  # "paragraph 3", "selection", "claim sentence": for the notification
    whole_paragraph: int | None = None
    claim: Claim | None = None  # a claim whose sentence is marked: the clip records who said it


@dataclass
class CopyRequested(Message):
    """Copy a passage with its citation."""

    passage: Passage


@dataclass
class UndoUnmarkRequested(Message):
    """Bring back the clip last unmarked or deleted."""


# ---------------------------------------------------------------------- clips


@dataclass
class ClipMarksReady(Message):
    article_id: str
    clips: list[Clip]


@dataclass
class ClipToggled(Message):
    article_id: str
    clip: Clip
    added: bool
    what: str


@dataclass
class UnmarkNeedsConfirmation(Message):
    """Unmarking would delete what the user wrote (a note, tags): ask first."""

    article_id: str
    clip: Clip
    what: str


@dataclass
class ClipRestored(Message):
    clip: Clip


# ---------------------------------------------------------------------- export


@dataclass(frozen=True)
class ExportRequest:
    """What the export dialog asks for (not a message: the dialog's result)."""

    fmt: str  # md | json | csv
    path: str
    scope: str  # "clips" | "search"
    query: str = ""
    tag: str | None = None  # with "clips": only those with this tag


@dataclass
class ExportNeedsConfirmation(Message):
    request: ExportRequest
