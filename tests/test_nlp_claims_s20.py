"""Claim extraction shapes of session 20, on sentences written for the purpose (none copied from
any corpus).

- A subject phrase too long to name a speaker is cut before the modifiers that close it when its
  head names someone who speaks (an office, a source, a share of people): "The Welsh rugby coach at
  the centre of the row over ticket sales to fans says ...", "62% of the 2,000 voters questioned by
  Pollco for the Daily Post said ...". A long phrase headed by a thing ("The reaction of ... suggests
  that ...") still states nothing.
- "one of the two sisters behind the Harbour Trust said ...": one of a group speaks (a bare "One
  said" stays unattributed); "One of the Leeds Six, Tom Pell, said ...": the person named after it.
- Content opening "this"/"last"/"next" is a time phrase only with a time noun in its first words:
  'says this strong line-up signals "..."' (a verb tagged a noun) and 'called this "deeply unfair"'
  are statements.
- "Despite this Finnish security lab F-Guard said ..." (no comma after the opening phrase): the
  name closing it is the verb's subject.
- A long subject is cut past a name in apposition ("the biggest firm, Grobco Oil and Gas
  Corporation (GOGC), says"), not past a common noun after a comma (as often a parse gone wrong).
- "..., Cablenet predicts." with the name and verb read as adjective and noun: when the parse found
  no claim, a name and a reporting verb closing the sentence attribute the clause before the comma.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_triples = claim_rows("speaker speaker_id content")


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The Welsh rugby coach at the centre of the row over ticket sales to fans says he will not resign.",
            "The Welsh rugby coach at the centre of the row",
            "he will not resign",
        ),
        (
            "And 62% of the 2,000 voters questioned by Pollco for the Daily Post said ministers broke their promises.",
            "62% of the 2,000 voters questioned by Pollco",
            "ministers broke their promises",
        ),
    ],
)
def test_long_subject_cut_before_its_closing_modifiers(sentence: str, speaker: str, content: str) -> None:
    assert _triples("Row\n\n" + sentence) == [(speaker, None, content)]


def test_long_subject_headed_by_a_thing_states_nothing() -> None:
    text = (
        "Owners\n\nThe reaction of the club's owners and the town council to the arrival of the new manager "
        "suggests that the board was divided."
    )
    assert claims_of(text) == []


def test_one_of_a_group_speaks() -> None:
    text = "Trust\n\nBut one of the two sisters behind the Harbour Trust said the charity had also held talks with the council."
    assert _triples(text) == [
        ("one of the two sisters behind the Harbour Trust", None, "the charity had also held talks with the council")
    ]


def test_one_of_a_group_named_after_the_comma() -> None:
    text = (
        "Six\n\nThe families had waited for years. One of the Leeds Six, Tom Pell, said the families were "
        "delighted with the ruling."
    )
    assert _triples(text) == [("Tom Pell", "tom-pell", "the families were delighted with the ruling")]


def test_bare_one_is_nobody() -> None:
    assert claims_of("Six\n\nThe men were freed on Monday. One said he was happy.") == []


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            'Festival head Ann Cole says this strong line-up signals "a new era for British films".',
            "Ann Cole",
            'this strong line-up signals "a new era for British films"',
        ),
        (
            'The committee called this "deeply unfair" but the minister said the scheme worked.',
            "The committee",
            'this "deeply unfair"',
        ),
    ],
)
def test_content_opening_this_without_a_time_noun(sentence: str, speaker: str, content: str) -> None:
    found = [(c.speaker, c.content) for c in claims_of("Film\n\n" + sentence)]
    assert (speaker, content) in found


def test_this_week_is_still_a_time() -> None:
    assert [c.content for c in claims_of("Film\n\nAnn Cole spoke at the festival this week.")] == []


def test_name_closing_an_opening_phrase_without_comma() -> None:
    text = (
        "Phones\n\nDespite this Finnish security lab F-Guard said it had sporadic reports of owners being "
        "caught out by it."
    )
    assert _triples(text) == [("F-Guard", "f-guard", "it had sporadic reports of owners being caught out by it")]


def test_long_subject_with_a_named_apposition() -> None:
    text = (
        "Oil\n\nThe country's biggest state-owned oil exploration firm, Grobco Oil and Gas Corporation (GOGC), "
        "says it is in talks to buy the assets of a troubled Russian producer."
    )
    assert [c.content for c in claims_of(text)] == ["it is in talks to buy the assets of a troubled Russian producer"]


def test_name_and_verb_closing_the_sentence_misparsed() -> None:
    # "Cablenet predicts" read as an adjective and a noun: the clause before the comma is its words
    text = (
        "TV\n\nThe service is similar to rival boxes. It could sound the death knell for some TV channels, "
        "Cablenet predicts."
    )
    assert [(c.speaker, c.content) for c in claims_of(text)] == [
        ("Cablenet", "It could sound the death knell for some TV channels")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Even before IBM announced this latest spending boost it was among the biggest backers of free software.",
        "Intel announced this latest research boost on Monday.",
    ],
)
def test_announced_this_thing_states_nothing(sentence: str) -> None:
    # with "this" no longer a time phrase on its own, the thing announced is still no statement
    assert claims_of("Linux\n\n" + sentence) == []
