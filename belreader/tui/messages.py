"""Messages the app's workers post back to the event loop (workers never touch widgets)."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message


@dataclass
class IndexProgress(Message):
    """The index update moved on; floods coalesce, only the latest matters."""

    stage: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, IndexProgress)


@dataclass
class IndexFinished(Message):
    """The index update is over (changed or not); `read_only`: it could not be updated at all."""

    summary: str
    read_only: bool = False


@dataclass
class CorpusLoaded(Message):
    """What the index holds now: the article summaries and corpus counts."""

    summaries: list
    stats: dict | None
    final: bool = False  # False while an update is still writing batches


@dataclass
class CorpusStats(Message):
    """Corpus-wide counts for the header (read after the list, which matters more)."""

    stats: dict


@dataclass
class ArticleLoaded(Message):
    article: object
    term_spans: list
    scroll_y: float | None = None
    paragraph: int | None = None
    claim_id: str | None = None


@dataclass
class AnalysisReady(Message):
    article_id: str
    analysis: object


@dataclass
class SearchDone(Message):
    query: str
    results: object
    term_spans: list | None = None  # spans of the query in the open article
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


@dataclass
class EntityFilterReady(Message):
    entity_id: str
    name: str
    article_ids: list = field(default_factory=list)


@dataclass
class RelatedReady(Message):
    claim_id: str
    related: list  # [nlp.RelatedMatch], best first
    outlet_names: dict = field(default_factory=dict)


@dataclass
class BackendChecked(Message):
    status: str
