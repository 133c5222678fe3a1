"""Related claims, session 27 round 2: the same account in two versions of one story takes one place.
Read in a blind sample (bench/eval_related.py, blind-s27-random): two versions of one story, each holding
the same line from the same speaker, filled two of the three places with it, and another account of the
fact was left out. A match that is the same sentence word for word as one ranked above it, from the same
speaker (as written, or by id), in another article, is now folded into it (`RelatedMatch.copies`, "also in
1 other article") and takes no place. Tested on sentences written for the purpose.
"""

from __future__ import annotations

from belreader.nlp.records import Analysis, Mention
from belreader.nlp.related import related_matches

from nlp_util import filler_stories, make_claim


def _story(article_id: str, content: str, speaker: str, speaker_id: str | None) -> Analysis:
    """One sentence, "<speaker> said <content>.", with an ORG mention for a speaker with an id and for the
    firms it names."""
    intro = f"{speaker} said "
    sentence = f"{intro}{content}."
    mentions = [Mention(speaker_id, speaker, "ORG", 0, len(speaker), 0)] if speaker_id else []
    for name in ("Quellbrook", "Vornix", "Tarbel"):  # the firms named in the claim
        if (at := content.find(name)) >= 0:
            mentions.append(Mention(name.lower(), name, "ORG", len(intro) + at, len(intro) + at + len(name), 0))
    claim = make_claim(
        article_id, content, len(intro), speaker=speaker, speaker_id=speaker_id, sentence=(0, len(sentence))
    )
    return Analysis(
        article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=mentions, claims=[claim]
    )


def _world(*stories: Analysis) -> list[Analysis]:
    # made-up words make the corpus large enough for the stories' words to be rare
    filler = filler_stories()
    return [*stories, *filler]


def test_the_same_line_in_two_versions_of_a_story_takes_one_place() -> None:
    line = "the Vornix harvester will carry the Quellbrook grain loader as its standard loader"
    asked = _story("asked", "a deal to fit the Quellbrook grain loader to the Vornix harvester", "Tarbel", "tarbel")
    first = _story("first", line, "Quellbrook", "quellbrook")
    second = _story("second", line, "Quellbrook", "quellbrook")
    other = _story(
        "other", "Tarbel agreed a loader deal with Quellbrook after talks on prices and staff", "a broker", None
    )
    matches = related_matches(asked.claims[0], _world(asked, first, second, other), limit=2)
    assert [m.claim.id for m in matches] == [first.claims[0].id, other.claims[0].id]
    assert [c.id for c in matches[0].copies] == [second.claims[0].id]
    assert matches[0].reason.endswith("also in 1 other article")


def test_two_reprints_of_the_claim_asked_about_are_one_line() -> None:
    line = "the Quellbrook grain loader will be fitted to every Vornix harvester from spring"
    asked = _story("asked", line, "Quellbrook", "quellbrook")
    first = _story("first", line, "Quellbrook", "quellbrook")
    second = _story("second", line, "Quellbrook", "quellbrook")
    matches = related_matches(asked.claims[0], _world(asked, first, second), limit=3)
    assert [(m.claim.id, [c.id for c in m.copies]) for m in matches] == [(first.claims[0].id, [second.claims[0].id])]


def test_the_same_words_from_two_speakers_are_two_accounts() -> None:
    # two firms putting out one line each: two accounts, not one story told twice
    line = "the Quellbrook grain loader deal is worth $4.35bn in cash and shares"
    asked = _story("asked", "Quellbrook agreed a $4.35bn loader deal", "an analyst", None)
    first = _story("first", line, "Tarbel", "tarbel")
    second = _story("second", line, "Morvane", "morvane")
    matches = related_matches(asked.claims[0], _world(asked, first, second), limit=3)
    assert sorted(m.claim.id for m in matches) == sorted([first.claims[0].id, second.claims[0].id])
    assert all(not m.copies for m in matches)


def test_a_longer_version_of_the_line_is_not_a_copy() -> None:
    asked = _story("asked", "a deal to fit the Quellbrook grain loader to the Vornix harvester", "Tarbel", "tarbel")
    first = _story(
        "first", "the Vornix harvester will carry the Quellbrook grain loader as standard", "Quellbrook", "quellbrook"
    )
    second = _story(
        "second",
        "the Vornix harvester will carry the Quellbrook grain loader, and its seed drill, from the spring",
        "Quellbrook",
        "quellbrook",
    )
    matches = related_matches(asked.claims[0], _world(asked, first, second), limit=3)
    assert sorted(m.claim.id for m in matches) == sorted([first.claims[0].id, second.claims[0].id])
