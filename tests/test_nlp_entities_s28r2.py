"""Session 28 round 2: a forces' rank written short before a name ("Gen X"), a surname the model
left out after a title and a first name, a nationality's noun alone, a body's name cut before the
letters in brackets after it, and a sentence's "New" glued to a body's letters (invented
sentences and names; the model's spans are given by hand)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from belreader.nlp.people import strip_titles


def test_an_abbreviated_rank_is_a_title_before_a_name():
    text = "The papers covered Gen Farid Tamzali's visit. President Tamzali was safe. Gen Tamzali met the mayor."
    ids = resolved(text, [("Gen Farid Tamzali", "ORG"), ("Tamzali", "PERSON"), ("Gen Tamzali", "PERSON")])
    assert ids["Gen Farid Tamzali"] == ("farid-tamzali", "PERSON"), ids
    assert ids["Tamzali"][0] == ids["Gen Tamzali"][0] == "farid-tamzali", ids


def test_two_ranks_and_a_full_stop_come_off_too():
    assert strip_titles("Lt Col Dara Venn") == "Dara Venn"
    assert strip_titles("Maj Gen Dara Venn") == "Dara Venn"
    assert strip_titles("Gen. Dara Venn") == "Dara Venn"
    text = "Lt Col Dara Venn led the unit. The road was open, Col Venn said."
    ids = resolved(text, [("Lt Col Dara Venn", "PERSON"), ("Col Venn", "PERSON")])
    # the rank is shown with the full name, and cut off the surname
    assert ids["Lt Col Dara Venn"][0] == ids["Venn"][0] == "dara-venn", ids


def test_a_bodys_letters_spelled_like_a_rank_stay_a_body():
    text = "The CPL said the final was on. Later the CPL named the venue."
    ids = resolved(text, [("CPL", "ORG"), ("CPL", "ORG")])
    assert ids.get("CPL", ("", ""))[1] == "ORG", ids
    assert strip_titles("COL Dara Venn") == "COL Dara Venn"


def test_a_surname_after_a_title_and_a_first_name_is_part_of_the_name():
    text = "Deputy Speaker Sylvia Pell agreed it was serious. Judge Marian Crane's ruling stood."
    ids = resolved(text, [("Sylvia", "PERSON"), ("Marian", "PERSON")])
    assert ids.get("Sylvia Pell") == ("sylvia-pell", "PERSON"), ids
    assert ids.get("Marian Crane") == ("marian-crane", "PERSON"), ids


def test_a_first_name_alone_keeps_its_span_without_a_title_or_before_a_known_name():
    text = "They said Sylvia Pell agreed. Speaker Linda Rose Garden opened. Speaker Sylvia London went."
    ids = resolved(text, [("Sylvia", "PERSON"), ("Linda", "PERSON"), ("Sylvia", "PERSON"), ("London", "PLACE")])
    assert "Sylvia Pell" not in ids and "Linda Rose" not in ids and "Sylvia London" not in ids, ids


def test_a_nationalitys_noun_alone_is_no_entity():
    text = "The 40-year-old Frenchman told the club website he was happy to stay at Dorran."
    ids = resolved(text, [("Frenchman", "ORG"), ("Dorran", "ORG")])
    assert ids["Frenchman"][1] == "NORP", ids
    text = "The Welshman finished third behind the Spaniard in Varnholt."
    ids = resolved(text, [("Welshman", "ORG"), ("Spaniard", "PLACE"), ("Varnholt", "PLACE")])
    assert ids["Welshman"][1] == "NORP" and ids["Spaniard"][1] == "NORP", ids


def test_a_bodys_name_runs_back_to_the_initials_in_brackets():
    text = "A case was brought by the Nordic Low-cost Ferries Union (NLFU) last week. The NLFU said it would win."
    ids = resolved(text, [("Nordic", "NORP"), ("Ferries Union", "ORG"), ("NLFU", "ORG")])
    assert ids.get("Nordic Low-cost Ferries Union") == ("nordic-low-cost-ferries-union", "ORG"), ids
    assert ids["NLFU"][0] == "nordic-low-cost-ferries-union", ids


def test_words_before_a_body_that_its_letters_do_not_spell_stay_out():
    text = "A case was brought by the Nordic Ferries Union (FU) last week."
    ids = resolved(text, [("Nordic", "NORP"), ("Ferries Union", "ORG")])
    assert "Nordic Ferries Union" not in ids and "Ferries Union" in ids, ids


def test_a_sentences_new_before_a_bodys_letters_is_no_part_of_its_name():
    text = "Fares went up. New EU rules set the payments."
    ids = resolved(text, [("New EU", "PLACE")])
    assert ids.get("EU") == ("eu", "ORG"), ids
    text = "Fares went up. New Labour won the vote."
    assert resolved(text, [("New Labour", "ORG")])["New Labour"][0] == "labour-party"


def test_a_word_before_a_tendon_or_a_heel_is_no_entity():
    text = "Tom Vell is out with an Achilles tendon injury. Rain has been the Achilles' heel of the market."
    ids = resolved(text, [("Tom Vell", "PERSON"), ("Achilles", "PLACE"), ("Achilles", "PERSON")])
    assert "Achilles" not in ids and "Tom Vell" in ids, ids


def test_a_company_of_performers_is_an_organisation():
    text = "She joined the Royal Ballet in Varnholt before the Dorran Philharmonic signed her."
    ids = resolved(text, [("Royal Ballet", "PLACE"), ("Varnholt", "PLACE"), ("Dorran Philharmonic", "PERSON")])
    assert ids["Royal Ballet"][1] == ids["Dorran Philharmonic"][1] == "ORG", ids
    assert ids["Varnholt"][1] == "PLACE", ids


def test_a_royal_style_and_its_place_name_one_person():
    text = "The King and Duke of Varnholt said they were happy."
    ids = resolved(text, [("Duke", "PERSON"), ("Varnholt", "ORG")])
    assert ids.get("Duke of Varnholt") == ("duke-of-varnholt", "PERSON") and "Varnholt" not in ids, ids
    text = "She will take the title Duchess of Dorran after the wedding."
    ids = resolved(text, [("Duchess", "PERSON"), ("Dorran", "PLACE")])
    assert "Duchess of Dorran" not in ids, ids


def test_a_royal_title_being_conferred_names_nobody():
    text = "She will take the title HRH Duchess of Dorran. Few think she should become Princess Consort."
    ids = resolved(text, [("HRH Duchess of Dorran", "ORG"), ("Princess Consort", "PERSON")])
    assert not ids, ids
    text = "She may become Princess Alma's tutor in Varnholt."
    assert "Princess Alma" in resolved(text, [("Princess Alma", "PERSON"), ("Varnholt", "PLACE")])


def test_the_side_a_team_plays_at_home_to_is_a_team():
    text = (
        "Dorran sacked their manager after a 3-0 league defeat, their fifth in a row. The striker and the "
        "goalkeeper were dropped for the cup match. The new coach's first game in charge will be at home to "
        "Varnholt on Saturday."
    )
    assert resolved(text, [("Dorran", "ORG"), ("Varnholt", "PLACE")])["Varnholt"][1] == "ORG"


def test_a_royal_style_typed_as_a_body_is_a_person():
    text = "Grants went to the palace, and the Prince of Dorran received £4m from the fund."
    assert resolved(text, [("Prince of Dorran", "ORG")])["Prince of Dorran"][1] == "PERSON"


def test_a_venue_named_after_a_royal_style_stays_a_place():
    text = "The show opened at the Princess of Dorran Theatre in Varnholt."
    ids = resolved(text, [("Princess of Dorran Theatre", "PLACE"), ("Varnholt", "PLACE")])
    assert ids["Princess of Dorran Theatre"][1] == "PLACE", ids
