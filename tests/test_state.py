"""The reader's remembered state, and the caches beside the index: round trip, corrupt files, bad values."""

from __future__ import annotations

import json

import pytest

from belreader import config
from belreader.state import MAX_RECENT_QUERIES, UIState, load_state, save_state, state_path


def test_default_path_is_in_the_user_data_dir():
    assert state_path() == config.data_dir() / "state.json"


def test_round_trip(tmp_path):
    path = tmp_path / "state.json"
    state = UIState(
        corpus="/c",
        article_id="a/b",
        scroll_y=12.0,
        query="loan",
        side_panel=False,
        side_tab="related",
        theme="textual-light",
        sort="date",
    )
    state.remember_query("loan")
    save_state(state, path)
    assert load_state(path) == state


def test_missing_file_gives_defaults(tmp_path):
    assert load_state(tmp_path / "nope.json") == UIState()


def test_corrupt_file_is_moved_aside(tmp_path):
    path = tmp_path / "state.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_state(path) == UIState()
    assert not path.exists()
    [moved] = tmp_path.glob("state.json.corrupt-*")
    assert moved.read_text(encoding="utf-8") == "{not json"


def test_non_object_json_is_corrupt(tmp_path):
    path = tmp_path / "state.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert load_state(path) == UIState()
    assert len(list(tmp_path.glob("state.json.corrupt-*"))) == 1


def test_wrong_types_fall_back_per_field(tmp_path):
    path = tmp_path / "state.json"
    path.write_text(
        json.dumps(
            {
                "article_id": 5,
                "scroll_y": -3,
                "query": "peskov",
                "side_tab": "bogus",
                "sort": "date",
                "side_panel": "yes",
                "recent_queries": ["a", 3],
                "unknown": 1,
            }
        ),
        encoding="utf-8",
    )
    state = load_state(path)
    assert state.article_id is None
    assert state.scroll_y == 0.0
    assert state.query == "peskov"
    assert state.side_tab == "claims"
    assert state.sort == "date"
    assert state.side_panel is None
    assert state.recent_queries == []


def test_recent_queries_are_unique_newest_first_and_bounded():
    state = UIState()
    for i in range(MAX_RECENT_QUERIES + 5):
        state.remember_query(f"q{i}")
    state.remember_query("q10")
    state.remember_query("   ")
    assert state.recent_queries[0] == "q10"
    assert len(state.recent_queries) == MAX_RECENT_QUERIES
    assert len(set(state.recent_queries)) == MAX_RECENT_QUERIES


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "sub" / "state.json"
    save_state(UIState(query="x"), path)
    save_state(UIState(query="y"), path)
    assert json.loads(path.read_text(encoding="utf-8"))["query"] == "y"
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]


def test_unparseable_files_of_every_kind_are_moved_aside_with_a_notice(tmp_path):
    from belreader.state import read_state

    path = tmp_path / "state.json"
    for content in (b"[" * 100_000, b'{"query": "\xff\xfe"}', b"5", b"{not json"):
        path.write_bytes(content)
        state, notice = read_state(path)
        assert state == UIState()
        assert notice and "state.json" in notice and "starting fresh" in notice
        assert not path.exists()
    moved = sorted(tmp_path.glob("state.json.corrupt-*"))
    assert len(moved) == 4  # none overwrites another
    assert {p.read_bytes() for p in moved} == {b"[" * 100_000, b'{"query": "\xff\xfe"}', b"5", b"{not json"}


def test_a_missing_or_good_file_gives_no_notice(tmp_path):
    from belreader.state import read_state

    assert read_state(tmp_path / "none.json") == (UIState(), None)
    save_state(UIState(query="x"), tmp_path / "state.json")
    assert read_state(tmp_path / "state.json") == (UIState(query="x"), None)


