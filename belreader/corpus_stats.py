"""The corpus at a glance: articles over time, the most mentioned entities, who appears with
whom, and which sources each publisher cites (issue 14, "Pictures").

Headless and engine-neutral: it works on articles and their analyses, as the Library holds
them, and returns plain dataclasses the reader draws and `belreader plot` charts.

- Dates: an article's own date (front matter, HTML metadata or a JSON record's field, as
  the loader gives it; `date_source` names which) is "published". An article without one
  is placed by the dates it cites ("cited"): the month it cites most often (ties: the latest), read with quantities.parse_dates. A cited
  date without a year ("September 14") takes the latest year the same article cites; one
  with no year anywhere in the article places nothing. Every count says which kind it used.
- Dates that cannot be publication dates do not stretch the axis: a date after today (a
  forecast, "by 2048", or a wrong date in metadata) never places an article, and an article
  placed by its cited dates far from the rest of the corpus (a history piece citing only 1935:
  beyond Tukey's fences, 1.5 interquartile ranges, at least two years, past the quartiles of all
  the dates) is counted as `outside`, not drawn. Own dates are publication dates: always drawn.
- Duplicates: articles with the same or nearly the same text (the index's stored keys, or
  duplicates.group_keys without them, as search folds them into "also in") are counted once, as their first copy by id (a copy with an own date first).
- Entities: people, organisations, places, nationalities and events (not dates or amounts);
  surname-only people are counted as the full name they stand for when the caller passes
  those links (nlp.corpus_links, as `belreader entities` does).
- Co-occurrence: two entities co-occur in a paragraph that mentions both; a pair's weight is
  the number of such paragraphs (and, beside it, of articles).
- Sources by publisher: the outlets an article cites (its analysis's sources, less its own
  publisher and author), per publisher of the citing articles.

Filters narrow every picture to some articles: `ids` (a query's hits, and their duplicates)
and `entity` (the articles that mention it). The other way round, `period_ids`, `entity_ids`
and `pair_ids` give the articles behind a bar, an entity or a pair (copies included), for
the reader's article list.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date as Date
from itertools import combinations
from typing import Final, Literal

from belreader.article import Article
from belreader.documents import source_id
from belreader.duplicates import duplicate_groups
from belreader.nlp.people import chosen_name
from belreader.nlp.records import Analysis
from belreader.quantities import parse_article_date, parse_dates

__all__ = [
    "CITED",
    "ENTITY_LABELS",
    "GRANULARITIES",
    "PUBLISHED",
    "ArticleDate",
    "CitedSource",
    "CorpusStats",
    "Cooccurrence",
    "EntityTrend",
    "EntityTrends",
    "Entry",
    "Pair",
    "Period",
    "PublisherSources",
    "Timeline",
    "article_date",
    "cited_date",
    "date_source",
]

PUBLISHED: Final = "published"
CITED: Final = "cited"
Basis = Literal["published", "cited"]
GRANULARITIES = ("month", "year")
ENTITY_LABELS = frozenset({"PERSON", "ORG", "PLACE", "NORP", "EVENT"})
UNKNOWN_PUBLISHER = "(unknown)"  # the publisher facet's name for articles without one
# What dated an article, in words: its own date by the kind of file it came from (the loader
# reads dates from front matter, HTML <meta> tags and JSON records), else the dates it cites.
OWN_DATE_SOURCES = {".html": "HTML metadata", ".htm": "HTML metadata", ".json": "JSON record", ".jsonl": "JSON record"}
FRONT_MATTER = "front matter"
CITED_DATES = "cited dates"
# Empty periods between the first and the last are filled in (a histogram shows gaps) unless
# an outlier would make the axis absurdly long: then only periods with articles are listed.
MAX_FILLED_PERIODS = 600
# Cited dates beyond the fences (in months) are outliers: the fences are FENCE_IQRS
# interquartile ranges past the quartiles of every placed date, and at least FENCE_MIN_MONTHS.
FENCE_IQRS = 1.5
FENCE_MIN_MONTHS = 24
FENCE_MIN_DATES = 4  # fewer dates than this: no quartiles to speak of, nothing is left out


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, slots=True)
class ArticleDate:
    """When an article is placed in time, and on what basis: its own date ("published") or
    the dates it cites ("cited"). `month` None: known only to the year. `text` is the date as
    written (the metadata value, or the cited words chosen)."""

    year: int
    month: int | None
    basis: Basis
    text: str = ""

    def period(self, granularity: str = "month") -> str | None:
        """ "2020-09" (month), "2020" (year); None when the date is less precise than that."""
        if granularity == "year":
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}" if self.month is not None else None


def _after(year: int, month: int | None, today: Date) -> bool:
    """Is a date known to (year, month) later than today? (A year alone: only a later year.)"""
    return (year, month or 1) > (today.year, today.month)


def article_date(article: Article, today: Date | None = None) -> ArticleDate | None:
    """The article's own date if it has one (and it is not after `today`: not a publication
    date), else the date it cites most (see `cited_date`)."""
    today = today or Date.today()
    own = parse_article_date(article.date)
    if own is not None and not _after(own.year, own.month, today):
        return ArticleDate(own.year, own.month, PUBLISHED, article.date or "")
    if article.date and own is None:  # metadata with less than a day: "September 2020", "2020"
        for found in parse_dates(article.date):
            if found.resolved and found.year is not None and not _after(found.year, found.month, today):
                return ArticleDate(found.year, found.month, PUBLISHED, article.date)
    return cited_date(article.body, today)


def cited_date(text: str, today: Date | None = None) -> ArticleDate | None:
    """The month `text` cites most often (ties: the latest), or its most cited year when it
    names no month with a year. Year-less dates ("September 14", "in May") take the latest
    year the text cites; relative dates ("yesterday") cannot be placed and are left out, and
    so are dates after `today` (a forecast, "by 2048": the text was written before them)."""
    today = today or Date.today()
    found = [d for d in parse_dates(text) if d.resolved and (d.year is not None or d.month is not None)]
    found = [d for d in found if d.year is None or not _after(d.year, d.month, today)]
    years = [d.year for d in found if d.year is not None]
    if not years:
        return None
    assumed_year = max(years)
    months: Counter[tuple[int, int]] = Counter()
    written: dict[tuple[int, int], str] = {}
    for d in found:
        if d.month is None:
            continue
        key = (d.year if d.year is not None else assumed_year, d.month)
        months[key] += 1
        written.setdefault(key, d.text)
    if months:
        (year, month), _ = max(months.items(), key=lambda item: (item[1], item[0]))
        return ArticleDate(year, month, CITED, written[(year, month)])
    counted = Counter(years)
    year, _ = max(counted.items(), key=lambda item: (item[1], item[0]))
    return ArticleDate(year, None, CITED, str(year))


def _months(date: ArticleDate) -> float:
    """The date as months since year 0 (a year alone: its middle), to measure spreads."""
    return date.year * 12 + (date.month - 1 if date.month is not None else 5.5)


def fences(dates: Sequence[ArticleDate]) -> tuple[float, float] | None:
    """The range of months outside which a cited date is an outlier (Tukey's fences on all the
    dates given), or None when there are too few dates to tell."""
    if len(dates) < FENCE_MIN_DATES:
        return None
    values = sorted(_months(d) for d in dates)

    def quartile(q: float) -> float:
        at = q * (len(values) - 1)
        low = int(at)
        high = min(low + 1, len(values) - 1)
        return values[low] + (values[high] - values[low]) * (at - low)

    q1, q3 = quartile(0.25), quartile(0.75)
    reach = max(FENCE_IQRS * (q3 - q1), FENCE_MIN_MONTHS)
    return q1 - reach, q3 + reach


def date_source(article: Article, date: ArticleDate | None) -> str | None:
    """What placed the article in time: "front matter", "HTML metadata", "JSON record" (its own
    date, by the kind of file) or "cited dates"; None when nothing did."""
    if date is None:
        return None
    if date.basis == CITED:
        return CITED_DATES
    return OWN_DATE_SOURCES.get(article.path.suffix.lower(), FRONT_MATTER)


# --------------------------------------------------------------------------- the corpus


@dataclass(frozen=True, slots=True)
class Entry:
    """One distinct article: its first copy, its analysis, its date, and the ids of the
    duplicates folded into it."""

    article: Article
    analysis: Analysis | None
    date: ArticleDate | None
    copies: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return self.article.id

    @property
    def publisher(self) -> str:
        return (self.article.publisher or "").strip() or UNKNOWN_PUBLISHER


@dataclass(slots=True)
class Period:
    """One bar of the histogram: its articles, by what dated them."""

    label: str  # "2020-09" or "2020"
    published: int = 0
    cited: int = 0
    article_ids: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.published + self.cited


@dataclass(slots=True)
class Timeline:
    """Articles over time. `coarse`: articles dated less precisely than the granularity (a
    year only, by month); `undated`: articles with no date at all. `duplicates`: copies
    folded into the articles counted."""

    granularity: str
    periods: list[Period]
    coarse: list[str]
    undated: list[str]
    articles: int
    duplicates: int
    sources: dict[str, int] = field(default_factory=dict)  # what dated the articles: date_source -> count
    # placed by cited dates far from the rest (not drawn), and the months ("1995-08",
    # "2011-03") between which cited dates are drawn, when some were not
    outside: list[str] = field(default_factory=list)
    drawn_span: tuple[str, str] | None = None

    @property
    def published(self) -> int:
        return sum(p.published for p in self.periods)

    @property
    def cited(self) -> int:
        return sum(p.cited for p in self.periods)

    def labels(self) -> list[str]:
        return [p.label for p in self.periods]

    def to_dict(self) -> dict:
        return {
            "granularity": self.granularity,
            "articles": self.articles,
            "duplicates": self.duplicates,
            "published": self.published,
            "cited": self.cited,
            "coarse": self.coarse,
            "undated": self.undated,
            "outside": self.outside,
            "drawn_span": list(self.drawn_span) if self.drawn_span else None,
            "date_sources": self.sources,
            "periods": [{**asdict(p), "total": p.total} for p in self.periods],
        }


@dataclass(slots=True)
class EntityTrend:
    """An entity's mentions (in distinct articles), the articles mentioning it, and its
    mentions per period (those of undated articles count in the total only)."""

    id: str
    name: str
    label: str
    mentions: int
    articles: int
    by_period: dict[str, int] = field(default_factory=dict)


@dataclass(slots=True)
class EntityTrends:
    """The most mentioned entities, with the periods their sparklines run over."""

    granularity: str
    periods: list[str]
    entities: list[EntityTrend]

    def series(self, trend: EntityTrend) -> list[int]:
        """The entity's mentions in each period, in order (a sparkline)."""
        return [trend.by_period.get(p, 0) for p in self.periods]

    def to_dict(self) -> dict:
        return {
            "granularity": self.granularity,
            "periods": self.periods,
            "entities": [{**asdict(t), "series": self.series(t)} for t in self.entities],
        }


