"""Session 15 (issue 11): a one-word "person" is a person only with evidence of one in the
article ("Mr X", "X said", "singer X", a first name); without it, where it is written says what it
is: a place ("at X", "from X", "the MP for X"), an organisation ("X's customers", "firm X"), or no
name at all ("Weather has been ...", "a Sim", "$800bn"). Sentences written for the purpose; the
model's spans are given, so the rules are tested alone."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from belreader.nlp.aliases import load_table, slugify
from belreader.nlp.records import Mention
from belreader.nlp.single_names import single_people


def test_a_one_word_person_written_as_a_place_is_a_place():
    text = "Tests were run on 9,000 travellers at Brekwick last month. Officials were pleased."
    assert resolved(text, [("Brekwick", "PERSON")])["Brekwick"][1] == "PLACE"
    text = "Ann Holt, from Darrowby in Kent, won the prize."
    ids = resolved(text, [("Ann Holt", "PERSON"), ("Darrowby", "PERSON"), ("Kent", "PLACE")])
    assert ids["Darrowby"][1] == "PLACE", ids
    text = "The Tory MP for Skelmore criticised the plan."
    assert resolved(text, [("Skelmore", "PERSON")])["Skelmore"][1] == "PLACE"


def test_a_one_word_person_acting_as_a_company_is_an_organisation():
    text = 'The deal gives Telmax an edge over Brevo. "It could eat into Brevo\'s customers," an analyst said.'
    ids = resolved(text, [("Telmax", "ORG"), ("Brevo", "PERSON"), ("Brevo", "PERSON")])
    assert ids["Brevo"][1] == "ORG", ids
    text = "The rules were set by Quarnet. Quarnet also did its own checks on the traffic."
    ids = resolved(text, [("Quarnet", "PERSON"), ("Quarnet", "PERSON")])
    assert ids["Quarnet"][1] == "ORG", ids


def test_a_capitalised_common_word_or_an_amount_is_no_name():
    text = 'Prices fell again. "Weather has been the weak point of this market," said a trader.'
    assert "Weather" not in resolved(text, [("Weather", "PERSON")])
    text = "Congress raised the limit by $800bn on Tuesday."
    assert "800bn" not in resolved(text, [("800bn", "PERSON")])
    text = "The game shows what a tired Glimmet does at night."
    assert "Glimmet" not in resolved(text, [("Glimmet", "PERSON")])


def test_a_one_word_person_with_evidence_stays_a_person():
    # a speaker, a role before the name, an honorific: a person wherever else it is written
    text = "Fans queued at Wembley. Later Zorvath said the tour would go on."
    ids = resolved(text, [("Wembley", "PLACE"), ("Zorvath", "PERSON")])
    assert ids["Zorvath"] == ("zorvath", "PERSON"), ids
    text = "The show was hosted by hip-hop artist Krellix at the arena. Fans came from Krellix's home town."
    ids = resolved(text, [("Krellix", "PERSON"), ("Krellix", "PERSON")])
    assert ids["Krellix"][1] == "PERSON", ids
    text = "The letter came from Mr Dovecote on Monday. Dovecote was in Leeds."
    ids = resolved(text, [("Dovecote", "PERSON"), ("Dovecote", "PERSON"), ("Leeds", "PLACE")])
    assert ids["Dovecote"][1] == "PERSON", ids


def test_a_first_name_is_never_left_out_and_yields_only_to_a_company():
    # a first name alone ("Emily") is a person however little is said of it
    text = "Tickets went fast. Emily was there on the first day."
    assert resolved(text, [("Emily", "PERSON")])["Emily"] == ("emily", "PERSON")
    # ... unless the article writes it as a company
    text = "The deal hurts Sky. Analysts expect a fall in Sky's subscribers next year."
    ids = resolved(text, [("Sky", "PERSON"), ("Sky", "PERSON")])
    assert ids["Sky"][1] == "ORG", ids


def test_a_surname_of_a_full_name_stays_the_person():
    # "X in <place>" is no place when X ends a person's full name
    text = "Vera Kolbasova won easily. She had beaten Kolbasova in Moscow before, said her coach."
    ids = resolved(text, [("Vera Kolbasova", "PERSON"), ("Kolbasova", "PERSON"), ("Moscow", "PLACE")])
    assert ids["Kolbasova"][1] == "PERSON", ids


def test_a_list_of_people_is_no_list_of_places():
    text = "The heroes were Batwing, Starlord and Wonder Lass, the comic said. Paris loved them."
    ids = resolved(text, [("Batwing", "PLACE"), ("Starlord", "PERSON"), ("Wonder Lass", "PERSON")])
    assert ids["Starlord"][1] == "PERSON", ids
    # ... but a list of places is one: "at Heathrow, Brekwick and Glasgow airports"
    text = "Consultations began at Heathrow, Brekwick and Glasgow airports."
    ids = resolved(text, [("Heathrow", "PLACE"), ("Brekwick", "PERSON"), ("Glasgow", "PLACE")])
    assert ids["Brekwick"][1] == "PLACE", ids


def test_a_one_word_company_or_place_written_as_a_person_is_one():
    # a word only a person is, before a first name the model took for a place
    text = "At home he plays chess with his wife, ex-model Darla. The couple live near York."
    ids = resolved(text, [("Darla", "PLACE"), ("York", "PLACE")])
    assert ids["Darla"] == ("darla", "PERSON") and ids["York"][1] == "PLACE", ids
    # a first name that speaks
    text = "The captain was pleased. Rafi said the team had played well."
    assert resolved(text, [("Rafi", "PLACE")])["Rafi"][1] == "PERSON"
    # listed among people named in full
    text = "The line-up has Amy Vance, Tom Erskine, Zubeko and Jo Marr."
    spans = [("Amy Vance", "PERSON"), ("Tom Erskine", "PERSON"), ("Zubeko", "ORG"), ("Jo Marr", "PERSON")]
    assert resolved(text, spans)["Zubeko"][1] == "PERSON"


def test_a_company_beside_a_person_stays_a_company():
    # an apposition is no list, two names joined by "and" may be two firms, and "from X" is a place
    text = '"We will act," said Greg Tallis, Quorvo senior vice president.'
    assert resolved(text, [("Greg Tallis", "PERSON"), ("Quorvo", "ORG")])["Quorvo"][1] == "ORG"
    text = "Bookmakers William Hollis and Bettmore gave odds of 4/9."
    assert resolved(text, [("William Hollis", "PERSON"), ("Bettmore", "ORG")])["Bettmore"][1] == "ORG"
    text = "Amir Shah, from Dunwick, and Tom Erskine, from Leeds, were freed."
    spans = [("Amir Shah", "PERSON"), ("Dunwick", "PLACE"), ("Tom Erskine", "PERSON"), ("Leeds", "PLACE")]
    assert resolved(text, spans)["Dunwick"][1] == "PLACE"


def test_a_surname_written_as_a_person_joins_the_full_name():
    # the mentions as the resolver has them when the model typed the surname a company
    text = "Cara Linwood won. Nina Dorsey is up against Linwood, Jo Marr, Amy Vance and Tess Erskine."
    names = [("Cara Linwood", "PERSON"), ("Nina Dorsey", "PERSON"), ("Linwood", "ORG")]
    names += [("Jo Marr", "PERSON"), ("Amy Vance", "PERSON"), ("Tess Erskine", "PERSON")]
    mentions, cursor = [], 0
    for words, label in names:
        at = text.index(words, cursor)
        cursor = at + len(words)
        mentions.append(Mention(slugify(words), words, label, at, cursor, 0))
    single_people(text, mentions, load_table())
    assert (mentions[2].entity_id, mentions[2].label) == ("cara-linwood", "PERSON"), mentions[2]


def test_titles_listed_after_a_works_noun_a_clause_back_are_works():
    text = "Viewers can watch BBC programmes from the last seven days such as Harbourside, Ward Nine and Quizline."
    spans = [("BBC", "ORG"), ("Harbourside", "ORG"), ("Ward Nine", "ORG"), ("Quizline", "ORG")]
    ids = resolved(text, spans)
    assert "Harbourside" not in ids and "Ward Nine" not in ids and "Quizline" not in ids, ids
    assert ids["BBC"][1] == "ORG", ids
    # a possessor in such a list makes the title: a company
    text = "There are titles from developers such as Gamecraft's Rover Run."
    assert resolved(text, [("Gamecraft", "ORG")])["Gamecraft"][1] == "ORG"
