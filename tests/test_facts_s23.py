"""What an account's sentence says of its occasion is worked out once per account (session 23, issue 11):
grouping compares one account with many others, and each pair asked for both sides' occasions again.
Sentences written here (`test_facts_s22`'s stories); analyses made by hand."""

from __future__ import annotations

from test_facts_s22 import CONFERENCE, LAUNCH, accounts_of, nth, story

from belreader import facts


def test_an_accounts_occasions_are_worked_out_once_and_kept():
    accounts = accounts_of(story("g", CONFERENCE), story("p", LAUNCH))
    conference, launch = nth(accounts, "g", 2), nth(accounts, "p", 3)
    assert conference.said_on is None  # not worked out until a pair asks
    assert facts._two_occasions(conference, launch)
    kept = conference.said_on
    assert kept is not None and kept.kinds == {"conference"}
    assert launch.said_on is not None and launch.said_on.kinds == {"launch"}
    assert facts._occasions(conference) is kept.kinds  # asked again: the kept answer, not a new one
    assert facts._venues(conference) == {"harbour party"}
    assert facts._broadcasts(conference) == (frozenset(), frozenset())


def test_a_kept_occasion_leaves_the_accounts_equal():
    first = nth(accounts_of(story("g", CONFERENCE)), "g", 2)
    second = nth(accounts_of(story("g", CONFERENCE)), "g", 2)
    facts._occasions(first)
    assert first == second  # `said_on` is a cache, no part of what the account is
