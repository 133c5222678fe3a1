"""Session 20's second set of organisation rules, on sentences written for these tests: names the
model typed as organisations that name something else (a faith, a treaty or a policy, a market's
measure, a program named after what it does, a work by its credits, a one-word piece of a longer
name joined by "of"), each beside a sentence where the same name stays an organisation."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_faith_is_no_organisation():
    text = "The minister said the report gave an unfair picture of Islam, and Voxmere Trust agreed."
    ids = resolved(text, [("Islam", "ORG"), ("Voxmere Trust", "ORG")])
    assert "Islam" not in ids, ids
    assert ids["Voxmere Trust"][1] == "ORG", ids


def test_a_treaty_a_convention_or_a_policy_is_no_organisation():
    text = (
        "Ministers argued that the Northern Fisheries Policy had hurt ports. The Carrow Convention on "
        "Migrant Workers was signed in 1990. The Fisheries Policy Council said it would respond."
    )
    ids = resolved(
        text,
        [
            ("Northern Fisheries Policy", "ORG"),
            ("Carrow Convention on Migrant Workers", "ORG"),
            ("Fisheries Policy Council", "ORG"),
        ],
    )
    assert "Northern Fisheries Policy" not in ids, ids
    assert "Carrow Convention on Migrant Workers" not in ids, ids
    assert ids["Fisheries Policy Council"][1] == "ORG", ids  # a body's word ends the name


def test_a_markets_index_or_crude_is_no_organisation():
    text = "The KSX index of leading shares rose 1%, while Orlin crude fell. Dalvan said profits rose."
    ids = resolved(text, [("KSX", "ORG"), ("Orlin", "ORG"), ("Dalvan", "ORG")])
    assert "KSX" not in ids, ids
    assert "Orlin" not in ids, ids
    assert ids["Dalvan"][1] == "ORG", ids


def test_a_program_in_brackets_after_what_it_does_and_a_bug_are_no_organisations():
    text = (
        "I use free anti-virus software (Kestrix) every day. The Zorbo bug spread fast. "
        "Its maker (Halvern) said it was working on a fix."
    )
    ids = resolved(text, [("Kestrix", "ORG"), ("Zorbo", "ORG"), ("Halvern", "ORG")])
    assert "Kestrix" not in ids, ids
    assert "Zorbo" not in ids, ids
    assert ids["Halvern"][1] == "ORG", ids


def test_a_title_by_its_credits_is_a_work():
    text = "The Orchardman's executive producer said the film would open in May. Dravo's co-producer Ann Lee agreed."
    ids = resolved(text, [("Orchardman", "ORG"), ("Dravo", "ORG")])
    assert "Orchardman" not in ids, ids
    assert "Dravo" not in ids, ids
    # a company's producers, with no capital "The" before its name: its makers
    text = "Film studio Tandrell's producers said the film would open in May."
    ids = resolved(text, [("Tandrell", "ORG")])
    assert ids["Tandrell"][1] == "ORG", ids


def test_a_one_word_piece_of_a_longer_name_joined_by_of_is_dropped():
    text = "Critics praised Keeper of the Lanterns and the cast of Garden of Brellis at the festival."
    ids = resolved(text, [("Lanterns", "ORG"), ("Garden", "ORG")])
    assert "Lanterns" not in ids, ids
    assert "Garden" not in ids, ids


def test_a_company_of_a_place_or_after_a_company_is_kept():
    text = "Analysts at Merrow Partners of Kelston said Tavrik of South Korea had a new phone. Shares of Fennick rose."
    ids = resolved(
        text,
        [
            ("Merrow Partners", "ORG"),
            ("Kelston", "PLACE"),
            ("Tavrik", "ORG"),
            ("South Korea", "PLACE"),
            ("Fennick", "ORG"),
        ],
    )
    assert ids["Tavrik"][1] == "ORG", ids
    assert ids["Fennick"][1] == "ORG", ids  # "Shares of" at a sentence's start
    # a name after "the" is a body's, its place after "of" ("the Herald-Mail of Hagerstown")
    text = "A spokesman told the Wexton-Post of Carrowby on Monday."
    ids = resolved(text, [("Wexton-Post", "ORG")])
    assert ids["Wexton-Post"][1] == "ORG", ids
    # a one-word name written alone elsewhere is no piece of a longer one
    text = "Fans of Varnholt cheered. Varnholt said it would expand."
    ids = resolved(text, [("Varnholt", "ORG"), ("Varnholt", "ORG")])
    assert ids["Varnholt"][1] == "ORG", ids


def test_a_bodys_common_noun_alone_is_no_organisation():
    text = (
        "The Directors would take the money, the fans said. Party leader Anne Pole spoke. Board member Dan Kell agreed."
    )
    ids = resolved(text, [("Directors", "ORG"), ("Party", "ORG"), ("Anne Pole", "PERSON"), ("Kell", "ORG")])
    assert "Directors" not in ids, ids
    assert "Party" not in ids, ids


def test_a_business_field_before_a_company_is_no_second_company():
    text = "Software giant Tarvell is taking the plunge. Its rival said Tarvell was late."
    ids = resolved(text, [("Software", "ORG"), ("Tarvell", "ORG"), ("Tarvell", "ORG")])
    assert "Software" not in ids, ids
    assert ids["Tarvell"][1] == "ORG", ids
    # a company's name before its own rival's: "Tarvell rival Ocksley" names two companies
    text = "Tarvell rival Ocksley is taking the plunge."
    ids = resolved(text, [("Tarvell", "ORG"), ("Ocksley", "ORG")])
    assert ids["Tarvell"][1] == "ORG", ids


def test_a_title_in_such_films_as_is_a_work():
    text = "He went on to combine such blockbusters as Velocity, The Thin Rain and others with smaller films."
    ids = resolved(text, [("Velocity", "ORG")])
    assert "Velocity" not in ids, ids


def test_initials_and_a_surname_listed_among_people_is_a_person():
    text = "Previous winners have included KJ Farrow, Jacqueline Mills and Dick Hale-Smith."
    ids = resolved(text, [("KJ Farrow", "ORG"), ("Jacqueline Mills", "PERSON"), ("Dick Hale-Smith", "PERSON")])
    assert ids["KJ Farrow"][1] == "PERSON", ids
    # among companies, or set beside a person by a comma only, the same shape is a company's name
    text = "Banks including DM Harlow and Goldline Sachs gained. A spokesman for DM Harlow, Dr Ved Anand, agreed."
    ids = resolved(
        text, [("DM Harlow", "ORG"), ("Goldline Sachs", "ORG"), ("DM Harlow", "ORG"), ("Ved Anand", "PERSON")]
    )
    assert ids["DM Harlow"][1] == "ORG", ids


def test_based_in_or_from_x_and_a_place_makes_x_a_place():
    text = "The new editor will be based in Larchford. A man from Dunmere, Surrey, was arrested."
    ids = resolved(text, [("Larchford", "ORG"), ("Dunmere", "ORG"), ("Surrey", "PLACE")])
    assert ids["Larchford"][1] == "PLACE", ids
    assert ids["Dunmere"][1] == "PLACE", ids
    # a company's name before a country's possessive stays a company
    text = "He bought shares in Vellmark, Finland's biggest firm."
    ids = resolved(text, [("Vellmark", "ORG"), ("Finland", "PLACE")])
    assert ids["Vellmark"][1] == "ORG", ids


def test_an_exchange_named_again_beside_its_index_is_kept():
    text = "The Dorvan Stock Exchange (DSE) had a record day. The DSE index closed higher. The DSE chairman spoke."
    ids = resolved(text, [("Dorvan Stock Exchange", "ORG"), ("DSE", "ORG"), ("DSE", "ORG"), ("DSE", "ORG")])
    assert ids["DSE"][1] == "ORG", ids


def test_a_thing_called_x_is_no_organisation():
    text = "The firm has built a tool called Photrix. It bought a firm called Delmane."
    ids = resolved(text, [("Photrix", "ORG"), ("Delmane", "ORG")])
    assert "Photrix" not in ids, ids
    assert ids["Delmane"][1] == "ORG", ids


def test_a_one_word_name_with_an_apposition_of_kin_is_a_person():
    text = "Corinna, a mother of twins, said she had not been paid. Velcorp, a maker of chips, said sales rose."
    ids = resolved(text, [("Corinna", "ORG"), ("Velcorp", "ORG")])
    assert ids["Corinna"][1] == "PERSON", ids
    assert ids["Velcorp"][1] == "ORG", ids


def test_a_title_named_best_film_and_two_titles_joined_as_one_name_are_works():
    text = "The Velvet Harbour has been named best film at the awards. Delrow Pictures has been named best studio."
    ids = resolved(text, [("Velvet Harbour", "ORG"), ("Delrow Pictures", "ORG")])
    assert "Velvet Harbour" not in ids, ids
    assert ids["Delrow Pictures"][1] == "ORG", ids
    text = "The film Glass Orchard won. The studios behind Glass Orchard and Tin Crown were named."
    ids = resolved(text, [("Glass Orchard", "ORG"), ("Glass Orchard and Tin Crown", "ORG")])
    assert "Glass Orchard and Tin Crown" not in ids, ids
