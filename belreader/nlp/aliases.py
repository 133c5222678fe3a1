"""The curated entity table: canonical ids, types, roles and spelling variants.

Pure Python (tomllib + unidecode), no spaCy: search uses it at query time to
expand `Lukashenko` to `Lukashenka`, and the analysis layer uses it to relabel
and merge what the model finds.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

from unidecode import unidecode

from belreader import config
from belreader.nlp.htmlrefs import unescape
from belreader.nlp.records import LABELS

_LABEL_SYNONYMS = {"GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
# What an entry may hold, and of which type.
_TEXT_FIELDS = ("name", "label", "role", "kind", "country", "parent")
_LIST_FIELDS = ("aliases", "nicknames", "exact")
_FIELDS = (*_TEXT_FIELDS, *_LIST_FIELDS)


class EntityTableError(ValueError):
    """An entity table that cannot be used; the one-line message names the file and the key."""


_T = TypeVar("_T")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)  # the same names are looked up over and over, per mention and per rule
def normalise(text: str) -> str:
    """The lookup key of a name: ascii, lowercase, no possessive, no leading article; a letter
    written as an HTML character reference is the letter ("Pap&#233;", "Pap&eacute;" are "pape", as "Papé" is)."""
    text = unescape(text)
    text = _POSSESSIVE.sub("", text.strip())
    key = unidecode(text).lower().replace("'", "")
    key = " ".join(_NON_WORD.sub(" ", key).split())
    if key.startswith("the "):
        key = key[4:]
    return key


def slugify(text: str) -> str:
    """A canonical id for a name the table does not know: `Sergei Rumas` -> `sergei-rumas`."""
    return normalise(text).replace(" ", "-")


@dataclass(slots=True)
class EntityEntry:
    id: str
    name: str
    label: str
    role: str | None = None
    kind: str | None = None  # for sources: agency, newspaper, channel, broadcaster, ...
    aliases: list[str] = field(default_factory=list)
    country: str | None = None  # for people: the id of their country ("the Russian foreign minister")
    parent: str | None = None  # for programmes and channels: the broadcaster's id ("Today" -> BBC)
    # names it goes by that are no alias, taken only where a sport article names the entity itself
    # (a club by the table's id, not only by its town) and no other entity so called: a club's
    # nickname ("the Magpies" in an article naming Newcastle United, not in one naming another)
    nicknames: list[str] = field(default_factory=list)
    # spellings that name it only as written, never by their lookup key: an outlet whose bare word
    # is a common word or a surname ("The Hill": "Hill said", a player "Hill" are people). A
    # spelling of several words is found as written ("The Hill", case and "The" kept); one word
    # only in an outlet's shape ("told Five", `EntityTable.outlet_word`). Such an entry keeps its
    # id as written ("the-hill"), so that no unknown name's slug ("hill") takes it.
    exact: list[str] = field(default_factory=list)

    @property
    def is_media(self) -> bool:
        return self.role == "media"


def _keyed(entry: EntityEntry) -> list[str]:
    """The entry's spellings looked up by their key: its name and aliases, not its exact spellings."""
    return [v for v in (entry.name, *entry.aliases) if v not in entry.exact]


