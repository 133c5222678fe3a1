"""The fast indexing paths write exactly what Whoosh's own code writes.

`belreader.search.whoosh.terms.index_terms` replaces the analyzer's token stream when indexing, and
`belreader.search.whoosh.fastwrite` replaces Whoosh's posting pool and postings writer. Both are checked
against the Whoosh originals: term by term, posting by posting.
"""

from __future__ import annotations

import string
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as windex
from whoosh.fields import TEXT

from belreader.corpus import iter_corpus_files, load_file
from belreader.documents import article_document
from belreader.search.whoosh import fastwrite
from belreader.search.whoosh.store import INDEX_NAME, build_schema, whoosh_fields
from belreader.search.whoosh.terms import WORD, CompactPositions, FastText, text_analyzer, word_forms

SEEDS = Path(__file__).resolve().parents[3] / "data" / "articles"

# Words that exercise every step: stop words, one-letter words, stems, accents, digits,
# dotted words ("U.S.", "3.5"), the tokenizer's "*", apostrophes and other punctuation.
WORDS = [
    "the",
    "a",
    "I",
    "of",
    "and",
    "is",
    "not",
    "Lukashenka",
    "Lukashenko's",
    "running",
    "runs",
    "Tsikhanouskaya",
    "café",
    "Zürich",
    "naïve",
    "ÉTAT",
    "U.S.",
    "3.5",
    "2020",
    "e-mail",
    "loans",
    "loan",
    "Minsk",
    "*",
    "a*b",
    "x",
    "İstanbul",
    "straße",
    "—",
    "(Reuters)",
    "...",
]
TEXTS = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(alphabet=string.ascii_letters + "éü.'* ", max_size=12)),
    max_size=60,
).map(lambda words: " ".join(words))


def slow_index(text: str, boost: float) -> list:
    """Whoosh's own indexing path: the analyzer's tokens, grouped by Positions.word_values."""
    field = TEXT(analyzer=text_analyzer(), field_boost=boost)
    field.format = CompactPositions(field_boost=boost)
    return sorted(field.index(text))


@pytest.mark.parametrize("boost", [1.0, 3.0])
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXTS)
def test_fast_index_terms_equal_the_analyzer_s(text, boost):
    assert sorted(FastText(field_boost=boost).index(text)) == slow_index(text, boost)


def test_fast_index_terms_equal_the_analyzer_s_on_the_seeds():
    for path in sorted(SEEDS.iterdir()):
        for article in load_file(path, SEEDS):
            assert sorted(FastText().index(article.body)) == slow_index(article.body, 1.0), path.name


def test_positions_skip_stop_words_as_whoosh_numbers_them():
    """The first kept word keeps its place; the ones after it follow on, stop words removed."""
    fmt = FastText().format
    positions = {
        t.decode(): fmt.decode_positions(v) for t, _f, _w, v in FastText().index("the cat and the hat of a cat")
    }
    assert positions == {"cat": [1, 3], "hat": [2]}


def test_word_forms_are_lower_case_folded_and_skip_short_words_and_numbers():
    raw = Counter(WORD.findall("Café in Zürich, 2020: the CAFÉ"))
    assert word_forms(raw) == {"cafe": 2, "zurich": 1, "the": 1}


def index_dump(directory: Path) -> dict:
    """Everything a reader sees: per field and term, the postings (docnum, weight, value, length);
    the stored fields and the field lengths of every document."""
    ix = windex.open_dir(str(directory), indexname=INDEX_NAME)
    with ix.reader() as reader:
        postings = {}
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            rows = []
            while matcher.is_active():
                rows.append((matcher.id(), matcher.weight(), matcher.value()))
                matcher.next()
            postings[(fieldname, term)] = (rows, reader.doc_frequency(fieldname, term))
        docs = [reader.stored_fields(n) for n in range(reader.doc_count_all())]
        lengths = {
            name: [reader.doc_field_length(n, name) for n in range(reader.doc_count_all())]
            for name in reader.schema.scorable_names()
        }
        bounds = {
            name: (reader.field_length(name), reader.min_field_length(name), reader.max_field_length(name))
            for name in reader.schema.scorable_names()
            if reader.field_length(name)
        }
    ix.close()
    return {"postings": postings, "docs": docs, "lengths": lengths, "bounds": bounds}


def write_index(directory: Path, articles, make_writer) -> None:
    directory.mkdir()
    windex.create_in(str(directory), build_schema(), indexname=INDEX_NAME)
    ix = windex.open_dir(str(directory), indexname=INDEX_NAME)
    writer = make_writer(ix)
    for article in articles:
        writer.add_document(**whoosh_fields(article_document(article, None)))
    writer.commit()
    ix.close()


@pytest.fixture(scope="module")
def seed_articles():
    return [a for path in iter_corpus_files(SEEDS, []) for a in load_file(path, SEEDS)]


@pytest.mark.parametrize(
    "limitmb",
    [512, 0.01],  # 0.01 MB: the pool spills to runs on disk many times, the generic merge path
    ids=["in-memory", "spilled"],
)
def test_fast_writer_writes_the_same_index_as_whoosh(tmp_path, seed_articles, limitmb):
    write_index(tmp_path / "whoosh", seed_articles, lambda ix: ix.writer())
    write_index(tmp_path / "fast", seed_articles, lambda ix: fastwrite.writer(ix, limitmb=limitmb))
    expected, got = index_dump(tmp_path / "whoosh"), index_dump(tmp_path / "fast")
    assert got["postings"] == expected["postings"]
    assert got["docs"] == expected["docs"]
    assert got["lengths"] == expected["lengths"]
    assert got["bounds"] == expected["bounds"]
    assert len(expected["postings"]) > 1000


