"""Outlet shapes of session 30 (issue 11, item 3), on short sentences written for the purpose: the
answer to a question put on a medium, a quote paragraph that goes on from an interview when
narration follows it, a poll a medium made (no outlet), "newspaper reports" the next sentence
names, a body's own website named by its kind, and outlets the table lacked."""

from __future__ import annotations

import pytest

from nlp_util import analysed

CASES = {
    # the answer to a question put on a programme, in the next sentence
    "asked-appeared-on": (
        "Tom Hale was asked about the budget when he appeared on BBC Radio 4's Today programme. "
        "Mr Hale said a decision had yet to be made."
    ),
    "asked-on-programme-pronoun": (
        'On the Today programme Tom Hale was asked why the depot had closed. He replied: "The owners ran out of money."'
    ),
    # someone else answers: not the one asked
    "asked-other-answers": (
        "Tom Hale was asked about the budget when he appeared on BBC Radio 4's Today programme. "
        "Ann Bell, his rival, said the budget was a mess."
    ),
    # the question was put by reporters, the medium only what it was about
    "asked-about-medium": (
        "Tom Hale was asked by reporters about a story in the Sunday Times. Mr Hale said the story was wrong."
    ),
    # a quote paragraph going on from an interview, narration after it in its paragraph
    "continued-then-narration": (
        '"I wish I played in Lisbon," Tom Hale told Sky News. The striker joined the club in May. '
        '"It is my dream," he added.\n\n'
        '"I have always loved the city. "One day I will go." Before the call, Hale had issued a statement '
        "praising his club."
    ),
    # a poll a medium made is its research: no outlet; one made for it to report keeps it
    "poll-owner": "A Daily Telegraph poll of 900 people suggests most voters back the plan.",
    "survey-by": "A survey conducted by PC Pro has revealed that many readers are unhappy with their broadband.",
    "poll-for": "Most voters distrust ministers, a new poll conducted for the BBC suggests.",
    # "newspaper reports" that the next sentence names
    "reports-named-next": (
        "Grobco is planning a bid for its rival, newspaper reports claim.\n\n"
        "The Sunday Telegraph said the bid would be made within weeks."
    ),
    "reports-not-named": (
        "Grobco is planning a bid for its rival, newspaper reports claim.\n\n"
        "Grobco said it did not comment on speculation."
    ),
    # a body's own website, the body named by its kind
    "club-website": (
        "Tom Hale was sent off as Grobton Town Football Club lost on Saturday.\n\n"
        "The club website also reported that Hale had apologised to his team-mates."
    ),
    # where the speaker works, however the medium is described, is no outlet
    "staff-at-station": 'Jo Bell, head of music at London pop station Capital FM, said every song "sounded like a hit".',
    "tester-at": '"Buy the cheaper printer," said Tom Hale, top tester at Computer Weekly.',
    # outlets the table lacked
    "lci": 'Mr Hale told France\'s LCI Television: "We will not sell the plant."',
    "ftd": "Jo Bell told the Financial Times Deutschland the merger was dead.",
}


@pytest.fixture(scope="module")
def analyses():
    return analysed(CASES)


def _outlets(analyses, key: str) -> list[list[str]]:
    return [c.outlets for c in analyses[key].claims]


def test_the_answer_to_a_question_put_on_a_programme_carries_its_outlet(analyses):
    assert _outlets(analyses, "asked-appeared-on") == [["bbc"]]
    assert _outlets(analyses, "asked-on-programme-pronoun") == [["bbc"]]


def test_an_answer_by_someone_else_or_a_medium_only_talked_about_gets_no_outlet(analyses):
    assert all(not o for o in _outlets(analyses, "asked-other-answers"))
    assert all(not o for o in _outlets(analyses, "asked-about-medium"))


def test_a_continued_quote_keeps_the_interview_when_narration_follows_it(analyses):
    claims = analyses["continued-then-narration"].claims
    quotes = [c for c in claims if c.direct_quote]
    assert [c.outlets for c in quotes] == [["bskyb"]] * 3


def test_a_poll_a_medium_made_has_no_outlet(analyses):
    assert all(not o for o in _outlets(analyses, "poll-owner"))
    assert all(not o for o in _outlets(analyses, "survey-by"))


def test_a_poll_made_for_a_medium_keeps_it(analyses):
    assert _outlets(analyses, "poll-for") == [["bbc"]]


def test_newspaper_reports_take_the_paper_the_next_sentence_names(analyses):
    assert _outlets(analyses, "reports-named-next")[0] == ["sunday-telegraph"]
    assert all(not o for o in _outlets(analyses, "reports-not-named"))


def test_the_club_website_is_the_club(analyses):
    claims = analyses["club-website"].claims
    assert [c.outlets for c in claims if c.content.startswith("Hale had apologised")] == [
        ["grobton-town-football-club"]
    ]


def test_outlets_the_table_lacked(analyses):
    assert _outlets(analyses, "lci") == [["lci"]]
    assert _outlets(analyses, "ftd") == [["financial-times-deutschland"]]


def test_the_medium_a_speaker_works_for_is_no_outlet(analyses):
    assert all(not o for o in _outlets(analyses, "staff-at-station"))
    assert all(not o for o in _outlets(analyses, "tester-at"))
