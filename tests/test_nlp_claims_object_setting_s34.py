"""Session 34 (mend no34): a reporting verb's short noun object with a time, place or occasion
after it ("denied the allegations on Monday", "confirmed the deal in a statement") is no claim,
as the object alone ("denied the allegations") is none: the adjunct adds no words said. What the
verb says in a clause, a quotation, a gerund or a noun of saying with its "that" clause stays, and
so does an object with a phrase of what is said of it ("accused X of fraud").

Sentences and names invented for the purpose."""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

OPENING = "Quay / Trade was slow in April.\n\n"
rows = claim_rows("speaker verb_text content", opening=OPENING, bare=True)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Pell denied that claim on Monday.",
        "Tom Pell denied the allegations on Monday.",
        "Tom Pell denied any wrongdoing on Monday.",
        "Tom Pell denied murder at the Old Bailey.",
        "Tom Pell confirmed the deal on Monday.",
        "Tom Pell confirmed the deal in a statement.",
        "Tom Pell denied the allegations last week.",
        "Tom Pell denied the story again.",
    ],
)
def test_short_object_with_setting_is_no_claim(text: str) -> None:
    assert rows(text) == []


def test_object_with_setting_before_a_participle_leaves_the_participle() -> None:
    assert rows("Tom Pell denied the claims on Monday, saying the plant was safe.") == [
        ("Tom Pell", "saying", "the plant was safe")
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the object alone was no claim before either
        ("Tom Pell denied on Monday that the plant would close.", "the plant would close"),
        ("Tom Pell denied it was true on Monday.", "it was true on Monday"),
        ("Tom Pell confirmed on Monday that the deal was off.", "the deal was off"),
        ("Tom Pell confirmed the deal was off on Monday.", "the deal was off on Monday"),
        ("Tom Pell denied reports that the plant would close on Monday.", "the plant would close on Monday"),
        ("Tom Pell denied having met Ann Bell on Monday.", "having met Ann Bell on Monday"),
        ("Tom Pell accused Grobco of fraud on Monday.", "Grobco of fraud on Monday"),
        ("Tom Pell described the plan as rash on Monday.", "the plan as rash on Monday"),
        ("Tom Pell blamed Grobco for the delay on Monday.", "Grobco for the delay on Monday"),
        ("Tom Pell forecast growth of 2% in 2006.", "growth of 2% in 2006"),
        ("The bank predicted 4% growth this year.", "4% growth this year"),
        (
            "Grobco forecast sustained growth at between 5-8% for this year.",
            "sustained growth at between 5-8% for this year",
        ),
        (
            "Tom Pell accused the jury during the 2003 hearing of bias against Velt.",
            "the jury during the 2003 hearing of bias against Velt",
        ),
        ('Tom Pell denied "any wrongdoing" on Monday.', '"any wrongdoing" on Monday'),
        ('"We did nothing wrong," Tom Pell denied on Monday.', "We did nothing wrong"),
    ],
)
def test_what_is_said_stays(text: str, content: str) -> None:
    assert [row[2] for row in rows(text)] == [content]
