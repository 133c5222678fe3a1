"""Session 20's entity rules, on sentences written for these tests: a first name of either sex
joins the one full name it starts, a town's club in sport is a team wherever the article writes
it as one, and a seat named after a town and a compass point is a place."""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, resolved


def test_a_first_name_of_either_sex_joins_the_one_full_name_it_starts():
    text = 'Coach Dan Pryor named fly-half Robin Halvard in the side. Pryor said: "Robin\'s form is good."'
    ids = resolved(
        text, [("Dan Pryor", "PERSON"), ("Robin Halvard", "PERSON"), ("Pryor", "PERSON"), ("Robin", "PERSON")]
    )
    assert ids["Robin"] == ("robin-halvard", "PERSON"), ids
    # typed a place by the model, the same word is left alone: no person said so
    ids = resolved(
        text, [("Dan Pryor", "PERSON"), ("Robin Halvard", "PERSON"), ("Pryor", "PERSON"), ("Robin", "PLACE")]
    )
    assert ids["Robin"][0] != "robin-halvard", ids


def test_a_word_that_is_no_first_name_joins_no_full_name():
    text = "Analyst Sam Corrow of Tarrant Research spoke. Tarrant said sales fell."
    ids = resolved(text, [("Sam Corrow", "PERSON"), ("Tarrant Research", "ORG"), ("Tarrant", "PERSON")])
    assert ids["Tarrant"][0] != "sam-corrow", ids


def test_a_towns_club_typed_a_person_is_a_team_where_another_place_says_so():
    text = (
        SPORT + "Kelbridge won the game easily. The coach praised the side's defence after playing against Kelbridge."
    )
    # the model tagged only the first "Kelbridge", with no cue of its own; the second has one
    ids = resolved(text, [("Kelbridge", "PERSON")])
    assert ids["Kelbridge"][1] == "ORG", ids
    # a surname alone with no team's cue anywhere stays a person
    text = SPORT + "Kelbridge won the game easily. The coach praised Kelbridge afterwards."
    ids = resolved(text, [("Kelbridge", "PERSON")])
    assert ids["Kelbridge"][1] == "PERSON", ids


def test_a_club_typed_an_organisation_is_not_made_a_person_by_who():
    text = SPORT + "Marrowby fans sang all night. Marrowby, who lost last week, won."
    ids = resolved(text, [("Marrowby", "ORG"), ("Marrowby", "ORG")])
    assert ids["Marrowby"][1] == "ORG", ids
    # outside sport, a one-word name that a "who" clause follows is still a person
    text = "The painter Marrowby, who lives in Paris, sold the work."
    ids = resolved(text, [("Marrowby", "ORG")])
    assert ids["Marrowby"][1] == "PERSON", ids


def test_a_town_and_a_compass_point_in_an_article_about_seats_is_a_place():
    text = "The party holds a majority of 4,000 in Kelbridge South. Turnout in the constituency was low."
    ids = resolved(text, [("Kelbridge South", "PERSON")])
    assert ids["Kelbridge South"][1] == "PLACE", ids
    # a person of that name is one who speaks, or where no seat is written of
    text = "Kelbridge South said the seat was safe."
    ids = resolved(text, [("Kelbridge South", "PERSON")])
    assert ids["Kelbridge South"][1] == "PERSON", ids
    text = "The film starred Kelbridge South."
    ids = resolved(text, [("Kelbridge South", "PERSON")])
    assert ids["Kelbridge South"][1] == "PERSON", ids


def test_a_players_club_in_brackets_makes_a_one_word_person_a_team():
    text = SPORT + "The side: Jean Moray (Castelnau), Luc Pradel (Castelnau), Remi Ogier (Vesoul). Castelnau trained."
    ids = resolved(
        text, [("Jean Moray", "PERSON"), ("Luc Pradel", "PERSON"), ("Remi Ogier", "PERSON"), ("Castelnau", "PERSON")]
    )
    assert ids["Castelnau"][1] == "ORG", ids
    # after a body's name it is the body's short name, not a club
    text = SPORT + "The Valdorian Software Publishers Association (Castelnau) met. Castelnau trained."
    ids = resolved(text, [("Castelnau", "PERSON")])
    assert ids["Castelnau"][1] == "PERSON", ids
    # a word in brackets after a lower-case word is no player's club
    text = SPORT + "The fee (Castelnau) was paid. Castelnau trained."
    ids = resolved(text, [("Castelnau", "PERSON")])
    assert ids["Castelnau"][1] == "PERSON", ids


def test_a_short_sports_piece_makes_a_one_word_person_a_team_by_its_cue():
    # too few of sport's words for a sports article, but some: "coach", "league", "season"
    text = "Durnholm sacked their coach after a poor league season. Durnholm were fifth."
    ids = resolved(text, [("Durnholm", "PERSON"), ("Durnholm", "PERSON")])
    assert ids["Durnholm"][1] == "ORG", ids
    # without sport's words the same cue leaves a person alone
    text = "Durnholm sacked their adviser after a poor week in parliament. Durnholm were absent."
    ids = resolved(text, [("Durnholm", "PERSON"), ("Durnholm", "PERSON")])
    assert ids["Durnholm"][1] == "PERSON", ids


def test_a_place_in_a_short_sports_piece_is_a_team_by_two_cues():
    text = "The Valdoria coach named his squad for the league game. Valdoria were beaten last week."
    ids = resolved(text, [("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "ORG", ids
    # one cue is not enough where sport's words are few: "in Valdoria" stays a place
    text = "The Valdoria coach named his squad for the league game. He lives in Valdoria."
    ids = resolved(text, [("Valdoria", "PLACE"), ("Valdoria", "PLACE")])
    assert ids["Valdoria"][1] == "PLACE", ids


def test_a_title_named_after_its_subject_is_not_his_first_name():
    text = "Corin Vale won praise for playing Robin Ashdown in Robin. Robin opens next week."
    ids = resolved(
        text, [("Corin Vale", "PERSON"), ("Robin Ashdown", "PERSON"), ("Robin", "PERSON"), ("Robin", "PERSON")]
    )
    assert ids["Robin"][0] != "robin-ashdown", ids
