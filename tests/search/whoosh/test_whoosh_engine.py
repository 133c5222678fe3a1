"""belreader.search.whoosh.engine answers every query as Whoosh's own matchers do.

The same parsed queries run both ways on the same index: the matching documents must be the
same, and for queries of terms, AND, OR and NOT (where the scores are Whoosh's BM25F by
definition) the scores and so the ranking too. Indexes with several segments and with deleted
documents are covered, since both change what the engine reads.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import numpy as np
import pytest
from whoosh import query as wq

from belreader.index import CorpusIndex
from belreader.search import QueryError
from belreader.search.whoosh.backend import parse_query
from belreader.search.whoosh.engine import Engine

SEEDS = Path(__file__).resolve().parents[3] / "data" / "articles"
WORDS = (
    "belarus russia minsk moscow lukashenko putin union state loan energy gas oil army military "
    "exercise border election protest opposition president sanctions economy trade war ukraine "
    "kremlin treaty nuclear weapons troops media said would could government people"
).split()

QUERIES = [
    "belarus",
    "russia minsk",
    "belarus OR ukraine",
    "belarus -russia",
    "gas NOT oil",
    "(loan OR energy) AND russia",
    '"union state"',
    '"nuclear weapons"',
    '"belarus russia"~3',
    "lukash*",
    "mil*",
    "sanction~",
    "elecion~2",
    "title:belarus",
    "title:belarus OR body:loan",
    "belarus AND NOT (russia OR ukraine)",
    "said would could",
    "army ANDMAYBE border",
    "Lukashenka",
    "Tsikhanouskaya",
    '"president said"~5',
    "putin -kremlin -moscow",
]


def write_corpus(root: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for i in range(n):
        words = [rng.choice(WORDS) for _ in range(rng.randint(20, 120))]
        title = " ".join(rng.choice(WORDS) for _ in range(4)).title()
        path = root / f"{i // 50:02d}" / f"{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        body = "\n\n".join(" ".join(words[k : k + 15]).capitalize() + "." for k in range(0, len(words), 15))
        path.write_text(f"{title}\n\n{body}\n", encoding="utf-8")


def whoosh_answer(searcher, query):
    results = searcher.search(query, limit=None)
    return {hit.docnum: hit.score for hit in results}


def engine_answer(searcher, query):
    ids, scores = Engine(searcher).run(query)
    assert list(ids) == sorted(set(ids.tolist())), "ids must be sorted and unique"
    return dict(zip(ids.tolist(), scores.tolist(), strict=True))


def scored_the_whoosh_way(query) -> bool:
    """Prefix, fuzzy and phrase scores are the engine's own (see its docstring); the rest are Whoosh's."""
    return not any(isinstance(leaf, (wq.MultiTerm, wq.Phrase)) for leaf in query.leaves())


def check_all(index: CorpusIndex) -> int:
    checked = 0
    with index.searcher() as searcher:
        for text in QUERIES:
            try:
                query = parse_query(text, searcher.schema)
            except QueryError:
                continue
            expected = whoosh_answer(searcher, query)
            got = engine_answer(searcher, query)
            assert set(got) == set(expected), text
            if scored_the_whoosh_way(query):
                for docnum, score in expected.items():
                    assert got[docnum] == pytest.approx(score, rel=1e-5), (text, docnum)
            checked += bool(expected)
    return checked


@pytest.fixture
def generated(tmp_path) -> Path:
    root = tmp_path / "corpus"
    write_corpus(root, 400)
    return root


def test_engine_matches_whoosh_on_the_seeds(seed_corpus, tmp_path):
    index = CorpusIndex(seed_corpus, tmp_path / "index", analysis=False)
    index.update()
    assert check_all(index) >= 10


def test_engine_matches_whoosh_with_segments_and_deletions(generated, tmp_path):
    index = CorpusIndex(generated, tmp_path / "index", analysis=False)
    index.update()  # growing batches: several segments
    for path in sorted(generated.rglob("*.txt"))[::7]:  # deleted in place, not merged away
        path.unlink()
    shutil.rmtree(generated / "03")
    index.update()
    with index.searcher() as searcher:
        assert searcher.reader().has_deletions()
        assert len(list(searcher.reader().leaf_readers())) > 1
    assert check_all(index) >= 15


def test_engine_matches_whoosh_in_a_two_process_build(generated, tmp_path):
    index = CorpusIndex(generated, tmp_path / "index", analysis=False)
    index.update(procs=2, multisegment=True)
    assert check_all(index) >= 15


def test_phrase_slop_and_order(tmp_path):
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text("A\n\nThe energy loan was signed.\n", encoding="utf-8")
    (root / "b.txt").write_text("B\n\nA loan for energy was signed.\n", encoding="utf-8")
    (root / "c.txt").write_text("C\n\nEnergy and a big new loan.\n", encoding="utf-8")
    index = CorpusIndex(root, tmp_path / "index", analysis=False)
    index.update()
    with index.searcher() as searcher:

        def ids(text):
            found, _ = Engine(searcher).run(parse_query(text, searcher.schema))
            return sorted(searcher.stored_fields(int(n))["id"] for n in found)

        assert ids('"energy loan"') == ["a"]
        assert ids('"energy loan"~3') == ["a", "c"]  # "energy and a big new loan": stop words removed
        assert ids('"loan energy"') == ["b"]  # "loan for energy": "for" is a stop word
        assert check_all(index) >= 0


def test_masks_and_codes(seed_corpus, tmp_path):
    index = CorpusIndex(seed_corpus, tmp_path / "index", analysis=False)
    index.update()
    with index.searcher() as searcher:
        engine = Engine(searcher)
        articles = engine.mask("kind", "article")
        assert articles.sum() == 5
        labels, codes = engine.codes("publisher_key")
        assert len(labels) >= 2
        for i, label in enumerate(labels):
            expected = sorted(searcher.document_numbers(publisher_key=label))
            assert np.nonzero(codes == i)[0].tolist() == expected


def test_codes_of_a_field_of_many_terms_with_segments_duplicates_and_deletions(generated, tmp_path):
    """codes() reads one-document terms from the term table (text_key: most are): the labels and
    the documents of each are Whoosh's, over segments, duplicates within and across segments
    (terms in several documents) and deleted documents."""
    files = sorted(generated.rglob("*.txt"))
    for n, path in enumerate(files[:40:3]):  # copies: the same text_key in two or three documents
        (generated / "copies" / f"{n:03d}.txt").parent.mkdir(exist_ok=True)
        (generated / "copies" / f"{n:03d}.txt").write_bytes(path.read_bytes())
    index = CorpusIndex(generated, tmp_path / "index", analysis=False)
    index.update()  # growing batches: several segments
    (generated / "more").mkdir()
    for n, path in enumerate(files[2:30:4]):  # copies of documents in earlier segments
        (generated / "more" / f"{n:03d}.txt").write_bytes(path.read_bytes())
    for path in files[1::9]:
        path.unlink()
    index.update()
    with index.searcher() as searcher:
        reader = searcher.reader()
        assert reader.has_deletions() and len(list(reader.leaf_readers())) > 1
        for fieldname in ("text_key", "publisher_key", "kind"):
            labels, codes = Engine(searcher).codes(fieldname)
            assert labels == [t.decode("utf-8") for t in reader.lexicon(fieldname)]
            for i, label in enumerate(labels):
                expected = sorted(searcher.document_numbers(**{fieldname: label}))
                assert np.nonzero(codes == i)[0].tolist() == expected, (fieldname, label)
            assert (codes >= 0).sum() == searcher.doc_count()
        codes = Engine(searcher).codes("text_key")[1]
        assert (np.bincount(codes[codes >= 0]) > 1).sum() >= 10  # the copies are there to be found


def test_queries_the_engine_does_not_know_are_run_by_whoosh(seed_corpus, tmp_path):
    """Every, DisjunctionMax and an Or subclass fall back to Whoosh's matchers: same answers."""
    index = CorpusIndex(seed_corpus, tmp_path / "index", analysis=False)
    index.update()
    queries = [
        wq.Every("body"),
        wq.DisjunctionMax([wq.Term("body", "belaru"), wq.Term("title", "putin")]),
        wq.And([wq.Term("body", "loan"), wq.DisjunctionMax([wq.Term("body", "russia"), wq.Term("body", "minsk")])]),
        wq.TermRange("date", None, None),
    ]
    with index.searcher() as searcher:
        for query in queries:
            expected = whoosh_answer(searcher, query)
            got = engine_answer(searcher, query)
            assert set(got) == set(expected), query
            assert expected or isinstance(query, wq.TermRange), query


def test_a_query_match_reuses_the_run_s_term_look_ups_and_is_the_same(seed_corpus, tmp_path, monkeypatch):
    """The QueryMatch after a run asks the index nothing the run asked already, and is the match
    computed on its own (before any run)."""
    from belreader.search import Query, language

    index = CorpusIndex(seed_corpus, tmp_path / "index", analysis=False)
    index.update()
    looked_up = []
    real = Engine._look_up
    monkeypatch.setattr(Engine, "_look_up", lambda self, f, t: looked_up.append((f, t)) or real(self, f, t))
    with index.backend().reader() as reader:
        for text in ("belarus loan", "russia OR nosuchword", "gas -oil", '"union state" minsk', "lukash* energy"):
            tree, _ = language.resolve_names(Query.parse(text).tree, reader.values)
            alone = reader.match(reader.prepare(tree, text))
            prepared = reader.prepare(tree, text)
            looked_up.clear()
            reader.run(prepared)
            by_run = len(looked_up)
            assert reader.match(prepared) == alone, text
            assert len(looked_up) == by_run > 0, text
