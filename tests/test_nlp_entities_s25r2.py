"""Session 25, round 2: names the model typed wrong in sport and business reports, a sentence's
adverb taken into a name, and an abbreviation inside a name left out of its acronym (invented
sentences)."""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, resolved

from belreader.nlp.claims.subjects import epithet
from belreader.nlp.people import first_name_gender, is_first_name, noun_gender


def test_a_compound_first_name_of_known_first_names_is_a_first_name():
    assert first_name_gender("Jean-Philippe") == "m"
    assert first_name_gender("Joseph-Desire") == "m"  # the first part's gender
    assert is_first_name("Sven-Goran")
    assert first_name_gender("Harley-Davidson") is None and not is_first_name("Harley-Davidson")
    assert not is_first_name("Rolls-Royce")


def test_a_compound_first_name_and_a_surname_typed_as_a_company_is_a_person():
    text = SPORT + "The coach has called up Jean-Philippe Vautrel for the game."
    ids = resolved(text, [("Jean-Philippe Vautrel", "ORG")])
    assert ids["Jean-Philippe Vautrel"][1] == "PERSON", ids


def test_a_first_name_particle_and_surname_listed_among_people_is_a_person():
    text = SPORT + "Pieter van Oss, Ludo Marrant and Henri Castagne are injured."
    ids = resolved(text, [("Pieter van Oss", "ORG"), ("Ludo Marrant", "PERSON"), ("Henri Castagne", "PERSON")])
    assert ids["Pieter van Oss"][1] == "PERSON", ids


def test_a_place_with_a_particle_is_no_person():
    text = "The delegates flew from Rio de Janeiro to Lisbon, Madrid and Paris."
    ids = resolved(text, [("Rio de Janeiro", "PLACE"), ("Lisbon", "PLACE"), ("Madrid", "PLACE"), ("Paris", "PLACE")])
    assert ids["Rio de Janeiro"][1] == "PLACE", ids


def test_the_last_name_of_a_team_sheet_is_a_persons():
    text = SPORT + "Backs: Tom Hale, Ludo Marrant, Henri Castagne, Marc Dorel, Paul Fenner, Pelo Varrigal."
    spans = [(n, "PERSON") for n in ("Tom Hale", "Ludo Marrant", "Henri Castagne", "Marc Dorel", "Paul Fenner")]
    ids = resolved(text, [*spans, ("Pelo Varrigal", "PLACE")])
    assert ids["Pelo Varrigal"][1] == "PERSON", ids


def test_a_short_list_ending_on_a_place_keeps_the_place():
    text = "Tom Hale, Ludo Marrant and Henri Castagne met in Porto Velho on Monday, then Costa Verde."
    ids = resolved(
        text,
        [("Tom Hale", "PERSON"), ("Ludo Marrant", "PERSON"), ("Henri Castagne", "PERSON"), ("Costa Verde", "PLACE")],
    )
    assert ids["Costa Verde"][1] == "PLACE", ids


def test_a_sentence_adverb_is_no_part_of_the_name_after_it():
    text = "The band lost the prize. Nevertheless Velvet Orchard were the only local act to win."
    ids = resolved(text, [("Nevertheless Velvet Orchard", "ORG")])
    assert "Velvet Orchard" in ids and "Nevertheless Velvet Orchard" not in ids, ids


def test_the_second_of_two_firms_after_shares_in_is_a_company():
    text = "Shares in Kestrel and Varno Teller fell sharply on Monday after the results."
    ids = resolved(text, [("Kestrel", "ORG"), ("Varno Teller", "PERSON")])
    assert ids["Varno Teller"][1] == "ORG", ids


def test_an_acronym_may_leave_out_an_abbreviation_inside_the_name():
    text = "The rules are set by the Official UK Grain Board (OGB). The OGB said prices would rise."
    ids = resolved(text, [("Official UK Grain Board", "ORG"), ("OGB", "ORG")])
    assert ids["OGB"][0] == ids["Official UK Grain Board"][0], ids


def test_a_medicine_or_a_format_named_by_what_it_is_is_no_entity():
    text = (
        "Sales of the asthma drug Zelvora fell, and Marvane, Dunmore Labs' older asthma drug, sold well. "
        "Zelvora was launched last year. Old formats such as Tapelo and Discana faded away."
    )
    ids = resolved(
        text,
        [
            ("Zelvora", "ORG"),
            ("Marvane", "PLACE"),
            ("Dunmore Labs", "ORG"),
            ("Zelvora", "ORG"),
            ("Tapelo", "PERSON"),
            ("Discana", "ORG"),
        ],
    )
    assert set(ids) == {"Dunmore Labs"}, ids


def test_a_drug_maker_stays_a_company():
    text = "Drug firm Zelvora said it would cut jobs. Shares in Zelvora fell after the drug Marvane failed."
    ids = resolved(text, [("Zelvora", "ORG"), ("Zelvora", "ORG"), ("Marvane", "ORG")])
    assert ids["Zelvora"][1] == "ORG", ids
    assert "Marvane" not in ids, ids


def test_a_nationality_ending_in_man_says_nothing_of_sex():
    assert noun_gender("German") is None
    assert noun_gender("Frenchman") == "m" and noun_gender("Dutchwoman") == "f"
    assert epithet("the German") == ""
    assert epithet("the Frenchman") == "m"


def test_a_first_word_whose_share_price_moves_is_the_company_it_begins():
    text = "Shares in Varno Teller plunged on the news. Varno fell $12.40 to $31.05 in New York."
    ids = resolved(text, [("Varno Teller", "ORG"), ("Varno", "ORG"), ("New York", "PLACE")])
    assert ids["Varno"][0] == ids["Varno Teller"][0], ids


def test_a_person_who_lost_money_is_no_company():
    text = "Tom Hale invested in Hale Holdings. Hale lost $5m on the deal."
    ids = resolved(text, [("Tom Hale", "PERSON"), ("Hale Holdings", "ORG"), ("Hale", "PERSON")])
    assert ids["Hale"][1] == "PERSON", ids


def test_a_name_ending_in_consortium_or_alliance_is_an_organisation():
    text = "The format was made by a group known as the Tarrow Consortium. The Velta Alliance backed it."
    ids = resolved(text, [("Tarrow Consortium", "PERSON"), ("Velta Alliance", "PERSON")])
    assert ids["Tarrow Consortium"][1] == "ORG" and ids["Velta Alliance"][1] == "ORG", ids


def test_a_name_after_bands_like_is_a_band():
    text = (
        "The album sold well and the band toured the US. Their sound recalls bands like Copper Lanterns. "
        "The single reached number three in the chart."
    )
    ids = resolved(text, [("US", "PLACE"), ("Copper Lanterns", "PERSON")])
    assert ids["Copper Lanterns"][1] == "ORG", ids


def test_a_country_joined_as_a_tournaments_host_is_no_team():
    text = SPORT + "Ostravia hopes to join Valdoria as co-host of the cup. Valdoria has applied to host it alone."
    ids = resolved(text, [("Ostravia", "PLACE"), ("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "PLACE", ids


def test_a_country_joined_as_a_rival_is_still_a_team():
    text = SPORT + "Ostravia will join Valdoria in the final group. Valdoria kept their lead."
    ids = resolved(text, [("Ostravia", "PLACE"), ("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "ORG", ids
