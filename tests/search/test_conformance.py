"""The backend conformance suite: the same articles and queries against every search backend.

Each test runs once per entry of `BACKENDS` (conftest.py). It checks which documents a query
finds and, where order is the contract, in what order: never score values. The articles are
written for the purpose (twins that differ in one controlled way for the ranking invariants, a
phrase adjacent in one article and split in another, spellings of one person) and go through
the normal analysis, so entity:, speaker: and source: search what it found.
"""

from __future__ import annotations

from collections import Counter

import pytest

from belreader.search import (
    Query,
    QueryError,
    SearchCancelled,
    add_snippets,
    hit_spans,
    language,
    matching_paragraphs,
    query_match,
    search,
    suggestion,
    term_spans,
)

ARTICLES: dict[str, dict] = {
    "loan": dict(
        title="Moscow extends a loan to Minsk",
        publisher="Daily Planet",
        author="Lois Lane",
        date="2020-09-15",
        tags=["finance", "belarus"],
        body="Russia confirmed the disbursal of a loan to Belarus, TASS reported.\n\n"
        "The money refinances past debt of the Belarusian state.",
    ),
    # "training range": adjacent here, four words apart in range-split.
    "exercise": dict(
        title="Slavic Brotherhood exercise begins",
        publisher="Daily Planet",
        author="Jimmy Olsen",
        date="2020-09-14",
        tags=["military"],
        body="Paratroopers arrived near Brest on Monday.\n\n"
        "The military exercise started at the Brest training range in the morning.\n\n"
        "Troops would return to their permanent bases afterwards.",
    ),
    "range-split": dict(
        title="Conscripts finish their drills",
        publisher="The Bugle",
        author="Anna Kowal",
        date="2020-10-02",
        tags=["military"],
        body="Training continued beyond distant range markers for a week.\n\n"
        "Officers praised the discipline of the conscripts.",
    ),
    # Two spellings of Lukashenka and of Tsikhanouskaya (both in the bundled entity table).
    "opposition": dict(
        title="Opposition leader addresses parliament",
        publisher="The Bugle",
        author="Jimmy Olsen",
        date="2020-09-21",
        tags=["protest"],
        body="Sviatlana Tsikhanouskaya addressed the European Parliament in Brussels.\n\n"
        "Lukashenka called the protesters puppets of the West.",
    ),
    "spelling": dict(
        title="A meeting in Vilnius",
        publisher="Minsk Herald",
        author="Anna Kowal",
        date="2020-08-30",
        tags=["protest", "diplomacy"],
        body="Svetlana Tikhanovskaya met diplomats in Vilnius while Lukashenko stayed in Minsk.\n\n"
        "Nothing else happened that day.",
    ),
    "putin": dict(
        title="Putin and Lukashenko meet in Sochi",
        publisher="Wire Service",
        author="Lois Lane",
        date="2020-09-14",
        tags=["russia", "diplomacy"],
        body="Vladimir Putin received Alyaksandr Lukashenka in Sochi for talks that lasted four hours.\n\n"
        "Putin said the constitutional reform was timely. Lukashenka thanked him for the loan.",
    ),
    # Claims with a speaker (Peskov) and a source (Interfax, TASS, Reuters).
    "peskov": dict(
        title="No Russian base, Kremlin says",
        publisher="Wire Service",
        date="2020-09-16",
        tags=["military", "russia"],
        body="Dmitry Peskov said that setting up a Russian military base in Belarus was not considered.\n\n"
        "\u201cThis matter is not on the agenda,\u201d Peskov told reporters, according to Interfax.",
    ),
    # Twins: "tractor" in the title of one, in the body of the other.
    "tractor-title": dict(
        title="Tractor workers strike",
        publisher="Minsk Herald",
        author="Lois Lane",
        date="2020-08-17",
        tags=["protest", "labour"],
        body="Workers at the Minsk plant walked out on Monday morning.\n\n"
        "Managers threatened dismissals for everyone who joined.",
    ),
    "tractor-body": dict(
        title="Factory workers strike",
        publisher="Minsk Herald",
        author="Lois Lane",
        date="2020-08-18",
        tags=["protest", "labour"],
        body="Workers at the tractor plant walked out on Monday morning.\n\n"
        "Managers threatened dismissals for everyone who joined.",
    ),
    # Twins of one length: "potash" three times in one, once in the other.
    "potash-three": dict(
        title="Export figures for August",
        publisher="Wire Service",
        date="2020-09-01",
        tags=["economy"],
        body="Potash exports rose. Potash prices fell. Potash demand grew.",
    ),
    "potash-one": dict(
        title="Export figures for July",
        publisher="Wire Service",
        date="2020-08-01",
        tags=["economy"],
        body="Potash exports rose. Timber prices fell. Dairy demand grew.",
    ),
    # Twins that differ in one place name only: tied on everything else.
    "drill-brest": dict(
        title="Border drill announced",
        publisher="Daily Planet",
        date="2020-11-05",
        tags=["military"],
        body="A military border drill was announced near Brest for next month.",
    ),
    "drill-grodno": dict(
        title="Border drill announced",
        publisher="Daily Planet",
        date="2020-11-06",
        tags=["military"],
        body="A military border drill was announced near Grodno for next month.",
    ),
    "economy": dict(
        title="Economic growth slows",
        publisher="The Bugle",
        author="Anna Kowal",
        date="2021-01-12",
        tags=["economy"],
        body="Economists at the central bank said growth slowed in the fourth quarter.\n\n"
        "Refinery output fell as oil supplies from Russia were interrupted.",
    ),
    "nuclear": dict(  # no publisher
        title="Astravets reactor starts",
        date="2020-11-03",
        tags=["energy"],
        body="The first unit of the Astravets nuclear plant was connected to the grid.\n\n"
        "Lithuania called the plant unsafe, Reuters reported.",
    ),
    # Letters beyond ASCII: accents fold, Cyrillic stays searchable.
    "latin": dict(
        title="Naviny in Latin script",
        publisher="Nasha Niva",
        date="2020-12-01",
        tags=["language"],
        body="\u0141uka\u0161enka spoke in Mahilio\u016d about the harvest.",
    ),
    "cyrillic": dict(
        title="A quote in the original",
        publisher="Nasha Niva",
        date="2020-12-02",
        tags=["language"],
        body="The headline read \u041b\u0443\u043a\u0430\u0448\u0435\u043d\u043a\u0430 \u045e "
        "\u041c\u0430\u0433\u0456\u043b\u0451\u0432\u0435 in bold type.",
    ),
}

