"""The project the front ends hold: one corpus, its index, analyses, clips, passages and facts.

`Library` is the façade of issue 12: the CLI (cli.py) and the reader (tui/) each hold one and
only call it; they render what it returns. Every workflow that both front ends need lives here
once: bringing the index up to date, a query parsed once and carried to the hits, snippets,
highlights and exported paragraphs, the corpus-wide entities, claims, sources and related
claims, the clips (listing with re-anchoring, marking and unmarking, undo), the passages an
export is made of and the export itself, and the fact groups with their comparisons.

Headless: never imports textual or typer. Safe to call from worker threads: the caches
(analyses, fact groups) and the clip store are guarded by locks.

The exception and data types a front end needs (to catch, or to annotate) are re-exported
here, so a front end imports nothing of index.py, clips.py, export.py, facts.py or search/.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from belreader import clips as clips_module
from belreader import export as export_module
from belreader import projects as projects_module
from belreader import search as searching
from belreader.article import Article
from belreader.clips import ORDER_NAMES as CLIP_ORDER_NAMES
from belreader.clips import ORDERS as CLIP_ORDERS
from belreader.clips import Clip, ClipError, ClipStore, ClipStoreError, ReanchorReport
from belreader.corpus import SUPPORTED_SUFFIXES, CorpusError
from belreader.corpus_stats import Cooccurrence, CorpusStats, EntityTrends, PublisherSources, Timeline
from belreader.export import FORMAT_EXTENSIONS, FORMAT_NAMES, FORMATS, ExportError, ExportInfo, Passage
from belreader.facets import (
    FACET_TITLES,
    FACETS,
    NO_MONTH,
    ArticleFacts,
    FacetCounts,
    FacetFilter,
    FacetIndex,
    FacetValue,
    month_range,
    publisher_value,
)
from belreader.history import SavedSearch, SearchNameError
from belreader.index import (
    ArticleSummary,
    CorpusIndex,
    IndexBusy,
    IndexProblem,
    IndexReadOnly,
    IndexRefused,
    UpdateReport,
)
from belreader.nlp.records import (
    LABEL_NAMES,
    LABELS,
    NAME_LABELS,
    find_claim,
    label_choices,
    label_named,
    positional_claim_id,
    starts_at,
)
from belreader.search import HitSpans, Query, QueryError, QueryMatch, SearchCancelled, SearchResults, backends
from belreader.sync import ProgressMeter
from belreader.text import counted
from belreader.voices import DESCRIBED as DESCRIBED_SPEAKER
from belreader.voices import UNRESOLVED as UNRESOLVED_SPEAKER
from belreader.voices import Voice

if TYPE_CHECKING:
    from belreader.facts import Comparison, FactGroup
    from belreader.nlp.records import Analysis, Claim
    from belreader.nlp.related import RelatedMatch

__all__ = [
    "LABELS",
    "LABEL_NAMES",
    "NAME_LABELS",
    "label_choices",
    "label_named",
    "CLIP_ORDERS",
    "CLIP_ORDER_NAMES",
    "COMPARISON_FORMATS",
    "FORMATS",
    "FORMAT_EXTENSIONS",
    "FORMAT_NAMES",
    "SUPPORTED_SUFFIXES",
    "files_read_note",
    "ArticleFilter",
    "ArticleSummary",
    "Clip",
    "ClipError",
    "ClipStoreError",
    "Comparison",
    "Cooccurrence",
    "EntityChoice",
    "CorpusError",
    "CorpusStats",
    "EntityTrends",
    "ExportError",
    "ExportResult",
    "FACETS",
    "FACET_TITLES",
    "FacetCounts",
    "FacetFilter",
    "FacetValue",
    "month_range",
    "NO_MONTH",
    "FactGroup",
    "Highlights",
    "HitSpans",
    "IndexBusy",
    "IndexProblem",
    "IndexReadOnly",
    "IndexRefused",
    "Library",
    "PLOT_FORMATS",
    "PLOT_KINDS",
    "Passage",
    "PlotResult",
    "ProgressMeter",
    "PublisherSources",
    "Query",
    "QueryError",
    "QueryMatch",
    "ReanchorReport",
    "Related",
    "SavedSearch",
    "SearchCancelled",
    "SearchNameError",
    "SearchResults",
    "Timeline",
    "Toggle",
    "DESCRIBED_SPEAKER",
    "UpdateReport",
    "UNRESOLVED_SPEAKER",
    "Voice",
    "publisher_value",
    "update_summary",
]


def __getattr__(name: str) -> Any:
    """The fact types, re-exported like the others but imported on first use: fact grouping
    brings numpy and the claim matcher, which a reader or a CLI command without facts never needs."""
    if name in ("Comparison", "FactGroup"):
        from belreader import facts

        return getattr(facts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


Progress = Callable[[str, int, int], None]
_ANALYSES_AT_ONCE = 100  # analyses read between two progress reports
COMPARISON_FORMATS = ("md", "csv", "json")
PLOT_KINDS = ("timeline", "entities", "cooccurrence", "sources")  # the same as belreader.plots (tested)
PLOT_FORMATS = ("svg", "png")


def files_read_note() -> str:
    """Which files a corpus's articles are read from (a corpus with none says it: the reader's
    empty pane, `belreader index`)."""
    return f"belreader reads {', '.join(sorted(SUPPORTED_SUFFIXES))} files in the folder and the folders inside it."


def update_summary(report: UpdateReport, *, every_count: bool = False) -> str:
    """What an index update did, in words: "2 added, 1 skipped" (only what happened; "" when
    nothing did), or with `every_count` every count, "0 added, 0 updated, 0 removed, 5 unchanged,
    0 skipped" (the `belreader index` line)."""
    if every_count:
        return (
            f"{len(report.added)} added, {len(report.updated)} updated, {len(report.removed)} removed, "
            f"{report.unchanged} unchanged, {len(report.skipped)} skipped"
        )
    parts = [
        f"{count} {what}"
        for count, what in (
            (len(report.added), "added"),
            (len(report.updated), "updated"),
            (len(report.removed), "removed"),
            (len(report.skipped), "skipped"),
        )
        if count
    ]
    return ", ".join(parts)


AMBIGUOUS_SHOWN = 4  # names an ambiguity note lists before "…" (the reader shows it in a narrow column)


def ambiguity_note(said: str, choices: Sequence[tuple[str, int]], unit: str, outcome: str) -> str:
    """The one wording of "this name stands for several people": `said` as the user wrote it
    (speaker:blair, --speaker blair), `choices` (name, count) most first, counted in `unit`s
    (article, claim), and what was done about it. "speaker:blair may be any of 2 names: Tony
    Blair (72 articles), Ian Blair (3); all are searched, name one to narrow it"."""
    shown = [
        f"{name} ({count}{f' {unit}' + ('' if count == 1 else 's') if at == 0 else ''})"
        for at, (name, count) in enumerate(choices[:AMBIGUOUS_SHOWN])
    ]
    more = ", …" if len(choices) > AMBIGUOUS_SHOWN else ""
    return f"{said} may be any of {len(choices)} names: {', '.join(shown)}{more}; {outcome}"


@dataclass(frozen=True, slots=True)
class Highlights:
    """What one match of a query marks in one article: the character spans of the words it
    matched (for highlighting) and the indexes of the paragraphs that hold them (for export)."""

    spans: list[tuple[int, int]]
    paragraphs: list[int]


@dataclass(frozen=True, slots=True)
class EntityChoice:
    """An entity the corpus mentions, by its name and the other spellings it goes by."""

    id: str
    name: str
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Related:
    """Claims in other articles like `claim`, best first, and the names of the outlets they cite."""

    claim: Claim
    matches: list[RelatedMatch]
    outlet_names: dict[str, str]


@dataclass(frozen=True, slots=True)
class Toggle:
    """What marking a span did: "added" a clip, "removed" it (kept for `undo_remove`), or
    "confirm": it is marked and its clip holds a note or tags, so it was left for the user to
    confirm (then `remove_clip`)."""

    action: Literal["added", "removed", "confirm"]
    clip: Clip


@dataclass(slots=True)
class ExportResult:
    """An export: how many passages, the rendered text, and the file written (None for text
    only, or when there was nothing to export)."""

    passages: list[Passage]
    text: str = ""
    written: Path | None = None

    @property
    def count(self) -> int:
        return len(self.passages)


@dataclass(slots=True)
class _Cache:
    """Values computed from the whole corpus, kept while the index is unchanged."""

    generation: int = -1
    analyses: list[Analysis] | None = None
    articles: dict[str, Article] = field(default_factory=dict)
    groups: list[FactGroup] | None = None
    stats: CorpusStats | None = None
    facets: FacetIndex | None = None
    claims: list[dict] | None = None  # every stored claim record (who said what)
    duplicates: dict[str, str] | None = None  # article id -> its duplicate group


@dataclass(frozen=True, slots=True)
class ArticleFilter:
    """Some articles for the reader's list, and what chose them: `kind` "month", "year",
    "entity" or "together" (two entities in one paragraph), `label` in words ("2020-09",
    "Dmitry Peskov", "Putin + Lukashenka"), the entity to mark in the open article if any."""

    kind: str
    label: str
    article_ids: tuple[str, ...]
    entity_id: str | None = None


@dataclass(frozen=True, slots=True)
class PlotResult:
    """A chart: the file written (None when there was nothing to draw) and what it shows, in
    words ("5 articles over 3 months"), or why nothing was drawn."""

    kind: str
    written: Path | None
    summary: str


def choose_backend(backend: str | None, url: str | None, prefix: str | None) -> None:
    """The front end's --backend / --url / --index-prefix, over the environment's (see
    belreader.search.backends.configure). Raises IndexProblem for a bad choice."""
    backends.configure(backend, url, prefix)


FACETS_FILE = "belreader-facets.json"  # the facet values of every article, beside the index
FACTS_FORMAT = "facts-1"  # the layout of the articles' facts in FACETS_FILE (ArticleFacts.to_list)


