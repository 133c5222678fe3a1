"""Session 28 round 2, mend of round 1's `_another_name_around` (review findings 2, 3, 4, 19): a
people's word or a known place before a national body, a state's or an age's adjective before a
known place, and a person's own first name and patronymic before a known surname keep the table's
entity; "the Kremlin Museum" is another thing (invented sentences; the table's names are real; the
model's spans are given by hand)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def _ids(ids: dict[str, tuple[str, str]]) -> set[str]:
    return {i for i, _ in ids.values()}


def test_a_nationality_before_a_national_body_is_the_same_body():
    ids = resolved(
        "Agents of the Russian FSB detained the journalist in Tarlow on Monday.",
        [("the Russian FSB", "ORG"), ("Tarlow", "PLACE")],
    )
    assert "fsb" in _ids(ids) and "russian-fsb" not in _ids(ids), ids
    ids = resolved(
        "The FSB said the man was a spy. The Russian FSB later released him.",
        [("FSB", "ORG"), ("The Russian FSB", "ORG")],
    )
    assert _ids(ids) == {"fsb"}, ids
    ids = resolved("The Ukrainian SBU said it had foiled a plot.", [("The Ukrainian SBU", "ORG")])
    assert _ids(ids) == {"sbu"}, ids
    ids = resolved("The Russian Kremlin denied it.", [("The Russian Kremlin", "ORG")])
    assert _ids(ids) == {"kremlin"}, ids


def test_a_known_country_before_a_national_body_is_the_same_body():
    ids = resolved("The UK Home Office said the visas would be issued.", [("The UK Home Office", "ORG")])
    assert "home-office" in _ids(ids) and "uk-home-office" not in _ids(ids), ids


def test_a_place_before_a_club_still_makes_another_club():
    # a club's name with a town before it is another club; a people's word opening a sentence is not
    ids = resolved("Dorran drew with Berwick Rangers on Saturday.", [("Dorran", "ORG"), ("Berwick Rangers", "ORG")])
    assert ids["Berwick Rangers"][0] == "berwick-rangers", ids


def test_a_states_or_an_ages_adjective_before_a_known_place_is_the_place():
    ids = resolved("He lived in Occupied Crimea for years.", [("Occupied Crimea", "PLACE")])
    assert _ids(ids) == {"crimea"}, ids
    ids = resolved("He lived in Independent Ukraine for years.", [("Independent Ukraine", "PLACE")])
    assert _ids(ids) == {"ukraine"}, ids
    ids = resolved("Life in Soviet Ukraine was hard.", [("Soviet Ukraine", "PLACE")])
    assert _ids(ids) == {"ukraine"}, ids
    ids = resolved(
        "He moved to Nazi Germany, and later Soviet Minsk.", [("Nazi Germany", "PLACE"), ("Soviet Minsk", "PLACE")]
    )
    assert _ids(ids) == {"germany", "minsk"}, ids
    ids = resolved(
        "Life in Brexit Britain is hard, Ann Bell said.", [("Brexit Britain", "PLACE"), ("Ann Bell", "PERSON")]
    )
    assert "united-kingdom" in _ids(ids) and "brexit-britain" not in _ids(ids), ids


def test_a_name_or_a_building_before_a_known_place_is_still_another_thing():
    ids = resolved("The show moved to Tarlow Britain, a gallery by the river.", [("Tarlow Britain", "PLACE")])
    assert _ids(ids) == {"tarlow-britain"}, ids
    ids = resolved(
        "She stayed at Hotel Crimea before moving to Varnholt.", [("Hotel Crimea", "PLACE"), ("Varnholt", "PLACE")]
    )
    assert "crimea" not in _ids(ids), ids
    ids = resolved("The region was renamed New Crimea by the rebels.", [("New Crimea", "PLACE")])
    assert "crimea" not in _ids(ids), ids  # "New X" names another place (New England, New Mexico)
    # not any adjective: a show's or a report's name
    ids = resolved(
        "The comedy Little Crimea won the award, Ann Bell said.", [("Little Crimea", "PLACE"), ("Ann Bell", "PERSON")]
    )
    assert "crimea" not in _ids(ids), ids
    ids = resolved("The report Digital Crimea was published.", [("Digital Crimea", "PLACE")])
    assert "crimea" not in _ids(ids), ids


def test_a_persons_first_name_and_patronymic_keep_the_known_person():
    ids = resolved(
        "Volodymyr Oleksandrovych Zelensky spoke in Tarlow. Zelensky said the war would end.",
        [("Volodymyr Oleksandrovych Zelensky", "PERSON"), ("Tarlow", "PLACE"), ("Zelensky", "PERSON")],
    )
    assert "zelensky" in _ids(ids) and "volodymyr-oleksandrovych-zelensky" not in _ids(ids), ids
    ids = resolved(
        "Sergei Viktorovich Lavrov arrived. Lavrov said talks were useful.",
        [("Sergei Viktorovich Lavrov", "PERSON"), ("Lavrov", "PERSON")],
    )
    assert "lavrov" in _ids(ids) and "sergei-viktorovich-lavrov" not in _ids(ids), ids
    ids = resolved(
        "Kremlin critic Alexei Anatolievich Navalny was jailed.",
        [("Kremlin", "ORG"), ("Alexei Anatolievich Navalny", "PERSON")],
    )
    assert "navalny" in _ids(ids) and "alexei-anatolievich-navalny" not in _ids(ids), ids
    ids = resolved(
        "The Kremlin said Vladimir V Putin would attend.", [("Kremlin", "ORG"), ("Vladimir V Putin", "PERSON")]
    )
    assert ids.get("Vladimir V Putin", ("",))[0] == "putin", ids  # no stray "Vladimir V"


def test_another_first_name_before_a_known_surname_is_another_person():
    ids = resolved(
        "Navalny's widow Yulia Navalny spoke. Yulia Navalny said he was murdered.",
        [("Navalny", "PERSON"), ("Yulia Navalny", "PERSON"), ("Yulia Navalny", "PERSON")],
    )
    assert ids["Yulia Navalny"][0] == "yulia-navalny", ids


def test_a_buildings_head_noun_after_a_name_the_table_writes_with_the_is_another_thing():
    ids = resolved(
        "He sang at the Varnholt Gallery and the Kremlin Museum.",
        [("the Varnholt Gallery", "ORG"), ("the Kremlin Museum", "ORG")],
    )
    assert "kremlin" not in _ids(ids) and "kremlin-museum" in _ids(ids), ids
    ids = resolved("Fans flew in from the Kremlin Gallery.", [("the Kremlin Gallery", "ORG")])
    assert _ids(ids) == {"kremlin-gallery"}, ids
