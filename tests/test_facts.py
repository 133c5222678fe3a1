"""Fact groups and comparisons: on the bundled articles, and on short made-up claims for the rules."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
from test_nlp_related import BACKGROUND, make_analysis, say

from belreader import facts, nlp
from belreader.facts import build_fact_groups, compare, disagreements, group_of_claim

from nlp_util import SEED_IDS, seed_articles

# --------------------------------------------------------------------------- the bundled corpus

JAMESTOWN, EURASIA, OWP, RFE = SEED_IDS["000"], SEED_IDS["001"], SEED_IDS["003"], SEED_IDS["004"]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    articles = seed_articles()
    analyses = nlp.analyze_many(articles, cache_dir=tmp_path_factory.mktemp("facts-cache"))
    return articles, analyses, build_fact_groups(analyses, articles)


def claim_in(analyses, article_id, fragment):
    analysis = next(a for a in analyses if a.article_id == article_id)
    return next(c for c in analysis.claims if fragment in c.content)


def test_the_three_accounts_of_the_loan_are_one_group(seeds):
    _, analyses, groups = seeds
    loan = [claim_in(analyses, JAMESTOWN, "$1.5 billion"), claim_in(analyses, EURASIA, "$1.5 billion")]
    loan.append(claim_in(analyses, OWP, "$1.5 billion"))
    group = group_of_claim(loan[0].id, groups)
    assert group is not None
    assert group.claim_ids == [c.id for c in loan]
    assert all(group_of_claim(c.id, groups) is group for c in loan)


def test_the_loan_comparison_states_who_how_and_through_whom(seeds):
    _, analyses, groups = seeds
    group = group_of_claim(claim_in(analyses, JAMESTOWN, "$1.5 billion").id, groups)
    comparison = compare(group)
    rows = {row.article_id: row for row in comparison.rows}
    assert [rows[a].stance for a in (JAMESTOWN, EURASIA, OWP)] == ["confirmed", "confirmed", "reported"]
    assert [rows[a].speaker for a in (JAMESTOWN, EURASIA, OWP)] == ["The Russian side", "Putin", "Sofya Donets"]
    assert rows[OWP].outlets == ["The Moscow Times"] and rows[JAMESTOWN].outlets == [] == rows[EURASIA].outlets
    assert rows[OWP].outlet_ids == ["moscow-times"]  # names to read, ids for JSON
    assert all(row.amounts_normalised == ["1.5 billion usd"] for row in rows.values())
    assert rows[JAMESTOWN].span == "the imminent disbursal of a $1.5 billion loan to Belarus"
    assert rows[OWP].paragraph == 3 and rows[OWP].publisher == "The Organization for World Peace"
    kinds = {d.kind for d in comparison.differences}
    assert "amount" not in kinds and "date" not in kinds  # they agree on the sum
    stance = next(d for d in comparison.differences if d.kind == "stance")
    assert "Sofya Donets said" in stance.explanation and "Putin confirmed" in stance.explanation
    outlets = next(d for d in comparison.differences if "outlets" in d.explanation)
    assert (
        "cites The Moscow Times" in outlets.explanation
    )  # the outlet's name, never its id and "cites no outlet" in outlets.explanation
    speakers = next(d for d in comparison.differences if "speakers" in d.explanation)
    assert all(name in speakers.explanation for name in ("The Russian side", "Putin", "Sofya Donets"))


def test_peskovs_readout_of_the_stand_down_is_one_group_with_its_differences(seeds):
    _, analyses, groups = seeds
    jamestown = claim_in(analyses, JAMESTOWN, "permanent bases")
    owp = claim_in(analyses, OWP, "stand down")
    group = group_of_claim(jamestown.id, groups)
    assert group is not None and group.claim_ids == [jamestown.id, owp.id]
    comparison = compare(group)
    rows = {row.article_id: row for row in comparison.rows}
    assert rows[JAMESTOWN].outlets == ["Russia-1 TV", "TASS"] and rows[OWP].outlets == []
    assert {rows[a].stance for a in rows} == {"reported"}
    explanations = " | ".join(d.explanation for d in comparison.differences)
    assert "cites Russia-1 TV and TASS" in explanations
    assert "gives no date" in explanations and "August 27 and September 14" in explanations
    # one speaker named two ways is not a difference of attribution
    assert "different speakers" not in explanations
    # "national guards" is in the other account's words: not left out
    assert "names National Guard" not in explanations


def test_the_other_peskov_readouts_and_the_military_base_stay_ungrouped(seeds):
    """Peskov's word that a Russian base was "not considered" (TASS) has no other account
    among the claims: Eurasia's sentence on Lukashenka refusing a base is the author's, not a
    claim, and RFE/RL's "boosting its military presence" is another year and another fact."""
    _, analyses, groups = seeds
    base = claim_in(analyses, JAMESTOWN, "military base")
    assert base.negated and base.outlets == ["tass"]
    assert group_of_claim(base.id, groups) is None
    presence = claim_in(analyses, RFE, "military presence")
    assert group_of_claim(presence.id, groups) is None
    for fragment in ("legitimate president", "We value and love them all", "Too early"):
        assert group_of_claim(claim_in(analyses, JAMESTOWN, fragment).id, groups) is None


