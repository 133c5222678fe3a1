"""A name whose first word is a modal ("Will Parkes"), on sentences written for the purpose (none
copied from any corpus).

The tagger may read the "Will" of '"...," Will Parkes told ...' as the verb's modal, which made the
saying a future one ("will tell") and left the speaker without his first name. A capitalised
modal inside its sentence, before a capitalised word, is a name's first word
(belreader.nlp.claims.vocabulary.modal): the saying is reported, and the parse is mended so that
the name is the speaker. A lower-case modal ("he will say") still makes the words not yet said.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows

_pairs = claim_rows("speaker content", opening="Port\n\n")


@pytest.mark.parametrize(
    "text",
    [
        '"We have a plan for the town," Will Parkes told the Dunmore Echo.',
        '"We have a plan for the town," Will Parkes said.',
        '"We have a plan for the town," Will Parkes, senior fellow at the Pell Institute told the Dunmore Echo.',
        '"We have a plan for the town," Will Parkes, senior fellow at the Pell Institute, said on Monday.',
    ],
)
def test_a_name_whose_first_word_is_a_modal_speaks(text: str) -> None:
    assert _pairs(text) == [("Will Parkes", "We have a plan for the town")]


def test_a_quote_with_a_modal_of_its_own_before_such_a_name() -> None:
    assert _pairs('"We will win," Will Parkes, the Grobco chairman, told the Dunmore Echo.') == [
        ("Will Parkes", "We will win")
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"We will win," he will say at the rally.',
        '"We will win," Mr Parkes will tell the rally.',
        '"We will win," Will Parkes will tell the rally.',
    ],
)
def test_words_still_to_be_said_stay_no_claim(text: str) -> None:
    assert _pairs(text) == []


def test_a_month_is_no_name() -> None:
    assert _pairs("In May, said the report, sales fell.") == [("the report", "sales fell")]
