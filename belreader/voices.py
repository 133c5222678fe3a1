"""Who said what across a corpus: its speakers and sources, each with its claims (issue 13, "A
corpus view of who said what").

Works on the stored claim records (`Library.claims()`, what `belreader claims` prints): a
speaker is a claim's speaker id (its entity's id, or its name made an id), a source is an
outlet a claim was reported through ("via TASS", "according to Reuters"). Each `Voice` counts
its claims and the articles they are in; `claims_of` gives its claims in article and offset
order. Headless: the reader's Who said what screen and any script read the same numbers.

Duplicate articles (duplicates.py: exact and near copies share a group) carry the same claims:
given each article's group (`groups`), a claim repeated in a copy (the same words by the same
voice in another article of the group) is not counted again, and a voice's articles are counted
as groups, as search and the facets count them.

A claim whose speaker the analysis could not resolve ("He (unresolved)", nlp/claims/) is no
voice: "he" in one article and "he" in another are different people, and counting them as one
would rank a pronoun among the speakers. Those claims are counted on one line of their own, the
`UNRESOLVED` kind ("speaker not resolved"), listed after every voice so they can still be read
and checked; the outlets they were reported through count as sources as usual.

A speaker the articles describe instead of naming ("Analysts", "officials", "a spokesman",
"critics of the plan") is no named source either: "analysts" in one article and in another are
not one person, and such descriptions topped the BBC speakers next to Blair. They are the
`DESCRIBED` kind, one line per description, listed after the named voices (before the
unresolved line). A speaker is described when it has no entity id, starts with a determiner
("the", "some"), a lower-case word or a word the records write in lower case more often than
capitalised mid-sentence ("Analysts": "analysts"; "Rowling" never), and names nobody: no
capitalised word but in a prepositional phrase ("Officials in Cojedes state"). "Labour's deputy
minister for women Jacqui Smith" and "Putin and his foreign minister, Sergei Lavrov" stay named.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Final, Literal

from belreader.documents import slug
from belreader.quantities import looks_plural, singular

SPEAKER: Final = "speaker"
SOURCE: Final = "source"
DESCRIBED: Final = "described"  # a speaker described, not named ("analysts"): one line per description
UNRESOLVED: Final = "unresolved"  # the claims whose speaker was not resolved: one line, not a voice
Kind = Literal["speaker", "source", "described", "unresolved"]
KINDS = (SPEAKER, SOURCE, DESCRIBED, UNRESOLVED)
UNRESOLVED_NAME: Final = "speaker not resolved"

_DETERMINERS = frozenset(
    "the a an some many most other others several one all both few its their his her our another each "
    "no none more almost only nearly barely these those such any every".split()
)
_PREPOSITIONS = frozenset("of for in at from within by with on to among inside outside close near".split())
_LINKS = _PREPOSITIONS | _DETERMINERS | {"and", "or", "&"}
# one common word is a description alone only if it is plural or stands for many ("Analysts",
# "Police"): "Dent", "Hare" and "Young" are common words and surnames
_COLLECTIVE = frozenset("police people research staff media press data management it".split())
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|,")
_CLAUSE = re.compile(r"[.!?:;\"“”]")


@cache
def _unresolved_mark() -> str:
    """ " (unresolved)": how nlp/claims/ writes such a speaker (imported when first needed:
    the reader starts without the claims module, tests/test_import_hygiene.py)."""
    from belreader.nlp.claims import unresolved

    return unresolved("")


@dataclass(frozen=True, slots=True)
class Voice:
    """A speaker or a source: its id, its name as most often written, its claims and articles."""

    kind: str  # "speaker", "source" or "unresolved"
    id: str
    name: str
    claims: int
    articles: int

    def to_dict(self) -> dict:
        return {"kind": self.kind, "id": self.id, "name": self.name, "claims": self.claims, "articles": self.articles}


def is_unresolved(record: Mapping) -> bool:
    """Whether a claim record's speaker is a pronoun or description the analysis could not tie
    to anyone ("He (unresolved)")."""
    return not record.get("speaker_id") and str(record.get("speaker") or "").endswith(_unresolved_mark())


def speaker_key(record: Mapping) -> str:
    """The id a claim record's speaker is counted as ("" for a claim without a speaker, or with
    one not resolved: `is_unresolved`)."""
    if is_unresolved(record):
        return ""
    return str(record.get("speaker_id") or slug(str(record.get("speaker") or "")) or "")


class Casing:
    """How the records write each word inside a sentence: in lower case or capitalised (the
    first word of a sentence is capitalised whatever it is, so it is not counted)."""

    def __init__(self, records: Iterable[Mapping]) -> None:
        self.lower: Counter[str] = Counter()
        self.capitalised: Counter[str] = Counter()
        for record in records:
            for field in ("content", "speaker"):
                for clause in _CLAUSE.split(str(record.get(field) or "")):
                    words = [w for w in _TOKEN.findall(clause) if w != ","]
                    for at, word in enumerate(words):
                        if word.islower():
                            self.lower[word] += 1
                        elif at and word[0].isupper() and word[1:].islower():
                            self.capitalised[word.lower()] += 1

    def common(self, word: str) -> bool:
        """Whether `word` is a common word ("Analysts"), not a name ("Rowling", "Edu") nor an
        acronym ("US" is not "us")."""
        if not (word[:1].isupper() and word[1:].islower()):
            return False
        folded = word.lower()
        if self.lower[folded] > self.capitalised[folded]:
            return True
        # a plural the records write only in the singular: "Experts" ("the American expert")
        one = singular(folded)
        return one != folded and self.lower[one] > self.capitalised[one]


def description_key(record: Mapping, casing: Casing) -> str:
    """The id a claim record's speaker is counted as when the article describes it instead of
    naming it ("analysts", "the-government"), else ""."""
    if record.get("speaker_id") or is_unresolved(record):
        return ""
    speaker = str(record.get("speaker") or "")
    tokens = _TOKEN.findall(speaker)
    if not tokens or tokens[0] == ",":
        return ""
    first = tokens[0]
    alone = len(tokens) == 1
    if not (
        first.islower()
        or first.lower() in _DETERMINERS
        or (casing.common(first) and (looks_plural(first) or not alone or first.lower() in _COLLECTIVE))
    ):
        return ""
    in_phrase = False  # in a prepositional phrase: "critics of the Iraq war" names no critic
    previous = first
    for token in tokens[1:]:
        if token == ",":
            in_phrase = False  # "..., Sergei Lavrov": a name in apposition
        elif token.islower():
            in_phrase = in_phrase or token in _PREPOSITIONS
        elif not in_phrase:
            return ""
        elif (previous.islower() and previous not in _LINKS) or previous.endswith(("'s", "’s")):
            return ""  # "director of rugby Warren Gatland", "War on Want's John Hilary": named
        previous = token
    return slug(speaker)


def _outlets(record: Mapping) -> list[str]:
    outlets = record.get("outlets") or []
    return [o for o in outlets if isinstance(o, str) and o] if isinstance(outlets, list) else []


def _group(record: Mapping, groups: Mapping[str, str] | None) -> str:
    article_id = str(record.get("article_id") or "")
    return groups.get(article_id, article_id) if groups else article_id


def _said(record: Mapping) -> str:
    """What a claim says, spacing and case aside (equal in an article and its copies)."""
    return " ".join(str(record.get("content") or "").split()).casefold() or f"#{record.get('id')}"


def voices(
    records: Iterable[Mapping], names: Mapping[str, str] | None = None, groups: Mapping[str, str] | None = None
) -> list[Voice]:
    """Every speaker and every source of `records`, most claims first (then by name). A voice's
    name is `names`' for its id (the entity table's); else a speaker's is its entity's fullest
    name as the articles give it (a record's `speaker_name`, stored when it was indexed), or the
    spelling written most often, and a source's is its id. `groups`: each article's duplicate group (an article
    not named is its own), so a claim repeated in a copy counts once. The speakers described,
    not named, come after the named voices, one `DESCRIBED` line per description, and the
    claims whose speaker was not resolved last, as one `UNRESOLVED` line (when there are any)."""
    records = list(records)
    casing = Casing(records)
    claims: dict[tuple[str, str], int] = Counter()
    articles: dict[tuple[str, str], set[str]] = defaultdict(set)
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    entity_names: dict[str, Counter[str]] = defaultdict(Counter)  # the speaker's entity as articles name it
    said_in: dict[tuple[str, str, str, str], str] = {}  # (kind, voice, group, words) -> the article counted

    def copy(kind: str, voice: str, record: Mapping, group: str) -> bool:
        """Whether the record repeats, in a copy of an article, a claim already counted there."""
        article_id = str(record.get("article_id") or "")
        first = said_in.setdefault((kind, voice, group, _said(record)), article_id)
        return first != article_id

    for record in records:
        group = _group(record, groups)
        described = description_key(record, casing)
        speaker = "" if described else speaker_key(record)
        if described and not copy(DESCRIBED, described, record, group):
            claims[DESCRIBED, described] += 1
            articles[DESCRIBED, described].add(group)
            spellings[described][str(record.get("speaker") or described)] += 1
        elif speaker and not copy(SPEAKER, speaker, record, group):
            claims[SPEAKER, speaker] += 1
            articles[SPEAKER, speaker].add(group)
            spellings[speaker][str(record.get("speaker") or speaker)] += 1
            if record.get("speaker_name"):
                entity_names[speaker][str(record["speaker_name"])] += 1
        elif (
            not described and not speaker and is_unresolved(record) and not copy(UNRESOLVED, UNRESOLVED, record, group)
        ):
            claims[UNRESOLVED, UNRESOLVED] += 1
            articles[UNRESOLVED, UNRESOLVED].add(group)
        for outlet in dict.fromkeys(_outlets(record)):
            if not copy(SOURCE, outlet, record, group):
                claims[SOURCE, outlet] += 1
                articles[SOURCE, outlet].add(group)
    names = names or {}
    found = []
    for (kind, voice_id), count in claims.items():
        if kind == UNRESOLVED:
            name = UNRESOLVED_NAME
        elif voice_id in names:
            name = names[voice_id]
        elif kind == DESCRIBED:
            name = max(spellings[voice_id].items(), key=lambda item: (item[1], item[0].islower(), item[0]))[0]
        elif kind == SPEAKER and entity_names[voice_id]:
            # the entity's name, the fullest its articles give ("Ken Livingstone" though the
            # claims wrote "Livingstone"; "Lord Falconer", a peer's name, over "Falconer")
            name = max(entity_names[voice_id].items(), key=lambda item: (len(item[0]), item[1], item[0]))[0]
        elif kind == SPEAKER:
            # the spelling the id was made from ("Tony Blair" for tony-blair, though "Blair" is
            # written more), else the one written most often; on a tie the longest
            written = spellings[voice_id]
            whole = {spelling: n for spelling, n in written.items() if slug(spelling) == voice_id} or written
            name = max(whole.items(), key=lambda item: (item[1], len(item[0])))[0]
        else:
            name = names.get(voice_id, voice_id)
        found.append(Voice(kind, voice_id, name, count, len(articles[kind, voice_id])))
    rank = {DESCRIBED: 1, UNRESOLVED: 2}
    return sorted(found, key=lambda v: (rank.get(v.kind, 0), -v.claims, v.name.casefold(), v.kind, v.id))


def claims_of(
    records: Iterable[Mapping], kind: str, voice_id: str, groups: Mapping[str, str] | None = None
) -> list[dict]:
    """The claim records of one speaker or source, in article and offset order; a claim repeated
    in a duplicate article (`groups`, as for `voices`) is given once, with the copies' article
    ids in its "also_in". The `DESCRIBED` kind gives the claims of one description's speakers,
    the `UNRESOLVED` kind the claims whose speaker was not resolved (`voice_id` aside). Raises
    ValueError for an unknown kind."""
    if kind not in KINDS:
        raise ValueError(f"unknown kind '{kind}'; use one of {', '.join(KINDS)}")
    records = list(records)
    casing = Casing(records)
    if kind == SPEAKER:
        chosen = [dict(r) for r in records if speaker_key(r) == voice_id and not description_key(r, casing)]
    elif kind == DESCRIBED:
        chosen = [dict(r) for r in records if description_key(r, casing) == voice_id]
    elif kind == UNRESOLVED:
        chosen = [dict(r) for r in records if is_unresolved(r)]
    else:
        chosen = [dict(r) for r in records if voice_id in _outlets(r)]
    chosen.sort(key=lambda r: (str(r.get("article_id") or ""), r.get("start") or 0))
    first: dict[tuple[str, str], dict] = {}
    kept = []
    for record in chosen:
        key = (_group(record, groups), _said(record))
        original = first.setdefault(key, record)
        if original is record or original.get("article_id") == record.get("article_id"):
            kept.append(record)  # a claim said twice in one article is two claims
            continue
        also = original.setdefault("also_in", [])
        if record.get("article_id") not in also:
            also.append(record.get("article_id"))
    return kept


def voice_ids(records: Sequence[Mapping]) -> tuple[set[str], set[str]]:
    """Every speaker id and every outlet id of the records (to name them)."""
    return {k for r in records if (k := speaker_key(r))}, {o for r in records for o in _outlets(r)}