@dataclass(frozen=True, slots=True)
class Pair:
    """Two entities (ids in order) and how many paragraphs and articles mention both."""

    a: str
    b: str
    a_name: str
    b_name: str
    paragraphs: int
    articles: int


@dataclass(slots=True)
class Cooccurrence:
    """Ranked pairs, and a symmetric matrix of shared paragraphs for the `ids` most involved
    (the diagonal is 0: an entity is not counted with itself)."""

    pairs: list[Pair]
    ids: list[str]
    names: list[str]
    matrix: list[list[int]]

    def to_dict(self) -> dict:
        return {
            "pairs": [asdict(p) for p in self.pairs],
            "ids": self.ids,
            "names": self.names,
            "matrix": self.matrix,
        }


@dataclass(slots=True)
class CitedSource:
    """An outlet a publisher's articles cite: in how many articles, backing how many claims."""

    id: str
    name: str
    kind: str
    articles: int
    claims: int


@dataclass(slots=True)
class PublisherSources:
    """A publisher, how many of its articles are counted, and the sources they cite."""

    publisher: str
    articles: int
    sources: list[CitedSource]

    def to_dict(self) -> dict:
        return {"publisher": self.publisher, "articles": self.articles, "sources": [asdict(s) for s in self.sources]}


class CorpusStats:
    """The statistics of one state of a corpus: built once from its articles and analyses
    (the dates are parsed then), then asked for pictures of all of it or of some articles."""

    def __init__(
        self,
        articles: Iterable[Article],
        analyses: Mapping[str, Analysis] | Iterable[Analysis] = (),
        *,
        links: Mapping[str, str] | None = None,
        duplicate_keys: Mapping[str, str] | None = None,
    ) -> None:
        """`analyses` by article id (or a list); `links` maps entity ids onto the ids they
        are counted as (surname-only people onto their full name); `duplicate_keys` are the
        index's duplicate-group keys by article id (found again when they miss an article)."""
        by_id = analyses if isinstance(analyses, Mapping) else {a.article_id: a for a in analyses}
        self._links = dict(links or {})
        # a surname several people share is linked article by article (nlp.identity.Links.of)
        self._of: Callable[[str, str], str] | None = getattr(links, "of", None)
        groups: dict[str, list[Article]] = defaultdict(list)
        ordered = sorted(articles, key=lambda a: a.id)
        keys = duplicate_groups(ordered, duplicate_keys)  # exact and near duplicates, as search folds them
        for article in ordered:
            groups[keys[article.id]].append(article)
        entries = []
        for copies in groups.values():
            dated = [(article_date(a), a) for a in copies]
            # the first copy with its own date, else the first copy
            date, first = next(((d, a) for d, a in dated if d is not None and d.basis == PUBLISHED), dated[0])
            others = tuple(a.id for a in copies if a.id != first.id)
            entries.append(Entry(first, by_id.get(first.id), date, others))
        self.entries: list[Entry] = sorted(entries, key=lambda e: e.id)
        self._names = self._entity_names()

    # ------------------------------------------------------------------ entities and scope

    def entity_of(self, entity_id: str, article_id: str | None = None) -> str:
        """The id `entity_id` (in the article `article_id`, when given) is counted as."""
        if article_id is not None and self._of is not None:
            return self._of(entity_id, article_id)
        return self._links.get(entity_id, entity_id)

    def _entity_names(self) -> dict[str, tuple[str, str]]:
        """{counted id: (display name, label)}: of the names the articles show for the id itself,
        the one an article would show (people.chosen_name, each article's name counted by its
        mentions: "Lord Pellow", not a rarer "Lord Pellow of Ayr"), with the label most mentioned;
        else the name of an entity counted as it."""
        own: dict[str, tuple[Counter[str], Counter[str]]] = {}
        linked: dict[str, tuple[str, str]] = {}
        for entry in self.entries:
            for entity in entry.analysis.entities if entry.analysis else ():
                counted = self.entity_of(entity.id, entry.id)
                if counted != entity.id:
                    linked.setdefault(counted, (entity.name, entity.label))
                    continue
                names, labels = own.setdefault(counted, (Counter(), Counter()))
                names[entity.name] += max(entity.count, 1)
                labels[entity.label] += max(entity.count, 1)
        shown = {}
        for counted, (names, labels) in own.items():
            label = labels.most_common(1)[0][0]
            shown[counted] = (chosen_name(names, label), label)
        return {**linked, **shown}

    def name(self, entity_id: str) -> str:
        return self._names.get(entity_id, (entity_id, ""))[0]

    def find_entity(self, text: str) -> str | None:
        """The counted id of an entity given by id, name or a spelling seen ("Peskov"), or None."""
        wanted = text.strip()
        if not wanted:
            return None
        if wanted in self._names or wanted in self._links:
            return self.entity_of(wanted)
        folded = wanted.casefold()
        for entity_id, (name, _) in self._names.items():
            if name.casefold() == folded:
                return entity_id
        for entry in self.entries:
            for entity in entry.analysis.entities if entry.analysis else ():
                if any(seen.casefold() == folded for seen in entity.aliases_seen):
                    return self.entity_of(entity.id, entry.id)
        return None

    def scope(self, ids: Iterable[str] | None = None, entity: str | None = None) -> list[Entry]:
        """The distinct articles among `ids` (an article counts when any of its copies is
        named) that mention `entity` (a counted id); None: no filter."""
        entries = self.entries
        if ids is not None:
            wanted = set(ids)
            entries = [e for e in entries if e.id in wanted or wanted.intersection(e.copies)]
        if entity is not None:
            entries = [e for e in entries if entity in self._mentioned(e)]
        return entries

    @staticmethod
    def with_copies(entries: Iterable[Entry]) -> list[str]:
        """The ids of `entries` and of the copies folded into them, sorted."""
        return sorted({i for e in entries for i in (e.id, *e.copies)})

    def period_ids(
        self,
        label: str,
        granularity: str = "month",
        ids: Iterable[str] | None = None,
        entity: str | None = None,
    ) -> list[str]:
        """The articles (copies included) a bar of the timeline counts: those dated in `label`
        ("2020-09", or "2020" by year)."""
        _check_granularity(granularity)
        return self.with_copies(
            e for e in self.scope(ids, entity) if e.date is not None and e.date.period(granularity) == label
        )

    def entity_ids(self, entity: str, ids: Iterable[str] | None = None) -> list[str]:
        """The articles (copies included) that mention `entity` (a counted id)."""
        return self.with_copies(self.scope(ids, entity))

    def pair_ids(self, a: str, b: str, ids: Iterable[str] | None = None) -> list[str]:
        """The articles (copies included) with a paragraph that mentions both `a` and `b`."""
        found = []
        for entry in self.scope(ids, a):
            paragraphs: dict[str, set[int]] = defaultdict(set)
            for m in entry.analysis.mentions if entry.analysis else ():
                paragraphs[self.entity_of(m.entity_id, entry.id)].add(m.paragraph)
            if paragraphs[a] & paragraphs[b]:
                found.append(entry)
        return self.with_copies(found)

    def _mentioned(self, entry: Entry) -> set[str]:
        if entry.analysis is None:
            return set()
        return {self.entity_of(m.entity_id, entry.id) for m in entry.analysis.mentions}

    # ------------------------------------------------------------------ pictures

    def timeline(
        self, ids: Iterable[str] | None = None, entity: str | None = None, granularity: str = "month"
    ) -> Timeline:
        """Articles per month (or year), each counted once, by what dated it."""
        _check_granularity(granularity)
        entries = self.scope(ids, entity)
        bins: dict[str, Period] = {}
        coarse, undated, outside = [], [], []
        sources: Counter[str] = Counter()
        fenced = fences([e.date for e in entries if e.date is not None])
        for entry in entries:
            if entry.date is None:
                undated.append(entry.id)
                continue
            sources[date_source(entry.article, entry.date) or CITED_DATES] += 1
            if fenced and entry.date.basis == CITED and not fenced[0] <= _months(entry.date) <= fenced[1]:
                outside.append(entry.id)
                continue
            label = entry.date.period(granularity)
            if label is None:
                coarse.append(entry.id)
                continue
            period = bins.setdefault(label, Period(label))
            if entry.date.basis == PUBLISHED:
                period.published += 1
            else:
                period.cited += 1
            period.article_ids.append(entry.id)
        periods = [bins.get(label) or Period(label) for label in _span(sorted(bins), granularity)]
        duplicates = sum(len(e.copies) for e in entries)
        span = (_month_label(fenced[0], 1), _month_label(fenced[1], 0)) if fenced and outside else None
        return Timeline(
            granularity,
            periods,
            coarse,
            undated,
            len(entries),
            duplicates,
            dict(sorted(sources.items())),
            outside,
            span,
        )

    def top_entities(
        self,
        limit: int = 10,
        ids: Iterable[str] | None = None,
        entity: str | None = None,
        granularity: str = "month",
        labels: Iterable[str] = ENTITY_LABELS,
    ) -> EntityTrends:
        """The `limit` most mentioned entities (mentions in distinct articles; ties: more
        articles, then the name), each with its mentions per period."""
        _check_granularity(granularity)
        wanted_labels = {label.upper() for label in labels}
        entries = self.scope(ids, entity)
        mentions: Counter[str] = Counter()
        articles: Counter[str] = Counter()
        by_period: dict[str, Counter[str]] = defaultdict(Counter)
        for entry in entries:
            if entry.analysis is None:
                continue
            label = entry.date.period(granularity) if entry.date is not None else None
            seen = Counter(
                self.entity_of(m.entity_id, entry.id)
                for m in entry.analysis.mentions
                if m.label.upper() in wanted_labels
            )
            for entity_id, count in seen.items():
                mentions[entity_id] += count
                articles[entity_id] += 1
                if label is not None:
                    by_period[entity_id][label] += count
        ranked = sorted(mentions, key=lambda e: (-mentions[e], -articles[e], self.name(e).casefold(), e))[:limit]
        trends = [
            EntityTrend(e, self.name(e), self._names.get(e, ("", ""))[1], mentions[e], articles[e], dict(by_period[e]))
            for e in ranked
        ]
        timeline = self.timeline(ids, entity, granularity)
        return EntityTrends(granularity, timeline.labels(), trends)

    def cooccurrence(
        self,
        top: int = 10,
        ids: Iterable[str] | None = None,
        entity: str | None = None,
        limit: int | None = 50,
        labels: Iterable[str] = ENTITY_LABELS,
    ) -> Cooccurrence:
        """Pairs of entities mentioned in the same paragraph, most shared paragraphs first
        (then more articles, then the names), at most `limit` of them; and the matrix of the
        `top` entities with the most shared paragraphs in all. With `entity`, only the pairs
        that include it."""
        wanted_labels = {label.upper() for label in labels}
        paragraphs: Counter[tuple[str, str]] = Counter()
        articles: Counter[tuple[str, str]] = Counter()
        for entry in self.scope(ids, entity):
            if entry.analysis is None:
                continue
            per_paragraph: dict[int, set[str]] = defaultdict(set)
            for m in entry.analysis.mentions:
                if m.label.upper() in wanted_labels:
                    per_paragraph[m.paragraph].add(self.entity_of(m.entity_id, entry.id))
            in_article: set[tuple[str, str]] = set()
            for present in per_paragraph.values():
                for a, b in combinations(sorted(present), 2):
                    paragraphs[(a, b)] += 1
                    in_article.add((a, b))
            articles.update(in_article)
        if entity is not None:
            paragraphs = Counter({k: v for k, v in paragraphs.items() if entity in k})
        ranked = sorted(
            paragraphs,
            key=lambda k: (-paragraphs[k], -articles[k], self.name(k[0]).casefold(), self.name(k[1]).casefold(), k),
        )
        pairs = [Pair(a, b, self.name(a), self.name(b), paragraphs[(a, b)], articles[(a, b)]) for a, b in ranked]
        weight: Counter[str] = Counter()
        for (a, b), count in paragraphs.items():
            weight[a] += count
            weight[b] += count
        chosen = sorted(weight, key=lambda e: (-weight[e], self.name(e).casefold(), e))[:top]
        position = {e: i for i, e in enumerate(chosen)}
        matrix = [[0] * len(chosen) for _ in chosen]
        for (a, b), count in paragraphs.items():
            if a in position and b in position:
                matrix[position[a]][position[b]] = matrix[position[b]][position[a]] = count
        return Cooccurrence(
            pairs[:limit] if limit is not None else pairs, chosen, [self.name(e) for e in chosen], matrix
        )

    def sources_by_publisher(
        self, ids: Iterable[str] | None = None, entity: str | None = None
    ) -> list[PublisherSources]:
        """For each publisher (most articles first), the sources its articles cite: how many
        of them cite each and how many claims each backs; the article's own publisher and
        author are not sources it cites."""
        counted: Counter[str] = Counter()
        cited: dict[str, dict[str, CitedSource]] = defaultdict(dict)
        for entry in self.scope(ids, entity):
            counted[entry.publisher] += 1
            if entry.analysis is None:
                continue
            own = {source_id(name) for name in (entry.article.publisher, entry.article.author) if name}
            rows = cited[entry.publisher]
            for source in entry.analysis.sources:
                if source.id in own or source.kind == "author":
                    continue
                row = rows.setdefault(source.id, CitedSource(source.id, source.name, source.kind, 0, 0))
                row.articles += 1
                row.claims += source.claim_count
        return [
            PublisherSources(
                publisher,
                counted[publisher],
                sorted(cited[publisher].values(), key=lambda s: (-s.articles, -s.claims, s.name.casefold())),
            )
            for publisher in sorted(counted, key=lambda p: (-counted[p], p.casefold()))
        ]


def _check_granularity(granularity: str) -> None:
    if granularity not in GRANULARITIES:
        raise ValueError(f"unknown granularity '{granularity}'; use one of {', '.join(GRANULARITIES)}")


def _span(labels: Sequence[str], granularity: str) -> list[str]:
    """Every period from the first label to the last (or just `labels` when that is too many)."""
    if len(labels) < 2:
        return list(labels)
    if granularity == "year":
        first, last = int(labels[0]), int(labels[-1])
        every = [f"{y:04d}" for y in range(first, last + 1)]
    else:
        (y0, m0), (y1, m1) = (tuple(int(x) for x in label.split("-")) for label in (labels[0], labels[-1]))
        count = (y1 - y0) * 12 + (m1 - m0) + 1
        every = [f"{y0 + (m0 - 1 + i) // 12:04d}-{(m0 - 1 + i) % 12 + 1:02d}" for i in range(count)]
    return every if len(every) <= MAX_FILLED_PERIODS else list(labels)


def _month_label(months: float, up: int) -> str:
    """A fence (in months) as the month inside it: rounded up (`up` 1) or down (0)."""
    whole = int(months) + (up if months != int(months) else 0)
    year, month = divmod(whole, 12)
    return f"{year:04d}-{month + 1:02d}"
