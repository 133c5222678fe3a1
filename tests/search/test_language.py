"""belreader's query language: text -> belreader's own tree (no backend, no index)."""

from __future__ import annotations

import pytest

from belreader.search import language as lang
from belreader.search.language import (
    And,
    AndMaybe,
    AndNot,
    Fuzzy,
    Keyword,
    Not,
    Or,
    Phrase,
    Prefix,
    QueryError,
    Range,
    Wildcard,
    Word,
)


def tree(text: str):
    return lang.parse(text, table=False)


def w(text: str, field: str | None = None, **kw) -> Word:
    return Word(text, field, **kw)


def test_words_are_anded_and_or_binds_tighter_than_the_implicit_and():
    assert tree("loan belarus") == And((w("loan"), w("belarus")))
    assert tree("a b OR c") == And((w("a"), Or((w("b"), w("c")))))
    assert tree("a OR b OR c d") == And((Or((w("a"), w("b"), w("c"))), w("d")))


def test_explicit_and_binds_tighter_than_or():
    assert tree("a AND b OR c") == Or((And((w("a"), w("b"))), w("c")))
    assert tree("x AND y AND z OR v") == Or((And((w("x"), w("y"), w("z"))), w("v")))


def test_not_and_a_leading_minus_are_the_same():
    assert tree("NOT a b") == tree("-a b") == And((Not(w("a")), w("b")))
    assert tree("a -(b OR c)") == And((w("a"), Not(Or((w("b"), w("c"))))))
    assert tree("co-operation") == w("co-operation")  # a hyphen inside a word is not NOT


def test_andnot_and_andmaybe_bind_loosest():
    assert tree("a ANDNOT b c") == And((AndNot(w("a"), w("b")), w("c")))  # it takes its neighbours
    assert tree("a ANDMAYBE b") == AndMaybe(w("a"), w("b"))
    assert tree("a b ANDNOT c") == And((w("a"), AndNot(w("b"), w("c"))))


def test_phrases_with_slop_and_curly_quotes():
    assert tree('"red lines"') == Phrase("red lines")
    assert tree('"red lines"~3') == Phrase("red lines", slop=3)
    assert tree("“military base”") == Phrase("military base")
    assert tree("«military base»") == Phrase("military base")


def test_fields_apply_to_a_word_a_phrase_or_a_group_and_have_aliases():
    assert tree("title:loan") == w("loan", "title")
    assert tree("Text:loan") == w("loan", "body")
    assert tree('title:"red lines"') == Phrase("red lines", "title")
    assert tree("title:(loan belarus)") == And((w("loan", "title"), w("belarus", "title")))
    assert tree("tags:economy") == w("economy", "tag")


def test_colons_that_cannot_start_a_field_are_punctuation():
    assert tree("Belarus: crisis") == And((w("Belarus"), w("crisis")))
    assert tree("10:30") == w("10:30")
    assert tree("https://example.com") == w("example.com")


def test_patterns_fuzziness_ranges_and_boosts():
    assert tree("lukash*") == Prefix("lukash")
    assert tree("lu?ashenko") == Wildcard("lu?ashenko")
    assert tree("*") == Wildcard("*")
    assert tree("lukashenko~") == Fuzzy("lukashenko", maxdist=1, prefix=1)
    assert tree("lukashenko~2/3") == Fuzzy("lukashenko", maxdist=2, prefix=3)
    assert tree("loan~0") == Fuzzy("loan", maxdist=0, prefix=1)  # no edits: the word itself
    assert tree("date:[2020 TO 2021]") == Range("2020", "2021", "date")
    assert tree("date:{2020 TO ]") == Range("2020", None, "date", start_excluded=True)
    assert tree("date:[2020-06 TO 2020]") == Range("2020-06", "2020", "date")  # June to the end of 2020
    assert tree("loan^2") == w("loan", boost=2.0)
    assert tree("(a b)^2") == And((w("a"), w("b")), boost=2.0)


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("", "empty query"),
        ('"red lines', "unclosed quote"),
        ("(a b", "unclosed '('"),
        ("a b)", "')' without '('"),
        ("AND a", "operator without a term"),
        ("a OR AND b", "no term between the operators"),
        ("colour:red", "unknown field 'colour:'"),
        ("x" * (lang.MAX_QUERY_CHARS + 1), "query too long"),
        (" ".join(f"w{i}" for i in range(lang.MAX_TERMS + 1)), "too many terms"),
        (f'"a b"~{lang.MAX_SLOP + 1}', "phrase slop"),
        # a fuzzy distance the engines would cap, or a prefix they would lengthen, was silently changed
        ("loan~9", "fuzzy distance ~9 in 'loan~9' is over the limit of 2 edits: loan~9"),
        ("credit OR loan~12", "fuzzy distance ~12 in 'loan~12' is over the limit of 2 edits: credit OR loan~12"),
        ("loan~2/0", "fuzzy prefix /0 in 'loan~2/0' must keep at least the first letter"),
        # parameters that are no parameters were searched as words, finding something else
        ("loan~1.5", "fuzzy distance '~1.5' in 'loan~1.5' is not 0, 1 or 2"),
        ('"oil price"~-1', "'~-1' is no phrase slop"),
        ("loan^-2", "boost '^-2' in 'loan^-2' is not a positive number"),
        ("date:[2004 TO 2003]", "range [2004 TO 2003] is empty: it starts after it ends: date:[2004 TO 2003]"),
    ],
)
def test_malformed_queries_get_one_sentence(text, says):
    with pytest.raises(QueryError) as caught:
        tree(text)
    assert says in str(caught.value)
    assert "\n" not in str(caught.value)


