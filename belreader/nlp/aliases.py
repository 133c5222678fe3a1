"""The curated entity table: canonical ids, types, roles and spelling variants.

Pure Python (tomllib + unidecode), no spaCy: search uses it at query time to
expand `Lukashenko` to `Lukashenka`, and the analysis layer uses it to relabel
and merge what the model finds.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from unidecode import unidecode

from belreader import config

LABELS = ("PERSON", "ORG", "PLACE", "DATE", "MONEY", "EVENT", "NORP", "QUANTITY", "PERCENT")

_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def normalise(text: str) -> str:
    """The lookup key of a name: ascii, lowercase, no possessive, no leading article."""
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

    @property
    def is_media(self) -> bool:
        return self.role == "media"


class EntityTable:
    """Canonical entities and their variants, looked up by normalised name."""

    def __init__(self, entries: dict[str, EntityEntry], fingerprint: str = "", claimed: dict[str, str] | None = None) -> None:
        self.entries = entries
        self.fingerprint = fingerprint
        self.warning: str | None = None  # set when the user's file could not be read
        self._by_key: dict[str, str] = {}
        self._tokens: dict[str, set[str]] = {}
        self._exact: dict[str, str] | None = None
        for entry in entries.values():
            for variant in (entry.name, *entry.aliases):
                key = normalise(variant)
                if key:
                    self._by_key.setdefault(key, entry.id)
            self._by_key.setdefault(normalise(entry.id.replace("-", " ")), entry.id)
        # Spellings the user's file gives an entity win over the bundled table's.
        self._by_key.update(claimed or {})
        for entry in entries.values():
            words = {k for k in (normalise(v) for v in (entry.name, *entry.aliases)) if k and " " not in k}
            for word in words:
                self._tokens.setdefault(word, set()).update(words)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self):
        return iter(self.entries.values())

    def canonical(self, text: str) -> str | None:
        """The canonical id of an alias, variant or possessive; None if unknown."""
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
                for variant in (entry.name, *entry.aliases):
                    self._exact.setdefault(variant.strip(), entry.id)
        return self._exact.get(_POSSESSIVE.sub("", text.strip()))

    def outlet(self, entity_id: str) -> str:
        """The outlet a programme or channel belongs to ("Today programme" -> BBC); else the id itself."""
        seen = {entity_id}
        entry = self.entries.get(entity_id)
        while entry is not None and entry.parent and entry.parent in self.entries and entry.parent not in seen:
            seen.add(entry.parent)
            entity_id, entry = entry.parent, self.entries[entry.parent]
        return entity_id

    def entry(self, entity_id: str) -> EntityEntry | None:
        return self.entries.get(entity_id)

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
        pairs = {}
        for entry in self.entries.values():
            for variant in (entry.name, *entry.aliases):
                variant = _POSSESSIVE.sub("", variant.strip())
                if variant:
                    pairs.setdefault(variant, entry.id)
        return sorted(pairs.items(), key=lambda item: (-len(item[0]), item[0]))


def _parse(path: Path) -> dict[str, EntityEntry]:
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    entries: dict[str, EntityEntry] = {}
    for entity_id, fields in data.items():
        if not isinstance(fields, dict):
            continue
        entity_id = slugify(entity_id.replace("-", " ")) or entity_id
        label = str(fields.get("label", "ORG")).upper()
        if label in ("GPE", "LOC", "FAC"):
            label = "PLACE"
        entries[entity_id] = EntityEntry(
            id=entity_id,
            name=str(fields.get("name", entity_id)),
            label=label if label in LABELS else "ORG",
            role=fields.get("role"),
            kind=fields.get("kind"),
            aliases=[str(a) for a in fields.get("aliases", [])],
            country=fields.get("country"),
            parent=fields.get("parent"),
        )
    return entries


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


_CACHE: dict[tuple, EntityTable] = {}


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
    key = (*(_stamp(path) for path in base_files), _stamp(user_file))
    if key in _CACHE:
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
            with user_file.open("rb") as handle:
                raw = tomllib.load(handle)
            user_entries = _parse(user_file)
            _merge(entries, user_entries, {slugify(k.replace("-", " ")) or k: v for k, v in raw.items() if isinstance(v, dict)})
            claimed = {normalise(v): e.id for e in user_entries.values() for v in (e.name, *e.aliases) if normalise(v)}
        except (OSError, tomllib.TOMLDecodeError) as exc:
            # A broken user file must not stop the analysis: the bundled table is used, and said so.
            warning = f"{user_file}: ignored ({exc})"
    digest = hashlib.sha1()
    for path in (*base_files, user_file):
        if path.is_file():
            digest.update(path.read_bytes())
    fingerprint = digest.hexdigest()[:12]
    table = EntityTable(entries, fingerprint, claimed)
    table.warning = warning
    _CACHE[key] = table
    return table
