"""Session 41, mender me41b: entity findings 4 and 5 of REVIEW_41 (invented sentences and names).
Each positive test failed on 82322492.

- A surname misspelt by a doubled letter ("Ms Abbott" after "Diane Abbot") with an apposition after
  it joins the full name only where the apposition names a post the article gives the full name
  ("Ms Abbott, the Labour MP" after "Delphine Abbot, the MP for Velton"); any other description
  ("the head of the local school", "the owner of a bakery") may be another person: kept apart, and
  so is one that brings in someone new whatever its post ("a Labour MP", "the MP's sister", "the
  other Labour MP").
- A name after "the" + a trade's word + a firm's noun and before a verb ("the investment bank Tom
  Vell advised", "the record label Ann Marsh signed to", "the law firm Jim Carter represents") is
  the subject of a relative clause, a person; "games firm Phoenix Torrent" (no determiner), "the
  games firm Phoenix Torrent said" and "the law firm Tods Marray, where" stay companies.
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _ids(text: str, word: str) -> set[str]:
    return {eid for t, _, eid in _mentions(text) if t.endswith(word)}


def _labels(text: str, name: str) -> set[str]:
    return {label for t, label, _ in _mentions(text) if t == name}


# ---- 4. a misspelt surname with a description after it --------------------------------------------


def test_misspelt_surname_with_another_post_stays_apart() -> None:
    text = (
        "Delphine Abbot, the Labour MP, condemned the attack. Ms Abbott, the head of the local school, "
        "said pupils were safe."
    )
    assert _ids(text, "Abbott") == {"abbott"}, _mentions(text)
    text = (
        "Tomas Phillips was elected mayor in 2010. Mr Philips, the owner of a bakery on the high "
        "street, said the new rules would hurt him."
    )
    assert _ids(text, "Philips") == {"philips"}, _mentions(text)
    # the same post, but someone new: a relative, "the other", an indefinite
    for after in ("the MP's sister", "the other Labour MP", "a Labour MP"):
        text = f"Delphine Abbot, the Labour MP, spoke on Monday. Ms Abbott, {after}, said the plan was wrong."
        assert _ids(text, "Abbott") == {"abbott"}, (after, _mentions(text))


def test_misspelt_surname_with_the_same_post_joins_the_full_name() -> None:
    text = (
        "Delphine Abbot, the MP for Velton, spoke on Monday. Later Ms Abbott, the Labour MP, said the plan was wrong."
    )
    assert _ids(text, "Abbott") == {"delphine-abbot"}, _mentions(text)
    text = "Tomas Phillips was elected mayor in 2010. Mr Philips, the mayor, said the new rules would hurt him."
    assert _ids(text, "Philips") == {"tomas-phillips"}, _mentions(text)
    # no apposition: the one full name of that spelling, as before
    text = "Delphine Abbot spoke on Monday. Later Ms Abbott said the plan was wrong."
    assert _ids(text, "Abbott") == {"delphine-abbot"}, _mentions(text)


# ---- 5. a relative clause after "the ... firm" -----------------------------------------------------


def test_a_name_opening_a_relative_clause_stays_a_person() -> None:
    for text, name in (
        ("Tom Pell, a lawyer, worked at the investment bank Tom Vell advised for a decade.", "Tom Vell"),
        ("The record label Ann Marsh signed to in 2001 had folded, her manager said.", "Ann Marsh"),
        ("Ms Marsh left the law firm Jim Carter represents in the case.", "Jim Carter"),
        (
            'Analysts at the investment bank Tom Vell bought in 2010 said the deal was done. "It is over," '
            "said Tom Vell.",
            "Tom Vell",
        ),
    ):
        assert _labels(text, name) == {"PERSON"}, (text, _mentions(text))


def test_a_firm_after_a_trade_word_stays_a_company() -> None:
    for text, name in (
        ("Shares in games firm Phoenix Torrent rose on Monday.", "Phoenix Torrent"),
        ("The games firm Phoenix Torrent said sales rose. Phoenix Torrent employs 200 people.", "Phoenix Torrent"),
        ("Jim Pell joined the law firm Tods Marray, where he is a partner.", "Tods Marray"),
    ):
        assert _labels(text, name) == {"ORG"}, (text, _mentions(text))
