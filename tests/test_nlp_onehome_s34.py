"""Session 34, one home for logic written twice (a refactor, no new rule): `people.untagged_name` is
the one answer to "is this capitalised run a name the model did not tag?", for claims.context
(strict) and speakers (`loose`). These pin the two answers each caller gave before the move."""

from __future__ import annotations

import pytest

from belreader.nlp.people import untagged_name


@pytest.mark.parametrize(
    ("text", "strict", "loose"),
    [
        ("Ubbo Fanne", True, True),
        ("Jo O'Neill", False, True),  # no small letter before the joiner: only the loose answer
        ("Ann Bell-Smith", True, True),
        ("Jo O'Neill-Bell", False, True),  # two joiners in one word: only the loose answer
        ("Ann Marie Bell", True, True),
        ("The Grobs", False, True),  # an article opens no name the pronoun tracker follows
        ("Velt Grobco Tarbury Holdings", False, True),  # four words: only the loose answer
        ("Velt Grobco Tarbury Holdings Group", False, False),
        ("Tom McBell", False, True),  # a capital inside the word: only the loose answer
        ("Bell", False, False),  # one word: no run
        ("Tom bell", False, False),
    ],
)
def test_the_two_answers(text: str, strict: bool, loose: bool) -> None:
    assert untagged_name(text.split()) is strict
    assert untagged_name(text.split(), loose=True) is loose
