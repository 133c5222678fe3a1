"""Duplicate articles (the same story saved twice) are one hit on every backend (issue 13,
defect 15): ranked and counted once, the copies named in `also_in`."""

from __future__ import annotations

import pytest

from belreader.search import search

STORY = "Belarusian potash exports rose by a third, the ministry said."

ARTICLES = {
    "copy-a": {"title": "Potash exports rise", "publisher": "Wire", "body": STORY},
    "copy-b": {"title": "Potash exports rise", "publisher": "Wire", "body": STORY},  # saved twice
    "copy-c": {"title": "POTASH  exports rise!", "publisher": "Wire", "body": STORY.upper()},  # same words
    "other": {"title": "Potash prices fall", "publisher": "Bugle", "body": "Potash prices fell for a second month."},
}


@pytest.fixture(scope="module")
def index(build_index, write_articles, tmp_path_factory):
    return build_index(write_articles(tmp_path_factory.mktemp("corpus"), ARTICLES))


def test_duplicates_are_one_hit_that_names_its_copies(index):
    results = search(index, "potash")
    assert results.total == 2
    story, other = sorted(results.hits, key=lambda h: -len(h.also_in))
    assert {story.id, *story.also_in} == {"copy-a", "copy-b", "copy-c"}
    assert len(story.also_in) == 2 and other.id == "other" and other.also_in == []
    assert results.facets["publisher"] == {"Bugle": 1, "Wire": 1}  # counted once
    assert {tuple(h["also_in"]) for h in results.to_dict()["hits"]} == {tuple(story.also_in), ()}


def test_a_copy_that_does_not_match_is_not_named(index):
    results = search(index, "prices")
    assert [(h.id, h.also_in) for h in results.hits] == [("other", [])]


def test_pages_count_duplicates_once(index):
    first = search(index, "potash OR prices", pagelen=1)
    second = search(index, "potash OR prices", pagelen=1, page=2)
    assert first.total == second.total == 2
    assert {first.hits[0].id, second.hits[0].id} & {"other"}
