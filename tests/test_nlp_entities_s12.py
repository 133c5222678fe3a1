"""Session 12 (issue 11): works, products and events the model typed as people, organisations or
places, found by the words around them. Sentences written for the purpose, each with a negative."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_title_after_a_show_or_a_programme_is_a_work_even_when_the_model_saw_a_person():
    text = (
        "Velloro planned to call their programme Swapping Dads, but Dana Wells said no. "
        "The long-running show Evening Bandwagon ended in May. "
        "Marta Ruiz said the film Tom Harlan was a hit."
    )
    ids = resolved(
        text,
        [
            ("Velloro", "ORG"),
            ("Swapping Dads", "PERSON"),
            ("Dana Wells", "PERSON"),
            ("Evening Bandwagon", "ORG"),
            ("Marta Ruiz", "PERSON"),
            ("Tom Harlan", "PERSON"),
        ],
    )
    assert "Swapping Dads" not in ids, ids
    assert "Evening Bandwagon" not in ids, ids
    # a first name keeps a person: "the film Ray" may be about the man too
    assert ids["Tom Harlan"][1] == "PERSON", ids
    assert ids["Dana Wells"][1] == "PERSON", ids


def test_show_as_a_verb_is_no_work_cue():
    text = "Figures show Brantec lost money. Brantec said sales fell."
    ids = resolved(text, [("Brantec", "ORG"), ("Brantec", "ORG")])
    assert ids["Brantec"] == ("brantec", "ORG"), ids


def test_a_name_described_as_a_game_or_listed_as_a_series_is_a_work():
    text = (
        "It was used in Skyrunner, an urban pervasive game that mixed streets and screens. "
        "He made television series such as Blooper Parade. "
        "It bought Kestrel, a film producer based in Leeds."
    )
    ids = resolved(
        text,
        [("Skyrunner", "PLACE"), ("Blooper Parade", "ORG"), ("Kestrel", "ORG"), ("Leeds", "PLACE")],
    )
    assert "Skyrunner" not in ids, ids
    assert "Blooper Parade" not in ids, ids
    assert ids["Kestrel"] == ("kestrel", "ORG"), ids  # "a film producer" describes a company


def test_a_name_before_a_made_things_noun_is_a_product():
    text = (
        "Banks are moving to the Fenestra operating system. The Zorbo.D virus spreads by e-mail. "
        "Sony and Toshiba built the Quark processor. The venerable IBM operating system is old. "
        "IBM will end support in 2006."
    )
    ids = resolved(
        text,
        [
            ("Fenestra", "PLACE"),
            ("Zorbo", "ORG"),
            ("Sony", "ORG"),
            ("Toshiba", "ORG"),
            ("Quark", "ORG"),
            ("IBM", "ORG"),
            ("IBM", "ORG"),
        ],
    )
    assert "Fenestra" not in ids, ids
    assert "Zorbo" not in ids, ids
    assert "Quark" not in ids, ids
    # an acronym before the noun is the maker ("the IBM operating system"), not a product
    assert ids["IBM"][1] == "ORG", ids


def test_a_company_named_before_a_product_noun_keeps_its_cue():
    text = "Chipmaker firm Axiona processor sales rose. Axiona said it was pleased."
    ids = resolved(text, [("Axiona", "ORG"), ("Axiona", "ORG")])
    assert ids["Axiona"][1] == "ORG", ids


def test_a_studio_described_by_its_film_and_a_source_before_a_products_possessive_stay():
    text = (
        "Vantor Pictures, the studio behind the film, said little. "
        "Estimates were gathered by Webtally, Foxglow's share is now 5%. Users like the Foxglow browser."
    )
    ids = resolved(text, [("Vantor Pictures", "ORG"), ("Webtally", "ORG"), ("Foxglow", "ORG"), ("Foxglow", "ORG")])
    assert ids["Vantor Pictures"][1] == "ORG", ids
    assert "Foxglow" not in ids, ids  # "the Foxglow browser": a product
    assert ids["Webtally"][1] == "ORG", ids


def test_competitions_operations_and_awards_by_their_words_are_events():
    text = (
        "Wales keep alive their Grand Slam hopes. Operation Nightjar, led by the police, made 28 arrests. "
        "The Varkon winner said she was thrilled. It went on to win Pellor awards for best song. "
        "About 9,000 people attend the Quorex trade show."
    )
    ids = resolved(
        text,
        [
            ("Wales", "PLACE"),
            ("Grand Slam", "PLACE"),
            ("Operation Nightjar", "ORG"),
            ("Varkon", "ORG"),
            ("Pellor", "PERSON"),
            ("Quorex", "ORG"),
        ],
    )
    for name in ("Grand Slam", "Operation Nightjar", "Varkon", "Pellor", "Quorex"):
        assert ids[name][1] == "EVENT", (name, ids)


def test_a_person_or_a_body_beside_winner_or_awards_stays_one():
    # a person speaks; an acronym gives the awards; in sport "a late X winner" is a goal
    text = (
        "Varkon said the Varkon winner was a surprise. The PFA awards were held in May. "
        "Striker Dunmore scored a late Dunmore winner in the league match, and the coach praised the midfield, "
        "the defence, the goalkeeper and the penalty in the cup tie."
    )
    ids = resolved(text, [("Varkon", "ORG"), ("Varkon", "ORG"), ("PFA", "ORG"), ("Dunmore", "ORG"), ("Dunmore", "ORG")])
    assert ids["Varkon"][1] != "EVENT", ids
    assert ids["PFA"][1] == "ORG", ids
    assert ids["Dunmore"][1] != "EVENT", ids


def test_a_short_transfer_story_is_sport_and_its_cities_are_clubs():
    text = (
        "Norbury have joined the race to sign striker Pablo Arrondo. The player said the club knows his wishes. "
        "Castellane are also keen on a deal."
    )
    ids = resolved(text, [("Norbury", "PLACE"), ("Pablo Arrondo", "PERSON"), ("Castellane", "PLACE")])
    assert ids["Norbury"][1] == "ORG", ids
    assert ids["Castellane"][1] == "ORG", ids


def test_a_defender_of_rights_makes_no_sport_story():
    text = "Norbury have long been a defender of free speech, the mayor said. Castellane are also keen on a deal."
    ids = resolved(text, [("Norbury", "PLACE"), ("Castellane", "PLACE")])
    assert ids["Norbury"][1] == "PLACE", ids
    assert ids["Castellane"][1] == "PLACE", ids


def test_a_ground_a_player_moves_to_stays_a_place():
    text = (
        "Norbury have rejected a bid for striker Pablo Arrondo. The player said the club knows his wishes, "
        "and he rejected a move to Ravensway Park."
    )
    ids = resolved(text, [("Norbury", "PLACE"), ("Pablo Arrondo", "PERSON"), ("Ravensway Park", "PLACE")])
    assert ids["Norbury"][1] == "ORG", ids
    assert ids["Ravensway Park"] == ("ravensway-park", "PLACE"), ids
