"""Speed, session 35 (second round): an article's list of names found without compiling one
alternation per article finds what the alternation compiled in place found. Names and texts
invented for the purpose."""

from __future__ import annotations

import random
import re

import pytest

from belreader.nlp.entities import Gazetteer
from belreader.nlp.kinds import any_written_whole, capitalised_word_before_any

BODIES = [
    "Pell said Pellow and Pell-Velt met Pell's staff. Tom Pell, Pellow’s aide, left; Pell.",
    "Ann Anna Annabel Anna-Lee 'Ann' Anna's Annas Ann. AnnAnna Ann",
    "Grobco Grobco-Velt grobco Grobco. Velt Grobco Bank's Grobco, Grobco’s GrobcoGrobco Grobco_x Grobco",
    "C++ C++x xC++ (C++) Pell.com Velt.Velt Velt-",
    "",
]
NAMES = [
    ["Pell", "Pellow"],
    ["Pellow", "Pell"],
    ["Ann", "Anna", "Annabel"],
    ["Annabel", "Anna", "Ann"],
    ["Grobco", "Velt", "C++"],
    ["Velt"],
    ["Pell's", "Pell"],
    ["aa", "a"],
]


def _compiled(names: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])(" + "|".join(re.escape(w) for w in names) + r")(?![\w-])")


@pytest.mark.parametrize("names", NAMES)
def test_any_written_whole_finds_what_the_alternation_finds(names: list[str]) -> None:
    for body in BODIES:
        found = list(any_written_whole(names, body))
        assert found == [(m.start(), m.end(), m.group(1)) for m in _compiled(names).finditer(body)]


def test_any_written_whole_on_random_texts() -> None:
    rng = random.Random(35)
    pieces = ["Pell", "Pellow", "Ann", "Anna", "a", "aa", " ", "-", "'", "’", "s", ".", "x", "_"]
    for _ in range(400):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        names = rng.sample(["Pell", "Pellow", "Ann", "Anna", "a", "aa", "Pell-Ann"], rng.randint(1, 4))
        found = list(any_written_whole(names, body))
        assert found == [(m.start(), m.end(), m.group(1)) for m in _compiled(names).finditer(body)]


FULL_BODIES = [
    "Tom Pell said Ann Pellow and Ida Pell-Velt met Tom Pell's staff. McDo Pell, Xy Pell Ida Pell",
    "Tom  Pell TOm Pell Tom Pell_x Tom Pellowx Élan Pell tom Pell 'Tom Pell' -Tom Pell Ab Pell Pell",
    "A Pell Ann Pell Pell Ann Anna Ida Anna Pell Tom Ann Pell",
    "",
]


def _compiled_after_first_name(names: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w’'-])([A-Z][a-z]+) (" + "|".join(re.escape(w) for w in names) + r")(?![\w-])")


@pytest.mark.parametrize("names", NAMES)
def test_capitalised_word_before_any_finds_what_the_pattern_finds(names: list[str]) -> None:
    for body in FULL_BODIES + BODIES:
        found = list(capitalised_word_before_any(names, body))
        pattern = _compiled_after_first_name(names)
        assert found == [(m.start(), m.end(), m.group(1), m.group(2)) for m in pattern.finditer(body)]


def test_capitalised_word_before_any_on_random_texts() -> None:
    rng = random.Random(36)
    pieces = ["Tom", "Pell", "Pellow", "Ann", "Anna", "a", "T", " ", " ", "-", "'", "’", "s", ".", "x", "É"]
    for _ in range(600):
        body = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        names = rng.sample(["Pell", "Pellow", "Ann", "Anna", "a", "Tom Pell", "Pell-Ann"], rng.randint(1, 4))
        found = list(capitalised_word_before_any(names, body))
        pattern = _compiled_after_first_name(names)
        assert found == [(m.start(), m.end(), m.group(1), m.group(2)) for m in pattern.finditer(body)]


class _Table:
    """A stand-in for an EntityTable: only its spellings."""

    def __init__(self, aliases: list[str]) -> None:
        self.aliases = aliases

    def surface_forms(self):
        return [(alias, None) for alias in self.aliases]


def _old_find(aliases: list[str], text: str):
    """Gazetteer.find as it was, indexed by two characters only."""
    forms: dict[str, str] = {}
    for alias in aliases:
        forms.setdefault(alias, alias)
        if len(alias) >= 4 and alias.upper() != alias:
            forms.setdefault(alias.upper(), alias)
    by_prefix: dict[str, list[str]] = {}
    for form in sorted(forms, key=lambda f: (-len(f), f)):
        by_prefix.setdefault(form[:2], []).append(form)
    cursor = 0
    for match in re.finditer(r"(?<![\w-])\S", text):
        start = match.start()
        if start < cursor:
            continue
        for form in by_prefix.get(text[start : start + 2], ()):
            end = start + len(form)
            if (
                text.startswith(form, start)
                and not (end < len(text) and (text[end].isalnum() or text[end] == "_"))
                and not (text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit())
            ):
                yield start, end
                cursor = end
                break


ALIASES = [
    "The Velt",
    "The Velt Times",
    "Th",
    "The",
    "Thea",
    "Theo Pell",
    "BBC",
    "BB",
    "B",
    "Grobco",
    "Grob",
    "Gro",
    "G7",
]


def test_gazetteer_finds_what_the_two_character_index_found() -> None:
    rng = random.Random(37)
    pieces = [
        "The",
        " ",
        "Velt",
        "Times",
        "Th",
        "ea",
        "o Pell",
        "BBC",
        "B",
        "Grob",
        "co",
        "GROBCO",
        "-",
        "7",
        "s",
        "_",
        "G",
    ]
    texts = [
        "The Velt Times and The Velt said Theo Pell of Grobco (GROBCO) met the BBC, BB-7 and G7-2 B",
        "Thea Th The The-Velt Grobcos Grob-co Gro G",
    ]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(500)]
    for n in range(1, len(ALIASES) + 1):
        aliases = ALIASES[:n]
        gazetteer = Gazetteer(_Table(aliases))  # type: ignore[arg-type]
        for text in texts:
            assert list(gazetteer.find(text)) == list(_old_find(aliases, text))
