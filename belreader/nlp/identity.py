"""Who is who across the corpus: links the analysis can prove, and the user's decisions.

- `corpus_links(analyses)`: a surname-only person ("Goldsmith", from an article that never gives
  a first name) is the full-named person of the corpus with that surname, when there is exactly
  one; full names spelt one letter apart ("Damien"/"Damian Hockney") and a company's short and
  full name ("Qwest"/"Qwest Communications") are one, when nothing in the corpus doubts it. Two
  full names sharing it (Tony and Ian Blair): no global guess; in each article it is the namesake
  that article's context clearly points to, or stays apart (`context_links`; the result's
  `Links.of(id, article_id)` is what a mention in that article is counted as).
- `Decisions`: the user's merges, splits and retypes (`belreader entities merge|split|retype`),
  kept in the config dir beside the user's `entities.toml` as `entity-decisions.toml`, written
  atomically. They are applied to analyses as they are read (`apply`), so a decision never makes
  the corpus be analysed again; the index is rebuilt from the cached analyses.
- `suggest_merges(analyses)`: candidates for the user to accept or reject, with their evidence.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import re
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from belreader import config
from belreader.nlp.aliases import EntityTable, normalise, slugify
from belreader.nlp.kinds import LEGAL_FORMS
from belreader.nlp.people import (
    first_name_gender,
    honorific_gender,
    is_particle_surname,
    is_peerage,
    same_office,
    short_form_of,
    split_name,
)
from belreader.nlp.records import LABELS as ALL_LABELS
from belreader.nlp.records import NAME_LABELS, Analysis

LABELS = tuple(label for label in ALL_LABELS if label in NAME_LABELS)  # what an entity can be retyped to
log = logging.getLogger(__name__)


def _person_ids(analyses: Iterable[Analysis]) -> tuple[Counter, dict[str, str]]:
    """({person id: mentions}, {person id: its fullest name}): an article that names someone by
    a first name alone ("Zinedine") may come first, and the full name another article gives the
    same id is what a surname alone elsewhere is linked to."""
    counts: Counter = Counter()
    names: dict[str, str] = {}
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.label == "PERSON":
                counts[entity.id] += entity.count
                if len(entity.name.split()) > len(names.get(entity.id, "").split()):
                    names[entity.id] = entity.name
    return counts, names


def _named_otherwise(analyses: Iterable[Analysis]) -> set[str]:
    """The ids the corpus writes as something else than a person, in three articles or more and
    in two thirds of their mentions: "London" the model once took for a person ("London said")
    is still the city, and no "Michael London"'s surname. A surname typed a place in one article
    ("Carragher") stays a surname."""
    votes: Counter = Counter()
    people: Counter = Counter()
    articles: Counter = Counter()
    for analysis in analyses:
        for entity in analysis.entities:
            votes[entity.id] += entity.count
            if entity.label == "PERSON":
                people[entity.id] += entity.count
            else:
                articles[entity.id] += 1
    return {entity_id for entity_id, n in articles.items() if n >= 3 and people[entity_id] * 3 <= votes[entity_id]}


def _genders(analyses: Iterable[Analysis]) -> dict[str, set[str]]:
    """{person id: the genders its spellings' honorifics and first names imply} (a set: two
    genders mean the id already covers two people, and nothing is linked on its evidence)."""
    found: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.label != "PERSON":
                continue
            for spelling in entity.aliases_seen:
                honorific, core = split_name(spelling)
                words = core.split()
                gender = honorific_gender(honorific) or (first_name_gender(words[0]) if len(words) >= 2 else None)
                if gender:
                    found[entity.id].add(gender)
    return found


def _initials_apart(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the name without its middle initials, the initials): "george w bush" -> (george bush), (w)."""
    middle = words[1:-1]
    initials = tuple(w for w in middle if len(w) == 1)
    if not initials:
        return words, ()
    return (words[0], *(w for w in middle if len(w) > 1), words[-1]), initials


def peer_surname(name: str) -> str | None:
    """The surname of a peer named by the style and one word ("Lord Velt" -> "Velt", "Baroness
    Velt"), else None ("Lord Justice Velt", a judge's style; "Lord Tom Velt", a full name). A peer's
    style is no first name: "Lord Velt" is a surname alone, but a peerage often goes to someone the
    corpus names nowhere else in full, so it is linked by its article's context only."""
    style, rest = split_name(name)
    return rest if is_peerage(style) and " " not in rest.strip() and rest[:1].isupper() else None


