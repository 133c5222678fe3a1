"""Two speakers on one question, one saying it in the negative (issue 14: no group mixes two
events). Sentences written here after the pattern read in BBC groups: a promise and another
speaker's refusal on one subject, a claim and a rebuttal of something else. Cosines are set by
the test (a fake embedder), so each rule is shown on both sides of its threshold or with its
evidence taken away."""

from __future__ import annotations

from test_facts_s11 import kept_pairs
from test_nlp_related import make_analysis, say

from belreader import facts

PROMISE = "we will publish our plans for the grain tariff when the harvest report is out"
REFUSAL = "he would not set out any policy on farm duties before the autumn report on crops"


def test_two_speakers_one_saying_it_in_the_negative_are_two_sides(monkeypatch):
    """A promise and another speaker's refusal on one subject, close in meaning (0.7) but no words
    said in common: two statements."""
    texts = {"a": (PROMISE, "Firefly"), "b": (REFUSAL, "Trentino")}
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == []
    # both in the negative: the rule does not apply (not opening with "we": two speakers each saying
    # what they themselves will do are two positions, `_each_of_itself`)
    texts["a"] = ("the plans for the grain tariff will not be published before the harvest report", "Firefly")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == [("a", "b")]


def test_as_close_as_a_paraphrase_they_stay_one_fact(monkeypatch):
    texts = {"a": (PROMISE, "Firefly"), "b": (REFUSAL, "Trentino")}
    close = facts.POLARITY_MEANING + 0.02
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): close}) == [("a", "b")]


def test_a_rebuttal_that_repeats_the_words_is_one_fact(monkeypatch):
    """ "the grain tariff will cost farmers dear" / "it is not true that the grain tariff will
    cost farmers dear": the same words said, one says it is false: one fact, two stances."""
    texts = {
        "a": ("the grain tariff will cost farmers dear this year", "Firefly"),
        "b": ("it is not true that the grain tariff will cost farmers dear", "Trentino"),
    }
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == [("a", "b")]


def test_a_shared_figure_of_the_same_thing_keeps_the_pair(monkeypatch):
    texts = {
        "a": ("the levy raised $40m from grain exporters last year", "Firefly"),
        "b": ("exporters never paid the $40m levy on grain, only promised it", "Trentino"),
    }
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == [("a", "b")]


def test_contractions_are_negative_and_a_denying_verb_is_not():
    assert facts._negative("the plan can't work")
    assert facts._negative("the minister won’t resign")
    assert facts._negative("there is no deal")
    assert not facts._negative("the chancellor's forecasts were too optimistic")
    assert not facts._negative("nobody knows the notice period")  # words beginning with "no"


def test_one_speaker_is_left_to_the_one_speaker_rule(monkeypatch):
    """One speaker's promise and refusal are judged by `_one_remark_retold` (no shared action
    here: two remarks either way); at a cosine over `SPEAKER_MEANING` they are one remark."""
    texts = {"a": (PROMISE, "Firefly"), "b": (REFUSAL, "Firefly")}
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.8}) == [("a", "b")]


def test_a_reply_quoting_the_plan_it_answers_is_two_sides(monkeypatch):
    """The critic names the plan by its quoted words ("grain passports"), which are evidence of one
    remark elsewhere (`_quotes_the_other`), not here: a plan and a refusal to back it."""
    texts = {
        "a": ('farm inspectors must sign the "grain passports" before any sale', "the ministry"),
        "b": ('he would not back the ministry\'s plans for "grain passports" on every farm', "Trentino"),
    }
    accounts = facts._Accounts([make_analysis(n, say(t, s, s.lower())) for n, (t, s) in texts.items()], {}, {})
    assert facts._quotes_the_other(accounts["a#s000000"], accounts["b#s000000"])
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == []
    # backing the ministry's plans is a reply to them too (`_answers_the_other`), not the plan stated twice
    texts["b"] = ('he would back the ministry\'s plans for "grain passports" on every farm', "Trentino")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == []
    # the same plan stated by both, neither in the negative nor answering the other: kept
    texts["b"] = ('every farm will need "grain passports" signed by inspectors before a sale', "Trentino")
    assert kept_pairs(monkeypatch, texts, [("a", "b")], {("a", "b"): 0.7}) == [("a", "b")]
