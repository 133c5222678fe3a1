"""Session 26 round 2: entity spans, types and merges (invented sentences and names).

- A capital-letter organisation of two letters, or one whose capitals spell a name's word written
  in capitals ("USARF" of "USA Rowing Federation"), is the one organisation the article names with
  those initials, a body the table knows included.
- A given name the first-name list lacks, no word of the lexicon, written alone is the one full
  name it starts whose surname the article writes alone for a person ("Zubair" after "Zubair
  Talik" and "Mr Talik").
- "X Council" + " of " + a place: one body ("Druid Council of Wales").
- "X School of Music" + " and Design": one body.
- "Ida Borel" + "-Vanck": one name.
- A name of two words before "police station", "stadium", "prison" ...: a place.
- "joined the Reds from X" in a sport story: X is the club he left.
- "Tiara voters", "Tiara hopefuls" where the article writes "the Tiaras": an award, no person.
- In a sport story (athletics' events and medals now count as an individual sport's words) a
  one-word name written only before a title or a medal ("a Rivia silver medal") is the games.
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_two_letter_acronym_is_the_organisation_with_those_initials():
    text = "Gorland Xylics made a loss. A GX spokesman said sales fell. GX will cut jobs."
    ids = resolved(text, [("Gorland Xylics", "ORG"), ("GX", "ORG"), ("GX", "ORG")])
    assert ids["GX"] == ids["Gorland Xylics"], ids


def test_an_acronym_spelling_a_word_in_capitals_whole_is_the_organisation():
    text = "The USA Rowing Federation met on Monday. The USARF said the trials would go ahead."
    ids = resolved(text, [("USA Rowing Federation", "ORG"), ("USARF", "ORG")])
    assert ids["USARF"] == ids["USA Rowing Federation"], ids


def test_an_acronym_of_a_body_the_table_knows_is_that_body():
    text = "General Motors posted a profit. Analysts said GM had cut costs."
    ids = resolved(text, [("General Motors", "ORG"), ("GM", "ORG")])
    assert ids["GM"] == ids["General Motors"], ids


def test_two_letters_that_are_no_organisations_initials_stay_apart():
    text = "Gorland Xylics made a loss. A GB spokesman said sales fell."
    ids = resolved(text, [("Gorland Xylics", "ORG"), ("GB", "ORG")])
    assert ids["GB"] != ids["Gorland Xylics"], ids


def test_an_unlisted_given_name_alone_is_the_full_name_it_starts():
    text = "Zubair Talik was freed on Monday. His brother said Zubair was tired. Mr Talik was glad."
    ids = resolved(text, [("Zubair Talik", "PERSON"), ("Zubair", "PERSON"), ("Talik", "PERSON")])
    assert ids["Zubair"] == ids["Zubair Talik"], ids


def test_a_word_of_the_lexicon_alone_is_not_taken_for_a_given_name():
    text = "Harbour Tolland was freed on Monday. Harbour was closed all week."
    ids = resolved(text, [("Harbour Tolland", "PERSON"), ("Harbour", "PERSON")])
    assert ids["Harbour"] != ids["Harbour Tolland"], ids


def test_a_body_named_of_a_place_is_one_organisation():
    text = "The Druid Council of Wales said the stones were safe."
    ids = resolved(text, [("Druid Council", "ORG"), ("Wales", "PLACE")])
    assert ids.get("Druid Council of Wales", ("", ""))[1] == "ORG", ids
    assert "Wales" not in ids, ids


def test_a_firm_of_a_place_keeps_the_place_apart():
    text = "Tarlo of Sweden makes chairs."
    ids = resolved(text, [("Tarlo", "ORG"), ("Sweden", "PLACE")])
    assert ids["Sweden"][1] == "PLACE", ids


def test_a_body_of_two_subjects_is_one_organisation():
    text = "She studied at the Tolland School of Music and Design before she moved to Parvis."
    ids = resolved(text, [("Tolland School of Music", "ORG"), ("Design", "PERSON"), ("Parvis", "PLACE")])
    assert ids.get("Tolland School of Music and Design", ("", ""))[1] == "ORG", ids
    assert "Design" not in ids, ids


def test_a_body_of_a_and_a_name_after_it_stay_apart():
    text = "The Tolland School of Music and Grobco Holdings signed a deal."
    ids = resolved(text, [("Tolland School of Music", "ORG"), ("Grobco Holdings", "ORG")])
    assert "Tolland School of Music" in ids and "Grobco Holdings" in ids, ids


def test_a_double_barrelled_surname_cut_at_its_hyphen_is_one_name():
    text = "Professor Ida Borel-Vanck of the Lomar institute said the test worked."
    ids = resolved(text, [("Ida Borel", "PERSON")])
    assert "Ida Borel-Vanck" in ids, ids


def test_one_word_names_joined_by_a_hyphen_stay_apart():
    text = "Marta Pellow met Ivo Dorrin in Oslo. The next Pellow-Dorrin summit is in May."
    ids = resolved(text, [("Marta Pellow", "PERSON"), ("Ivo Dorrin", "PERSON"), ("Pellow", "PERSON")])
    assert "Pellow" in ids and "Pellow-Dorrin" not in ids, ids


def test_a_name_before_a_police_station_is_a_place():
    text = "The suspects were taken to the Orlam Cross police station on Monday."
    ids = resolved(text, [("Orlam Cross", "ORG")])
    assert ids["Orlam Cross"][1] == "PLACE", ids


def test_a_channel_before_station_stays_an_organisation():
    text = "Vell Television station reported the fire on Monday."
    ids = resolved(text, [("Vell Television", "ORG")])
    assert ids["Vell Television"][1] == "ORG", ids


def test_the_club_a_player_joined_his_new_club_from_is_a_team():
    text = (
        "The striker joined the Reds from Tarragona for £9m last season. The winger scored twice in "
        "the league match and the club's fans cheered the goal. The manager praised the player."
    )
    ids = resolved(text, [("Reds", "ORG"), ("Tarragona", "PLACE")])
    assert ids["Tarragona"][1] == "ORG", ids


def test_an_award_before_hopefuls_is_no_person_where_the_plural_is_written():
    text = (
        "The Lantern Guild said DVDs will go to Tiara voters next month. The Tiaras are held in March, "
        "and Tiara hopefuls have spent millions on advertising."
    )
    ids = resolved(text, [("Lantern Guild", "ORG"), ("Tiara", "PERSON"), ("Tiaras", "EVENT"), ("Tiara", "PERSON")])
    assert ids["Tiara"][1] == "EVENT", ids


def test_a_name_before_voters_without_its_plural_is_kept():
    text = "Analysts said Dorrin voters stayed at home. Dorrin said he was sorry."
    ids = resolved(text, [("Dorrin", "PERSON"), ("Dorrin", "PERSON")])
    assert ids["Dorrin"][1] == "PERSON", ids


def test_a_games_name_before_a_medal_in_an_athletics_story_is_no_organisation():
    text = (
        "Tom Vell landed 17.10m in qualifying to lead the triple jump rankings this season. He has a "
        "Rivia silver medal but no gold medal from a major final. Vell hopes for a win over the Olympic champion."
    )
    ids = resolved(text, [("Tom Vell", "PERSON"), ("Rivia", "ORG"), ("Vell", "PERSON")])
    assert ids["Rivia"][1] == "EVENT", ids


def test_a_place_written_before_a_medal_and_elsewhere_alone_stays_a_place():
    text = (
        "Tom Vell landed 17.10m in qualifying to lead the triple jump rankings this season. He won a "
        "Rivia silver medal but no gold medal from a major final. Vell, who trains in Rivia, hopes for a "
        "win over the Olympic champion."
    )
    ids = resolved(text, [("Tom Vell", "PERSON"), ("Rivia", "PLACE"), ("Vell", "PERSON"), ("Rivia", "PLACE")])
    assert ids["Rivia"][1] == "PLACE", ids
