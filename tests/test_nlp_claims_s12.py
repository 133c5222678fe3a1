"""Claim extraction shapes of session 12, on sentences written for the purpose (none copied from
any corpus).

- "it" that speaks: "..., it said." / '"...," it added.' / 'It added: "..."' state something even
  when no organisation is there for "it" to name: the claim is kept with an unresolved speaker,
  never dropped and never guessed; "It says a lot that ..." is no statement.
- '"...," added the shopkeeper.': a described speaker after a closed quote, which the parser
  takes for the object of "added".
- Reported words cut after their auxiliary, modal or "to" ("where they had said they would be",
  "as people thought it would") are no statement: dropped, once they have ended the claim before
  them; not before a colon that opens a list.
- "X told reporters that A, but added that B": the coordinated reporting verb ends A's content
  (it was one claim holding both, the second verb's claim dropped as nested in it).
- "..., the MPs found." / "Researchers found that ...": with a clause, the finding of a body that
  investigates (MPs, a committee, researchers, a court) is its statement, like a report's.
- "He is convinced Grobco remains ...": a stance like "is confident", though the parser reads
  a passive.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, claims_of

IT_SPEAKS = {
    "trailing": ("Shops\n\nThe shop had a poor winter. Footfall fell by a tenth in January, it said.", "Footfall fell"),
    "quote": ('Shops\n\nThe shop had a poor winter. "We expect a better spring," it added.', "We expect a better"),
    "colon": (
        'Shops\n\nThe shop had a poor winter. It added: "Our online orders kept growing all year."',
        "Our online orders",
    ),
}


@pytest.mark.parametrize("case", sorted(IT_SPEAKS))
def test_it_as_an_unnamed_speaker_keeps_the_statement(case):
    text, start = IT_SPEAKS[case]
    claim = claim_starting(text, start)
    assert claim is not None, [(c.speaker, c.content) for c in claims_of(text)]
    assert claim.speaker.lower() == "it (unresolved)"
    assert claim.speaker_id is None


def test_it_that_names_no_speaker_is_no_claim():
    assert claims_of("Shops\n\nIt says a lot about the town that the shop stayed open.") == []


def test_quote_then_added_and_a_description_is_a_claim_of_that_speaker():
    # the parser takes "the shopkeeper" for the object of "added" (never of "said")
    claim = claim_starting('Shops\n\n"We will cut our prices in March," added the shopkeeper.', "We will cut")
    assert claim is not None
    assert claim.speaker == "the shopkeeper"


ELLIPTIC = {
    "would-be": "Camps\n\nThe team trained by the sea rather than in the hills, where they had said they would be.",
    "modal": "Web\n\nThe web has not changed as much as the designers thought it would.",
    "to": "Clubs\n\nHe could yet return to the club, and he says that he wants to.",
}


@pytest.mark.parametrize("case", sorted(ELLIPTIC))
def test_reported_words_cut_after_an_auxiliary_are_no_claim(case):
    # "they would be", "it would", "he wants to": what they stand for is elsewhere in the sentence
    assert [c.content for c in claims_of(ELLIPTIC[case])] == []


def test_an_elliptic_second_claim_still_ends_the_first():
    text = "Cards\n\nHalf of the shoppers said they had new cards, while a third said only some had."
    assert [c.content for c in claims_of(text)] == ["they had new cards"]


def test_a_modal_before_a_colon_and_a_list_is_kept():
    text = "Court\n\nJudge Ann Ruby said she must:\n\n- Spend a year on probation"
    assert claim_starting(text, "she must") is not None


@pytest.mark.parametrize("joint", [", but", " and", ", and he"])
def test_a_coordinated_reporting_verb_ends_the_content_of_told(joint):
    text = (
        "Music\n\nThe singer told reporters that he wanted to change his career"
        f"{joint} added that he did not know what it would be yet."
    )
    contents = sorted(c.content for c in claims_of(text))
    assert contents == ["he did not know what it would be yet", "he wanted to change his career"]


def test_a_finding_of_mps_is_their_statement():
    claim = claim_starting('Audit\n\nThe office had "failed" to keep proper accounts, the MPs found.', "The office had")
    assert claim is not None
    assert claim.speaker == "the MPs"


def test_researchers_finding_that_is_a_claim_but_finding_a_thing_is_not():
    assert claim_starting("Mice\n\nResearchers found that mice live longer on the diet.", "mice live") is not None
    assert claims_of("Files\n\nThe researchers found the missing files in a drawer.") == []


def test_a_committee_finding_is_a_claim():
    text = "Audit\n\nThe office had failed to keep proper accounts, the committee found."
    claim = claim_starting(text, "The office had failed")
    assert claim is not None
    assert claim.speaker == "the committee"


def test_convinced_before_a_name_and_a_clause_is_a_stance_claim():
    # the parser reads "is convinced" as a passive, "He" hung on "is"
    text = "Search\n\nMr Ward Lyle is an analyst. He is convinced Grobco remains the strongest brand on the web."
    claim = claim_starting(text, "Grobco remains")
    assert claim is not None
    assert claim.speaker_id == "ward-lyle"
    assert claims_of("Search\n\nMr Ward Lyle is an analyst. He was convinced by the argument.") == []


def test_not_everyone_convinced_is_no_claim():
    assert claims_of("Plan\n\nThe bank has a plan. Not everyone is convinced the plan will work.") == []
