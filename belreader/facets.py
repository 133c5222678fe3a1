"""Facets you can select (issue 13, Datashare's filter sidebar): publisher, author, month,
folder, tag, entity, speaker and source, each with counts for the current results, combinable,
with "exclude".

Works on the corpus as `CorpusStats` holds it (duplicates folded: an article and its copies
count once, and a filter gives back the copies too, as the Corpus screen's filters do). A
`FacetIndex` reads each distinct article's values once (`from_stats`); `counts` then answers
for some articles (a query's, or all) and some chosen values:

- within one facet, the values chosen are alternatives (publisher BBC *or* Reuters);
- across facets they must all hold (and an excluded value must not);
- a facet's own counts leave that facet's choices out (the usual "disjunctive" counting), so
  the other publishers keep their counts while one is chosen, and a chosen or excluded value
  stays in its list.

Authors and tags are the articles' own (their metadata or front matter: "Tags: a, b"). A
month range (brushing the histogram) is its months chosen together (`month_range`).

Reading every article and analysis is what costs (seconds on 2,000 articles); the values it
gives are small, so `to_dict`/`from_dict` let the Library keep them beside the index for the
index's state (`Library.facets`), and a later reader or command reads them back at once. After
an update, what each article gives that depends on its file alone (`ArticleFacts`: its month,
its entities, speakers and sources, by content hash) is kept too, so only the files the update
changed are read again; `FacetIndex.build` then does the corpus-wide part (duplicates folded,
entities merged and named) from the index's stored fields, as `from_stats` does from the
statistics.

Headless: the reader's Facets screen and any script read the same numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from belreader.corpus_stats import ENTITY_LABELS, PUBLISHED, UNKNOWN_PUBLISHER, CorpusStats, Entry, article_date
from belreader.documents import ArticleSummary, slug
from belreader.nlp.records import Analysis, Entity

if TYPE_CHECKING:
    from belreader.article import Article

FACETS: Final = ("publisher", "author", "month", "folder", "tag", "entity", "speaker", "source")
FACET_TITLES: Final = {
    "publisher": "Publisher",
    "author": "Author",
    "month": "Month",
    "folder": "Folder",
    "tag": "Tag",
    "entity": "Entity",
    "speaker": "Speaker",
    "source": "Source",
}
NO_MONTH: Final = "(no month)"
TOP_FOLDER: Final = "(top folder)"
_NOT_CITED = frozenset({"publisher", "author"})  # an article's own publisher and author are not sources it cites


def publisher_value(publisher: str | None) -> str:
    """The publisher facet's value for an article's publisher (the Sources tab filters by it)."""
    return (publisher or "").strip() or UNKNOWN_PUBLISHER


@dataclass(frozen=True, slots=True)
class FacetFilter:
    """One chosen value of a facet; `exclude`: the articles with it are left out."""

    facet: str
    value: str
    exclude: bool = False

    def __post_init__(self) -> None:
        if self.facet not in FACETS:
            raise ValueError(f"unknown facet '{self.facet}'; use one of {', '.join(FACETS)}")


@dataclass(frozen=True, slots=True)
class FacetValue:
    """A value of a facet with the number of articles that have it; `chosen` "include",
    "exclude" or None."""

    facet: str
    value: str
    label: str
    count: int
    chosen: str | None = None


@dataclass(slots=True)
class FacetCounts:
    """Every facet's values with counts, and the articles the choices leave (copies included)."""

    facets: dict[str, list[FacetValue]]
    article_ids: list[str]
    articles: int  # distinct articles (copies folded)
    scope: int  # distinct articles before any facet was chosen (the query's, or all)
    filters: tuple[FacetFilter, ...] = field(default_factory=tuple)

    def describe(self, labels: Mapping[tuple[str, str], str] | None = None) -> str:
        """The choices in words: 'publisher: BBC News or Reuters · not entity: Tony Blair'."""
        names = labels or {(v.facet, v.value): v.label for values in self.facets.values() for v in values}
        parts = []
        for facet in FACETS:
            chosen = [f for f in self.filters if f.facet == facet and not f.exclude]
            left_out = [f for f in self.filters if f.facet == facet and f.exclude]
            if facet == "month" and len(chosen) > 2:  # a brushed range: its ends
                months = sorted(f.value for f in chosen)
                parts.append(f"month: {months[0]} to {months[-1]} ({len(months)} months)")
            elif chosen:
                parts.append(f"{facet}: " + " or ".join(names.get((facet, f.value), f.value) for f in chosen))
            if left_out:
                parts.append(f"not {facet}: " + ", ".join(names.get((facet, f.value), f.value) for f in left_out))
        return " · ".join(parts)


