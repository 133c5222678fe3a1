"""Entity types, session 29 (invented sentences and names): a one-word name the model typed an
organisation, written only as a site ("a concert in Dorrington"), is a place, while a holding's or a
belief's "in" ("a stake in Marvolt", "faith in Grobco"), a club before a player's position and a body's
word ("in Parliament") stay bodies; a place tagged alone after a royal style ("the princess of Wales",
"Prince of Carthia", a game) is no place of the article; a nationality noun before one word after
"in" ("the plant in Briton Holm") begins a town's name, not a person's; a ruling family ("the
Royal Family") is a group of people, no body."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved, resolved_mentions


def test_a_one_word_body_written_only_after_in_or_near_is_a_place():
    text = "The band played a benefit show in Dorrington, which sold out. A car park near Pelham was closed."
    ids = resolved(text, [("Dorrington", "ORG"), ("Pelham", "ORG")])
    assert ids["Dorrington"][1] == "PLACE", ids
    assert ids["Pelham"][1] == "PLACE", ids


def test_a_one_word_body_also_written_as_a_body_stays_a_body():
    text = "Shares rose in Marvolt on Monday. Marvolt said its sales were up."
    ids = resolved(text, [("Marvolt", "ORG"), ("Marvolt", "ORG")])
    assert ids["Marvolt"][1] == "ORG", ids


def test_a_holding_or_a_belief_in_a_body_keeps_the_body():
    text = "The fund bought a stake in Marvolt. Voters had lost faith in Grobco, she said."
    ids = resolved(text, [("Marvolt", "ORG"), ("Grobco", "ORG")])
    assert ids["Marvolt"][1] == "ORG", ids
    assert ids["Grobco"][1] == "ORG", ids


def test_initials_a_chamber_a_possessive_or_a_club_before_a_position_stay_bodies():
    text = (
        "The rival in ZQX was strong. The bill was debated in Congress. "
        "The deal was signed in Marvolt's offices. Dorton brought in Halbury prop Ed Kane."
    )
    ids = resolved(
        text,
        [
            ("ZQX", "ORG"),
            ("Congress", "ORG"),
            ("Marvolt", "ORG"),
            ("Dorton", "ORG"),
            ("Halbury", "ORG"),
            ("Ed Kane", "PERSON"),
        ],
    )
    assert ids["ZQX"][1] == "ORG", ids
    assert ids["Congress"][1] == "ORG", ids
    assert ids["Marvolt"][1] == "ORG", ids
    assert ids["Halbury"][1] == "ORG", ids


def test_a_place_after_a_royal_style_is_part_of_the_style():
    text = "A biography of Mary, princess of Carthia, is out. Prince of Dravia sold well. She lives in Carthia."
    spans = [("Mary", "PERSON"), ("Carthia", "PLACE"), ("Dravia", "PLACE"), ("Carthia", "PLACE")]
    mentions = resolved_mentions(text, spans)
    assert not [m for m in mentions if m.text == "Dravia"], mentions
    # the place named on its own elsewhere stays a place, once
    assert [(m.text, m.label) for m in mentions if m.text == "Carthia"] == [("Carthia", "PLACE")], mentions


def test_a_nationality_noun_starting_a_name_after_in_is_part_of_a_town():
    text = "The plant in Briton Holm will close. A win for Briton Tim Dace. Fans in Briton Dace's town cheered."
    ids = resolved(text, [("Briton Holm", "PERSON"), ("Briton Tim Dace", "PERSON"), ("Briton Dace", "PERSON")])
    assert ids["Briton Holm"][1] == "PLACE", ids
    assert "Holm" not in ids, ids
    # a person after the noun stays a person: not after "in", or with a possessive after
    assert ids["Tim Dace"][1] == "PERSON", ids
    assert ids["Dace"][1] == "PERSON", ids


def test_a_part_in_a_show_a_programme_or_a_body_listed_after_it_stays_a_body():
    text = (
        "Critics praised Ann Dore in Tidewell. He is best known as Jim Rowe in CastleEnd. "
        "Students in Harwick and Yaleton use the library."
    )
    spans = [
        ("Ann Dore", "PERSON"),
        ("Tidewell", "ORG"),
        ("Jim Rowe", "PERSON"),
        ("CastleEnd", "ORG"),
        ("Harwick", "ORG"),
        ("Yaleton", "ORG"),
    ]
    ids = resolved(text, spans)
    assert ids["Tidewell"][1] == "ORG", ids
    assert ids["CastleEnd"][1] == "ORG", ids
    assert ids["Harwick"][1] == "ORG", ids


def test_a_ruling_family_is_a_group_of_people_not_a_body():
    text = "The Royal Family sent a message to Dorrington Council. Members of the Royal Family attended."
    ids = resolved(text, [("Royal Family", "ORG"), ("Dorrington Council", "ORG"), ("Royal Family", "ORG")])
    assert "Royal Family" not in ids, ids
    assert ids["Dorrington Council"][1] == "ORG", ids
