"""Speakers of session 17 (second helper), on sentences written for the purpose (none copied from
any corpus). A wrong speaker is worse than none.

- "It said X" goes on with the organisation the passage is about: the one that opens the sentence
  before as its subject, also when a place only describes it ("UK games firm Tarbury
  Interactive") or an aside stands before it ("But, like all studios, Tarbury ..."); with the
  administrator the article calls so when "The administrator told the Echo ..." spoke just before
  (an outlet it spoke to is no other organisation); with nobody when two organisations are named
  there ("Tarbury called in administrators Fenwick Partners. It said"), shown "It (unresolved)".
  A date in the sentence where it last spoke ("Last week, it denied ...") is no other organisation,
  nor a place in a relative clause on the subject ("Tarbury Motors, which has plants in Leeds, is
  ..."); an organisation there still is.
- A description whose head is no place is not the place that only modifies it: "according to a
  US research think-tank" is no claim of the United States (the think-tank, unnamed), "according
  to US research group Tarbury Analytics" is Tarbury's, "the UK Web Forum (UKWF)" is UKWF, and
  "according to UK Coal" (only "UK" tagged) or to "US research group Pelham Internet and Tarbury
  Life" (a name cut short) is nobody named; "The US said" is still the United States.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, speaker_of

_TROUBLE = "Games maker in trouble\n\n"


@pytest.mark.parametrize(
    "passage",
    [
        "UK games firm Tarbury Interactive has called in administrators after sales fell sharply. "
        "The firm employs 300 people in Leeds and York. ",
        "Tarbury Interactive makes racing games in Leeds. But, like all software developers, "
        "Tarbury Interactive needed a steady flow of deals. ",
        "Tarbury Interactive makes racing games in Leeds. Like all software developers, "
        "Tarbury Interactive needed a steady flow of deals. ",
    ],
)
def test_it_goes_on_with_the_organisation_that_opens_the_passage(passage: str) -> None:
    text = _TROUBLE + passage + "It said it was hopeful a buyer could be found for the studio."
    assert speaker_of(text, "it was hopeful") == "tarbury-interactive"


def test_it_goes_on_with_the_administrator_that_spoke_before() -> None:
    text = (
        _TROUBLE + "Tarbury Interactive called in administrators Fenwick Partners on Friday to find a buyer. "
        "The administrator told BBC News that the costs were too high. "
        "It said it was hopeful a buyer could be found."
    )
    assert speaker_of(text, "the costs were too high") == "fenwick-partners"
    assert speaker_of(text, "it was hopeful") == "fenwick-partners"


def test_it_after_two_organisations_is_shown_unresolved() -> None:
    text = (
        _TROUBLE + "Tarbury Interactive called in administrators Fenwick Partners on Friday. "
        "It said it was hopeful a buyer could be found."
    )
    claim = claim_starting(text, "it was hopeful")
    assert claim is not None
    assert claim.speaker_id is None
    assert claim.speaker == "It (unresolved)"


def test_a_place_describing_a_source_is_not_the_source() -> None:
    text = "Blogs boom\n\nA new web diary is started every ten seconds, according to a US research think-tank."
    claim = claim_starting(text, "A new web diary")
    assert claim is not None
    assert claim.speaker_id is None
    assert claim.speaker == "a US research think-tank"


@pytest.mark.parametrize(
    ("text", "start", "speaker"),
    [
        (
            "Blogs boom\n\nA new web diary is started every ten seconds, according to US research group "
            "Tarbury Analytics.",
            "A new web diary",
            "tarbury-analytics",
        ),
        (
            "Fake sites\n\nBut the UK Web Forum (UKWF) is concerned that the plan will help fraudsters.",
            "the plan",
            "ukwf",
        ),
        ("Mines\n\nProduction costs were high last year, according to UK Coal.", "Production costs", None),
        (
            "Blogs boom\n\nA new web diary is started every ten seconds, according to US research group "
            "Pelham Internet and Tarbury Life.",
            "A new web diary",
            None,
        ),
        (
            "Blogs boom\n\nA new web diary is started every ten seconds, according to the UK-based journal "
            "Tarbury Digest.",
            "A new web diary",
            "tarbury-digest",
        ),
        ("Trade\n\nThe US said the talks had failed.", "the talks", "united-states"),
        ("Trade\n\nThe dollar will stay strong, according to the US.", "The dollar", "united-states"),
    ],
)
def test_a_place_speaks_only_as_the_head_of_its_phrase(text: str, start: str, speaker: str | None) -> None:
    assert speaker_of(text, start) == speaker


def test_it_after_a_quote_goes_on_with_the_organisation_whose_sentence_opens_with_a_date() -> None:
    # a date in the sentence where "it" last spoke is no other organisation
    text = (
        "Dam work goes on\n\nThe Tarbury River Project Corp could now face a fine of up to 200,000 yuan. "
        'Last week, it denied that its projects broke the rules. "We have always abided by the law," it said.'
    )
    assert speaker_of(text, "its projects broke") == "tarbury-river-project-corp"
    assert speaker_of(text, "We have always") == "tarbury-river-project-corp"


def test_places_in_a_relative_clause_on_the_subject_leave_it_the_one_it_goes_on_with() -> None:
    text = (
        "Results\n\nTarbury Motors, which has plants in Leeds and York, is due to reveal its earnings on "
        "19 January. It said it would pay a dividend of $6 a share this year."
    )
    assert speaker_of(text, "it would pay") == "tarbury-motors"


def test_an_organisation_in_a_relative_clause_on_the_subject_still_unsettles_it() -> None:
    text = (
        "Results\n\nTarbury Motors, which bought Pelwick Foods last year, is due to reveal its earnings on "
        "19 January. It said it would pay a dividend of $6 a share this year."
    )
    assert speaker_of(text, "it would pay") is None