LUKASHENKA = {"opposition", "putin", "spelling"}
TSIKHANOUSKAYA = {"opposition", "spelling"}
# The analysis also knows the Cyrillic spelling as the same person (a text search for the Latin
# spellings does not find it).
LUKASHENKA_ENTITY = LUKASHENKA | {"cyrillic"}


@pytest.fixture(scope="module")
def index(build_index, write_articles, tmp_path_factory):
    return build_index(write_articles(tmp_path_factory.mktemp("corpus"), ARTICLES))


def ids(index, query, kind: str = "article") -> list[str]:
    """Every hit of `query`, best first."""
    return [h.id for h in search(index, query, pagelen=100, snippets=0, suggest=False, kind=kind).hits]


def found(index, query, kind: str = "article") -> set[str]:
    hits = ids(index, query, kind)
    assert len(hits) == len(set(hits)), hits
    return set(hits)


# --------------------------------------------------------------------------- words and booleans


def test_a_word_finds_the_articles_that_hold_it_in_any_case_and_inflection(index):
    assert found(index, "potash") == {"potash-one", "potash-three"}
    assert found(index, "POTASH") == found(index, "Potash") == {"potash-one", "potash-three"}
    assert found(index, "loans") == found(index, "loan") == {"loan", "putin"}
    assert found(index, "debts") == {"loan"}
    assert found(index, "conscript") == {"range-split"}


def test_a_word_in_the_title_alone_is_found(index):
    assert found(index, "brotherhood") == {"exercise"}
    assert found(index, "slavic") == {"exercise"}


def test_words_are_anded(index):
    assert found(index, "border drill") == {"drill-brest", "drill-grodno"}
    assert found(index, "military agenda") == {"peskov"}
    assert found(index, "potash timber") == {"potash-one"}
    assert found(index, "potash AND timber") == {"potash-one"}
    assert found(index, "potash zzzunknown") == set()


def test_or(index):
    assert found(index, "brotherhood OR astravets") == {"exercise", "nuclear"}
    assert found(index, "brotherhood OR zzzunknown") == {"exercise"}


