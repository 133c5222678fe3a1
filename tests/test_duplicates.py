"""Near-duplicate articles (issue 13, defect 15): an edited copy of a story shares its duplicate
group with the original, so search shows one hit with "also in" and counts fold it, as they
already did for exact copies."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from belreader import duplicates
from belreader.article import Article, Paragraph
from belreader.documents import text_key
from belreader.library import Library

VOCABULARY = [f"w{n}" for n in range(3000)]


def story(seed: int, words: int = 400) -> list[str]:
    rng = random.Random(seed)
    return [rng.choice(VOCABULARY) for _ in range(words)]


def edited(words: list[str], changes: int, seed: int = 1) -> list[str]:
    """`words` with `changes` single words replaced, spread over the text."""
    rng = random.Random(seed)
    out = list(words)
    for at in rng.sample(range(len(out)), changes):
        out[at] = f"edit{at}"
    return out


def article(article_id: str, words: list[str], title: str = "A story") -> Article:
    body = " ".join(words)
    return Article(
        id=article_id,
        path=Path(f"/corpus/{article_id}.txt"),
        title=title,
        body=body,
        paragraphs=[Paragraph(0, 0, len(body))],
        content_hash=article_id,
    )


def shingles(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + 5]) for i in range(len(words) - 4)}


def jaccard(a: list[str], b: list[str]) -> float:
    x, y = shingles(a), shingles(b)
    return len(x & y) / len(x | y)


def test_the_exact_key_is_documents_text_key():
    item = article("a", ["Hello,", "World!", "It's", "a_test"], title="Title: here")
    assert duplicates.exact_key(duplicates.normalised_words(item)) == text_key(item)


def test_an_edited_copy_shares_the_group_and_a_different_story_does_not():
    original = story(1)
    copy = edited(original, 3)  # about 15 of 400 shingles change: Jaccard ~0.93
    rewritten = edited(original, 40)  # Jaccard well under 0.9
    assert jaccard(original, copy) > 0.9 > jaccard(original, rewritten)
    keys = duplicates.group_keys(
        [article("a", original), article("b", copy), article("c", rewritten), article("d", story(2))]
    )
    assert keys["a"] == keys["b"]
    assert len({keys["a"], keys["c"], keys["d"]}) == 3


def test_exact_copies_and_short_texts_group_by_their_words():
    keys = duplicates.group_keys(
        [article("a", ["Short", "one"]), article("b", ["short", "ONE."]), article("c", ["short", "two"])]
    )
    assert keys["a"] == keys["b"] != keys["c"]


@pytest.mark.parametrize("changes", [2, 6, 12, 25])
def test_the_estimate_is_close_to_the_true_similarity(changes):
    original = story(changes + 10)
    copy = edited(original, changes, seed=changes)
    a, b = (duplicates.signature(w) for w in (original, copy))
    assert a is not None and b is not None
    assert abs(duplicates.similarity(a, b) - jaccard(original, copy)) < 0.1


def write(corpus: Path, name: str, words: list[str], title: str) -> None:
    (corpus / f"{name}.txt").write_text(f"{title}\n\n{' '.join(words)}\n", encoding="utf-8")


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "dups"
    folder.mkdir()
    original = ["harvest"] + story(5)
    write(folder, "a", original, "Harvest late")
    write(folder, "b", edited(original, 3), "Harvest is late")  # another headline, an edited body
    write(folder, "c", ["harvest"] + story(6), "Another harvest")
    return folder


def test_near_duplicates_are_one_hit_with_also_in(corpus):
    lib = Library(corpus, analysis=False)
    lib.update()
    results = lib.search("harvest")
    assert results.total == 2
    by_id = {hit.id: hit.also_in for hit in results.hits}
    assert by_id in ({"a": ["b"], "c": []}, {"b": ["a"], "c": []})
    assert sorted(lib.article_ids_matching("harvest")) == ["a", "b", "c"]
    assert lib.timeline().duplicates == 1  # counted once in the corpus's pictures


def test_an_update_matches_new_and_changed_articles_against_the_indexed_ones(corpus):
    lib = Library(corpus, analysis=False)
    lib.update()
    original = ["harvest"] + story(5)
    write(corpus, "d", edited(original, 2, seed=9), "Harvest late, again")  # added later
    lib.update()
    hits = {hit.id: hit.also_in for hit in lib.search("harvest").hits}
    assert len(hits) == 2 and sorted(next(v + [k] for k, v in hits.items() if v)) == ["a", "b", "d"]
    write(corpus, "b", ["harvest"] + story(7), "Harvest late")  # b is now another story
    lib.update()
    assert lib.search("harvest").total == 3
    (corpus / "a.txt").unlink()  # the group's first article goes; its copy d stays one with nothing
    lib.update()
    assert lib.search("harvest").total == 3
    assert not any(hit.also_in for hit in lib.search("harvest").hits)


def test_an_unreadable_groups_file_only_loses_near_matches_with_earlier_articles(corpus):
    lib = Library(corpus, analysis=False)
    lib.update()
    (lib.index_dir / duplicates.FILE).write_bytes(b"garbage\n\x00\x01")
    write(corpus, "e", ["harvest"] + story(8), "Unrelated harvest")
    lib.update()  # no traceback; the file is written afresh
    assert lib.search("harvest").total == 3
    assert duplicates.DuplicateGroups.open(lib.index_dir).group_of("e") is not None
