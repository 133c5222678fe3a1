"""Session 41, mender fm41e: findings 2, 5 and 6 of FINALREAD_s41 (invented sentences and names).
Each positive test failed on 67050c70.

- A name after "the" + a trade's word + a firm's noun and before a verb is a relative clause's
  subject only where the sentence has its main verb elsewhere ("worked at the investment bank Tom
  Vell advised", "The record label Ann Marsh signed to in 2001 had folded"); where that verb is the
  sentence's own ("The investment bank Jordan Hale advised the buyers", "Shares in the investment
  bank Jordan Hale fell") the name is the firm.
- "the Commonwealth" (the Games, war graves) and "the Union Jack" are no federal centre: "the
  States" in such an article with a US cue is still the United States.
- A post written as a possessive in a misspelt surname's apposition is another's ("Ms Abbott, the
  MP's secretary"): the short form does not join the MP.
"""

from __future__ import annotations

import pytest

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _ids(text: str, word: str) -> set[str]:
    return {eid for t, _, eid in _mentions(text) if t.endswith(word)}


def _labels(text: str, name: str) -> set[str]:
    return {label for t, label, _ in _mentions(text) if t == name}


# ---- 2. a firm whose verb is the sentence's own ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The investment bank Jordan Hale advised the buyers.", "Jordan Hale"),
        ("The record label Ruby Sparks signed three new bands last year.", "Ruby Sparks"),
        ("Last year the record label Ruby Sparks signed the band.", "Ruby Sparks"),
        ("Shares in the investment bank Jordan Hale fell sharply on Monday.", "Jordan Hale"),
        # a verb after the clause's is no main verb where it is the firm's own auxiliary, or in a
        # clause of its object or after "and"
        ("The investment bank Jordan Hale has advised the buyers.", "Jordan Hale"),
        ("The investment bank Jordan Hale advised the buyers, who were pleased.", "Jordan Hale"),
        ("The record label Ruby Sparks signed three bands that had played in Velton.", "Ruby Sparks"),
        ("The investment bank Jordan Hale advised the buyers and said the deal was fair.", "Jordan Hale"),
    ],
)
def test_a_firm_doing_the_sentences_deed_is_a_company(text: str, name: str) -> None:
    assert _labels(text, name) == {"ORG"}, (text, _mentions(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tom Pell, a lawyer, worked at the investment bank Tom Vell advised for a decade.", "Tom Vell"),
        ("The record label Ann Marsh signed to in 2001 had folded, her manager said.", "Ann Marsh"),
        ("Ms Marsh left the law firm Jim Carter represents in the case.", "Jim Carter"),
        ("Analysts at the investment bank Tom Vell bought in 2010 said the deal was done.", "Tom Vell"),
    ],
)
def test_a_relative_clause_after_a_firm_keeps_its_person(text: str, name: str) -> None:
    assert _labels(text, name) == {"PERSON"}, (text, _mentions(text))


# ---- 5. "the States" beside "the Commonwealth" -----------------------------------------------------


def test_the_commonwealth_is_no_federal_centre() -> None:
    for text in (
        "Tomas Pell moved to the States in 1990 after his American wife found work there. He coached "
        "at the Commonwealth Games in 2002.",
        "Tomas Pell moved to the States in 1990 after his American wife found work there. He flew the "
        "Union Jack at his house in Velton.",
    ):
        assert _ids(text, "States") == {"united-states"}, (text, _mentions(text))


def test_a_federal_centre_still_blocks_the_states() -> None:
    text = (
        "The Centre has asked the States to cut spending. The States said the demand was unfair, an "
        "American economist in Velpur said."
    )
    assert "united-states" not in _ids(text, "States"), _mentions(text)


# ---- 6. a possessive post in an apposition -----------------------------------------------------------


def test_a_possessive_post_is_someone_elses() -> None:
    for text in (
        "Delphine Abbot, the Labour MP, spoke first. Later Ms Abbott, the MP's secretary, said she was pleased.",
        "Delphine Abbot was elected mayor in 2010. Later Ms Abbott, the mayor's secretary, said she was pleased.",
    ):
        assert _ids(text, "Abbott") == {"abbott"}, (text, _mentions(text))


def test_the_same_post_still_joins_the_full_name() -> None:
    text = (
        "Delphine Abbot, the MP for Velton, spoke on Monday. Later Ms Abbott, the Labour MP, said the plan was wrong."
    )
    assert _ids(text, "Abbott") == {"delphine-abbot"}, _mentions(text)
