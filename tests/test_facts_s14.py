"""Two occasions the words do not name (session 14): when each account says the words were spoken
("on Sunday", "last month", resolved against its article's date), two sources reported weeks apart,
a reply to someone the other account's story never names, two programmes, channels or gatherings.
The same statement reported twice stays one group. Sentences written here; analyses made by hand
with the builders of tests/test_facts_s13b.py."""

from __future__ import annotations

import dataclasses
from datetime import date

from test_facts_s13b import analysis_of, kept_by_meaning

from belreader import facts

SAID = "the harbour will close for a year"


def account(article_id, body, said, speaker, speaker_id, published=None):
    """The account of the one claim of an article (`analysis_of`), its article dated `published`."""
    analysis, article = analysis_of(article_id, body, said, speaker, speaker_id)
    if published is not None:
        article = dataclasses.replace(article, date=published)
    return facts.make_account(analysis.claims[0], analysis, article)


def one_fact(a, b) -> bool:
    """Whether the pair passes the tests every candidate pair must pass (`_pair_ok`), at a high score."""
    return facts._pair_ok(a, b, 0.9, facts.GROUP_THRESHOLD)


# --------------------------------------------------------------------------- when it was said


def test_when_the_words_were_spoken_is_read_outside_them_against_the_articles_date():
    monday = "2020-09-14"
    sunday = account("a", f"Chicolini said on Sunday that {SAID}.", SAID, "Chicolini", "chicolini", monday)
    assert sunday.spoken == (date(2020, 9, 13), date(2020, 9, 13))
    last_month = account("b", f"The Dock Party said last month that {SAID}.", SAID, "Dock Party", "dock-party", monday)
    assert last_month.spoken == (date(2020, 8, 1), date(2020, 8, 31))
    last_week = account("c", f"Chicolini said last week that {SAID}.", SAID, "Chicolini", "chicolini", monday)
    assert last_week.spoken == (date(2020, 9, 7), date(2020, 9, 13))
    # an explicit day takes its article's year
    assert account(
        "d", f"Chicolini told MPs on 3 March that {SAID}.", SAID, "Chicolini", "chicolini", monday
    ).spoken == (
        date(2020, 3, 3),
        date(2020, 3, 3),
    )


def test_no_time_of_speaking_from_a_month_a_background_a_claims_own_date_or_an_undated_article():
    monday = "2020-09-14"
    for body, said in (
        (f"In March, Chicolini said that {SAID}.", SAID),  # a month alone: more often what a figure is for
        (f"Chicolini, who was elected on 3 March 2018, said that {SAID}.", SAID),  # who he is, not when he spoke
        ("Chicolini said the harbour will close on Sunday.", "the harbour will close on Sunday"),  # what he said
        (f"Chicolini said on Sunday and again on 3 March that {SAID}.", SAID),  # two times: no telling
    ):
        assert account("a", body, said, "Chicolini", "chicolini", monday).spoken is None, body
    assert account("a", f"Chicolini said on Sunday that {SAID}.", SAID, "Chicolini", "chicolini").spoken is None


def test_one_statement_told_at_two_times_is_two_occasions_whoever_said_it():
    sunday = account("a", f"Chicolini said on Sunday that {SAID}.", SAID, "Chicolini", "chicolini", "2020-09-14")
    earlier = account("b", f"Chicolini said last month that {SAID}.", SAID, "Chicolini", "chicolini", "2020-09-14")
    assert not one_fact(sunday, earlier)
    # the same Sunday told the next day, and "yesterday" a day off: one occasion
    again = account("c", f"Chicolini said on Sunday that {SAID}.", SAID, "Chicolini", "chicolini", "2020-09-15")
    yesterday = account("d", f"Chicolini said yesterday that {SAID}.", SAID, "Chicolini", "chicolini", "2020-09-15")
    assert one_fact(sunday, again) and one_fact(sunday, yesterday)
    # a week later, "on Sunday" is another Sunday
    week_later = account("e", f"Chicolini said on Sunday that {SAID}.", SAID, "Chicolini", "chicolini", "2020-09-21")
    assert not one_fact(sunday, week_later)


