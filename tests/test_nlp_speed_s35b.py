"""Speed, session 35 (second round): an article's list of names found without compiling one
alternation per article finds what the alternation compiled in place found. Names and texts
invented for the purpose."""

from __future__ import annotations

import random
import re

import pytest

from belreader.nlp.kinds import any_written_whole

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
