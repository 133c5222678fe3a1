"""Speakers a pronoun or a description was given, checked against the passage (session 16), on
sentences written for the purpose (none copied from any corpus). A wrong speaker is worse than none.

- "he said" after a narration sentence naming two people the pronoun fits, as subject and object
  ("Pell faces Rob Lane"): the speaker of the quote run when that sentence is about them, else
  nobody; never the person named last.
- "it said" / "the company said": not the organisation named before when another organisation is
  named between it and the speaker word ("It bought Brindle Systems in March").
- "they said" after a sentence about a group ("Campaigners attacked the plan. They said ..."): an
  unnamed group, not the organisation that spoke before.
- "The actor refused" after "The actor's friend Jo Bell told ...": not Jo Bell, whom the
  description was given to as a possessor's friend.
- "said the spokesman" after "A spokesman for the Home Office said": not a spokesman the article
  names only later.
- "The airline said" after "..., unions said": not the lowercase group that spoke before.
- "he said" right after an organisation spoke: not the person who spoke before it.
- "'It is his first year,' he said" after "Coach X warned that Y needed a break. Y has struggled.":
  not Y, of whom the words speak, while X spoke just before.
"""

from __future__ import annotations

from nlp_util import speaker_of

# he / she after a sentence naming two people the pronoun fits

FINAL = (
    "Pell through to final\n\n"
    'Tom Pell said he was happy with his form. "I played well today," he said. '
    "Pell faces Rob Lane in the final on Sunday. "
    '"He is a great player and it will be hard," he added.'
)


def test_he_after_subject_and_object_is_the_quote_run_speaker() -> None:
    assert speaker_of(FINAL, "He is a great player") == "tom-pell"


def test_he_after_subject_and_object_with_no_speaker_before_stays_unresolved() -> None:
    text = FINAL.replace('Tom Pell said he was happy with his form. "I played well today," he said. ', "")
    text = text.replace("Pell faces Rob Lane", "Tom Pell faces Rob Lane")
    assert speaker_of(text, "He is a great player") is None


# "it said" / "the company said" after another organisation is named

DEAL = (
    "Grobco buys rival\n\n"
    "Grobco Holdings said profits rose by 10% last year. It bought Brindle Systems in March. "
    '"The deal has gone well," the company said.'
)


def test_the_company_after_another_company_was_named_stays_unresolved() -> None:
    assert speaker_of(DEAL, "The deal has gone well") is None


def test_it_after_another_company_was_named_stays_unresolved() -> None:
    text = DEAL.replace('"The deal has gone well," the company said.', "The deal has gone well, it said.")
    assert speaker_of(text, "The deal has gone well") is None


# "they said" after a sentence about a group

PLAN = (
    "Plan attacked\n\n"
    "Grobco Holdings said the new plant would open in May. Campaigners attacked the plan on Monday. "
    "They said the scheme would cost jobs."
)


def test_they_after_a_group_is_not_the_organisation_that_spoke_before() -> None:
    assert speaker_of(PLAN, "the scheme would cost jobs") is None


def test_quoted_they_after_residents_is_not_the_trust_that_spoke_before() -> None:
    text = (
        "Plan attacked\n\n"
        "The Tarbury Trust said the plan was fair. Local residents disagree. "
        '"It will ruin the town," they said.'
    )
    assert speaker_of(text, "It will ruin the town") is None


# a description given before to a possessor

ACTOR = (
    "Star turned down role\n\n"
    "Late film star Karl Brandt is said to have turned down his most famous role.\n\n"
    "The actor's friend Jo Lemmer told a magazine that Brandt's agent suggested he read the script. "
    'The actor refused, throwing the script at her and saying: "I will never play a gangster".'
)


def test_a_description_given_to_a_possessor_is_not_the_person_possessed() -> None:
    assert speaker_of(ACTOR, "I will never play") != "jo-lemmer"


# "said the spokesman" after an unnamed spokesman, with another spokesman named only later

SPOKESMEN = (
    "Plan for pupils\n\n"
    'A spokesman for the Home Office said the plan was sound. "We will act with care," said the spokesman. '
    "The spokesman stressed the rules would be kept.\n\n"
    "But Jo Lemmer, spokesman for the Tarbury Trust, said ministers had failed to reassure parents."
)


def test_the_spokesman_is_not_a_spokesman_named_only_later() -> None:
    assert speaker_of(SPOKESMEN, "the rules would be kept") != "jo-lemmer"


# "the airline said" after a lowercase group ("unions said")

AIRLINE = (
    "Airline cuts costs\n\n"
    "Tarbury Air has struck a $1bn cost-cutting deal with its pilots which could save it from bankruptcy. "
    "The deal would see pilots accept a 32% pay cut in return for the right to buy 30 million Tarbury shares, "
    "unions said. The airline also said it had agreed the terms of a $600m loan from Grobco Bank."
)


def test_the_airline_is_not_a_lowercase_group_that_spoke_before() -> None:
    assert speaker_of(AIRLINE, "it had agreed the terms") != "unions"


# "he said" right after an organisation spoke

BANK = (
    "Shops slow down\n\n"
    'Economist Tom Pell said prices would rise this year. "We expect more of the same," he said.\n\n'
    'Grobco Bank said spending would slow in the spring. "Shoppers are being careful," he said.'
)


def test_he_does_not_reach_back_over_an_organisation_that_spoke() -> None:
    assert speaker_of(BANK, "Shoppers are being careful") is None


# "'It is his first year,' he said" after a sentence about the player the coach spoke of

FLANKER = (
    "Rest for flanker\n\n"
    "After the match, coach Tom Pell warned that flanker Rob Lane needed a proper break. "
    "Lane, 21, was recently crowned player of the year but has struggled for form in recent weeks. "
    '"It is his first year at that level and he has not played near his best on tour," he said.'
)


def test_he_is_not_the_person_the_words_speak_of() -> None:
    assert speaker_of(FLANKER, "It is his first year") != "rob-lane"
