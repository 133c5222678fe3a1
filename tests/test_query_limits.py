"""What one query may cost: expansion, slop, terms and length limits with one clear sentence each,
a parser that reads a long word once, searches that give up when told to, and curly quotes."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from belreader import search as searching
from belreader.index import CorpusIndex
from belreader.search import QueryError, SearchCancelled, query_match, search, term_spans
from belreader.search.whoosh.backend import parse_query

VOCABULARY = 1_100  # distinct "alpha…" words: more than one term may expand to

DOCS = {
    "exercise.md": "---\ntitle: Slavic Brotherhood exercise begins\n---\n"
    "The military exercise started at the Brest training range on September 14.\n\n"
    "Troops would return to their permanent bases.\n",
    "base.md": "---\ntitle: No Russian base\n---\n"
    "Setting up a Russian military base in Belarus was not considered, Peskov said.\n\n"
    "The economy and the government’s loans were on the agenda.\n",
    "loan.md": "---\ntitle: Moscow extends a loan\n---\n"
    "Russia confirmed the disbursal of a loan to Belarus. Economic growth slowed.\n",
    "vocabulary.md": "---\ntitle: Word list\n---\n" + " ".join(f"alpha{n:04d}" for n in range(VOCABULARY)) + "\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("limits")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    ix = CorpusIndex(corpus, root / "index", analysis=False)
    ix.update()
    return corpus, root / "index", ix


@pytest.fixture
def index(corpus):
    return corpus[2]


def ids(index, query) -> list[str]:
    return sorted(h.id for h in search(index, query, suggest=False).hits)


def refused(index, query) -> str:
    with pytest.raises(QueryError) as caught:
        search(index, query, suggest=False)
    message = str(caught.value)
    assert "\n" not in message
    return message


# ---------------------------------------------------------------------------- limits


@pytest.mark.parametrize(
    "query, label",
    [
        ("*", "'*'"),
        ("alpha*", "'alpha*'"),
        ("*lph*", "'*lph*'"),
        ("[a TO z]", "'[a TO z]'"),
        ("body:alph?????", "'alph?????'"),
    ],
)
def test_a_term_standing_for_too_many_words_is_refused_naming_it_and_the_limit(index, query, label):
    message = refused(index, query)
    assert label in message and f"{searching.language.MAX_TERM_EXPANSION:,}" in message


def test_all_expanding_terms_together_have_a_limit(index, monkeypatch):
    monkeypatch.setattr(searching.language, "MAX_QUERY_EXPANSION", 150)
    assert len(ids(index, "alpha00*")) == 1  # 100 words
    message = refused(index, "alpha00* OR alpha01*")
    assert "in all" in message and "150" in message


def test_wildcards_have_a_budget_for_the_index_words_they_look_through(index, monkeypatch):
    monkeypatch.setattr(searching.language, "MAX_SCANNED", 100)
    message = refused(index, "*zzz* OR *yyy*")
    assert "look through more than 100 index words" in message and "before the first *" in message


def test_phrase_slop_over_the_limit_is_refused(index):
    limit = searching.language.MAX_SLOP
    assert ids(index, f'"military base"~{limit}') == ["base", "exercise"]
    message = refused(index, f'"military base"~{limit * 100}')
    assert f"~{limit * 100:,}" in message and f"{limit:,}" in message


def test_too_many_terms_are_refused(index):
    assert ids(index, " OR ".join(["disbursal"] + [f"w{i}" for i in range(searching.language.MAX_TERMS - 1)])) == [
        "loan"
    ]
    message = refused(index, " OR ".join(f"w{i}" for i in range(searching.language.MAX_TERMS + 1)))
    assert "too many terms" in message and f"{searching.language.MAX_TERMS:,}" in message


def test_a_query_over_the_length_limit_is_refused_before_it_is_parsed(index):
    message = refused(index, "a" * 100_000)  # took over a minute to parse
    assert "query too long" in message and "100,000 characters" in message
    assert len(message) < 200


def test_the_parser_reads_a_long_word_once(index, monkeypatch):
    """Whoosh's field tagger read to the end of the word at every letter: quadratic."""
    from whoosh.qparser import taggers

    calls = {"n": 0, "chars": 0}
    original = taggers.RegexTagger.match

    def counting(self, parser, text, pos):
        calls["n"] += 1
        return original(self, parser, text, pos)

    monkeypatch.setattr(taggers.RegexTagger, "match", counting)
    with index.searcher() as searcher:
        parse_query("x" * 1_900, searcher.schema)
        parse_query("loan " + "y" * 1_900 + " title:base", searcher.schema)
    assert calls["n"] < 200  # was 17 per letter


def test_usual_wildcard_fuzzy_range_and_phrase_queries_still_find_the_same(index):
    assert ids(index, "econom*") == ["base", "loan"]
    assert ids(index, "ec?nom*") == ["base", "loan"]
    assert ids(index, "alpha100?") == ["vocabulary"]
    assert ids(index, "disbursl~") == ["loan"]
    assert ids(index, "[loa TO loz]") == ["base", "loan"]
    assert ids(index, '"military exercise"') == ["exercise"]
    assert ids(index, '"military bases"~20') == ["base", "exercise"]
    assert ids(index, '"military bases"~2') == ["base"]
    assert sorted(query_match(index, "econom*").words) == ["econom", "economi"]