@pytest.mark.parametrize("query", ["potash NOT timber", "potash -timber", "potash AND -timber", "potash ANDNOT timber"])
def test_the_ways_to_leave_a_word_out(index, query):
    assert found(index, query) == {"potash-three"}


def test_a_query_of_only_negations_finds_everything_else(index):
    assert found(index, "-timber") == set(ARTICLES) - {"potash-one"}
    assert found(index, "NOT tag:protest") == set(ARTICLES) - {
        "opposition",
        "spelling",
        "tractor-title",
        "tractor-body",
    }


def test_andmaybe_finds_what_the_left_side_finds_and_ranks_the_right_side_first(index):
    drills = found(index, "drill")
    assert drills == {"drill-brest", "drill-grodno", "range-split"}
    assert found(index, "drill ANDMAYBE grodno") == drills
    assert ids(index, "drill ANDMAYBE grodno")[0] == "drill-grodno"
    assert ids(index, "drill ANDMAYBE brest")[0] == "drill-brest"


def test_precedence_not_then_and_then_or_then_andnot_then_the_implicit_and(index):
    # implicit AND binds loosest: paratroopers AND (brest OR grodno)
    assert found(index, "paratroopers brest OR grodno") == {"exercise"}
    # explicit AND binds tighter than OR: (paratroopers AND brest) OR grodno
    assert found(index, "paratroopers AND brest OR grodno") == {"exercise", "drill-grodno"}
    assert found(index, "(paratroopers AND brest) OR grodno") == {"exercise", "drill-grodno"}
    assert found(index, "paratroopers AND (brest OR grodno)") == {"exercise"}
    # NOT applies to the next term only
    assert found(index, "NOT timber AND potash") == {"potash-three"}
    # ANDNOT after the implicit AND's operands: potash AND (timber ANDNOT dairy)
    assert found(index, "potash timber ANDNOT dairy") == set()
    assert found(index, "(potash OR timber) ANDNOT dairy") == {"potash-three"}


def test_or_then_andnot_without_parentheses(index):
    assert found(index, "potash OR timber ANDNOT dairy") == {"potash-three"}
    assert found(index, "(potash) OR (timber) ANDNOT (dairy)") == {"potash-three"}


def test_or_then_andmaybe_without_parentheses(index):
    assert found(index, "tractor OR potash ANDMAYBE timber") == found(index, "(tractor OR potash) ANDMAYBE timber")


ATOMS = [
    "potash",
    "lukashenko",
    "drill*",
    "tr?ctor",
    "disbursl~",
    '"training range"~4',
    "title:strike",
    "tag:protest",
    "entity:lukashenka",
    "date:[2020-09-01 TO 2020-09-30]",
    "military",
]


def test_the_operators_are_set_operations_on_what_their_sides_find(index):
    """For every pair of terms of every kind: AND is the intersection, OR the union, NOT and
    ANDNOT the difference, and ANDMAYBE what its left side finds."""
    alone = {atom: found(index, atom) for atom in ATOMS}
    assert all(alone.values())
    for i, a in enumerate(ATOMS):
        for b in ATOMS[i + 1 :]:
            pair = (a, b)
            assert found(index, f"{a} {b}") == alone[a] & alone[b], pair
            assert found(index, f"{a} AND {b}") == alone[a] & alone[b], pair
            assert found(index, f"{a} OR {b}") == alone[a] | alone[b], pair
            if not b.startswith('"'):  # -"a phrase": test_a_minus_before_a_phrase_negates_it
                assert found(index, f"{a} -{b}") == alone[a] - alone[b], pair
            assert found(index, f"{a} NOT {b}") == alone[a] - alone[b], pair
            assert found(index, f"{a} ANDNOT {b}") == alone[a] - alone[b], pair
            assert found(index, f"{a} ANDMAYBE {b}") == alone[a], pair


# --------------------------------------------------------------------------- phrases


def test_a_phrase_finds_its_words_adjacent_and_in_order(index):
    assert found(index, '"training range"') == {"exercise"}
    assert found(index, "training range") == {"exercise", "range-split"}  # the words anywhere
    assert found(index, '"range training"') == set()


def test_slop_is_how_far_apart_the_words_may_be_in_order(index):
    # range-split: "Training continued beyond distant range": range is the fourth word after
    assert found(index, '"training range"~3') == {"exercise"}
    assert found(index, '"training range"~4') == {"exercise", "range-split"}
    assert found(index, '"range training"~10') == set()


