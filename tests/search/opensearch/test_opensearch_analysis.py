"""The highlighting spans of the OpenSearch backend's analysis (no cluster: the word cache is
filled by hand): one regular expression over the text finds exactly the tokens a word-by-word
scan finds."""

from __future__ import annotations

import random

from belreader.search.opensearch.analysis import WORD, Analysis


def analysis_with(terms: dict[str, str]) -> Analysis:
    analysis = Analysis(client=None, index="none")
    analysis._cache["belreader_text"] = dict(terms)
    return analysis


def by_scan(analysis: Analysis, text: str, wanted: set[str]) -> list[tuple[int, int]]:
    terms = analysis._cache["belreader_text"]
    return [m.span() for m in WORD.finditer(text) if terms[m.group()] in wanted]


def test_spans_are_whole_tokens_as_the_scan_finds_them():
    pieces = ["run", "runs", "U.S", "u.s.a", "a.b", "b", "x*", "Ünïcode", "лук", "run.b", "2020", "ran"]
    glue = [" ", ". ", ".", "..", "-", "'", ", ", "\n", "*", "_"]
    rng = random.Random(7)
    for _ in range(400):
        text = "".join(rng.choice(pieces) + rng.choice(glue) for _ in range(rng.randint(1, 30)))
        words = set(WORD.findall(text))
        analysis = analysis_with({w: w.lower().rstrip("s") for w in words})
        wanted = set(rng.sample(sorted({t.lower().rstrip("s") for t in words}), k=min(3, len(words))))
        assert analysis.spans(text, wanted) == by_scan(analysis, text, wanted), (text, wanted)


def test_no_wanted_words_no_spans():
    analysis = analysis_with({"Potash": "potash", "potash": "potash", "U.Potash": "u.potash"})
    assert analysis.spans("Potash", set()) == [] and analysis.spans("Potash", {"timber"}) == []
    assert analysis.spans("Potash potash-Potash U.Potash", {"potash"}) == [(0, 6), (7, 13), (14, 20)]
