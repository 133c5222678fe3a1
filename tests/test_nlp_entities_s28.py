"""Session 28 round 1: a longer name that has the table's name as its head or last word, with words
that make another name, is its own entity, not the table's (invented sentences, clubs, bodies and
places; the table's names are real; the model's spans are given by hand)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_words_before_a_clubs_name_make_another_club():
    text = "The striker joined Varnholt Park Rangers on loan from Dorran last week."
    ids = resolved(text, [("Varnholt Park Rangers", "ORG"), ("Dorran", "ORG")])
    assert ids.get("Varnholt Park Rangers", ("",))[0] == "varnholt-park-rangers", ids
    assert "Rangers" not in ids, ids


def test_words_before_a_bodys_name_make_another_body():
    text = "Officials of the Tarlow Students Rugby Football Union cancelled the tour on Monday."
    ids = resolved(text, [("the Tarlow Students Rugby Football Union", "ORG"), ("Monday", "DATE")])
    assert ids.get("Tarlow Students Rugby Football Union", ("",))[0] == "tarlow-students-rugby-football-union", ids
    assert "Rugby Football Union" not in ids, ids
    text = "The plant was shut by Arvania's State Environmental Protection Agency after a leak."
    ids = resolved(text, [("Arvania", "PLACE"), ("State Environmental Protection Agency", "ORG")])
    assert ids.get("State Environmental Protection Agency", ("",))[0] == "state-environmental-protection-agency", ids


def test_a_competitions_or_buildings_head_noun_after_the_name_makes_another_thing():
    text = "Dorran will play three matches in the Celtic League before Christmas."
    ids = resolved(text, [("Dorran", "ORG"), ("the Celtic League", "ORG"), ("Christmas", "DATE")])
    assert ids.get("Celtic League", ("",))[0] == "celtic-league", ids
    assert "Celtic" not in ids, ids


def test_words_before_a_countrys_name_make_another_place_or_a_work():
    text = "The painting hangs in Tarlow Britain, a gallery by the river, said Ann Pell."
    ids = resolved(text, [("Tarlow Britain", "PLACE"), ("Ann Pell", "PERSON")])
    assert ids.get("Tarlow Britain", ("",))[0] == "tarlow-britain", ids
    assert "Britain" not in ids, ids
    text = "She starred in the film Hotel Rwanda before moving to Varnholt."
    ids = resolved(text, [("Hotel Rwanda", "PLACE"), ("Varnholt", "PLACE")])
    assert "rwanda" not in {i for i, _ in ids.values()}, ids  # the film: no place


def test_the_right_merges_stay():
    # a qualifier the table writes with the name, a place the table knows, a part of a place
    text = "The English FA fined Dorran, the US Environmental Protection Agency said."
    ids = resolved(
        text, [("The English FA", "ORG"), ("Dorran", "ORG"), ("the US Environmental Protection Agency", "ORG")]
    )
    assert ids.get("English FA", ids.get("FA", ("",)))[0] == "football-association", ids
    assert ids.get("Environmental Protection Agency", ("",))[0] == "epa", ids
    text = "Glasgow Rangers beat Dorran. The floods hit Southern England hardest."
    ids = resolved(text, [("Glasgow Rangers", "ORG"), ("Dorran", "ORG"), ("Southern England", "PLACE")])
    assert ids["Glasgow Rangers"][0] == "rangers", ids
    assert "southern-england" not in {i for i, _ in ids.values()}, ids
    text = "Life in Victorian England was hard, said Ann Pell of Middle Wales."
    ids = resolved(text, [("Victorian England", "PLACE"), ("Ann Pell", "PERSON"), ("Middle Wales", "PLACE")])
    assert {"england", "wales"} <= {i for i, _ in ids.values()}, ids
    # two words before a place are a longer body's name the model took for a place: left as before
    text = "Dorran Relief England warned of the cold, Ann Pell said."
    ids = resolved(text, [("Dorran Relief England", "PLACE"), ("Ann Pell", "PERSON")])
    assert "dorran-relief-england" not in {i for i, _ in ids.values()}, ids


def test_a_common_word_opening_a_sentence_is_no_qualifier():
    text = "Dorran lost again on Saturday. Both Rangers and Dorran need points."
    ids = resolved(text, [("Dorran", "ORG"), ("Saturday", "DATE"), ("Both Rangers", "ORG"), ("Dorran", "ORG")])
    assert ids.get("Rangers", ("",))[0] == "rangers", ids


def test_a_partys_branch_and_an_outlets_channel_are_left_to_their_rules():
    text = "Tarlow Labour chose a candidate, Varnholt Radio reported."
    ids = resolved(text, [("Tarlow Labour", "ORG"), ("Varnholt Radio", "ORG")])
    assert "tarlow-labour" not in {i for i, _ in ids.values()}, ids
