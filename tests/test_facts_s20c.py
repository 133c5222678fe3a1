"""One predicate said of two subjects (session 20c, issue 14): two claims naming no actor of their own
("earnings growth would slow") say it of what their articles are about (`_main_actors`: the actors
named most often); when those differ (an airline's results, a story on steel firms) the same words are
two statements, unless the same words are said or a figure of the same thing. Sentences written here;
analyses made by hand."""

from __future__ import annotations

import re

from belreader import facts
from belreader.nlp.records import Analysis, Entity, Mention

from nlp_util import make_article, make_claim

NAMES = {
    "Freedonia Air": ("freedonia-air", "ORG"),
    "Sylvania Steel": ("sylvania-steel", "ORG"),
    "Harbour Works": ("harbour-works", "ORG"),
    "Freedonia": ("freedonia", "PLACE"),
    "Sylvania": ("sylvania", "PLACE"),
}


def story(article_id: str, body: str, said: str, speaker: str, speaker_id: str | None = None):
    """An article of paragraphs (blank lines between them) with one claim, `said`, by `speaker`, in the
    sentence that holds it; its names found from NAMES."""
    article = make_article(body, article_id)
    text = article.body
    mentions: list[Mention] = []
    for name, (entity_id, label) in NAMES.items():  # longest names first
        for found in re.finditer(rf"\b{re.escape(name)}\b", text):
            if not any(m.start <= found.start() < m.end for m in mentions):
                paragraph = next(p.index for p in article.paragraphs if p.start <= found.start() <= p.end)
                mentions.append(Mention(entity_id, name, label, found.start(), found.end(), paragraph))
    entities: dict[str, Entity] = {}
    for m in mentions:
        entities.setdefault(m.entity_id, Entity(m.entity_id, m.text, m.label, None, [m.text], 1))
    start = text.index(said)
    paragraph = next(p for p in article.paragraphs if p.start <= start <= p.end)
    sentence_start = max(text.rfind(". ", paragraph.start, start) + 2, paragraph.start)
    sentence_end = text.find(".", start) + 1
    claim = make_claim(
        article_id,
        said,
        start,
        paragraph=paragraph.index,
        speaker=speaker,
        speaker_id=speaker_id,
        sentence=(sentence_start, sentence_end),
    )
    return Analysis(article_id, "", "test", mentions, list(entities.values()), [claim], []), article


def account(article_id: str, body: str, said: str, speaker: str, speaker_id: str | None = None) -> facts.Account:
    """The claim's account as grouping makes it (`_Accounts`: its story's actors and main actors too)."""
    analysis, article = story(article_id, body, said, speaker, speaker_id)
    accounts = facts._Accounts([analysis], {article_id: article}, {})
    return accounts[analysis.claims[0].id]


AIRLINE = (
    "Freedonia Air has posted a record profit for the half year.\n\n"
    "Freedonia Air shares fell, however, after it warned that earnings growth would slow in the second half. "
    "Bookings from Sylvania dipped after the storms, Freedonia Air said."
)
STEEL = (
    "Shares in steel makers fell across the world on worries over the price of ore.\n\n"
    "Sylvania Steel lost 3% and Harbour Works 2%. The boom is not over, but analysts say that earnings "
    "growth may slow. Sylvania Steel had been expected to raise its prices again. Most of the ore is "
    "mined in Sylvania."
)
AIRLINE_AGAIN = (
    "Freedonia Air made more money than ever in the half year.\n\n"
    "Its shares dropped as the airline said earnings growth was set to slow in the months ahead. "
    "Freedonia Air blamed the storms."
)


def test_the_main_actors_are_those_an_article_names_most():
    analysis, _ = story("a", AIRLINE, "earnings growth would slow in the second half", "it", "freedonia-air")
    assert facts._main_actors(analysis) == {"freedonia-air"}  # Sylvania, named once, is in passing
    analysis, _ = story("s", STEEL, "earnings growth may slow", "analysts")
    assert facts._main_actors(analysis) == {"sylvania-steel"}
    once = story("o", "Harbour Works said that earnings growth may slow.", "earnings growth may slow", "x")[0]
    assert facts._main_actors(once) == frozenset()  # an actor named once: no telling what the story is about


def test_one_predicate_said_of_two_subjects_is_two_statements():
    airline = account("a", AIRLINE, "earnings growth would slow in the second half", "it", "freedonia-air")
    steel = account("s", STEEL, "earnings growth may slow", "analysts")
    assert not airline.entities and not steel.entities  # neither names an actor of its own
    assert airline.story_actors & steel.story_actors  # Sylvania named in both: the old test keeps them
    assert airline.main_actors == {"freedonia-air"} and steel.main_actors == {"sylvania-steel"}
    assert facts._of_two_subjects(airline, steel)
    assert facts._apart_by_their_stories(airline, steel)


def test_one_subject_told_in_other_words_is_kept(monkeypatch):
    airline = account("a", AIRLINE, "earnings growth would slow in the second half", "it", "freedonia-air")
    again = account("b", AIRLINE_AGAIN, "earnings growth was set to slow in the months ahead", "the airline")
    assert again.main_actors == {"freedonia-air"}
    assert not facts._of_two_subjects(airline, again)
    assert not facts._apart_by_their_stories(airline, again)
    # a story whose subject is not known (no actor named twice) is not judged
    unknown = account("u", "Analysts say that earnings growth may slow.", "earnings growth may slow", "analysts")
    assert not facts._of_two_subjects(airline, unknown)


def test_the_same_words_or_a_figure_of_the_same_thing_keep_two_subjects():
    said = "a new ship is launched every 5.8 days"
    one = account("a", AIRLINE.replace("earnings growth would slow in the second half", said), said, "it")
    other = account("s", STEEL.replace("earnings growth may slow", said), said, "analysts")
    assert one.main_actors != other.main_actors
    assert not facts._of_two_subjects(one, other)  # one finding cited in two stories on other subjects
    worded = "earnings growth would slow in the second half"
    twice = account("s", STEEL.replace("earnings growth may slow", worded), worded, "analysts")
    airline = account("a", AIRLINE, worded, "it", "freedonia-air")
    assert not facts._of_two_subjects(airline, twice)  # four words and more in a row: the same words said


def test_a_claim_naming_an_actor_of_its_own_is_left_to_its_actors():
    said = "Sylvania Steel's earnings growth may slow"
    named = account("s", STEEL.replace("earnings growth may slow", said), said, "analysts")
    airline = account("a", AIRLINE, "earnings growth would slow in the second half", "it", "freedonia-air")
    assert named.entities
    assert not facts._apart_by_their_stories(airline, named)
