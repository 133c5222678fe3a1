"""'Did you mean' on every backend when a misspelling still finds something through its stem:
"goverment" shares a stem with "governess", so it finds one article, while the word the user
meant is in many. The correction is offered only when it finds many times more."""

from __future__ import annotations

import pytest

from belreader.search import MORE_FOUND, search, suggestion

ARTICLES = {
    **{
        f"budget-{n}": {
            "title": f"Budget talks, day {n}",
            "publisher": "Wire",
            "body": f"The government set out its spending plans on day {n} of the talks.",
        }
        for n in range(1, 7)
    },
    "nanny": {"title": "A new governess", "publisher": "Bugle", "body": "The family hired a governess in May."},
    "rule": {"title": "Who governs", "publisher": "Bugle", "body": "The council governs the town and its parks."},
}


@pytest.fixture(scope="module")
def index(build_index, write_articles, tmp_path_factory):
    return build_index(write_articles(tmp_path_factory.mktemp("corpus"), ARTICLES))


def test_a_misspelling_that_finds_a_little_is_offered_the_word_that_finds_much_more(index):
    results = search(index, "goverment")
    assert [h.id for h in results.hits] in (["nanny"], [])  # "nanny" through the stem "gover"
    assert results.suggestion == "government"
    assert search(index, "government").total >= 6 >= MORE_FOUND * results.total
    assert suggestion(index, "goverment") == "government"  # the reader's path, after a pause
    assert search(index, "goverment spending").suggestion == "government spending"


def test_a_word_the_corpus_wrote_is_never_corrected_even_when_a_neighbour_finds_more(index):
    # "governs" is a form of the corpus (one article), "government" five letters away is not
    # close; "governess" is a real word here: no suggestion for either
    assert search(index, "governs").suggestion is None
    assert search(index, "governess").suggestion is None
    assert suggestion(index, "governess") is None


def test_a_correction_that_does_not_find_many_more_is_not_offered(index):
    # "spendings" is no form of the corpus but finds the six budget articles through its stem;
    # "spending" finds the same six: the hit list already answers, no suggestion
    results = search(index, "spendings")
    assert results.total == 6 and results.suggestion is None
    assert suggestion(index, "spendings") is None
    assert search(index, "goverment", suggest=False).suggestion is None
