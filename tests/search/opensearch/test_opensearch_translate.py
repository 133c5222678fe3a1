"""belreader's query tree -> the query DSL, without a cluster: a stand-in analysis (lower case,
a few stop words, a trailing 's' cut) and a stand-in words index show what each node becomes."""

from __future__ import annotations

import pytest

from belreader.search import language
from belreader.search.language import QueryError
from belreader.search.opensearch.translate import TERMS_AS_CLAUSES, Translator

STOP = {"the", "of", "a"}
WORDS = {"body": ["tractor", "tractors", "trade", "train", "training"], "title": ["tractor"], "subtitle": []}


class FakeAnalysis:
    def term(self, word: str) -> str:
        word = word.lower()
        return "" if word in STOP or len(word) < 2 else word.removesuffix("s")

    def positioned(self, text: str, analyzer: str = "") -> list[tuple[str, int]]:
        terms = [self.term(w) for w in text.split()]
        return [(t, i) for i, t in enumerate(terms) if t]

    def one(self, text: str, analyzer: str) -> str:
        return text.lower()


def expand(field: str, spec: dict, limit: int) -> list[str]:
    words = WORDS.get(field, [])
    if "prefix" in spec:
        return [w for w in words if w.startswith(spec["prefix"]["term"])][: limit + 1]
    return words[: limit + 1]


def translate(text: str):
    translator = Translator(FakeAnalysis(), expand, text)  # type: ignore[arg-type]
    return translator.translate(language.parse(text, table=False)), translator.match


def body_clause(query: dict) -> dict:
    """The body field's clause of a query over the default fields."""
    (clause,) = [c for c in query["bool"]["should"] if "body" in str(c) and "title" not in str(c)]
    return clause


def test_an_adjacent_phrase_is_a_match_phrase_without_slop():
    query, match = translate('"training range"')
    assert body_clause(query) == {"match_phrase": {"body": {"query": "training range", "slop": 0, "boost": 1.0}}}
    assert match.phrases == [(["training", "range"], 1)]


def test_a_sloppy_phrase_is_ordered_span_near_per_pair_of_words():
    query, _match = translate('"xx yy zz"~3')
    near = body_clause(query)["span_near"]
    assert near["in_order"] is True and near["slop"] == 2  # at most 3 positions after: 2 words between
    inner = near["clauses"][0]["span_near"]
    assert inner["in_order"] is True and inner["slop"] == 2
    assert [c["span_term"] for c in inner["clauses"]] == [{"body": "xx"}, {"body": "yy"}]
    assert near["clauses"][1] == {"span_term": {"body": "zz"}}


def test_a_stop_word_inside_a_sloppy_phrase_keeps_its_place():
    query, _match = translate('"disbursal of loan"~2')
    near = body_clause(query)["span_near"]
    assert near["slop"] == 2  # one position for "of", one for the slop


def test_a_stop_word_drops_out_and_alone_matches_nothing():
    with_stop, _ = translate("the tractor")
    alone, _ = translate("tractor")
    assert with_stop == alone
    assert translate("the")[0] is None
    assert translate("-the")[0] is None


def test_negations_are_must_not():
    query, match = translate("tractor -trade")
    assert "must_not" in query["bool"] and len(query["bool"]["must"]) == 1
    assert match.words == {"tractor"}  # the negated word is not looked for
    query, _ = translate("-trade")
    assert query["bool"]["must"] == [{"match_all": {}}]


def test_andnot_and_andmaybe():
    query, match = translate("tractor ANDNOT trade")
    assert set(query["bool"]) == {"must", "must_not"}
    assert match.words == {"tractor"}
    query, match = translate("tractor ANDMAYBE trade")
    assert set(query["bool"]) == {"must", "should"}
    assert match.words == {"tractor", "trade"}


def test_a_keyword_term_and_what_the_query_looks_for():
    query, match = translate("speaker:peskov")
    assert query == {"term": {"speaker": {"value": "peskov", "boost": 1.0}}}
    assert match.speakers == {"peskov"}


def test_a_prefix_is_expanded_to_the_index_words_within_the_limits(monkeypatch):
    query, match = translate("tra*")
    assert match.words == {"tractor", "tractors", "trade", "train", "training"}
    monkeypatch.setattr(language, "MAX_TERM_EXPANSION", 3)
    with pytest.raises(QueryError, match="'tra\\*' matches more than 3 words"):
        translate("tra*")
    monkeypatch.setattr(language, "MAX_TERM_EXPANSION", 5)
    monkeypatch.setattr(language, "MAX_QUERY_EXPANSION", 6)
    with pytest.raises(QueryError, match="in all"):
        translate("tra* OR trai*")


def test_many_words_are_one_terms_query(monkeypatch):
    many = [f"w{i:03}" for i in range(TERMS_AS_CLAUSES + 1)]
    monkeypatch.setitem(WORDS, "body", many)
    query, _match = translate("body:w*")
    assert query == {"terms": {"body": many, "boost": 1.0}}