def test_every_group_spans_different_articles_and_a_claim_is_in_one_group(seeds):
    _, _, groups = seeds
    seen: set[str] = set()
    for group in groups:
        assert len(group.accounts) >= 2
        assert len(set(group.article_ids)) == len(group.accounts)
        assert not seen & set(group.claim_ids)
        seen |= set(group.claim_ids)


def test_the_renderers_carry_full_citations(seeds):
    _, analyses, groups = seeds
    comparison = compare(group_of_claim(claim_in(analyses, JAMESTOWN, "$1.5 billion").id, groups))
    data = json.loads(facts.to_json(comparison))
    assert [a["claim"] for a in data["accounts"]] == [r.claim_id for r in comparison.rows]
    assert data["accounts"][0]["title"] == "Lukashenko Holds His Own With Putin in Sochi"
    assert data["accounts"][0]["path"].endswith(f"{JAMESTOWN}.txt") and data["differences"]
    markdown = facts.to_markdown(comparison)
    assert "Lukashenko Holds His Own With Putin in Sochi, The Jamestown Foundation, para. 14" in markdown
    assert "> the imminent disbursal of a $1.5 billion loan to Belarus" in markdown
    assert "## Differences" in markdown and "**stance**" in markdown
    rows = list(csv.DictReader(io.StringIO(facts.to_csv(comparison))))
    assert [r["article"] for r in rows] == [JAMESTOWN, EURASIA, OWP]
    assert rows[2]["publisher"] == "The Organization for World Peace" and rows[2]["paragraph"] == "3"
    assert "stance differs" in rows[2]["differences"]


# --------------------------------------------------------------------------- the rules, on made-up claims


def groups_of(*analyses):
    return build_fact_groups([*BACKGROUND, *analyses], {})


def test_two_different_events_sharing_a_number_and_a_weekday_are_not_grouped():
    a = make_analysis(
        "ev-a", say("on Monday 2,400 jobs would go at the Port Gold shipyard", "Rufus Firefly", "rufus-firefly")
    )
    b = make_analysis(
        "ev-b", say("on Monday the opera festival drew 2,400 visitors to Sylvania", "Chicolini", "chicolini")
    )
    c = make_analysis("ev-c", say("the IMF will lend Sylvania $2.4bn on Monday", "Teasdale", "gloria-teasdale"))
    d = make_analysis(
        "ev-d", say("on Monday Freedonia sold $2.4bn of bonds to pension funds", "Chicolini", "chicolini")
    )
    assert groups_of(a, b, c, d) == []


def test_one_event_told_with_a_different_sum_is_grouped_and_the_sums_flagged():
    a = make_analysis(
        "loan-a", say("the IMF agreed a $2.4bn loan to Freedonia to refinance foreign debt falling due in the spring")
    )
    b = make_analysis(
        "loan-b",
        say(
            "the IMF agreed a 2 billion dollar loan to Freedonia to refinance foreign debt falling due in the spring",
            "Rufus Firefly",
            "rufus-firefly",
        ),
    )
    groups = groups_of(a, b)
    assert [g.claim_ids for g in groups] == [["loan-a#s000000", "loan-b#s000000"]]
    amount = next(d for d in compare(groups[0]).differences if d.kind == "amount")
    assert "$2.4bn" in amount.explanation and "2 billion dollar" in amount.explanation


def test_different_sums_and_a_loose_likeness_are_two_facts_not_one_misreported():
    a = make_analysis("loan-a", say("Freedonia has secured a $2.4bn loan from the IMF to refinance its foreign debt"))
    b = make_analysis(
        "loan-b",
        say(
            "the International Monetary Fund would lend 2 billion dollars so that Freedonia can refinance its debts",
            "Rufus Firefly",
            "rufus-firefly",
        ),
    )
    assert groups_of(a, b) == []


