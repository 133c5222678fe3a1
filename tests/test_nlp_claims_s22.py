"""Claim extraction shapes of session 22 (recall), on sentences written for the purpose (none
copied from any corpus).

- A noun of saying owned by "his"/"her" ("his allegations that ..."): the one person the pronoun
  can be, else left unresolved; never inside a quotation, where "his" is someone the quoted
  speaker talks about.
- A named owner whose clause opens without "that" ("Grobco's claim it never sold the mine"): a
  subject, its finite verb and an object or complement (not "Ann's claims he made": a relative).
- "argument" is a noun of saying ("her argument that ...").
- A relative report without its pronoun ("a band they claim is a copy of theirs"), after a
  common noun and a finite verb before it.
- A relative report set off by dashes inside another claim ("Critics say the rules - which Tom
  Pell argues are needed - go too far"): a named speaker's statement of its own.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_pairs = claim_rows("speaker content")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The singer is suing the tabloid over its editor's conduct and his allegations that she skipped the tour.",
            "his (unresolved)",
            "she skipped the tour",
        ),
        (
            "Rivals scoffed at Grobco's claim it never sold the mine to foreign buyers.",
            "Grobco",
            "it never sold the mine to foreign buyers",
        ),
        (
            "The referee dismissed Tom Pell's contention the ball had crossed the line.",
            "Tom Pell",
            "the ball had crossed the line",
        ),
        (
            "Ann Cole won the vote. But her argument that the pier should close is not shared by everyone.",
            "Ann Cole",
            "the pier should close",
        ),
        (
            "The firm is suing a rival over a band they claim is a copy of their own group.",
            "they (unresolved)",
            "is a copy of their own group",
        ),
        (
            "Critics say the rules - which Tom Pell argues are needed to protect the harbour - go too far.",
            "Tom Pell",
            "are needed to protect the harbour",
        ),
    ],
)
def test_claim_found(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "The board rejected Tom Pell's claims he made last year.",  # a relative clause on the noun
        "His allegations were never tested in court.",  # no clause of the noun
        "Everything she said was ignored.",  # no noun of saying, no common-noun antecedent
    ],
)
def test_no_owned_claim(text: str) -> None:
    assert all(not speaker.startswith(("his", "Pell", "Tom Pell")) for speaker, _ in _pairs(text))


def test_pronoun_owner_resolves_to_the_one_person_it_fits() -> None:
    # session 11 left "His insistence that ..." out; the guide annotates it ("his argument that ...")
    text = "Rail\n\nMr Tobias Renwick met the board. His insistence that the trains would run on time was mocked."
    assert ("Renwick", "the trains would run on time") in [(c.speaker.split()[-1], c.content) for c in claims_of(text)]


def test_pronoun_owner_inside_a_quotation_is_no_claim() -> None:
    # inside Ann Cole's words "his" is someone she talks about, never Ann Cole herself
    text = 'Ann Cole said: "His claim that the pier is safe is not a slip. It is what they believe."'
    assert all(content != "the pier is safe" for _, content in _pairs(text))


def test_aside_needs_a_named_speaker() -> None:
    # a dashed relative report inside another claim stands alone only for a named speaker
    text = "They say the tax - which some firms claim has cost jobs - is fair."
    assert all(content != "has cost jobs" for _, content in _pairs(text))


def test_modal_goes_on_after_a_present_report_that_turns_on_it() -> None:
    # "says it would ...": the next sentence on "would" goes on with the plan the party reports
    text = "The party says it would cut the council tax for pensioners. Incomes above £20,000 would then be taxed at a higher rate."
    assert ("The party", "Incomes above £20,000 would then be taxed at a higher rate") in _pairs(text)


def test_modal_needs_the_same_modal_in_the_present_report() -> None:
    # "says it will ...": a later "would" is not the report's own
    text = "The party says it will cut the council tax for pensioners. Incomes above £20,000 would then be taxed at a higher rate."
    assert all(not content.startswith("Incomes") for _, content in _pairs(text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ms Pell announced on her blog she had been sacked by the bank.", "she had been sacked by the bank"),
        ("Mr Cole admitted to jurors he was paid by the firm.", "he was paid by the firm"),
        (
            "The mayor said on a visit to Leeds there was no money left for the pier.",
            "there was no money left for the pier",
        ),
    ],
)
def test_setting_before_a_clause_is_not_content(text: str, content: str) -> None:
    # where, when or to whom it was said, before a clause without "that": not what was said
    assert content in [c for _, c in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "by" with a time belongs to the clause's past perfect
        ("Tom Pell felt by May he had lost the vote.", "by May he had lost the vote"),
    ],
)
def test_clause_time_stays_in_content(text: str, content: str) -> None:
    assert content in [c for _, c in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor said the pier would cost £2m, which the council disputes.", "the pier would cost £2m"),
        ("Critics say the sale broke the law, a charge the company denies.", "the sale broke the law"),
    ],
)
def test_denial_by_another_closes_the_content(text: str, content: str) -> None:
    # the other side's denial, closing the sentence, is the author's report, not the speaker's words
    assert content in [c for _, c in _pairs(text)]


def test_denial_by_a_pronoun_stays_in_the_content() -> None:
    # "which he denies" may be the speaker's own words about someone: left as it was
    assert "the bridge was unsafe" not in [
        c for _, c in _pairs("Tom Pell said the bridge was unsafe, which he denies.")
    ]


def test_role_before_the_clause_stays_in_content() -> None:
    # "as home secretary" is the clause subject's role, not where she said it
    text = "Ann Cole said as home secretary she had given the impression she would like to close the pier."
    assert "as home secretary she had given the impression she would like to close the pier" in [
        c for _, c in _pairs(text)
    ]


def test_modal_does_not_go_on_after_a_pronoun_speaker() -> None:
    # "he adds": whoever "he" is taken to be, the guess is not spread to the sentences after it
    text = (
        "The report was written by Tom Pell and Ann Cole's team.\n\nBut he adds, the council could do more for"
        " the pier. Grants could also be widened to cover the harbour."
    )
    assert all(not content.startswith("Grants") for _, content in _pairs(text))


def test_span_of_time_before_the_clause_stays_in_content() -> None:
    # "during her ten years in office" is when she saw it, not when she said it
    text = "Ann Cole said during her ten years in office she had seen three mayors come and go."
    assert "during her ten years in office she had seen three mayors come and go" in [c for _, c in _pairs(text)]