def month_range(months: Sequence[str], first: str, last: str) -> list[str]:
    """The months of `months` from `first` to `last` (either order, both included), for a brush
    over the histogram; the undated bucket is never in a range."""
    dated = sorted(m for m in months if m != NO_MONTH)
    low, high = sorted((first, last))
    return [m for m in dated if low <= m <= high]


@dataclass(frozen=True, slots=True)
class _Row:
    """One distinct article: its id, the ids of its copies, its values per facet."""

    id: str
    copies: tuple[str, ...]
    values: dict[str, frozenset[str]]


FORMAT: Final = 1  # the layout of `to_dict`: a change makes stored ones unreadable (counted again)


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """What one article's file gives the facets, whatever the rest of the corpus holds: its
    month (and whether its own date gave it), its entities (for their names and the corpus's
    links), the entities it mentions, its speakers as written and the sources it cites."""

    month: str | None
    published: bool
    entities: tuple[tuple[str, str, str, int, tuple[str, ...]], ...] = ()  # id, name, label, count, spellings
    mentioned: tuple[str, ...] = ()  # entity ids of its mentions (ENTITY_LABELS)
    speakers: tuple[tuple[str, str], ...] = ()  # (speaker id or slug, the speaker as written)
    sources: tuple[tuple[str, str], ...] = ()  # (source id, name), its own publisher and author left out
    titles: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (person id, the offices written before it)

    @classmethod
    def of(cls, article: Article, analysis: Analysis | None) -> ArticleFacts:
        date = article_date(article)
        month = date.period("month") if date is not None else None
        published = date is not None and date.basis == PUBLISHED
        if analysis is None:
            return cls(month, published)
        return cls(
            month,
            published,
            tuple((e.id, e.name, e.label, e.count, tuple(e.aliases_seen)) for e in analysis.entities),
            tuple(dict.fromkeys(m.entity_id for m in analysis.mentions if m.label in ENTITY_LABELS)),
            tuple(dict.fromkeys((c.speaker_id or slug(c.speaker), c.speaker) for c in analysis.claims if c.speaker)),
            tuple(dict.fromkeys((s.id, s.name) for s in analysis.sources if s.kind not in _NOT_CITED)),
            tuple((e.id, tuple(e.titles)) for e in analysis.entities if e.titles),
        )

    def to_list(self) -> list:
        return [
            self.month,
            self.published,
            [[i, n, label, c, list(a)] for i, n, label, c, a in self.entities],
            list(self.mentioned),
            [list(x) for x in self.speakers],
            [list(x) for x in self.sources],
            [[i, list(t)] for i, t in self.titles],
        ]

    @classmethod
    def from_list(cls, data: Sequence) -> ArticleFacts:
        """Facts stored by `to_list`. Raises ValueError when they are not that."""
        try:
            month, published, entities, mentioned, speakers, sources, *rest = data
            titles = rest[0] if rest else []  # facts stored before the offices were kept have none
            return cls(
                None if month is None else str(month),
                bool(published),
                tuple((str(i), str(n), str(label), int(c), tuple(str(x) for x in a)) for i, n, label, c, a in entities),
                tuple(str(m) for m in mentioned),
                tuple((str(i), str(n)) for i, n in speakers),
                tuple((str(i), str(n)) for i, n in sources),
                tuple((str(i), tuple(str(x) for x in t)) for i, t in titles),
            )
        except (TypeError, ValueError) as exc:
            raise ValueError(f"not stored article facts ({exc})") from None

    def people(self, article_id: str) -> Analysis:
        """The article's entities as an analysis holding nothing else (what the corpus's
        links between spellings of one person are worked out from: nlp.corpus_links)."""
        titles = dict(self.titles)
        entities = [
            Entity(i, n, label, None, list(a), c, list(titles.get(i, ()))) for i, n, label, c, a in self.entities
        ]
        return Analysis(article_id, "", "", entities=entities)