class _Table:
    """An entity table as search sees one: one-word variants and canonical ids."""

    def expand_token(self, token: str) -> set[str]:
        return {"lukashenko", "lukashenka"} if token.lower() in {"lukashenko", "lukashenka"} else set()

    def canonical(self, text: str) -> str | None:
        return "alexander-lukashenko" if "lukashenk" in text.lower() else None


def test_alias_expansion_works_on_the_tree():
    table = _Table()
    parsed = lang.parse("Lukashenko loan", table=table, decide=lambda x: x)
    assert parsed == And((Word("Lukashenko", variants=("lukashenka",)), Word("loan")))
    assert lang.parse("entity:lukashenka", table=table, decide=lambda x: x) == Keyword("alexander-lukashenko", "entity")
    assert lang.parse('speaker:"Alexander Lukashenka"', table=table, decide=lambda x: x) == Keyword(
        "alexander-lukashenko", "speaker"
    )
    # the user's merge decisions have the last word
    merged = lang.parse("entity:lukashenka", table=table, decide=lambda x: "president-of-belarus")
    assert merged == Keyword("president-of-belarus", "entity")
    # a keyword value the table does not know is kept, lower case
    assert lang.parse("source:TASS", table=table, decide=lambda x: x) == Keyword("tass", "source")


def test_positive_leaves_skip_what_is_negated():
    parsed = tree("loan -belarus ANDNOT minsk ANDMAYBE moscow")
    assert [leaf.text for leaf in lang.positive_leaves(parsed)] == ["loan", "moscow"]
    assert [leaf.text for leaf in lang.leaves(parsed)] == ["loan", "belarus", "minsk", "moscow"]


def test_a_surname_names_the_full_names_that_end_with_it():
    values = ["ian-blair", "tony-blair", "blair", "blairgowrie", "gordon-brown", "brown"]
    assert lang.name_matches("blair", values) == ["blair", "ian-blair", "tony-blair"]
    assert lang.name_matches("tony-blair", values) == ["tony-blair"]
    assert lang.name_matches("brown", values) == ["brown", "gordon-brown"]
    assert lang.name_matches("kelly", values) == []
    assert lang.name_matches("", values) == []


def test_resolving_names_widens_a_surname_and_says_when_it_is_ambiguous():
    values = {"speaker": ["ian-blair", "tony-blair", "gordon-brown"], "entity": ["gordon-brown", "brown"]}
    parsed = lang.parse("speaker:blair entity:brown loan", table=False)
    resolved, ambiguous = lang.resolve_names(parsed, lambda field: values.get(field, []))
    assert resolved == And(
        (
            Or((Keyword("ian-blair", "speaker"), Keyword("tony-blair", "speaker"))),
            Or((Keyword("brown", "entity"), Keyword("gordon-brown", "entity"))),
            Word("loan"),
        )
    )
    assert ambiguous == [lang.Ambiguous("speaker", "blair", ("ian-blair", "tony-blair"))]
    # a full name, or a value the index does not hold, is left as it is and says nothing
    exact = lang.parse("speaker:tony-blair source:nobody", table=False)
    assert lang.resolve_names(exact, lambda field: values.get(field, [])) == (exact, [])


def test_an_or_on_the_left_of_andnot_or_andmaybe_is_a_node_of_the_tree():
    assert tree("a OR b ANDNOT c") == AndNot(Or((w("a"), w("b"))), w("c"))
    assert tree("a OR b ANDMAYBE c") == AndMaybe(Or((w("a"), w("b"))), w("c"))
    assert tree("a AND b ANDNOT c") == AndNot(And((w("a"), w("b"))), w("c"))


def test_a_minus_before_a_phrase_negates_it():
    assert tree('military -"russian base"') == And((w("military"), Not(Phrase("russian base"))))
    assert tree('-"a b" c') == And((Not(Phrase("a b")), w("c")))


def test_a_phrase_is_looked_for_in_every_spelling_of_its_names():
    table = _Table()
    parsed = lang.parse('"Lukashenko thanked"~2', table=table, decide=lambda x: x)
    assert parsed == Or((Phrase("Lukashenko thanked", slop=2), Phrase("lukashenka thanked", slop=2)))
    assert lang.parse('"red lines"', table=table, decide=lambda x: x) == Phrase("red lines")


class _Names(_Table):
    def expand_token(self, token: str) -> set[str]:  # every word n1..n9 has a second spelling
        return {token.lower(), token.lower() + "a"} if token[:1] == "n" else set()


def test_a_phrase_of_many_names_is_looked_for_in_a_bounded_number_of_spellings():
    many = lang.parse('"n1 n2 n3 n4 n5 n6"', table=_Names(), decide=lambda x: x)  # 64 spellings
    assert isinstance(many, Or) and len(many.children) == lang.MAX_PHRASE_SPELLINGS
    assert many.children[0] == Phrase("n1 n2 n3 n4 n5 n6")
    assert len({child.text for child in many.children}) == lang.MAX_PHRASE_SPELLINGS


def test_star_colon_star_is_every_document():
    assert tree("*:*") == lang.All()
    assert tree("*:* -loan") == And((lang.All(), Not(w("loan"))))
    assert tree("*") == Wildcard("*")  # a bare star is a word pattern (and meets the expansion limit)
