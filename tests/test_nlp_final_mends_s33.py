"""Session 33, the final read's mends (FINALREAD_s33 #2 and #3), on sentences written for the
purpose (none copied from any corpus).

- "The Kenyan National Congress": a public body's one word ("Congress", "Treasury") inside a longer
  name is another body when the word right next to it does not qualify it ("National" names
  another body), whatever the word before that ("Kenyan", a people's word). Still the table's
  body where the word next to it qualifies it: "the Republican Congress", "HM Treasury", "the
  American Congress", "the 109th Congress", "Treasury Secretary ...".
- "A, Tom Pell said, according to the Velt Times.": a claim whose attribution ends right before
  the comma of a closing "according to" is already attributed: it keeps its content, and the
  medium is its outlet, never its speaker; a source that is no medium ("the book", a person) has
  the outer claim over the sentence before the comma as well. Any tense of the reported clause.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of, entity_names

# ---- #2: the word right next to the body's word judges it


@pytest.mark.parametrize(
    ("text", "entity_id", "longer"),
    [
        (
            "The Kenyan National Congress won the vote in Tarbury by a wide margin.",
            "us-congress",
            "Kenyan National Congress",
        ),
        ("The Kenyan National Treasury said prices would rise.", "hm-treasury", "Kenyan National Treasury"),
    ],
)
def test_a_body_word_after_an_unqualifying_word_is_another_body(text: str, entity_id: str, longer: str) -> None:
    ids = entity_names(text)
    assert entity_id not in ids, ids
    assert longer in ids.values(), ids


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        ("The Republican Congress will debate the plan in June.", "us-congress"),
        ("The American Congress will debate the plan in June.", "us-congress"),
        ("The US Congress will debate the plan in June.", "us-congress"),
        ("Tom Pell spoke to the 109th Congress on Monday.", "us-congress"),
        ("HM Treasury said it would act on Monday.", "hm-treasury"),
        ("Treasury Secretary Tom Pell said the figures for Britain were strong.", "hm-treasury"),
        ("Lib Dem Treasury spokesman Tom Pell said the plan was costly.", "hm-treasury"),
    ],
)
def test_a_body_word_qualified_right_before_stays_that_body(text: str, entity_id: str) -> None:
    assert entity_id in entity_names(text), entity_names(text)


# ---- #3: a closing "according to" after an inserted attribution

_OPENING = "Quay\n\nTrade was slow in April. "


def _claims(text: str):
    return claims_of(_OPENING + text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sales will rise next year, Tom Pell said, according to the Velt Times.", "Sales will rise next year"),
        ("Sales have risen this year, Tom Pell says, according to the Velt Times.", "Sales have risen this year"),
        ("The mill closed in May, Tom Pell said, according to the Velt Times.", "The mill closed in May"),
    ],
)
def test_a_medium_after_an_inserted_attribution_is_the_outlet(text: str, content: str) -> None:
    claims = _claims(text)
    assert [(c.speaker, c.content.rstrip(".")) for c in claims] == [("Tom Pell", content)]
    assert claims[0].outlets == ["velt-times"]


def test_a_paper_after_an_inserted_attribution_keeps_the_speakers_claim() -> None:
    """Pell's claim stays; the paper has at most its outer claim, over the whole report."""
    claims = _claims("Prices will rise by 5% next year, Tom Pell said, according to the paper.")
    found = [(c.speaker, c.content.rstrip(".")) for c in claims]
    assert ("Tom Pell", "Prices will rise by 5% next year") in found
    assert all(
        content == "Prices will rise by 5% next year, Tom Pell said"
        for speaker, content in found
        if speaker != "Tom Pell"
    ), found


def test_a_source_after_an_inserted_attribution_keeps_both_claims() -> None:
    found = [
        (c.speaker, c.content.rstrip("."))
        for c in _claims("Sales will rise next year, Tom Pell said, according to the book.")
    ]
    assert ("Tom Pell", "Sales will rise next year") in found
    assert ("the book", "Sales will rise next year, Tom Pell said") in found


def test_a_plain_according_to_a_medium_is_unchanged() -> None:
    claims = _claims("Sales will rise next year, according to the Velt Times.")
    assert [(c.speaker, c.content.rstrip(".")) for c in claims] == [("Velt Times", "Sales will rise next year")]


def test_a_reported_clause_before_according_to_a_medium_is_unchanged() -> None:
    claims = _claims("Grobco has said it will give $3m to the fund, according to the Velt Times.")
    assert [(c.speaker, c.content) for c in claims] == [("Grobco", "it will give $3m to the fund")]
    assert claims[0].outlets == ["velt-times"]


def test_a_person_source_after_an_inserted_attribution_keeps_both_claims() -> None:
    found = [
        (c.speaker, c.content.rstrip("."))
        for c in _claims("Sales will rise next year, Tom Pell said, according to Ann Bell.")
    ]
    assert ("Tom Pell", "Sales will rise next year") in found
    assert ("Ann Bell", "Sales will rise next year, Tom Pell said") in found


def test_a_titled_speaker_before_according_to_a_medium_keeps_the_claim() -> None:
    claims = _claims("Sales will rise next year, Grobco boss Tom Pell said, according to the Velt Times.")
    assert [(c.speaker, c.content.rstrip(".")) for c in claims] == [("Tom Pell", "Sales will rise next year")]
    assert claims[0].outlets == ["velt-times"]


def test_figures_after_an_inserted_attribution_make_no_claim() -> None:
    """Data report no one's words: the figures are no speaker, Pell's claim stays."""
    found = [
        (c.speaker, c.content.rstrip("."))
        for c in _claims("Sales will rise next year, Tom Pell said, according to official figures.")
    ]
    assert found == [("Tom Pell", "Sales will rise next year")]
