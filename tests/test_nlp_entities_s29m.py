"""Session 29 mends of round 2's entity rules (review s29r2 findings 4-7, 9 and 13): the names a
rule glued or split wrongly, kept as the model gave them (invented sentences and names; the
model's spans are given by hand)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

# --- a person's possessive before a place's name (possessive_venues) ---


def test_a_titled_persons_possessive_before_a_stadium_named_again_keeps_both():
    text = "Chairman Varley's Dorran Stadium will host the final. Dorran Stadium holds 30,000."
    ids = resolved(text, [("Varley", "PERSON"), ("Dorran Stadium", "PLACE"), ("Dorran Stadium", "PLACE")])
    assert ids.get("Varley") == ("varley", "PERSON"), ids
    assert ids.get("Dorran Stadium") == ("dorran-stadium", "PLACE"), ids


def test_a_possessive_before_an_airport_a_castle_or_a_bridge_is_the_persons():
    for text, person, place in (
        (
            "The plane landed at Tarlow Airport. Minister Pell's Tarlow Airport plan was scrapped.",
            "Pell",
            "Tarlow Airport",
        ),
        ("Owner Brisk's Tarlow Castle is open to visitors.", "Brisk", "Tarlow Castle"),
        ("Engineer Brunwick's Dorran Bridge opened in 1864.", "Brunwick", "Dorran Bridge"),
    ):
        ids = resolved(text, [(person, "PERSON"), (place, "PLACE")])
        assert ids.get(person, ("", ""))[1] == "PERSON" and ids.get(place, ("", ""))[1] == "PLACE", ids


def test_a_titled_persons_possessive_before_a_theatre_is_the_persons():
    text = "Producer Varley's Golden Theatre opened in May."
    ids = resolved(text, [("Varley", "PERSON"), ("Golden Theatre", "ORG")])
    assert "Varley's Golden Theatre" not in ids, ids


def test_a_theatre_named_without_the_possessive_elsewhere_keeps_its_own_name():
    text = "Varley's Golden Theatre opened in May. The Golden Theatre seats 900."
    ids = resolved(text, [("Varley", "PERSON"), ("Golden Theatre", "ORG"), ("Golden Theatre", "ORG")])
    assert "Varley's Golden Theatre" not in ids, ids


# --- a plural's possessive before a body's noun (plural_possessive_bodies) ---


def test_a_plurals_possessive_before_a_name_that_only_starts_with_a_bodys_noun_is_left_out():
    for text, span, label in (
        ("Wolves' League Cup run ended in Tarlow on Tuesday.", "League Cup", "ORG"),
        ("The Dorran Rovers' League Cup run ended on Tuesday.", "League Cup", "ORG"),
        ("They moved into the Smiths' Union Street home in May.", "Union Street", "PLACE"),
    ):
        ids = resolved(text, [(span, label)])
        assert span in ids and not any("'" in name for name in ids), ids


# --- "X of Y" (common_noun_bodies) ---


def test_a_titles_word_of_a_place_is_no_firm():
    text = "He met the Mayor of Tarlow on Friday."
    ids = resolved(text, [("Mayor", "ORG"), ("Tarlow", "PLACE")])
    assert "Mayor of Tarlow" not in ids and ids.get("Tarlow") == ("tarlow", "PLACE"), ids


def test_a_shop_of_a_street_or_a_nickname_of_a_place_is_no_firm():
    for text, first, second in (
        ("Sales at Next of Dorran Street fell.", "Next", "Dorran Street"),
        ("The Oracle of Dorran, as the investor is known, spoke.", "Oracle", "Dorran"),
    ):
        ids = resolved(text, [(first, "ORG"), (second, "PLACE")])
        assert f"{first} of {second}" not in ids and ids.get(second, ("", ""))[1] == "PLACE", ids


def test_a_bank_of_a_place_is_still_one_body():
    text = "Shares in Bank of Dorran rose."
    ids = resolved(text, [("Bank", "ORG"), ("Dorran", "PLACE")])
    assert ids.get("Bank of Dorran") == ("bank-of-dorran", "ORG"), ids


# --- a nationality before a surname (nationals_before_surnames) ---


def test_a_nationality_led_firm_described_as_a_firm_is_not_the_person_of_its_surname():
    text = "Tom Reed spoke. American Reed, the pipe maker, said sales fell."
    ids = resolved(text, [("Tom Reed", "PERSON"), ("American Reed", "ORG")])
    assert ids.get("American Reed") == ("american-reed", "ORG") and "Reed" not in ids, ids


# --- a first name alone shared by two people (assign_ids) ---


def test_a_first_name_alone_is_the_full_name_before_it_when_the_other_follows_in_a_later_sentence():
    for text in (
        "Tom Varley won in 1950. Tom said he was happy. Tom Hesketh came second.",
        "Tom Varley won in 1950, and Tom thanked his wife. Tom Hesketh came second.",
    ):
        ids = resolved(text, [("Tom Varley", "PERSON"), ("Tom", "PERSON"), ("Tom Hesketh", "PERSON")])
        assert ids["Tom"] == ("tom-varley", "PERSON"), ids


def test_a_first_name_alone_with_the_other_full_name_in_its_sentence_is_never_that_other():
    text = "Ann Bell won. Ann said she beat Ann Dorrow in the final."
    ids = resolved(text, [("Ann Bell", "PERSON"), ("Ann", "PERSON"), ("Ann Dorrow", "PERSON")])
    assert ids["Ann"][0] != "ann-dorrow", ids


# --- letters glued to a name, "-ites", shouted headings ---


def test_a_ships_letters_before_a_persons_name_keep_the_ship_whole():
    text = "He sailed on HMS Grace Darling. The HMS fleet grew. Darling was a heroine."
    ids = resolved(text, [("HMS Grace Darling", "ORG"), ("HMS", "ORG"), ("Darling", "PERSON")])
    assert "Grace Darling" not in ids, ids


def test_a_channels_letters_before_a_shows_name_keep_the_show_whole():
    text = "The KTV Grace Hall show ends. KTV said the Hall was booked."
    ids = resolved(text, [("KTV Grace Hall", "ORG"), ("KTV", "ORG"), ("Hall", "ORG")])
    assert "Grace Hall" not in ids and ids.get("Hall", ("", "ORG"))[1] != "PERSON", ids


def test_a_nickname_or_a_village_ending_in_ites_is_no_group():
    for text, name in (
        ("The Whites beat Tarlow 2-0.", "Whites"),
        ("He moved to Tarlites, a village near Dorran.", "Tarlites"),
    ):
        ids = resolved(text, [(name, "PLACE")])
        assert ids.get(name, ("", ""))[1] != "NORP", ids


def test_a_company_the_table_knows_in_a_shouted_heading_is_kept():
    text = "Sales rose.\n\nSHELL PROFITS SOAR\n\nThe firm said so."
    ids = resolved(text, [("SHELL", "ORG")])
    assert ids.get("SHELL", ("", ""))[1] == "ORG", ids
