"""Two speakers' statements on one subject that are not one fact (issue 14: no group mixes two
events). Sentences written here after the shapes read in BBC groups: a plan and a reply to it
naming it ("his plan to cut £8bn"), a demand and a forecast about one apology, what someone felt
and another speaker's accusation of the same thing, an opinion held and a poll's finding, and two
parties each saying what they themselves will do. Cosines are set by the test (a fake embedder);
each rule is shown with its evidence taken away or with the rule turned off."""

from __future__ import annotations

import pytest
from test_nlp_embed import FakeEmbedder, _unit_pair
from test_nlp_related import make_analysis, say

from belreader import facts
from belreader.nlp import related


def kept(monkeypatch, a: tuple[str, ...], b: tuple[str, ...], cosine: float) -> bool:
    """Whether `_by_meaning` keeps the pair of claims `a` and `b`, each (content, speaker[, verb]),
    their embeddings `cosine` apart."""
    analyses = [
        make_analysis(name, say(spec[0], spec[1], spec[1].lower(), verb=spec[2] if len(spec) > 2 else "say"))
        for name, spec in (("a", a), ("b", b))
    ]
    index = related._index_for(analyses)
    accounts = facts._Accounts(analyses, {}, {})
    first, second = _unit_pair(cosine)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({a[0]: first, b[0]: second}))
    return bool(facts._by_meaning(index, accounts, {("a#s000000", "b#s000000"): (0.5, "")}))


def accounts_of(*specs: tuple[str, str]) -> list[facts.Account]:
    analyses = [make_analysis(f"x{n}", say(text, speaker, speaker.lower())) for n, (text, speaker) in enumerate(specs)]
    found = facts._Accounts(analyses, {}, {})
    return [found[f"x{n}#s000000"] for n in range(len(specs))]


# --------------------------------------------------------------------------- a reply to the other's plan

PLAN = ("the party can save £8bn in harbour spending by cutting waste", "Rufus Firefly")
REPLY = (
    "Rufus Firefly may pose with his family, but dockers will be hurt by his plan to cut £8bn from harbour spending",
    "Chicolini",
)


def test_a_reply_naming_the_others_plan_is_two_statements(monkeypatch):
    """The reply names the plan by its owner and its figure; the exact amount both give used to keep
    the pair whatever its meaning."""
    assert not kept(monkeypatch, PLAN, REPLY, 0.6)
    monkeypatch.setattr(facts, "_answers_the_other", lambda *args: False)
    assert kept(monkeypatch, PLAN, REPLY, 0.6)  # without the rule: kept by the £8bn


def test_a_reply_to_a_partys_agenda_is_two_statements(monkeypatch):
    """ "the Green agenda" answers what "Greens" say ("Green" / "Greens" are one name)."""
    plan = ("they could cut £8bn of wasteful harbour spending", "Greens")
    reply = ("the report had exposed the Green agenda for £8bn of cuts to harbour services", "Chicolini")
    assert not kept(monkeypatch, plan, reply, 0.6)
    # two other speakers on the Greens' £8bn of cuts, neither naming the other's plan: kept
    other = ("the Greens would cut £8bn from harbour services, the equal of every pilot's wages", "Trentino")
    assert kept(monkeypatch, other, reply, 0.6)


def test_a_reply_as_close_as_a_paraphrase_is_one_fact(monkeypatch):
    assert kept(monkeypatch, PLAN, REPLY, facts.POLARITY_MEANING + 0.02)


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("dockers will be hurt by his plan to cut £8bn", ["his"]),
        ("people will not be taken in by Rufus Firefly's claims of £8bn of savings", ["Firefly's"]),
        ("the report had exposed the Green agenda for cuts", ["Green"]),
        ("the ministry's new scheme for pilots", ["ministry's"]),
        ("Firefly plans to cut £8bn from harbour spending", []),  # a name before a verb: not an owner
        ("Sylvania claims that the harbour is safe", []),
    ],
)
def test_the_owner_of_a_plan_or_claim(text, owners):
    assert facts._owned_things(text) == owners


def test_a_speakers_own_plan_or_a_third_partys_is_no_reply():
    """ "his forecasts" by the governor himself, "Sylvania's plan" between two other speakers: neither
    answers the other speaker."""
    own, critic = accounts_of(
        ("his spending plans for the port were affordable", "Governor Teasdale"),
        ("the governor's spending plans for the port are not affordable", "an accountancy firm"),
    )
    assert not facts._answers_the_other(own, critic, 0.6)
    one, two = accounts_of(
        ("Sylvania's plan to cut the grain tariff would hurt farmers", "Firefly"),
        ("a Sylvanian cut to the grain tariff would hurt farmers in the south", "Trentino"),
    )
    assert not facts._answers_the_other(one, two, 0.6)


# --------------------------------------------------------------------------- a demand and a forecast

DEMAND = ("on Monday it was time for the harbour master to say sorry to the dockers", "Firefly", "insist")
FORECAST = ("she believed the harbour master would apologise on Friday for his remarks about dockers", "Mrs Teasdale")


def test_a_demand_and_a_forecast_about_one_apology_are_two_statements(monkeypatch):
    assert not kept(monkeypatch, DEMAND, FORECAST, 0.78)
    # both demands: one demand told twice
    demand = ("the harbour master must apologise on Friday for his remarks about the dockers", "Mrs Teasdale")
    assert kept(monkeypatch, DEMAND, demand, 0.78)
    # the same words said (a run of four) keep the pair
    forecast = ("she believed it was time for the harbour master to say sorry", "Mrs Teasdale")
    assert kept(monkeypatch, DEMAND, forecast, 0.78)


