"""Session 33 (round 2) entity rules on fresh29's patterns: invented sentences and names; the
model's spans are given by hand.

- "the Farming and " + "Fisheries Ministry": a body's name the model began after "and", right
  after "the" and capitalised words it left untagged (or tagged as an organisation the table does
  not know): one organisation (`entities.first_subjects`).
- "VICG said" typed a person or a place, the capitals the initials of one body the article names:
  that body (`kinds._unbracketed_acronyms`).
- '," consultancy 7Velt said': a company's noun after a quote or a comma, a name led by digits.
- "The Velt and Grobco Committee inquiry" after "the Commons velt and grobco committee": the same
  committee (`entities.chamber_committees`).
- "cable channel BBC America": a channel of the media gazetteer, not the BBC and America.
- "where I grew up in Kelvorn": an untagged name where someone was born or grew up is a place.
- "We can't all be Tom Pells": a person's full name in the plural is no one.
- "rhythm game Velt Bongo", "PC title Grobstar", "Grobco Quest: Dark Tide", "Tom Pell Rally 2005":
  game titles, works (not entities), outside sport.
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved, resolved_mentions

# ---- "the A and " + "B Ministry": one body


def test_a_body_begun_after_and_takes_its_first_subject() -> None:
    text = "Growth will slow in 2006, the Farming and Fisheries Ministry said on Friday."
    got = resolved(text, [("Fisheries Ministry", "ORG")])
    assert got.get("Farming and Fisheries Ministry", ("", ""))[1] == "ORG", got
    assert "Fisheries Ministry" not in got, got


def test_a_first_subject_the_model_tagged_as_an_unknown_body_joins_too() -> None:
    text = "Visits fell by a third, according to the Velt Travel and Tourism Council (VTTC)."
    got = resolved(text, [("Velt Travel", "ORG"), ("Tourism Council", "ORG"), ("VTTC", "ORG")])
    full = got.get("Velt Travel and Tourism Council")
    assert full is not None and full[1] == "ORG", got
    assert got["VTTC"][0] == full[0], got


def test_two_bodies_the_table_knows_stay_apart() -> None:
    text = "The Treasury and Home Office agreed the plan on Monday."
    got = resolved(text, [("Treasury", "ORG"), ("Home Office", "ORG")])
    assert "Treasury" in got and "Home Office" in got, got


def test_a_place_or_a_known_name_before_and_is_not_a_first_subject() -> None:
    text = "Talks between the US and Grobco Commission stalled. He spoke at the Tarbury and Velt Institute."
    got = resolved(
        text, [("US", "PLACE"), ("Grobco Commission", "ORG"), ("Tarbury", "PLACE"), ("Velt Institute", "ORG")]
    )
    assert "Grobco Commission" in got and "Velt Institute" in got, got
    assert got["Tarbury"][1] == "PLACE", got


def test_no_the_before_the_words_no_join() -> None:
    text = "Prices rose and Grobco Council said so. Tom Pell and Velt Commission staff met."
    got = resolved(text, [("Grobco Council", "ORG"), ("Tom Pell", "PERSON"), ("Velt Commission", "ORG")])
    assert "Grobco Council" in got and "Velt Commission" in got and "Tom Pell" in got, got


# ---- capitals typed a person or a place that are one named body's initials


def test_capitals_typed_a_person_are_the_body_whose_initials_they_are() -> None:
    text = "Prices fell, said the Velt Institute of Chartered Grocers. Sales in Tarbury were flat, VICG said."
    got = resolved(text, [("Velt Institute of Chartered Grocers", "ORG"), ("Tarbury", "PLACE"), ("VICG", "PERSON")])
    assert got["VICG"] == got["Velt Institute of Chartered Grocers"], got


def test_capitals_typed_a_place_are_the_body_too() -> None:
    text = "Prices fell, said the Velt Institute of Chartered Grocers. VICG expects a rise in May."
    got = resolved(text, [("Velt Institute of Chartered Grocers", "ORG"), ("VICG", "PLACE")])
    assert got["VICG"] == got["Velt Institute of Chartered Grocers"], got


def test_two_capitals_typed_a_person_or_letters_the_table_knows_stay() -> None:
    text = "Tom Pell joined Velt Institute. VI said so. The United States Army said so. USA fans cheered."
    got = resolved(
        text,
        [
            ("Tom Pell", "PERSON"),
            ("Velt Institute", "ORG"),
            ("VI", "PERSON"),
            ("United States Army", "ORG"),
            ("USA", "PLACE"),
        ],
    )
    assert got["VI"][1] == "PERSON", got
    assert got["USA"] == ("united-states", "PLACE"), got


# ---- a company's noun after a quote, a name led by digits


def test_a_consultancy_named_after_a_quote_with_a_digit_first() -> None:
    text = '"Demand is weak," consultancy 7Velt said in a note on Monday.'
    got = resolved(text, [])
    assert got.get("7Velt", ("", ""))[1] == "ORG", got


def test_a_firm_word_before_a_bare_number_names_nothing() -> None:
    got = resolved("The firm 3 said it would. The company 19 staff joined.", [])
    assert got == {}, got


# ---- a chamber's committee written without its chamber


def test_a_committee_written_without_its_chamber_is_the_chambers_committee() -> None:
    text = (
        "He was suspended after the Commons velt and grobco committee said so. "
        "The Velt and Grobco Committee inquiry began in May."
    )
    ids = {
        m.text: m.entity_id for m in resolved_mentions(text, [("Commons", "ORG"), ("Velt and Grobco Committee", "ORG")])
    }
    assert ids["Velt and Grobco Committee"] == ids["Commons velt and grobco committee"], ids


def test_another_committee_stays_apart() -> None:
    text = "The Commons home affairs committee met. The Velt Affairs Committee spoke later."
    ids = {
        m.text: m.entity_id for m in resolved_mentions(text, [("Commons", "ORG"), ("Velt Affairs Committee", "ORG")])
    }
    assert ids["Velt Affairs Committee"] != ids["Commons home affairs committee"], ids


# ---- a channel named like its broadcaster


def test_a_channel_named_after_its_broadcaster_and_a_country_is_the_channel() -> None:
    text = "The sitcom became a hit when it was screened on cable channel BBC America. America loved it."
    got = resolved(text, [("BBC America", "ORG"), ("America", "PLACE")])
    assert got.get("BBC America") == ("bbc-america", "ORG"), got
    assert got["America"] == ("united-states", "PLACE"), got


# ---- where someone was born or grew up


def test_an_untagged_name_where_someone_grew_up_is_a_place() -> None:
    text = "It is a tradition where I grew up in Kelvorn, and I liked it. Tom Pell was born in Tarbury Vale."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert got.get("Kelvorn") == ("kelvorn", "PLACE"), got
    assert got.get("Tarbury Vale", ("", ""))[1] == "PLACE", got


def test_a_month_a_common_word_or_a_firm_is_no_birthplace() -> None:
    text = (
        "Tom Pell was born in March. Ida Varn was raised in Faith, and her faith stayed. "
        "Dan Cole grew up in Grobco, the firm, and Grobco said so."
    )
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ida Varn", "PERSON"), ("Dan Cole", "PERSON"), ("Grobco", "ORG")])
    assert "March" not in got and "Faith" not in got, got
    assert got["Grobco"][1] == "ORG", got


# ---- a full name in the plural


def test_a_full_name_in_the_plural_is_no_one() -> None:
    text = 'Tom Pell scored twice. "We can\'t all be Tom Pells," said Dan Cole.'
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tom Pells", "PERSON"), ("Dan Cole", "PERSON")])
    assert "Tom Pells" not in got and got["Tom Pell"][1] == "PERSON", got


def test_a_surname_ending_in_s_without_the_full_name_stays() -> None:
    text = "Tom Pell met Ida Varns on Monday."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ida Varns", "PERSON")])
    assert got["Ida Varns"][1] == "PERSON", got


# ---- game titles


def test_game_titles_by_their_cues_are_works() -> None:
    text = (
        "The children's prize went to GameCube bongo rhythm game Velt Bongo. "
        "The best award was won by PlayStation 2 title Grobstar. "
        "The audio award was won by Grobco Quest: Dark Tide. "
        "The handheld award went to Tom Pell Rally 2005 while others lost."
    )
    got = resolved(
        text,
        [
            ("Velt Bongo", "PERSON"),
            ("Grobstar", "ORG"),
            ("Grobco Quest: Dark Tide", "ORG"),
            ("Tom Pell Rally 2005", "PERSON"),
        ],
    )
    assert got == {}, got


def test_a_game_cue_does_not_drop_a_person_or_a_firm() -> None:
    text = (
        "After the game Tom Pell said he was proud. The firm Grobco said its new game Velt "
        "would sell well. Velt said it was pleased. The title Ida Varn won was her third."
    )
    got = resolved(
        text, [("Tom Pell", "PERSON"), ("Grobco", "ORG"), ("Velt", "ORG"), ("Velt", "ORG"), ("Ida Varn", "PERSON")]
    )
    assert got["Tom Pell"][1] == "PERSON" and got["Ida Varn"][1] == "PERSON", got
    assert got["Velt"][1] == "ORG", got


# ---- "The rapper, whose real name is Y" after "rapper X"


def test_a_roles_real_name_is_the_one_person_named_after_that_role() -> None:
    text = "Rapper Tom Pell has been charged after a fight. The rapper, whose real name is Ian Vell Crane, is due in court."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ian Vell Crane", "PERSON")])
    assert got["Tom Pell"][0] == got["Ian Vell Crane"][0], got


def test_a_roles_real_name_with_two_or_no_people_of_that_role_links_nothing() -> None:
    two = "Rapper Tom Pell and rapper Dan Cole met. The rapper, whose real name is Ian Vell Crane, spoke."
    got = resolved(two, [("Tom Pell", "PERSON"), ("Dan Cole", "PERSON"), ("Ian Vell Crane", "PERSON")])
    assert len({v[0] for v in got.values()}) == 3, got
    other = "Singer Tom Pell sang. The rapper, whose real name is Ian Vell Crane, spoke."
    got = resolved(other, [("Tom Pell", "PERSON"), ("Ian Vell Crane", "PERSON")])
    assert got["Tom Pell"][0] != got["Ian Vell Crane"][0], got
