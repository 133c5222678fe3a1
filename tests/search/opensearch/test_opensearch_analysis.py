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


S, E = "\ue000", "\ue001"  # the marks backend.py asks the cluster's highlighter for


def test_spans_of_a_hit_are_read_from_the_cluster_marks():
    text = "Potash rose. Timber fell; potash-prices (U.Potash) grew."
    analysis = analysis_with({w: w.lower() for w in WORD.findall(text)})
    marked = f"{S}Potash{E} rose. {S}Timber{E} fell; {S}potash{E}-prices (U.Potash) grew."
    analysis.remember(text, frozenset({"potash", "timber"}), marked, S, E)
    analysis._cache["belreader_text"]["Timber"] = "timber"
    assert analysis.spans(text, {"potash", "timber"}) == [(0, 6), (13, 19), (26, 32)]
    # the same spans as the text's own scan would give, for the terms asked or fewer
    assert analysis.spans(text, {"potash"}) == [(0, 6), (26, 32)] == by_scan(analysis, text, {"potash"})
    # the marks were read: they are not what a scan would find (U.Potash is not "potash")
    analysis._cache["belreader_text"]["rose"] = "potash"
    assert analysis.spans(text, {"potash"}) == [(0, 6), (26, 32)]
    # another text object, or terms beyond the marked ones: found in Python
    copy = "".join(list(text))
    assert analysis.spans(copy, {"potash"}) == [(0, 6), (7, 11), (26, 32)]
    assert analysis.spans(text, {"potash", "fell"}) == [(0, 6), (7, 11), (20, 24), (26, 32)]


def test_marks_that_do_not_give_back_the_text_are_not_used():
    text = "Potash rose."
    analysis = analysis_with({"Potash": "potash", "rose": "rose"})
    for marked in (f"Potash{E} rose.", f"{S}Potash{E} rose", f"{S}Potash rose.", f"{S}{E}Potash rose."):
        analysis.remember(text, frozenset({"rose"}), marked, S, E)
        assert analysis.spans(text, {"rose"}) == [(7, 11)]  # the scan's, not the marks'
    odd = f"Potash{S} rose."  # a text holding a mark character itself
    analysis._cache["belreader_text"][S] = ""
    analysis.remember(odd, frozenset({"potash"}), f"{S}Potash{E}{S} rose.", S, E)
    assert analysis.spans(odd, {"potash"}) == [(0, 6)]
    analysis.remember(text, frozenset({"potash"}), None, S, E)  # no marks: none of the terms is there
    assert analysis.spans(text, {"potash"}) == []
