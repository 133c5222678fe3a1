"""Related claims, session 26: an office or a position written before a person's name ("Arsenal
defender X", "shadow chancellor X") says who the claim is about, not what it reports. Read in a
blind sample (bench/eval_related.py, blind-s26-random): a manager's alibi for a meeting "with
<club> defender X" was shown beside his "defender Y" (a fragment of a team-news line), the two
sharing only the manager and the word "defender"; corpus-wide the same shape joined two attacks on
one shadow chancellor and a club's "no bids for the former <club> striker" with another club's
chase of another striker. Such a word still counts in the score, as any word, but is no evidence of
one fact. Tested on sentences written for the purpose.
"""

from __future__ import annotations

from belreader.nlp.records import Analysis, Mention
from belreader.nlp.related import claim_features, stem

from nlp_util import make_claim, related_ids

MANAGER = "Otto Brackwell"


def _story(article_id: str, content: str, people: tuple[str, ...], speaker: str = MANAGER) -> Analysis:
    """One sentence, "<speaker> said <content>.", and a PERSON mention for each of `people` in it."""
    intro = f"{speaker} said "
    sentence = f"{intro}{content}."
    mentions = [
        Mention(name.lower().replace(" ", "-"), name, "PERSON", sentence.find(name), sentence.find(name) + len(name), 0)
        for name in (speaker, *people)
        if name in sentence
    ]
    claim = make_claim(
        article_id,
        content,
        len(intro),
        speaker=speaker,
        speaker_id=speaker.lower().replace(" ", "-"),
        sentence=(0, len(sentence)),
    )
    return Analysis(
        article_id=article_id, content_hash=f"h-{article_id}", backend="test", mentions=mentions, claims=[claim]
    )


def _world(*stories: Analysis) -> list[Analysis]:
    # made-up words make the corpus large enough for "defender" and the manager to be rare, and nothing common
    filler = [
        _story(f"f{i}", f"blorp{i} zindle{i} quaffo{i} trezzy{i}", (), speaker=f"someone {i}") for i in range(300)
    ]
    return [*stories, *filler]


_ids = related_ids


ALIBI = "he was in Lisbon with his family on the day of the alleged meeting with Dunmore defender Tobias Kell"


def test_a_position_before_a_name_is_no_evidence_of_one_fact() -> None:
    # one manager's two remarks, sharing only him and "defender" (each before another player's name)
    alibi = _story("alibi", ALIBI, ("Tobias Kell",))
    team = _story("team", "defender Ruben Vosk", ("Ruben Vosk",))
    world = _world(alibi, team)
    assert _ids(alibi.claims[0], world) == []
    assert _ids(team.claims[0], world) == []


def test_an_office_of_two_words_before_a_name_is_no_evidence_either() -> None:
    attack = _story(
        "attack", "shadow chancellor Ada Brill plans cuts deep enough to close every library", ("Ada Brill",)
    )
    insult = _story("insult", "shadow chancellor Ada Brill as a modern Scrooge", ("Ada Brill",), speaker="Lena Moss")
    world = _world(attack, insult)
    assert _ids(insult.claims[0], world) == []


def test_the_same_sentence_with_a_position_before_a_name_still_finds_its_reprint() -> None:
    said = "defender Ruben Vosk will miss the cup final with a knee injury"
    first, reprint = _story("first", said, ("Ruben Vosk",)), _story("reprint", said, ("Ruben Vosk",))
    assert _ids(first.claims[0], _world(first, reprint)) == ["reprint#s000020"]


def test_a_title_said_of_someone_is_still_a_word_of_the_claim() -> None:
    # "coach" is what the claim reports here (he stays coach), not a title before a name
    first = _story("first", "he will not resign as national coach before the spring tour", ())
    second = _story("second", "he would never resign as national coach over one defeat", ())
    assert _ids(first.claims[0], _world(first, second)) == ["second#s000020"]


def _titles(content: str, *people: str) -> set[str]:
    story = _story("t", content, people)
    return set(claim_features(story.claims[0], story).titles)


def test_the_words_of_an_office_before_a_name() -> None:
    assert _titles("a meeting with Dunmore defender Tobias Kell", "Tobias Kell") == {stem("defender")}
    assert _titles("shadow chancellor Ada Brill plans cuts", "Ada Brill") == {stem("shadow"), stem("chancellor")}
    assert _titles("US business tycoon Ada Brill", "Ada Brill") == set()  # a role noun is told alone too
    assert _titles("Ada Brill plans cuts", "Ada Brill") == set()
    assert _titles("the defender, Tobias Kell, will play", "Tobias Kell") == set()  # not next to the name