def _full_name_links(names: dict[str, str], counts: Counter, genders: dict[str, set[str]]) -> dict[str, str]:
    """{full-named person id: the id of the same person under a fuller or commoner spelling}:
    - a name without a middle initial is the name with one when the corpus has exactly one
      such initial ("George Bush" -> "George W Bush"; with "George H W Bush" too, neither);
    - an initial for a first name is the one first name of the corpus with that initial and the
      same surname ("G Henson" -> "Gavin Henson"; with a "Gareth Henson" too, neither);
    - a short first name is the full one with the same other words when the corpus has exactly
      one full form for it ("Steve Gerrard" -> "Steven Gerrard"; with a "Stephen Gerrard" too,
      neither); the one more mentioned gives the id.
    Never across genders. Compared only within one surname, so the work is the size of the
    largest family of namesakes, not the square of the corpus."""
    by_surname: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for entity_id, name in names.items():
        words = tuple(normalise(name).split())
        if len(words) >= 2:
            by_surname[words[-1]].append((entity_id, words))
    links: dict[str, str] = {}

    def compatible(a: str, b: str) -> bool:
        return len(genders.get(a, set()) | genders.get(b, set())) <= 1

    for group in by_surname.values():
        if len(group) < 2:
            continue
        bare: dict[tuple[str, ...], list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for entity_id, words in group:
            key, initials = _initials_apart(words)
            bare[key].append((entity_id, initials))
        for variants in bare.values():
            plain = [eid for eid, initials in variants if not initials]
            initialled = {initials: eid for eid, initials in variants if initials}
            if len(initialled) == 1 and plain:
                (target,) = initialled.values()
                for entity_id in plain:
                    if compatible(entity_id, target):
                        links[entity_id] = target
        ids = {eid: key for key, variants in bare.items() for eid, _ in variants}
        for entity_id, key in ids.items():
            if len(key[0]) == 1:  # "G Henson", as line-ups write: the one first name with that initial
                fuller = {
                    other
                    for other, other_key in ids.items()
                    if other_key[1:] == key[1:] and len(other_key[0]) > 1 and other_key[0][0] == key[0]
                }
                if len({ids[other][0] for other in fuller}) == 1:
                    target = max(fuller, key=lambda e: (counts[e], e))
                    if compatible(entity_id, target):
                        links[entity_id] = target
                continue
            fuller = {
                other
                for other, other_key in ids.items()
                if other_key[1:] == key[1:] and short_form_of(key[0], other_key[0])
            }
            full_forms = {ids[other][0] for other in fuller}
            if len(full_forms) != 1:
                continue  # no full form, or two ("Steven" and "Stephen"): no guess
            target = max(fuller, key=lambda e: (counts[e], e))
            if compatible(entity_id, target):
                a, b = sorted((entity_id, target), key=lambda e: (counts[e], e))
                links[a] = b
    return links


def _one_letter_apart(a: str, b: str) -> bool:
    """Two first names one letter apart after the first ("damian" and "damien", "mathew" and
    "matthew", "beverley" and "beverly"), each of four letters or more: the same name spelt two
    ways. The first letter is never the difference ("mick" and "nick", "kim" and "tim")."""
    if a == b or a[:1] != b[:1] or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 1:
        return False
    if short_form_of(a, b) or short_form_of(b, a):
        return False  # "steve" and "steven": a short form, which `_full_name_links` weighs
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long)))


def _spelling_links(
    analyses: Sequence[Analysis], names: dict[str, str], counts: Counter, genders: dict[str, set[str]]
) -> dict[str, str]:
    """{person id: the id of the same full name spelt another way}: a first name one letter apart
    ("Damien Hockney" and "Damian Hockney"), the other words the same, is one person when the
    corpus has no third spelling, no honorific or first name sets their genders apart, and no
    article names both (two people there, however alike their names). The one more mentioned
    gives the id."""
    by_rest: dict[tuple[str, ...], list[tuple[str, str]]] = defaultdict(list)
    for entity_id, name in names.items():
        words = tuple(normalise(name).split())
        if len(words) >= 2 and len(words[0]) >= 4:
            by_rest[words[1:]].append((words[0], entity_id))
    pairs: list[tuple[str, str]] = []
    for group in by_rest.values():
        if len(group) < 2:
            continue
        for first, entity_id in group:
            variants = [(f, e) for f, e in group if e != entity_id and _one_letter_apart(first, f)]
            if len(variants) != 1:
                continue
            other_first, other = variants[0]
            if sum(_one_letter_apart(other_first, f) for f, _ in group) != 1:
                continue  # "carol", "carole", "caroll": which is which? none
            if entity_id < other and len(genders.get(entity_id, set()) | genders.get(other, set())) <= 1:
                pairs.append((entity_id, other))
    if not pairs:
        return {}
    wanted = {e for pair in pairs for e in pair}
    together: set[tuple[str, str]] = set()
    for analysis in analyses:
        here = sorted({e.id for e in analysis.entities if e.id in wanted})
        together.update((a, b) for i, a in enumerate(here) for b in here[i + 1 :])
    links: dict[str, str] = {}
    for pair in pairs:
        if pair in together:
            continue
        short, long = sorted(pair, key=lambda e: (counts[e], e))
        links[short] = long
    return links


# the words a company's full name adds to the name it goes by ("Qwest Communications", "Lenovo
# Group", "Kraft Foods"): its legal form or its trade, never a division's or a country's name
_CORPORATE_TAILS = LEGAL_FORMS | {"communications", "industries", "foods", "laboratories", "labs"}


