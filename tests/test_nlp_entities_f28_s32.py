"""Session 32 (round 2) entity rules on fresh28's patterns: invented sentences and names; the
model's spans are given by hand.

- "Mr Pell's Grobco Savings Facility" tagged one organisation, the honorific inside it: the person
  (what he owns left out) where the article writes "Mr Pell" on his own elsewhere; a brand of that
  shape ("Mrs Tarn's Kitchen") is not written alone and is not cut.
- "said KT Varnell, a fund manager with Grobco Capital" typed an organisation: initials and a
  surname that an apposition gives a person's role ("an analyst", "a fund manager with X") are a
  person's ("JD Pellow, the investment bank", "a major player": a firm).
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

# ---- a possessive inside an organisation's span, the honorific inside it


def test_an_honorific_and_a_surname_written_alone_elsewhere_own_what_follows() -> None:
    text = (
        "Mr Pell said the plan would pass. "
        "But Velt says it cannot support Mr Pell's Grobco Savings Facility to help farmers."
    )
    got = resolved(text, [("Mr Pell", "PERSON"), ("Velt", "PLACE"), ("Mr Pell's Grobco Savings Facility", "ORG")])
    assert "Mr Pell's Grobco Savings Facility" not in got, got
    pells = [v for k, v in got.items() if k == "Mr Pell"]
    assert pells and pells[0][1] == "PERSON", got


def test_a_brand_of_an_honorific_and_a_possessive_stays() -> None:
    text = "Shares in Mrs Tarn's Kitchen rose 4% after the sale of its bakeries."
    got = resolved(text, [("Mrs Tarn's Kitchen", "ORG")])
    assert "Mrs Tarn's Kitchen" in got and "Mrs Tarn" not in got, got  # not cut (its type is another rule's)


def test_the_honorific_form_before_the_same_possessive_is_no_evidence() -> None:
    text = "Mrs Tarn's Kitchen opened in May. Mrs Tarn's Kitchen now has six shops."
    got = resolved(text, [("Mrs Tarn's Kitchen", "ORG"), ("Mrs Tarn's Kitchen", "ORG")])
    assert "Mrs Tarn's Kitchen" in got and "Mrs Tarn" not in got, got


# ---- initials and a surname with a person's role in apposition


def test_initials_and_a_surname_given_a_persons_role_in_apposition() -> None:
    text = (
        '"Grobco is buying it cheap," said KT Varnell, a fund manager with Velt Capital in Tarbury. '
        "Shares rose 2%."
    )
    got = resolved(text, [("KT Varnell", "ORG"), ("Velt Capital", "ORG"), ("Tarbury", "PLACE")])
    assert got["KT Varnell"][1] == "PERSON", got


def test_initials_and_a_surname_called_an_analyst() -> None:
    text = "The deal is too dear, said RB Hollins, an independent analyst, on Monday."
    got = resolved(text, [("RB Hollins", "ORG")])
    assert got["RB Hollins"][1] == "PERSON", got


def test_initials_and_a_surname_called_a_bank_or_a_player_stay_a_firm() -> None:
    text = (
        "JD Pellow, the investment bank, is advising the buyer. "
        "TW Garnet, a major player in the steel market, said it was not bidding. "
        "GK Marle, the fund manager, sold its stake."
    )
    got = resolved(text, [("JD Pellow", "ORG"), ("TW Garnet", "ORG"), ("GK Marle", "ORG")])
    assert got["JD Pellow"][1] == "ORG", got
    assert got["TW Garnet"][1] == "ORG", got
    assert got["GK Marle"][1] == "ORG", got


def test_a_firms_word_after_initials_keeps_it_a_firm() -> None:
    text = "LK Holdings, a chief supplier of steel, said it would cut jobs."
    got = resolved(text, [("LK Holdings", "ORG")])
    assert got["LK Holdings"][1] == "ORG", got