def test_two_sources_reported_weeks_apart_are_two_statements_unless_one_side_or_one_speaker():
    person = account("a", f"Chicolini said {SAID}.", SAID, "Chicolini", "chicolini", "2020-09-14")
    party = account("b", f"The Dock Party said {SAID}.", SAID, "Dock Party", "dock-party", "2020-10-20")
    assert not one_fact(person, party)
    # reported within `OCCASION_GAP_DAYS`: no telling
    soon = account("c", f"The Dock Party said {SAID}.", SAID, "Dock Party", "dock-party", "2020-09-24")
    assert one_fact(person, soon)
    # one speaker retold weeks later, or a party and its leader (named beside it): no telling either
    retold = account("d", f"Chicolini said {SAID}.", SAID, "Chicolini", "chicolini", "2020-10-20")
    assert one_fact(person, retold)
    leader = account("e", f"Dock Party leader Chicolini said {SAID}.", SAID, "Chicolini", "chicolini", "2020-09-14")
    assert facts._one_side(leader, party) and one_fact(leader, party)
    # undated articles say nothing
    undated = account("f", f"The Dock Party said {SAID}.", SAID, "Dock Party", "dock-party")
    assert one_fact(account("g", f"Chicolini said {SAID}.", SAID, "Chicolini", "chicolini"), undated)


# --------------------------------------------------------------------------- a reply to someone


ROLE = "Mr Firefly will have a key role in the harbour campaign"
ROLE_LATER = "Mr Firefly already had a prominent part in the campaign"


def test_an_answer_to_someone_the_other_story_never_names_is_another_occasion():
    """The premier's word on Firefly's role, and the party's answer to a critic weeks later (the
    pattern of session 13's mixed group B11)."""
    premier = account("a", f"The premier insisted {ROLE}, and praised his work.", ROLE, "The premier", None)
    answer = account(
        "b",
        f"A Dock Party spokesman played down differences with Chicolini and said {ROLE_LATER}.",
        ROLE_LATER,
        "A Dock Party spokesman",
        "dock-party",
    )
    assert answer.answering >= {"chicolini"}
    assert not one_fact(premier, answer)
    # a story naming the critic may be telling the same exchange: no telling
    named = account("c", f"Chicolini wants more for him. The premier insisted {ROLE}.", ROLE, "The premier", None)
    assert one_fact(named, answer)


OPEN = "the port can stay open all winter"


def test_an_answer_to_the_other_speaker_is_not_what_it_answers():
    claim = account("a", f"Chicolini said {SAID}.", SAID, "Chicolini", "chicolini")
    reply = account("b", f"Responding to Chicolini, the Dock Party said {OPEN}.", OPEN, "Dock Party", "dock-party")
    assert reply.answering >= {"chicolini"}
    assert facts._answers_someone_else(claim, reply)
    # near word for word the same, two accounts of one statement: kept (the test is by wording)
    same = account("c", f"The Dock Party, responding to Chicolini, said {OPEN}.", OPEN, "Dock Party", "dock-party")
    assert not facts._answers_someone_else(reply, same)


def test_whom_a_claim_answers_is_an_owner_after_a_rejection_and_never_the_speaker():
    rejected = account(
        "a", f"The Dock Party rejected Chicolini's claims, saying {SAID}.", SAID, "Dock Party", "dock-party"
    )
    assert rejected.answering >= {"chicolini"}
    about = account(
        "b",
        f"The Dock Party dismissed suggestions that Chicolini had been sidelined, saying {SAID}.",
        SAID,
        "Dock Party",
        "dock-party",
    )
    assert about.answering == frozenset()  # he is what the suggestions were about, not who made them
    own = account(
        "c",
        f"Responding to the claims, Dock Party leader Chicolini said {SAID}.",
        SAID,
        "Chicolini",
        "chicolini",
    )
    assert own.answering == frozenset()  # the speaker and his party are not whom he answers
    plain = account("d", f"The Dock Party said {SAID}.", SAID, "Dock Party", "dock-party")
    assert plain.answering == frozenset()


# --------------------------------------------------------------------------- programmes, channels, gatherings


TOLD = "there remains a grave danger to the harbour of Freedonia"
RULED = "there was a grave danger to the harbour of Freedonia"


def test_two_programmes_are_two_occasions_one_programme_told_twice_is_one(monkeypatch):
    politics_show = ("a", f"Chicolini told the BBC's Politics Show that {TOLD}.", TOLD, "Chicolini", "chicolini")
    today = (
        "b",
        f"The Dock Party told BBC Radio 4's Today programme that {RULED}.",
        RULED,
        "Dock Party",
        "dock-party",
    )
    assert not kept_by_meaning(monkeypatch, politics_show, today)
    also_today = ("c", f"Chicolini said on the Today programme that {TOLD}.", TOLD, "Chicolini", "chicolini")
    assert kept_by_meaning(monkeypatch, also_today, today)
    # neither says where: nothing to tell them apart
    plain = ("d", f"Chicolini said that {TOLD}.", TOLD, "Chicolini", "chicolini")
    assert kept_by_meaning(monkeypatch, plain, today)


