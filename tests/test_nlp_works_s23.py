"""Titles of works taken for people, places or firms (issue 11, session 23): the text's own cues
(a sequel's number, "box office hits X", "the singles X", "programs such as X", "the board game
X", a dash apposition, "X: The Subtitle", small words inside listed titles), and the guards that
keep real people, firms and places. Sentences written for the purpose; the names are invented."""

from __future__ import annotations

import pytest

from nlp_util import works_kept


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        # a sequel's number in the name, or after it where the model left it out
        ("Fans queued all night for Dragon Harbour 3 at the cinema.", "Dragon Harbour 3", "PERSON"),
        (
            "Gamers like Moonfall 2 on the new console. When they are not playing Moonfall, they chat.",
            "Moonfall",
            "PERSON",
        ),
        # a hit by what made it one, a record by its owner
        ("Critics praised the critical hit Sidewinds this winter.", "Sidewinds", "PLACE"),
        ("The debut of US television hit Lonely Neighbours lifted the channel.", "Lonely Neighbours", "ORG"),
        ("He recorded the sentimental string ballad Valdoria On My Mind in 1960.", "Valdoria", "PLACE"),
        ("The firm unveiled a robot, called Amiko, at the show.", "Amiko", "ORG"),
        ("The band released the singles Undertow and Brightwater in 2003.", "Brightwater", "PERSON"),
        ("She recorded her single Tallow Street in Paris.", "Tallow Street", "PERSON"),
        # programs, browsers and board games by their noun
        ("Users have turned to free programs such as Bugwatch to clean their machines.", "Bugwatch", "PLACE"),
        ("It ships with the web browser Voyageur and a mail program.", "Voyageur", "PERSON"),
        ("The comedy was based on the board game Clueless Manor.", "Clueless Manor", "PLACE"),
        # a show by its time of day, a part in a ballet
        ("He hosts the Thursday night show Bethel on Radio 1.", "Bethel", "PLACE"),
        ("She won the title part in Les Sylvaines at the age of 14.", "Les Sylvaines", "PLACE"),
        # an apposition after a dash, a title and its subtitle
        (
            "It comes with a demo of Orbit Hunters - a 3D action title which can be played alone.",
            "Orbit Hunters",
            "PERSON",
        ),
        ("Bridget Holt: The Long Summer was filmed in London.", "Bridget Holt", "PERSON"),
        # a composition called so
        ("The 1728 composition, called Wedding Cantata Nine, was found in Tokyo.", "Wedding Cantata Nine", "ORG"),
    ],
)
def test_a_title_by_the_texts_own_cue_is_dropped(body, name, label):
    assert works_kept(body, [(name, "x", label)]) == []


def test_titles_listed_with_small_words_and_after_box_office_hits():
    body = (
        "At launch 21 games will be available, including Need for Speed, Ridge Runner and Velvet Chronicle. "
        "Films with small budgets, like box office hits Vera Dale, Calendar Boys and Enduring Light, will suffer."
    )
    names = [
        ("Ridge Runner", "ridge-runner", "PERSON"),
        ("Velvet Chronicle", "velvet-chronicle", "ORG"),
        ("Vera Dale", "vera-dale", "PERSON"),
        ("Calendar Boys", "calendar-boys", "ORG"),
    ]
    assert works_kept(body, names) == []


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        # a number that is a count, a score or a measure, not a sequel's
        ("The poll put Ann Ridley 2 points ahead of her rival.", "Ann Ridley", "PERSON"),
        ("The final vote gave Harold Dalton 12 per cent more support.", "Harold Dalton", "PERSON"),
        # a person written with an honorific or speaking somewhere keeps the name
        ("Mr Dalton said he would stand again. Dalton 2 was the slogan of his campaign.", "Dalton", "PERSON"),
        # "hits" the verb before a list of firms; "the summer hits" a place
        ("The new tax hits firms including Brightco and Delmar.", "Brightco", "ORG"),
        ("Every year the summer hits Valdoria hard.", "Valdoria", "PLACE"),
        # software by a firm, not a list of programs
        ("It uses software from firms including Brightco to do so.", "Brightco", "ORG"),
        # a colon before a lower-case sentence: no subtitle
        ("Tony Warden: The prime minister must go, the paper said.", "Tony Warden", "PERSON"),
        # a dash apposition of a person's job
        ("Ann Ridley - the film director, told reporters it was hard.", "Ann Ridley", "PERSON"),
        ("Tom Harper - a title contender - trained in Leeds.", "Tom Harper", "PERSON"),
    ],
)
def test_real_people_firms_and_places_are_kept(body, name, label):
    assert works_kept(body, [(name, "x", label)]) != []


def test_a_sport_title_in_an_apposition_keeps_the_place():
    body = "They won an opening game in Lanford, a fourth title in five years."
    assert works_kept(body, [("Lanford", "lanford", "PLACE")]) == ["Lanford"]


def test_a_results_list_of_names_and_minutes_is_no_sequel():
    body = "Dalmore 2 and Kerrin scored.\n\nArchibald 19, Dalmore 29, Crewe 41, Dalmore 47."
    assert works_kept(body, [("Dalmore", "dalmore", "PERSON")]) != []


def test_a_full_name_with_a_number_is_a_score_not_a_sequel():
    body = "Top seed Marco Velani 6 beat his rival in the final."
    assert works_kept(body, [("Marco Velani 6", "marco-velani-6", "PERSON")]) != []


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        ("The suite comes with iPhoto for pictures.", "iPhoto", "ORG"),
        ("Anyone with an MSN Messenger account can use it.", "MSN Messenger", "PERSON"),
        ("The launch of Gmail surprised rivals.", "Gmail", "PERSON"),
        ("PCs running Windows often carry Media Center software.", "Media Center", "ORG"),
    ],
)
def test_a_platforms_own_programs_are_products(body, name, label):
    assert works_kept(body, [(name, "x", label)]) == []


def test_the_platforms_makers_stay_companies():
    body = "MSN said its Messenger service had grown. Apple sells iPhoto."
    names = [("MSN", "msn", "ORG"), ("Apple", "apple", "ORG"), ("iPhoto", "iphoto", "ORG")]
    assert works_kept(body, names) == ["MSN", "Apple"]


def test_hits_the_verb_after_a_thing_keeps_the_place():
    body = "Prices will fall as the new TV hits Valdoria in May."
    assert works_kept(body, [("Valdoria", "valdoria", "PLACE")]) == ["Valdoria"]


def test_a_title_its_maker_owns_may_start_with_a_first_name():
    body = "He spent thousands producing his album Innocent Stranger. The label will release it on Monday."
    assert works_kept(body, [("Innocent Stranger", "innocent-stranger", "PERSON")]) == []


def test_a_person_named_by_surname_elsewhere_is_kept_after_his_film():
    body = "Critics saw his film Martin Crane had made in Leeds. Crane was proud of it."
    names = [("Martin Crane", "martin-crane", "PERSON"), ("Crane", "martin-crane", "PERSON")]
    assert works_kept(body, names) != []


@pytest.mark.parametrize(
    ("body", "name", "label"),
    [
        ("Aid played a major part in Valdoria's recovery.", "Valdoria", "PLACE"),
        ("The singer has two singles Brightco has licensed.", "Brightco", "ORG"),
    ],
)
def test_a_part_in_a_place_and_a_firm_after_singles_are_kept(body, name, label):
    assert works_kept(body, [(name, "x", label)]) != []
