"""Session 27 round 2: a name the table knows inside a longer name of a body or a party is no
mention of the table's entity (invented sentences and names)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_body_whose_head_the_known_name_does_not_reach_is_its_own():
    # the table's "State Department" and "Labour" only qualify these bodies' names
    text = "Doctors from the Varn State Department of Health spoke. The Federal Labour Agency said jobs fell."
    ids = resolved(text, [("Varn State Department of Health", "ORG"), ("Federal Labour Agency", "ORG")])
    assert ids["Varn State Department of Health"] == ("varn-state-department-of-health", "ORG"), ids
    assert ids["Federal Labour Agency"] == ("federal-labour-agency", "ORG"), ids
    assert "State Department" not in ids and "Labour" not in ids, ids


def test_two_bodies_the_model_tagged_as_one_are_split():
    text = "A team from the Varn State Department of Health and State University of Orlo said so."
    ids = resolved(text, [("Varn State Department of Health and State University of Orlo", "ORG")])
    assert ids["Varn State Department of Health"][1] == "ORG", ids
    assert ids["State University of Orlo"][1] == "ORG", ids
    assert "State Department" not in ids, ids


def test_the_known_name_as_the_head_stays_the_known_body():
    # "the State Department" itself, and a remit list inside one body's name, are left as they were
    text = "The State Department said so. Labour MPs agreed."
    ids = resolved(text, [("The State Department", "ORG"), ("Labour", "ORG")])
    assert ids["State Department"] == ("us-state-department", "ORG"), ids
    assert ids["Labour"] == ("labour-party", "ORG"), ids


def test_a_capitalised_word_before_a_known_partys_name_makes_another_party():
    text = "Gains by the ruling Social Democrats in Harnland surprised the pollsters."
    ids = resolved(text, [("Social Democrats", "NORP"), ("Harnland", "PLACE")])
    assert ids["Social Democrats"] == ("social-democrats", "ORG"), ids


def test_a_nations_adjective_before_a_partys_name_is_left_to_the_table():
    # a nation's adjective is no party's own word; since session 34 the adjective of a nation other
    # than the party's own ("English" before the US Democrats) makes that nation's party
    # (entities.parties_of_other_nations; tests/test_nlp_party_nations_s34.py)
    text = "A spokesman said the vote was close. The English Democrats met too."
    ids = resolved(text, [("English Democrats", "NORP")])
    assert "Social Democrats" not in ids and "democratic-party" not in {i for i, _ in ids.values()}, ids
    assert ids["English Democrats"] == ("english-democrats", "ORG"), ids
    # a place's name before it is the party's branch
    text = "A spokesman for the Varnholt Labour Party said the vote was close."
    ids = resolved(text, [("Varnholt Labour Party", "ORG")])
    assert ids["Labour Party"] == ("labour-party", "ORG"), ids


def test_an_office_is_a_body_only_before_its_remit():
    # "Microsoft Office" is the firm's software: the table's firm, as before
    text = "Staff at the UN Office for Refugee Affairs use Microsoft Office every day."
    ids = resolved(text, [("UN Office for Refugee Affairs", "ORG"), ("Microsoft Office", "ORG")])
    assert ids["UN Office for Refugee Affairs"] == ("un-office-for-refugee-affairs", "ORG"), ids
    assert ids["Microsoft"] == ("microsoft", "ORG"), ids


def test_a_countrys_cup_tie_is_its_side_and_its_initials_are_the_same_side():
    text = (
        "An injury has ruled Tom Varley out of Great Britain's Davis Cup tie in Arvania. "
        "GB captain Ned Holt said the squad was strong. Varley, ranked 80th in the world, reached the "
        "semi-final of a tournament last week and had hoped to play in the doubles rubber with the team."
    )
    spans = [
        ("Tom Varley", "PERSON"),
        ("Great Britain", "PLACE"),
        ("Arvania", "PLACE"),
        ("GB", "PERSON"),
        ("Ned Holt", "PERSON"),
        ("Varley", "PERSON"),
    ]
    ids = resolved(text, spans)
    assert ids["Great Britain"] == ("great-britain-team", "ORG"), ids
    assert ids["GB"] == ids["Great Britain"], ids
    assert ids["Arvania"] == ("arvania", "PLACE"), ids