def test_parallel_writer_holds_the_same_documents_and_postings(tmp_path, seed_articles):
    """Two worker processes, one segment each: the same documents, and per term the same
    postings once the documents are matched up by id (segment order decides docnums)."""
    # Enough documents that both workers get some.
    many = [replace(a, id=f"{a.id}-{copy}") for copy in range(30) for a in seed_articles]
    write_index(tmp_path / "whoosh", many, lambda ix: ix.writer())
    write_index(tmp_path / "fast", many, lambda ix: fastwrite.writer(ix, procs=2, batchsize=20))
    expected, got = index_dump(tmp_path / "whoosh"), index_dump(tmp_path / "fast")

    def by_id(dump):
        ids = [d["id"] for d in dump["docs"]]
        return {key: sorted((ids[n], w, v) for n, w, v in rows) for key, (rows, _df) in dump["postings"].items()}

    assert sorted(got["docs"], key=lambda d: d["id"]) == sorted(expected["docs"], key=lambda d: d["id"])
    assert by_id(got) == by_id(expected)
    ix = windex.open_dir(str(tmp_path / "fast"), indexname=INDEX_NAME)
    assert len(ix._read_toc().segments) == 2  # one per worker, none merged
    ix.close()


@given(st.lists(st.integers(min_value=0, max_value=200_000), min_size=1, max_size=50, unique=True).map(sorted))
def test_compact_positions_round_trip(positions):
    fmt = CompactPositions(field_boost=2.0)
    value = fmt.encode(positions)
    assert fmt.decode_positions(value) == positions
    assert fmt.decode_frequency(value) == len(positions)
    assert fmt.decode_weight(value) == 2.0 * len(positions)


def test_vocabulary_is_counted_by_the_writers_alike_in_one_or_two_processes(tmp_path):
    """The writer processes count the words of titles and bodies; the index keeps their sum."""
    from belreader.index import CorpusIndex
    from belreader.search.vocabulary import Vocabulary

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(120):  # > 50 files, so the two-process build really uses two processes
        (corpus / f"{i:03d}.txt").write_text(
            f"Report {i} on Café Zürich\n\nThe Zürich café served {i} guests. Lukashenka spoke.\n", encoding="utf-8"
        )
    articles = [a for path in iter_corpus_files(corpus, []) for a in load_file(path, corpus)]
    expected = word_forms(Counter(w for a in articles for text in (a.title, a.body) for w in WORD.findall(text)))
    for procs in (1, 2):
        index = CorpusIndex(corpus, tmp_path / f"index-{procs}", analysis=False)
        index.update(procs=procs, multisegment=procs > 1)
        assert Vocabulary.load(index.index_dir).counts == dict(expected)
        assert not list(index.index_dir.glob(f"{fastwrite.WORDS_PREFIX}*"))
    assert expected["zurich"] == 240 and expected["report"] == 120


@given(st.text(max_size=30))
def test_fast_id_terms_equal_whoosh_s(value):
    from whoosh.fields import ID

    for kwargs in ({}, {"unique": True, "stored": True, "field_boost": 2.0}, {"sortable": True}):
        assert sorted(fastwrite.FastID(**kwargs).index(value)) == sorted(ID(**kwargs).index(value))


def test_claim_documents_add_nothing_to_the_vocabulary(seed_corpus, shared_analysis_cache, tmp_path):
    """Claims are documents too (title and claim text), but their words are their article's."""
    from belreader.index import CorpusIndex
    from belreader.search.vocabulary import Vocabulary

    index = CorpusIndex(seed_corpus, tmp_path / "index", analysis=True)
    index.update()
    assert index.stats()["claims"] > 0
    articles = [a for path in iter_corpus_files(seed_corpus, []) for a in load_file(path, seed_corpus)]
    expected = word_forms(Counter(w for a in articles for text in (a.title, a.body) for w in WORD.findall(text)))
    assert Vocabulary.load(index.index_dir).counts == dict(expected)


def test_small_postings_blocks_are_stored_uncompressed_and_read_by_whoosh(tmp_path, seed_articles):
    """A block whose pickle is under COMPRESS_FROM bytes is written as it is (compression 0 in
    its info), a larger one compressed; Whoosh's own W3 matcher reads both kinds: the same
    documents and weights as the fast reader (the values are packed the fast way, see
    _PostingsWriter._mini_values)."""
    from whoosh.codec.whoosh3 import W3LeafMatcher

    many = [replace(a, id=f"{a.id}-{copy}") for copy in range(30) for a in seed_articles]
    write_index(tmp_path / "fast", many, lambda ix: fastwrite.writer(ix))
    ix = windex.open_dir(str(tmp_path / "fast"), indexname=INDEX_NAME)
    kinds = Counter()
    with ix.reader() as reader:
        terms = reader._terms
        for fieldname, btext in reader.all_terms():
            info = terms.term_info(fieldname, btext)
            fmt = reader.schema[fieldname].format
            offset, length = info.extent()
            stock = W3LeafMatcher(terms._postfile, offset, length, fmt)
            while True:
                stock._read_data()
                raw = terms._postfile.get(stock._dataoffset, stock._nextoffset - stock._dataoffset)
                if stock._compression:
                    kinds["compressed"] += 1
                else:
                    kinds["plain"] += 1
                    assert len(raw) < fastwrite.COMPRESS_FROM, (fieldname, btext)
                if stock._lastblock:
                    break
                stock._next_block()
            stock = W3LeafMatcher(terms._postfile, offset, length, fmt)
            fast = reader.postings(fieldname, btext)
            while stock.is_active():
                assert (stock.id(), stock.weight()) == (fast.id(), fast.weight())
                stock.next()
                fast.next()
            assert not fast.is_active()
    ix.close()
    assert kinds["plain"] > 100 and kinds["compressed"] > 100