def _company_links(analyses: Sequence[Analysis]) -> dict[str, str]:
    """{organisation id: the id of the same company under its full or its short name}: "Qwest"
    in one article is the "Qwest Communications" of another when the corpus has one such full
    name for it (a legal form or a trade word added: `_CORPORATE_TAILS`) and both are
    organisations in most of their mentions, written about in one section of the corpus at least
    (its folder), and no article names the short form beside another longer name it starts
    ("Warner" beside "Warner Brothers"). Divisions ("Sony Pictures") and other longer names are
    not full names and are never linked. The one more mentioned gives the id."""
    votes: dict[str, Counter] = defaultdict(Counter)
    names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    folders: dict[str, set[str | None]] = defaultdict(set)
    for analysis in analyses:
        folder = _folder(analysis.article_id)
        for entity in analysis.entities:
            votes[entity.id][entity.label] += entity.count
            if entity.label == "ORG":
                names[entity.id].add(_name_words(entity.name))
                folders[entity.id].add(folder)
    orgs = {e for e in names if votes[e].most_common(1)[0][0] == "ORG"}
    longer: dict[tuple[str, ...], set[str]] = defaultdict(set)  # a short name -> the ids of its full names
    shorter: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for entity_id in orgs:
        for words in names[entity_id]:
            shorter[words].add(entity_id)
            for k in (1, 2):
                if len(words) > k and all(w in _CORPORATE_TAILS for w in words[-k:]):
                    longer[words[:-k]].add(entity_id)
    pairs: dict[str, tuple[tuple[str, ...], str]] = {}  # short id -> its words, the full name's id
    for words, full in longer.items():
        short = shorter.get(words, set()) - full
        if len(full) != 1 or len(short) != 1 or any(w in _CORPORATE_TAILS for w in words):
            continue
        ((short_id,), (full_id,)) = (short, full)
        if folders[short_id] & folders[full_id] - {None}:  # "World" in the arts, the tennis "World Group": apart
            pairs[short_id] = (words, full_id)
    # an article that names the short form beside another longer name starting with it ("Warner"
    # beside "Warner Brothers") says whose short form it is: not the full name's
    for analysis in analyses:
        here = {e.id for e in analysis.entities if e.id in pairs}
        for short_id in here:
            words, full_id = pairs[short_id]
            if any(
                e.label == "ORG"
                and e.id not in (short_id, full_id)
                and _name_words(e.name)[: len(words)] == words
                and len(_name_words(e.name)) > len(words)
                for e in analysis.entities
            ):
                pairs[short_id] = (words, "")
    links: dict[str, str] = {}
    for short_id, (_, full_id) in pairs.items():
        if not full_id:
            continue
        pair = (short_id, full_id)
        if any(e in links for e in pair):
            continue
        counts = {e: sum(votes[e].values()) for e in pair}
        a, b = sorted(pair, key=lambda e: (counts[e], e))
        links[a] = b
    return links


def _follow(links: dict[str, str], entity_id: str) -> str:
    seen = {entity_id}
    while entity_id in links and links[entity_id] not in seen:
        entity_id = links[entity_id]
        seen.add(entity_id)
    return entity_id


@dataclass(frozen=True, slots=True)
class ContextLink:
    """Why a surname alone in one article is one of the corpus's namesakes: the candidates'
    scores against the article's context, and the context the winner shares with it."""

    article_id: str
    entity_id: str  # the surname-only id ("blair")
    target: str  # the full-named id it is linked to ("tony-blair")
    scores: tuple[tuple[str, float], ...]  # every candidate, best first
    shared: tuple[str, ...]  # the article's context the winner's own articles share, most telling first


class Links(dict[str, str]):
    """{id: the id it is counted as} over the whole corpus, and, for a surname alone that the
    corpus gives to several people, the one its article's context chose (`in_article`).
    `of(entity_id, article_id)` is the id a mention in that article is counted as."""

    def __init__(
        self, links: dict[str, str] | None = None, in_article: dict[tuple[str, str], ContextLink] | None = None
    ):
        super().__init__(links or {})
        self.in_article: dict[tuple[str, str], ContextLink] = dict(in_article or {})

    def of(self, entity_id: str, article_id: str | None = None) -> str:
        if article_id is not None:
            found = self.in_article.get((article_id, entity_id))
            if found is not None:
                return found.target
        return self.get(entity_id, entity_id)


# A surname alone is linked to a namesake when the article's context is at least e**MIN_SCORE
# times likelier under that namesake's profile than under the corpus at large, at least
# e**MARGIN times likelier than under the runner-up's, with at least MIN_SHARED things in common
# that speak for the winner (the article's folder alone is never enough). SMOOTHING: how many
# articles' worth of the corpus's own rates a profile starts from (a namesake named in full in
# two articles says little about what else they share).
MIN_SCORE = 3.0
MARGIN = 2.0
MIN_SHARED = 2
RATIO = 2.0  # and the winner's score at least twice the runner-up's (two brothers in one team: neither)
SMOOTHING = 2.0
# an article naming this many people by their surname alone is a line-up, a squad or a cast: its
# teams, places and channels are every listed player's context, so only a person speaks for a
# namesake there (a team-mate named in the namesake's own articles)
LINE_UP = 4
_CONTEXT_LABELS = frozenset({"PERSON", "ORG", "PLACE", "NORP", "EVENT"})