def test_phrases_with_stop_words_fields_and_booleans(index):
    assert found(index, '"disbursal of a loan"') == {"loan"}
    assert found(index, 'title:"Slavic Brotherhood"') == {"exercise"}
    assert found(index, 'title:"training range"') == set()
    assert found(index, 'loan OR "training range"') == {"loan", "putin", "exercise"}
    assert found(index, 'military NOT "russian military"') == {"exercise", "drill-brest", "drill-grodno"}


def test_a_minus_before_a_phrase_negates_it(index):
    assert found(index, 'military -"russian military"') == found(index, 'military NOT "russian military"')


# --------------------------------------------------------------------------- patterns


def test_prefix_wildcard_and_fuzzy(index):
    assert found(index, "brother*") == {"exercise"}
    assert found(index, "tract*") == {"tractor-title", "tractor-body"}
    assert found(index, "tr?ctor") == {"tractor-title", "tractor-body"}
    assert found(index, "*otash") == {"potash-one", "potash-three"}
    assert found(index, "disbursl~") == {"loan"}
    assert found(index, "tractpr~") == {"tractor-title", "tractor-body"}
    assert found(index, "trackpr~") == set()  # two edits
    assert found(index, "trackpr~2") == {"tractor-title", "tractor-body"}
    with pytest.raises(QueryError, match="fuzzy distance ~9"):  # said, not silently capped
        found(index, "potash~9")


def test_a_range_of_words(index):
    assert found(index, "[loa TO loz]") == {"loan", "putin"}


# --------------------------------------------------------------------------- fields


def test_text_fields(index):
    assert found(index, "title:strike") == {"tractor-title", "tractor-body"}
    assert found(index, "title:tractor") == {"tractor-title"}
    assert found(index, "TITLE:tractor") == {"tractor-title"}  # field names in any case
    assert found(index, "body:tractor") == {"tractor-body"}
    assert found(index, "title:(strike -factory)") == {"tractor-title"}
    assert found(index, "claims:agenda") == {"peskov"}
    assert found(index, "id:loan") == {"loan"}


def test_publisher_author_and_tag(index):
    assert found(index, "publisher:bugle") == {"economy", "opposition", "range-split"}
    assert found(index, 'publisher:"minsk herald"') == {"spelling", "tractor-body", "tractor-title"}
    assert found(index, "publisher:(bugle OR herald)") == {
        "economy",
        "opposition",
        "range-split",
        "spelling",
        "tractor-body",
        "tractor-title",
    }
    assert found(index, "author:lois") == {"loan", "putin", "tractor-body", "tractor-title"}
    assert found(index, 'author:"anna kowal"') == {"economy", "range-split", "spelling"}
    assert found(index, "tag:protest") == {"opposition", "spelling", "tractor-body", "tractor-title"}
    assert found(index, "tag:(protest -labour)") == {"opposition", "spelling"}
    assert found(index, "tag:economy potash") == {"potash-one", "potash-three"}


def test_dates_and_date_ranges(index):
    assert found(index, "date:2020-09-14") == {"exercise", "putin"}
    september = {"exercise", "loan", "opposition", "peskov", "potash-three", "putin"}
    assert found(index, "date:[2020-09-01 TO 2020-09-30]") == september
    assert found(index, "date:[2020-09-14 TO 2020-09-15]") == {"exercise", "loan", "putin"}
    assert found(index, "date:{2020-09-14 TO 2020-09-16}") == {"loan"}  # ends excluded
    assert found(index, "date:[TO 2020-08-31]") == {"potash-one", "spelling", "tractor-body", "tractor-title"}
    assert found(index, "date:[2020-12-01 TO]") == {"economy", "latin", "cyrillic"}
    assert found(index, "military date:[2020-09-01 TO 2020-09-30]") == {"exercise", "peskov"}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("entity:lukashenka", LUKASHENKA_ENTITY),
        ("entity:lukashenko", LUKASHENKA_ENTITY),  # any spelling means the entity's id
        ("entity:Lukashenko", LUKASHENKA_ENTITY),
        ('entity:"Alexander Lukashenko"', LUKASHENKA_ENTITY),
        ("entity:tikhanovskaya", TSIKHANOUSKAYA),
        ("entity:brest", {"exercise", "drill-brest"}),
        ("speaker:peskov", {"peskov"}),
        ('speaker:"Dmitry Peskov"', {"peskov"}),
        ("source:tass", {"loan"}),
        ("source:TASS", {"loan"}),
        ('source:"ITAR-TASS"', {"loan"}),
        ("source:interfax", {"peskov"}),
        ("source:reuters", {"nuclear"}),
        ("entity:lukashenka -entity:tsikhanouskaya", {"putin", "cyrillic"}),
        ("entity:zzzunknown", set()),
    ],
)
def test_analysis_fields_canonicalise_through_the_aliases(index, query, expected):
    assert found(index, query) == expected


