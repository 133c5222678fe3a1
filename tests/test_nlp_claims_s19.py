"""Claim extraction shapes of session 19, on sentences written for the purpose (none copied from
any corpus).

- A meeting's minutes report like a document ("..., the minutes showed"); "minutes" as a time
  ("on 59 minutes as his corner found ...") reports nothing, and neither does a document someone
  "expected to show" something.
- A quoted sentence with no attribution of its own, right after a sentence whose active subject is
  a named person ("Harbour Trust director Tom Pellow criticised the scheme. "There is ..."), is that
  person's words; not after a passive, a name in an object, a pronoun, a name followed by a
  preposition, or when another speaker's direct quote comes before in the paragraph.
- "X was quoted as saying ...", "X was quoted in the Daily Post saying: "..."": X speaks.
- "- Rovers boss Tom Pask: "We ..."": a quote after a colon that follows only a person's name and
  description is theirs; not when a verb comes before the name.
- '"...," Tom Kapor is reported as saying.' and '"...," he is quoted as saying by the Daily Post.':
  the passive's subject speaks; 'described by Ann Cole as "..."': the named agent does.
- A quote reopened sentence by sentence ('"A," he said. "B. "C."') is one claim through its last
  sentence; a later sentence with an attribution of its own stays its own claim.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_pairs = claim_rows("speaker content")


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            "The committee voted unanimously to keep rates steady, minutes of the meeting showed on Wednesday.",
            "minutes of the meeting",
            "The committee voted unanimously to keep rates steady",
        ),
        (
            "Worries over growth were behind the decision to hold rates, the minutes showed.",
            "the minutes",
            "Worries over growth were behind the decision to hold rates",
        ),
        (
            "The minutes showed that two members had voted to raise rates.",
            "The minutes",
            "two members had voted to raise rates",
        ),
    ],
)
def test_minutes_report_like_a_document(sentence: str, speaker: str, content: str) -> None:
    assert _pairs("Rates\n\n" + sentence) == [(speaker, content)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rovers took the lead on 59 minutes as Tom Pask's corner found Ed Rigby, whose volley flew in.",
        "The news surprised analysts who had expected the latest minutes to show another unanimous vote.",
        "The last ten minutes showed how tired the players were.",
    ],
)
def test_minutes_as_a_time_or_an_expectation_report_nothing(sentence: str) -> None:
    assert _pairs("Match\n\n" + sentence) == []


_BEFORE = "Fees\n\nThe council will vote on the plan next week. "
_QUOTE = '"There is just no logic to a system that charges families more in the north."'


@pytest.mark.parametrize(
    ("narration", "speaker"),
    [
        ("Harbour Trust director Tom Pellow criticised the existing scheme.", "Tom Pellow"),
        ("Writing in the Daily Post, Ann Cole set out her view of the plan.", "Ann Cole"),
        ("Tom Pellow, the trust's director, has attacked the scheme.", "Tom Pellow"),
    ],
)
def test_a_quote_after_a_named_subject_is_theirs(narration: str, speaker: str) -> None:
    claims = claims_of(_BEFORE + narration + " " + _QUOTE)
    assert [(c.speaker, c.content) for c in claims] == [(speaker, _QUOTE.strip('"'))]


@pytest.mark.parametrize(
    "narration",
    [
        "Police arrested Tom Pellow on Monday.",  # the name is an object
        "Tom Pellow was praised by the mayor.",  # a passive
        "He criticised the existing scheme.",  # a pronoun: whose is a guess
        "But Tom Pellow in the 1990s became a local hero.",  # no verb after the name
        "Tom Pellow's lawyer criticised the existing scheme.",  # a possessive
    ],
)
def test_no_speaker_is_guessed_for_the_quote(narration: str) -> None:
    assert claims_of(_BEFORE + narration + " " + _QUOTE) == []


def test_another_speakers_quote_before_keeps_the_quote_from_the_subject() -> None:
    text = (
        'Squad\n\n"We will pick the best side we can," said coach Ed Rigby. '
        "Forward Tom Pask looks certain to get the call. "
        '"I learned lessons from the last tour and every player has to be fit."'
    )
    assert "Tom Pask" not in [c.speaker for c in claims_of(text)]


def test_a_quote_opening_its_paragraph_is_not_given_to_the_subject_before() -> None:
    text = "Fees\n\nHarbour Trust director Tom Pellow criticised the existing scheme.\n\n" + _QUOTE
    assert all(c.speaker != "Tom Pellow" or c.content != _QUOTE.strip('"') for c in claims_of(text))


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        (
            'Mr Pask was quoted in the Daily Post newspaper saying: "I feel the party has over-reacted."',
            "Pask",
            "I feel the party has over-reacted.",
        ),
        (
            "Ann Cole was quoted as saying that it was key to bring aid quickly.",
            "Ann Cole",
            "it was key to bring aid quickly",
        ),
        (
            "Jo Pask was quoted by the Daily Post as saying the carrier could no longer afford to stay.",
            "Jo Pask",
            "the carrier could no longer afford to stay",
        ),
    ],
)
def test_the_one_quoted_speaks(sentence: str, speaker: str, content: str) -> None:
    assert _pairs("Row\n\n" + sentence) == [(speaker, content)]


def test_a_quote_reopened_sentence_by_sentence_is_one_claim_to_its_end() -> None:
    text = (
        'Bridge\n\n"This will make a real difference to the families," said Tom Pask. '
        '"I warmly applaud the efforts of both towns to make this happen. '
        '"This spirit of cooperation will, I hope, lead to more measures."'
    )
    (claim,) = claims_of(text)
    assert claim.speaker == "Tom Pask"
    assert "I warmly applaud" in claim.content
    assert claim.content.endswith("lead to more measures.")


def test_a_reopened_sentence_with_its_own_attribution_stays_apart() -> None:
    text = (
        'Films\n\n"The more the merrier," said Tom Pask. '
        '"The point was to create chances for people who may not have them. '
        '"Once the films had a place to be seen, the merchants came," explains Ann Cole.'
    )
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Tom Pask", "Ann Cole"]
    assert claims[0].content.endswith("who may not have them.")
    assert claims[1].content == "Once the films had a place to be seen, the merchants came"


def test_a_quote_after_a_name_and_a_colon_is_theirs() -> None:
    text = (
        "Cup\n\nRovers won the tie 2-1 after extra time.\n\n"
        '- Rovers boss Tom Pask: "We know they can give us problems. "They have done well but we are the bigger side."\n\n'
        '- Town boss Ed Rigby: "We were tired at the end of the game."'
    )
    claims = claims_of(text)
    assert [c.speaker for c in claims] == ["Tom Pask", "Ed Rigby"]
    assert claims[0].content.startswith("We know they can give us problems.")
    assert claims[0].content.endswith("we are the bigger side.")


def test_a_name_after_a_verb_before_the_colon_is_no_speaker_of_the_quote() -> None:
    text = 'Crime\n\nThe trial opened on Monday.\n\nOfficers praised Tom Pask: "We had been watching the house for months."'
    assert "Tom Pask" not in [c.speaker for c in claims_of(text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            'Software\n\n"If pushed to the wall, of course they are going to fight back," Tom Kapor is reported as saying.',
            "Tom Kapor",
            "If pushed to the wall, of course they are going to fight back",
        ),
        (
            'Club\n\nJo Pask wants more say. "I demand better transparency," he is quoted as saying by the Daily Post.',
            "Jo Pask",
            "I demand better transparency",
        ),
    ],
)
def test_a_quote_before_quoted_or_reported_as_saying_is_the_subjects(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


def test_words_described_by_a_named_agent_are_the_agents() -> None:
    text = 'Theft\n\nAlso taken was a sapphire bought for their daughters, described by Ann Cole as "one of the purest stones".'
    assert _pairs(text) == [("Ann Cole", "one of the purest stones")]


def test_words_described_by_an_unnamed_group_are_nobodys() -> None:
    assert _pairs('Film\n\nThe film was described by critics as "a triumph of style".') == []


def test_a_quote_is_not_resumed_across_another_quote_opened_after_a_colon() -> None:
    text = (
        'Club\n\n"No one knows what this man will bring," said Tom Ferris. '
        'Some of the letters were sadder: "Today our son was five days old. "I would like to see it resolved."'
    )
    (first, *_) = claims_of(text)
    assert first.speaker == "Tom Ferris"
    assert first.content == "No one knows what this man will bring"
