"""Statements found in session 11, round 2 (recall), on sentences written for the purpose (none
copied from any corpus).

- A reporting verb inside the words another reporting verb on its left reports ("X said cutting
  the fees "at long last" will make buyers think again") does not take the text on its left as
  its own content: the left-hand text is the outer attribution, so the outer claim stays.
- A noun of saying with a named owner and a "that" clause ("Mr X's insistence that ...", "a
  Treasury statement that ...") is the owner's claim; not with a pronoun owner ("his claim
  that"), no owner ("the claim that"), or a relative "that" ("the statement that X issued"). Such
  a claim is no turn of the owner's: a "he said" after "Y hit back at Mr X's claim that ..." is
  still Y.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, claims_of

NESTED_VERB = {
    # a quoted phrase inside the reported words, then "think" deep inside them
    "quoted-phrase": (
        "Fees\n\nThe head of the tenants group said cutting the fees “at long last” will make a landlord think twice.",
        "cutting the fees",
        "think twice",
    ),
    "new-fees": (
        "Fees\n\nThe head of the tenants group said the new fees “at long last” will make a landlord think twice.",
        "the new fees",
        "think twice",
    ),
    "would-make": (
        "Fees\n\nMs Orla Penrose said dropping the charge “in every sense” would make a buyer think harder.",
        "dropping the charge",
        "think harder",
    ),
}


@pytest.mark.parametrize("case", sorted(NESTED_VERB))
def test_outer_claim_kept_when_a_reporting_verb_sits_in_its_content(case: str) -> None:
    text, start, inner = NESTED_VERB[case]
    claim = claim_starting(text, start)
    assert claim is not None, [c.content for c in claims_of(text)]
    assert inner in claim.content
    assert claim.verb == "say"


def test_attribution_closing_a_quote_still_takes_the_left() -> None:
    # guard: '"...," the councillor said.' keeps the quote on the left as its content
    text = "Fees\n\n“The rents will fall by the spring,” the councillor said."
    claim = claim_starting(text, "The rents will fall")
    assert claim is not None
    assert claim.verb == "say"


OWNED = {
    "possessive": (
        "Rail\n\nThe mayor, Mr Tobias Renwick, toured the line on Monday. "
        "Critics laughed at Mr Renwick's insistence that the new trains would run on time.",
        "the new trains would run on time",
        "tobias-renwick",
    ),
    "proper-modifier": (
        "Rail\n\nThe unions rejected a Treasury statement that the fares would stay frozen until May.",
        "the fares would stay frozen",
        "hm-treasury",
    ),
}


@pytest.mark.parametrize("case", sorted(OWNED))
def test_owned_noun_of_saying_is_a_claim(case: str) -> None:
    text, start, speaker_id = OWNED[case]
    claim = claim_starting(text, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.speaker_id == speaker_id


NOT_OWNED = {
    "no-owner": "Rail\n\nThe claim that the trains would run on time was mocked by Mr Tobias Renwick's rivals.",
    "relative": "Rail\n\nThe Treasury statement that Mr Tobias Renwick quoted was short.",
}


@pytest.mark.parametrize("case", sorted(NOT_OWNED))
def test_noun_of_saying_without_a_named_owner_is_no_claim(case: str) -> None:
    text = NOT_OWNED[case]
    assert not [c for c in claims_of(text) if c.content.startswith(("the trains", "Mr Tobias"))], [
        (c.speaker, c.content) for c in claims_of(text)
    ]


def test_owned_claim_is_no_turn_for_a_later_pronoun() -> None:
    text = (
        "Rail\n\nMr Dan Keller, spokesman for the No campaign, said the plan was a waste of money. "
        "And he hit back at Mr Tobias Renwick's claim that the line would create jobs. "
        "“It will not bring a single job,” he said."
    )
    claim = claim_starting(text, "It will not bring")
    assert claim is not None
    assert claim.speaker_id == "dan-keller"