class FacetIndex:
    """Each distinct article's facet values (read once per state of the corpus)."""

    def __init__(self, rows: Sequence[_Row] = (), labels: Mapping[tuple[str, str], str] | None = None) -> None:
        self.rows = list(rows)
        self.labels: dict[tuple[str, str], str] = dict(labels or {})  # (facet, value) -> the value in words
        self.values: dict[str, dict[str, frozenset[str]]] = {row.id: row.values for row in self.rows}
        self._of_copy = {copy: row for row in self.rows for copy in row.copies}
        self._by_id = {row.id: row for row in self.rows}

    @classmethod
    def from_stats(cls, stats: CorpusStats, corpus: Path | str) -> FacetIndex:
        reader = _Reader(stats, Path(corpus))
        rows = [_Row(entry.id, tuple(entry.copies), reader.read(entry)) for entry in stats.entries]
        return cls(rows, reader.labels)

    @classmethod
    def build(
        cls,
        summaries: Sequence[ArticleSummary],
        facts: Mapping[str, ArticleFacts],
        duplicate_keys: Mapping[str, str],
        links: Mapping[str, str],
        corpus: Path | str,
    ) -> FacetIndex:
        """The values `from_stats` finds, from the index's stored fields (`summaries`), each
        article's `facts` by id (an article without is left out, as an unreadable file is),
        the stored duplicate-group keys (every article must have one) and the corpus's
        entity `links` (nlp.corpus_links over every article's `ArticleFacts.people`)."""
        groups: dict[str, list[ArticleSummary]] = {}
        for summary in sorted((s for s in summaries if s.id in facts), key=lambda s: s.id):
            groups.setdefault(duplicate_keys[summary.id], []).append(summary)
        firsts: list[tuple[ArticleSummary, tuple[str, ...]]] = []
        for members in groups.values():
            first = next((c for c in members if facts[c.id].published), members[0])
            firsts.append((first, tuple(c.id for c in members if c.id != first.id)))
        firsts.sort(key=lambda item: item[0].id)

        of = getattr(links, "of", None)  # a surname several people share: linked per article

        def counted_as(entity_id: str, article_id: str) -> str:
            return of(entity_id, article_id) if of is not None else links.get(entity_id, entity_id)

        own: dict[str, str] = {}  # as CorpusStats names entities: the longest name of the id itself,
        linked: dict[str, str] = {}  # else the name of an entity counted as it
        for summary, _ in firsts:
            for entity_id, name, _label, _count, _spellings in facts[summary.id].entities:
                counted = counted_as(entity_id, summary.id)
                if counted != entity_id:
                    linked.setdefault(counted, name)
                elif len(name) > len(own.get(counted, "")):
                    own[counted] = name
        names = {**linked, **own}
        reader = _Reader(None, Path(corpus))
        rows = []
        for summary, copies in firsts:
            found = facts[summary.id]
            publisher = publisher_value(summary.publisher)
            author = " ".join((summary.author or "").split())
            values: dict[str, set[str]] = {
                "publisher": {reader._label("publisher", publisher, publisher)},
                "author": {reader._label("author", author.casefold(), author)} if author else set(),
                "month": {reader._label("month", found.month or NO_MONTH, found.month or NO_MONTH)},
                "folder": {reader._folder(Path(summary.path))},
                "tag": {reader._label("tag", t.casefold(), t) for tag in summary.tags if (t := " ".join(tag.split()))},
                "entity": set(),
                "speaker": set(),
                "source": set(),
            }
            for entity_id in found.mentioned:
                counted = counted_as(entity_id, summary.id)
                values["entity"].add(reader._label("entity", counted, names.get(counted, counted)))
            for speaker_id, written in found.speakers:
                speaker = counted_as(speaker_id, summary.id)
                name = names.get(speaker, speaker)
                values["speaker"].add(reader._label("speaker", speaker, name if name != speaker else written))
            for source_id, source_name in found.sources:
                values["source"].add(reader._label("source", source_id, source_name))
            rows.append(_Row(summary.id, copies, {facet: frozenset(v) for facet, v in values.items()}))
        return cls(rows, reader.labels)

    def to_dict(self) -> dict:
        """The values as plain JSON (FacetIndex.from_dict reads them back)."""
        return {
            "format": FORMAT,
            "rows": [[r.id, list(r.copies), {f: sorted(v) for f, v in r.values.items() if v}] for r in self.rows],
            "labels": [[facet, value, label] for (facet, value), label in self.labels.items() if label != value],
        }

    @classmethod
    def from_dict(cls, data: Mapping) -> FacetIndex:
        """Values stored by `to_dict`. Raises ValueError when they are not that."""
        try:
            if data.get("format") != FORMAT:
                raise ValueError("another format")
            rows = [
                _Row(
                    str(article_id),
                    tuple(str(c) for c in copies),
                    {facet: frozenset(str(v) for v in values.get(facet, ())) for facet in FACETS},
                )
                for article_id, copies, values in data["rows"]
            ]
            labels = {(str(f), str(v)): str(label) for f, v, label in data["labels"]}
        except (KeyError, TypeError, AttributeError) as exc:
            raise ValueError(f"not stored facets ({exc})") from None
        return cls(rows, labels)

    def label(self, facet: str, value: str) -> str:
        """A value in words (an entity's name for its id), else the value itself."""
        return self.labels.get((facet, value)) or value

    def scope(self, ids: Iterable[str] | None) -> list[_Row]:
        """The distinct articles among `ids` (None: all; an article counts when any of its
        copies is named)."""
        if ids is None:
            return self.rows
        found: dict[str, _Row] = {}
        for article_id in ids:
            row = self._by_id.get(article_id) or self._of_copy.get(article_id)
            if row is not None:
                found.setdefault(row.id, row)
        return [row for row in self.rows if row.id in found]

    def counts(
        self,
        ids: Iterable[str] | None = None,
        filters: Sequence[FacetFilter] = (),
        limit: int | None = 50,
    ) -> FacetCounts:
        """The facets of the articles among `ids` (None: all; an article counts when any of its
        copies is named) under the chosen `filters`: each facet's `limit` most frequent values
        (every month; the chosen values always), and the articles the filters leave."""
        rows = self.scope(ids)
        chosen = tuple(dict.fromkeys(filters))
        matching = [r for r in rows if _keeps(r.values, chosen)]
        facets: dict[str, list[FacetValue]] = {}
        for facet in FACETS:
            others = [f for f in chosen if f.facet != facet]
            counted: Counter[str] = Counter()
            for row in rows:
                if _keeps(row.values, others):
                    counted.update(row.values[facet])
            states = {f.value: "exclude" if f.exclude else "include" for f in chosen if f.facet == facet}
            if facet == "month":  # newest first, every month (a histogram), those without one last
                order = sorted((v for v in counted if v != NO_MONTH), reverse=True)
                order += [NO_MONTH] if NO_MONTH in counted else []
            else:
                order = sorted(counted, key=lambda v: (-counted[v], self.label(facet, v).casefold()))
                if limit is not None:
                    order = order[:limit]
            order += [v for v in states if v not in order]
            facets[facet] = [
                FacetValue(facet, v, self.label(facet, v), counted.get(v, 0), states.get(v)) for v in order
            ]
        article_ids = sorted({i for r in matching for i in (r.id, *r.copies)})
        return FacetCounts(facets, article_ids, len(matching), len(rows), chosen)


