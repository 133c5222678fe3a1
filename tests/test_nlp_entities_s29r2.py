"""Session 29 round 2: names cut or glued wrongly (a plural's possessive before a body's noun, a
person's possessive opening a theatre's name, "House of X", a company's letters glued to a
person's name, a plural noun glued to a list's first person, a nationality before a surname), a
first name alone shared by two people, and a dashed list of companies (invented sentences and
names; the model's spans are given by hand)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved


def test_a_plurals_possessive_before_a_bodys_noun_the_model_tagged_alone_starts_the_name():
    text = "The award was refused because the Painters' Guild was on strike."
    ids = resolved(text, [("Guild", "PERSON")])
    assert ids.get("Painters' Guild", ("", ""))[1] == "ORG", ids
    assert "Guild" not in ids, ids


def test_a_body_noun_without_a_plurals_possessive_before_it_is_left_alone():
    text = "The award went to Guild after the vote."
    ids = resolved(text, [("Guild", "PERSON")])
    assert "Guild" in ids, ids


def test_a_one_word_persons_possessive_opening_a_theatres_name_is_part_of_the_place():
    text = "The ceremony moved to Tarrow's Golden Theatre in the autumn."
    ids = resolved(text, [("Tarrow", "PERSON"), ("Golden Theatre", "ORG")])
    assert ids.get("Tarrow's Golden Theatre", ("", ""))[1] == "PLACE", ids


def test_an_owner_named_again_keeps_his_name_apart_from_the_theatre():
    text = "Ben Tarrow bought it in May. Tarrow's Golden Theatre opened a year later."
    ids = resolved(text, [("Ben Tarrow", "PERSON"), ("Tarrow", "PERSON"), ("Golden Theatre", "ORG")])
    assert "Tarrow's Golden Theatre" not in ids and "Golden Theatre" in ids, ids


def test_a_capitalised_common_noun_of_a_name_is_one_firm():
    text = "Shops such as Hall of Brennick, Pellmart and Dorrow said sales fell."
    ids = resolved(text, [("Hall", "ORG"), ("Brennick", "PLACE"), ("Pellmart", "ORG"), ("Dorrow", "ORG")])
    assert ids.get("Hall of Brennick") == ("hall-of-brennick", "ORG"), ids


def test_a_firm_of_its_place_stays_two_names():
    text = "The deal made Zorbex of Dellmark the biggest seller."
    ids = resolved(text, [("Zorbex", "ORG"), ("Dellmark", "PLACE")])
    assert "Zorbex of Dellmark" not in ids and ids["Dellmark"][1] == "PLACE", ids


def test_a_companys_letters_glued_to_a_persons_name_are_the_company_and_the_person():
    text = "The boss of engine group VMTC Pierre Dubrac is to go. Mr Dubrac said VMTC would do well."
    ids = resolved(text, [("VMTC Pierre Dubrac", "ORG"), ("Dubrac", "PERSON"), ("VMTC", "ORG")])
    assert ids.get("Pierre Dubrac") == ("pierre-dubrac", "PERSON"), ids
    assert ids.get("VMTC", ("", ""))[1] == "ORG" and "VMTC Pierre Dubrac" not in ids, ids
    assert ids["Dubrac"][0] == "pierre-dubrac", ids


def test_letters_and_a_name_written_whole_elsewhere_are_left_alone():
    text = "Shares in QXT Tom Lee rose. Tom Lee said QXT was fine."
    ids = resolved(text, [("QXT Tom Lee", "ORG"), ("Tom Lee", "PERSON"), ("QXT", "ORG")])
    assert "QXT Tom Lee" in ids, ids


def test_a_plural_noun_opening_a_sentence_is_no_part_of_the_first_name_of_a_list():
    text = "The round ended late. Seeds Marek Dvoran, Ivan Peltic and Tom Hale won easily."
    ids = resolved(text, [("Seeds Marek Dvoran", "PERSON"), ("Ivan Peltic", "PERSON"), ("Tom Hale", "PERSON")])
    assert ids.get("Marek Dvoran") == ("marek-dvoran", "PERSON"), ids


def test_a_nationality_before_a_surname_of_the_article_is_that_person():
    text = "Tom Brisk beat Taylor Kell 6-2 6-3. Australian Kell saved two break points. Kell said he was tired."
    ids = resolved(
        text, [("Tom Brisk", "PERSON"), ("Taylor Kell", "PERSON"), ("Australian Kell", "ORG"), ("Kell", "PERSON")]
    )
    assert "Australian Kell" not in ids and ids["Kell"] == ("taylor-kell", "PERSON"), ids


def test_a_first_name_alone_shared_by_two_people_is_left_unmerged():
    text = "Tom Varley won in 1950. The host called for Tom, but meant Tom Hesketh."
    ids = resolved(text, [("Tom Varley", "PERSON"), ("Tom", "PERSON"), ("Tom Hesketh", "PERSON")])
    assert ids["Tom"][0] not in ("tom-varley", "tom-hesketh"), ids


def test_a_first_name_alone_of_one_person_is_merged():
    text = "Tom Varley won in 1950. The host called for Tom to come up."
    ids = resolved(text, [("Tom Varley", "PERSON"), ("Tom", "PERSON")])
    assert ids["Tom"][0] == "tom-varley", ids


def test_names_listed_after_a_dashed_including_of_a_kind_of_firm_are_companies():
    text = "Other retailers - including Pellick and Dunmore - said their sales were up."
    ids = resolved(text, [("Pellick", "PLACE"), ("Dunmore", "PLACE")])
    assert ids["Pellick"][1] == "ORG" and ids["Dunmore"][1] == "ORG", ids


def test_a_nationalitys_word_that_is_a_persons_own_first_name_stays():
    text = "Minister German Varlov spoke. Swiss Varnholt rose when Qorvan Varnholt fell."
    ids = resolved(text, [("German Varlov", "PERSON"), ("Swiss Varnholt", "ORG"), ("Qorvan Varnholt", "PERSON")])
    assert ids.get("German Varlov") == ("german-varlov", "PERSON"), ids
    assert "Swiss Varnholt" in ids, ids


def test_a_first_name_alone_after_two_peoples_full_names_is_neither():
    # session 39 (r2m39): two people named before a first name they share leave it open, never the
    # nearest of them (here the nearest even speaks of the other: "I trust Tom, he said")
    text = "Ann Pell met Tom Varley and Tom Hesketh. Tom Hesketh left.\n\nLater Tom Varley spoke. I trust Tom, he said."
    ids = resolved(
        text,
        [
            ("Ann Pell", "PERSON"),
            ("Tom Varley", "PERSON"),
            ("Tom Hesketh", "PERSON"),
            ("Tom Hesketh", "PERSON"),
            ("Tom Varley", "PERSON"),
            ("Tom", "PERSON"),
        ],
    )
    assert ids["Tom"][0] not in ("tom-varley", "tom-hesketh"), ids


def test_a_first_name_alone_shared_by_two_people_is_still_a_person():
    text = "Tom Varley won in 1950. The host called for Tom, but meant Tom Hesketh."
    ids = resolved(text, [("Tom Varley", "PERSON"), ("Tom", "ORG"), ("Tom Hesketh", "PERSON")])
    assert ids["Tom"] == ("tom", "PERSON"), ids


def test_a_lexicon_word_in_a_shouted_heading_is_no_bodys_letters():
    text = "The show ended late. WHO WAS THE HOST? Nobody could say."
    ids = resolved(text, [])
    assert "WHO" not in ids, ids


def test_a_bodys_letters_in_plain_text_are_kept():
    text = "The show ended late. The WHO said the risk was low."
    ids = resolved(text, [])
    assert ids.get("WHO", ("", ""))[1] == "ORG", ids


def test_a_leaders_followers_are_no_place():
    text = "The Dorranites in the party were angry about the plan."
    ids = resolved(text, [("Dorranites", "PLACE")])
    assert ids["Dorranites"][1] == "NORP", ids


def test_a_place_in_a_shouted_heading_is_kept():
    text = "The talks failed.\n\nTROOPS MOVE ON PARIS\n\nThe army said so."
    ids = resolved(text, [("PARIS", "PLACE")])
    assert ids.get("PARIS", ("", ""))[1] == "PLACE", ids
