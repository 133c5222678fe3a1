"""The occasion vocabulary of the claims package (claims/article.py), one home in named parts (session 23, issue 11): what says a
claim was said on an occasion other than an interview (`_ELSEWHERE`), what gives a quotation that goes
on from another an occasion of its own (`_OWN_OCCASION`), what says a medium was an interview
(`_INTERVIEWED`) or an occasion of speaking (`_SPOKEN_TO`); and the nouns of saying (`OWNED_NOUNS`), which
the claim pre-filter lets through. Phrases and sentences written for the purpose."""

from __future__ import annotations

import pytest

from belreader.nlp.claims.article import _ELSEWHERE, _INTERVIEWED, _OWN_OCCASION, _SPOKEN_TO
from belreader.nlp.claims.vocabulary import CANDIDATE, OWNED_NOUNS

from nlp_util import claim_starting

ELSEWHERE = [
    "he said, speaking at a rally",
    "standing beside the mayor",
    "at a press conference",
    "she told MPs",
    "she tells reporters",
    "in a statement",
    "he writes in his column",
    "Speaking later",
    "on his blog",
    "in a press release",
    "he tweeted",
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_another_occasion_is_one_of_its_own_for_a_quotation_going_on(text):
    assert _ELSEWHERE.search(text)
    assert _OWN_OCCASION.search(text)  # every occasion elsewhere is one of a quotation's own


@pytest.mark.parametrize("text", ["in a wide-ranging interview", "he said on the programme", "she said last year"])
def test_an_interview_or_a_time_gone_is_a_quotations_own_occasion_only(text):
    # a later claim "in a wide-ranging interview" goes on from the interview (`interview_runs`); a time
    # in a long attribution may be quoted words ("since December of last year," said X)
    assert _OWN_OCCASION.search(text)
    assert not _ELSEWHERE.search(text)


@pytest.mark.parametrize("text", ["told the BBC", "talking to Sky News", "asked by ITV", "appearing on Radio 4"])
def test_an_interview_is_an_occasion_of_speaking(text):
    assert _INTERVIEWED.search(text)
    assert _SPOKEN_TO.search(text)  # "talking to X" too (was missing from the second list)


@pytest.mark.parametrize("text", ["quoted by the Times", "according to Reuters", "writing in the Guardian"])
def test_a_report_is_an_occasion_of_speaking_not_an_interview(text):
    assert _SPOKEN_TO.search(text)
    assert not _INTERVIEWED.search(text)


def test_a_quotation_at_a_rally_does_not_go_on_from_the_interview_before():
    text = (
        "Mayor backs tram plan\n\n"
        'Mayor Hilda Marrow told the BBC: "The trams will run by next summer." '
        '"The old market square will be the first stop," she said at a rally in the square.'
    )
    first = claim_starting(text, "The trams will run")
    assert first is not None and first.outlets == ["bbc"]
    later = claim_starting(text, "The old market square")
    assert later is not None and later.outlets == []


@pytest.mark.parametrize("noun", sorted(OWNED_NOUNS))
def test_every_owned_noun_of_saying_passes_the_pre_filter(noun):
    assert CANDIDATE.search(f"The council repeated its {noun} that the pier is unsafe.")
    assert CANDIDATE.search(f"Ann's {noun} the pier was unsafe went unanswered.")


def test_a_named_owners_admission_is_a_claim():
    text = "Pier to close\n\nHilda Marrow's admission that the pier was unsafe angered the traders of Oldtown."
    claim = claim_starting(text, "the pier was unsafe")
    assert claim is not None and claim.speaker == "Hilda Marrow"