@lru_cache(maxsize=65536)
def _name_words(name: str) -> tuple[str, ...]:
    """A person's name as words to compare, a peer's style left out ("Lord Velt" -> ("velt",))."""
    return tuple(normalise(peer_surname(name) or name).split())


def _folder(article_id: str) -> str | None:
    head, sep, _ = article_id.rpartition("/")
    return f"folder:{head}" if sep and head else None


def _context(
    analysis: Analysis, links: dict[str, str], surname: str, earlier: dict[tuple[str, str], ContextLink] | None = None
) -> set[str]:
    """What an article says about whoever it names: the entities it mentions (counted as the
    corpus counts them, or as `earlier` linked them in this article; people with `surname`
    itself left out) and its folder (a category)."""
    found = set()
    for entity in analysis.entities:
        if entity.label not in _CONTEXT_LABELS:
            continue
        known = (earlier or {}).get((analysis.article_id, entity.id))
        counted = known.target if known else links.get(entity.id, entity.id)
        if entity.label == "PERSON" and _name_words(entity.name)[-1:] == (surname,):
            continue
        found.add(counted)
    folder = _folder(analysis.article_id)
    if folder:
        found.add(folder)
    return found


_INITIAL = re.compile(r"([A-Z])\.? [A-Z]")


def _initials(aliases: Iterable[str]) -> set[str]:
    """The first-name initials a surname is written with ("T Smith" -> {"t"})."""
    return {m.group(1).lower() for a in aliases if (m := _INITIAL.match(a)) and len(a.split()) == 2}


def _surname_gender(aliases: Iterable[str]) -> set[str]:
    return {g for a in aliases if (g := honorific_gender(split_name(a)[0]))}


