"""The missing-full-stop cut of reported words (spans.finish) on sentences written for the purpose:
it does not cut a title ("the novel It when ..."), a surname after an office or a preposition
("vice-premier He", "talks with He were"), or after a link word ("went well and It will"); it needs
a finite verb after the pronoun; a weekday or month may end the sentence before the pronoun.
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of

_OPENING = "Quay\n\nTrade was slow in April. "


def _contents(text: str) -> list[str]:
    return [c.content for c in claims_of(_OPENING + text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Vell said she first read the novel It when she was nine and hid it from her brother.",
        "Mr Orrin said the horror film It follows two sisters across Tarnshire.",
        "Ms Vell said the comedy show We are Nine Lamps would return in the autumn.",
        "The lender said its chief met vice-premier He in Dorlan and the talks went well.",
        "The envoy said talks with He were frank and would resume in Dorlan.",
    ],
)
def test_a_title_or_a_surname_is_not_a_missing_full_stop(sentence: str) -> None:
    content = sentence.split(" said ", 1)[1].rstrip(".")
    assert _contents(sentence) == [content]


def test_no_cut_after_a_link_word() -> None:
    assert _contents("The firm said the talks went well and It will sign the deal next week.") == [
        "the talks went well and It will sign the deal next week"
    ]


def test_the_pronoun_needs_a_finite_verb() -> None:
    assert _contents("Mr Orrin said the gift came from the family He in particular.") == [
        "the gift came from the family He in particular"
    ]


def test_a_weekday_may_end_the_sentence_before_the_pronoun() -> None:
    found = _contents("The council said the bridge would close on Tuesday They will reopen it in spring.")
    assert found[0] == "the bridge would close on Tuesday"


def test_a_past_tense_after_the_pronoun_still_cuts() -> None:
    assert _contents(
        "The court ruled that the track was copied in breach of the law It added that fines were due."
    ) == ["the track was copied in breach of the law"]
