"""Session 28: entity typing, works that are no entities (invented sentences and names)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_name_after_the_single_is_a_record_not_an_entity():
    text = "She released the single Copper Lantern last year, and it sold well."
    assert "Copper Lantern" not in resolved(text, [("Copper Lantern", "ORG")])


def test_the_single_before_a_lower_case_noun_keeps_the_names_around_it():
    text = "Ministers in Varnholt backed the single market. Dunmore Bank said it agreed."
    ids = resolved(text, [("Varnholt", "PLACE"), ("Dunmore Bank", "ORG")])
    assert ids["Varnholt"][1] == "PLACE", ids
    assert ids["Dunmore Bank"][1] == "ORG", ids


def test_a_quoted_title_after_record_track_or_poem_is_a_work():
    text = "Her record 'Hollow Marrow' went gold in Delby."
    ids = resolved(text, [("Hollow Marrow", "PERSON"), ("Delby", "PLACE")])
    assert "Hollow Marrow" not in ids, ids
    assert ids["Delby"][1] == "PLACE", ids
    text = 'The poem "Marrowgate" was read aloud at the festival.'
    assert "Marrowgate" not in resolved(text, [("Marrowgate", "ORG")])


def test_a_track_without_a_quote_mark_is_no_work_cue():
    # "round the track X" is a circuit, not a record
    text = "She drove round the track Silverbrook before the race."
    ids = resolved(text, [("Silverbrook", "PLACE")])
    assert ids["Silverbrook"][1] == "PLACE", ids


def test_the_work_a_prize_winner_won_it_for_is_no_entity():
    text = "The poetry prize went to Anna Brell for Silent Orchards, a collection of verse."
    ids = resolved(text, [("Anna Brell", "PERSON"), ("Silent Orchards", "ORG")])
    assert "Silent Orchards" not in ids, ids
    assert ids["Anna Brell"][1] == "PERSON", ids
    text = "The non-fiction prize was awarded to Tom Gale's for Bridge of Stone, which tells of a strike."
    ids = resolved(text, [("Tom Gale", "PERSON"), ("Bridge of Stone", "PERSON")])
    assert "Bridge of Stone" not in ids, ids
    assert ids["Tom Gale"][1] == "PERSON", ids


def test_a_lower_case_object_before_for_is_no_prize_winner():
    # "won votes for X": the party votes were won for is an organisation
    text = "The reform won support for Harwell Union in the vote, the union said."
    ids = resolved(text, [("Harwell Union", "ORG")])
    assert ids["Harwell Union"][1] == "ORG", ids


def test_a_single_after_its_owner_or_its_cause_is_a_record():
    text = "The Larkfield band's charity single Copper Lantern sold well. Fans bought Elvina's single Glass Parade."
    ids = resolved(text, [("Copper Lantern", "PERSON"), ("Glass Parade", "ORG")])
    assert ids == {}, ids


def test_a_single_as_a_count_is_no_work_cue():
    text = "Investors bought a single Dunmore Bank share. Each single Harwell Union vote counted."
    ids = resolved(text, [("Dunmore Bank", "ORG"), ("Harwell Union", "ORG")])
    assert ids["Dunmore Bank"][1] == "ORG", ids
    assert ids["Harwell Union"][1] == "ORG", ids


def test_a_track_after_its_maker_is_a_work():
    text = "The highest new entry was the Tom Ravensby track Marrowgate at number four."
    ids = resolved(text, [("Tom Ravensby", "PERSON"), ("Marrowgate", "ORG")])
    assert "Marrowgate" not in ids, ids
    assert ids["Tom Ravensby"][1] == "PERSON", ids


def test_a_new_or_numbered_work_in_apposition_is_no_entity():
    text = "The group released a new album, Hollow Marrow, in May. Their fifth studio album, Gorranby, follows."
    ids = resolved(text, [("Hollow Marrow", "PERSON"), ("Gorranby", "ORG")])
    assert ids == {}, ids


def test_a_company_after_a_preposition_and_a_new_film_stays():
    text = "The distributor of the new film, Brandle Pictures Group, said sales were strong."
    ids = resolved(text, [("Brandle Pictures Group", "ORG")])
    assert ids["Brandle Pictures Group"][1] == "ORG", ids


def test_a_band_written_as_a_records_maker_elsewhere_stays():
    text = (
        "Fans queued for the charity single Harbour Aid 12 on Monday. "
        "The song can be downloaded from Harbour Aid 12's official website."
    )
    ids = resolved(text, [("Harbour Aid 12", "ORG"), ("Harbour Aid", "ORG")])  # the model's cut
    assert ids["Harbour Aid 12"][1] == "ORG", ids
