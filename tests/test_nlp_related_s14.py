"""Related claims, session 14: one person's figure told in other words. Read in the misses of
bench/eval_related.py (a prime minister's pledge of "hundreds of millions" of pounds in aid, told
with the name in one story and as "the prime minister" in another, in other verbs); tested on
sentences written for the purpose, with cosines of meaning chosen by the test (no model needed).

- an order of magnitude that names no number ("hundreds of millions" of pounds, "billions of
  dollars") is an amount of its own, weak: it adds to the score and is no evidence alone;
- with meaning, one person's claim that shares a figure or a date and a word with another of theirs
  is admitted from a lower cosine (`MEANING_ONE_SPEAKER`); "the prime minister" left with no id is
  that person when the story names them and the corpus gives them that office elsewhere;
- not for an organisation (a bank's or a party's claims are many figures, many voices), not without
  a figure or a date (one person's words on one matter were mostly another remark), and not beside a
  claim of the same story matched on stronger evidence (the story's reprint of the claim itself).
"""

from __future__ import annotations

from belreader.nlp import related
from belreader.nlp.records import Analysis, Mention
from belreader.nlp.related import parse_amounts
from tests.test_nlp_embed import FakeEmbedder, _unit_pair

from nlp_util import make_claim

PEOPLE = {"Rufus Firefly": "rufus-firefly", "Hugo Hackenbush": "hugo-hackenbush"}


def _story(
    article_id: str, claims: list[tuple[str, str, str | None]], named: tuple[str, ...] = (), label: str = "PERSON"
) -> Analysis:
    """A story whose first sentence names `named` people, then one sentence a claim (speaker, their
    id, content); a speaker with an id is named in the sentence that introduces their claim, outside
    its words."""
    body = " and ".join(named) + " were in the capital. " if named else ""
    mentions = []
    for name in named:
        at = body.find(name)
        mentions.append(Mention(PEOPLE[name], name, "PERSON", at, at + len(name), 0))
    built = []
    for n, (speaker, speaker_id, content) in enumerate(claims, 1):
        intro = f"{speaker} said "
        if speaker_id:
            mentions.append(Mention(speaker_id, speaker, label, len(body), len(body) + len(speaker), n))
        start = len(body) + len(intro)
        built.append(
            make_claim(
                article_id,
                content,
                start,
                paragraph=n,
                speaker=speaker,
                speaker_id=speaker_id,
                sentence=(len(body), start + len(content)),
            )
        )
        body += f"{intro}{content}. "
    return Analysis(
        article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=mentions, claims=built
    )


# "aid", "bridge" and "gorge" in a few claims (uncommon words, not rare ones: one with a person is not the
# rules' evidence), "pounds" in many (no evidence at all)
FILLER = [
    ("the town board of district {} fined the bus company ten pounds", 12),
    ("the aid convoy to village {} left at dawn", 3),
    ("a bridge in village {} was closed", 3),
    ("the gorge near village {} flooded", 3),
]


FIREFLY_IN_OFFICE = (("the prime minister", "rufus-firefly"),) * 2


def _world(*stories: Analysis, offices: tuple[tuple[str, str], ...] = FIREFLY_IN_OFFICE) -> list[Analysis]:
    from tests.test_nlp_related_recall import _filler

    filler = [_story(f"f{j}-{i}", [("", None, text.format(i))]) for j, (text, n) in enumerate(FILLER) for i in range(n)]
    filler += _filler(700)
    # elsewhere, "the prime minister" is resolved to Rufus Firefly: the corpus gives him that office
    resolved = [
        _story(f"office{i}", [(office, holder, f"the railway strike number {i} had gone on too long")])
        for i, (office, holder) in enumerate(offices)
    ]
    return [*filler, *resolved, *stories]


PLEDGE = 'the government would eventually give "hundreds of millions" of pounds in aid to the flooded valleys'
RETOLD = "the government could ultimately give hundreds of millions of pounds in aid"


def _pledge_world(
    speaker: str = "the prime minister",
    named: tuple[str, ...] = ("Rufus Firefly",),
    offices: tuple[tuple[str, str], ...] = FIREFLY_IN_OFFICE,
) -> list:
    return _world(
        _story("named", [("Rufus Firefly", "rufus-firefly", PLEDGE)]),
        _story("described", [(speaker, None, RETOLD)], named=named),
        offices=offices,
    )


def _meaning(monkeypatch, cosine: float, a: str = PLEDGE, b: str = RETOLD) -> None:
    va, vb = _unit_pair(cosine)
    monkeypatch.setattr(related, "_embedder", lambda: FakeEmbedder({a: va, b: vb}))


def test_an_order_of_magnitude_is_a_weak_amount_of_its_own():
    (pledge,), _ = parse_amounts(PLEDGE)
    assert (pledge.text, pledge.vague, pledge.strong, pledge.specific) == (
        "hundreds of millions gbp",
        True,
        False,
        False,
    )
    assert [a.text for a in parse_amounts(RETOLD)[0]] == ["hundreds of millions gbp"]
    assert [a.text for a in parse_amounts("it cost billions of US dollars")[0]] == ["billions usd"]
    assert [a.text for a in parse_amounts("tens of thousands marched")[0]] == ["tens of thousands"]
    # a bare order of magnitude of anything is no amount: "millions of viewers", "thousands of fans"
    assert parse_amounts("millions of viewers watched and thousands of fans sang")[0] == []


