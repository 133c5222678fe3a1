"""Related claims, session 16: the reader asks about two sets of analyses in turn (the related-claims
panel over every article, fact grouping over the articles less duplicates); the related index kept
only the last one built, so each request rebuilt it (2.2 s CPU on BBC). The last two are kept."""

from __future__ import annotations

from belreader.nlp import related
from belreader.nlp.records import Analysis

from nlp_util import make_claim


def _story(article_id: str, content: str) -> Analysis:
    claim = make_claim(article_id, content, 0, paragraph=1, speaker="A spokesman", sentence=(0, len(content)))
    return Analysis(article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=[], claims=[claim])


def test_two_sets_asked_in_turn_keep_their_indexes() -> None:
    related._INDEX_CACHE.clear()
    every = [_story(f"a{n}", f"the bridge in village {n} was closed") for n in range(4)]
    some = every[:3]  # the same analyses less one (a duplicate left out)
    first = related._index_for(every)
    second = related._index_for(some)
    assert second is not first
    assert related._index_for(every) is first
    assert related._index_for(some) is second


def test_a_third_set_evicts_the_one_asked_about_longest_ago() -> None:
    related._INDEX_CACHE.clear()
    sets = [[_story(f"{s}{n}", f"the gorge near village {n} flooded") for n in range(3)] for s in "xyz"]
    x = related._index_for(sets[0])
    y = related._index_for(sets[1])
    assert related._index_for(sets[0]) is x  # x is now the newest
    related._index_for(sets[2])  # evicts y
    assert related._index_for(sets[0]) is x
    assert related._index_for(sets[1]) is not y


def test_new_claims_for_the_same_articles_build_a_new_index() -> None:
    related._INDEX_CACHE.clear()
    stories = [_story(f"b{n}", f"the aid convoy to village {n} left") for n in range(3)]
    first = related._index_for(stories)
    stories[1].claims.append(make_claim("b1", "the convoy came back", 40, paragraph=2, sentence=(40, 60)))
    assert related._index_for(stories) is not first
