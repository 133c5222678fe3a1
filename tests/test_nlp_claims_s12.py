"""Claim extraction shapes of session 12, on sentences written for the purpose (none copied from
any corpus).

- "it" that speaks: "..., it said." / '"...," it added.' / 'It added: "..."' state something even
  when no organisation is there for "it" to name: the claim is kept with an unresolved speaker,
  never dropped and never guessed; "It says a lot that ..." is no statement.
- '"...," added the shopkeeper.': a described speaker after a closed quote, which the parser
  takes for the object of "added".
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
