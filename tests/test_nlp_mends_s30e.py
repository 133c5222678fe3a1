"""Session 30 round 3 mends of round 2's entity rules: namesakes in one sentence, a club's last word,
an economist's employer, a firm with its goods, a venue after a place's possessive, a leader's
followers and the Games' adjective (invented sentences and names; the model's spans are given by
hand)."""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, resolved, resolved_mentions

# --- namesakes (entities.assign_ids) ---


def test_one_person_written_with_and_without_a_middle_initial_in_one_sentence_is_one():
    text = "Harold T Varley, who signed the treaty as Harold Varley, died on Monday."
    ids = resolved(text, [("Harold T Varley", "PERSON"), ("Harold Varley", "PERSON")])
    assert ids["Harold T Varley"][0] == ids["Harold Varley"][0], ids


def test_a_clause_after_a_list_of_two_people_does_not_make_namesakes():
    text = "Presidents Harold T Varley and Jim Orton met in Tarbury, where Harold Varley said the talks went well."
    spans = [("Harold T Varley", "PERSON"), ("Jim Orton", "PERSON"), ("Tarbury", "PLACE"), ("Harold Varley", "PERSON")]
    ids = resolved(text, spans)
    assert ids["Harold T Varley"][0] == ids["Harold Varley"][0], ids


def test_a_semicolon_between_the_two_forms_does_not_make_namesakes():
    text = "Harold T Varley won in Tarbury; Harold Varley then thanked his voters."
    ids = resolved(text, [("Harold T Varley", "PERSON"), ("Tarbury", "PLACE"), ("Harold Varley", "PERSON")])
    assert ids["Harold T Varley"][0] == ids["Harold Varley"][0], ids


def test_glued_initials_are_the_same_initials_spaced():
    text = "Harold TW Varley visited Tarbury on Monday. Later Harold T W Varley said the trip had gone well."
    ids = resolved(text, [("Harold TW Varley", "PERSON"), ("Tarbury", "PLACE"), ("Harold T W Varley", "PERSON")])
    assert ids["Harold TW Varley"][0] == ids["Harold T W Varley"][0], ids


# --- a club's last word (kinds.clubs_by_their_last_word) ---


def test_a_last_word_shared_with_a_club_written_short_is_left_alone():
    text = SPORT + "Leeds striker Tom Wyatt is wanted by Man Utd. United boss Dan Hale confirmed the interest."
    ids = resolved(
        text,
        [("Leeds", "ORG"), ("Tom Wyatt", "PERSON"), ("Man Utd", "ORG"), ("United", "ORG"), ("Dan Hale", "PERSON")],
    )
    assert ids["United"][0] != ids["Leeds"][0], ids


def test_the_city_of_finance_is_not_the_club_of_the_town():
    text = SPORT + "Norwich striker Tom Wyatt scored twice. The club's shares rose as City investors welcomed the win."
    ids = resolved(text, [("Norwich", "ORG"), ("Tom Wyatt", "PERSON"), ("City", "ORG")])
    assert ids["City"][0] != ids["Norwich"][0], ids


def test_the_city_as_a_district_is_not_the_club_of_the_town():
    text = SPORT + "Norwich striker Tom Wyatt scored twice. Shares in the club rose in the City on Monday."
    ids = resolved(text, [("Norwich", "ORG"), ("Tom Wyatt", "PERSON"), ("City", "ORG")])
    assert ids["City"][0] != ids["Norwich"][0], ids


def test_the_clubs_last_word_with_a_team_noun_after_it_still_joins():
    text = SPORT + "Norwich striker Tom Wyatt scored twice. City boss Dan Hale was pleased."
    ids = resolved(text, [("Norwich", "ORG"), ("Tom Wyatt", "PERSON"), ("City", "ORG"), ("Dan Hale", "PERSON")])
    assert ids["City"][0] == ids["Norwich"][0], ids


# --- an economist's employer (single_names.analyst_firms) ---


def test_a_person_before_a_possessive_after_economist_at_stays_a_person():
    text = '"Rates will rise," said Jo Marr, an economist at Tom Hale\'s Grobco Bank.'
    ids = resolved(text, [("Jo Marr", "PERSON"), ("Tom Hale", "PERSON"), ("Grobco Bank", "ORG")])
    assert ids["Tom Hale"][1] == "PERSON", ids


def test_a_founder_written_as_a_person_elsewhere_stays_a_person():
    text = 'Hattie Belle founded her bank in 1990. "Rates will rise," said Jo Marr, an economist at Hattie Belle.'
    ms = resolved_mentions(text, [("Hattie Belle", "PERSON"), ("Jo Marr", "PERSON"), ("Hattie Belle", "PERSON")])
    assert all(m.label == "PERSON" for m in ms if m.text == "Hattie Belle"), ms


# --- a firm with its goods (entities.firms_with_their_goods) ---


def test_a_firms_workers_are_not_the_firm():
    text = "Tarbury Mail said it would close 30 offices. Tarbury Mail Workers voted to strike on Monday."
    ids = resolved(text, [("Tarbury Mail", "ORG"), ("Tarbury Mail Workers", "PERSON")])
    assert ids["Tarbury Mail"][0] != ids["Tarbury Mail Workers"][0], ids


def test_islands_named_like_a_firm_are_not_the_firm():
    text = "Grand Velm Holdings bought a hotel in the Grand Velm Islands last week."
    ids = resolved(text, [("Grand Velm", "ORG"), ("Grand Velm Islands", "PLACE")])
    assert ids["Grand Velm Islands"][1] == "PLACE", ids


# --- a venue after a place's possessive (entities.venues) ---


def test_a_workplace_after_a_places_possessive_stays_an_organisation():
    text = "Jo Bell, a teacher at Tarbury's Riverside Academy, said pupils were thriving."
    ids = resolved(text, [("Jo Bell", "PERSON"), ("Tarbury", "PLACE"), ("Riverside Academy", "ORG")])
    assert ids["Riverside Academy"][1] == "ORG", ids


def test_an_event_at_a_venue_after_a_places_possessive_is_a_place():
    text = "The concert was held at Tarbury's Riverside Centre on Friday."
    ids = resolved(text, [("Tarbury", "PLACE"), ("Riverside Centre", "ORG")])
    assert ids["Riverside Centre"][1] == "PLACE", ids


# --- followers and the Games' adjective (kinds.not_names) ---


def test_a_product_ending_in_ite_is_not_a_persons_followers():
    text = "Tom Marm founded the firm. Marmite sales rose 10% last year."
    ids = resolved(text, [("Tom Marm", "PERSON"), ("Marmite", "ORG")])
    assert ids["Marmite"][1] == "ORG", ids


def test_a_club_called_by_the_games_adjective_is_kept():
    text = SPORT + "Tom Wyatt scored for Olympic in the match. Olympic coach Dan Hale was pleased."
    ids = resolved(text, [("Tom Wyatt", "PERSON"), ("Olympic", "ORG"), ("Olympic", "ORG"), ("Dan Hale", "PERSON")])
    assert ids.get("Olympic", ("", ""))[1] == "ORG", ids