# --------------------------------------------------------------------------- text analysis


@pytest.mark.parametrize("spelling", ["Lukashenka", "Lukashenko", "lukashenko", "Lukashenk*"])
def test_a_name_finds_every_spelling_of_its_entity(index, spelling):
    assert found(index, spelling) == LUKASHENKA


def test_alias_expansion(index):
    assert found(index, "Tikhanovskaya") == found(index, "Tsikhanouskaya") == TSIKHANOUSKAYA
    assert found(index, "Lukashenko Tikhanovskaya") == TSIKHANOUSKAYA
    assert found(index, "Lukashenko -Vilnius") == {"opposition", "putin"}
    assert found(index, "title:Lukashenka") == {"putin"}  # a field search is alias-aware too


def test_a_phrase_finds_other_spellings_of_its_names(index):
    assert found(index, '"lukashenka thanked"') == {"putin"}
    assert found(index, '"lukashenko thanked"') == {"putin"}


def test_letters_beyond_ascii(index):
    assert found(index, "\u0141uka\u0161enka") == {"latin"}
    assert found(index, "lukasenka") == {"latin"}  # accents fold
    assert found(index, "Mahilio\u016d") == {"latin"}
    assert found(index, "\u041c\u0430\u0433\u0456\u043b\u0451\u0432\u0435") == {"cyrillic"}  # Cyrillic stays
    assert "cyrillic" in found(index, "\u041b\u0443\u043a\u0430\u0448\u0435\u043d\u043a\u0430")


def test_an_accented_word_is_found_typed_without_its_accents(index):
    assert found(index, "mahiliou") == {"latin"}


def test_stop_words_are_ignored(index):
    assert found(index, "the potash") == found(index, "potash")
    results = search(index, "the", suggest=True)
    assert results.total == 0 and results.hits == [] and results.suggestion is None


def test_an_unknown_word_finds_nothing_and_gets_a_did_you_mean(index):
    results = search(index, "tractr")
    assert (results.total, results.hits, results.suggestion) == (0, [], "tractor")
    assert found(index, results.suggestion) == {"tractor-title", "tractor-body"}
    assert search(index, "tractr strike").suggestion == "tractor strike"
    assert search(index, "tractr", suggest=False).suggestion is None
    assert suggestion(index, "exercize") == "exercise"
    assert search(index, "qqqzzzx").suggestion is None  # nothing close
    assert search(index, "potash").suggestion is None  # only for a query without hits


# --------------------------------------------------------------------------- ranking


def test_a_title_match_ranks_above_a_body_only_match(index):
    assert ids(index, "tractor") == ["tractor-title", "tractor-body"]


def test_more_occurrences_rank_higher_where_the_rest_is_equal(index):
    assert ids(index, "potash") == ["potash-three", "potash-one"]


def test_ties_keep_one_order_across_searches_and_pages(index):
    query = "border drill"
    first = ids(index, query)
    assert set(first) == {"drill-brest", "drill-grodno"}
    assert all(ids(index, query) == first for _ in range(3))
    pages = [h.id for page in (1, 2) for h in search(index, query, page=page, pagelen=1, snippets=0).hits]
    assert pages == first


def test_a_rarer_word_counts_more(index):
    # "military" is in five articles, "grodno" in one: the article with both ranks first
    assert ids(index, "military OR grodno")[0] == "drill-grodno"


# --------------------------------------------------------------------------- results


def test_hits_carry_the_articles_metadata(index):
    (hit,) = search(index, "disbursal").hits
    assert (hit.id, hit.title, hit.publisher, hit.author, hit.date, hit.rank) == (
        "loan",
        "Moscow extends a loan to Minsk",
        "Daily Planet",
        "Lois Lane",
        "2020-09-15",
        1,
    )
    assert hit.path.endswith("loan.md") and hit.n_claims == 1
    (nuclear,) = search(index, "astravets").hits
    assert nuclear.publisher is None and nuclear.author is None


