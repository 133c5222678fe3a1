"""Related claims, session 12: patterns read in the development sample of BBC claims
(bench/eval_related.py), each tested on sentences written for the purpose, with cosines of meaning
chosen by the test (no model needed).

- a long claim that lists a whole policy dilutes the lexical score of a shorter account of the same
  policy by the same speaker below the threshold: when the rules' evidence holds and the two are
  close in meaning, the pair is shown (only for one speaker: from two, such pairs were the same
  matter argued by others);
- two different people saying things close in meaning are mostly the same argument made by another
  (near, not the same fact): meaning alone no longer admits such a pair, the rules' evidence must.
"""

from __future__ import annotations

import pytest

from belreader.nlp import related
from belreader.nlp.records import Analysis, Mention
from tests.test_nlp_embed import FakeEmbedder, _unit_pair

from nlp_util import make_claim


def _article(article_id: str, content: str, speaker: str, speaker_id: str | None, label: str = "PERSON") -> Analysis:
    """One claim, and the speaker named once in the sentence that introduces it (outside the claim:
    the speaker's name is never a word of the content)."""
    intro = f"{speaker} spoke at the meeting. "
    start = len(intro)
    claim = make_claim(article_id, content, start, speaker=speaker, speaker_id=speaker_id)
    mentions = [Mention(speaker_id, speaker, label, 0, len(speaker), 0)] if speaker_id else []
    return Analysis(
        article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=mentions, claims=[claim]
    )


FILLER = [
    "the town board of district {} met to discuss the bus timetable",
    "the weather in valley {} was mild for the season",
    "the choir of parish {} will sing at the spring fair",
]


def _world(*extra: Analysis) -> list[Analysis]:
    filler = [_article(f"f{i}{j}", text.format(i), "", None) for i in range(6) for j, text in enumerate(FILLER)]
    return [*filler, *extra]


# One party leader's tax plan, told in full in one story and in short in another. "council tax" and
# "income tax" are in both, "tax" is everywhere; the long claim lists much else.
PLAN_LONG = (
    "the extra money from a higher top rate would let the party scrap tuition fees, pay for free care for "
    "the elderly, hire more police officers and replace the council tax with a local income tax"
)
PLAN_SHORT = "he set out plans to abolish the council tax in favour of a local income tax paid by the wealthiest"


def _plan_world() -> list[Analysis]:
    return _world(
        _article("long", PLAN_LONG, "Otis Driftwood", "otis-driftwood"),
        _article("short", PLAN_SHORT, "Otis Driftwood", "otis-driftwood"),
    )


def _score(world: list[Analysis]) -> float:
    index = related._index_for(world)
    first = {analysis.article_id: analysis.claims[0].id for analysis in world}
    a, b = index.position[first["long"]], index.position[first["short"]]
    shared = [k for k in index.keys[a] if k in index.keys[b] and k in index.idf]
    dot = sum(index.weight(k, index.keys[a][k]) * index.idf[k] * index.keys[b][k] for k in shared)
    return dot / (index.norms[a] * index.norms[b])


def test_a_long_claim_and_a_short_account_of_one_plan_close_in_meaning_are_shown(monkeypatch):
    world = _plan_world()
    claim = world[-2].claims[0]
    # the shape this is about: the rules' evidence holds (the speaker and two phrases), the score does not
    assert related.RESCUE_FLOOR <= _score(world) < related.THRESHOLD
    assert related.related_matches(claim, world) == []
    va, vb = _unit_pair(0.64)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({PLAN_LONG: va, PLAN_SHORT: vb}))
    found = related.related_matches(claim, world, meaning=True)
    assert [m.claim.id for m in found] == [world[-1].claims[0].id]
    assert found[0].shared_entities == ["otis-driftwood"]
    assert found[0].reason.endswith("similar meaning 0.64")  # says why, meaning included
    # not close enough in meaning: nothing
    va, vb = _unit_pair(related.MEANING_RESCUE - 0.05)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({PLAN_LONG: va, PLAN_SHORT: vb}))
    assert related.related_matches(claim, world, meaning=True) == []


def test_below_the_rescue_floor_or_without_the_rules_evidence_meaning_does_not_rescue(monkeypatch):
    # the same plan by two speakers: no shared actor, and two phrases are not the rules' evidence alone
    world = _world(
        _article("long", PLAN_LONG, "Otis Driftwood", "otis-driftwood"),
        _article("short", PLAN_SHORT, "Hugo Hackenbush", "hugo-hackenbush"),
    )
    va, vb = _unit_pair(0.69)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({PLAN_LONG: va, PLAN_SHORT: vb}))
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []
    # the same speaker, but a claim that shares only one phrase of the plan scores under the floor
    thin = "local income tax is fairer, and the villages of the north and their farmers would gain the most from it"
    world = _world(
        _article("long", PLAN_LONG, "Otis Driftwood", "otis-driftwood"),
        _article("thin", thin, "Otis Driftwood", "otis-driftwood"),
    )
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({PLAN_LONG: va, thin: vb}))
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []


# Two people on one minister's future: the same matter, and close in meaning, but not one fact.
RETURN_A = "there was a question mark over whether the minister could serve in the cabinet again"
RETURN_B = "the minister had argued well for the reforms in the cabinet before he resigned"
HARVEST = [  # "cabinet" in a few more claims: uncommon, not rare, so one word and an actor need more
    "the cabinet met late into the night",
    "a cabinet reshuffle is expected soon",
]


@pytest.mark.parametrize(
    ("second_speaker", "second_id", "second_label", "shown"),
    [
        ("Hugo Hackenbush", "hugo-hackenbush", "PERSON", False),  # another person: the same argument, near
        ("the Sylvania Party", "sylvania-party", "ORG", True),  # a party: its account of the same thing
        ("a spokesman", None, "PERSON", True),  # unknown: nothing says they differ
    ],
)
def test_meaning_alone_does_not_join_two_people_on_one_matter(
    monkeypatch, second_speaker, second_id, second_label, shown
):
    # both name the same minister (an actor) and share "cabinet": the rules refuse, meaning would admit
    minister = "Wolf J. Flywheel"
    a_text, b_text = f"{RETURN_A}, {minister}'s critics said", f"{RETURN_B}, {minister}'s allies said"
    first = _article("a", a_text, "Otis Driftwood", "otis-driftwood")
    second = _article("b", b_text, second_speaker, second_id, second_label)
    for analysis in (first, second):  # the minister, named inside each claim
        at = analysis.claims[0].start + analysis.claims[0].content.index(minister)
        analysis.mentions.append(Mention("wolf-flywheel", minister, "PERSON", at, at + len(minister), 0))
    background = [_article(f"h{i}", text, "", None) for i, text in enumerate(HARVEST)]
    world = _world(*background, first, second)
    claim = first.claims[0]
    assert related.related_matches(claim, world) == []
    va, vb = _unit_pair(0.8)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({a_text: va, b_text: vb}))
    found = related.related_matches(claim, world, meaning=True)
    assert [m.claim.id for m in found] == ([second.claims[0].id] if shown else [])
