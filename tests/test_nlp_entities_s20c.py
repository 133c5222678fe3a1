"""Session 20c: companies and organisations the model typed as people or places, and the reverse.

- A firm's trade before a first name and a surname ("Bookmaker William Tarrant") comes off the
  name and, with a second cue ("a William Tarrant spokesman"), makes the name a company's.
- "the owners of X, who ...": the "who" clause is about the owners, so X stays a company.
- Capitals the model typed as a person once ("GMAC says") join the body whose initials they are.
- "director of community relations at X", "X, the game's developer": a company.
- "his gaming moniker X": a person, not an organisation.
- A technology firm's trade as a name's last word ("Nomad Digital"): a company.

The model's spans are given by hand (text, label); sentences and names written for the purpose."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_firms_trade_before_a_first_name_makes_a_company():
    text = (
        "Bookmaker William Tarrant has stopped taking bets on the race. "
        "The firm closed the book on Monday. "
        '"It was a surprise," William Tarrant spokesman Ned Oakes said.'
    )
    ids = resolved(
        text, [("Bookmaker William Tarrant", "PERSON"), ("William Tarrant", "PERSON"), ("Ned Oakes", "PERSON")]
    )
    assert ids["William Tarrant"][1] == "ORG", ids
    assert ids["Ned Oakes"][1] == "PERSON", ids


def test_a_glued_trade_noun_in_lower_case_cues_a_company():
    text = "Shares in carmaker Henry Faldo rose. Henry Faldo shares have doubled this year."
    ids = resolved(text, [("Henry Faldo", "PERSON"), ("Henry Faldo", "PERSON")])
    assert ids["Henry Faldo"][1] == "ORG", ids


def test_a_trade_noun_alone_leaves_a_person():
    # one cue is not enough over a first name; a filmmaker is a person
    text = "Filmmaker Henry Faldo won the prize. Henry Faldo said he was delighted."
    ids = resolved(text, [("Filmmaker Henry Faldo", "PERSON"), ("Henry Faldo", "PERSON")])
    assert ids["Henry Faldo"][1] == "PERSON", ids
    assert "Filmmaker Henry Faldo" not in ids, ids


def test_who_after_owners_of_a_company_is_about_the_owners():
    text = (
        "Talbrook told reporters the deal was close. "
        "None of the money will go to the four owners of Talbrook, who have been criticised."
    )
    ids = resolved(text, [("Talbrook", "ORG"), ("Talbrook", "ORG")])
    assert ids["Talbrook"][1] == "ORG", ids
    # without the plural noun before it, "X, who" still makes a person
    ids = resolved("He met Talbrook, who won in 2000.", [("Talbrook", "ORG")])
    assert ids["Talbrook"][1] == "PERSON", ids


def test_capitals_typed_as_a_person_join_the_body_they_abbreviate():
    text = (
        "Grand Motor Acceptance Corp plans to move production. "
        "GMAC said it was confident. GMAC says none of its money will go to the owners."
    )
    ids_spans = [("Grand Motor Acceptance Corp", "ORG"), ("GMAC", "ORG"), ("GMAC", "PERSON")]
    from test_nlp_entities_kinds import resolved_mentions

    mentions = resolved_mentions(text, ids_spans)
    gmac = [m for m in mentions if m.text == "GMAC"]
    assert len(gmac) == 2, mentions
    assert all(m.label == "ORG" and m.entity_id == "grand-motor-acceptance-corp" for m in gmac), gmac


def test_an_office_at_a_company_and_a_things_developer():
    text = "Lena Moor, director of community relations at Quarkfell, said so."
    ids = resolved(text, [("Lena Moor", "PERSON"), ("Quarkfell", "PLACE")])
    assert ids["Quarkfell"][1] == "ORG", ids
    text = "The sale was confirmed by Quarkfell, the game's developer."
    ids = resolved(text, [("Quarkfell", "PLACE")])
    assert ids["Quarkfell"][1] == "ORG", ids
    # a place people work in stays a place
    ids = resolved("She has worked in Quarkfell for years.", [("Quarkfell", "PLACE")])
    assert ids["Quarkfell"][1] == "PLACE", ids


def test_a_nickname_is_a_persons():
    text = (
        "The gamer, known only by his gaming moniker Zorbix, bought the island. "
        "Zorbix will make money from it, said Zorbix."
    )
    ids = resolved(text, [("Zorbix", "ORG"), ("Zorbix", "ORG"), ("Zorbix", "ORG")])
    assert ids["Zorbix"][1] == "PERSON", ids
    # no nickname's word: an organisation stays one
    ids = resolved("The island was bought by Zorbix. Zorbix will make money.", [("Zorbix", "ORG"), ("Zorbix", "ORG")])
    assert ids["Zorbix"][1] == "ORG", ids


def test_a_technology_trade_ending_a_name_makes_a_company():
    text = "The service was built with Marlow Digital, who provide the technology."
    ids = resolved(text, [("Marlow Digital", "PERSON")])
    assert ids["Marlow Digital"][1] == "ORG", ids


def test_the_firm_opening_the_next_sentence_cues_a_company():
    text = "Talbrook has stopped taking bets on the race. The firm closed the book on Friday."
    ids = resolved(text, [("Talbrook", "PERSON")])
    assert ids["Talbrook"][1] == "ORG", ids
    # a pronoun for a person in between, or another organisation named: the firm is not the name
    text = "Talbrook told reporters he was happy. The firm closed the plant on Friday."
    ids = resolved(text, [("Talbrook", "PERSON")])
    assert ids["Talbrook"][1] == "PERSON", ids
    text = "Talbrook said Acme would cut jobs. The firm closed the plant on Friday."
    ids = resolved(text, [("Talbrook", "PERSON"), ("Acme", "ORG")])
    assert ids["Talbrook"][1] == "PERSON", ids


def test_a_portal_before_a_name_and_an_online_name():
    text = "Internet portal Quorra has made a screensaver. Quorra hopes it will work."
    ids = resolved(text, [("Quorra", "PERSON"), ("Quorra", "PERSON")])
    assert ids["Quorra"][1] == "ORG", ids
    text = "One blogger goes by the online name Zorbix. Zorbix started sending messages."
    ids = resolved(text, [("Zorbix", "PLACE"), ("Zorbix", "PLACE")])
    assert ids["Zorbix"][1] == "PERSON", ids


def test_a_place_after_at_opening_a_sentence_is_no_company_for_the_firm_after_it():
    text = "At Dunmere, the operator said it was consulting. The company is also offering to buy homes."
    ids = resolved(text, [("Dunmere", "PLACE")])
    assert ids["Dunmere"][1] == "PLACE", ids
