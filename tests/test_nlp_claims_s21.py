"""Claim extraction shapes of session 21 (recall), on sentences written for the purpose (none
copied from any corpus).

- An absolute "with" phrase whose participle reports: "..., with dealers saying the cut was
  unlikely" (the noun phrase after "with" speaks), when the parse found no claim in the sentence.
- A subject-gap relative clause after a reporting verb: "farms, which it says are lying unused"
  (what the speaker says of the antecedent); not "Everything that he says is wrong"-like objects.
- "claims", "notes", "estimates" read as verbs by the pre-filter after an adverb, a comma or a
  singular common noun ("Tom Pell now claims he ...", "the petition claims the ..."): those
  sentences were never parsed.
- A share of people by number speaks: "One in five said ...", "nearly half those polled said".
- "said in a statement (that) it ...": the occasion is trimmed, the clause is the content.
- "It also said X" (an adverb between "it" and its verb), "..., it warned.", "..., it has
  confirmed.": a statement whatever "it" is, as "..., it said." was; "..., the trust claims.".
- "..., the party's elections chief Lord Bell said." closing a sentence whose list the parser ran
  on into the name: the person before "said" speaks.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_pairs = claim_rows("speaker content")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "No bid has been lodged yet, with insiders claiming such a move may still be months off.",
            "insiders",
            "such a move may still be months off",
        ),
        (
            "There was also a shortage of bus drivers, with nearly a tenth saying they were too ill to work.",
            "nearly a tenth",
            "they were too ill to work",
        ),
        (
            "The state is seizing large farms, which it says are lying unused.",
            "it (unresolved)",
            "large farms are lying unused",  # session 39: the noun restored
        ),
        (
            "Police have seized the mine, which Tom Pell claims was sold illegally.",
            "Tom Pell",
            "the mine was sold illegally",  # session 39: the noun restored
        ),
        (
            "Tom Pell now claims he is in the best form of his career.",
            "Tom Pell",
            "he is in the best form of his career",
        ),
        (
            "Ann Cole, of the Harbour Trust, claims the old pier was never safe.",
            "Ann Cole",
            "the old pier was never safe",
        ),
        (
            "But the petition claims the printers also stop working after two years.",
            "the petition",
            "the printers also stop working after two years",
        ),
        (
            "The town will need to borrow about £2m a year to keep its libraries open, the trust claims.",
            "the trust",
            "The town will need to borrow about £2m a year to keep its libraries open",
        ),
        (
            'It also said the band sounded "raw and unpolished".',
            "It (unresolved)",
            'the band sounded "raw and unpolished"',
        ),
        (
            "Household goods could soon report where their owners are, it warned.",
            "it (unresolved)",
            "Household goods could soon report where their owners are",
        ),
        (
            "One in five said the council should cut the tax next year.",
            "One in five",
            "the council should cut the tax next year",
        ),
        (
            "But nearly half those polled said the mayor should resign.",
            "nearly half those polled",
            "the mayor should resign",
        ),
        (
            "Grobco said in a statement it is looking into what it called a deliberate leak.",
            "Grobco",
            "it is looking into what it called a deliberate leak",
        ),
        (
            "The bank said in a statement on Friday that profits had doubled.",
            "The bank",
            "profits had doubled",
        ),
    ],
)
def test_claim_found(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "He left the stage with tears running down his face.",  # no reporting participle
        "Prices fell, with the market closing lower on Friday.",  # a participle that reports nothing
        "One said nothing at all.",  # "One" alone is no share of people
        "It never said a word.",  # no adverb of time or addition: no statement
        "That is a lot, it seems.",  # not a reporting verb
    ],
)
def test_no_claim(text: str) -> None:
    assert _pairs(text) == []


def test_relative_report_needs_a_verb_before_the_antecedent() -> None:
    # the antecedent opens the sentence: the clause after the verb may be the sentence's own verb
    assert ("it (unresolved)", "is unclear") not in _pairs("The plans, which it says is unclear, were dropped.")


def test_share_needs_a_number_after_in() -> None:
    # "One in the crowd said ...": not a share by number (nothing from the share rule)
    assert all(speaker != "One in the crowd" for speaker, _ in _pairs("One in the crowd said the match was fixed."))


def test_closing_it_has_confirmed_after_an_organisation() -> None:
    # "it" may be the organisation named before, or another: a statement either way (the speaker
    # is resolved or left unresolved, never guessed); with no organisation at all, no claim
    text = "Barclays is in talks with Tom Pell.\n\nThe investor has sent the board new plans, it has confirmed."
    assert "The investor has sent the board new plans" in [c for _, c in _pairs(text)]


def test_titled_name_closing_a_list_sentence() -> None:
    # the parser takes "Lord Bell" for one more item of the list: the name before "said" speaks
    text = (
        "Seats\n\nMr Howard's seat is top of the list.\n\nOthers on the list include Oliver Letwin, David Davis"
        " and Theresa May, the party's elections chief Lord Bell said."
    )
    assert ("Bell", "Others on the list include Oliver Letwin, David Davis and Theresa May") in _pairs(text)