def test_pages_continue_without_overlap_and_the_total_is_exact(index):
    query = "military OR protest OR potash OR lukashenka OR monday"
    everything = ids(index, query)
    total = len(everything)
    assert total == 11
    seen: list[str] = []
    for page in range(1, 5):
        results = search(index, query, page=page, pagelen=3, snippets=0)
        assert results.total == total and results.pages == 4 and results.page == page
        assert [h.rank for h in results.hits] == list(range(3 * page - 2, 3 * page - 2 + len(results.hits)))
        seen.extend(h.id for h in results.hits)
    assert seen == everything
    past = search(index, query, page=9, pagelen=3)
    assert past.total == total and past.hits == []


def test_publisher_facet_counts_every_match_not_just_the_page(index):
    query = "military OR protest OR potash OR lukashenka OR monday"
    everything = search(index, query, pagelen=100, snippets=0)
    expected = Counter(h.publisher or "(unknown)" for h in everything.hits)
    one_page = search(index, query, pagelen=2, snippets=0)
    assert one_page.facets["publisher"] == dict(expected) == everything.facets["publisher"]
    assert sum(one_page.facets["publisher"].values()) == one_page.total
    counts = list(one_page.facets["publisher"].items())
    assert counts == sorted(counts, key=lambda kv: (-kv[1], kv[0]))  # most first, then by name
    assert search(index, "astravets").facets["publisher"] == {"(unknown)": 1}
    assert search(index, "potash", facets=False).facets == {}


def test_claims_are_searched_apart_from_articles(index):
    assert ids(index, "agenda", kind="claim") == ["peskov#s000092"]
    assert found(index, "speaker:peskov", kind="claim") == {"peskov#s000024", "peskov#s000092"}
    assert found(index, "speaker:peskov -agenda", kind="claim") == {"peskov#s000024"}
    assert found(index, "source:interfax", kind="claim") == {"peskov#s000092"}
    assert found(index, "source:tass", kind="claim") == {"loan#s000017"}
    assert found(index, "speaker:reuters", kind="claim") == {"nuclear#s000074"}
    assert found(index, "entity:belarus", kind="claim") == {"loan#s000017", "peskov#s000024"}
    assert found(index, "refinances", kind="claim") == set()  # a sentence no one claims
    assert found(index, "agenda") == {"peskov"}  # an article search finds articles only
    results = search(index, "speaker:peskov", kind="claim")
    assert results.total == 2 and all(h.path.endswith("peskov.md") for h in results.hits)
    assert all(h.title == "No Russian base, Kremlin says" for h in results.hits)


# --------------------------------------------------------------------------- snippets and spans


def _words(index, text: str) -> set[str]:
    return set(index.backend().tokens(text))


@pytest.mark.parametrize("query", ["loans", "Lukashenko", "tract* OR potash", '"training range" brest', "workers"])
def test_snippets_mark_the_matched_words(index, query):
    results = search(index, query, pagelen=100)
    wanted = results.match.highlight_words()
    assert results.hits
    for hit in results.hits:
        body = index.load_article(hit.id).body
        for snippet in hit.snippets:
            assert body[snippet.start : snippet.end] == snippet.text
            for start, end in snippet.matches:
                assert _words(index, snippet.text[start:end]) & wanted, (hit.id, snippet.text[start:end])
        if _words(index, body) & wanted:
            assert any(s.matches for s in hit.snippets), hit.id


def test_snippet_matches_point_at_the_words(index):
    (hit,) = search(index, '"training range"').hits
    marked = [s.text[a:b] for s in hit.snippets for a, b in s.matches]
    assert marked == ["training range"]  # a phrase is marked whole, as one match
    (hit,) = search(index, "Tikhanovskaya diplomats").hits
    assert [s.text[a:b] for s in hit.snippets for a, b in s.matches] == ["Tikhanovskaya", "diplomats"]


def test_snippets_added_later_are_the_ones_the_search_would_give(index):
    query = "Lukashenko OR potash"
    plain = search(index, query, snippets=0)
    assert all(not h.snippets for h in plain.hits)
    assert add_snippets(index, plain, top=3).hits == search(index, query, snippets=3).hits


