"""Speakers that continue the person a report is about (session 10), on sentences written for
the purpose (none copied from any corpus). A sentence-opening "he"/"she", or an epithet such as
"the 22-year-old" or "the American", refers to the person who opens the narration sentence just
before as its subject, even when that sentence names other people later (objects, relative
clauses). Where the text does not settle who spoke (two subjects, a passive's agent, a possessive,
another name before the pronoun, a description that may name someone else), the speaker stays
unresolved: a wrong speaker is worse than none."""

from __future__ import annotations

import pytest

from nlp_util import speaker_of

RESOLVED = {
    # the subject of the sentence before, other people named only in its relative clause
    "subject-relative-new-paragraph": (
        "Music lessons\n\nPupils will learn about piracy.\n\n"
        "Songwriter Tom Pell, who has worked with stars including Rob Lane, has backed the scheme.\n\n"
        "He said the lessons would help young people.",
        "the lessons",
        "tom-pell",
    ),
    # the last speaker opens the sentence before; the player named in its object is not the topic
    "speaker-subject-object": (
        "Cup tie\n\nRob Wardle said there had been no bids for the striker. "
        '"We have had no offers," he said.\n\n'
        "Wardle did stress that the club was not inviting offers for winger Shaun Pike.\n\n"
        'He added: "I have no intention of selling him."',
        "I have no",
        "rob-wardle",
    ),
    # a paragraph that opens with narration, after an opening phrase: the subject before
    "paragraph-opening-narration": (
        "Budget leak\n\nThe Lib Dems called for Peter Hain to make a statement.\n\n"
        "In the Commons, Tory MP Andrew Tyrell demanded an inquiry into the leak.\n\n"
        "Raising a point of order, he said it was a breach of confidentiality.",
        "it was a breach",
        "andrew-tyrell",
    ),
    # an epithet: the person who opens the sentence before, when the only person named there
    "nationality-epithet": (
        'Tennis\n\nAndy Rudd won his first title in Paris on Sunday. "I am delighted," said the American.',
        "I am delighted",
        "andy-rudd",
    ),
    "age-epithet-new-paragraph": (
        "Tennis\n\nTom Pell said the event had been a success.\n\nThe tournament ended on Sunday.\n\n"
        "Andy Rudd won his first title in Paris.\n\n"
        "The 24-year-old said he had worked hard all winter.",
        "he had worked",
        "andy-rudd",
    ),
    # names in the content before ", he said" are not names before the pronoun
    "names-in-content": (
        "Aid\n\nThe bill could rise, bank governor Sunil Mehta told reporters.\n\n"
        "Tom Pell said the bill was too high.\n\n"
        "The state is asking the International Monetary Fund for $300m, he said.",
        "The state is asking",
        "tom-pell",
    ),
}


@pytest.mark.parametrize("name", sorted(RESOLVED))
def test_continues_the_subject(name: str) -> None:
    text, start, expected = RESOLVED[name]
    assert speaker_of(text, start) == expected


UNRESOLVED = {
    # two people open the sentence together: either may speak
    "coordinated-subjects": (
        'Cup tie\n\nThe match was tense.\n\nHarry Sowden and Laurent Rupert met on Monday. "It was hard," he said.',
        "It was hard",
        {"harry-sowden", "laurent-rupert"},
    ),
    # the object right after the verb may speak as well as the subject
    "direct-object": (
        'Cup tie\n\nThe match was tense.\n\nHarry Sowden beat Laurent Rupert in straight sets. "It was hard," he said.',
        "It was hard",
        {"harry-sowden", "laurent-rupert"},
    ),
    # a passive: the agent may be who "he" is
    "passive-agent": (
        "Cup tie\n\nThe match was tense.\n\nHarry Sowden was beaten by Laurent Rupert in straight sets. "
        '"It was hard," he said.',
        "It was hard",
        {"harry-sowden", "laurent-rupert"},
    ),
    # a possessive opens the sentence: the agent speaks, not the player
    "possessive-opener": (
        "Cup tie\n\nThe match was tense.\n\nHarry Sowden's agent met Laurent Rupert on Monday. "
        '"It was hard," he said.',
        "It was hard",
        {"harry-sowden", "laurent-rupert"},
    ),
    # another name (untagged or not) before the pronoun in its own sentence
    "name-before-pronoun": (
        "Transfer\n\nAston Villa's Tom Pellow is waiting to learn the future of his manager.\n\n"
        'O\'Hara has been in talks over a new deal and he said: "I had a message from his agent."',
        "I had a message",
        {"tom-pellow"},
    ),
    # an epithet after a sentence naming two people: it may name either
    "epithet-two-people": (
        "Tennis\n\nThe final was tense.\n\nAndy Rudd beat Tom Pell in Paris on Sunday. "
        '"I am delighted," said the American.',
        "I am delighted",
        {"andy-rudd", "tom-pell"},
    ),
    # the article gives the person another nationality
    "epithet-other-nationality": (
        "Tennis\n\nThe final was tense.\n\nSwiss star Andy Rudd won his first title in Paris. "
        '"I am delighted," said the American.',
        "I am delighted",
        {"andy-rudd"},
    ),
    # the word's gender does not fit
    "epithet-gender": (
        "Tennis\n\nThe final was tense.\n\nAndy Rudd won his first title in Paris. "
        "The Frenchwoman said she was delighted.",
        "she was delighted",
        {"andy-rudd"},
    ),
    # a name in an opening clause before the epithet may be whom it describes
    "name-in-opening-clause": (
        "Final\n\nThe crowd was loud.\n\nRoger Fedorov - nice man, fine player.\n\n"
        'When Lleyton Hewson shook his hand after the match, the Australian said: "You are the best."',
        "You are the best",
        {"roger-fedorov"},
    ),
    # someone introduced by their tie to another ("His wife Sharon") is not who the report is about
    "tie-to-another": (
        "Burglary\n\nThe house was empty.\n\nHis wife Sharon Oswin, who called the police, said her rings "
        "were taken.\n\nThe rock star said he could have been killed.",
        "he could have been",
        {"sharon-oswin"},
    ),
    # a name that modifies the name after it ("Scissor Sisters frontwoman X") is not the subject
    "modifier-before-name": (
        "Awards\n\nThe show ended late.\n\nGlass Hammers frontwoman Ana Marsh collected the prize. "
        '"We never expected this," she told the audience.',
        "We never expected",
        {"glass-hammers"},
    ),
    # the only person named nearby is named in a modifier ("a Tom Pell strike"), not as anyone's
    # subject: the manager who speaks may be someone the model did not tag
    "person-as-modifier": (
        "Cup tie\n\nAn early goal followed by a Tom Pell strike won the game for the visitors. "
        '"We did well," he said after the match.',
        "We did well",
        {"tom-pell"},
    ),
}


@pytest.mark.parametrize("name", sorted(UNRESOLVED))
def test_not_guessed(name: str) -> None:
    text, start, wrong = UNRESOLVED[name]
    assert speaker_of(text, start) not in wrong
