"""Session 20: the outlet of a claim whose own sentence does not name it, from the occasion the
article gives (`claims.occasion_outlets`): a quotation that goes on from a claim told to a medium,
a sentence that opens with the occasion ("Writing in the Guardian, ..."), a programme named by its
short name after it was named in full ("told Today"), and "his comments come in a documentary".
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _outlets(body: str) -> dict[str, list[str]]:
    claims = claims_of("Head\n\n" + body)
    assert claims, body
    return {c.content[:30]: c.outlets for c in claims}


def test_a_quotation_that_goes_on_from_a_claim_told_to_a_medium_takes_its_outlet() -> None:
    found = _outlets(
        '"They are on a winning streak," Mr Pinky told the Reuters agency. '
        '"This is not to say there are no good captains," he continued.'
    )
    assert list(found.values()) == [["reuters"], ["reuters"]], found


def test_a_quote_after_an_interview_sentence_takes_its_outlet() -> None:
    found = _outlets(
        "During an interview with BBC Radio 4's Today programme, Mr Firefly said he was sure the plan would "
        'not hurt the fleet. "I do not think we will see a rush of new boats," he said.'
    )
    assert list(found.values()) == [["bbc"], ["bbc"]], found


@pytest.mark.parametrize(
    "second",
    [
        # an occasion of its own
        '"We will fight on," he said in a statement.',
        '"We will fight on," he later told MPs.',
        # another speaker
        '"We will fight on," Mrs Teasdale said.',
    ],
)
def test_a_quotation_with_an_occasion_or_speaker_of_its_own_keeps_none(second: str) -> None:
    found = _outlets(f'"They are on a winning streak," Mr Pinky told the Reuters agency. {second}')
    assert [v for k, v in found.items() if k.startswith("We will")] == [[]], found


def test_a_sentence_between_does_not_end_the_occasion() -> None:
    # the devset guide since session 22: narration inside the paragraph does not end the interview
    found = _outlets(
        '"They are on a winning streak," Mr Pinky told the Reuters agency. The club lost on Sunday. '
        '"We will fight on," he said.'
    )
    assert found.get("We will fight on") == ["reuters"], found


def test_a_new_paragraph_opening_with_the_speakers_quotation_goes_on() -> None:
    # the devset guide since session 22: a paragraph opening with the speaker's claim goes on
    found = _outlets(
        '"They are on a winning streak," Mr Pinky told the Reuters agency.\n\n"We will fight on," he said.'
    )
    assert found.get("We will fight on") == ["reuters"], found


def test_a_new_paragraph_opening_with_narration_ends_the_occasion() -> None:
    found = _outlets(
        '"They are on a winning streak," Mr Pinky told the Reuters agency.\n\n'
        'The club lost on Sunday. "We will fight on," he said.'
    )
    assert found.get("We will fight on") == [], found


def test_a_sentence_opening_with_the_occasion_names_the_outlet_of_its_subject() -> None:
    found = _outlets(
        "Writing in the Guardian newspaper, Mrs Teasdale set out her view of the port. "
        '"As our plan makes clear, the harbour is a place for people."'
    )
    assert list(found.values()) == [["guardian"]], found


def test_an_opening_occasion_is_not_another_persons() -> None:
    found = _outlets(
        "Writing in the Guardian newspaper, Mrs Teasdale set out her view of the port. "
        'Mr Pinky said the harbour was "a place for boats".'
    )
    assert list(found.values()) == [[]], found


def test_a_programme_named_in_full_is_known_by_its_short_name_after() -> None:
    found = _outlets(
        "Mr Firefly was on BBC Radio 4's Today programme on Monday.\n\n"
        '"I think the council wants a successful port," Mr Firefly told Today.'
    )
    assert list(found.values()) == [["bbc"]], found


def test_a_short_name_never_named_in_full_is_an_ordinary_word() -> None:
    found = _outlets('"I think the council wants a successful port," Mr Firefly told Today.')
    assert list(found.values()) == [[]], found


def test_comments_that_come_in_a_documentary() -> None:
    found = _outlets(
        "Mr Chicolini said in March that the port was losing money.\n\n"
        "Mr Chicolini says the plan would mean no fisherman could afford a berth. "
        "His comments come in a Channel 4 documentary about the port. "
        "Mr Chicolini also said the harbour was too small."
    )
    # the comments are those of the sentence before, not every claim of the speaker; since session
    # 22 the devset guide carries the documentary on to his later claims in the paragraph
    assert list(found.values()) == [[], ["channel-4"], ["channel-4"]], found


def test_a_described_speaker_after_a_quotation_is_another_occasion() -> None:
    found = _outlets(
        'In a statement to the Daily Telegraph, Mr Firefly said: "I was not leaned on." '
        'The harbour master\'s spokesman also rejected the claims, saying: "The words were his own."'
    )
    assert found.get("The words were his own.") == [], found


@pytest.mark.parametrize(
    "first",
    [
        # the medium is where the speaker works, not an occasion of speaking
        'Ann Frey of the Financial Times said the port was "busy".',
        'Financial Times critic Ann Frey said the port was "busy".',
    ],
)
def test_a_quotation_after_a_speaker_of_a_medium_takes_no_outlet(first: str) -> None:
    found = _outlets(f'{first} "It is the busiest port I know," she said.')
    assert found.get("It is the busiest port I know") == [], found


def test_an_opening_occasion_stays_in_its_paragraph() -> None:
    found = _outlets(
        "Writing in the Guardian newspaper, Mrs Teasdale set out her view of the port.\n\n"
        "Mrs Teasdale later said the harbour would close."
    )
    assert list(found.values()) == [[]], found


@pytest.mark.parametrize(
    ("body", "speaker", "content"),
    [
        # a quotation, then the medium that quotes its speaker
        (
            '"The harbour is in good hands," the Financial Times quotes a source close to the board.',
            "a source close to the board",
            "The harbour is in good hands",
        ),
        (
            '"The plan is sound," the Financial Times quoted a harbour official saying.',
            "a harbour official",
            "The plan is sound",
        ),
        # "the newspaper": the one the passage named (a word ending in "-er" before the verb is no passive)
        (
            "Grobco is for sale, the Financial Times says. "
            '"We have had three offers," the newspaper quotes a source close to the board.',
            "a source close to the board",
            "We have had three offers",
        ),
        (
            "Grobco is for sale, the Financial Times says. "
            '"We have had three offers," the newspaper quoted the chairman as saying.',
            "the chairman",
            "We have had three offers",
        ),
    ],
)
def test_a_medium_that_quotes_a_speaker_after_the_quotation(body: str, speaker: str, content: str) -> None:
    claims = {c.content: c for c in claims_of("Head\n\n" + body)}
    assert content in claims, list(claims)
    assert claims[content].speaker == speaker and claims[content].outlets == ["financial-times"]


@pytest.mark.parametrize(
    "body",
    [
        # passives and participles: the speaker is not quoted by a medium named before "quoted"
        '"I demand more say," he is quoted as saying by the Financial Times.',
        '"The stake is sensible," said one analyst quoted by the Financial Times.',
    ],
)
def test_a_passive_quotation_keeps_its_speaker(body: str) -> None:
    claims = claims_of("Head\n\n" + body)
    assert all(c.speaker not in ("as", "Financial Times") for c in claims), [(c.speaker, c.content) for c in claims]


def test_a_medium_reporting_after_the_words_is_their_outlet_not_their_content() -> None:
    claims = claims_of("Head\n\nGrobco says none of its money will go to the owners, the Financial Times reports.")
    assert [(c.content, c.outlets) for c in claims] == [
        ("none of its money will go to the owners", ["financial-times"])
    ]