def test_cli_refuses_an_expensive_query_with_one_line_and_a_usage_code(corpus, tmp_path, monkeypatch):
    from belreader.cli import app

    monkeypatch.setenv("BELREADER_DATA_DIR", str(tmp_path / "data"))
    path, index_dir, _ix = corpus
    result = CliRunner().invoke(app, ["--no-nlp", "search", "--corpus", str(path), "--index", str(index_dir), "*"])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("belreader: '*' matches more than")
    assert "Traceback" not in result.output


# ---------------------------------------------------------------------------- cancelling


def test_a_cancelled_search_stops_and_frees_the_index_for_the_next(index):
    with pytest.raises(SearchCancelled):
        search(index, "loan", cancelled=lambda: True)
    checks = {"n": 0}

    def after_a_few() -> bool:
        checks["n"] += 1
        return checks["n"] > 3

    with pytest.raises(SearchCancelled):
        search(index, "military OR base OR loan OR troops OR (economy AND growth)", cancelled=after_a_few)
    assert ids(index, "disbursal") == ["loan"]  # the searcher lock was released


# ---------------------------------------------------------------------------- curly quotes


@pytest.mark.parametrize(
    "quoted",
    [
        "“military base”",
        "„military base“",
        "«military base»",
        "« military base »",
        "‘military base’",
        "‚military base‘",
        "‹military base›",
    ],
)
def test_curly_and_angle_quotes_make_a_phrase(index, quoted):
    assert ids(index, "military base") == ["base", "exercise"]  # both words, apart in "exercise"
    assert ids(index, quoted) == ["base"]
    assert {(tuple(words), slop) for words, slop in query_match(index, quoted).phrases} == {(("militari", "base"), 1)}


def test_an_apostrophe_is_not_a_quote(index):
    assert ids(index, "government’s loans") == ["base"]
    assert ids(index, "‘government’s loans’") == ["base"]
    assert {(tuple(w), s) for w, s in query_match(index, "‘government’s loans’").phrases} == {(("govern", "loan"), 1)}


def test_curly_quoted_phrase_highlights_only_its_words(index):
    body = "A military exercise; a military base."
    spans = term_spans(index, "“military base” -troops", body)
    assert [body[a:b] for a, b in spans] == ["military base"]  # the phrase, not "military exercise"


# ---------------------------------------------------------------------------- the reader


async def test_reader_shows_a_refused_query_as_one_line_in_the_search_pane(app_factory, monkeypatch):
    from textual.widgets import Static

    from tui_util import WIDE, settle

    monkeypatch.setattr(searching.language, "MAX_TERM_EXPANSION", 5)
    app = app_factory()
    notes = []
    app.notify = lambda message, **kwargs: notes.append(message)
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", "asterisk")
        await pilot.pause(0.3)
        await settle(app, pilot)
        note = app.query_one("#search-message", Static)
        shown = str(note.render())
        assert note.display and note.has_class("error")
        assert shown.startswith("'*' matches more than 5 words") and "\n" not in shown
        for _ in "*":
            await pilot.press("backspace")
        await pilot.press(*'"military base"~5000')
        await pilot.pause(0.3)
        await settle(app, pilot)
        assert "phrase slop ~5,000 is over the limit" in str(note.render())
        assert app.is_running and not notes  # no worker failure reported, no traceback


async def test_reader_gives_up_an_abandoned_slow_search_so_the_next_one_is_not_kept_waiting(app_factory, monkeypatch):
    """Thread workers cannot be killed: the search must stop itself when its worker is cancelled
    (it holds the index's searcher until it returns)."""
    import time

    from belreader.search.whoosh.engine import Engine

    from tui_util import WIDE, settle

    outcome = {}
    real_run = Engine.run

    def run(self, query, cancelled=None):
        if "slowword" not in repr(query):
            return real_run(self, query, cancelled=cancelled)
        deadline = time.monotonic() + 30  # hang guard: the slow search ends by itself after this
        while time.monotonic() < deadline:
            if cancelled is not None and cancelled():
                outcome["slow"] = "cancelled"
                raise SearchCancelled()
            time.sleep(0.01)
        outcome["slow"] = "ran to the end"
        return real_run(self, query)

    monkeypatch.setattr(Engine, "run", run)
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"slowword")
        await pilot.pause(0.5)  # the slow search is running
        for _ in "slowword":
            await pilot.press("backspace")
        await pilot.press(*"loan")
        for _ in range(200):
            await pilot.pause(0.05)
            if app.reader.results is not None and app.reader.results.query == "loan":
                break
        assert app.reader.results is not None and app.reader.results.query == "loan" and app.reader.results.total
        assert outcome.get("slow") == "cancelled"
        await settle(app, pilot)
