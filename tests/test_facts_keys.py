"""The Library hands the duplicate-group keys the index stored to fact grouping and the corpus
statistics, so neither finds the duplicates again (MinHash over every article); without stored
keys they still do."""

from __future__ import annotations

import shutil

import pytest

from belreader import duplicates
from belreader.library import Library

from nlp_util import SEED_IDS

JAMESTOWN = SEED_IDS["000"]


@pytest.fixture
def indexed_with_copy(seed_corpus, tmp_path, shared_analysis_cache):
    """The seed corpus with a second file holding the Jamestown article, indexed."""
    from belreader.index import CorpusIndex

    shutil.copy(seed_corpus / f"{JAMESTOWN}.txt", seed_corpus / "zz_reprint.txt")
    index_dir = tmp_path / "index"
    CorpusIndex(seed_corpus, index_dir).update(procs=1)
    return seed_corpus, index_dir


def copy_id(library: Library) -> str:
    return next(a.article_id for a in library.analyses() if a.article_id.startswith("zz_reprint"))


def loan_account(library: Library):
    return next(
        account
        for group in library.fact_groups()
        for account in group.accounts
        if account.article_id == JAMESTOWN and "$1.5 billion" in account.claim.content
    )


def test_the_library_folds_copies_by_the_keys_the_index_stored(indexed_with_copy, monkeypatch):
    corpus, index_dir = indexed_with_copy
    stored = duplicates.stored_keys(index_dir)
    library = Library(corpus, index_dir)
    copy = copy_id(library)
    assert stored[copy] == stored[JAMESTOWN]  # the index put the copy in its original's group

    def found_again(articles):
        raise AssertionError("the duplicate groups were found again, not read from the index")

    monkeypatch.setattr(duplicates, "group_keys", found_again)
    assert loan_account(library).duplicates == [copy]
    assert all(copy not in group.article_ids for group in library.fact_groups())
    entry = next(e for e in library.corpus_stats().entries if e.id == JAMESTOWN)
    assert copy in entry.copies


def test_without_stored_keys_the_duplicates_are_found_again(indexed_with_copy, monkeypatch):
    corpus, index_dir = indexed_with_copy
    (index_dir / duplicates.FILE).unlink()
    assert duplicates.stored_keys(index_dir) == {}
    calls = []
    original = duplicates.group_keys

    def counted(articles):
        calls.append(1)
        return original(articles)

    monkeypatch.setattr(duplicates, "group_keys", counted)
    library = Library(corpus, index_dir)
    copy = copy_id(library)
    assert loan_account(library).duplicates == [copy]
    assert copy in next(e for e in library.corpus_stats().entries if e.id == JAMESTOWN).copies
    assert len(calls) == 2  # once for the fact groups, once for the statistics


def test_keys_that_miss_an_article_are_not_trusted():
    from dataclasses import replace

    from nlp_util import make_article

    text = "The harbour of Port Gold will close for a year."
    a, b, c = (replace(make_article(text, i), title="Port Gold") for i in ("k/1", "k/2", "k/3"))
    assert duplicates.duplicate_groups([a, b], {"k/1": "x", "k/2": "y"}) == {"k/1": "x", "k/2": "y"}
    found = duplicates.duplicate_groups([a, b, c], {"k/1": "x", "k/2": "y"})  # k/3 has no key: all found again
    assert found["k/1"] == found["k/2"] == found["k/3"]


def test_a_damaged_groups_file_gives_no_keys(tmp_path):
    (tmp_path / duplicates.FILE).write_bytes(b"not json\n\x00\x01")
    assert duplicates.stored_keys(tmp_path) == {}
    assert duplicates.stored_keys(tmp_path / "missing") == {}
