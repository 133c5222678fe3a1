"""Related claims: two more kinds of evidence that two claims report one fact, read in the misses
of bench/eval_related.py and each tested on sentences written for the purpose.

- the same day, month or season of a year ("spring 2026") with an uncommon word ("referendum"),
  where a year alone ("in 2026") or a weekday says nothing of which event;
- one speaker's short claim found word for word inside their longer quote in another article
  ("bring it on" at the end of a reply reported in full elsewhere).
"""

from __future__ import annotations

import pytest

from belreader.nlp.related import precise_dates, related_matches
from tests.test_nlp_related import BACKGROUND, make_analysis, say
from tests.test_nlp_related_recall import _filler


def _vote_world() -> list:
    """ "referendum" in four claims with the two below: uncommon, not rare (three claims or fewer in
    a corpus this small), so it is no evidence by itself."""
    lines = ["a referendum on the new flag is unlikely", "the islanders want a referendum on fishing rights"]
    return [make_analysis(f"vw{i}", say(text, "observers")) for i, text in enumerate(lines)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the vote could be held in spring 2026", {"spring 2026"}),
        ("in the autumn of 2025, he said", {"autumn 2025"}),
        ("the advice given on 7 March 2003", {"2003-03-07"}),
        ("the advice given on March 7, 2003", {"2003-03-07"}),
        ("prices fell in May 2005", {"2005-05"}),
        ("the report is due on 17 March", {"03-17"}),
        ("growth was strong in 2005", set()),  # a year alone names no event
        ("the talks resume on Tuesday", set()),
        ("the election may come in May", set()),  # a month alone neither
    ],
)
def test_precise_dates(text, expected):
    assert precise_dates(text) == expected


def test_the_same_season_of_a_year_and_an_uncommon_word_are_one_fact():
    a = make_analysis(
        "vote-a",
        say("the referendum on the charter could take place in spring 2026", "the government"),
    )
    b = make_analysis("vote-b", say("the referendum could be held in spring 2026", "the foreign minister"))
    analyses = [*BACKGROUND, *_vote_world(), a, b]
    found = related_matches(a.claims[0], analyses)
    assert [m.claim.id for m in found] == ["vote-b#s000000"]
    assert found[0].shared_dates == ["spring 2026"] and found[0].shared_terms == ["referendum"]
    assert "same date: spring 2026" in found[0].reason


@pytest.mark.parametrize("when", ["in autumn 2026", "in 2026", "next spring"])
def test_an_uncommon_word_without_the_same_precise_date_is_not(when):
    a = make_analysis(
        "vote-a",
        say("the referendum on the charter could take place in spring 2026", "the government"),
    )
    b = make_analysis("vote-b", say(f"the referendum could be held {when}", "the foreign minister"))
    assert related_matches(a.claims[0], [*BACKGROUND, *_vote_world(), a, b]) == []


def test_the_same_date_with_only_common_words_is_not_one_fact():
    # "spring 2026" is shared, but "plan" is in many claims: a date says when, not what
    plans = [make_analysis(f"pl{i}", say(f"the {w} plan is ready", "officials")) for i, w in enumerate("abcdefghijkl")]
    a = make_analysis("plan-a", say("the plan will start in spring 2026", "the ministry"))
    b = make_analysis("plan-b", say("a new plan comes in spring 2026", "the union"))
    assert related_matches(a.claims[0], [*BACKGROUND, *plans, a, b]) == []


REPLY = "this is what the vote will be about, and I say bring it on"


def _bring_world() -> list:
    """200 claims, four of them with "bring" from other speakers: with the two below, "bring" is
    neither rare (evidence beside a shared speaker) nor too common to count."""
    lines = ["the rains bring floods", "tourists bring money", "the law will bring change", "bring your own food"]
    others = [make_analysis(f"br{i}", say(text, "observers")) for i, text in enumerate(lines)]
    return [*BACKGROUND, *_filler(196), *others]


def test_a_speakers_short_claim_inside_their_longer_quote_is_the_same_statement():
    short = make_analysis("short", say("bring it on", "Chicolini", "chicolini"))
    full = make_analysis("full", say(REPLY, "Chicolini", "chicolini"))
    found = related_matches(short.claims[0], [*_bring_world(), short, full])
    assert [m.claim.id for m in found] == ["full#s000000"]
    assert found[0].same_sentence and found[0].reason.startswith("same sentence; same entity: chicolini")
    # and from the longer side
    assert [m.claim.id for m in related_matches(full.claims[0], [*_bring_world(), short, full])] == ["short#s000000"]


@pytest.mark.parametrize(
    ("content", "speaker", "speaker_id"),
    [
        ("bring it on", "Firefly", "rufus-firefly"),  # another speaker's stock phrase
        ("bring them on", "Chicolini", "chicolini"),  # not word for word
        ("it on", "Chicolini", "chicolini"),  # too short to say anything
        ("about, and I", "Chicolini", "chicolini"),  # no word that says what it is about
    ],
)
def test_a_short_claim_inside_a_longer_one_needs_the_same_speaker_and_its_own_words(content, speaker, speaker_id):
    short = make_analysis("short", say(content, speaker, speaker_id))
    full = make_analysis("full", say(REPLY, "Chicolini", "chicolini"))
    assert related_matches(short.claims[0], [*_bring_world(), short, full]) == []