@pytest.mark.parametrize(
    ("text", "demand"),
    [
        ("on Monday it was time for the harbour master to say sorry", True),
        ("the port should pay the dockers what they are owed", True),
        ("the union called for talks on the dockers' pay", True),
        ("ministers urged the board to settle", True),
        ("they will not be rushed into a bid should the captain decide to leave", False),  # a condition
        ("Should Sylvania approve the treaty?", False),  # a question
        ("she was ecstatic about her fourth nomination, this time for a lead role", False),
        ("the port has had a demand for more cranes", False),
    ],
)
def test_what_is_a_demand(text, demand):
    assert (facts._DEMAND.search(text) is not None) is demand


# --------------------------------------------------------------------------- what someone felt


ACCUSATION = ("Mr Teasdale had lost the trust of the harbour workers", "Firefly")
FELT = ("Rufus Teasdale felt by last spring he had lost the dockers' trust over the strike", "a new biography")


def test_what_a_person_felt_and_an_accusation_of_it_are_two_statements(monkeypatch):
    assert not kept(monkeypatch, ACCUSATION, FELT, 0.72)
    # both tell what he felt (one by its reporting verb): one fact
    felt = ("he had lost the dockers' trust over the strike", "Teasdale's biographer", "feel")
    assert kept(monkeypatch, FELT, felt, 0.72)
    monkeypatch.setattr(facts, "_a_mind_and_a_statement", lambda *args: False)
    assert kept(monkeypatch, ACCUSATION, FELT, 0.72)  # without the rule


def test_an_opinion_held_and_a_polls_finding_are_two_statements(monkeypatch):
    """ "many think" tells what people think; a poll's finding is what it found."""
    poll = ("the ferry drama had become the new favourite to win the best film prize over the pirate epic", "a poll")
    opinion = ("it will be a close race between the pirate epic and the ferry drama", "many", "think")
    assert not kept(monkeypatch, poll, opinion, 0.66)
    assert kept(monkeypatch, poll, (opinion[0], "many", "say"), 0.66)  # said, not thought: the old rules


# --------------------------------------------------------------------------- each of itself


CLUB = ("they will not be hurried into an offer for Teasdale should he decide to leave the league", "Freedonia United")
LEAGUE = ("he does not expect a quick end to the long saga of Teasdale's possible move", "Chicolini")


def test_two_speakers_each_saying_what_they_will_do_are_two_positions(monkeypatch):
    assert not kept(monkeypatch, CLUB, LEAGUE, 0.78)
    # one of them speaking of someone else: left to the other rules
    assert kept(monkeypatch, CLUB, ("Teasdale does not expect a quick end to the long saga", "Chicolini"), 0.78)
    # the same words said: one remark (the commissioner and Thomas named two ways)
    one = ("he is asking for details of board orders telling staff to delete old e-mails", "the commissioner")
    two = ("he was looking into board orders telling staff to delete old e-mails", "Thomas")
    assert kept(monkeypatch, one, two, 0.85)


# --------------------------------------------------------------------------- two places


def test_the_same_thing_said_of_two_places_is_two_facts(monkeypatch):
    """Two speakers' figures of one trend, each in its own country: the words they share ("joining the
    fast broadband network") do not make them one fact."""
    here = ("one household in Freedonia is joining the fast broadband network every ten seconds", "the phone company")
    there = ("more and more households in Sylvania are joining the fast broadband network", "official figures")
    assert not kept(monkeypatch, here, there, 0.7)
    # the same country in both: one trend
    assert kept(monkeypatch, here, (there[0].replace("Sylvania", "Freedonia"), there[1]), 0.7)
    # one of them naming no place: left to the other rules
    assert kept(monkeypatch, here, (there[0].replace(" in Sylvania", ""), there[1]), 0.7)
    monkeypatch.setattr(facts, "_two_places", lambda *args: False)
    assert kept(monkeypatch, here, there, 0.7)  # without the rule


@pytest.mark.parametrize(
    ("text", "of_itself"),
    [
        ("they will not be hurried into an offer", True),
        ("he does not expect a quick end", True),
        ("it will launch its console in the spring", True),
        ("it was time for the harbour master to say sorry", False),  # "it" standing for nothing
        ("it is likely that the port will close", False),
        ("Teasdale does not expect a quick end", False),
    ],
)
def test_what_opens_with_the_speaker_itself(text, of_itself):
    assert (facts._OF_ITSELF.match(text) is not None) is of_itself


def test_two_claims_opening_with_it_and_they_of_one_scheme_stay_one_fact(monkeypatch):
    """ "they" and "it" stand for the scheme both speak of, not for the speakers: no person opens either."""
    police = ("they would help fight smuggling, theft and illegal fishing", "the harbour police")
    ministers = ("it would help the fight against smuggling, illegal fishing and organised theft", "ministers")
    assert kept(monkeypatch, police, ministers, 0.84)
    # a person opening one of them: two positions
    assert not kept(monkeypatch, police, ("he would help the fight against smuggling and theft", "Chicolini"), 0.84)


def test_calling_something_unjust_is_no_demand():
    called, other = accounts_of(
        ("the £3bn grain rebate to Sylvania was unjustified", "Trentino"),
        ("Sylvania's £3bn grain rebate is not up for talks at the summit", "Firefly"),
    )
    called.claim.verb = "call"
    assert not facts._demands(called)
    called.claim.verb = "urge"
    assert facts._demands(called)
