"""Speed, session 35 (second round): an article's list of names found without compiling one
alternation per article finds what the alternation compiled in place found. Names and texts
invented for the purpose."""

from __future__ import annotations

import random
import re

import pytest

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