def test_the_same_amount_written_differently_is_one_fact_and_no_disagreement():
    a = make_analysis(
        "port-a", say("the Port Gold harbour will be dredged at a cost of $1.5bn", "Teasdale", "gloria-teasdale")
    )
    b = make_analysis(
        "port-b", say("dredging the Port Gold harbour will cost US$1,500 million", "Rufus Firefly", "rufus-firefly")
    )
    groups = groups_of(a, b)
    assert len(groups) == 1
    assert not [d for d in compare(groups[0]).differences if d.kind == "amount"]


def test_dates_that_cannot_be_one_event_keep_two_accounts_apart():
    a = make_analysis(
        "date-a", say("Firefly signed the harbour treaty with Sylvania on March 3", "Teasdale", "gloria-teasdale")
    )
    b = make_analysis(
        "date-b", say("Firefly signed the harbour treaty with Sylvania on June 9", "Chicolini", "chicolini")
    )
    assert groups_of(a, b) == []
    c = make_analysis(
        "date-c", say("Firefly signed the harbour treaty with Sylvania on March 4", "Chicolini", "chicolini")
    )
    groups = groups_of(a, c)
    assert len(groups) == 1
    date = next(d for d in compare(groups[0]).differences if d.kind == "date")
    assert "March 3" in date.explanation and "March 4" in date.explanation


def test_a_denial_ranks_above_an_agreement():
    agree_a = make_analysis(
        "agree-a", say("Firefly signed the harbour treaty with Sylvania", "Teasdale", "gloria-teasdale")
    )
    agree_b = make_analysis(
        "agree-b", say("Firefly signed the harbour treaty with Sylvania", "Teasdale", "gloria-teasdale")
    )
    deny_a = make_analysis(
        "deny-a",
        {
            **say("Chicolini smuggled peanuts across the Sylvania border", "Rufus Firefly", "rufus-firefly"),
            "verb": "claim",
        },
    )
    deny_b = make_analysis(
        "deny-b",
        {**say("Chicolini smuggled peanuts across the Sylvania border", "Chicolini", "chicolini"), "verb": "deny"},
    )
    groups = groups_of(agree_a, agree_b, deny_a, deny_b)
    assert len(groups) == 2
    ranked = disagreements(groups)
    assert [c.group_id for c in ranked] == ["fact:deny-a#s000000"]  # the agreeing pair differs in nothing
    stance = next(d for d in ranked[0].differences if d.kind == "stance")
    assert "(denied)" in stance.explanation and "(claimed)" in stance.explanation


def test_exact_duplicate_articles_are_one_account(tmp_path):
    from nlp_util import make_article

    text = "The harbour of Port Gold will close for a year, Rufus Firefly said on Tuesday."
    # a copy has its original's title too (search's duplicate groups compare title and text)
    first, copy = (replace(make_article(text, i), title="Port Gold") for i in ("dup/001", "dup/002"))
    other = make_article("Rufus Firefly said the Port Gold harbour will close for a whole year.", "dup/003")
    analyses = nlp.analyze_many([first, copy, other], cache_dir=tmp_path)
    groups = build_fact_groups([*BACKGROUND, *analyses], [first, copy, other])
    assert all("dup/002" not in g.article_ids for g in groups)  # a copy never groups with itself
    for group in groups:
        for account in group.accounts:
            if account.article_id == "dup/001":
                assert account.duplicates == ["dup/002"]


def test_an_edited_copy_is_one_account_with_its_original(tmp_path):
    """A reprint with a changed line (a near-duplicate, as search folds it) is not a second
    account of the story: comparing a story with its own reprint tells the reader nothing."""
    from nlp_util import make_article

    story = (
        "The harbour of Port Gold will close for a year, Rufus Firefly said on Tuesday.\n\n"
        "The closure follows storms that damaged the northern pier and flooded the fish market, "
        "leaving dozens of boats unable to land their catch for most of the winter season.\n\n"
        "Traders in the old town said the market had already lost half of its customers since the "
        "autumn, and several families who have fished there for generations are thinking of leaving.\n\n"
        "The council will meet next month to decide how the repairs, expected to take eleven months, "
        "should be paid for and whether the ferry service can keep running during the work."
    )
    first = replace(make_article(story, "near/001"), title="Port Gold to close")
    edited = replace(make_article(story.replace("several families", "some families"), "near/002"), title=first.title)
    other = make_article("Rufus Firefly said the Port Gold harbour will close for a whole year.", "near/003")
    analyses = nlp.analyze_many([first, edited, other], cache_dir=tmp_path)
    groups = build_fact_groups([*BACKGROUND, *analyses], [first, edited, other])
    assert groups, "the harbour closure should still group with the independent account"
    assert all("near/002" not in g.article_ids for g in groups)
    kept = [a for g in groups for a in g.accounts if a.article_id == "near/001"]
    assert kept and all(a.duplicates == ["near/002"] for a in kept)


