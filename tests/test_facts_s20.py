"""Two events in one group, and one remark lost (session 20, issue 14): two votes told by their tallies,
a forecast beside a decision reported, and one speaker's remark retold inside a longer quotation.
Sentences written here; analyses made by hand (tests/test_facts_s13b.py's builders), cosines set by a
fake embedder (tests/test_facts_s19.py's `kept`)."""

from __future__ import annotations

from test_facts_s19 import accounts_of, kept, spec

from belreader import facts

# --------------------------------------------------------------------------- two votes

EIGHT_ONE = spec(
    "a",
    "minutes",
    "minutes",
    "the decision to hold the Freedonia rate at 4.5% was passed 8-1 by the central bank's board",
)
UNANIMOUS = spec(
    "b", "the board's minutes", "board-minutes", "the central bank's board voted unanimously to hold the rate at 4.5%"
)


def test_tallies_a_claim_gives():
    assert facts._tallies("the motion was passed 8-1 by the board") == {"8-1"}
    assert facts._tallies("the board voted unanimously to hold the rate") == {"unanimous"}
    assert facts._tallies("prices rose 10-15% last year") == set()  # a range, no tally
    assert facts._tallies("the 2004-05 season") == set()


def test_two_tallies_are_two_votes():
    eight_one, unanimous = accounts_of(EIGHT_ONE, UNANIMOUS)
    assert facts._two_tallies(eight_one, unanimous)
    assert not facts._pair_ok(eight_one, unanimous, 0.6, facts.GROUP_THRESHOLD)  # whatever the rate both give
    nine_nil = spec("c", "minutes", "minutes", "the decision to hold the rate at 4.5% was passed 9-0 by the board")
    assert not facts._two_tallies(*accounts_of(nine_nil, UNANIMOUS))  # no one against: unanimous
    again = spec("c", "the bank", "bank", "its board passed the decision to hold the rate 8-1")
    assert not facts._two_tallies(*accounts_of(EIGHT_ONE, again))  # one tally told twice
    untold = spec("c", "the bank", "bank", "its board decided to hold the rate at 4.5%")
    assert not facts._two_tallies(*accounts_of(EIGHT_ONE, untold))  # one gives none: no telling
    assert facts._pair_ok(*accounts_of(EIGHT_ONE, untold), 0.6, facts.GROUP_THRESHOLD)


# --------------------------------------------------------------------------- what may happen, what was done

FORECAST = spec(
    "a", "Chicolini", "chicolini", "if trade keeps growing the Freedonia central bank may raise its rate from 4.5%"
)
DECISION = spec(
    "b", "minutes", "minutes", "the Freedonia central bank's board voted earlier this month to hold its rate at 4.5%"
)


def test_a_forecast_and_a_decision_are_two_statements(monkeypatch):
    forecast, decision = accounts_of(FORECAST, DECISION)
    assert facts._a_possibility_and_a_fact(forecast, decision, 0.64)
    assert not kept(monkeypatch, FORECAST, DECISION, 0.64)  # the 4.5% both give does not keep them
    assert kept(monkeypatch, FORECAST, DECISION, facts.POLARITY_MEANING + 0.02)  # a paraphrase
    monkeypatch.setattr(facts, "_a_possibility_and_a_fact", lambda *args: False)
    assert kept(monkeypatch, FORECAST, DECISION, 0.64)


def test_two_forecasts_or_no_possibility_are_left_to_the_other_rules():
    expected = spec("c", "Teasdale", "teasdale", "the Freedonia central bank is expected to raise its rate from 4.5%")
    assert not facts._a_possibility_and_a_fact(*accounts_of(FORECAST, expected), 0.64)  # two forecasts
    to_raise = spec("c", "Teasdale", "teasdale", "the Freedonia central bank is to raise its rate from 4.5%")
    assert not facts._a_possibility_and_a_fact(*accounts_of(FORECAST, to_raise), 0.64)  # "is to": a plan told
    month = spec(
        "c", "Teasdale", "teasdale", "In May the Freedonia central bank's board voted to hold its rate at 4.5%"
    )
    assert not facts._a_possibility_and_a_fact(*accounts_of(month, DECISION), 0.64)  # "May", a month
    could_not = spec("c", "Teasdale", "teasdale", "the Freedonia central bank could not hold its rate at 4.5%")
    assert not facts._a_possibility_and_a_fact(*accounts_of(could_not, DECISION), 0.64)  # said of what was


# --------------------------------------------------------------------------- one remark inside a longer quotation

SHORT = "a shabby harbour budget built on shabby sums from a shabby council that gave us the shabby ferry deal"
LONG = (
    "This shabby council that gave us the shabby ferry deal now offers a shabby harbour budget built on shabby sums"
    " … You now plan to borrow over the next nine years no less than eight hundred crowns from foreign lenders;"
    " so much for thrift and caution. … The mayor's promises of new quays and lighthouses are worth no more than"
    " his earlier promises of cheap winter fares for fishermen and pensioners. … Every shopkeeper and teacher"
    " in this town deserves honest accounts, lower levies and safer streets."
)


def test_one_remark_retold_inside_a_longer_quotation():
    short, long = accounts_of(
        spec("a", "Firefly", "rufus-firefly", SHORT), spec("b", "the party leader", "rufus-firefly", LONG)
    )
    assert not facts._worded_alike(short, long)  # the rest of the quotation dilutes the words shared
    assert facts._alike_in_a_sentence(short, long, frozenset())
    assert facts._about_the_same_thing(short, long)


def test_the_sentence_rule_off_or_a_single_sentence(monkeypatch):
    short, long = accounts_of(
        spec("a", "Firefly", "rufus-firefly", SHORT), spec("b", "the party leader", "rufus-firefly", LONG)
    )
    monkeypatch.setattr(facts, "_alike_in_a_sentence", lambda *args: False)
    assert not facts._about_the_same_thing(short, long)
    monkeypatch.undo()
    one = LONG.replace(" … ", "; ").replace(".", "")
    assert not facts._alike_in_a_sentence(
        *accounts_of(spec("a", "F", "f", SHORT), spec("b", "F", "f", one)), frozenset()
    )


def test_a_stock_phrase_in_one_sentence_is_not_the_remark(monkeypatch):
    """One phrase shared ("the silent harbour folk"): a phrase said on many occasions."""
    stand = spec("a", "Firefly", "rufus-firefly", "the party would stand up for the silent harbour folk")
    towns = spec(
        "b",
        "Firefly",
        "rufus-firefly",
        "The council has built two towns: the town of the silent harbour folk and the town of the clerks"
        " … In the real world people are working harder just to keep afloat, squeezed by extra levies, their"
        " pensions knocked for six.",
    )
    one, other = accounts_of(stand, towns)
    assert not facts._alike_in_a_sentence(one, other, frozenset())
    assert not facts._about_the_same_thing(one, other)
    monkeypatch_free = facts._one_phrase(
        "the party would stand up for the silent harbour folk", {"silent", "harbour", "folk"}
    )
    assert monkeypatch_free  # the shared words stand together: one phrase