def test_one_persons_figure_told_in_other_words_by_the_office_they_hold(monkeypatch):
    world = _pledge_world()
    claim = world[-2].claims[0]
    assert related.related_matches(claim, world) == []  # the rules alone: no shared actor, one word
    _meaning(monkeypatch, 0.77)
    found = related.related_matches(claim, world, meaning=True)
    assert [m.claim.id for m in found] == ["described#s000059"]
    assert found[0].shared_numbers == ["hundreds of millions gbp"]
    assert found[0].one_speaker == "rufus-firefly"
    assert "one speaker: rufus-firefly; similar meaning 0.77" in found[0].reason
    # and the other way round
    assert [m.claim.id for m in related.related_matches(world[-1].claims[0], world, meaning=True)] == [
        world[-2].claims[0].id
    ]
    # far apart in meaning: nothing
    _meaning(monkeypatch, related.MEANING_ONE_SPEAKER - 0.05)
    assert related.related_matches(claim, world, meaning=True) == []


def test_an_office_is_not_anyone_its_story_names(monkeypatch):
    _meaning(monkeypatch, 0.77)
    # the story names Firefly, but "the chancellor" is nobody's office in this corpus: who it is is not guessed
    world = _pledge_world(speaker="the chancellor")
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []
    # "the prime minister" is Firefly's office elsewhere, but this story names only Hackenbush
    world = _pledge_world(named=("Hugo Hackenbush",))
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []
    # resolved to Firefly once only (a slip upstream is possible), or in a small share of the office's claims
    world = _pledge_world(offices=FIREFLY_IN_OFFICE[:1])
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []
    world = _pledge_world(offices=FIREFLY_IN_OFFICE + (("the prime minister", "hugo-hackenbush"),) * 7)
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []
    # two holders of one office in a year (a reshuffle): each has a fair share
    world = _pledge_world(offices=FIREFLY_IN_OFFICE + (("the prime minister", "hugo-hackenbush"),) * 3)
    assert [m.claim.id for m in related.related_matches(world[-2].claims[0], world, meaning=True)] == [
        "described#s000059"
    ]


def test_one_organisation_is_not_one_speaker(monkeypatch):
    # a bank's or a party's claims are many figures and many voices: the same speaker, no person
    bank = ("the Freedonia Bank", "freedonia-bank")
    world = _world(
        _story("named", [(*bank, PLEDGE)], label="ORG"),
        _story("described", [(*bank, RETOLD)], label="ORG"),
    )
    _meaning(monkeypatch, 0.65)  # (from MEANING_ADMIT, one actor and an uncommon word are meaning's evidence)
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []


BRIDGE = "the new bridge over the gorge would be a disaster for the valleys and their farmers"
GORGE = "building a bridge across the gorge was a folly he had opposed for years"


def test_one_persons_words_on_one_matter_without_a_figure_are_not_enough(monkeypatch):
    # the same person on the same bridge: two uncommon words, close in meaning, but no figure or date
    # to say it is one remark (mostly another remark of theirs on the matter)
    world = _world(
        _story("a", [("Rufus Firefly", "rufus-firefly", BRIDGE)]),
        _story("b", [("Rufus Firefly", "rufus-firefly", GORGE)]),
    )
    _meaning(monkeypatch, 0.65, BRIDGE, GORGE)
    assert related.related_matches(world[-2].claims[0], world, meaning=True) == []


def test_beside_the_storys_reprint_of_the_claim_another_remark_is_not_shown(monkeypatch):
    # the second story reprints the pledge word for word, and also has the retold figure in another
    # sentence: that is the story telling more, not a second account of the pledge
    world = _world(
        _story("named", [("Rufus Firefly", "rufus-firefly", PLEDGE)]),
        _story(
            "reprint",
            [("Rufus Firefly", "rufus-firefly", PLEDGE), ("Rufus Firefly", "rufus-firefly", RETOLD)],
        ),
    )
    _meaning(monkeypatch, 0.65)
    claim = world[-2].claims[0]
    assert [m.claim.id for m in related.related_matches(claim, world, meaning=True)] == ["reprint#s000019"]
    # without the reprint, the retold figure is the story's account of the pledge
    world = _world(
        _story("named", [("Rufus Firefly", "rufus-firefly", PLEDGE)]),
        _story("retold", [("Rufus Firefly", "rufus-firefly", RETOLD)]),
    )
    found = related.related_matches(world[-2].claims[0], world, meaning=True)
    assert [(m.claim.id, m.one_speaker) for m in found] == [(world[-1].claims[0].id, "rufus-firefly")]


def test_the_index_is_found_again_by_its_analyses_not_rebuilt():
    world = _pledge_world()
    index = related._index_for(world)
    assert related._index_for(list(world)) is index  # the same analyses in another list: the same index
    # a new analysis of one article (a new object, the same claims) is a new index
    renewed = [*world[:-1], _story("described", [("the prime minister", None, RETOLD)], named=("Rufus Firefly",))]
    assert related._index_for(renewed) is not index
    # and so is a claim added to an analysis already indexed
    index = related._index_for(renewed)
    renewed[-1].claims.append(_story("x", [("", None, "the harvest failed")]).claims[0])
    assert related._index_for(renewed) is not index
