"""Session 39: the verb as written keeps the noun of saying that makes a verb of giving or voicing
one of reporting ("gave assurances", "voiced concern"), so the Claims tab never reads "X gave: ..."."""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import make_article


def _verbs(text: str) -> list[tuple[str, str]]:
    return [(c.verb_text, c.content) for c in nlp.analyze(make_article(text)).claims]


@pytest.mark.parametrize(
    ("text", "verb_text"),
    [
        ("The president gave assurances that the plant would stay open.", "gave assurances"),
        ("Tom Pell voiced concern that prices would rise.", "voiced concern"),
        ("Tom Pell offered a guarantee that no jobs would go.", "offered a guarantee"),
        ("Ann Bell expressed fears that the deal would collapse.", "expressed fears"),
    ],
)
def test_the_noun_of_saying_stays_with_its_verb(text: str, verb_text: str) -> None:
    found = _verbs(text)
    assert found, text
    assert found[0][0] == verb_text


@pytest.mark.parametrize(
    ("text", "verb_text", "content"),
    [
        ("Tom Pell said the claims were false.", "said", "the claims were false"),
        ('"Rates will fall," Tom Pell said, a claim his rivals mocked.', "said", "Rates will fall"),
        ("The firm denied that it had broken the rules.", "denied", "it had broken the rules"),
        # a verb of rejecting or making reads as one alone (older sessions' convention)
        ("Ann Bell rejected claims that she had lied.", "rejected", "she had lied"),
        ("Tom Pell made the claim that rates would fall.", "made", "rates would fall"),
    ],
)
def test_a_noun_in_the_content_or_after_a_quote_is_not_the_verbs(text: str, verb_text: str, content: str) -> None:
    assert (verb_text, content) in _verbs(text)
