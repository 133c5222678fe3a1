"""Phrase positions on every backend: a stop word or a one-letter word leaves no gap between its
neighbours (Whoosh's StopFilter renumbers the words it keeps; the OpenSearch tokenizer skips
them), so a phrase and its slop count the same words on both."""

from __future__ import annotations

import pytest

from belreader.search import search

ARTICLES = {
    "interior": {"title": "A speech", "body": "The minister of the interior spoke on Monday."},
    "growth": {"title": "Figures", "body": "Economic policy and the growth of exports were discussed."},
    "budget": {"title": "Budget day", "body": "Gordon Brown's a budget was praised."},
    "apart": {"title": "Apart", "body": "Economic matters, policy papers and export growth came up."},
}


@pytest.fixture(scope="module")
def index(build_index, write_articles, tmp_path_factory):
    return build_index(write_articles(tmp_path_factory.mktemp("corpus"), ARTICLES))


def ids(index, query: str) -> list[str]:
    return sorted(hit.id for hit in search(index, query, pagelen=20, snippets=0).hits)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"minister interior"', ["interior"]),  # "of the" between: no gap
        ('"minister of the interior"', ["interior"]),
        ('"brown budget"', ["budget"]),  # "'s a": one-letter words leave no gap either
        ('"economic growth"', []),
        ('"economic growth"~2', ["growth"]),  # economic policy growth: 2 positions apart
        ('"economic growth"~3', ["growth"]),
        ('"economic growth"~4', ["growth"]),
        ('"economic growth"~5', ["apart", "growth"]),  # economic matters policy papers export growth
    ],
)
def test_stop_words_leave_no_gap(index, query, expected):
    assert ids(index, query) == expected


def test_a_copy_added_later_is_counted_once(index, tmp_path_factory):
    """A duplicate that arrives in a later update joins the group of the article already indexed."""
    corpus = index.corpus
    (corpus / "interior-copy.md").write_text((corpus / "interior.md").read_text(encoding="utf-8"), encoding="utf-8")
    try:
        index.update(procs=1)
        results = search(index, "interior")
        assert results.total == 1
        assert sorted([results.hits[0].id, *results.hits[0].also_in]) == ["interior", "interior-copy"]
    finally:
        (corpus / "interior-copy.md").unlink()
        index.update(procs=1)
    assert search(index, "interior").total == 1
