"""Claim extraction shapes of session 18b, on sentences written for the purpose (none copied from
any corpus).

- A phrasal reporting verb is written with its particle or complement, up to the content: "went
  on", "pointed out", "made it clear", "are confident", "is convinced"; "the list goes on" and
  "whose losing run goes on" are nobody's words.
- A claim's content stops before "(,) although/though/whereas <someone else> <reporting verb>",
  also when the verb hangs on the clause's ("although Mr Bell was forced to deny B", "whereas
  analysts went on to predict"); "X was forced to deny B" is X's claim. Not before a passive
  ("although details are still to be confirmed"), nor before "while" without a comma.
- Within someone's quoted words, imagined speech is no claim: "he will come to the point where he
  says, 'I regret it'", "they'll say if they think ...", "when the director says 'go'"; the
  quotation is the outer speaker's.
- A publication the speaker works for ("Daily Mirror editor Jo Bell said", "Jo Bell, news editor
  at the Daily Mirror, said", "the Daily Mirror's film critic") is not the claim's outlet; "told
  Daily Mirror editor Jo Bell" still is.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of, triples_of


@pytest.mark.parametrize(
    ("sentence", "verb", "content"),
    [
        ('The Green leader went on: "We will plant a million trees."', "went on", "We will plant a million trees."),
        ('"We lost the vote," the coach went on.', "went on", "We lost the vote"),
        ("Ms Ovett made it clear that she would not stand again.", "made it clear", "she would not stand again"),
        ("Tom Pask pointed out that the bridge had closed twice.", "pointed out", "the bridge had closed twice"),
        ("Farmers are confident they will win the appeal.", "are confident", "they will win the appeal"),
        ("Ann Cole is convinced the road will be built.", "is convinced", "the road will be built"),
    ],
)
def test_a_phrasal_reporting_verb_is_written_whole(sentence: str, verb: str, content: str) -> None:
    triples = triples_of("Roads\n\n" + sentence)
    assert [(v, c) for _, v, c in triples] == [(verb, content)]


def test_the_attribution_reads_with_the_particle() -> None:
    (claim,) = claims_of('Roads\n\nThe Green leader went on: "We will plant a million trees."')
    assert claim.attribution == "The Green leader went on"


@pytest.mark.parametrize(
    "sentence",
    [
        "The winner was Ann Lee, ahead of Jo Bell, whose title drought goes on.",
        "It smacks of the methods of Stalin's Russia and Franco's Spain - the list goes on.",
    ],
)
def test_something_that_goes_on_says_nothing(sentence: str) -> None:
    assert triples_of("Tennis\n\n" + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Greens announced they would back the plan although Mark Pell was forced to deny the party was split.",
            [("announced", "they would back the plan"), ("forced to deny", "the party was split")],
        ),
        (
            "The firm said profits would rise, though its chairman had to admit that sales were flat.",
            [("said", "profits would rise")],
        ),
        (
            "The firm said profits would rise whereas analysts went on to predict a loss.",
            [("said", "profits would rise")],
        ),
    ],
)
def test_content_stops_before_a_concession_someone_else_reports(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(v, c) for _, v, c in triples_of("Plans\n\n" + sentence)] == expected


def test_the_one_forced_to_deny_speaks() -> None:
    (claim,) = claims_of("Plans\n\nMark Pell was forced to deny the party was split.")
    assert (claim.speaker, claim.verb, claim.content) == ("Mark Pell", "deny", "the party was split")


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Pell said he would stay at the firm although exact details are still to be confirmed.",
        "The firm said it would hire 200 staff, although the exact number is yet to be confirmed.",
    ],
)
def test_a_passive_concession_is_left_in(sentence: str) -> None:
    (claim,) = claims_of("Plans\n\n" + sentence)
    assert claim.content.endswith(sentence.rstrip(".")[-20:])


_QUOTED = 'Row\n\nAnn Lowe defended the mayor. She said: "I know him well and he is no bully.\n\n"'


@pytest.mark.parametrize(
    "quote",
    [
        "On the other hand, I believe he will come to the point where he says, 'I regret what I did to the council'.",
        "But you talk about some players and they'll say if they think the others are up to scratch.",
        "When the chairman says 'stop', the band stops and the crowd goes quiet.",
    ],
)
def test_imagined_speech_inside_a_quotation_is_the_quoted_speakers(quote: str) -> None:
    claims = claims_of(_QUOTED + quote + ' "I hope it is soon."')
    assert [c.speaker for c in claims] == ["Ann Lowe", "Ann Lowe"]
    assert claims[1].content.startswith(quote[:30])


@pytest.mark.parametrize(
    "sentence",
    [
        'Daily Mirror editor Jo Bell said: "These are the real views of our readers."',
        'Jo Bell, news editor at the Daily Mirror, said: "These are the real views of our readers."',
        "Daily Mirror's film critic Jo Bell said the film was the year's best.",
    ],
)
def test_the_speakers_employer_is_not_the_outlet(sentence: str) -> None:
    text = "Poll\n\nThe Daily Mirror ran a poll of its readers. " + sentence
    claims = [c for c in claims_of(text) if c.speaker.endswith("Jo Bell")]
    assert len(claims) == 1 and claims[0].outlets == []


def test_an_editor_told_is_the_outlet() -> None:
    text = 'Poll\n\nThe Daily Mirror ran a poll. "We won," Ann Lowe told Daily Mirror editor Jo Bell.'
    (claim,) = claims_of(text)
    assert claim.outlets != []