class AnalysisError(Exception):
    """An index update stopped because the analysis of a file failed (a crashed worker
    process); the message names the file. The index keeps what was committed before."""


class Library:
    """One project: a corpus, its index, the analyses, the user's clips and the settings."""

    def __init__(
        self,
        corpus: Path | str | None = None,
        index_dir: Path | str | None = None,
        *,
        analysis: bool | None = None,
        clips_path: Path | None = None,
    ) -> None:
        """Cheap: nothing is read until asked. `corpus` None is $BELREADER_CORPUS or the bundled
        one; `index_dir` None is the index the project was last used with while it is there
        (`--index` once is enough), else the default. `analysis` None is the project's setting
        (on unless `set_analysis(False)` stored it off); True or False overrides it for this
        Library only (nothing is stored). Without analysis there are no entities or claims anywhere. The clips are the project's own
        (`clips_path` another database, for tests). The project's stored search engine
        applies when neither the command line nor the environment chose one. Raises CorpusError,
        or IndexProblem for a stored engine that is not usable (naming the settings file)."""
        from belreader.config import resolve_corpus

        self._project = projects_module.Project.for_corpus(resolve_corpus(corpus))
        stored = self._project.settings()
        backends.configure_from_settings(
            stored.backend, stored.opensearch_url, stored.index_prefix, str(self._project.settings_path)
        )
        if index_dir is None:  # the index the project was last used with (`--index`), else the default
            index_dir = self._project.index_dir()
        self._index = CorpusIndex(corpus, index_dir, analysis=analysis is not False)
        if analysis is None:
            # The stored setting; never set: as the index was built (an index built with --no-nlp
            # before settings existed is not rebuilt with analysis), else on.
            self._index.analysis = (
                stored.analysis if stored.analysis is not None else self.indexed_analysis() is not False
            )
        self._clips_path = clips_path
        self._store: ClipStore | None = None
        self._store_lock = threading.Lock()
        self._clips_notice: str | None = None  # what moving the clips of before projects did
        self._toggle_lock = threading.RLock()  # two quick presses of space: the second sees the first's clip
        self._cache = _Cache()
        self._cache_lock = threading.RLock()
        self._generation = 0
        self.last_removed: Clip | None = None  # the clip last unmarked or deleted, for `undo_remove`

    # ------------------------------------------------------------------ settings

    @property
    def corpus(self) -> Path:
        return self._index.corpus

    @property
    def index_dir(self) -> Path:
        return self._index.index_dir

    @property
    def analysis(self) -> bool:
        """Whether entities and claims are computed (False with --no-nlp)."""
        return self._index.analysis

    @property
    def project(self) -> str:
        """The project's name in an export's header: the corpus folder."""
        return str(self.corpus)

    # ------------------------------------------------------------------ the index

    def exists(self) -> bool:
        return self._index.exists()

    def check_location(self) -> None:
        """Raise IndexRefused for an index folder that is, holds or lies in the corpus."""
        self._index.check_location()

    def damage(self, deep: bool = True) -> str | None:
        """Why the index cannot be used, or None."""
        return self._index.damage(deep=deep)

    def readable(self) -> bool:
        """An index is there and undamaged (it can be shown as it is when it cannot be updated)."""
        return self.exists() and self.damage() is None

    def open(self) -> None:
        """Open the index for reading. Raises IndexProblem when there is none or it is unreadable."""
        self._index.open()
        self._touch()

    def refresh(self) -> None:
        """See the latest commit (or a rebuilt index) from now on; corpus-wide caches are dropped."""
        self._index.refresh()
        self._forget()

    def update(
        self,
        *,
        rebuild: bool = False,
        progress: Progress | None = None,
        procs: int = 1,
        multisegment: bool | None = None,
        cancelled: Callable[[], bool] | None = None,
        analyse_here: bool = True,
        wait: float = 30.0,
    ) -> UpdateReport:
        """Bring the index in line with the corpus (new, changed, deleted files), reporting
        `progress(stage, done, total)` (a ProgressMeter makes a line of it) and giving up once
        `cancelled()`; waiting at most `wait` seconds for another belreader's update to end. `procs` processes analyse, one pool for the whole update; without
        `analyse_here` they are all workers and the calling process stays free (the reader).
        `multisegment` (default: procs > 1) also writes with `procs` processes; those are
        forked, so a process running threads (the reader) must not ask for it. Raises
        CorpusError, IndexRefused, IndexReadOnly (nothing can be written: the index may still
        be read as it is), IndexBusy (another belreader still updates it: what it committed can
        be read), IndexProblem or AnalysisError (the analysis of a file failed: what
        was committed before stays, the batch under way is not written)."""
        try:
            report = self._index.update(
                rebuild=rebuild,
                progress=progress,
                procs=procs,
                multisegment=procs > 1 if multisegment is None else multisegment,
                cancelled=cancelled,
                analyse_here=analyse_here,
                wait=wait,
            )
        except Exception as exc:
            pipeline = sys.modules.get("belreader.nlp.pipeline")  # loaded if it raised: no import here
            if pipeline is not None and isinstance(exc, pipeline.AnalysisFailed):
                raise AnalysisError(str(exc)) from exc
            raise
        finally:
            self._forget()
        self._touch(report.changed)
        return report

    def _touch(self, counted: bool = False) -> None:
        """Record in the project that it was used (with its article count after an update)."""
        try:
            articles = self.doc_count() if counted or "articles" not in self._project.record() else None
        except Exception:  # the count is a nicety: an unreadable index says so elsewhere
            articles = None
        self._project.touch(articles, index=self.index_dir.expanduser().resolve())

    def doc_count(self) -> int:
        return self._index.doc_count()

    def stats(self) -> dict[str, int]:
        """Corpus-wide counts for a status line: articles, distinct entities, claims."""
        return self._index.stats()

    # ------------------------------------------------------------------ articles and analyses

    def summaries(self) -> list[ArticleSummary]:
        """Every indexed article's summary, by id."""
        return self._index.summaries()

    def summaries_if_indexed(self) -> list[ArticleSummary] | None:
        """The summaries, or None when there is no index yet (the reader's start-up)."""
        return self.summaries() if self.exists() else None

    def resolve(self, id_or_title: str) -> ArticleSummary:
        """An article by id or unique title prefix. Raises LookupError (one sentence)."""
        return self._index.resolve(id_or_title)

    def load_article(self, article_id: str) -> Article:
        """An article read from its file. Raises LookupError, ValueError or CorpusError."""
        return self._index.load_article(article_id)

    def analysis_for(self, article: Article) -> Analysis | None:
        """The article's analysis (cached by content), or None when analysis is off."""
        return self._index.analysis_for(article) if self.analysis else None

    def articles(self) -> list[Article]:
        """Every indexed article, read from its file (unreadable ones left out)."""
        self._fill()
        return list(self._cache.articles.values())

    def analyses(self) -> list[Analysis]:
        """Every indexed article's analysis, kept until the index changes."""
        return list(self._fill())

    def article_and_analyses(self, id_or_title: str | None = None) -> tuple[list[Article], list[Analysis]]:
        """One article (by id or title prefix) and its analysis, or every article and analysis."""
        if id_or_title:
            article = self.load_article(self.resolve(id_or_title).id)
            return [article], [self._index.analysis_for(article)]
        analyses = self._fill()
        return list(self._cache.articles.values()), list(analyses)

    def _fill(self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> list[Analysis]:
        """Every article and its analysis, read once per index generation. `progress(stage,
        done, total)` hears "articles" then "analyses" as they are read; `cancelled()` gives up
        (raises SearchCancelled) between pieces, the cache left as it was."""

        def step(stage: str, done: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise SearchCancelled("reading the analyses cancelled")
            if progress is not None:
                progress(stage, done, total)

        with self._cache_lock:
            cache = self._cache
            if cache.generation != self._generation or cache.analyses is None:
                articles = self._index.load_all_articles(progress=lambda done, total: step("articles", done, total))
                analyses: list[Analysis] = []
                # in slices, so that a big corpus's 2,000 cached analyses report as they are read
                for start in range(0, len(articles), _ANALYSES_AT_ONCE):
                    step("analyses", start, len(articles))
                    analyses += self._index.all_analyses(articles[start : start + _ANALYSES_AT_ONCE])
                self._cache = cache = _Cache(self._generation, analyses, {a.id: a for a in articles})
            assert cache.analyses is not None
            return cache.analyses

    def _forget(self) -> None:
        with self._cache_lock:
            self._generation += 1

    # ------------------------------------------------------------------ search

    def query(self, text: str) -> Query:
        """`text` parsed once (and alias-expanded): pass the result on, never the text. Raises QueryError."""
        return Query.parse(text)

    def search(
        self,
        query: str | Query,
        *,
        page: int = 1,
        pagelen: int = 10,
        snippets: int = 3,
        facets: bool = True,
        kind: str = "article",
        suggest: bool = True,
        cancelled: Callable[[], bool] | None = None,
        only: Collection[str] | None = None,
    ) -> SearchResults:
        """Ranked hits of `query` (see belreader.search.search), with a note when the search
        engine is degraded. `only`: the hits are those of these articles alone (the reader's
        facets), and the total and publisher counts theirs. Raises QueryError,
        SearchCancelled, IndexProblem."""
        if only is not None:
            results = self._search_among(query, frozenset(only), page, pagelen, facets, kind, suggest, cancelled)
            if snippets and results.hits:
                results = self.add_snippets(results, snippets, cancelled)
        else:
            results = searching.search(
                self._index,
                query,
                page=page,
                pagelen=pagelen,
                snippets=snippets,
                facets=facets,
                kind=kind,
                suggest=suggest,
                cancelled=cancelled,
            )
            if snippets and results.hits and results.match is not None and searching.has_fields(results.match):
                results = self.add_snippets(results, snippets, cancelled)  # the claims and mentions that matched
        if results.ambiguous and not results.notes:
            results.notes.extend(self._ambiguity_notes(results.ambiguous))
        degraded = backends.notice(self._index.store)
        if degraded and degraded not in results.notes:
            results.notes.append(degraded)
        return results

    def _search_among(
        self,
        query: str | Query,
        only: frozenset[str],
        page: int,
        pagelen: int,
        facets: bool,
        kind: str,
        suggest: bool,
        cancelled: Callable[[], bool] | None,
    ) -> SearchResults:
        """`search` restricted to the articles `only` (a hit stays when it or one of its
        copies is among them): every hit ranked once, then kept, counted and paged here."""
        every = searching.search(
            self._index,
            query,
            pagelen=max(1, self.doc_count()),
            snippets=0,
            facets=False,
            kind=kind,
            suggest=suggest,
            cancelled=cancelled,
        )
        kept = [hit for hit in every.hits if hit.id in only or not only.isdisjoint(hit.also_in)]
        page = max(1, page)
        start = (page - 1) * pagelen
        shown = [replace(hit, rank=start + 1 + at) for at, hit in enumerate(kept[start : start + pagelen])]
        publishers: dict[str, int] = {}
        if facets:
            for hit in kept:
                if hit.publisher:
                    publishers[hit.publisher] = publishers.get(hit.publisher, 0) + 1
        return replace(
            every,
            total=len(kept),
            page=page,
            pagelen=pagelen,
            hits=shown,
            facets={"publisher": dict(sorted(publishers.items(), key=lambda item: -item[1]))} if facets else {},
        )

    def add_snippets(
        self, results: SearchResults, top: int = 3, cancelled: Callable[[], bool] | None = None
    ) -> SearchResults:
        """`results` with snippets from the match the search found (nothing parsed or run again);
        for entity:, speaker: and source: the mentions and claims that matched, read from each
        article's analysis. Raises SearchCancelled once `cancelled()` is true."""
        return searching.add_snippets(self._index, results, top, self._analysis_of_id, cancelled)

    def _analysis_of_id(self, article_id: str) -> Analysis | None:
        """An indexed article's analysis (None when analysis is off or the file cannot be read)."""
        if not self.analysis:
            return None
        try:
            return self._index.analysis_for(self.load_article(article_id))
        except (LookupError, ValueError, OSError, CorpusError):
            return None

    def _ambiguity_notes(self, ambiguous: Sequence[searching.language.Ambiguous]) -> list[str]:
        """A note for each part of a name that stands for several (search.language.Ambiguous):
        their names, each with the articles holding it, most first (a look-up per name)."""
        notes = []
        for found in ambiguous:
            counted = searching.value_articles(self._index, found.field, found.ids)
            ranked = sorted(found.ids, key=lambda value: (-counted[value][0], value))
            # only the names shown are looked up (a common surname may stand for dozens)
            choices = [
                (
                    self._value_name(found.field, value, counted[value][1]) if at < AMBIGUOUS_SHOWN else value,
                    counted[value][0],
                )
                for at, value in enumerate(ranked)
            ]
            said = f"{found.field}:{found.value}"
            notes.append(ambiguity_note(said, choices, "article", "all are searched, name one to narrow it"))
        return notes

    def _value_name(self, fieldname: str, value: str, article_id: str | None) -> str:
        """An entity, speaker or source id in words: the entity table's name, else the name the
        analysis of an article holding it gives (`article_id`), else the id itself."""
        analysis = self._analysis_of_id(article_id) if article_id else None
        if fieldname == "source":
            return self.outlet_names([value], [analysis] if analysis is not None else ())[value]
        from belreader.nlp.aliases import load_table

        try:
            entry = load_table().entry(value)
        except ValueError:  # a broken entities.toml: the CLI says so elsewhere
            entry = None
        if entry is not None:
            return entry.name
        if analysis is not None:
            from belreader.documents import slug

            for entity in analysis.entities:
                if entity.id == value:
                    return entity.name
            written = [c.speaker for c in analysis.claims if c.speaker and (c.speaker_id or slug(c.speaker)) == value]
            if written:
                return max(written, key=len)
        return value

    def hit_spans(
        self, query: str | Query | SearchResults | QueryMatch, article: Article, analysis: Analysis | None = None
    ) -> list[HitSpans]:
        """What a query matches in `article`, one tuple of spans per hit in text order (a word, a
        whole phrase, a proximity match, a mention, a claim's sentence: see
        belreader.search.hit_spans); the reader highlights them and steps through them with n/N.
        The article's analysis is read when the query names entities, speakers or sources and
        `analysis` is not given."""
        match = self.match(query)
        if analysis is None and searching.has_fields(match) and self.analysis:
            analysis = self._index.analysis_for(article)
        return searching.hit_spans(self._index, match, article.body, analysis)

    def suggestion(self, query: str | Query) -> str | None:
        """A did-you-mean for a query without hits, if one finds something."""
        return searching.suggestion(self._index, query)

    def match(self, query: str | Query | SearchResults | QueryMatch) -> QueryMatch:
        """What a query looks for in an article: from the results' own match when given results."""
        if isinstance(query, QueryMatch):
            return query
        if isinstance(query, SearchResults):
            return query.match if query.match is not None else searching.query_match(self._index, query.query)
        return searching.query_match(self._index, query)

    def highlights(
        self,
        query: str | Query | SearchResults | QueryMatch,
        article: Article,
        analysis: Analysis | None = None,
        *,
        spans: bool = True,
        paragraphs: bool = True,
    ) -> Highlights:
        """The spans a query matches in `article` and the paragraphs that hold them, both from
        one match (the search's own when given its results). `spans=False` or `paragraphs=False`
        skips one (the reader highlights a long article per keystroke and needs no paragraphs)."""
        match = self.match(query)
        return Highlights(
            spans=searching.term_spans(self._index, match, article.body) if spans else [],
            paragraphs=searching.matching_paragraphs(self._index, match, article, analysis) if paragraphs else [],
        )

    # ------------------------------------------------------------------ entities, claims, sources

    def entities(self, article: str | None = None, label: str | None = None) -> list[dict]:
        """Corpus-wide entities (or one article's), one row per entity, most mentioned first."""
        from belreader import nlp

        return nlp.entity_rows(self.article_and_analyses(article)[1], label)

    def entity_spellings(self) -> dict[str, set[str]]:
        """{entity id: the spellings seen} for every id an article's analysis gives and every row
        `entities` lists: the ids and spellings a merge, split or retype can name."""
        from belreader import nlp

        analyses = self.article_and_analyses(None)[1]
        known: dict[str, set[str]] = {}
        for analysis in analyses:
            for entity in analysis.entities:
                known.setdefault(entity.id, set()).update(entity.aliases_seen)
        for row in nlp.entity_rows(analyses):
            known.setdefault(row["id"], set()).update(row["aliases"])
        return known

    def check_decision(self, kind: str, entity_id: str, spelling: str | None = None) -> str | None:
        """Why a `kind` decision (merge, split or retype) naming `entity_id` (a split: and
        `spelling`) would change nothing here, as the one-line refusal: an id no article of the
        corpus has (with the closest id), a spelling the entity is never written in (compared as
        the decisions compare spellings; one already split off passes, so that recording it again
        is refused as a repeat). None when the decision names what the corpus has, or when there
        is nothing to check against: analysis off, no index yet. Raises IndexProblem when the
        index cannot be read."""
        if kind not in ("merge", "split", "retype") or (spelling is not None) != (kind == "split"):
            raise ValueError(f"no such decision: {kind} (a split, and only a split, names a spelling)")
        if not (self.analysis and self.exists()):
            return None
        import difflib

        from belreader.nlp.identity import Decisions, current_decisions

        self.open()
        known = self.entity_spellings()
        if entity_id not in known:
            close = difflib.get_close_matches(entity_id, list(known), n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]}?" if close else "; `belreader entities --json` lists the ids"
            return f"no entity '{entity_id}' in this corpus{hint}"
        seen = known[entity_id]
        if spelling is None or current_decisions().is_split(entity_id, spelling):
            return None
        if Decisions.same_spelling(spelling, seen):
            return None
        return f"{entity_id} is never written {spelling!r} in this corpus; its spellings: {', '.join(sorted(seen))}"

    def alias_suggestions(self, article: str | None = None, decisions: Any = None) -> list[dict]:
        """Entities that are probably one, with evidence and the command that merges them."""
        from belreader import nlp

        return nlp.suggest_aliases(self.article_and_analyses(article)[1], decisions)

    def mentioned_entities(self, analysis: Analysis | None = None) -> list[EntityChoice]:
        """The entities to choose from (the reader's palette): those of the entity table that
        some indexed article mentions, with every spelling the table gives them, and those of
        `analysis` (the open article's) with the spellings seen there; by name, the names of
        people, places and organisations before the figures and dates. None without
        analysis. An entity no article mentions is left out: choosing it would find nothing."""
        if not self.analysis:
            return []
        from belreader.nlp.aliases import load_table

        mentioned = set(searching.field_values(self._index, "entity"))
        choices: dict[str, EntityChoice] = {}
        try:
            table = list(load_table())
        except ValueError:  # a broken entities.toml: the CLI says so; the choices go without it
            table = []
        for entry in table:
            if entry.id in mentioned:
                choices[entry.id] = EntityChoice(entry.id, entry.name, _spellings(entry.name, entry.aliases))
        for entity in analysis.entities if analysis is not None else ():
            known = choices.get(entity.id)
            name = known.name if known is not None else entity.name
            seen = (*known.spellings, *entity.aliases_seen) if known is not None else entity.aliases_seen
            choices[entity.id] = EntityChoice(entity.id, name, _spellings(name, seen))
        # Names before figures and dates: "entity: " listed "16 March", "32 cents" and "49.74"
        # before any person, place or organisation.
        figures = {e.id for e in (analysis.entities if analysis is not None else ()) if e.label not in NAME_LABELS}
        return sorted(choices.values(), key=lambda c: (c.id in figures, c.name.casefold(), c.id))

    def article_ids_mentioning(self, entity_id: str) -> list[str]:
        """Ids of the articles that mention the entity (the entity filter)."""
        return self._index.article_ids_mentioning(entity_id)

    def claims(
        self,
        article: str | None = None,
        speaker: str | None = None,
        query: str | Query | None = None,
        *,
        speaker_ids: Sequence[str] | None = None,
    ) -> list[dict]:
        """Stored claim records, in article and offset order: of one article (id or title prefix),
        by one speaker (any spelling the entity table knows, or part of the name as written; the
        ids it refers to, when the caller has them from `speaker_ids`), and matching a query.
        Raises LookupError for an unknown article, QueryError for a bad query."""
        from belreader.index import iter_claim_records

        article_id = self.resolve(article).id if article else None
        records = list(iter_claim_records(self._index, article_id))
        if speaker:
            wanted = set(speaker_ids if speaker_ids is not None else self.speaker_ids(speaker, records))
            folded = speaker.casefold()
            records = [
                r
                for r in records
                if (r.get("speaker_id") or "") in wanted or folded in (r.get("speaker") or "").casefold()
            ]
        if query:
            found = self.search(query, kind="claim", pagelen=100000, snippets=0, facets=False)
            ids = {h.id for h in found.hits}
            records = [r for r in records if r["id"] in ids]
        return records

    def speaker_ids(self, name: str, records: Sequence[dict] | None = None) -> list[str]:
        """The speaker ids a name refers to: the entity table's id for any spelling of it, or its
        id as written ("Tony Blair" -> tony-blair), and for a part of a name every speaker id
        ending with it ("blair" -> ian-blair, tony-blair); more than one means the name is
        ambiguous. `records` are the claim records to look in (all of them by default)."""
        from belreader.nlp.aliases import load_table, slugify
        from belreader.search.language import name_matches

        if records is None:
            from belreader.index import iter_claim_records

            records = list(iter_claim_records(self._index))
        wanted = load_table().canonical(name) or slugify(name)
        known = sorted({r.get("speaker_id") or "" for r in records} - {""})
        return name_matches(wanted, known) or [wanted]

    def speaker_note(self, name: str, speaker_ids: Sequence[str], records: Sequence[dict]) -> str | None:
        """The note for a `--speaker` name that stands for several speakers (`speaker_ids`, from
        `speaker_ids`), naming them with their claims among `records` (None when it is one)."""
        from belreader import voices as voices_module
        from belreader.nlp.aliases import load_table, slugify

        table = load_table()
        written = table.canonical(name) or slugify(name)
        others = [i for i in speaker_ids if i != written]  # the name as written is no one more
        chosen = [r for r in records if voices_module.speaker_key(r) in others]
        names = {i: entry.name for i in others if (entry := table.entry(i)) is not None}
        found = voices_module.voices(chosen, names, self._duplicate_groups())
        choices = [(v.name, v.claims) for v in found if v.kind == voices_module.SPEAKER]
        if len(choices) < 2:
            return None
        return ambiguity_note(f"--speaker {name}", choices, "claim", "all are listed")

    def claim(self, claim_id: str, fingerprint: str | None = None) -> Claim | None:
        """A claim by id, from the analyses (None: no claim has it now; `claim_not_found` says why).
        An id names a place in the text: with `fingerprint` (`Claim.fingerprint`, kept beside the id
        in a clip or an export) only the claim it was taken from, never another claim a later
        analysis found at the same place (`same_claim`), found again under a changed id when a
        second claim starting at its character has given both ids that say where they end
        (`find_claim`)."""
        if fingerprint is not None:
            return find_claim((c for a in self.analyses() for c in a.claims), claim_id, fingerprint)
        return next((c for a in self.analyses() for c in a.claims if c.id == claim_id), None)

    def clip_claim(self, clip: Clip, analysis: Analysis | None = None) -> Claim | None:
        """The claim `clip` was made from, in the current analysis of its article (`analysis`, or
        the library's): None when it was made from none, or when that claim is no longer found
        (`Clip.claim_in`). The clip keeps its own speaker, verb and outlets either way."""
        if not clip.claim_id:
            return None
        if analysis is None:
            analysis = next((a for a in self.analyses() if a.article_id == clip.article_id), None)
        return None if analysis is None else clip.claim_in(analysis.claims)

    @staticmethod
    def claim_not_found(claim_id: str, there: Sequence[str] = ()) -> str:
        """One line for a claim id that names no claim now: an old numbered one (a clip's or an
        export's, from before ids were places in the text) or one a re-analysis no longer finds.
        Never another claim in its place: a clip keeps its own speaker, verb and outlets. `there`:
        the ids of the claims that start at the id's character now, for a bare id typed alone
        (it gained or lost where its claim ends since: `give_claim_ids`), named, not opened."""
        if positional_claim_id(claim_id):
            return (
                f"no claim '{claim_id}': numbered ids like this one come from an older belreader and "
                "name no claim now; list the current ids with `belreader claims`"
            )
        if there:
            return (
                f"no claim '{claim_id}': claims starting there now have the ids {', '.join(there)} "
                "(an id names a place; add --fingerprint F to find the one it was taken for)"
            )
        return (
            f"no claim '{claim_id}': it is no longer found (the analysis changed?); list them with `belreader claims`"
        )

    def claims_at(self, claim_id: str) -> list[str]:
        """The ids of the claims that start where `claim_id` says its claim starts (`starts_at`)."""
        return [c.id for a in self.analyses() for c in a.claims if starts_at(c, claim_id)]

    def outlet_names(self, outlet_ids: Iterable[str], analyses: Sequence[Analysis] | None = None) -> dict[str, str]:
        """Display names of outlets (source ids): as the given analyses' sources name them, else
        the entity table's name, else as the articles wrote it (the entity's name in `analyses`,
        or in every analysis when none are given: an outlet the table does not know, "Arab
        News", has its id for a source name), else the id itself."""
        wanted = set(outlet_ids)
        if not wanted:
            return {}  # most related claims cite no outlet: no need to read every analysis's sources
        names = {s.id: s.name for a in analyses or () for s in a.sources if s.id in wanted and s.name != s.id}
        missing = wanted - set(names)
        if missing:
            from belreader.nlp.aliases import load_table

            table = load_table()
            for outlet in list(missing):
                if (entry := table.entry(outlet)) is not None:
                    names[outlet] = entry.name
                    missing.discard(outlet)
        if missing:
            for analysis in self.analyses() if analyses is None else analyses:
                for entity in analysis.entities:
                    if entity.id in missing:
                        names[entity.id] = entity.name
                        missing.discard(entity.id)
        names.update((outlet, outlet) for outlet in missing)
        return names

    def sources(self, article: str | None = None) -> list[dict]:
        """Who is cited: one article's sources (id, name, kind, claims), or corpus-wide rows with
        the articles citing each, most widely cited first."""
        from belreader import nlp

        analyses = self.article_and_analyses(article)[1]
        if article:
            names = self.outlet_names((s.id for s in analyses[0].sources), analyses)
            return [
                {"id": s.id, "name": names[s.id], "kind": s.kind, "claims": s.claim_count} for s in analyses[0].sources
            ]
        return nlp.corpus_sources(analyses)

    def related(self, claim: Claim, limit: int = 5) -> Related:
        """Claims in other articles most like `claim`, best first, with the names of the outlets
        they cite. An id is resolved first (`claim`, `clip_claim`): one way to name a claim."""
        from belreader import nlp

        analyses = self.analyses()
        matches = nlp.related_matches(claim, analyses, limit=limit, meaning=True)  # embeddings when installed
        wanted = {o for match in matches for o in match.claim.outlets}
        return Related(claim, matches, self.outlet_names(wanted, analyses))

    # ------------------------------------------------------------------ who said what (issue 13)

    def voices(
        self,
        kind: str | None = None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Voice]:
        """The corpus's speakers and sources (or only `kind`'s: "speaker", "source"), each with
        its claims and articles, most claims first, then the speakers described, not named
        ("analysts"), then the claims whose speaker was not resolved (belreader/voices.py).
        `progress(stage, done, total)` hears how far it is ("claims", "sources": the analyses
        read for the names of outlets the entity table does not know, "voices"); `cancelled()`
        gives up (raises SearchCancelled) between steps and while analyses are read."""
        from belreader import voices as voices_module
        from belreader.nlp.aliases import load_table

        def step(stage: str, done: int = 0, total: int = 0) -> None:
            if cancelled is not None and cancelled():
                raise SearchCancelled("who said what cancelled")
            if progress is not None:
                progress(stage, done, total)

        step("claims")
        records = self._all_claims()
        speakers, outlets = voices_module.voice_ids(records)
        table = load_table()
        names = {i: entry.name for i in speakers if (entry := table.entry(i)) is not None}
        unknown = {o for o in outlets if table.entry(o) is None}
        outlet_names = self.outlet_names(outlets - unknown)  # the table's names
        if unknown:
            # An outlet the table does not know is named as the articles citing it write it:
            # only their analyses are read (every one of a big corpus took seconds, and minutes
            # when the analyses had to be made again).
            citing = sorted({r["article_id"] for r in records if unknown.intersection(r.get("outlets") or ())})
            step("sources", 0, len(citing))
            for analysis in self._analyses_of(citing, lambda done, total: step("sources", done, total), cancelled):
                for entity in analysis.entities:
                    if entity.id in unknown:
                        outlet_names.setdefault(entity.id, entity.name)
            outlet_names.update((o, o) for o in unknown if o not in outlet_names)
        names.update(outlet_names)
        step("voices")
        found = voices_module.voices(records, names, self._duplicate_groups())
        return [v for v in found if kind is None or v.kind == kind]

    def _analyses_of(
        self,
        article_ids: Sequence[str],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Analysis]:
        """The analyses of these articles (unreadable ones left out): the corpus-wide ones when
        they are read already, else just these (read from the analysis cache, or made)."""
        cache = self._current_cache()  # not waiting on the lock while the analyses are read
        if cache.analyses is not None:
            wanted = set(article_ids)
            return [a for a in cache.analyses if a.article_id in wanted]
        articles: list[Article] = []
        for article_id in article_ids:
            try:
                articles.append(self._index.load_article(article_id))
            except (LookupError, ValueError, CorpusError):
                continue
        if not articles:
            return []
        try:
            return self._index.all_analyses(articles, progress=progress, cancelled=cancelled)
        except Exception as exc:
            pipeline = sys.modules.get("belreader.nlp.pipeline")  # loaded if it raised: no import here
            if pipeline is not None and isinstance(exc, pipeline.Cancelled):
                raise SearchCancelled("who said what cancelled") from exc
            raise

    def voice_claims(self, kind: str, voice_id: str) -> list[dict]:
        """Every claim record of one speaker or source (a `Voice`'s kind and id), in article and
        offset order. Raises ValueError for an unknown kind."""
        from belreader import voices as voices_module

        return voices_module.claims_of(self._all_claims(), kind, voice_id, self._duplicate_groups())

    def _duplicate_groups(self) -> dict[str, str]:
        """Each article's duplicate group, as the index update stored it (duplicates.py; an
        article in no group is its own), kept until the index changes."""
        from belreader.duplicates import DuplicateGroups

        cache = self._current_cache()
        if cache.duplicates is not None:
            return cache.duplicates
        groups = DuplicateGroups.open(self.index_dir)
        cache.duplicates = {s.id: group for s in self.summaries() if (group := groups.group_of(s.id)) is not None}
        return cache.duplicates

    def _all_claims(self) -> list[dict]:
        """Every claim record (`claims()`), kept until the index changes."""
        cache = self._current_cache()
        if cache.claims is None:
            cache.claims = self.claims()
        return cache.claims

    def _current_cache(self) -> _Cache:
        """The cache of the index as it is now, for values read without the cache's lock (Who
        said what's claims and copies): the facets and the analyses hold that lock while they
        are counted or read, seconds on thousands of articles, and Who said what once waited
        there on "Reading the claims…". Two threads may then read the same value twice; a
        value stored in a cache replaced meanwhile is only lost (read again when asked)."""
        cache = self._cache
        if cache.generation != self._generation:
            cache = _Cache(self._generation)
            if self._cache_lock.acquire(blocking=False):
                try:
                    if self._cache.generation != self._generation:
                        self._cache = cache
                    cache = self._cache
                finally:
                    self._cache_lock.release()
        return cache

    def claim_passages(
        self, records: Sequence[dict], on_skip: Callable[[str, str], None] | None = None
    ) -> list[Passage]:
        """Claim records as exportable passages: each claim's sentence with its article's
        citation and who said it, the verb as written and the outlets (as a clip made from the
        claim records them). `on_skip(article_id, reason)` hears of articles that cannot be read."""
        from belreader.nlp.records import Claim

        articles: dict[str, Article | None] = {}
        passages: list[Passage] = []
        for record in records:
            article_id = record["article_id"]
            if article_id not in articles:
                try:
                    articles[article_id] = self.load_article(article_id)
                except (LookupError, ValueError, CorpusError) as exc:
                    articles[article_id] = None
                    if on_skip is not None:
                        on_skip(article_id, str(exc))
            article = articles[article_id]
            if article is None:
                continue
            claim = Claim.from_record(record)
            start, end = claim.sentence_start, claim.sentence_end
            if not 0 <= start < end <= len(article.body):  # the file changed since it was indexed
                start, end = claim.start, claim.end
            if not 0 <= start < end <= len(article.body):
                continue
            names = self.outlet_names(claim.outlets)
            passages.append(
                replace(
                    self.span_passage(article, start, end),
                    source="claim",
                    speaker=claim.speaker or None,
                    verb=claim.verb_text or claim.verb or None,
                    outlets=list(dict.fromkeys(names.get(o, o) for o in claim.outlets)),
                    claim_id=claim.id,
                    claim_fingerprint=claim.fingerprint,
                )
            )
        return passages

    def export_claims(
        self,
        records: Sequence[dict],
        fmt: str,
        *,
        what: str | None = None,
        dest: Path | None = None,
        overwrite: bool = False,
        on_skip: Callable[[str, str], None] | None = None,
    ) -> ExportResult:
        """Claims exported as passages are (`export`'s formats and writer): `what` is recorded
        as the export's query ("speaker:dmitry-peskov"). Raises ExportError, ValueError."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
        passages = self.claim_passages(records, on_skip=on_skip)
        if not passages:
            return ExportResult(passages)
        text = self.render(passages, fmt, what)
        written = export_module.write_export(text, dest, overwrite=overwrite) if dest is not None else None
        return ExportResult(passages, text, written)

    # ------------------------------------------------------------------ facts

    def fact_groups(
        self, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> list[FactGroup]:
        """The project's fact groups (claims of different articles reporting one fact), kept
        until the index changes. `progress(stage, done, total)`: "articles" and "analyses" as
        they are read (done of total), then "groups" (total: the claims grouped); `cancelled()`
        gives up while they are read (SearchCancelled)."""
        from belreader import facts as facts_module  # numpy and the claim matcher: only when facts are asked for

        with self._cache_lock:
            analyses = self._fill(progress, cancelled)
            if self._cache.groups is None:
                if progress is not None:
                    progress("groups", 0, sum(len(a.claims) for a in analyses))
                self._cache.groups = facts_module.build_fact_groups(
                    analyses, self._cache.articles, duplicate_keys=self._duplicate_keys(), meaning=True
                )
            return self._cache.groups

    def _duplicate_keys(self) -> dict[str, str]:
        """The duplicate-group keys the index stored (each document's text_key), by article id:
        fact groups and statistics fold copies without finding them again (empty: they do)."""
        from belreader.duplicates import stored_keys

        return stored_keys(self._index.index_dir)

    def compare(
        self, claim_id: str, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
    ) -> Comparison | None:
        """The comparison of the accounts in the fact group of `claim_id` (None: it is in none);
        `progress` and `cancelled` as `fact_groups`'s."""
        from belreader import facts as facts_module

        group = facts_module.group_of_claim(claim_id, self.fact_groups(progress, cancelled))
        return facts_module.compare(group) if group is not None else None

    def comparisons(
        self,
        disagreeing: bool = False,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[Comparison]:
        """Every fact group's comparison (largest groups first), or with `disagreeing` only those
        whose accounts differ in substance, most different first. `progress` and `cancelled`
        as `fact_groups`'s, then "compare" (total: the groups compared)."""
        from belreader import facts as facts_module

        groups = self.fact_groups(progress, cancelled)
        if progress is not None:
            progress("compare", 0, len(groups))
        if disagreeing:
            return facts_module.disagreements(groups)
        return [facts_module.compare(g) for g in groups]

    @staticmethod
    def render_comparison(comparison: Comparison, fmt: str) -> str:
        """A comparison as Markdown ("md"), CSV or JSON, with full citations."""
        from belreader import facts as facts_module

        renderers = {"md": facts_module.to_markdown, "csv": facts_module.to_csv, "json": facts_module.to_json}
        if fmt not in renderers:
            raise ValueError(f"unknown format '{fmt}'; use one of {', '.join(COMPARISON_FORMATS)}")
        return renderers[fmt](comparison)

    @classmethod
    def export_comparison(cls, comparison: Comparison, fmt: str, dest: Path, overwrite: bool = False) -> Path:
        """Write a comparison as an export is written (atomically; never into a folder, never over
        a file unless `overwrite`). Raises ExportError, ValueError (an unknown format)."""
        return export_module.write_export(cls.render_comparison(comparison, fmt), dest, overwrite=overwrite)

    # ------------------------------------------------------------------ the corpus at a glance

    def corpus_stats(self) -> CorpusStats:
        """The statistics of the whole corpus (dates parsed, duplicates folded), kept until the
        index changes. Without analysis (--no-nlp) they hold dates and publishers only."""
        with self._cache_lock:
            if not self.analysis:
                if self._cache.generation != self._generation:
                    self._cache = _Cache(self._generation)
                if self._cache.stats is None:
                    self._cache.stats = CorpusStats(
                        self._index.load_all_articles(), duplicate_keys=self._duplicate_keys()
                    )
                return self._cache.stats
            analyses = self._fill()
            if self._cache.stats is None:
                from belreader import nlp

                links = nlp.corpus_links(analyses)
                self._cache.stats = CorpusStats(
                    self._cache.articles.values(), analyses, links=links, duplicate_keys=self._duplicate_keys()
                )
            return self._cache.stats

    def entity_id(self, entity: str) -> str:
        """The id an entity given by id, name or a spelling seen is counted as. Raises LookupError."""
        stats = self.corpus_stats()
        if not self.analysis:
            raise LookupError("no entities: the corpus is read without analysis (--no-nlp)")
        found = stats.find_entity(entity)
        if found is None:
            from belreader.nlp.aliases import load_table

            canonical = load_table().canonical(entity)
            found = stats.find_entity(canonical) if canonical else None
        if found is None:
            raise LookupError(f"no entity '{entity}' in the corpus; list them with `belreader entities`")
        return found

    def facets(
        self, query: str | Query | None = None, filters: Sequence[FacetFilter] = (), *, limit: int | None = 50
    ) -> FacetCounts:
        """Publisher, month, folder, entity, speaker and source, each with the number of
        articles that have each value, among the articles `query` finds (all without one),
        under the chosen `filters` (combinable, with exclusions: belreader/facets.py); and the
        articles they leave, copies included. Raises QueryError."""
        ids = (
            self.article_ids_matching(query)
            if query is not None and str(getattr(query, "text", query)).strip()
            else None
        )
        return self._facet_index().counts(ids, filters, limit)

    def _facet_index(self) -> FacetIndex:
        """Every article's facet values: kept until the index changes, and stored beside the index
        (FACETS_FILE) for its state, so a later count reads the file (a fraction of a second).
        After an update, each article's own facts (`ArticleFacts`, by content hash) are taken
        from the file too: only the files the update changed are read again."""
        import json

        from belreader import config

        with self._cache_lock:
            if self._cache.generation != self._generation:
                self._cache = _Cache(self._generation)
            if self._cache.facets is not None:
                return self._cache.facets
            path = self.index_dir / FACETS_FILE
            try:
                key = self._facets_key()
            except Exception:  # the index's state cannot be read now: count, and store nothing
                key = None
            found = None
            before: dict = {}
            facts_key = None if key is None else [FACTS_FORMAT, *key[1:]]  # all but the index's state
            if key is not None and path.is_file():
                try:
                    data = config.read_json(path)
                    if isinstance(data, dict) and data.get("key") == key:
                        found = FacetIndex.from_dict(data)
                    elif isinstance(data, dict) and data.get("facts_key") == facts_key:
                        stored_facts = data.get("facts")
                        before = stored_facts if isinstance(stored_facts, dict) else {}
                except (OSError, ValueError):
                    found = None  # unreadable or of another format: counted again, and replaced
            if found is None:
                found, facts = self._count_facets(before)
                if key is not None:
                    try:
                        stored = {"key": key, **found.to_dict(), "facts_key": facts_key, "facts": facts}
                        config.atomic_write_text(path, json.dumps(stored, ensure_ascii=False, separators=(",", ":")))
                    except OSError:  # a read-only index: counted each time the reader starts
                        pass
            self._cache.facets = found
            return found

    def _count_facets(self, before: Mapping) -> tuple[FacetIndex, dict[str, list]]:
        """The facet values of the corpus as it is indexed, and each article's facts by content
        hash (to store): the facts of `before` (stored by the last count) for the files that did
        not change since, the others read from the files and their analyses."""
        summaries = self.summaries()
        keys = self._duplicate_keys()
        if not all(s.id in keys for s in summaries):  # an index of before stored groups: found again
            return FacetIndex.from_stats(self.corpus_stats(), self.corpus), {}
        facts: dict[str, ArticleFacts] = {}
        by_hash: dict[str, list] = {}
        for summary in summaries:
            found = None
            if isinstance(stored := before.get(summary.content_hash), list):
                try:
                    found = ArticleFacts.from_list(stored)
                    by_hash[summary.content_hash] = stored
                except ValueError:
                    found = None
            if found is None:
                try:
                    article = self.load_article(summary.id)
                except (LookupError, ValueError, CorpusError):
                    continue  # unreadable: left out, as every corpus-wide count leaves it
                found = ArticleFacts.of(article, self.analysis_for(article))
                by_hash[summary.content_hash] = found.to_list()
            facts[summary.id] = found
        links: dict[str, str] = {}
        if self.analysis:
            from belreader import nlp

            links = nlp.corpus_links([f.people(article_id) for article_id, f in facts.items()])
        return FacetIndex.build(summaries, facts, keys, links, self.corpus), by_hash

    def _facets_key(self) -> list:
        """What the stored facet values depend on: the index's state, analysis on or off, and
        the entity tables and the user's entity decisions (they name and merge entities)."""
        from belreader import config

        files = [*config.bundled_entity_files(), config.user_entities_file()]
        if self.analysis:
            from belreader.nlp.identity import decisions_file

            files.append(decisions_file())
        stamps = []
        for path in files:
            try:
                stat = path.stat()
                stamps.append([str(path), stat.st_mtime_ns, stat.st_size])
            except OSError:
                stamps.append([str(path), None, None])
        return [self._index.store.state_key(), self.analysis, stamps]

    def article_ids_matching(self, query: str | Query) -> list[str]:
        """Every article a query finds, with the duplicates search folded into them."""
        results = self.search(searching.as_query(query), pagelen=100000, snippets=0, facets=False, suggest=False)
        return [i for hit in results.hits for i in (hit.id, *hit.also_in)]

    def filter_by_period(self, label: str, granularity: str = "month") -> ArticleFilter:
        """The articles a timeline bar counts (dated in `label`, "2020-09" or "2020"), copies included."""
        ids = self.corpus_stats().period_ids(label, granularity)
        return ArticleFilter("year" if granularity == "year" else "month", label, tuple(ids))

    def filter_by_entity(self, entity: str) -> ArticleFilter:
        """The articles that mention an entity (given by id, name or a spelling seen), counted as
        the corpus pictures count it (surname-only mentions included). Raises LookupError."""
        stats = self.corpus_stats()
        entity_id = self.entity_id(entity)
        return ArticleFilter("entity", stats.name(entity_id), tuple(stats.entity_ids(entity_id)), entity_id)

    def filter_by_pair(self, a: str, b: str) -> ArticleFilter:
        """The articles with a paragraph that mentions both entities. Raises LookupError."""
        stats = self.corpus_stats()
        first, second = self.entity_id(a), self.entity_id(b)
        label = f"{stats.name(first)} + {stats.name(second)}"
        return ArticleFilter("together", label, tuple(stats.pair_ids(first, second)))

    def _scope(self, entity: str | None, query: str | Query | None) -> dict[str, Any]:
        ids = self.article_ids_matching(query) if query is not None else None
        return {"ids": ids, "entity": self.entity_id(entity) if entity is not None else None}

    def timeline(
        self, *, entity: str | None = None, query: str | Query | None = None, granularity: str = "month"
    ) -> Timeline:
        """Articles over time by month (or year), each counted once, each by its own date or
        the dates it cites; optionally only those mentioning `entity` or matching `query`.
        Raises LookupError (an unknown entity), QueryError, ValueError (a granularity)."""
        return self.corpus_stats().timeline(granularity=granularity, **self._scope(entity, query))

    def top_entities(
        self,
        limit: int = 10,
        *,
        entity: str | None = None,
        query: str | Query | None = None,
        granularity: str = "month",
    ) -> EntityTrends:
        """The most mentioned entities with their mentions per month (sparklines), in the
        articles mentioning `entity` or matching `query` if given."""
        return self.corpus_stats().top_entities(limit, granularity=granularity, **self._scope(entity, query))

    def cooccurrence(
        self, top: int = 10, *, entity: str | None = None, query: str | Query | None = None, limit: int | None = 50
    ) -> Cooccurrence:
        """Who appears with whom: pairs of entities by the paragraphs that mention both (with
        `entity`, its pairs only) and the matrix of the `top` entities."""
        return self.corpus_stats().cooccurrence(top, limit=limit, **self._scope(entity, query))

    def sources_by_publisher(
        self, *, entity: str | None = None, query: str | Query | None = None
    ) -> list[PublisherSources]:
        """Which sources each publisher's articles cite, publishers with most articles first."""
        return self.corpus_stats().sources_by_publisher(**self._scope(entity, query))

    def plot(
        self,
        kind: str,
        dest: Path,
        *,
        entity: str | None = None,
        query: str | Query | None = None,
        top: int = 10,
        granularity: str = "month",
        overwrite: bool = False,
    ) -> PlotResult:
        """Draw one picture of the corpus ("timeline", "entities", "cooccurrence", "sources")
        to `dest` (.svg or .png), captioned with the project, the query, the entity and the
        date. Nothing to draw: nothing written. Raises ValueError (an unknown kind or file
        format; a picture that needs the analysis under --no-nlp), LookupError, QueryError,
        ExportError (the file exists, or cannot be written)."""
        from belreader import plots

        if kind not in PLOT_KINDS:
            raise ValueError(f"unknown chart '{kind}'; use one of {', '.join(PLOT_KINDS)}")
        fmt = plots.plot_format(dest)
        if kind != "timeline" and not self.analysis:
            raise ValueError(f"the {kind} chart needs entities and sources; the corpus is read with --no-nlp")
        scope = self._scope(entity, query)
        stats = self.corpus_stats()
        data: Any
        if kind == "timeline":
            data = stats.timeline(granularity=granularity, **scope)
            shown = sum(p.total for p in data.periods)
            summary = f"{counted(shown, 'article', 'articles')} over {counted(len(data.periods), granularity, granularity + 's')}"
            empty = not shown
        elif kind == "entities":
            data = stats.top_entities(top, granularity=granularity, **scope)
            summary = (
                "the most mentioned entity"
                if len(data.entities) == 1
                else f"the {len(data.entities)} most mentioned entities"
            )
            empty = not data.entities
        elif kind == "cooccurrence":
            data = stats.cooccurrence(top, **scope)
            summary = f"{counted(len(data.ids), 'entity', 'entities')}, {counted(len(data.pairs), 'pair', 'pairs')}"
            empty = not data.pairs
        else:
            data = stats.sources_by_publisher(**scope)
            cited = {s.id for p in data for s in p.sources}
            summary = (
                f"{counted(len(data), 'publisher', 'publishers')} citing {counted(len(cited), 'source', 'sources')}"
            )
            empty = not cited
        if empty:
            return PlotResult(kind, None, f"nothing to draw: {summary}")
        text = query.text if isinstance(query, Query) else query
        caption = plots.Caption(
            project=self.project,
            date=clips_module.utc_now()[:10],
            query=text or None,
            entity=stats.name(scope["entity"]) if scope["entity"] else None,
        )
        image = plots.draw(kind, data, caption, fmt)
        return PlotResult(kind, plots.write_chart(image, dest, overwrite=overwrite), summary)

    # ------------------------------------------------------------------ clips

    def clip_store(self, *, writing: bool = False) -> ClipStore:
        """The clips database (opened on first use; one for the whole session). With `writing`,
        ClipStoreError when it can only be read. Raises ClipStoreError."""
        with self._store_lock:
            if self._store is None:
                self._store = ClipStore(self._clips_path or self._project.path(projects_module.CLIPS_FILE))
                if self._clips_path is None:
                    self._clips_notice = self._adopt_legacy_clips(self._store)
            store = self._store
        if writing:
            store.check_writable()
        return store

    @property
    def clips_warning(self) -> str | None:
        """What to tell the user once about the clips database (moved aside, read-only), and
        about the clips of before projects that were moved into this project or left for others."""
        store = self.clip_store()
        return "; ".join(w for w in (store.warning, self._clips_notice) if w) or None

    def clips(
        self, order: str = "position", *, reanchor: bool = True, tag: str | None = None
    ) -> tuple[list[Clip], str]:
        """Every clip in `order` ("position" or "newest"), or those with the tag `tag` (case
        ignored), re-anchored first against the current text of their articles (unless
        `reanchor` is False), and what re-anchoring found ("" if nothing to say). Raises
        ClipStoreError, ValueError for an unknown order."""
        if order not in CLIP_ORDERS:
            raise ValueError(f"unknown clip order {order!r}; expected one of {', '.join(CLIP_ORDERS)}")
        store = self.clip_store()
        summary = clips_module.reanchor_all(store, self.load_article).summary() if reanchor else ""
        found = store.list(order=order)
        if tag is not None:
            wanted = tag.strip().casefold()
            found = [c for c in found if any(t.casefold() == wanted for t in c.tags)]
        return found, summary

    def clip(self, clip_id: int) -> Clip | None:
        """One clip by its id (None: there is none), re-anchored first if its article's text
        changed since (an article that cannot be loaded leaves it as it is)."""
        store = self.clip_store()
        found = store.get(clip_id) if 0 < clip_id < 2**63 else None
        if found is None:
            return None
        try:
            article = self.load_article(found.article_id)
        except (LookupError, ValueError, OSError):
            return found
        return next((c for c in self.clips_for_article(article) if c.id == clip_id), found)

    def clips_for_article(self, article: Article) -> list[Clip]:
        """The article's clips in body order, re-anchored first if its text changed since."""
        store = self.clip_store()
        found = store.for_article(article.id)
        if any(c.content_hash != article.content_hash for c in found):
            store.reanchor({article.id: article})
            found = store.for_article(article.id)
        return found

    def toggle_clip(
        self,
        article: Article,
        start: int,
        end: int,
        *,
        whole_paragraph: int | None = None,
        claim: Claim | None = None,
        analysis: Analysis | None = None,
    ) -> Toggle:
        """Mark body[start:end] (or paragraph `whole_paragraph`), or unmark it if it is marked
        exactly. A clip with a note or tags is not unmarked but returned for confirmation. A clip
        made from `claim` records its speaker, verb and outlets (named as `analysis`'s sources
        name them). Raises ClipError (a span that cannot be marked), ClipStoreError."""
        with self._toggle_lock:
            store = self.clip_store()
            body = article.body
            a, b = start, end  # the store trims whitespace off a span; look for the trimmed span
            while a < b and body[a].isspace():
                a += 1
            while b > a and body[b - 1].isspace():
                b -= 1
            existing = store.find(article.id, a, b)
            if existing is not None:
                if existing.note.strip() or existing.tags:
                    return Toggle("confirm", existing)
                self._remove(existing)
                return Toggle("removed", existing)
            names = self.outlet_names(claim.outlets, [analysis] if analysis else None) if claim is not None else None
            if whole_paragraph is not None:
                clip = store.add_paragraph(article, whole_paragraph, claim=claim, outlet_names=names)
            else:
                clip = store.add(article, a, b, claim=claim, outlet_names=names)
            return Toggle("added", clip)

    def remove_clip(self, clip: Clip) -> bool:
        """Delete a clip, kept as `last_removed` for `undo_remove`. Raises ClipStoreError."""
        with self._toggle_lock:
            return self._remove(clip)

    def _remove(self, clip: Clip) -> bool:
        removed = self.clip_store().remove(clip.id)
        if removed:
            self.last_removed = clip
        return removed

    def remove_clips(self, clip_ids: Iterable[int]) -> list[int]:
        """Delete clips by id; returns the ids there was no clip with. Raises ClipStoreError."""
        store = self.clip_store(writing=True)
        return [i for i in clip_ids if not (0 < i < 2**63 and store.remove(i))]

    def restore_clip(self, clip: Clip) -> Clip:
        """Put a removed clip back as it was (same id, note, tags and place)."""
        with self._toggle_lock:
            return self.clip_store().restore(clip)

    def undo_remove(self) -> Clip | None:
        """Bring back the clip last unmarked or deleted (None if there is none)."""
        with self._toggle_lock:
            clip, self.last_removed = self.last_removed, None
            return self.clip_store().restore(clip) if clip is not None else None

    def update_clip(
        self, clip_id: int, note: str | None = None, tags: Iterable[str] | str | None = None
    ) -> Clip | None:
        return self.clip_store().update(clip_id, note=note, tags=tags)

    def move_clip(self, clip_id: int, position: int) -> Clip | None:
        return self.clip_store().move(clip_id, max(0, position))

    def count_clips(self) -> int:
        return self.clip_store().count()

    def clear_clips(self) -> int:
        """Delete every clip; returns how many there were. Raises ClipStoreError."""
        return self.clip_store(writing=True).clear()

    # ------------------------------------------------------------------ passages and export

    @staticmethod
    def clip_passage(clip: Clip) -> Passage:
        return Passage.from_clip(clip)

    @staticmethod
    def span_passage(article: Article, start: int, end: int) -> Passage:
        """A passage of `article` that is not (yet) a clip: the paragraph's citation, the span's text."""
        paragraph = article.paragraph_at(start) or article.paragraphs[0]
        passage = export_module.passages_from_paragraphs(article, [paragraph.index])[0]
        return replace(passage, quote=article.body[start:end], start=start, end=end)

    def passages(
        self,
        query: str | Query | None = None,
        *,
        limit: int = 1000,
        on_skip: Callable[[str, str], None] | None = None,
        on_reanchor: Callable[[str], None] | None = None,
        tag: str | None = None,
    ) -> list[Passage]:
        """What an export is made of: with no `query`, the clips (those tagged `tag` if given;
        re-anchored first, what that found goes to `on_reanchor`); with one, the paragraphs it matches in the articles it
        finds, best article first, from one parse and one match. `on_skip(article_id, reason)`
        hears of articles that cannot be read. Raises QueryError, ClipStoreError."""
        if query is None:
            clips, summary = self.clips(tag=tag)
            if summary and on_reanchor is not None:
                on_reanchor(summary)
            return export_module.passages_from_clips(clips)
        passages: list[Passage] = []
        results = self.search(searching.as_query(query), pagelen=limit, snippets=0, facets=False, suggest=False)
        match = self.match(results)  # the search's own: nothing is parsed or prepared again
        for hit in results.hits:
            try:
                article = self.load_article(hit.id)
            except (LookupError, ValueError, CorpusError) as exc:
                if on_skip is not None:
                    on_skip(hit.id, str(exc))
                continue
            paragraphs = self.highlights(match, article, self.analysis_for(article), spans=False).paragraphs
            passages.extend(export_module.passages_from_paragraphs(article, paragraphs))
        return passages

    def entities_for(self) -> Callable[[Passage], list | None]:
        """For a JSON export: the entity mentions inside each passage (from its article's analysis)."""
        cache: dict[str, Any] = {}

        def mentions_for(article_id: str):
            if article_id not in cache:
                try:
                    analysis = self.analysis_for(self.load_article(article_id))
                except (LookupError, ValueError, OSError):
                    analysis = None
                cache[article_id] = analysis.mentions if analysis is not None else None
            return cache[article_id]

        return export_module.mentions_within(mentions_for)

    def render(self, passages: Sequence[Passage], fmt: str, query: str | Query | None = None) -> str:
        """Passages in an export format (FORMATS), recording the query, the project and the date."""
        text = query.text if isinstance(query, Query) else query
        return export_module.render(
            passages,
            fmt,
            entities_for=self.entities_for() if fmt == "json" else None,
            info=ExportInfo(query=text or None, project=self.project),
        )

    def export(
        self,
        fmt: str,
        query: str | Query | None = None,
        *,
        dest: Path | None = None,
        overwrite: bool = False,
        limit: int = 1000,
        on_skip: Callable[[str, str], None] | None = None,
        on_reanchor: Callable[[str], None] | None = None,
        tag: str | None = None,
    ) -> ExportResult:
        """The export pipeline both front ends run: the passages (clips, those tagged `tag` if
        given, or what `query` matches),
        rendered in `fmt`, written to `dest` (atomically; an existing file only with `overwrite`)
        or, without `dest`, only rendered. Nothing to export: an empty result, nothing written.
        Raises QueryError, ClipStoreError, ExportError, ValueError (an unknown format)."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown format '{fmt}'; use one of {', '.join(FORMATS)}")
        passages = self.passages(query, limit=limit, on_skip=on_skip, on_reanchor=on_reanchor, tag=tag)
        if not passages:
            return ExportResult(passages)
        text = self.render(passages, fmt, query)
        written = export_module.write_export(text, dest, overwrite=overwrite) if dest is not None else None
        return ExportResult(passages, text, written)

    @staticmethod
    def copy(passage: Passage, osc52: Callable[[str], None] | None = None) -> str:
        """Copy a passage with its citation (system clipboard, else a file); the sentence saying
        where it went. Raises ExportError."""
        return export_module.copy_to_clipboard(export_module.to_plain(passage), osc52=osc52)

    @staticmethod
    def today() -> str:
        """Today as YYYYMMDD (the clock clips use, fixed in tests): for default file names."""
        return clips_module.utc_now()[:10].replace("-", "")

    # ------------------------------------------------------------------ projects (issue 13, defect 8)
    #
    # Each corpus is a project (belreader/projects.py) with its own clips, reader state, search
    # history, saved searches, read and starred marks and settings. A Library is one project;
    # switching projects is a new Library (`open_project`), never a change to this one.

    @property
    def project_key(self) -> str:
        """The project's key: its folder under the data and config dirs (`belreader projects`)."""
        return self._project.key

    @property
    def project_name(self) -> str:
        """The project's name as shown (its corpus folder's name)."""
        return self._project.name

    @property
    def project_dir(self) -> Path:
        """The project's data folder: clips, state, history, saved searches, marks."""
        return self._project.data_dir

    def export_folder(self) -> Path:
        """Where the reader saves an export unless told otherwise: the folder belreader was
        started from, where `belreader export -o NAME` writes NAME (a relative name typed in
        the reader lands there too); the project's exports folder (under the data dir) when
        that one cannot be written or is the file system's root (a desktop launcher's)."""
        try:
            here = Path.cwd()
        except OSError:  # started from a folder since removed
            here = None
        if here is not None and here != Path(here.anchor) and os.access(here, os.W_OK):
            return here
        return self.project_dir / "exports"

    @property
    def state_path(self) -> Path:
        """The reader's state file for this project (open article, scroll, query, layout). The
        reader reads it with `read_state()` and saves it with belreader.state.save_state."""
        return self._project.path(projects_module.STATE_FILE)

    def read_state(self) -> tuple[Any, str | None]:
        """The reader's saved state of this project (belreader.state.UIState) and a one-line
        notice when the file was unreadable and moved aside. A project without a state of its
        own starts from the state of before projects when that was saved for this corpus (its
        recent queries also seed the search history), once."""
        from belreader import state as state_module

        path = self.state_path
        if not path.exists():
            self._adopt_legacy_state()
        return state_module.read_state(path)

    def _adopt_legacy_state(self) -> None:
        from belreader import state as state_module

        legacy = projects_module.legacy_state_path()
        if not legacy.is_file():
            return
        old, _ = state_module.read_state(legacy)
        if old.corpus is None or Path(old.corpus) != self.corpus:
            return
        try:
            if not self.state_path.exists():
                state_module.save_state(old, self.state_path)
            history = self._history()
            if old.recent_queries and not history.entries():
                for query in reversed(old.recent_queries):
                    history.add(query)
        except OSError:
            pass

    @staticmethod
    def projects() -> list[projects_module.ProjectInfo]:
        """Every project used so far, most recently used first: corpus, articles (as its index
        last held them), clips, last used, analysis on or off."""
        return projects_module.list_projects(_count_clips)

    @staticmethod
    def unsorted_clips() -> tuple[Path, int] | None:
        """The clips of before projects not yet moved into a project (their corpus was not
        opened since): the file that keeps them and how many; None when there are none."""
        legacy = projects_module.legacy_clips_path()
        if not legacy.is_file():
            return None
        count = _count_clips(legacy)
        return (legacy, count) if count else None

    def open_project(self, project: str | Path) -> Library:
        """Another project as a new Library (the reader's project switcher): `project` is a
        corpus folder, or a project's key or corpus name from `projects()`. Its index is the
        one it was last used with (`--index`), else the default for that corpus; its analysis is
        its own setting. Raises LookupError, CorpusError."""
        found = projects_module.find_project(str(project))
        return Library(found.corpus, found.index_dir())

    def _adopt_legacy_clips(self, store: ClipStore) -> str | None:
        """Move the clips of before projects whose article lies in this corpus into this
        project's database; say what was moved and what was left (for their own projects)."""
        legacy = projects_module.legacy_clips_path()
        if not legacy.is_file() or store.read_only or legacy.resolve() == store.path.resolve():
            return None
        try:
            report = clips_module.move_clips(
                legacy, store, lambda c: projects_module.inside(c.article_path, self.corpus)
            )
        except ClipStoreError as exc:
            return f"the clips of earlier versions could not be moved into this project ({exc})"
        parts = [report.warning] if report.warning else []
        if report.moved:
            parts.append(f"moved {report.moved} clip{'s' if report.moved != 1 else ''} of this corpus into its project")
        if report.left and (report.moved or not self._project.record().get("told_of_legacy_clips")):
            parts.append(
                f"{report.left} clip{'s' if report.left != 1 else ''} of other corpora stay in {legacy} "
                "until their corpus is opened"
            )
            self._project_flag("told_of_legacy_clips")
        return "; ".join(parts) or None

    def _project_flag(self, name: str) -> None:
        from belreader import config

        try:
            config.update_json(
                self._project.path(projects_module.PROJECT_FILE), lambda data: data.__setitem__(name, True)
            )
        except OSError:
            pass

    # ------------------------------------------------------------------ settings (issue 13, defect 9)

    def settings(self) -> projects_module.Settings:
        """The project's stored settings (analysis None: never set, i.e. on)."""
        return self._project.settings()

    def analysis_cost(self, on: bool) -> str:
        """What switching analysis to `on` costs, in words (the rebuild and its likely time,
        from the article count), or that nothing changes."""
        if self.exists() and self.analysis == on and self.indexed_analysis() == on:
            return f"analysis is already {'on' if on else 'off'}: nothing to rebuild"
        try:
            articles = self.doc_count() if self.exists() else None
        except Exception:
            articles = None
        if articles is None:
            articles = self._project.record().get("articles")
        if type(articles) is not int:
            return "the index is built " + ("with" if on else "without") + " entities and claims on its first use"
        return projects_module.analysis_cost(articles, on)

    def indexed_analysis(self) -> bool | None:
        """Whether the index on disk was built with analysis (None: no index, or its metadata
        cannot be read)."""
        from belreader import config
        from belreader.index import META_FILE

        meta = config.read_json_object(self.index_dir / META_FILE)[0] if (self.index_dir / META_FILE).exists() else {}
        value = meta.get("analysis")
        return value if isinstance(value, bool) else None

    def set_search_engine(
        self, backend: str | None, url: str | None = None, prefix: str | None = None
    ) -> projects_module.Settings:
        """Store the project's search engine (`backend` None: clear it, back to Whoosh): the
        choice is checked as the command line's is (IndexProblem) before anything is written,
        and applies to Libraries opened after it. Raises OSError."""
        if backend is not None or url is not None:
            backends.check(backend, url, prefix)  # the same checks as --backend/--url
        if backend is None and url is not None:
            backend = "opensearch"
        return self._project.change_settings(backend=backend, opensearch_url=url, index_prefix=prefix)

    def set_analysis(self, on: bool) -> projects_module.Settings:
        """Store analysis on or off as the project's setting. This Library keeps the analysis
        it was made with: open a new one (`open_project(self.corpus)` or `Library(corpus)`);
        its next update rebuilds the index (`analysis_cost` says what that costs). Raises OSError."""
        return self._project.change_settings(analysis=bool(on))

    # ------------------------------------------------------------------ search history and saved searches

    def _history(self):
        from belreader.history import SearchHistory

        return SearchHistory(self._project.path(projects_module.HISTORY_FILE))

    def _saved(self):
        from belreader.history import SavedSearches

        return SavedSearches(self._project.path(projects_module.SEARCHES_FILE))

    def search_history(self) -> list[str]:
        """This project's queries, newest first, each once (the reader's up/down in the search box)."""
        return self._history().entries()

    def remember_search(self, query: str | Query) -> list[str]:
        """Put a query first in this project's history (bounded, each query once; written
        atomically, safe beside another belreader). Returns the history. Raises OSError."""
        return self._history().add(query.text if isinstance(query, Query) else query)

    def forget_search(self, query: str) -> bool:
        """Take one query out of the history."""
        return self._history().remove(query)

    def clear_search_history(self) -> int:
        return self._history().clear()

    def saved_searches(self) -> list[SavedSearch]:
        """This project's named searches (SavedSearch: name, query, created),
        by name: the reader's palette and list, `belreader searches`."""
        return self._saved().all()

    def saved_search(self, name: str) -> SavedSearch:
        """The saved search called `name` (case-insensitive when unambiguous). Raises LookupError."""
        return self._saved().get(name)

    def save_search(self, name: str, query: str | Query, *, overwrite: bool = False) -> SavedSearch:
        """Save a query under a name (the reader's ctrl+s, `belreader search --save NAME`). The
        query is checked first. Raises QueryError, ValueError (a bad or taken name: SearchNameError,
        an empty query), OSError."""
        parsed = query if isinstance(query, Query) else self.query(query)
        return self._saved().save(name, parsed.text, overwrite=overwrite)

    def delete_saved_search(self, name: str) -> bool:
        """Delete a saved search; False when there is none by that name. Raises OSError."""
        return self._saved().delete(name)

    # ------------------------------------------------------------------ read and starred articles

    def _marks(self):
        from belreader.reading import ReadingMarks

        return ReadingMarks(self._project.path(projects_module.MARKS_FILE))

    def mark_read(self, article_ids: str | Sequence[str], read: bool = True) -> int:
        """Mark articles read (or unread); returns how many changed. Raises OSError."""
        return self._marks().set("read", article_ids if isinstance(article_ids, str) else list(article_ids), read)

    def star(self, article_ids: str | Sequence[str], starred: bool = True) -> int:
        """Star (or unstar) articles; returns how many changed. Raises OSError."""
        return self._marks().set("starred", article_ids if isinstance(article_ids, str) else list(article_ids), starred)

    def toggle_star(self, article_id: str) -> bool:
        """Star an unstarred article or unstar a starred one; returns whether it is now starred."""
        marks = self._marks()
        now = not marks.has("starred", article_id)
        marks.set("starred", article_id, now)
        return now

    def read_ids(self) -> set[str]:
        """Ids of the articles marked read in this project."""
        return set(self._marks().ids("read"))

    def starred_ids(self) -> list[str]:
        """Ids of this project's starred articles, most recently starred first (also articles no
        longer indexed: filter by `summaries()` to show them)."""
        return list(self._marks().ids("starred"))

    def article_url(self, article: Article | str) -> str | None:
        """The article's web address (front matter `url`, HTML canonical link or og:url) when it
        is an http(s) URL, else None: what the reader's `o` opens. Raises LookupError,
        ValueError, CorpusError for an article id that cannot be read."""
        if isinstance(article, str):
            article = self.load_article(self.resolve(article).id)
        url = (article.url or "").strip()
        return url if url.lower().startswith(("http://", "https://")) and not any(c.isspace() for c in url) else None


def _spellings(name: str, spellings: Iterable[str]) -> tuple[str, ...]:
    """`spellings` other than `name` (case aside), each once, in order."""
    out: dict[str, str] = {}
    for spelling in spellings:
        key = " ".join(spelling.split()).casefold()
        if key and key != name.casefold():
            out.setdefault(key, " ".join(spelling.split()))
    return tuple(out.values())


def _count_clips(path: Path) -> int | None:
    try:
        with ClipStore(path, read_only=True) as store:
            return store.count()
    except ClipStoreError:
        return None
