"""Claim and outlet shapes of session 21 (round 2), on sentences written for the purpose (none
copied from any corpus).

- "X is alleged / was reported to have said (that) Y": the passive's subject speaks (a perfect
  infinitive of reporting with a clause); not "is said to have praised X for Y", not "is
  expected to say".
- "X said A ... to engage people by B but argued C", where the parser hung "argued" on the
  infinitive inside A: two claims of X, the first ending before "but".
- A content opening with a phrase whose head is not an occasion of speaking ("in the aftermath
  of the broadcast, a lawyer had told her ...") is a statement, not "where it was said".
- "X likened A to B": a comparison X draws, content "A to B"; not "for likening A to B", nor a
  passive "a professor likened to B".
- A medium inside a phrase of time ("After the ABC programme, his lawyer said") is not the
  outlet of the claim; one it was told to still is.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_pairs = claim_rows("speaker content")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mr Pell is alleged to have said that the old pier should be sold to the highest bidder.",
            "the old pier should be sold to the highest bidder",
        ),
        (
            "The deputy chairman was reported to have suggested the leader was secretly planning bigger cuts.",
            "the leader was secretly planning bigger cuts",
        ),
    ],
)
def test_reported_passive_subject_speaks(text: str, content: str) -> None:
    assert [c for _, c in _pairs(text)] == [content]
    assert claims_of(text)[0].speaker != ""


@pytest.mark.parametrize(
    "text",
    [
        "The mayor's wife is said to have praised the court for overruling the council on the pier.",
        "Mr Pell is expected to say that he will stand down in May.",
    ],
)
def test_reported_passive_without_statement(text: str) -> None:
    assert _pairs(text) == []


def test_past_reporting_verb_joined_to_an_infinitive() -> None:
    text = (
        'The union said it was a good thing to "engage people" by lowering the candidacy age but argued '
        "lowering the voting age would be much more effective."
    )
    assert _pairs(text) == [
        ("The union", 'it was a good thing to "engage people" by lowering the candidacy age'),
        ("The union", "lowering the voting age would be much more effective"),
    ]


def test_reporting_verb_joined_to_reported_clause_keeps_its_level() -> None:
    # a run-on sentence (a full stop missing) puts "says" under another report
    text = (
        "Some traders say it is needed, while others fear it will hurt them The council says the board will "
        'adopt a plan that was agreed upon last May but said it would review "all aspects of the scheme".'
    )
    assert [c for _, c in _pairs(text)][-2:] == [
        "the board will adopt a plan that was agreed upon last May",
        'it would review "all aspects of the scheme"',
    ]


def test_opening_phrase_not_an_occasion() -> None:
    text = (
        "Ann Pell told the court that in the aftermath of the broadcast, a company lawyer had told her the "
        "pilots would be blamed."
    )
    assert _pairs(text) == [
        ("Ann Pell", "in the aftermath of the broadcast, a company lawyer had told her the pilots would be blamed")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Tom Pell likened the plan for a shared pier to the way the railways were developed.",
            "Tom Pell",
            "the plan for a shared pier to the way the railways were developed",
        ),
        (
            'The party chairman likened the two men to "self-obsessed schoolboys".',
            "The party chairman",
            'the two men to "self-obsessed schoolboys"',
        ),
    ],
)
def test_likened(text: str, speaker: str, content: str) -> None:
    assert _pairs(text) == [(speaker, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor apologised for likening the reporter to a prison guard.",
        "Its hero is a professor likened to a modern Indiana Jones.",
        # (not "a pier plan which he has likened to X": a claim since session 27, as fresh22's
        # annotators read the shape; tests/test_nlp_claims_relative_s27.py)
    ],
)
def test_likened_not_a_claim(text: str) -> None:
    assert _pairs(text) == []


def test_medium_in_a_phrase_of_time_is_no_outlet() -> None:
    text = (
        'After the ABC television programme earlier this month, his lawyer Tom Pell said: "She has never used drugs."'
    )
    (claim,) = claims_of(text)
    assert claim.content == "She has never used drugs."
    assert claim.outlets == []
    text = "Before his interview with ITV News, Tom Pell said the club was in good shape."
    (claim,) = claims_of(text)
    assert claim.outlets == []


def test_medium_told_after_the_match_is_the_outlet() -> None:
    (claim,) = claims_of('Speaking to the BBC after the match, Tom Pell said: "We were lucky."')
    assert claim.outlets == ["bbc"]


def test_an_occasion_inside_a_reopened_quotation_is_its_own() -> None:
    """'"A," he explained during a conference. "B."' after 'X told the FT that ...': the
    attribution set inside the quotation names an occasion of its own, so the FT is not its outlet."""
    claims = claims_of(
        "Mr Pell told the FT that the firm was finding it hard to find a target. "
        '"We are struggling with the gap between the big firms and the rest," he explained during a '
        'conference in Leeds. "These may be too focused on one line."'
    )
    assert [c.outlets for c in claims] == [["financial-times"], []]
