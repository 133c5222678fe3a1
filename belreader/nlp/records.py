"""The analysis records: mentions, entities, claims, sources and one article's `Analysis`.

Plain dataclasses that round-trip through JSON (the analysis cache, `--json` output).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, fields

_FIELDS: dict[type, tuple[str, ...]] = {}


def _row(record) -> dict:
    """A record's fields as a dict (lists copied), as `dataclasses.asdict` gives a flat record."""
    kind = type(record)
    names = _FIELDS.get(kind)
    if names is None:
        names = _FIELDS[kind] = tuple(f.name for f in fields(kind))
    row = {}
    for name in names:
        value = getattr(record, name)
        row[name] = list(value) if isinstance(value, list) else value
    return row


def _from_row(kind, row: dict):
    """A record from its JSON dict, ignoring keys it does not have (older or newer caches)."""
    names = {f.name for f in fields(kind)}
    return kind(**{k: v for k, v in row.items() if k in names})


@dataclass(slots=True)
class Mention:
    entity_id: str
    text: str
    label: str  # PERSON, ORG, PLACE, DATE, MONEY, EVENT, NORP, QUANTITY, PERCENT
    start: int  # offsets into Article.body
    end: int
    paragraph: int


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    label: str
    role: str | None
    aliases_seen: list[str]
    count: int
    # the offices written right before its mentions, lower case ("president" from "President
    # Bush", "prime minister" from "Prime Minister Tom Pell"): evidence of who a surname alone is
    titles: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Claim:
    id: str  # `Claim.make_id`: "{article_id}#s{start:06d}", where its content starts in the body
    article_id: str
    paragraph: int
    start: int  # the content span in Article.body
    end: int
    speaker: str
    speaker_id: str | None
    verb: str
    content: str  # the content with any inserted attribution (", he said,") removed
    direct_quote: bool
    negated: bool
    outlets: list[str]  # canonical ids of the outlets it was reported through
    dates: list[str]
    sentence_start: int
    sentence_end: int
    verb_text: str = ""  # the reporting verb as written ("characterized", "denied"); "" for a continued quote

    @staticmethod
    def make_id(article_id: str, start: int, end: int | None = None, tie: int | None = None) -> str:
        """A claim's id: its article and the character where its content starts ("…#s000412"),
        which the article's text fixes, so a claim keeps its id when the analysis finds more or
        fewer claims elsewhere (ids that counted claims, "…#c3", named another claim after a
        re-analysis). Zero-padded so ids sort in text order; `end` only for claims that start at
        the same character, `tie` (1, 2, ...) only for claims that also end at the same one
        (`give_claim_ids`). An id names a place: `fingerprint` tells whether the claim found
        there later is the one the id was kept for."""
        return (
            f"{article_id}#s{start:06d}" + ("" if end is None else f"-{end:06d}") + ("" if tie is None else f"-{tie}")
        )

    @property
    def fingerprint(self) -> str:
        """What this claim is, in a few characters kept beside its id (a clip's, an export's): the
        scheme's version, the length of its content and a hash of its speaker AS WRITTEN and of
        the content's first words ("v2:57:3f9a0c1d2b"). `same_claim` tells whether a claim found
        later under the same id is this one: another speaker written there, or other words where
        the id's place is (the text was edited), is another claim; the same words said by the
        same speaker, a little longer or shorter (the rules now end it a clause later or sooner),
        is the same claim. The speaker's entity id is left out: an edit elsewhere in the corpus
        (a full name that turns "pell" into "tom-pell") or `entities merge` changes it, not the
        claim."""
        return _fingerprint(self, FINGERPRINT_VERSION)

    @classmethod
    def from_record(cls, record: dict) -> Claim:
        """A claim from its stored dict (the index keeps claims as dicts; older ones lack fields)."""
        return _from_row(cls, record)

    @property
    def attribution(self) -> str:
        """Who and how, for display: "Peskov characterized", "according to TASS", "Peskov (continued)"."""
        speaker = self.speaker or "?"
        if self.verb == "according to":
            return f"according to {speaker}"
        if not self.verb_text:
            return f"{speaker} (continued)" if self.verb else speaker
        return f"{speaker} {self.verb_text}"


# A claim id of belreader before `Claim.make_id`: the claim's number in its article, which
# another analysis gives to another claim; such an id (kept in an old clip or export) names nothing.
_POSITIONAL_ID = re.compile(r"#c\d+$")


def positional_claim_id(claim_id: str) -> bool:
    """Whether `claim_id` is an old numbered id ("…#c3"), which no analysis now gives."""
    return bool(_POSITIONAL_ID.search(claim_id))


# A current id's article and the character its claim starts at (`Claim.make_id`).
_CLAIM_PLACE = re.compile(r"^(?P<article>.*)#s(?P<start>\d+)(?:-\d+)?(?:-\d+)?$")


