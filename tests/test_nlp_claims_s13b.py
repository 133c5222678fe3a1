"""Claim extraction shapes of session 13 (second pass), on sentences written for the purpose (none
copied from any corpus).

- "tipped Wales to win the title", "tipped Ann Lee for the award": a forecast, the content being the
  named side or person and its "to" infinitive or "for" phrase; "tipped the waiter", "tipped off
  the police" and the passive "is tipped to win" (no one's words) are none.
- An attribution closing the sentence after a comma, which the parser breaks: "..., it has
  confirmed.", "..., the Guardian has revealed.", "..., reports the Daily Mirror.", "..., the Daily
  Mirror reports.": the clause before the comma is the statement (when the parse found no claim in
  the sentence, so never twice); an "it" with no organisation to refer to stays no claim.
- "voiced concern that ...", "expressed fears that ...": a fear stated, the clause its content;
  "raised fears that" (often an event's doing) and "expressed doubts that X" (the opposite of X)
  are none.
- "refused to accept that X", "refused to admit that X": X denied (negated), also when the parser
  takes "that" for a determiner; "refused to accept the offer" is none.
- "highlighted the fact (that) X", "stressed the fact that X": X is the statement; "highlighted the
  problems the firm faced" and "the fact" alone are none.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, claims_of


@pytest.mark.parametrize(
    ("text", "start", "content", "speaker"),
    [
        (
            "Rugby\n\nThe former coach Tom Barlow has tipped Scotland to win the championship this year.",
            "Scotland",
            "Scotland to win the championship this year",
            "tom-barlow",
        ),
        (
            "Awards\n\nFilm critic Jane Morley also tipped Anna Lee for a best actress award for her role in "
            "the drama, and said the film was brilliant.",
            "Anna Lee",
            "Anna Lee for a best actress award for her role in the drama",
            "jane-morley",
        ),
    ],
)
def test_tipped_someone_to_win_is_a_forecast(text: str, start: str, content: str, speaker: str) -> None:
    claim = claim_starting(text, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.content == content
    assert claim.speaker_id == speaker
    assert claim.verb_text == "tipped"


@pytest.mark.parametrize(
    "text",
    [
        "Cafe\n\nScotland are tipped to win the title by many pundits.",
        "Cafe\n\nMark Hill tipped the waiter for his quick service.",
        "Cafe\n\nA neighbour, Mark Hill, tipped off police about the van.",
    ],
)
def test_tipping_a_waiter_or_a_passive_tip_is_no_statement(text: str) -> None:
    assert [c for c in claims_of(text) if c.verb_text.startswith("tip")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Ban\n\nThe club will appeal to the league about the ban handed to its captain, reports the Daily Mirror.",
        "Ban\n\nThe club will appeal against the ban, the Daily Mirror reports.",
    ],
)
def test_outlet_reports_closing_the_sentence(text: str) -> None:
    claim = claim_starting(text, "The club will appeal")
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.content.endswith(("captain", "ban"))
    assert claim.speaker_id == "daily-mirror"
    assert claim.outlets == ["daily-mirror"]
    assert claim.verb_text == "reports"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Bid\n\nManchester United said it had received a letter from Mr Glazer. The American businessman, "
            "who has owned shares in the club for two years, has approached the board about a new bid, it has "
            "confirmed.",
            "manchester-united",
        ),
        ("Bid\n\nMartin Lee, the minister, will resign next week, the Guardian has revealed.", "guardian"),
    ],
)
def test_closing_has_confirmed_gives_one_claim(text: str, speaker: str) -> None:
    # the parse usually finds these itself: the fallback must not add a second claim
    found = [c for c in claims_of(text) if c.verb_text in ("confirmed", "revealed")]
    assert [(c.speaker_id, c.content[-8:]) for c in found] == [(speaker, text.rsplit(",", 1)[0][-8:])]


def test_attribution_closing_the_sentence_with_an_unknown_it_is_no_claim() -> None:
    text = "Jobs\n\nThe cuts will fall mainly on the plant in the north of the city, it has confirmed."
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Trade\n\nThe Foreign Office has also voiced concern that the rights situation in the country has "
            "not improved.",
            "Foreign Office",
            "the rights situation in the country has not improved",
        ),
        (
            "Shops\n\nFinance ministers expressed their fears that the strong pound was hurting exports.",
            "Finance ministers",
            "the strong pound was hurting exports",
        ),
    ],
)
def test_voiced_concern_that_is_a_fear_stated(text: str, speaker: str, content: str) -> None:
    claim = claim_starting(text, content[:12])
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.content == content
    assert claim.speaker.endswith(speaker)
    assert claim.verb == "fear"


@pytest.mark.parametrize(
    "text",
    [
        "Jobs\n\nThe closure of the plant has raised fears that hundreds of jobs will go.",
        "Jobs\n\nTom Pell expressed doubts that the new system would work.",
    ],
)
def test_raised_fears_and_expressed_doubts_are_no_statement(text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Vote\n\nHowever, Tom Pell refused to accept that wide anger at the tax had turned voters against his party.",
            "wide anger at the tax had turned voters against his party",
        ),
        ("Vote\n\nTom Pell refused to admit that he had lied.", "he had lied"),
    ],
)
def test_refused_to_accept_that_is_a_denial(text: str, content: str) -> None:
    claim = claim_starting(text, content[:8])
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.content == content
    assert claim.speaker_id == "tom-pell"
    assert claim.negated


def test_refused_to_accept_an_offer_is_no_statement() -> None:
    assert claims_of("Vote\n\nTom Pell refused to accept that offer from the club.") == []


@pytest.mark.parametrize(
    ("text", "content", "verb"),
    [
        (
            "Prize\n\nMs Reed also highlighted the fact Grobco won an award in 2004 for a series on health.",
            "Grobco won an award in 2004 for a series on health",
            "highlighted",
        ),
        (
            "Prize\n\nTom Pell highlighted the fact that many of the problems had not gone away.",
            "many of the problems had not gone away",
            "highlighted",
        ),
    ],
)
def test_highlighted_the_fact_is_a_statement(text: str, content: str, verb: str) -> None:
    claim = claim_starting(text, content[:8])
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.content == content
    assert claim.verb_text == verb


@pytest.mark.parametrize(
    "text",
    ["Prize\n\nTom Pell highlighted the problems the firm faced.", "Prize\n\nTom Pell highlighted the fact."],
)
def test_highlighted_without_a_fact_clause_is_no_statement(text: str) -> None:
    assert claims_of(text) == []
