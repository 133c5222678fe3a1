"""Duplicate groups, session 16: a story published again under the same title, rewritten or
extended (BBC: "Kilroy launches Veritas party", its first version inside a 2.6 times longer one,
Jaccard 0.35), is one group; the same title over two different stories is not, nor is a shared
passage under another title. Found by an independent reader of fact groups: 83 of 382 BBC groups
were such versions of one story, told apart as two accounts."""

from __future__ import annotations

from test_duplicates import article, edited, jaccard, story, write

from belreader import duplicates
from belreader.library import Library

TITLE = "Minister launches new party"


def test_an_extended_version_under_the_same_title_is_one_group():
    first = story(21)
    later = first + story(22, 700)  # the first version whole, then as much again and more
    assert jaccard(first, later) < 0.5  # far under the near-duplicate threshold
    keys = duplicates.group_keys([article("a", first, TITLE), article("b", later, TITLE)])
    assert keys["a"] == keys["b"]


def test_a_rewritten_version_sharing_half_its_text_is_one_group():
    first = story(23)
    later = edited(first[:250], 3) + story(24, 200)  # the lead kept, the rest rewritten
    keys = duplicates.group_keys([article("a", first, TITLE), article("b", later, TITLE)])
    assert keys["a"] == keys["b"]


def test_two_stories_under_one_title_are_two_groups():
    keys = duplicates.group_keys([article("a", story(25), TITLE), article("b", story(26), TITLE)])
    assert keys["a"] != keys["b"]


def test_a_shared_passage_under_another_title_is_no_version():
    first = story(27)
    keys = duplicates.group_keys(
        [article("a", first, TITLE), article("b", first + story(28, 700), "Another story here")]
    )
    assert keys["a"] != keys["b"]


def test_a_short_title_tells_no_story():
    first = story(29)
    keys = duplicates.group_keys([article("a", first, "Update"), article("b", first + story(30, 700), "Update")])
    assert keys["a"] != keys["b"]


def test_containment_estimate_is_close_to_the_true_share():
    first = story(31)
    later = first + story(32, 800)
    a, b = duplicates.signature(first), duplicates.signature(later)
    assert a is not None and b is not None
    assert abs(duplicates.containment(a, len(first) - 4, b, len(later) - 4) - 1.0) < 0.12


def test_a_later_version_added_by_an_update_joins_the_indexed_one(tmp_path):
    corpus = tmp_path / "versions"
    corpus.mkdir()
    first = ["veritas"] + story(33)
    write(corpus, "a", first, TITLE)
    write(corpus, "c", ["veritas"] + story(34), "Party donors named today")
    lib = Library(corpus, analysis=False)
    lib.update()
    write(corpus, "b", first + story(35, 600), TITLE)  # the story updated, in a new file
    lib.update()  # b is compared with a through the groups file saved beside the index
    hits = {hit.id: hit.also_in for hit in lib.search("veritas").hits}
    assert len(hits) == 2
    assert sorted(next(v + [k] for k, v in hits.items() if v)) == ["a", "b"]


def test_two_short_items_under_one_title_that_differ_in_a_name_are_two_stories():
    """The search conformance suite's twins: one sentence each, one place name apart."""
    brest = "A military border drill was announced near Brest for next month .".split()
    grodno = "A military border drill was announced near Grodno for next month .".split()
    keys = duplicates.group_keys(
        [article("a", brest, "Border drill announced here"), article("b", grodno, "Border drill announced here")]
    )
    assert keys["a"] != keys["b"]