def claim_place(claim_id: str) -> tuple[str, int] | None:
    """The article and the character where a current id's claim starts (None for an id of
    another form: an old numbered one, or none at all)."""
    found = _CLAIM_PLACE.match(claim_id)
    return (found["article"], int(found["start"])) if found else None


def starts_at(claim: Claim, claim_id: str) -> bool:
    """Whether `claim`'s id names the character `claim_id` names (either may say where its claim
    ends too, or not: `give_claim_ids`)."""
    place = claim_place(claim_id)
    return place is not None and place == claim_place(claim.id)


def taken_for(claim: Claim, claim_id: str, fingerprint: str) -> bool:
    """Whether `claim` is the claim `claim_id` was taken for with `fingerprint` (`Claim.fingerprint`,
    kept beside it): it starts at the id's character (its id may have gained or lost where it ends
    since: `give_claim_ids`) and is the same claim (`same_claim`). The one check of a kept id."""
    return starts_at(claim, claim_id) and same_claim(fingerprint, claim)


def find_claim(claims: Iterable[Claim], claim_id: str, fingerprint: str) -> Claim | None:
    """The claim `claim_id` was taken for, while `fingerprint` says it is that one (`taken_for`):
    the claim under that id, or, when the id has changed since (a second claim found starting at
    the same character: `give_claim_ids`), the one claim starting at the id's character with that
    fingerprint. None when there is none, or more than one."""
    there = [c for c in claims if taken_for(c, claim_id, fingerprint)]
    return next((c for c in there if c.id == claim_id), there[0] if len(there) == 1 else None)


def give_claim_ids(claims: list[Claim]) -> None:
    """Give the claims of one article their ids from where they start now (`Claim.make_id`; the one
    place ids are made, run by the pipeline once the claims are made and again after
    `pipeline.restore_offsets` maps a typeset copy's offsets back to the body's). A claim alone at
    its start has the bare id ("…#s000190"); claims that start at the same character ("he said X,
    Y" and its shorter "X") all get ids that also carry where they end ("…#s000190-000234"), so
    neither takes the bare id for itself. A claim's id therefore DOES change when another claim
    starting at the same character is found, or no longer found: an id kept with its fingerprint
    (a clip's, an export's) finds the claim again among those starting at its character
    (`find_claim`). Claims that also end at the same character (two drafts cut to one asked
    quote's statements) are numbered in an order of their own fields, not of the list, so the
    same claims always get the same ids. The list keeps its order."""
    for claim in claims:
        claim.id = Claim.make_id(claim.article_id, claim.start)
    shared = Counter(claim.id for claim in claims)
    for claim in claims:
        if shared[claim.id] > 1:
            claim.id = Claim.make_id(claim.article_id, claim.start, claim.end)
    tied: defaultdict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        tied[claim.id].append(claim)
    for same in tied.values():
        if len(same) > 1:
            for n, claim in enumerate(sorted(same, key=_tie_order), 1):
                claim.id = Claim.make_id(claim.article_id, claim.start, claim.end, n)


def _tie_order(claim: Claim) -> tuple:
    """Claims with one content span, ordered by what they are (not by where the list has them)."""
    return (
        claim.sentence_start,
        claim.sentence_end,
        claim.speaker_id or "",
        claim.speaker,
        claim.verb,
        claim.verb_text,
        claim.content,
        claim.direct_quote,
        claim.negated,
        claim.outlets,
        claim.dates,
        claim.paragraph,
    )


# `Claim.fingerprint`: the content's first words it hashes, and how much shorter the shorter of two
# contents under one id (one start, one speaker, the same first words) may be and still be the same
# claim: 3/4 of the longer (a clause more or less), not half of it (another claim nested in it).
_FINGERPRINT_WORDS = 4
SAME_CLAIM_LENGTH = 0.75
_WORD = re.compile(r"\w+")
# The fingerprint's scheme, written before it ("v2:57:3f9a0c1d2b"). 1 (session 41, no prefix:
# "57:3f9a0c1d2b") hashed the speaker's entity id, which an edit elsewhere in the corpus or a
# user's merge changes; 2 hashes the speaker as written. A kept fingerprint is checked in its own
# scheme, so one kept before still finds its claim while the claim (and its id) is unchanged.
FINGERPRINT_VERSION = 2
_FINGERPRINT = re.compile(r"^(?:v(?P<version>\d+):)?(?P<length>\d+):(?P<digest>[0-9a-f]+)$")


def _fingerprint_words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(text)]


def written_speaker(speaker: str | None) -> str:
    """Who says a claim as the article writes it ("Pell", "he (unresolved)"), case and spacing
    ignored: what tells two claims' speakers apart whatever entity ids they are given."""
    return " ".join((speaker or "").casefold().split())