def test_term_spans_and_matching_paragraphs_of_a_phrase(index):
    article = index.load_article("exercise")
    assert matching_paragraphs(index, '"training range"', article) == [1]
    assert matching_paragraphs(index, "brest", article) == [0, 1]
    assert matching_paragraphs(index, '"range training"', article) == []
    spans = term_spans(index, '"training range"', article.body)
    assert [article.body[a:b] for a, b in spans] == ["training range"]
    split = index.load_article("range-split")
    assert matching_paragraphs(index, '"training range"', split) == []
    assert matching_paragraphs(index, '"training range"~4', split) == [0]


def test_a_phrase_is_one_hit_where_the_whole_phrase_is_and_its_words_alone_are_not(index):
    """Issue 13, defect 4: "training range" is not found in "Training continued beyond distant
    range markers"; a proximity match is one hit made of its words."""
    split = index.load_article("range-split")
    assert hit_spans(index, '"training range"', split.body) == []
    assert term_spans(index, '"training range"', split.body) == []
    near = hit_spans(index, '"training range"~4', split.body)
    assert [[split.body[a:b] for a, b in hit] for hit in near] == [["Training", "range"]]
    article = index.load_article("exercise")
    both = hit_spans(index, '"training range" OR brest', article.body)
    assert [[article.body[a:b] for a, b in hit] for hit in both] == [["Brest"], ["Brest"], ["training range"]]
    assert hit_spans(index, '"training range" range', article.body) == [
        hit for hit in both if article.body[hit[0][0] : hit[0][1]] == "training range"
    ], "a word inside a phrase hit is not a hit of its own"


def test_term_spans_follow_aliases_prefixes_and_leave_out_negations(index):
    article = index.load_article("spelling")
    spans = term_spans(index, "Lukashenka dipl* -vilnius", article.body)
    assert [article.body[a:b] for a, b in spans] == ["diplomats", "Lukashenko"]


def test_matching_paragraphs_of_analysis_fields(index):
    opposition = index.load_article("opposition")
    assert matching_paragraphs(index, "entity:lukashenko", opposition, index.analysis_for(opposition)) == [1]
    peskov = index.load_article("peskov")
    analysis = index.analysis_for(peskov)
    assert matching_paragraphs(index, "speaker:peskov", peskov, analysis) == [0, 1]
    assert matching_paragraphs(index, "source:interfax", peskov, analysis) == [1]


def test_field_searches_hit_the_mentions_and_claims_that_matched(index):
    """Issue 13, defect 6: speaker:, entity: and source: hits are the claims and mentions."""
    peskov = index.load_article("peskov")
    analysis = index.analysis_for(peskov)
    said = hit_spans(index, "speaker:peskov", peskov.body, analysis)
    claims = [c for c in analysis.claims if "Peskov" in c.speaker]
    assert claims and said == sorted(((c.sentence_start, c.sentence_end),) for c in claims)
    assert hit_spans(index, "speaker:peskov", peskov.body) == [], "without the analysis there is nothing to mark"
    cited = hit_spans(index, "source:interfax", peskov.body, analysis)
    assert cited and all(peskov.body[h[0][0] : h[0][1]] for h in cited)
    assert any("Interfax" in peskov.body[h[0][0] : h[0][1]] for h in cited)
    opposition = index.load_article("opposition")
    mentions = hit_spans(index, "entity:lukashenko", opposition.body, index.analysis_for(opposition))
    assert mentions and all(len(h) == 1 for h in mentions)
    assert {opposition.body[h[0][0] : h[0][1]].split()[-1].rstrip("'s") for h in mentions} <= {
        "Lukashenka",
        "Lukashenko",
    }
    (hit,) = search(index, "speaker:peskov").hits
    assert [s.matches for s in hit.snippets] == [[]]  # the search alone has no analysis ...
    (hit,) = add_snippets(index, search(index, "speaker:peskov", snippets=0), 1, index_analysis(index)).hits
    assert [s.text[a:b] for s in hit.snippets for a, b in s.matches] == [
        peskov.body[c.sentence_start : c.sentence_end] for c in claims
    ], "... given it, the snippet shows the claims"


# --------------------------------------------------------------------------- one parse


