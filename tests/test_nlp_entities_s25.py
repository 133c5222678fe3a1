"""Session 25: entity typing on news the rules were never tuned on (invented sentences)."""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, TENNIS, resolved, resolved_mentions


def test_a_player_who_speaks_in_a_tennis_report_is_a_person():
    text = TENNIS + "Kovrenko beat Ado Lindqvist 6-3 6-4. Vaszaril admitted he was tired after the long match."
    ids = resolved(text, [("Kovrenko", "PERSON"), ("Ado Lindqvist", "PERSON"), ("Vaszaril", "ORG")])
    assert ids["Vaszaril"][1] == "PERSON", ids


def test_a_short_tennis_report_is_about_players_by_its_set_scores():
    # too few of sport's words for `is_sport`, but a score in sets and a few of sport's words
    text = (
        "Third seed Ado Lindqvist battled past Pel Arnott 6-4 3-6 6-3 in the second round of the tournament. "
        "He dropped serve early in the match but won the tie-break. "
        "Vaszaril had been in poor form before the season. Vaszaril said the crowd helped her."
    )
    ids = resolved(
        text,
        [("Ado Lindqvist", "PERSON"), ("Pel Arnott", "PERSON"), ("Vaszaril", "ORG"), ("Vaszaril", "ORG")],
    )
    assert ids["Vaszaril"][1] == "PERSON", ids


def test_a_body_that_speaks_outside_sport_stays_an_organisation():
    text = "The merger talks were long. Vaszaril said the offer was too low, and its shares fell 6-3 6-4 points."
    ids = resolved(text, [("Vaszaril", "ORG")])
    assert ids["Vaszaril"][1] == "ORG", ids


def test_a_paper_named_of_known_papers_names_that_speaks_in_a_tennis_report_is_no_player():
    text = TENNIS + "Kovrenko beat Ado Lindqvist 6-3 6-4. Oldtown's Times-Herald said he was tired."
    ids = resolved(text, [("Kovrenko", "PERSON"), ("Ado Lindqvist", "PERSON"), ("Times-Herald", "ORG")])
    assert ids["Times-Herald"][1] == "ORG", ids


def test_a_country_that_keeps_their_lead_in_a_match_report_is_a_team():
    text = SPORT + "Valdoria kept their lead in the second half. Valdoria scored again late on."
    ids = resolved(text, [("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "ORG", ids
    text = SPORT + "It was Valdoria who were quicker to the ball. Valdoria scored again late on."
    ids = resolved(text, [("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "ORG", ids


def test_a_country_without_a_teams_cue_in_a_match_report_stays_a_place():
    text = SPORT + "The squad flew to Valdoria on Monday. The hotel in Valdoria was quiet."
    ids = resolved(text, [("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "PLACE", ids


def test_a_city_written_with_its_team_country_stays_a_place():
    text = SPORT + "On a wet day in Ostrava, Valdoria kept their lead. Valdoria scored again late on."
    ids = resolved(text, [("Ostrava", "PLACE"), ("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "ORG", ids
    assert ids["Ostrava"][1] == "PLACE", ids


def test_where_a_match_was_won_followed_by_a_comma_and_are_stays_a_place():
    text = SPORT + "The two forwards, who scored in the win in Valdoria, are the coach's first choice."
    ids = resolved(text, [("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "PLACE", ids


def test_teams_listed_after_at_are_still_teams():
    text = SPORT + "Valdoria kept their lead. Apart from the games at Valdoria and Kelbridge, the defence held."
    ids = resolved(text, [("Valdoria", "PLACE"), ("Valdoria", "PLACE"), ("Kelbridge", "PLACE")])
    assert ids["Kelbridge"][1] == "ORG", ids


def test_a_judges_style_is_no_part_of_the_judges_id_as_a_peers_is_not():
    text = "The ruling by Mr Justice Brannock came on Friday. Lord Justice Pellow agreed with Brannock."
    mentions = resolved_mentions(
        text, [("Mr Justice Brannock", "PERSON"), ("Lord Justice Pellow", "PERSON"), ("Brannock", "PERSON")]
    )
    ids = [(m.text, m.entity_id) for m in mentions if m.label == "PERSON"]
    assert ids == [
        ("Mr Justice Brannock", "justice-brannock"),
        ("Lord Justice Pellow", "justice-pellow"),
        ("Brannock", "justice-brannock"),
    ], ids


def test_a_one_word_name_followed_by_chairman_and_a_full_name_is_a_body():
    text = "Marrowby chairman Ted Olsson says he will not sell. Olsson said the offer was low."
    ids = resolved(text, [("Marrowby", "PERSON"), ("Ted Olsson", "PERSON"), ("Olsson", "PERSON")])
    assert ids["Marrowby"][1] == "ORG", ids
    assert ids["Ted Olsson"][1] == "PERSON", ids


def test_a_nationality_is_no_short_name_of_the_body_it_begins():
    text = (
        "Sales rose, according to the British Recording Guild. "
        '"New British acts did well," said BRG chairman Ted Olsson.'
    )
    ids = resolved(
        text,
        [("British Recording Guild", "ORG"), ("British", "NORP"), ("BRG", "ORG"), ("Ted Olsson", "PERSON")],
    )
    assert "British" not in ids, ids  # an adjective: no name, and no short name of the guild
