"""The query language, its errors, ranking, snippets, facets, paging and 'did you mean'."""

from __future__ import annotations

import pytest

from belreader.index import CorpusIndex
from belreader.library import Library, ambiguity_note
from belreader.search import QueryError, check_query, matching_paragraphs, search, term_spans
from belreader.search.language import Ambiguous

DOCS = {
    "loan.md": "---\ntitle: Moscow extends a loan\npublisher: Daily Planet\nauthor: Lois Lane\ntags: [finance, belarus]\n---\n"
    "Russia confirmed the disbursal of a $1.5 billion loan to Belarus.\n\nThe loans refinance past debt of the Belarusian state.\n",
    "exercise.md": "---\ntitle: Slavic Brotherhood exercise begins\npublisher: Daily Planet\n---\n"
    "The military exercise started at the Brest training range on September 14.\n\nTroops would return to their permanent bases.\n",
    "base.md": "---\ntitle: No Russian base\npublisher: The Bugle\nauthor: Jimmy Olsen\n---\n"
    "Setting up a Russian military base in Belarus was not considered, Peskov said.\n\nThe matter is not on the agenda.\n",
    "opposition.md": "---\ntitle: Opposition leader speaks\npublisher: The Bugle\n---\n"
    "Sviatlana Tsikhanouskaya addressed the European Parliament.\n\nLukashenka called the protesters puppets.\n",
    "spelling.md": "---\ntitle: A different spelling\npublisher: Wire\n---\n"
    "Svetlana Tikhanovskaya met diplomats while Lukashenko stayed in Minsk.\n\nNothing else happened that day.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> CorpusIndex:
    root = tmp_path_factory.mktemp("search")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DOCS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    ix = CorpusIndex(corpus, root / "index", analysis=False)
    ix.update()
    return ix


def ids(index, query, **kwargs) -> list[str]:
    return [h.id for h in search(index, query, **kwargs).hits]


def test_implicit_and(index):
    assert ids(index, "military agenda") == ["base"]


def test_or_and_not(index):
    assert sorted(ids(index, "loan OR exercise")) == ["exercise", "loan"]
    assert ids(index, "military NOT considered") == ["exercise"]
    assert ids(index, "military -considered") == ["exercise"]
    assert ids(index, "military AND -considered") == ["exercise"]


def test_hyphenated_words_are_not_negation(index):
    # "Belarus-based" style hyphens inside a word must not become NOT.
    assert check_query("Russia-1 broadcast") is None


def test_phrase_and_proximity(index):
    assert ids(index, '"training range"') == ["exercise"]
    assert ids(index, '"range training"') == []
    assert ids(index, '"military belarus"~4') == ["base"]


def test_stemming(index):
    assert "loan" in ids(index, "loans")
    assert ids(index, "debts") == ["loan"]


def test_prefix_and_fuzzy(index):
    assert ids(index, "brother*") == ["exercise"]
    assert ids(index, "disbursl~") == ["loan"]


def test_fields(index):
    assert ids(index, "title:base") == ["base"]
    assert sorted(ids(index, "publisher:bugle")) == ["base", "opposition"]
    assert ids(index, "author:lois") == ["loan"]
    assert ids(index, "tag:finance") == ["loan"]
    assert ids(index, "TITLE:base") == ["base"]  # field names are case-insensitive
    assert ids(index, 'title:"Slavic Brotherhood"') == ["exercise"]  # a quoted phrase as a field value


def test_parentheses(index):
    assert sorted(ids(index, "(loan OR exercise) AND september")) == ["exercise"]


def test_alias_aware_search_finds_other_spellings(index):
    assert sorted(ids(index, "Lukashenko")) == ["opposition", "spelling"]
    assert sorted(ids(index, "Tikhanovskaya")) == ["opposition", "spelling"]


def test_title_is_boosted(index):
    assert ids(index, "base")[0] == "base"


def test_snippets_mark_matches_with_offsets(index):
    results = search(index, "loans")
    hit = results.hits[0]
    assert hit.id == "loan"
    assert hit.snippets
    body = index.load_article("loan").body
    for snippet in hit.snippets:
        assert body[snippet.start : snippet.end] == snippet.text
        for start, end in snippet.matches:
            assert snippet.text[start:end].lower().startswith("loan")


def test_total_paging_and_facets(index):
    results = search(index, "belarus OR military OR opposition OR nothing", pagelen=2)
    assert results.total >= 4
    assert len(results.hits) == 2
    assert results.pages == -(-results.total // 2)
    second = search(index, "belarus OR military OR opposition OR nothing", pagelen=2, page=2)
    assert second.hits[0].rank == 3
    assert not {h.id for h in results.hits} & {h.id for h in second.hits}
    assert sum(results.facets["publisher"].values()) == results.total
    assert results.facets["publisher"]["The Bugle"] == 2


def test_did_you_mean(index):
    results = search(index, "exercize")
    assert results.total == 0
    assert results.suggestion == "exercise"


def test_no_suggestion_for_nonsense(index):
    assert search(index, "qqqzzzx").suggestion is None


@pytest.mark.parametrize(
    "query, message",
    [
        ('"unclosed', "unclosed quote"),
        ("AND OR", "operator without a term"),
        ("loan AND OR exercise", "no term between"),
        ("title:", "has no value"),
        ("(loan OR", "unclosed '('"),
        ("loan)", "')' without '('"),
        ("colour:red", "unknown field 'colour:'"),
        ("   ", "empty query"),
    ],
)
def test_malformed_queries_give_clear_errors(index, query, message):
    with pytest.raises(QueryError) as excinfo:
        search(index, query)
    assert message in str(excinfo.value)
    assert "\n" not in str(excinfo.value)


def test_matching_paragraphs_and_term_spans(index):
    article = index.load_article("loan")
    assert matching_paragraphs(index, "debts", article) == [1]
    spans = term_spans(index, "loans", article.body)
    assert [article.body[s:e] for s, e in spans] == ["loan", "loans"]


def test_term_spans_expand_aliases_and_prefixes(index):
    article = index.load_article("spelling")
    words = [article.body[s:e] for s, e in term_spans(index, "Lukashenka dipl*", article.body)]
    assert words == ["diplomats", "Lukashenko"]


def test_boolean_operators_next_to_phrases(index):
    assert sorted(ids(index, 'loan OR "training range"')) == ["exercise", "loan"]
    assert ids(index, '"training range" OR zzzz') == ["exercise"]
    assert ids(index, 'military NOT "russian military"') == ["exercise"]


def test_colons_that_are_not_fields_are_punctuation(index):
    assert ids(index, "Brest: range") == ["exercise"]
    assert ids(index, "https://example.org/loans") == []  # parsed as words, not an unknown field
    with pytest.raises(QueryError, match="unknown field 'colour:'"):
        search(index, "colour:red")


def test_page_past_the_end_has_no_hits(index):
    results = search(index, "belarus", page=99)
    assert results.total > 0 and results.hits == [] and results.page == 99


def test_fuzzy_distance_over_the_limit_is_an_error_naming_the_query(index):
    with pytest.raises(QueryError, match=r"fuzzy distance ~9 .* over the limit of 2 edits: loan~9$"):
        search(index, "loan~9")


def test_make_snippets_choose_the_densest_passages_and_cut_at_words():
    from belreader.search import SNIPPET_CHARS, make_snippets
    from belreader.search.whoosh.backend import spans

    filler = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor. " * 6
    body = filler + "A loan here. " + filler + "Loans and a loan, loaned. " + filler + "Last loan." + filler
    snippets = make_snippets(body, spans(body, {"loan"}), top=2)
    assert len(snippets) == 2
    assert [s.start for s in snippets] == sorted(s.start for s in snippets)  # text order
    assert sum(len(s.matches) for s in snippets) >= 4  # the passage with three matches is chosen
    for s in snippets:
        assert body[s.start : s.end] == s.text
        assert len(s.text) <= SNIPPET_CHARS + 20
        assert s.start == 0 or body[s.start - 1].isspace()  # starts at a word
        assert s.end == len(body) or body[s.end].isspace()  # ends at a word
        for a, b in s.matches:
            assert s.text[a:b].lower().startswith("loan")
    assert make_snippets("No match at all.", []) == [type(snippets[0])("No match at all.", 0, 16, [])]
    assert make_snippets("", []) == []


# -- issue 13, defect 7: speaker and entity search by surname ---------------------------------------

SURNAMES = {
    "pm.md": "---\ntitle: Prime minister on the economy\n---\n"
    'Tony Blair said on Monday: "The economy is stronger than it has been for a generation."\n',
    "police.md": "---\ntitle: Police chief on crime\n---\n"
    'Sir Ian Blair, the Metropolitan Police commissioner, said: "Crime in London is falling."\n',
    "chancellor.md": "---\ntitle: Chancellor on the budget\n---\n"
    'Gordon Brown told MPs: "The budget will be balanced by next year, whatever the critics say."\n',
}


@pytest.fixture(scope="module")
def analysed(tmp_path_factory) -> CorpusIndex:
    root = tmp_path_factory.mktemp("surnames")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in SURNAMES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    ix = CorpusIndex(corpus, root / "index", analysis=True)
    ix.update()
    return ix


def test_a_surname_finds_every_person_of_that_name_and_says_it_is_ambiguous(analysed):
    results = search(analysed, "speaker:blair")
    assert {h.id for h in results.hits} == {"pm", "police"}
    assert results.ambiguous == [Ambiguous("speaker", "blair", ("ian-blair", "tony-blair"))]


def test_the_note_for_an_ambiguous_surname_names_the_people_with_their_articles(analysed):
    """Issue 13, defect 7: the note says who a surname may be by name, not by entity id."""
    library = Library(analysed.corpus, analysed.index_dir)
    results = library.search("speaker:blair")
    assert results.notes == [
        "speaker:blair may be any of 2 names: Ian Blair (1 article), Tony Blair (1); all are searched, "
        "name one to narrow it"
    ]
    assert results.to_dict()["notes"] == results.notes


def test_a_surname_of_one_person_finds_them_without_a_note(analysed):
    results = search(analysed, "speaker:brown")
    assert [h.id for h in results.hits] == ["chancellor"] and results.ambiguous == []
    full = search(analysed, 'speaker:"Tony Blair"')
    assert [h.id for h in full.hits] == ["pm"] and full.ambiguous == []
    library = Library(analysed.corpus, analysed.index_dir)
    assert library.search("speaker:brown").notes == [] and library.search('speaker:"Tony Blair"').notes == []


def test_an_ambiguity_note_counts_in_the_first_name_only_and_stops_after_four():
    choices = [(f"Person {n}", 10 - n) for n in range(8)]
    note = ambiguity_note("entity:person", choices, "article", "all are searched")
    assert note.startswith("entity:person may be any of 8 names: Person 0 (10 articles), Person 1 (9), ")
    assert note.endswith("Person 3 (7), …; all are searched") and "Person 4" not in note
    assert ambiguity_note("--speaker x", [("A", 1), ("B", 1)], "claim", "all are listed") == (
        "--speaker x may be any of 2 names: A (1 claim), B (1); all are listed"
    )


def test_paragraphs_of_a_surname_search_are_those_of_every_person_it_names(analysed):
    article = analysed.load_article("police")
    analysis = analysed.analysis_for(article)
    assert matching_paragraphs(analysed, "speaker:blair", article, analysis) == [0]