class _Reader:
    """Reads the facet values of CorpusStats entries, naming the values as it goes."""

    def __init__(self, stats: CorpusStats | None, corpus: Path) -> None:
        self.stats = stats
        self.corpus = corpus
        self._root: Path | None = None
        self._parents: dict[Path, Path] = {}
        self.labels: dict[tuple[str, str], str] = {}

    def _label(self, facet: str, value: str, label: str) -> str:
        key = (facet, value)
        known = self.labels.get(key)
        if known is None or (facet != "entity" and len(label) > len(known)):
            self.labels[key] = label
        return value

    def read(self, entry: Entry) -> dict[str, frozenset[str]]:
        stats = self.stats
        assert stats is not None
        article, analysis = entry.article, entry.analysis
        month = entry.date.period("month") if entry.date is not None else None
        author = " ".join((article.author or "").split())
        values: dict[str, set[str]] = {
            "publisher": {self._label("publisher", entry.publisher, entry.publisher)},
            "author": {self._label("author", author.casefold(), author)} if author else set(),
            "month": {self._label("month", month or NO_MONTH, month or NO_MONTH)},
            "folder": {self._folder(article.path)},
            "tag": {self._label("tag", t.casefold(), t) for tag in article.tags if (t := " ".join(tag.split()))},
            "entity": set(),
            "speaker": set(),
            "source": set(),
        }
        if analysis is not None:
            for mention in analysis.mentions:
                if mention.label in ENTITY_LABELS:
                    counted = stats.entity_of(mention.entity_id, entry.id)
                    values["entity"].add(self._label("entity", counted, stats.name(counted)))
            for claim in analysis.claims:
                if claim.speaker:
                    speaker = stats.entity_of(claim.speaker_id or slug(claim.speaker), entry.id)
                    name = stats.name(speaker)
                    values["speaker"].add(self._label("speaker", speaker, name if name != speaker else claim.speaker))
            for source in analysis.sources:
                if source.kind not in _NOT_CITED:
                    values["source"].add(self._label("source", source.id, source.name))
        return {facet: frozenset(found) for facet, found in values.items()}

    def _folder(self, path: Path) -> str:
        path = Path(path)
        if self._root is None:
            self._root = self.corpus.resolve()
        if path.is_symlink():
            real = path.resolve()
        else:  # each folder resolved once, not each of its thousand files
            parent = self._parents.get(path.parent)
            if parent is None:
                parent = self._parents[path.parent] = path.parent.resolve()
            real = parent / path.name
        try:
            relative = real.relative_to(self._root)
        except ValueError:
            relative = Path(path.name)
        folder = relative.parent.as_posix()
        name = TOP_FOLDER if folder in ("", ".") else folder
        return self._label("folder", name, name)


def _keeps(values: Mapping[str, frozenset[str]], filters: Sequence[FacetFilter]) -> bool:
    """Whether an article with `values` passes `filters`: one of each facet's chosen values,
    none of the excluded ones."""
    wanted: dict[str, set[str]] = {}
    for chosen in filters:
        if chosen.exclude:
            if chosen.value in values[chosen.facet]:
                return False
        else:
            wanted.setdefault(chosen.facet, set()).add(chosen.value)
    return all(values[facet] & options for facet, options in wanted.items())