def test_two_channels_are_two_occasions_but_a_channel_and_its_station_may_be_one(monkeypatch):
    bbc = ("a", f"Chicolini told the BBC that {TOLD}.", TOLD, "Chicolini", "chicolini")
    itv = ("b", f"The Dock Party told ITV that {RULED}.", RULED, "Dock Party", "dock-party")
    assert not kept_by_meaning(monkeypatch, bbc, itv)
    radio = ("c", f"The Dock Party told BBC Radio 4 that {RULED}.", RULED, "Dock Party", "dock-party")
    station = ("d", f"Chicolini told Radio 4 that {TOLD}.", TOLD, "Chicolini", "chicolini")
    assert kept_by_meaning(monkeypatch, station, radio)
    # a broadcaster that speaks is no programme it was heard on
    sky = ("e", f"Sky said that {RULED}.", RULED, "Sky", None)
    assert kept_by_meaning(monkeypatch, bbc, sky)


def test_two_named_gatherings_are_two_occasions(monkeypatch):
    conference = ("a", f"Chicolini told the Harbour Party conference that {TOLD}.", TOLD, "Chicolini", "chicolini")
    dinner = ("b", f"The Dock Party told a Chamber of Commerce dinner that {RULED}.", RULED, "Dock Party", "dock-party")
    assert not kept_by_meaning(monkeypatch, conference, dinner)
    same = (
        "c",
        f"At the Harbour Party's spring conference, the Dock Party said {RULED}.",
        RULED,
        "Dock Party",
        "dock-party",
    )
    assert kept_by_meaning(monkeypatch, conference, same)
    # "a press conference" names no gathering
    press = ("d", f"At a press conference, the Dock Party said {RULED}.", RULED, "Dock Party", "dock-party")
    assert kept_by_meaning(monkeypatch, conference, press)


# --------------------------------------------------------------------------- whole groups


def test_reprints_of_one_statement_stay_one_group_and_a_statement_weeks_later_is_not_in_it():
    """Three dated articles: the party's statement told on its day and the day after (one group), and a
    person saying the same a month later (not in it)."""
    said = "the harbour of Freedonia will close for a year"
    specs = [
        ("a", f"The Dock Party said on Sunday that {said}.", said, "Dock Party", "dock-party", "2020-09-14"),
        ("b", f"The Dock Party said on Sunday that {said}.", said, "Dock Party", "dock-party", "2020-09-15"),
        ("c", f"Chicolini said that {said}.", said, "Chicolini", "chicolini", "2020-10-19"),
    ]
    built = [analysis_of(*spec[:5]) for spec in specs]
    analyses = [analysis for analysis, _ in built]
    articles = [dataclasses.replace(article, date=spec[5]) for (_, article), spec in zip(built, specs, strict=True)]
    groups = facts.build_fact_groups(analyses, articles)
    assert [g.claim_ids for g in groups] == [["a#s000035", "b#s000035"]]
    # the dates, not the words, keep the third out: undated, the pair passes
    dated = [facts.make_account(a.claims[0], a, article) for a, article in zip(analyses, articles, strict=True)]
    assert not one_fact(dated[0], dated[2])
    undated = [facts.make_account(a.claims[0], a, article) for a, article in built]
    assert one_fact(undated[0], undated[2])


# --------------------------------------------------------------------------- someone the other story never names


CUTS = "the Harbour Party would cut £8bn from the docks"
EXPOSED = "Firefly had exposed the Harbour Party's plan for £8bn of cuts to the docks"


def test_what_someone_did_is_not_in_a_story_that_never_names_him(monkeypatch):
    """A claim about what Firefly did (exposed the plan) and another speaker's claim of the cuts, in a
    story with no Firefly: two statements, even with the figure both give."""
    cuts = ("a", f"Chicolini said {CUTS}.", CUTS, "Chicolini", "chicolini")
    exposed = ("b", f"The Dock Party said {EXPOSED}.", EXPOSED, "Dock Party", "dock-party")
    assert not kept_by_meaning(monkeypatch, cuts, exposed, 0.6)
    # a story that names him may be telling the same thing: the other rules decide
    named = ("c", f"Firefly spoke first. Chicolini said {CUTS}.", CUTS, "Chicolini", "chicolini")
    assert kept_by_meaning(monkeypatch, named, exposed, 0.6)
    # as close as a paraphrase, or one speaker's two claims: not this rule's to judge
    assert kept_by_meaning(monkeypatch, cuts, exposed, 0.95)
    again = ("d", f"Chicolini said {EXPOSED}.", EXPOSED, "Chicolini", "chicolini")
    monkeypatch.setattr(facts, "_one_remark_retold", lambda *args: True)
    assert kept_by_meaning(monkeypatch, cuts, again, 0.6)
    # the rule is what splits them
    monkeypatch.setattr(facts, "_someone_the_other_never_names", lambda *args: False)
    assert kept_by_meaning(monkeypatch, cuts, exposed, 0.6)
