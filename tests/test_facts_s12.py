"""Two speakers' statements on one subject grouped by what only names it (issue 14: no group mixes
two events). Sentences written here after patterns read in BBC groups: two sides on "the £3bn
rebate", two witnesses' testimonies on "an $11bn fraud" (a figure and a title naming the thing and
the man), a run-on claim sharing only another speaker's introduction, and two statistics on one
subject. Cosines are set by the test (a fake embedder), so each rule is shown with its evidence
taken away or given back."""

from __future__ import annotations

import pytest
from test_facts_s11 import kept_pairs
from test_nlp_embed import FakeEmbedder, _unit_pair
from test_nlp_related import make_analysis, say

from belreader import facts
from belreader.nlp import related
from belreader.quantities import parse_quantities


def _figure_names_a_thing(text: str) -> bool:
    return facts._names_a_thing(text, parse_quantities(text)[0])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sylvania's £3bn grain rebate is not up for talks", True),
        ("the harbour board's $11bn (£5.8bn) fraud was planned by its chairman", True),
        ("the imminent payment of a $2.4 billion loan to Freedonia", True),
        ("grain exports posted a 0.6% rise in March", False),  # a change is said of something
        ("the bank will lend $2.4bn to Freedonia", False),  # what is done, not a name
        ("the rebate is worth £3bn a year", False),
        ("the £3bn of the rebate", False),  # no noun after it
    ],
)
def test_a_figure_names_a_thing_between_a_determiner_and_its_noun(text, names):
    assert _figure_names_a_thing(text) is names


REBATE_KEPT = "Sylvania's £3bn farm rebate is not up for renegotiation at the autumn summit"
REBATE_UNFAIR = "the £3bn rebate paid to Sylvania is unfair and must end soon"


def test_two_sides_naming_the_same_rebate_are_two_statements(monkeypatch):
    """One side says the rebate stays, the other that it is unfair: both name it by its figure, which
    is how each says what it talks about, not a statement both make."""
    texts = {"a": (REBATE_KEPT, "Firefly"), "b": (REBATE_UNFAIR, "Trentino")}
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == []
    # the figure said of the rebate by both, not naming it: one statement of its size
    texts["a"] = ("the grain rebate is not worth £3bn a year to Sylvania, whatever its critics say", "Firefly")
    texts["b"] = ("the grain rebate paid to Sylvania is worth £3bn a year and must end soon", "Trentino")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == [("a", "b")]


WITNESS_NEVER = "Former Port Gold chief Otis Driftwood, who ran an $11.2bn fraud, never kept the accounts himself"
WITNESS_INVOLVED = "Former Port Gold chief Otis Driftwood was directly involved in the $11.2bn fraud at the port"


def test_two_witnesses_on_one_fraud_are_two_testimonies(monkeypatch):
    """An exact amount in both ("$11.2bn") used to keep the pair whatever its meaning; when it only
    names the fraud and one witness says it in the negative, the meaning tests apply."""
    texts = {"a": (WITNESS_NEVER, "a clerk"), "b": (WITNESS_INVOLVED, "Teasdale")}
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.6}) == []
    # neither in the negative: the exact amount keeps them, as before
    texts["a"] = (WITNESS_NEVER.replace("never kept", "kept"), "a clerk")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.6}) == [("a", "b")]
    # one speaker: left to the one-speaker rule (the exact amount spares them)
    texts["a"] = (WITNESS_NEVER, "Teasdale")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.6}) == [("a", "b")]
    # as close as a paraphrase: one statement, whatever the polarity
    texts["a"] = (WITNESS_NEVER, "a clerk")
    close = facts.POLARITY_MEANING + 0.02
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): close}) == [("a", "b")]


def test_a_loan_named_by_its_amount_in_two_accounts_stays_one_fact(monkeypatch):
    """Two accounts of one loan name it by its amount, neither in the negative: not two sides."""
    texts = {
        "a": ("the imminent payment of a $2.4 billion loan to Freedonia from the harbour bank", "a radio story"),
        "b": ("Freedonia will soon receive a $2.4 billion loan from the harbour bank, the mayor said", "Teasdale"),
    }
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.5}) == [("a", "b")]


def test_a_name_is_one_word_of_what_is_said():
    """ "Former Port Gold chief Otis Driftwood" in both is six words in a row; with each name one word,
    it is three (the title, "chief" and the name), not words both say."""
    assert facts._longest_run(WITNESS_NEVER, WITNESS_INVOLVED) >= facts.SAME_RUN
    run = facts._longest_run(*map(facts._names_as_words, (WITNESS_NEVER, WITNESS_INVOLVED)))
    assert run == 3
    # words said around a name still count: "to the Harbour Board of Port Gold" is five
    a = "no clerk from the town hall to the Harbour Board of Port Gold believes the grain tax works"
    b = "every expert from the Trade Office to the Harbour Board of Port Gold doubted the tax"
    assert facts._longest_run(*map(facts._names_as_words, (a, b))) == 5