@pytest.mark.parametrize(
    "text", ['"training range" OR tractor -title:factory', "Lukashenko OR potash", "entity:tikhanovskaya"]
)
def test_one_parsed_query_gives_consistent_search_and_match(index, text):
    query = Query.parse(text)
    results = search(index, query, pagelen=100)
    match = query_match(index, query)
    assert match == results.match
    assert results.hits
    for hit in results.hits:
        article = index.load_article(hit.id)
        in_title = _words(index, article.title) & match.words
        paragraphs = matching_paragraphs(index, match, article, index.analysis_for(article))
        assert in_title or paragraphs, hit.id
    assert [h.id for h in search(index, text, pagelen=100).hits] == [h.id for h in results.hits]


def test_searching_a_parsed_query_parses_no_more(index, monkeypatch):
    calls = []
    real = language.parse

    def counting(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(language, "parse", counting)
    query = Query.parse('"training range" OR Lukashenko')
    assert len(calls) == 1
    results = search(index, query)
    article = index.load_article("exercise")
    query_match(index, query)
    term_spans(index, query, article.body)
    matching_paragraphs(index, query, article)
    add_snippets(index, results)
    search(index, Query.parse("zzzunknown"), suggest=False)
    assert len(calls) == 2  # the two Query.parse calls


# --------------------------------------------------------------------------- limits and cancelling


def test_a_pattern_for_too_many_index_words_is_refused(index, monkeypatch):
    monkeypatch.setattr(language, "MAX_TERM_EXPANSION", 3)
    assert found(index, "tract*") == {"tractor-title", "tractor-body"}
    with pytest.raises(QueryError, match="'m\\*' matches more than 3 words"):
        search(index, "m*")
    with pytest.raises(QueryError, match="'\\*' matches more than 3 words"):
        search(index, "*")


def test_the_patterns_of_a_query_together_have_a_limit(index, monkeypatch):
    monkeypatch.setattr(language, "MAX_QUERY_EXPANSION", 4)
    assert found(index, "tract* OR pot*") == {"tractor-title", "tractor-body", "potash-one", "potash-three"}
    with pytest.raises(QueryError, match="in all"):
        search(index, "m* OR p* OR t*")


@pytest.mark.parametrize(
    "query, message",
    [
        (f'"training range"~{language.MAX_SLOP + 1}', "phrase slop"),
        (" OR ".join(f"w{i}" for i in range(language.MAX_TERMS + 1)), "too many terms"),
        ("potash " * 500, "query too long"),
        ('"unclosed', "unclosed quote"),
        ("colour:red", "unknown field"),
    ],
)
def test_queries_over_the_limits_or_malformed_are_refused_in_one_line(index, query, message):
    with pytest.raises(QueryError) as caught:
        search(index, query)
    assert message in str(caught.value) and "\n" not in str(caught.value)


def test_a_cancelled_search_raises_and_leaves_the_index_usable(index):
    with pytest.raises(SearchCancelled):
        search(index, "potash", cancelled=lambda: True)
    asked = []

    def after_the_first_check() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(SearchCancelled):
        search(index, "military OR potash OR lukashenka", cancelled=after_the_first_check)
    assert found(index, "potash") == {"potash-one", "potash-three"}
    assert ids(index, "potash") == [h.id for h in search(index, "potash", cancelled=lambda: False).hits]


# --------------------------------------------------------------------------- the reader protocol


def test_reader_counts_documents_and_looks_them_up(index, shared_analysis_cache):
    claims = sum(len(index.analysis_for(index.load_article(a)).claims) for a in ARTICLES)
    # economists, TASS, Reuters, Peskov twice, Putin, and Lukashenka's "thanked him for the loan"
    # (a thanks with its reason is a statement since session 13)
    assert claims == 7
    with index.backend().reader() as reader:
        stats = reader.stats()
        assert stats["articles"] == len(ARTICLES) and stats["claims"] == claims and stats["entities"] > 10
        assert reader.ids_with("entity", "lukashenka") == sorted(LUKASHENKA_ENTITY)
        assert reader.ids_with("speaker", "peskov", kind="claim") == ["peskov#s000024", "peskov#s000092"]
        assert reader.document("loan")["title"] == "Moscow extends a loan to Minsk"
        assert reader.document("peskov#s000092")["body"] == "This matter is not on the agenda"
        assert reader.document("nothing-by-this-id") is None
        assert reader.known("tractor") and reader.known("Tractors")
        assert not reader.known("tractr")


def index_analysis(index):
    """`add_snippets`' analysis_of: an indexed article's analysis, by id."""
    return lambda article_id: index.analysis_for(index.load_article(article_id))