def test_out_of_range_numbers_fall_back(tmp_path):
    path = tmp_path / "state.json"
    for scroll in ("Infinity", "NaN", "1" + "0" * 400, "-1"):
        path.write_text(f'{{"scroll_y": {scroll}, "query": "q"}}', encoding="utf-8")
        state = load_state(path)
        assert state.scroll_y == 0.0 and state.query == "q"


# --------------------------------------------------------------------------- caches beside the index

DEEP = "[" * 100_000 + "]" * 100_000


@pytest.fixture
def small_index(tmp_path):
    from belreader.index import CorpusIndex

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Loan talks\n\nLukashenka asked Putin for a loan.\n", encoding="utf-8")
    (corpus / "b.txt").write_text("Gas prices\n\nThe gas price was agreed in Minsk.\n", encoding="utf-8")
    index_dir = tmp_path / "index"
    CorpusIndex(corpus, index_dir, analysis=False).update(procs=1)
    return corpus, index_dir


def _fresh(corpus, index_dir):
    from belreader.index import CorpusIndex

    index = CorpusIndex(corpus, index_dir, analysis=False)
    index.update(procs=1)
    return index


@pytest.mark.parametrize("content", [DEEP, "[1, 2]", '"meta"', "\udcff"], ids=["deep", "list", "string", "not-utf8"])
def test_index_metadata_of_the_wrong_shape_means_a_rebuild(small_index, content):
    from belreader.index import META_FILE

    corpus, index_dir = small_index
    (index_dir / META_FILE).write_text(content, encoding="utf-8", errors="surrogateescape")
    index = _fresh(corpus, index_dir)
    assert [s.id for s in index.summaries()] == ["a", "b"]


@pytest.mark.parametrize(
    "content",
    [
        DEEP,
        '{"schema_version": 1, "key": 5, "summaries": 3}',
        "[]",
    ],
    ids=["deep", "wrong-types", "list"],
)
def test_a_summaries_cache_of_the_wrong_shape_is_ignored(small_index, content):
    from belreader.index import SUMMARIES_FILE

    corpus, index_dir = small_index
    index = _fresh(corpus, index_dir)
    (index_dir / SUMMARIES_FILE).write_text(content, encoding="utf-8")
    assert [s.id for s in index.summaries()] == ["a", "b"]


def test_summaries_cache_rows_of_the_wrong_type_are_ignored(small_index):
    from belreader.index import SUMMARIES_FILE

    corpus, index_dir = small_index
    index = _fresh(corpus, index_dir)
    index.summaries()  # writes the cache
    path = index_dir / SUMMARIES_FILE
    data = json.loads(path.read_text(encoding="utf-8"))
    for field, bad in (("title", ["x"]), ("n_claims", "many"), ("tags", "a,b"), ("id", None), ("publisher", {"a": 1})):
        broken = json.loads(json.dumps(data))
        broken["summaries"][0][field] = bad
        path.write_text(json.dumps(broken), encoding="utf-8")
        summaries = _fresh(corpus, index_dir).summaries()
        assert [s.id for s in summaries] == ["a", "b"], field
        assert isinstance(summaries[0].title, str) and isinstance(summaries[0].n_claims, int)
        assert isinstance(summaries[0].tags, list)


@pytest.mark.parametrize(
    "content",
    [DEEP, '{"loan": "many", "gas": [1]}', '{"loan": 1e999}', "[1]"],
    ids=["deep", "wrong-types", "infinite", "list"],
)
def test_a_vocabulary_of_the_wrong_shape_is_treated_as_absent(small_index, content):
    from belreader import search
    from belreader.search.vocabulary import Vocabulary

    corpus, index_dir = small_index
    (index_dir / Vocabulary.FILE).write_text(content, encoding="utf-8")
    index = _fresh(corpus, index_dir)
    assert all(isinstance(k, str) and type(v) is int for k, v in index.vocabulary().items())
    search.search(index, "lon")  # "did you mean" reads the vocabulary
    assert search.search(index, "loan").total == 1
