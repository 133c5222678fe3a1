"""Related claims, session 43: beside a story's reprint of the claim asked about, a claim of that story that only
meaning admitted, under the threshold, is another remark of the story, not a second account. Read in the lists of
bench/eval_related.py on /tmp/bbc43 (a speaker's "the rate we can send messages is fairly constant" shown beside the
reprint of his "the number of messages is capped"; a host's line shown beside the reprint of a claim about him);
tested on sentences written for the purpose, with cosines of meaning chosen by the test (no model needed).

Session 14 drops one speaker's other words there (`one_speaker`); the same holds for any claim the rules refused and
meaning admitted under `THRESHOLD`: a story tells one fact once.
"""

from __future__ import annotations

from belreader.nlp import related
from tests.test_nlp_embed import FakeEmbedder, _unit_pair
from tests.test_nlp_related_s14 import _story, _world

HACKENBUSH = ("Hugo Hackenbush", "hugo-hackenbush")
CONVOY = "the aid convoy to the flooded valleys would leave at dawn whatever the weather did"
ROAD = "the gorge road was open again and the aid was getting through"
# two accounts of the convoy in one story, both found by the rules
CONVOY_AGAIN = "the convoy for the flooded valleys leaves at dawn whatever the weather"


def _meaning(monkeypatch, cosine: float, a: str = CONVOY, b: str = ROAD) -> None:
    va, vb = _unit_pair(cosine)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({a: va, b: vb}))


def _ids(world: list, meaning: bool = True) -> list[str]:
    return [m.claim.id for m in related.related_matches(world[-2].claims[0], world, meaning=meaning)]


def test_beside_the_storys_reprint_a_claim_only_meaning_admitted_is_not_shown(monkeypatch):
    # the second story reprints the convoy line word for word and goes on to the road: the road is that story's
    # next remark, not a second account of the convoy
    world = _world(
        _story("a", [(*HACKENBUSH, CONVOY)]),
        _story("reprint", [(*HACKENBUSH, CONVOY), (*HACKENBUSH, ROAD)]),
    )
    _meaning(monkeypatch, 0.8)
    assert _ids(world) == [world[-1].claims[0].id]


def test_without_the_reprint_the_claim_meaning_admitted_is_shown(monkeypatch):
    # the same road line alone in a story: the rules refuse it (one actor, one word under the threshold),
    # meaning admits it as that story's account
    world = _world(_story("a", [(*HACKENBUSH, CONVOY)]), _story("other", [(*HACKENBUSH, ROAD)]))
    assert _ids(world, meaning=False) == []
    _meaning(monkeypatch, 0.8)
    found = related.related_matches(world[-2].claims[0], world, meaning=True)
    assert [m.claim.id for m in found] == [world[-1].claims[0].id]
    assert found[0].score < related.THRESHOLD


def test_two_accounts_the_rules_find_in_one_story_are_both_shown(monkeypatch):
    # a story that tells the convoy twice, both lines over the threshold: neither is dropped
    world = _world(
        _story("a", [(*HACKENBUSH, CONVOY)]),
        _story("twice", [(*HACKENBUSH, CONVOY), (*HACKENBUSH, CONVOY_AGAIN)]),
    )
    assert _ids(world, meaning=False) == [c.id for c in world[-1].claims]
    _meaning(monkeypatch, 0.8, CONVOY, CONVOY_AGAIN)
    assert sorted(_ids(world)) == sorted(c.id for c in world[-1].claims)