class EntityTable:
    """Canonical entities and their variants, looked up by normalised name."""

    def __init__(
        self, entries: dict[str, EntityEntry], fingerprint: str = "", claimed: dict[str, str] | None = None
    ) -> None:
        self.entries = entries
        self.fingerprint = fingerprint
        self.warning: str | None = None  # set when the user's file could not be read
        self._by_key: dict[str, str] = {}
        self._tokens: dict[str, set[str]] = {}
        self._exact: dict[str, str] | None = None
        self._nicknames: dict[str, set[str]] | None = None
        # the spellings found only as written (EntityEntry.exact): several words, and one word
        self._as_written: dict[str, str] = {}
        self._outlet_words: dict[str, str] = {}
        self._derived: dict[str, Any] = {}  # what `derived` computed from this table
        for entry in entries.values():
            for spelling in entry.exact:
                (self._as_written if " " in spelling.strip() else self._outlet_words).setdefault(
                    spelling.strip(), entry.id
                )
            for variant in _keyed(entry):
                key = normalise(variant)
                if key:
                    self._by_key.setdefault(key, entry.id)
            if (key := normalise(entry.id.replace("-", " "))) not in {normalise(e) for e in entry.exact}:
                self._by_key.setdefault(key, entry.id)
        # Spellings the user's file gives an entity win over the bundled table's.
        self._by_key.update(claimed or {})
        for entry in entries.values():
            words = {k for k in (normalise(v) for v in _keyed(entry)) if k and " " not in k}
            for word in words:
                self._tokens.setdefault(word, set()).update(words)

    def __len__(self) -> int:
        return len(self.entries)

    def derived(self, name: str, build: Callable[[], _T]) -> _T:
        """Something computed from the table once (its gazetteer, the pattern of its parties' adjectives),
        kept on the table: it goes when the table goes, never in a module-level cache of its own."""
        if name not in self._derived:
            self._derived[name] = build()
        return self._derived[name]

    def __iter__(self):
        return iter(self.entries.values())

    def canonical(self, text: str) -> str | None:
        """The canonical id of an alias, variant or possessive; None if unknown."""
        written = self._as_written.get(_POSSESSIVE.sub("", text.strip()))
        if written is not None:
            return written  # "The Hill" as the table writes it
        key = normalise(text)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        return None

    def exact(self, text: str) -> str | None:
        """The id of a spelling exactly as the table writes it (short names: "US" but not "Us")."""
        if self._exact is None:
            self._exact = {}
            for entry in self.entries.values():
                for variant in (entry.name, *entry.aliases, *entry.exact):
                    if variant.strip() not in self._outlet_words:
                        self._exact.setdefault(variant.strip(), entry.id)
        return self._exact.get(_POSSESSIVE.sub("", text.strip()))

    def outlet_word(self, word: str) -> str | None:
        """The id of an outlet one of whose exact spellings is this one word ("Five"), which names
        it only in an outlet's shape ("told Five"), never as a mention ("Five people said")."""
        return self._outlet_words.get(_POSSESSIVE.sub("", word.strip()))

    def outlet(self, entity_id: str) -> str:
        """The outlet a programme or channel belongs to ("Today programme" -> BBC); else the id itself.
        A broadcaster's owner is no outlet: a channel whose parent is a media group ("Fox News" of
        News Corporation) is the outlet itself."""
        seen = {entity_id}
        entry = self.entries.get(entity_id)
        while (
            entry is not None
            and entry.parent
            and entry.parent in self.entries
            and entry.parent not in seen
            and self.entries[entry.parent].kind != "media"
        ):
            seen.add(entry.parent)
            entity_id, entry = entry.parent, self.entries[entry.parent]
        return entity_id

    def entry(self, entity_id: str) -> EntityEntry | None:
        return self.entries.get(entity_id)

    def nicknamed(self, text: str) -> set[str]:
        """The ids of the entries that go by this nickname ("Magpies"), empty if none."""
        if self._nicknames is None:
            self._nicknames = {}
            for entry in self.entries.values():
                for nickname in entry.nicknames:
                    self._nicknames.setdefault(normalise(nickname), set()).add(entry.id)
        return self._nicknames.get(normalise(text), set())

    def expand_token(self, token: str) -> set[str]:
        """All single-word variants of the entity `token` names (lowercase), or an empty set."""
        key = normalise(token)
        if " " in key or not key:
            return set()
        variants = set(self._tokens.get(key, ()))
        if not variants and key in self.entries:
            entry = self.entries[key]
            variants = {k for k in (normalise(v) for v in (entry.name, *entry.aliases)) if k and " " not in k}
        return variants

    def surface_forms(self) -> list[tuple[str, str]]:
        """(alias as written, entity id) pairs for gazetteer matching, longest first."""
        pairs: dict[str, str] = {}
        for entry in self.entries.values():
            for variant in (entry.name, *entry.aliases, *entry.exact):
                variant = _POSSESSIVE.sub("", variant.strip())
                if variant and variant not in self._outlet_words:
                    pairs.setdefault(variant, entry.id)
        return sorted(pairs.items(), key=lambda item: (-len(item[0]), item[0]))