def test_a_date_without_a_year_is_exported_as_written():
    from belreader.facts import _as_written

    assert _as_written("September 14", "????-09-14") == "September 14"
    assert _as_written("14 September 2024", "2024-09-14") == "14 September 2024 = 2024-09-14"


@pytest.mark.parametrize("at_once", [True, False])
def test_the_fast_candidate_search_answers_as_the_related_claims_query(seeds, monkeypatch, at_once):
    """Grouping finds candidates with numpy (speed), all pairs at once or, for a large index,
    claim by claim; every claim's matches, scores and order must be the related-claims query's
    own, or the groups would change."""
    from belreader.nlp import related

    if not at_once:
        monkeypatch.setattr(facts._Candidates, "PAIRS_AT_ONCE", 0)
    analyses = sorted(seeds[1], key=lambda a: a.article_id)
    index = related._Index(analyses)
    fast = facts._Candidates(index)
    claims = [c for a in analyses for c in a.claims]
    assert claims
    found = below = 0
    for claim in claims:
        expected = index.query(claim, facts.CANDIDATES)
        got = fast.query(claim, facts.CANDIDATES)
        assert [(m.claim.id, m.score, m.reason) for m in got] == [(m.claim.id, m.score, m.reason) for m in expected]
        found += len(got)
        # with a floor (grouping's threshold, or more), the matches under it are left out, the rest as they were
        for floor in (facts.GROUP_THRESHOLD, 0.5, 0.7):
            floored = fast.query(claim, facts.CANDIDATES, floor)
            assert [m.claim.id for m in floored] == [m.claim.id for m in expected if m.score >= floor]
            below += len(got) - len(floored)
    assert found  # the seed corpus has related claims (the loan's three accounts at least)
    assert below  # ...and some under a floor
    assert (fast._near is None) is not at_once


# --- evidence a pair needs (patterns read in BBC fact groups; sentences written here) ---


def test_one_speaker_on_one_topic_saying_two_things_is_not_one_fact():
    """A speaker is not an actor of what they say: two different remarks by Firefly about the
    next harbour season share the speaker and a few topic words, not a fact."""
    a = make_analysis(
        "sp-a",
        say(
            "the next harbour season would give fishermen boats to land record catches",
            "Firefly",
            "rufus-firefly",
        ),
    )
    b = make_analysis(
        "sp-b",
        say(
            "boat licences would also change radically in the next harbour season for fishermen",
            "Firefly",
            "rufus-firefly",
        ),
    )
    assert groups_of(a, b) == []


def test_a_shared_amount_needs_a_word_of_what_it_is_of():
    """ "$1bn" in two stories is two facts unless something says it is one amount of one thing."""
    a = make_analysis("amt-a", say("Sylvania has withdrawn $1bn in assets from Freedonia banks", "the central bank"))
    b = make_analysis("amt-b", say("online chess sales in Sylvania will top $1bn next year", "analysts"))
    assert groups_of(a, b) == []
    c = make_analysis("amt-c", say("Sylvania withdrew assets worth $1bn from Freedonia", "Chicolini", "chicolini"))
    assert [g.article_ids for g in groups_of(a, c)] == [["amt-a", "amt-c"]]


def test_words_that_only_state_an_amount_are_not_shared_words():
    """ "hundreds of millions of pounds" in two remarks by one speaker is a number, not a fact."""
    a = make_analysis(
        "hm-a",
        say(
            "Freedonia will eventually give hundreds of millions of pounds to rebuild Port Gold",
            "Firefly",
            "rufus-firefly",
        ),
    )
    b = make_analysis(
        "hm-b",
        say(
            "councils are spending hundreds of millions of pounds on a tiny risk of floods", "Firefly", "rufus-firefly"
        ),
    )
    assert groups_of(a, b) == []


def test_topic_words_alone_do_not_make_a_fact_but_the_same_wording_does():
    """Without a shared actor, three topic words are a topic (two virus reports); claims worded
    alike are one report even when no entity is named."""
    a = make_analysis(
        "tw-a",
        say(
            "one in ten e-mails sent this month was infected with the Zafi virus spreading in chat programs",
            "a security firm",
        ),
    )
    b = make_analysis(
        "tw-b",
        say(
            "last year most e-mails were spam, and one in 16 were infected with a virus",
            "statistics",
        ),
    )
    assert groups_of(a, b) == []
    c = make_analysis("tw-c", say("business confidence among harbour traders weakened for the first time since March"))
    d = make_analysis(
        "tw-d", say("confidence among harbour traders has weakened for the first time since March", "a survey")
    )
    assert [g.article_ids for g in groups_of(c, d)] == [["tw-c", "tw-d"]]
