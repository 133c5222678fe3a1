"""Session 31 (round 2) entity rules on fresh27's patterns: invented sentences and names; the
model's spans are given by hand.

- "JT Varnell" typed an organisation, then "Varnell said she ...": a name of initials and a
  surname whose surname, written alone, speaks of a person ("he", "she") is a person's
  ("JD Pellow ... Pellow said it ...": a firm).
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

# ---- initials and a surname typed as an organisation


def test_initials_and_a_surname_whose_surname_says_she_is_a_person() -> None:
    text = (
        "JT Varnell's new novel topped the chart on Monday. "
        "Varnell said she had finished the book in May, and fans queued for hours."
    )
    got = resolved(text, [("JT Varnell", "ORG")])
    assert got["JT Varnell"][1] == "PERSON", got
    assert got.get("Varnell") == (got["JT Varnell"][0], "PERSON"), got  # the surname alone, found after


def test_initials_and_a_surname_whose_surname_speaks_of_itself_stays_a_firm() -> None:
    text = "The bank JD Pellow advised the buyer. Pellow said it would not comment on the deal."
    got = resolved(text, [("JD Pellow", "ORG")])
    assert got["JD Pellow"][1] == "ORG", got


def test_the_surname_inside_a_longer_name_is_no_evidence() -> None:
    text = "The bank JD Pellow advised the buyer. Tom Pellow said he was pleased with the deal."
    got = resolved(text, [("JD Pellow", "ORG"), ("Tom Pellow", "PERSON")])
    assert got["JD Pellow"][1] == "ORG", got