def _fingerprint(claim: Claim, version: int) -> str:
    """`claim`'s fingerprint in scheme `version` (FINGERPRINT_VERSION, or 1 to check one kept before)."""
    words = _fingerprint_words(claim.content)
    who = written_speaker(claim.speaker) if version >= 2 else claim.speaker_id or written_speaker(claim.speaker)
    digest = hashlib.blake2b("\x1f".join([who, *words[:_FINGERPRINT_WORDS]]).encode("utf-8"), digest_size=5)
    length = len(" ".join(words))
    return (f"v{version}:" if version >= 2 else "") + f"{length}:{digest.hexdigest()}"


def fingerprint_scheme(fingerprint: str) -> int:
    """The scheme a kept fingerprint was made in (1 .. FINGERPRINT_VERSION), 0 when this belreader
    cannot read it."""
    kept = _FINGERPRINT.match(fingerprint)
    version = int(kept["version"] or 1) if kept else 0
    return version if 1 <= version <= FINGERPRINT_VERSION else 0


def same_claim(fingerprint: str, claim: Claim) -> bool:
    """Whether `claim` is the claim `fingerprint` (`Claim.fingerprint`, of this scheme or an earlier
    one) was taken from: the same speaker and first words, and contents of nearly one length (the
    shorter at least SAME_CLAIM_LENGTH of the longer). A fingerprint that cannot be read, or of a
    scheme this belreader does not know, names no claim."""
    kept = _FINGERPRINT.match(fingerprint)
    version = fingerprint_scheme(fingerprint)
    if kept is None or not version:
        return False
    now = _FINGERPRINT.match(_fingerprint(claim, version))
    assert now is not None  # made by `_fingerprint`
    shorter, longer = sorted((int(kept["length"]), int(now["length"])))
    return kept["digest"] == now["digest"] and shorter >= SAME_CLAIM_LENGTH * longer


@dataclass(slots=True)
class Source:
    id: str
    name: str
    kind: str  # publisher, author, agency, newspaper, channel, broadcaster, document, media
    claim_count: int


@dataclass(slots=True)
class Analysis:
    article_id: str
    content_hash: str
    backend: str
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)

    def to_dict(self) -> dict:
        """As `dataclasses.asdict` gives it (the same keys in the same order), written out: the
        records hold only strings, numbers, booleans, None and lists of strings, and asdict's
        generic recursion and deep copies were ~5 % of analysing an article (the cache is written
        for every article)."""
        return {
            "article_id": self.article_id,
            "content_hash": self.content_hash,
            "backend": self.backend,
            "mentions": [_row(m) for m in self.mentions],
            "entities": [_row(e) for e in self.entities],
            "claims": [_row(c) for c in self.claims],
            "sources": [_row(s) for s in self.sources],
        }

    @classmethod
    def from_dict(cls, d: dict) -> Analysis:
        def build(kind, rows):
            return [_from_row(kind, row) for row in rows]

        return cls(
            article_id=d["article_id"],
            content_hash=d["content_hash"],
            backend=d.get("backend", ""),
            mentions=build(Mention, d.get("mentions", [])),
            entities=build(Entity, d.get("entities", [])),
            claims=build(Claim, d.get("claims", [])),
            sources=build(Source, d.get("sources", [])),
        )

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def claim(self, claim_id: str) -> Claim | None:
        return next((c for c in self.claims if c.id == claim_id), None)


# The analysis's version: bumped whenever a change to the pipeline changes what an analysis holds,
# so cached analyses and an index's stored ones are redone. Kept here, not in pipeline.py, so
# that checking an index is current (index.py) does not import the pipeline.
CACHE_VERSION = "nlp-68"

# The entity types, one home for the reader's legend, the CLI's --type and the exports: the
# analysis's label and the word a person reads.
LABELS = ("PERSON", "ORG", "PLACE", "NORP", "EVENT", "DATE", "MONEY", "QUANTITY", "PERCENT")
# The types that name someone or something, and the amounts and dates.
NAME_LABELS = frozenset({"PERSON", "ORG", "PLACE", "NORP", "EVENT"})
NUMERIC_LABELS = frozenset(LABELS) - NAME_LABELS
LABEL_NAMES = {
    "PERSON": "person",
    "ORG": "organisation",
    "PLACE": "place",
    "NORP": "group",
    "EVENT": "event",
    "DATE": "date",
    "MONEY": "money",
    "QUANTITY": "quantity",
    "PERCENT": "percent",
}
_LABEL_WORDS = {
    **{label.casefold(): label for label in LABELS},
    **{name.casefold(): label for label, name in LABEL_NAMES.items()},
    "organization": "ORG",
    "people": "PERSON",
    "location": "PLACE",
    "gpe": "PLACE",
    "loc": "PLACE",
}


def label_named(name: str) -> str | None:
    """The label a type name means, as the reader or the analysis writes it ("organisation",
    "ORGANISATION", "org" -> "ORG"); None for a name that is no type."""
    return _LABEL_WORDS.get(name.strip().casefold())


def label_choices() -> str:
    """The types, for a usage message: "person (PERSON), organisation (ORG), ..."."""
    return ", ".join(f"{LABEL_NAMES[label]} ({label})" for label in LABELS)
