"""Two predicates (session 21, issue 14): two speakers' claims on one subject that each state an
action the other does not ("Mr X orchestrated the scheme" / "Mr X knew about the entries"), with no
figure both give and not the same words said, are two statements; words both say that only name the
thing both describe ("pirated versions of its software") are not the same words said. Sentences
written here; analyses made by hand."""

from __future__ import annotations

import re

from belreader import facts
from belreader.nlp.records import Analysis, Entity, Mention

from nlp_util import make_article, make_claim

NAMES = {
    "Harbour Soft": ("harbour-soft", "ORG"),
    "Harbour Works": ("harbour-works", "ORG"),
    "Mr Quill": ("quill", "PERSON"),
    "Lantern Phones": ("lantern-phones", "ORG"),
    "Melody": ("melody", "ORG"),
}


def account(article_id: str, body: str, said: str, speaker: str, speaker_id: str | None = None) -> facts.Account:
    """The account of one claim, `said` by `speaker` in a one-paragraph article `body`; names from NAMES."""
    article = make_article(body, article_id)
    text = article.body
    mentions: list[Mention] = []
    for name, (entity_id, label) in NAMES.items():
        for found in re.finditer(rf"\b{re.escape(name)}\b", text):
            mentions.append(Mention(entity_id, name, label, found.start(), found.end(), 0))
    entities: dict[str, Entity] = {}
    for m in mentions:
        entities.setdefault(m.entity_id, Entity(m.entity_id, m.text, m.label, None, [m.text], 1))
    start = text.index(said)
    sentence_start = max(text.rfind(". ", 0, start) + 2, 0)
    claim = make_claim(
        article_id,
        said,
        start,
        speaker=speaker,
        speaker_id=speaker_id,
        sentence=(sentence_start, text.find(".", start) + 1),
    )
    analysis = Analysis(article_id, "", "test", mentions, list(entities.values()), [claim], [])
    return facts._Accounts([analysis], {article_id: article}, {})[claim.id]


CASE = "Mr Quill orchestrated a scheme at Harbour Works, ordering clerks to hide losses and inflate sales"
TESTIMONY = "Mr Quill knew about the false entries that were made to conceal mounting losses and inflate revenue"


def test_a_case_argued_and_a_witness_testimony_are_two_statements():
    a = account("news/001", f"Prosecutors have argued that {CASE}.", CASE, "Prosecutors")
    b = account("news/002", f"The former treasurer said {TESTIMONY}.", TESTIMONY, "The former treasurer")
    assert facts._action_stems(a.claim.content) and facts._action_stems(b.claim.content)
    assert not facts._said_alike(a, b)  # nothing else parts them: no run, no figure
    assert facts._two_predicates(a, b)
    assert facts._two_predicates(b, a)


def test_one_action_told_by_two_sources_is_one_fact():
    said = "Mr Quill ordered clerks to hide losses at Harbour Works"
    again = "Mr Quill ordered his staff to hide the losses"
    a = account("news/001", f"Prosecutors said {said}.", said, "Prosecutors")
    b = account("news/002", f"The former treasurer said {again}.", again, "The former treasurer")
    assert not facts._two_predicates(a, b)


def test_a_figure_both_give_or_one_speaker_is_left_to_other_rules():
    said = "the Beacon chip will be up to 10 times more powerful than existing processors"
    again = "the Beacon chip, which will drive the new console, will run 10-times faster than current chips"
    a = account("tech/001", f"The three firms said {said}.", said, "The three firms")
    b = account("tech/002", f"Its designers said {again}.", again, "its designers")
    assert facts._action_stems(said).isdisjoint(facts._action_stems(again))
    assert not facts._two_predicates(a, b)  # both give 10
    a1 = account("news/001", f"Mr Quill said {CASE}.", CASE, "Mr Quill", "quill")
    b1 = account("news/002", f"Mr Quill said {TESTIMONY}.", TESTIMONY, "Mr Quill", "quill")
    assert not facts._two_predicates(a1, b1)


CLAMP = "it is clamping down on people running copied versions of its Beacon software by restricting their updates"
UPDATE = "the major update to Beacon, Pack 2, would not work with the most widely copied versions of its software"


def test_a_run_that_only_names_the_thing_is_not_the_same_words():
    a = account("tech/001", f"Harbour Soft says {CLAMP}.", CLAMP, "Harbour Soft", "harbour-soft")
    b = account("tech/002", f"In June, the software giant said that {UPDATE}.", UPDATE, "the software giant")
    assert facts._shared_runs(a.claim.content, b.claim.content, facts.SAME_RUN) == [("copied", "versions", "of", "its")]
    assert facts._modifiers_of_one_noun(a.claim.content, b.claim.content) == {"copi"}
    assert facts._said_alike(a, b)  # the run of four words: kept before
    assert facts._two_predicates(a, b)


def test_a_run_beside_an_actor_both_name_is_the_same_words():
    said = "Melody was making sure it kept a foot in the door with its deal with Lantern Phones to produce a version of Melody for Lantern Phones handsets"
    again = "a version of Melody music software would be released which would work with Lantern Phones handsets"
    a = account("tech/001", f"An analyst said {said}.", said, "An analyst")
    b = account("tech/002", f"The two firms said {again}.", again, "The two firms")
    assert set(a.entities) & set(b.entities)
    assert not facts._two_predicates(a, b)
    # the same words with no actor both name: only the name of the thing
    bare, bare_again = (
        said.replace("Melody", "the player").replace("Lantern Phones", "the phone maker"),
        again.replace("Melody", "the player").replace("Lantern Phones", "the phone maker"),
    )
    c = account("tech/003", f"An analyst said {bare}.", bare, "An analyst")
    d = account("tech/004", f"The two firms said {bare_again}.", bare_again, "The two firms")
    assert not set(c.entities) & set(d.entities)
    assert facts._two_predicates(c, d)


def test_forced_to_and_a_passive_are_no_description_of_a_thing():
    assert facts._modifiers_of_one_noun("would be forced to raise taxes", "will be forced to increase taxes") == set()
    assert facts._modifiers_of_one_noun("the firm had mounting losses", "costs and mounting losses") == {"mount"}
    assert facts._modifiers_of_one_noun("sales were soaring sharply", "profits are soaring sharply") == set()


def test_a_determiner_after_to_is_no_action():
    demand = "on Monday it was time for the harbour master to say sorry to the dockers"
    again = "the harbour master must apologise on Friday for his remarks about the dockers"
    a = account("news/001", f"Mr Firefly insisted {demand}.", demand, "Mr Firefly")
    b = account("news/002", f"Mrs Teasdale said {again}.", again, "Mrs Teasdale")
    assert "the" in facts._action_stems(demand)  # `_action_stems` reads "to the" as a verb
    assert not facts._two_predicates(a, b)  # none left: not judged
