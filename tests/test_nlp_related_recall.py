"""Related claims: patterns read in a development sample of BBC claims (bench/eval_related.py),
each tested on sentences written for the purpose.

- a reprinted story or a repeated quote is the same sentence word for word, though its words
  may be few and none of them rare ("there is no sign of a slowdown");
- a round amount found in only a few claims ("7,000 jobs") with an uncommon word is one fact;
- an actor found in many claims ("Labour") with one rare word is not.
"""

from __future__ import annotations

from itertools import product

import pytest

from belreader.nlp.related import related_matches
from tests.test_nlp_related import BACKGROUND, NAMES, make_analysis, say


@pytest.fixture
def labour(monkeypatch):
    monkeypatch.setitem(NAMES, "Labour", ("labour-party", "ORG"))


def _filler(n: int) -> list:
    """`n` claims of made-up words, each its own: they make the corpus large without matching."""
    letters = "bcdfghjklmnpqrstvwxz"
    words = ("".join(t) + "o" for t in product(letters, repeat=3))
    return [make_analysis(f"fill{i}", say(" ".join(next(words) for _ in range(4)), "")) for i in range(n)]


def test_the_same_sentence_word_for_word_matches_though_no_word_is_rare():
    # "sign" and "slowdown" are each in four claims: neither is rare, and they make one phrase
    others = [
        make_analysis("o1", say("the slowdown in the shipyards will last", "economists")),
        make_analysis("o2", say("a fall in exports is a bad sign", "traders")),
        make_analysis("o3", say("one sign is that the slowdown has ended", "the central bank")),
    ]
    sentence = "there is no sign of a slowdown at all"
    a = make_analysis("first", say(sentence, "Chicolini", "chicolini"))
    reprint = make_analysis("reprint", say(sentence, "Chicolini", "chicolini"))
    analyses = [*BACKGROUND, *others, a, reprint]
    found = related_matches(a.claims[0], analyses)
    assert [m.claim.id for m in found] == ["reprint#s000000"]
    assert found[0].shared_entities == ["chicolini"] and set(found[0].shared_terms) == {"sign", "slowdown"}
    assert found[0].same_sentence and found[0].reason.startswith("same sentence; same entity: chicolini; words: ")
    # the same words reordered into another sentence are not the same sentence
    other = make_analysis("other", say("a slowdown is no sign of a crisis at all", "Chicolini", "chicolini"))
    assert related_matches(other.claims[0], [*BACKGROUND, *others, a, other]) == []


def test_a_stock_phrase_from_two_different_speakers_is_not_one_fact():
    line = "we never comment on market speculation"
    steel = make_analysis("steel", say(line, "Sylvania Steel", "sylvania-steel"))
    ships = make_analysis("ships", say(line, "Port Gold Shipping", "port-gold-shipping"))
    assert related_matches(steel.claims[0], [*BACKGROUND, steel, ships]) == []
    # the same line where nothing says the speakers differ (a reprint that lost its speaker) matches
    unnamed = make_analysis("unnamed", say(line, "a spokesman"))
    assert [m.claim.id for m in related_matches(steel.claims[0], [*BACKGROUND, steel, unnamed])] == ["unnamed#s000000"]


def _jobs_world() -> list:
    """Claims with "jobs" in many (no evidence) and "transfer" in four (uncommon, not rare)."""
    lines = [
        "factory jobs are scarce in the north",
        "the mines will cut jobs next year",
        "jobs in tourism grew strongly",
        "young people cannot find jobs",
        "the bank will transfer its head office to the capital",
        "clubs may transfer players in January",
        "farm jobs pay badly",
    ]
    return [make_analysis(f"jw{i}", say(text, "observers")) for i, text in enumerate(lines)]


def test_a_round_amount_in_only_a_few_claims_with_an_uncommon_word_is_one_fact():
    a = make_analysis("airline-a", say("the airline could transfer as many as 7,000 jobs overseas", "newspapers"))
    b = make_analysis("airline-b", say("up to 7,000 jobs may transfer to cheaper countries", "unions"))
    analyses = [*BACKGROUND, *_jobs_world(), a, b]
    found = related_matches(a.claims[0], analyses)
    assert [m.claim.id for m in found] == ["airline-b#s000000"]
    assert found[0].shared_numbers == ["7000 job"] and "transfer" in found[0].shared_terms
    assert not found[0].same_sentence and "same sentence" not in found[0].reason


