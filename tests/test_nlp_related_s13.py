"""Related claims, session 13: a speaker with no id of their own, named by the body they belong to
("Opec members", "Labour MPs", "a spokesman for Mr Prescott"), speaks for it: that body is an actor
of their claim, as it is of a claim that names it. Read in the misses of bench/eval_related.py (the
cartel's line on output told by its secretary general and by "Opec members"); tested on sentences
written for the purpose.
"""

from __future__ import annotations

from belreader.nlp import related
from belreader.nlp.records import Analysis, Mention
from belreader.nlp.related import related_matches
from tests.test_nlp_related import BACKGROUND, make_analysis, say

from nlp_util import make_claim

LEAGUE = ("petroleum-league", "ORG")


def _said(article_id: str, intro: str, speaker: str, content: str, names: dict[str, tuple[str, str]]) -> Analysis:
    """One sentence: `intro` (which names the speaker) and then the claim; a mention for each name
    found in the sentence, so a name in the intro is outside the claim's words."""
    sentence = f"{intro} {content}."
    start = len(intro) + 1
    mentions = []
    for text, (entity_id, label) in names.items():
        at = sentence.find(text)
        if at >= 0:
            mentions.append(Mention(entity_id, text, label, at, at + len(text), 0))
    claim = make_claim(article_id, content, start, speaker=speaker, sentence=(0, len(sentence)))
    return Analysis(
        article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=mentions, claims=[claim]
    )


OUTPUT = "high fuel prices meant the Petroleum League was unlikely to cut output this spring"


def _world(other: Analysis, content: str = OUTPUT, **names: tuple[str, str]) -> tuple[Analysis, list[Analysis]]:
    """The league's secretary general on output, in one story; `other` in another. "fuel prices" and
    "cut output" are two phrases both share, in no other claim; with no actor they are not enough."""
    names = {"Petroleum League": LEAGUE, "Hugo Hackenbush": ("hugo-hackenbush", "PERSON"), **names}
    first = _said("first", "Hugo Hackenbush said on Tuesday that", "Hugo Hackenbush", content, names)
    first.claims[0].speaker_id = "hugo-hackenbush"
    unrelated = [make_analysis(f"u{i}", say(text)) for i, text in enumerate(("the league table", "prices of art"))]
    return first, [*BACKGROUND, *unrelated, first, other]


NO_REASON = "given such fuel prices, the members saw no reason to cut output"


def test_a_speaker_named_by_the_body_they_belong_to_speaks_for_it():
    members = _said(
        "members", "Petroleum League members said", "Petroleum League members", NO_REASON, {"Petroleum League": LEAGUE}
    )
    first, world = _world(members)
    found = related_matches(first.claims[0], world)
    assert [m.claim.id for m in found] == ["members#s000030"]
    assert found[0].shared_entities == ["petroleum-league"]
    assert found[0].reason.startswith("same entity: petroleum-league; words: ")
    # and the other way round
    assert [m.claim.id for m in related_matches(members.claims[0], world)] == ["first#s000037"]


def test_a_body_named_beside_the_speaker_is_not_theirs():
    # the league is named in the sentence, but the speakers are analysts, not its members
    analysts = _said(
        "analysts", "After the Petroleum League met, analysts said", "analysts", NO_REASON, {"Petroleum League": LEAGUE}
    )
    first, world = _world(analysts)
    assert related_matches(first.claims[0], world) == []


class _Recorder:
    """An embedder that records what it is asked to embed (every cosine 0: nothing is admitted)."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    def encode(self, texts):
        import numpy as np

        self.texts += texts
        return np.eye(len(texts), 4, dtype=np.float32)


def test_meaning_embeds_only_candidates_whose_evidence_it_could_accept(monkeypatch):
    # analysts on fuel prices share one phrase with the secretary general and no actor: a lexical
    # candidate for meaning, but no cosine could make one phrase enough, so it is not embedded
    thin = _said("thin", "Analysts said", "analysts", "fuel prices would stay high in the north", {})
    first, world = _world(thin)
    index = related._index_for(world)
    a, b = index.position[first.claims[0].id], index.position[thin.claims[0].id]
    dot = sum(
        index.weight(k, w) * index.weight(k, index.keys[b][k]) for k, w in index.keys[a].items() if k in index.keys[b]
    )
    assert dot / (index.norms[a] * index.norms[b]) >= related.MEANING_FLOOR  # the shape this is about
    recorder = _Recorder()
    monkeypatch.setattr(related, "_embedder", lambda: recorder)
    assert related_matches(first.claims[0], world, meaning=True) == []
    assert recorder.texts == []
    # a candidate meaning could admit (two phrases, uncommon words) is embedded, with the claim
    members = _said("members", "Analysts said", "analysts", NO_REASON, {})
    first, world = _world(members)
    assert related_matches(first.claims[0], world, meaning=True) == []  # cosine 0: refused
    assert recorder.texts == [first.claims[0].content, NO_REASON]


# A party or a country in more than 1 % of the claims ("Labour", "the EU", here Freedonia) with two
# words that many claims use ("harbour", "toll") is the same matter, seldom the same fact: two people
# arguing for and against one law, two politicians on a campaign. Each word is in 12 claims of 1,500:
# specific enough to count, too common to say which fact.
def _toll_world(a_text: str, b_text: str) -> tuple[Analysis, list[Analysis]]:
    from tests.test_nlp_related_recall import _filler

    common = [make_analysis(f"fr{i}", say(f"Freedonia sent delegation {i} abroad")) for i in range(20)]
    harbour = [make_analysis(f"hb{i}", say(f"the harbour of town {i} was silted")) for i in range(10)]
    toll = [make_analysis(f"tl{i}", say(f"the road toll of town {i} went up")) for i in range(10)]
    a = make_analysis("toll-a", say(a_text, "Otis Driftwood"))
    b = make_analysis("toll-b", say(b_text, "Hugo Hackenbush"))
    return a, [*BACKGROUND, *_filler(1440), *common, *harbour, *toll, a, b]


def test_an_ever_present_actor_and_two_common_phrases_are_not_one_fact():
    a, world = _toll_world(
        "Freedonia wants the harbour cleared before any toll is set", "the toll on the harbour of Freedonia must fall"
    )
    assert related_matches(a.claims[0], world) == []


def test_an_ever_present_actor_and_two_phrases_with_an_uncommon_word_still_are():
    a, world = _toll_world(
        "Freedonia wants the harbour dredged before any toll is set",
        "the toll on the harbour of Freedonia must pay for dredging",
    )
    found = related_matches(a.claims[0], world)
    assert [m.claim.id for m in found] == ["toll-b#s000000"]
    assert found[0].shared_entities == ["freedonia"] and "dredged" in found[0].shared_terms


def test_a_place_in_the_speakers_words_is_where_they_are_not_whom_they_speak_for():
    # "pundits in Sylvania", like "a poll of US pundits" or "the UK's biggest lender": the place is not
    # an actor of what they say (a party, a company or a person would be)
    pundits = _said(
        "pundits",
        "Pundits in Sylvania said",
        "Pundits in Sylvania",
        NO_REASON,
        {"Sylvania": ("sylvania", "PLACE")},
    )
    # the place is named in the other claim too: as its actor it would be shared
    first, world = _world(pundits, OUTPUT + " in Sylvania", Sylvania=("sylvania", "PLACE"))
    assert related_matches(first.claims[0], world) == []
