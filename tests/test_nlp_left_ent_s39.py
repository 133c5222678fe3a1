"""Session 39 entity rules left by session 38 (TASK_left39e); invented sentences and names. Each
positive test failed on 0d6ed500.

- "Marten Records signed the band": the model's "Marten" and the company's word after it it left out
  are one company, never the surname of a "Tom Marten" the article names; not where the name goes
  on ("Velt Media Labs Europe", "Velt Research and Development").
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

# ---- 1. a company's word the model left after a name


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_name_and_the_company_word_after_it_are_one_company(label: str) -> None:
    got = resolved(
        "The song is by Tom Marten. Marten Records signed the band.", [("Tom Marten", "PERSON"), ("Marten", label)]
    )
    assert got.get("Marten Records") == ("marten-records", "ORG"), got
    assert got["Tom Marten"] == ("tom-marten", "PERSON"), got


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A team at the Velt Media Labs Europe built it.", "Velt"),
        ("It was made by Velt Research and Development for the firm.", "Velt"),
    ],
)
def test_a_name_going_on_after_the_company_word_is_left_alone(text: str, span: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert span in got, got
    assert not any(key.startswith(span + " ") for key in got), got
