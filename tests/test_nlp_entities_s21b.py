"""Session 21, round 2: entity errors of the fresh17 set, as patterns.

- A country's name the model tagged alone right before a body it tagged ("US" + "District Court")
  is the body's first word; a body the table knows keeps its own id.
- A known police force's "Authority" is a body of its own, not the force.
- A one-word place the article also writes in lower case ("Fraud is ..." and "card fraud") is a
  capitalised common noun; "in X" keeps the place.
- A one-word name before "by-election" or "constituency" is a place (the seat).
- A name the article calls a virus, a worm or a trojan is a program, no person, body or place,
  unless it acts as a company.

The model's spans are given by hand (text, label); sentences and names written for the purpose."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_countrys_name_before_a_court_is_the_courts_first_word():
    text = "The suit was filed at the US District Court in Denver on Monday, her lawyer said."
    ids = resolved(text, [("US", "PLACE"), ("District Court", "ORG"), ("Denver", "PLACE")])
    assert ids.get("US District Court", ("", ""))[1] == "ORG", ids
    assert "US" not in ids and "District Court" not in ids, ids


def test_a_countrys_name_before_an_agency_joins_it_in_every_mention():
    text = (
        "The UK Rail Safety Agency has opened an inquiry. "
        "A spokesman for the UK Rail Safety Agency said the report was due in May."
    )
    ids = resolved(
        text, [("UK", "PLACE"), ("Rail Safety Agency", "ORG"), ("UK", "PLACE"), ("Rail Safety Agency", "ORG")]
    )
    assert ids.get("UK Rail Safety Agency", ("", ""))[1] == "ORG", ids
    assert "UK" not in ids, ids


def test_a_body_the_table_knows_keeps_its_id_after_a_country():
    text = "The US Federal Trade Commission fined the firm $2m, the Federal Trade Commission said."
    ids = resolved(text, [("US", "PLACE"), ("Federal Trade Commission", "ORG"), ("Federal Trade Commission", "ORG")])
    assert ids["Federal Trade Commission"][0] == "ftc", ids
    assert "US Federal Trade Commission" not in ids, ids


def test_a_country_before_a_company_that_is_no_body_stays_a_place():
    text = "Sales in the US Brennick Motors dealerships fell, Brennick Motors said."
    ids = resolved(text, [("US", "PLACE"), ("Brennick Motors", "ORG"), ("Brennick Motors", "ORG")])
    assert ids["US"][1] == "PLACE", ids


def test_a_known_police_forces_authority_is_a_body_of_its_own():
    text = "Sir Alan told a meeting of the Metropolitan Police Authority that the threat was real."
    ids = resolved(text, [("Metropolitan Police Authority", "ORG")])
    assert "Metropolitan Police Authority" in ids, ids
    assert ids["Metropolitan Police Authority"][0] != "metropolitan-police", ids


def test_a_common_noun_capitalised_at_a_sentences_start_is_no_place():
    text = (
        'Card fraud fell by 10% last year, the bankers said. "Fraud just moves to the weakest link," Dana Whitlow said.'
    )
    ids = resolved(text, [("Fraud", "PLACE"), ("Dana Whitlow", "PERSON")])
    assert "Fraud" not in ids, ids


def test_a_place_after_in_is_kept_though_its_word_is_written_in_lower_case():
    text = "She grew up in Bath, where a hot bath was a luxury, Dana Whitlow said."
    ids = resolved(text, [("Bath", "PLACE"), ("Dana Whitlow", "PERSON")])
    assert ids["Bath"][1] == "PLACE", ids


def test_a_name_before_by_election_is_a_place():
    text = "The youngest was Edward Tarrant, who won the 1911 Selbury by-election aged 22."
    ids = resolved(text, [("Edward Tarrant", "PERSON"), ("Selbury", "PERSON")])
    assert ids["Selbury"][1] == "PLACE", ids


def test_a_name_the_article_calls_a_worm_is_left_out():
    text = (
        "The Quenzo worm has infected 40,000 websites. Quenzo deletes files, experts said. "
        "A virus called Marrabel spread in May."
    )
    ids = resolved(text, [("Quenzo", "ORG"), ("Quenzo", "PERSON"), ("Marrabel", "PERSON")])
    assert "Quenzo" not in ids and "Marrabel" not in ids, ids


def test_a_name_ending_in_trojan_is_left_out():
    text = "Experts warned about the Vortan Trojan, which steals passwords."
    ids = resolved(text, [("Vortan Trojan", "ORG")])
    assert "Vortan Trojan" not in ids, ids


def test_a_security_company_beside_a_virus_is_kept():
    text = "Quenzo said it had found the flaw. Quenzo virus experts said the risk was low."
    ids = resolved(text, [("Quenzo", "ORG"), ("Quenzo", "ORG")])
    assert ids["Quenzo"][1] == "ORG", ids


def test_a_shop_whose_name_is_a_common_word_keeps_its_staff():
    text = "The console went on sale at midnight. Every game sold out, said Ana Ruiz, Game's UK sales director."
    ids = resolved(text, [("Ana Ruiz", "PERSON"), ("Game", "PLACE")])
    assert "Game" in ids, ids


def test_a_person_whose_surname_is_trojan_is_kept():
    text = "The EU ambassador, Marco Trojan, said the talks would resume."
    ids = resolved(text, [("Marco Trojan", "PERSON")])
    assert ids["Marco Trojan"][1] == "PERSON", ids


def test_an_acronym_with_one_letter_more_than_the_names_initials_is_the_same_body():
    text = "Figures come from the Federation of Rail Passenger Groups (Forpag). Forpag said complaints rose by 5%."
    ids = resolved(text, [("Federation of Rail Passenger Groups", "ORG"), ("Forpag", "ORG"), ("Forpag", "PERSON")])
    assert ids["Forpag"] == ids["Federation of Rail Passenger Groups"], ids


def test_an_acronym_with_other_letters_stays_apart():
    text = "Figures come from the Federation of Rail Passenger Groups (Kestrel). Kestrel said complaints rose."
    ids = resolved(text, [("Federation of Rail Passenger Groups", "ORG"), ("Kestrel", "ORG"), ("Kestrel", "ORG")])
    assert ids["Kestrel"][0] != ids["Federation of Rail Passenger Groups"][0], ids


TENNIS = (
    "The tennis season starts with the hardcourt championship, and the top seed is in form. "
    "The umpire stopped the match twice after a tie-break, and the coach praised the player's serve "
    "and the tournament's crowd in the first set. "
)


def test_a_first_name_and_surname_typed_as_a_company_in_tennis_is_a_player():
    text = (
        TENNIS + "Lukas Varga suffered a shock defeat to Tay Burke in the quarter-finals on Friday. "
        "Burke will face the fourth seed next."
    )
    ids = resolved(text, [("Lukas Varga", "PERSON"), ("Tay Burke", "ORG")])
    assert ids["Tay Burke"][1] == "PERSON", ids


def test_a_two_word_event_in_tennis_is_no_player():
    text = TENNIS + "Lukas Varga lost to the Stars Invitational in a warm-up match on Friday."
    ids = resolved(text, [("Lukas Varga", "PERSON"), ("Stars Invitational", "ORG")])
    assert ids["Stars Invitational"][1] != "PERSON", ids