def test_a_round_amount_in_many_claims_with_an_uncommon_word_is_not():
    a = make_analysis("airline-a", say("the airline could transfer as many as 7,000 jobs overseas", "newspapers"))
    b = make_analysis("airline-b", say("up to 7,000 jobs may transfer to cheaper countries", "unions"))
    elsewhere = [
        make_analysis(f"else{i}", say(text, "reports"))
        for i, text in enumerate(
            ["the carmaker will shed 7,000 jobs", "7,000 jobs were lost in the floods", "the census counted 7,000 jobs"]
        )
    ]
    analyses = [*BACKGROUND, *_jobs_world(), *elsewhere, a, b]
    assert related_matches(a.claims[0], analyses) == []


def test_an_actor_in_many_claims_and_one_rare_word_are_not_one_fact(labour):
    # 700 claims: "Labour" in ten of them is in more than 1 % (no evidence alone) and under 5 %
    party = [
        make_analysis(f"lab{i}", say(f"Labour will campaign on {topic}", "the party"))
        for i, topic in enumerate(
            ["schools", "hospitals", "pensions", "railways", "housing", "police", "farming", "science"]
        )
    ]
    world = [*_filler(690), *party]
    poster = make_analysis("poster", say("the poster shows Labour is rattled", "Howard", "michael-howard"))
    abuse = make_analysis("abuse", say("such personal abuse means Labour is rattled", "Fox", "liam-fox"))
    assert [m.entity_id for m in poster.mentions] == ["labour-party"]
    assert related_matches(poster.claims[0], [*world, poster, abuse]) == []
    # an actor named in only a few claims with the same rare word is enough
    poster_t = make_analysis("poster-t", say("the poster shows Teasdale is rattled", "Howard", "michael-howard"))
    abuse_t = make_analysis("abuse-t", say("such personal abuse means Teasdale is rattled", "Fox", "liam-fox"))
    found = related_matches(poster_t.claims[0], [*world, poster_t, abuse_t])
    assert [m.claim.id for m in found] == ["abuse-t#s000000"] and found[0].shared_entities == ["gloria-teasdale"]


def test_a_group_named_in_only_a_few_claims_is_an_actor(monkeypatch):
    """ "Canadian" in two claims says which fact as a name does; "Freedonian", in every other
    claim, does not."""
    monkeypatch.setitem(NAMES, "Canadian", ("canadian", "NORP"))
    monkeypatch.setitem(NAMES, "Freedonian", ("freedonian", "NORP"))
    others = [
        make_analysis(f"fx{i}", say(text, "traders"))
        for i, text in enumerate(
            [
                "Freedonian exporters want a cheaper currency",
                "the Freedonian dollar fell again",
                "Freedonian banks will boost lending",
                "the Freedonian central bank holds gold",
                "holdings of bonds rose",
                "currency traders were nervous",
            ]
        )
    ]
    a = make_analysis("reserves-a", say("the bank plans to boost holdings of the Canadian dollar", "a report"))
    b = make_analysis("reserves-b", say("it will instead boost its holdings of the Canadian dollar", "the bank"))
    found = related_matches(a.claims[0], [*BACKGROUND, *others, a, b])
    assert [m.claim.id for m in found] == ["reserves-b#s000000"] and found[0].shared_entities == ["canadian"]
    c = make_analysis("reserves-c", say("the bank plans to boost holdings of the Freedonian dollar", "a report"))
    d = make_analysis("reserves-d", say("it will instead boost its holdings of the Freedonian dollar", "the bank"))
    assert related_matches(c.claims[0], [*BACKGROUND, *others, c, d]) == []


def test_a_round_sum_of_money_in_only_a_few_claims_with_an_uncommon_word_is_not_one_fact():
    """Round sums recur in unrelated stories ("contracts worth $3bn", "now worth $3bn to the
    country"): only a count of things is telling enough."""
    others = [
        make_analysis(f"w{i}", say(text, "observers"))
        for i, text in enumerate(["the stadium is worth a visit", "the painting is worth more than the house"])
    ]
    a = make_analysis("contracts", say("eight other contracts worth $3bn may have been tainted", "auditors"))
    b = make_analysis("tourism", say("tourism is now worth $3bn to the island", "the tourist board"))
    assert related_matches(a.claims[0], [*BACKGROUND, *_jobs_world(), *others, a, b]) == []