def context_links(
    analyses: Sequence[Analysis],
    links: dict[str, str],
    owners: dict[str, set[str]],
    genders: dict[str, set[str]] | None = None,
) -> dict[tuple[str, str], ContextLink]:
    """{(article id, surname-only id): why it is one namesake}: for a surname the corpus gives to
    several full-named people (`owners`: surname -> their ids), each article that uses it alone
    is compared with each namesake's profile: the things (entities, the folder) named in the
    articles that name that namesake, and no other, in full. A candidate's score is the log of
    how much likelier the article's things are under its profile than under the corpus's own
    rates (each thing's share of the profile's articles, smoothed towards the corpus's share).
    Linked only when one namesake clearly wins (MIN_SCORE, MARGIN, MIN_SHARED) and no honorific
    says another gender; otherwise the surname stays apart: no global guess, no prior for the
    namesake named most."""
    wanted = {s for s, ids in owners.items() if ids}
    if not wanted:
        return {}
    genders = _genders(analyses) if genders is None else genders
    total = len(analyses)
    df: Counter = Counter()
    profiles: dict[str, Counter] = defaultdict(Counter)  # namesake -> things over its own articles
    articles_of: Counter = Counter()
    alone: list[tuple[Analysis, str, str, list[str], list[str]]] = []
    titled: dict[str, set[str]] = defaultdict(set)  # namesake -> the offices written before its full name
    people: set[str] = set()  # the things that are people
    line_ups: set[str] = set()  # the articles that list people by surname alone
    votes: dict[str, Counter] = defaultdict(Counter)  # id -> its mentions' types over the corpus
    for analysis in analyses:
        for entity in analysis.entities:
            votes[entity.id][entity.label] += entity.count
        things = set()
        named: dict[str, set[str]] = defaultdict(set)  # surname -> namesakes named in full here
        for entity in analysis.entities:
            if entity.label not in _CONTEXT_LABELS:
                continue
            counted = links.get(entity.id, entity.id)
            things.add(counted)
            if entity.label == "PERSON":
                people.add(counted)
            words = _name_words(entity.name) if entity.label == "PERSON" else ()
            if not words or words[-1] not in wanted:
                continue
            if len(words) == 1:  # the peer's style gives the gender ("Baroness Velt")
                aliases = [*entity.aliases_seen, entity.name] if peer_surname(entity.name) else entity.aliases_seen
                alone.append((analysis, entity.id, words[-1], aliases, entity.titles))
            elif counted in owners[words[-1]]:
                named[words[-1]].add(counted)
                titled[counted].update(entity.titles)
        if sum(e.label == "PERSON" and len(_name_words(e.name)) == 1 for e in analysis.entities) >= LINE_UP:
            line_ups.add(analysis.article_id)
        folder = _folder(analysis.article_id)
        df.update(things | ({folder} if folder else set()))
        for surname, namesakes in named.items():
            if len(namesakes) == 1:  # two namesakes in full: whose context is it? neither's
                (namesake,) = namesakes
                profiles[namesake].update(_context(analysis, links, surname))
                articles_of[namesake] += 1

    known_to: dict[str, set[str]] = {}  # surname -> what any namesake's articles name

    def decide(earlier: dict[tuple[str, str], ContextLink]) -> dict[tuple[str, str], ContextLink]:
        found: dict[tuple[str, str], ContextLink] = {}
        for analysis, entity_id, surname, aliases, titles in alone:
            if votes[entity_id].most_common(1)[0][0] != "PERSON":
                continue  # "Bolton" a person here, the club in most articles: not a person to link
            if any(links.get(e.id, e.id) in owners[surname] for e in analysis.entities if e.label == "PERSON"):
                continue  # a namesake named in full here too: the article's own linking decided
            holders = sorted(c for c in owners[surname] if any(same_office(t, o) for t in titles for o in titled[c]))
            if len(holders) == 1 and len(set(titles)) == 1:
                # "President Bush" where one namesake only is ever "President" before a full name:
                # the office the text gives tells them apart (two holders of it: neither)
                gender = _surname_gender(aliases)
                if not gender or len(gender | genders.get(holders[0], set())) == 1:
                    found[(analysis.article_id, entity_id)] = ContextLink(
                        analysis.article_id, entity_id, holders[0], ((holders[0], 0.0),), (f"office:{titles[0]}",)
                    )
                    continue
            if surname not in known_to:
                known_to[surname] = set().union(*(profiles[c] for c in owners[surname]))
            known = known_to[surname]
            context = (
                _context(analysis, links, surname, earlier) & known
            )  # what no namesake's article names tells nothing
            gender = _surname_gender(aliases)
            initials = _initials(aliases)
            if len(initials) > 1:
                continue  # "S Williams", "M Williams": a team sheet's several people under one id
            scored: list[tuple[str, float, dict[str, float]]] = []
            for candidate in sorted(owners[surname]):
                if gender and len(gender | genders.get(candidate, set())) > 1:
                    continue
                if initials and not candidate.startswith(next(iter(initials))):
                    continue  # "G Smith" is not Tom Smith
                profile, n = profiles[candidate], articles_of[candidate]
                if not n:
                    continue
                ratios = {}
                for thing in context:
                    rate = df[thing] / total
                    ratios[thing] = math.log((profile[thing] + SMOOTHING * rate) / (n + SMOOTHING) / rate)
                scored.append((candidate, sum(ratios.values()), ratios))
            if not scored:
                continue
            scored.sort(key=lambda c: (-c[1], c[0]))
            best, score, ratios = scored[0]
            second = scored[1] if len(scored) > 1 else (None, 0.0, {})
            lead = {t: r - second[2].get(t, 0.0) for t, r in ratios.items() if profiles[best][t]}
            # what speaks for the winner, each seen in two or more of its articles (one article in
            # common is a coincidence: "Law lords" and Andrew Bonar Law's one article)
            telling = [t for t, r in lead.items() if r > 0 and profiles[best][t] >= 2 and not t.startswith("folder:")]
            if (
                score < MIN_SCORE
                or score - second[1] < MARGIN
                or score < RATIO * second[1]
                or len(telling) < MIN_SHARED
                or (analysis.article_id in line_ups and not people.intersection(telling))
            ):
                continue
            shared = tuple(sorted((t for t in lead if lead[t] > 0), key=lambda t: (-lead[t], t)))
            found[(analysis.article_id, entity_id)] = ContextLink(
                analysis.article_id, entity_id, best, tuple((c, round(s, 2)) for c, s, _ in scored), shared
            )
        return found

    # twice: a surname alone beside another ("Blair and Brown") is read again once the other is
    # known to be Gordon Brown
    return decide(decide({}))


def corpus_links(analyses: Sequence[Analysis]) -> Links:
    """{person id: the id of the same person elsewhere in the corpus}, for what the corpus proves:
    - full names that differ by a middle initial or a short first name (`_full_name_links`), or
      by one letter of the first name (`_spelling_links`);
    - a surname alone ("Goldsmith", "van den Heever", from an article that never gives a first
      name) is the one full-named person of the corpus with that surname, unless the corpus
      writes it as a place or a company (`_named_otherwise`: the city "London" typed a person once);
    - a company's short name is its one full name of the corpus ("Qwest", "Qwest
      Communications": `_company_links`);
    - a surname two or more full names share ("Tony Blair", "Ian Blair") is never linked for the
      whole corpus: in each article it is linked by that article's context, when one namesake
      clearly wins (`context_links`, kept in `Links.in_article`), else left alone.
    """
    counts, names = _person_ids(analyses)
    genders = _genders(analyses)
    links = _full_name_links(names, counts, genders)
    for entity_id, target in _spelling_links(analyses, names, counts, genders).items():
        links.setdefault(entity_id, target)
    full: dict[str, set[tuple[str, tuple[str, ...]]]] = defaultdict(set)
    for entity_id, name in names.items():
        words = _name_words(name)  # "Lord Velt": a surname alone, no namesake's full name
        if len(words) >= 2:
            full[words[-1]].add((_follow(links, entity_id), words))
    # "van den Heever", "Lo Cicero" named alone where the corpus has "Pieter van den Heever": a
    # surname with its particles, not a full name ("Al Gore" starts with a first name: a full name)
    particled: set[str] = set()
    for entity_id, name in names.items():
        words = tuple(normalise(name).split())
        first = name.split()[0] if name.split() else ""
        if is_particle_surname(words) and (first.islower() or first_name_gender(first) is None):
            target = _follow(links, entity_id)
            if any(len(w) > len(words) and w[-len(words) :] == words for _, w in full[words[-1]]):
                particled.add(entity_id)
                full[words[-1]].discard((target, words))
    shared: dict[str, set[str]] = {}
    otherwise = _named_otherwise(analyses)
    for entity_id, name in names.items():
        words = _name_words(name)
        peer = peer_surname(name) is not None
        if not words or (" " in name.strip() and entity_id not in particled and not peer):
            continue  # a surname alone ("Goldsmith", "Kilroy-Silk", "van den Heever"), not a full name
        if entity_id in otherwise:
            continue  # a place or a company of the corpus: no namesake's surname
        owners = {eid for eid, w in full.get(words[-1], ()) if len(w) > len(words) and w[-len(words) :] == words}
        if len(owners) == 1 and not peer:
            links[entity_id] = owners.pop()
        elif owners and len(words) == 1:
            # a surname several full names share, or a peer's ("Lord Velt": a peerage is often
            # someone the corpus names nowhere else, "Tom Velt" the only full name): by context
            shared[words[0]] = shared.get(words[0], set()) | owners
    for entity_id, target in _company_links(analyses).items():
        links.setdefault(entity_id, target)
    followed = {entity_id: _follow(links, entity_id) for entity_id in links}
    return Links(followed, context_links(analyses, followed, shared, genders))


