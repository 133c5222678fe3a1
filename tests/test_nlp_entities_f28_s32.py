"""Session 32 (round 2) entity rules on fresh28's patterns: invented sentences and names; the
model's spans are given by hand.

- "Mr Pell's Grobco Savings Facility" tagged one organisation, the honorific inside it: the person
  (what he owns left out) where the article writes "Mr Pell" on his own elsewhere; a brand of that
  shape ("Mrs Tarn's Kitchen") is not written alone and is not cut.
- "said KT Varnell, a fund manager with Velt Capital" typed an organisation: initials and a
  surname that an apposition gives a person's role ("an analyst", "a fund manager with X") are a
  person's ("JD Pellow, the investment bank", "a major player": a firm).
- "Arvanian" + "Library" (a people's adjective, then a body's noun the model took for a person):
  one organisation.
- "women present in X who were ...": "who" with no comma after a name a preposition puts after a
  noun is the noun's, no evidence that X is a person.
- "The Tarbury, Velshire-based company": the town before its region is a place.
- "Pell and Varnish" tagged one organisation where a Tom Pell and an Ida Varnish are named: the two
  people; "group Farmers" + " and Friends of Velt Hill" (a plural common noun, "and", a body,
  after one body's singular noun): one organisation.
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

# ---- a possessive inside an organisation's span, the honorific inside it


def test_an_honorific_and_a_surname_written_alone_elsewhere_own_what_follows() -> None:
    text = (
        "Mr Pell spoke at the launch on Friday. "
        "Yet Velt will not fund Mr Pell's Grobco Savings Facility for small farms."
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
    text = '"The price looks low to me," said KT Varnell, a fund manager with Velt Capital. Shares rose 2%.'
    got = resolved(text, [("KT Varnell", "ORG"), ("Velt Capital", "ORG")])
    assert got["KT Varnell"][1] == "PERSON", got


def test_initials_and_a_surname_called_an_analyst() -> None:
    text = "The deal is too dear, said RB Hollins, an independent analyst, on Monday."
    got = resolved(text, [("RB Hollins", "ORG")])
    assert got["RB Hollins"][1] == "PERSON", got


def test_initials_and_a_surname_called_a_bank_or_a_player_stay_a_firm() -> None:
    text = (
        "JD Pellow, the investment bank, has been hired by the buyer. "
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


# ---- a people's adjective before a body's noun the model took for a person


def test_a_peoples_adjective_and_a_library_typed_a_person_are_one_body() -> None:
    text = "Her diaries are now kept in the Arvanian Library for scholars."
    got = resolved(text, [("Arvanian", "NORP"), ("Library", "PERSON")])
    assert got.get("Arvanian Library", ("", ""))[1] == "ORG", got
    assert "Library" not in got, got


def test_a_peoples_adjective_before_a_persons_name_stays_apart() -> None:
    text = "The Arvanian Tom Pell won the race."
    got = resolved(text, [("Arvanian", "NORP"), ("Tom Pell", "PERSON")])
    assert got.get("Tom Pell", ("", ""))[1] == "PERSON", got
    assert "Arvanian Tom Pell" not in got, got


def test_a_peoples_adjective_before_a_one_word_surname_stays_apart() -> None:
    text = "The Arvanian Hunter won the race, and Hunter said he was tired."
    got = resolved(text, [("Arvanian", "NORP"), ("Hunter", "PERSON"), ("Hunter", "PERSON")])
    assert "Arvanian Hunter" not in got, got


# ---- "who" with no comma after a name a preposition puts after a noun


def test_who_after_a_body_named_after_a_preposition_is_the_nouns() -> None:
    text = "Far more farmers work in Grobmoot who would back the scheme, the study said."
    got = resolved(text, [("Grobmoot", "ORG")])
    assert got["Grobmoot"][1] == "ORG", got


def test_who_after_a_name_with_a_comma_still_makes_a_person() -> None:
    text = "The award went to Varnish, who won it in 2000 as well."
    got = resolved(text, [("Varnish", "ORG")])
    assert got["Varnish"][1] == "PERSON", got


# ---- "A and B" tagged one organisation: two people, or one group


def test_two_surnames_of_people_named_before_are_two_people() -> None:
    text = (
        "A court ruled that Tom Pell fed data to Ida Varnish. "
        '"Pell and Varnish sold the stolen data for cash," the prosecutor said.'
    )
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ida Varnish", "PERSON"), ("Pell and Varnish", "ORG")])
    assert "Pell and Varnish" not in got, got
    assert got["Pell"] == got["Tom Pell"], got
    assert got["Varnish"] == got["Ida Varnish"], got


def test_a_firm_of_two_names_no_one_here_bears_stays_a_firm() -> None:
    text = "Tom Pell joined Grobb and Tarley last year. Grobb and Tarley said profits rose."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Grobb and Tarley", "ORG"), ("Grobb and Tarley", "ORG")])
    assert got["Grobb and Tarley"][1] == "ORG", got


def test_a_plural_noun_and_a_body_after_one_groups_noun_are_one_body() -> None:
    text = "The campaign group Farmers and Friends of Velt Hill said the road should stay shut."
    got = resolved(text, [("Farmers", "NORP"), ("Friends of Velt Hill", "ORG")])
    assert got.get("Farmers and Friends of Velt Hill", ("", ""))[1] == "ORG", got


def test_two_bodies_after_a_plural_noun_stay_two() -> None:
    text = "The campaign groups Farmers and Friends of Velt Hill said the road should stay shut."
    got = resolved(text, [("Farmers", "NORP"), ("Friends of Velt Hill", "ORG")])
    assert "Farmers and Friends of Velt Hill" not in got, got


# ---- a town before its region glued to "-based"


def test_a_town_before_its_region_glued_to_based_is_a_place() -> None:
    text = "The Tarbury, Velshire-based firm employs 300 staff at two mills."
    got = resolved(text, [("Velshire", "PLACE")])
    assert got.get("Tarbury", ("", ""))[1] == "PLACE", got


def test_a_word_before_a_software_base_is_no_town() -> None:
    text = "The Grobix, Linux-based system runs on 40 servers."
    got = resolved(text, [("Linux", "ORG")])
    assert "Grobix" not in got, got


def test_a_word_written_in_lower_case_is_no_town() -> None:
    text = "The Quarry, Velshire-based firm, said the quarry would close."
    got = resolved(text, [("Velshire", "PLACE")])
    assert "Quarry" not in got, got