def _read_toml(path: Path) -> dict:
    """The table's TOML; EntityTableError (file and reason on one line) if it cannot be read."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except OSError as exc:
        raise EntityTableError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, RecursionError) as exc:
        raise EntityTableError(f"{path}: not valid TOML ({exc})") from None


def _type_name(value) -> str:
    return {str: "text", list: "a list", dict: "a table", bool: "true/false"}.get(type(value), type(value).__name__)


def _check_entry(path: Path, entity_id: str, fields) -> None:
    """Every entry is a table of known keys of the right type; the error names the key."""
    where = f"{path}: [{entity_id}]"
    if not isinstance(fields, dict):
        raise EntityTableError(
            f"{path}: '{entity_id}' must be a table ([{entity_id}] with name, label, aliases...), not {_type_name(fields)}"
        )
    for key, value in fields.items():
        if key not in _FIELDS:
            raise EntityTableError(f"{where} unknown key '{key}' (known: {', '.join(_FIELDS)})")
        if key in _LIST_FIELDS:
            wrong = value if not isinstance(value, list) else next((a for a in value if not isinstance(a, str)), None)
            if wrong is not None:
                what = _type_name(value) if wrong is value else f"a list holding {_type_name(wrong)}"
                raise EntityTableError(f'{where} {key} must be a list of text, like ["A", "B"], not {what}')
        elif not isinstance(value, str):
            raise EntityTableError(f"{where} {key} must be text, not {_type_name(value)}")
    label = fields.get("label")
    if label is not None and label.upper() not in LABELS and label.upper() not in _LABEL_SYNONYMS:
        raise EntityTableError(f"{where} label '{label}' is not one of {', '.join(LABELS)}")


def _parse(path: Path, data: dict | None = None) -> dict[str, EntityEntry]:
    """The entries of one table file. Raises EntityTableError naming the file and the key."""
    if data is None:
        data = _read_toml(path)
    entries: dict[str, EntityEntry] = {}
    for entity_id, fields in data.items():
        _check_entry(path, entity_id, fields)
        if not fields.get("exact"):
            entity_id = slugify(entity_id.replace("-", " ")) or entity_id  # "the-sun" -> "sun"
        label = fields.get("label", "ORG").upper()
        entries[entity_id] = EntityEntry(
            id=entity_id,
            name=fields.get("name", entity_id),
            label=_LABEL_SYNONYMS.get(label, label),
            role=fields.get("role"),
            kind=fields.get("kind"),
            aliases=list(fields.get("aliases", [])),
            country=fields.get("country"),
            parent=fields.get("parent"),
            nicknames=list(fields.get("nicknames", [])),
            exact=list(fields.get("exact", [])),
        )
    return entries


def check_user_table(user_file: Path | None = None) -> None:
    """Raise EntityTableError (one line: the file and the key) if the user's entities.toml
    cannot be used. The front ends call this before a command; `load_table` itself never
    fails on the user's file: it warns and uses the bundled tables."""
    user_file = user_file if user_file is not None else config.user_entities_file()
    if user_file.is_file():
        _parse(user_file)


def _merge(base: dict[str, EntityEntry], override: dict[str, EntityEntry], raw_override: dict) -> None:
    # A spelling the user gives an entity is theirs: it leaves any bundled entity that had it.
    claimed = {normalise(a): entity_id for entity_id, entry in override.items() for a in entry.aliases}
    for entity_id, current in base.items():
        current.aliases = [a for a in current.aliases if claimed.get(normalise(a), entity_id) == entity_id]
    for entity_id, entry in override.items():
        if entity_id not in base:
            base[entity_id] = entry
            continue
        current = base[entity_id]
        named = raw_override.get(entity_id, {})
        for name in ("name", "label", "role", "kind", "country", "parent"):
            if name in named:
                setattr(current, name, getattr(entry, name))
        if "aliases" in named:
            current.aliases = list(dict.fromkeys([*current.aliases, *entry.aliases]))
        if "nicknames" in named:
            current.nicknames = list(dict.fromkeys([*current.nicknames, *entry.nicknames]))
        if "exact" in named:
            current.exact = list(dict.fromkeys([*current.exact, *entry.exact]))


_CACHE: OrderedDict[tuple, EntityTable] = OrderedDict()
_CACHED_TABLES = 4  # the tables kept, most recently asked first (a long run whose user file changes)


def _stamp(path: Path) -> tuple[str, float]:
    try:
        return (str(path), path.stat().st_mtime)
    except OSError:
        return (str(path), -1.0)


def load_table(user_file: Path | None = None, base_file: Path | None = None) -> EntityTable:
    """The bundled tables with the user's file merged over them; cached per (paths, mtimes).

    `base_file` replaces the bundled tables (tests); the bundled ones are read in order and
    an id that an earlier file defines is kept from that file.
    """
    base_files = [base_file] if base_file is not None else config.bundled_entity_files()
    user_file = user_file if user_file is not None else config.user_entities_file()
    # No user file: the same table whatever folder it would be in (each project, each test its own).
    user_stamp = _stamp(user_file)
    key = (*(_stamp(path) for path in base_files), user_stamp if user_stamp[1] >= 0 else None)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    entries: dict[str, EntityEntry] = {}
    for path in base_files:
        if path.is_file():
            for entity_id, entry in _parse(path).items():
                entries.setdefault(entity_id, entry)
    warning = None
    claimed: dict[str, str] = {}
    if user_file.is_file():
        try:
            raw = _read_toml(user_file)
            user_entries = _parse(user_file, raw)
            _merge(entries, user_entries, {slugify(k.replace("-", " ")) or k: v for k, v in raw.items()})
            claimed = {normalise(v): e.id for e in user_entries.values() for v in (e.name, *e.aliases) if normalise(v)}
        except EntityTableError as exc:
            # A broken user file must not stop the analysis: the bundled table is used, and said so.
            warning = f"{user_file}: ignored ({str(exc).removeprefix(f'{user_file}: ')})"
    digest = hashlib.sha1()
    for path in (*base_files, user_file):
        try:
            digest.update(path.read_bytes())
        except OSError:  # absent or unreadable: the table is made without it
            pass
    fingerprint = digest.hexdigest()[:12]
    table = EntityTable(entries, fingerprint, claimed)
    table.warning = warning
    _CACHE[key] = table
    while len(_CACHE) > _CACHED_TABLES:
        _CACHE.popitem(last=False)
    return table