# --------------------------------------------------------------------------- a clause saying who someone is

INTRO = (
    "the harbour is a fine place to work, and every year it gets better. Harbour pilot Otis Driftwood, who has won "
    "the Silver Anchor twice for his steering in the storm season, said it was a pleasure"
)
OWN = "to win the Silver Anchor a third time for his steering in the storm season"


def test_words_shared_only_in_a_clause_saying_who_someone_is_are_not_one_fact(monkeypatch):
    """A run-on claim holds another speaker's introduction (", who has won ... for his steering in the
    storm season,"): its words are his own remark's, not what this speaker says."""
    texts = {"a": (INTRO, "Trentino"), "b": (OWN, "Driftwood")}
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.6}) == []
    # the same words said outside such a clause: kept
    texts["a"] = (INTRO.replace(", who has won", " has won").replace("season, said", "season and said"), "Trentino")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.6}) == [("a", "b")]


def test_a_dash_clause_saying_what_a_thing_is_is_background_too(monkeypatch):
    """ "its Port Gold unit - the yard that repairs grain barges -" in a fear and in a report of a sale:
    the description is all they share beyond the names."""
    texts = {
        "a": (
            "harbour owners fear Teasdale's control of its Port Gold unit - the yard that repairs grain barges - "
            "would stifle competition",
            "harbour owners",
        ),
        "b": ("Teasdale might even sell its Port Gold unit - the yard that repairs grain barges", "other reports"),
    }
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.8}) == []
    # the same words as what is said, not as a description: kept
    texts["b"] = (
        "Teasdale's yard repairs grain barges for its Port Gold unit and would stifle competition",
        "other reports",
    )
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.8}) == [("a", "b")]


# --------------------------------------------------------------------------- two statistics

FILTERS = "filtering out harbour messages with a link can stop about 75% of junk notices"
CLICKS = "nearly a third of harbour staff have clicked on links in junk notices"


def test_two_speakers_giving_different_shares_are_two_statistics(monkeypatch):
    texts = {"a": (FILTERS, "Teasdale"), "b": (CLICKS, "a survey by the port authority")}
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.65}) == []
    # the same share, told as a fraction and a percentage: one figure
    texts["a"] = ("about 33% of harbour staff have clicked on links in junk notices", "Teasdale")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.65}) == [("a", "b")]


@pytest.mark.parametrize(
    ("text", "shares"),
    [
        ("nearly a third of users clicked", {"33"}),
        ("less than a quarter are kept up", {"25"}),
        ("more than half of all homes and 12% of flats", {"50", "12"}),
        ("plans for a third runway in a third term", set()),  # an ordinal, not a share
        ("it took half an hour", set()),
    ],
)
def test_shares_are_percentages_and_fractions_of_something(text, shares):
    account = facts._Accounts([make_analysis("s", say(text, "Firefly"))], {}, {})["s#s000000"]
    assert {str(round(x)) for x in facts._shares(account)} == shares


# --------------------------------------------------------------------------- claims naming no actor


def _kept_second_claims(monkeypatch, leads: dict[str, str], texts: dict[str, tuple[str, str]], cosine: float):
    """`_by_meaning` on the pair of the two articles' second claims; each article's first claim is its
    lead (`leads`), which names who the story is about."""
    analyses = [make_analysis(n, say(leads[n]), say(text, who)) for n, (text, who) in texts.items()]
    index = related._index_for(analyses)
    accounts = facts._Accounts(analyses, {}, {})
    a, b = sorted(texts)
    first, second = _unit_pair(cosine)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({texts[a][0]: first, texts[b][0]: second}))
    second_claims = {x.article_id: x.claims[1].id for x in analyses}
    kept = facts._by_meaning(index, accounts, {(second_claims[a], second_claims[b]): (0.5, "")})
    return [(x.split("#")[0], y.split("#")[0]) for x, y in kept]


RISE = "a further rise in the cost of borrowing will come later this year"
RISE_TOO = "borrowing costs could rise further"


def test_claims_naming_no_actor_in_stories_about_others_are_two_facts(monkeypatch):
    """Two speakers' actor-less claims (one a fragment) on a rate rise: the stories are about Sylvania's
    bank and the IMF, which name nothing in common, so the rises are two."""
    texts = {"a": (RISE, "economists"), "b": (RISE_TOO, "an analyst")}
    leads = {"a": "Sylvania kept its interest rate on hold", "b": "the IMF raised its lending rate"}
    assert _kept_second_claims(monkeypatch, leads, texts, 0.87) == []
    # the same story (both name Sylvania): one rise
    leads["b"] = "Sylvania's neighbours watched the rate decision"
    assert _kept_second_claims(monkeypatch, leads, texts, 0.87) == [("a", "b")]
    # stories about others, but the same words said (a run of them): one statement reprinted
    leads["b"] = "the IMF raised its lending rate"
    texts["b"] = ("a further rise in the cost of borrowing is likely", "an analyst")
    assert _kept_second_claims(monkeypatch, leads, texts, 0.87) == [("a", "b")]