# --- the user's decisions ----------------------------------------------------------


def decisions_file() -> Path:
    return config.config_dir() / "entity-decisions.toml"


_CURRENT: dict[tuple, Decisions] = {}


def current_decisions() -> Decisions:
    """The user's decisions as they stand, read again only when the file changes (searching calls
    this on every keystroke); a broken file is reported in the log and ignored. Not to be changed:
    the CLI's commands load their own copy."""
    path = decisions_file()
    try:
        stat = path.stat()
        stamp: tuple = (str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        stamp = (str(path), None, None)
    if stamp not in _CURRENT:
        try:
            decisions = Decisions.load(path)
        except ValueError as exc:
            log.warning("entity decisions ignored: %s", exc)
            decisions = Decisions(path=path)
        _CURRENT.clear()
        _CURRENT[stamp] = decisions
    return _CURRENT[stamp]


def _decision_section(path: Path, data: dict, name: str) -> dict:
    """One [section] of the decisions file, its shape checked: a ValueError names the key."""
    section = data.get(name, {})
    if not isinstance(section, dict):
        raise ValueError(f"{path}: {name} must be a table ([{name}] with one id = ... a line)")
    for key, value in section.items():
        if name == "split" and not (isinstance(value, list) and all(isinstance(s, str) for s in value)):
            raise ValueError(f'{path}: [split] {key} must be a list of spellings, like ["A", "B"]')
        if name != "split" and not isinstance(value, str):
            raise ValueError(f"{path}: [{name}] {key} must be text")
    return section


@dataclass
class Decisions:
    merges: dict[str, str] = field(default_factory=dict)  # id -> the id it is merged into
    splits: dict[str, list[str]] = field(default_factory=dict)  # id -> spellings that are someone else
    retypes: dict[str, str] = field(default_factory=dict)  # id -> label
    path: Path | None = None

    @classmethod
    def load(cls, path: Path | None = None) -> Decisions:
        """The decisions in `path` (default: the config dir's); a broken file raises ValueError."""
        path = path or decisions_file()
        decisions = cls(path=path)
        if not path.is_file():
            return decisions
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: {exc}") from None
        merges, splits, retypes = (_decision_section(path, data, name) for name in ("merge", "split", "retype"))
        decisions.merges = {str(k): str(v) for k, v in merges.items()}
        decisions.splits = {str(k): [str(s) for s in v] for k, v in splits.items()}
        decisions.retypes = {str(k): str(v).upper() for k, v in retypes.items()}
        return decisions

    @property
    def fingerprint(self) -> str:
        payload = json.dumps([self.merges, self.splits, self.retypes], sort_keys=True)
        return (
            hashlib.sha1(payload.encode("utf-8")).hexdigest()[:12]
            if (self.merges or self.splits or self.retypes)
            else ""
        )

    def __bool__(self) -> bool:
        return bool(self.merges or self.splits or self.retypes)

    def save(self) -> None:
        lines = [
            "# Your decisions on belreader's entities (belreader entities merge|split|retype).",
            "# Applied to every analysis as it is read; nothing is analysed again.",
            "",
            "[merge]  # id = the id it is the same as",
            *(f"{json.dumps(k)} = {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(self.merges.items())),
            "",
            "[split]  # id = spellings that name someone or something else",
            *(f"{json.dumps(k)} = {json.dumps(v, ensure_ascii=False)}" for k, v in sorted(self.splits.items())),
            "",
            "[retype]  # id = its type",
            *(f"{json.dumps(k)} = {json.dumps(v)}" for k, v in sorted(self.retypes.items())),
            "",
        ]
        config.atomic_write_text(self.path or decisions_file(), "\n".join(lines))

    def merge(self, into: str, other: str) -> None:
        if into == other:
            raise ValueError("an entity cannot be merged with itself")
        target = self.resolve(into)
        if target == other or self.resolve(other) == target:
            raise ValueError(f"{other} is already {target}")
        self.merges[other] = target
        for key, value in list(self.merges.items()):  # whatever was merged into `other` follows it
            if value == other:
                self.merges[key] = target

    @staticmethod
    def same_spelling(spelling: str, spellings: Iterable[str]) -> bool:
        """Whether `spelling` is one of `spellings` as the decisions compare them: normalised
        (`apply` matches a split's spellings so)."""
        return normalise(spelling) in {normalise(s) for s in spellings}

    def is_split(self, entity_id: str, spelling: str) -> bool:
        """Whether `spelling` is already split off `entity_id`."""
        return self.same_spelling(spelling, self.splits.get(entity_id, ()))

    def split(self, entity_id: str, spelling: str) -> None:
        if self.is_split(entity_id, spelling):
            raise ValueError(f"{spelling!r} is already split from {entity_id}")
        self.splits.setdefault(entity_id, []).append(spelling)
        self.merges = {k: v for k, v in self.merges.items() if not (v == entity_id and k == slugify(spelling))}

    def retype(self, entity_id: str, label: str) -> None:
        label = label.upper()
        if label == "GPE":
            label = "PLACE"
        if label not in LABELS:
            raise ValueError(f"unknown type {label!r}: one of {', '.join(LABELS)}")
        self.retypes[entity_id] = label

    def resolve(self, entity_id: str) -> str:
        seen = {entity_id}
        while entity_id in self.merges and self.merges[entity_id] not in seen:
            entity_id = self.merges[entity_id]
            seen.add(entity_id)
        return entity_id

    def apply(self, analysis: Analysis, table: EntityTable, body: str) -> Analysis:
        """The analysis with these decisions made: ids merged or split, types changed. In place.
        `body`, the article's text, keeps a peer's title in the names (see entities.aggregate);
        required, so that no caller forgets it and names a peer without the title."""
        if not self:
            return analysis
        from belreader.nlp.entities import aggregate

        split_keys = {eid: {normalise(s) for s in spellings} for eid, spellings in self.splits.items()}
        for mention in analysis.mentions:
            original = mention.entity_id
            if original in split_keys and normalise(mention.text) in split_keys[original]:
                mention.entity_id = slugify(mention.text)
            mention.entity_id = self.resolve(mention.entity_id)
            if mention.entity_id in self.retypes:
                mention.label = self.retypes[mention.entity_id]
        for claim in analysis.claims:
            if claim.speaker_id:
                if claim.speaker_id in split_keys and normalise(claim.speaker) in split_keys[claim.speaker_id]:
                    claim.speaker_id = slugify(claim.speaker)
                claim.speaker_id = self.resolve(claim.speaker_id)
            claim.outlets = list(dict.fromkeys(self.resolve(o) for o in claim.outlets))
        analysis.entities = aggregate(analysis.mentions, table, body)
        for entity in analysis.entities:
            if entity.id in self.retypes:
                entity.label = self.retypes[entity.id]
        return analysis


# --- suggestions -------------------------------------------------------------------


def suggest_merges(analyses: Sequence[Analysis], decisions: Decisions | None = None) -> list[dict]:
    """Entities that are probably one, best first, each with its evidence and the command that
    accepts it. Only what the analysis did not link itself: surname-only people and the full
    names that share the surname (the only one in the corpus scores highest; one also named in
    the same articles next), and people whose transliterated surnames nearly match.
    """
    from rapidfuzz.distance import JaroWinkler

    from belreader.nlp.entities import ascii_surname

    decisions = decisions or Decisions()
    counts, names = _person_ids(analyses)
    links = corpus_links(analyses)
    by_context: dict[str, set[str]] = defaultdict(set)  # surname-only id -> articles its context linked
    for article_id, entity_id in links.in_article:
        by_context[entity_id].add(article_id)
    articles: dict[str, set[str]] = defaultdict(set)
    for analysis in analyses:
        for entity in analysis.entities:
            if entity.label == "PERSON":
                articles[entity.id].add(analysis.article_id)
    full: dict[str, set[str]] = defaultdict(set)
    for entity_id, name in names.items():
        words = normalise(name).split()
        if len(words) >= 2:
            full[words[-1]].add(entity_id)
    rows: list[dict[str, Any]] = []

    def row_of(entity_id: str) -> str:
        """The id `entity_rows` counts it as, when that is one id in every article of it."""
        counted = {links.of(entity_id, article_id) for article_id in articles[entity_id]} or {links.of(entity_id)}
        return counted.pop() if len(counted) == 1 else entity_id

    def add(short: str, long: str, score: float, evidence: list[str]) -> None:
        if decisions.resolve(short) == decisions.resolve(long) or short in decisions.splits.get(long, []):
            return
        # The rows `belreader entities` shows: an id the corpus already counts as another
        # ("Greenspan" as the one Alan Greenspan, "Bernard Ebbers" as Bernie Ebbers) is that one.
        short, long = row_of(short), row_of(long)
        if short == long:
            return  # already one entity
        rows.append(
            {
                "id": short,
                "name": names[short],
                "probable_alias_of": long,
                "of_name": names[long],
                "score": round(score, 2),
                "evidence": "; ".join(evidence),
                "articles": sorted(articles[short])[:10],
                "accept": f"belreader entities merge {long} {short}",
            }
        )

    for entity_id, name in names.items():
        words = normalise(name).split()
        if len(words) != 1:
            continue
        candidates = sorted(full.get(words[0], ()), key=lambda c: -counts[c])
        total = sum(counts[c] for c in candidates)
        linked = len(by_context[entity_id] & articles[entity_id])
        if linked and linked == len(articles[entity_id]):
            continue  # every article of it is already one namesake by its own context
        for candidate in candidates:
            shared = len(articles[entity_id] & articles[candidate])
            evidence = [
                f"the only {names[candidate]!r} with this surname in the corpus"
                if len(candidates) == 1
                else f"{len(candidates)} people with this surname; {names[candidate]!r} has "
                f"{counts[candidate]} of their {total} mentions"
            ]
            if shared:
                evidence.append(f"both named in {shared} article(s)")
            if linked:  # a merge would override the articles whose context already chose
                evidence.append(
                    f"{linked} of its {len(articles[entity_id])} articles already linked by their context; "
                    "a merge applies to all"
                )
            score = 0.9 if len(candidates) == 1 else 0.5 * counts[candidate] / max(total, 1) + (0.2 if shared else 0.0)
            add(entity_id, candidate, score, evidence)
    surnames = {eid: ascii_surname(names[eid]) for eid in names}
    buckets: dict[str, list[str]] = defaultdict(list)  # transliterations keep their first letter
    for eid in sorted(names):
        buckets[surnames[eid][:1]].append(eid)
    pairs = ((a, b) for bucket in buckets.values() for i, a in enumerate(bucket) for b in bucket[i + 1 :])
    for a, b in pairs:
        sa, sb = surnames[a], surnames[b]
        if len(sa) < 4 or len(sb) < 4 or sa == sb:
            continue
        similarity = JaroWinkler.similarity(sa, sb)
        if similarity >= 0.93:
            first_a, first_b = normalise(names[a]).split()[:1], normalise(names[b]).split()[:1]
            if (
                len(normalise(names[a]).split()) > 1
                and len(normalise(names[b]).split()) > 1
                and first_a[0][:1] != first_b[0][:1]
            ):
                continue  # different first names: two people
            short, long = sorted((a, b), key=lambda e: counts[e])
            add(
                short,
                long,
                0.6 * similarity,
                [f"surnames {sa!r} and {sb!r} are {similarity:.2f} alike (a transliteration?)"],
            )
    rows.sort(key=lambda r: (-r["score"], -counts[r["probable_alias_of"]], r["id"]))
    seen: set[frozenset[str]] = set()  # two spellings linked to one row may suggest one pair twice
    unique = []
    for row in rows:
        pair = frozenset((row["id"], row["probable_alias_of"]))
        if pair not in seen:
            seen.add(pair)
            unique.append(row)
    return unique


def entity_rows(analyses: Sequence[Analysis], label: str | None = None, link: bool = True) -> list[dict]:
    """Corpus-wide entities: one row per id (people linked across the corpus when provable), with
    spellings and mentions per article, most mentioned first. A row's type is the one most of its
    mentions have over the corpus ("Gerrard" a place once, a person eighty times: a person);
    `label` picks the rows of that type."""
    links = corpus_links(analyses) if link else Links()
    merged: dict[str, dict] = {}
    votes: dict[str, Counter] = defaultdict(Counter)
    for analysis in analyses:
        for entity in analysis.entities:
            entity_id = links.of(entity.id, analysis.article_id)
            row = merged.setdefault(
                entity_id,
                {
                    "id": entity_id,
                    "name": entity.name,
                    "type": entity.label,
                    "role": entity.role,
                    "aliases": set(),
                    "mentions": {},
                },
            )
            if entity_id == entity.id and len(entity.name) > len(row["name"]):
                row["name"] = entity.name
            votes[entity_id][entity.label] += entity.count
            row["aliases"].update(entity.aliases_seen)
            row["mentions"][analysis.article_id] = row["mentions"].get(analysis.article_id, 0) + entity.count
    for entity_id, row in merged.items():
        row["type"] = max(votes[entity_id], key=lambda lab: (votes[entity_id][lab], lab == row["type"]))
    chosen = [row for row in merged.values() if not label or row["type"].upper() == label.upper()]
    rows = sorted(chosen, key=lambda r: (-sum(r["mentions"].values()), r["name"]))
    for row in rows:
        row["aliases"] = sorted(row["aliases"])
        row["total"] = sum(row["mentions"].values())
    return rows
