"""Facets you can select (issue 13, Datashare's filter sidebar): publisher, month, folder,
entity, speaker and source, each with counts for the current results, combinable, with
"exclude".

Works on the corpus as `CorpusStats` holds it (duplicates folded: an article and its copies
count once, and a filter gives back the copies too, as the Corpus screen's filters do). A
`FacetIndex` reads each distinct article's values once; `counts` then answers for some
articles (a query's, or all) and some chosen values:

- within one facet, the values chosen are alternatives (publisher BBC *or* Reuters);
- across facets they must all hold (and an excluded value must not);
- a facet's own counts leave that facet's choices out (the usual "disjunctive" counting), so
  the other publishers keep their counts while one is chosen, and a chosen or excluded value
  stays in its list.

Headless: the reader's Facets screen and any script read the same numbers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from belreader.corpus_stats import ENTITY_LABELS, UNKNOWN_PUBLISHER, CorpusStats, Entry
from belreader.documents import slug

FACETS: Final = ("publisher", "month", "folder", "entity", "speaker", "source")
FACET_TITLES: Final = {
    "publisher": "Publisher",
    "month": "Month",
    "folder": "Folder",
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
            if chosen:
                parts.append(f"{facet}: " + " or ".join(names.get((facet, f.value), f.value) for f in chosen))
            if left_out:
                parts.append(f"not {facet}: " + ", ".join(names.get((facet, f.value), f.value) for f in left_out))
        return " · ".join(parts)


class FacetIndex:
    """Each distinct article's facet values (read once per state of the corpus)."""

    def __init__(self, stats: CorpusStats, corpus: Path | str) -> None:
        self.stats = stats
        self.corpus = Path(corpus)
        self.labels: dict[tuple[str, str], str] = {}  # (facet, value) -> the value in words
        self.values: dict[str, dict[str, frozenset[str]]] = {}
        for entry in stats.entries:
            self.values[entry.id] = self._read(entry)

    def label(self, facet: str, value: str) -> str:
        """A value in words (an entity's name for its id), else the value itself."""
        return self.labels.get((facet, value)) or value

    def _label(self, facet: str, value: str, label: str) -> str:
        key = (facet, value)
        known = self.labels.get(key)
        if known is None or (facet != "entity" and len(label) > len(known)):
            self.labels[key] = label
        return value

    def _read(self, entry: Entry) -> dict[str, frozenset[str]]:
        stats = self.stats
        article, analysis = entry.article, entry.analysis
        month = entry.date.period("month") if entry.date is not None else None
        values: dict[str, set[str]] = {
            "publisher": {self._label("publisher", entry.publisher, entry.publisher)},
            "month": {self._label("month", month or NO_MONTH, month or NO_MONTH)},
            "folder": {self._folder(article.path)},
            "entity": set(),
            "speaker": set(),
            "source": set(),
        }
        if analysis is not None:
            for mention in analysis.mentions:
                if mention.label in ENTITY_LABELS:
                    counted = stats.entity_of(mention.entity_id)
                    values["entity"].add(self._label("entity", counted, stats.name(counted)))
            for claim in analysis.claims:
                if claim.speaker:
                    speaker = stats.entity_of(claim.speaker_id or slug(claim.speaker))
                    name = stats.name(speaker)
                    values["speaker"].add(self._label("speaker", speaker, name if name != speaker else claim.speaker))
            for source in analysis.sources:
                if source.kind not in _NOT_CITED:
                    values["source"].add(self._label("source", source.id, source.name))
        return {facet: frozenset(found) for facet, found in values.items()}

    def _folder(self, path: Path) -> str:
        try:
            relative = Path(path).resolve().relative_to(self.corpus.resolve())
        except ValueError:
            relative = Path(Path(path).name)
        folder = relative.parent.as_posix()
        name = TOP_FOLDER if folder in ("", ".") else folder
        return self._label("folder", name, name)

    def counts(
        self,
        ids: Iterable[str] | None = None,
        filters: Sequence[FacetFilter] = (),
        limit: int | None = 50,
    ) -> FacetCounts:
        """The facets of the articles among `ids` (None: all; an article counts when any of its
        copies is named) under the chosen `filters`: each facet's `limit` most frequent values
        (every month; the chosen values always), and the articles the filters leave."""
        entries = self.stats.scope(ids)
        chosen = tuple(dict.fromkeys(filters))
        matching = [e for e in entries if _keeps(self.values[e.id], chosen)]
        facets: dict[str, list[FacetValue]] = {}
        for facet in FACETS:
            others = [f for f in chosen if f.facet != facet]
            counted: Counter[str] = Counter()
            for entry in entries:
                values = self.values[entry.id]
                if _keeps(values, others):
                    counted.update(values[facet])
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
        return FacetCounts(facets, self.stats.with_copies(matching), len(matching), len(entries), chosen)


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
