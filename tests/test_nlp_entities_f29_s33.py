"""Session 33 (round 2) entity rules on fresh29's patterns: invented sentences and names; the
model's spans are given by hand.

- "the Farming and " + "Fisheries Ministry": a body's name the model began after "and", right
  after "the" and capitalised words it left untagged (or tagged as an organisation the table does
  not know): one organisation (`entities.first_subjects`); not where those words are a body, a
  firm or an office of their own ("the Kelvorn Council and", "the Mayor and").
- "VICG said" typed a person or a place, the capitals the initials of one body the article names:
  that body (`kinds._unbracketed_acronyms`).
- '," consultancy 7Velt said': a company's noun after a quote or a comma, a name led by digits.
- "The Velt and Grobco Committee" after "the Commons velt and grobco committee": the same
  committee (`entities.chamber_committees`), where one chamber has that remit and no other owner is
  written before it ("the Kelvorn Parliament's Health Committee").
- "cable channel BBC America": a channel of the media gazetteer, not the BBC and America.
- "when she grew up in Kelvorn": an untagged name where someone was born or grew up is a place
  (not after a bare "raised in", nor a prefix of a longer name).
- "nobody could be ten Tom Pells": a person's full name in the plural is no one.
- "rhythm game Velt Bongo", "PlayStation 2 title Grobstar", "Grobco Quest: Dark Tide", "Tom Pell
  Rally 2005": game titles, works (not entities), outside sport; not a person's first name after a
  kind of game ("the home game Tom Pell"), nor a publisher's title ("Grobco title Velt Weekly").
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
    # only the "the" guard stops this join: Grobco is untagged, unknown, no person nor place
    got = resolved("Grobco and Velt Commission staff met.", [("Velt Commission", "ORG")])
    assert got.get("Velt Commission", ("", ""))[1] == "ORG", got
    assert "Grobco and Velt Commission" not in got, got


def test_a_body_before_and_is_a_body_of_its_own() -> None:
    text = "The Kelvorn Council and Velt Commission said the deal was fair."
    got = resolved(text, [("Kelvorn Council", "ORG"), ("Velt Commission", "ORG")])
    assert "Kelvorn Council" in got and "Velt Commission" in got, got
    text = "Rules were set by the Tarbury City Council and Velt Development Agency in May."
    got = resolved(text, [("Velt Development Agency", "ORG")])
    assert "Velt Development Agency" in got, got
    assert not any(" and " in name for name in got), got


def test_an_office_before_and_is_a_person_not_a_first_subject() -> None:
    text = "The plan was backed by the Mayor and Kelvorn Housing Trust, Tom Pell said."
    got = resolved(text, [("Kelvorn Housing Trust", "ORG"), ("Tom Pell", "PERSON")])
    assert "Kelvorn Housing Trust" in got, got
    text = "The letter was sent by the Chancellor and Grobco Commission on Monday."
    got = resolved(text, [("Grobco Commission", "ORG")])
    assert "Grobco Commission" in got, got


def test_a_firms_word_after_a_remit_list_still_joins() -> None:
    # "Media" alone after a comma is a remit, not the firm "Velt Media"
    text = "Fees rose, the Arts, Media and Velt Sport Committee said on Monday."
    got = resolved(text, [("Velt Sport Committee", "ORG")])
    assert got.get("Arts, Media and Velt Sport Committee", ("", ""))[1] == "ORG", got


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
    text = "Orders will pick up by spring, consultancy 9Grob wrote to its clients."
    got = resolved(text, [])
    assert got.get("9Grob", ("", ""))[1] == "ORG", got


def test_a_firm_word_before_a_bare_number_names_nothing() -> None:
    got = resolved("The firm 3 said it would. The company 19 staff joined.", [])
    assert got == {}, got


# ---- a chamber's committee written without its chamber


def test_a_committee_written_without_its_chamber_is_the_chambers_committee() -> None:
    text = (
        "Tom Pell lost his seat once the Commons velt and grobco committee had met. "
        "The Velt and Grobco Committee will sit again in June."
    )
    ids = {
        m.text: m.entity_id
        for m in resolved_mentions(
            text, [("Tom Pell", "PERSON"), ("Commons", "ORG"), ("Velt and Grobco Committee", "ORG")]
        )
    }
    assert ids["Velt and Grobco Committee"] == ids["Commons velt and grobco committee"], ids


def test_another_committee_stays_apart() -> None:
    text = "The Commons home affairs committee met. The Velt Affairs Committee spoke later."
    ids = {
        m.text: m.entity_id for m in resolved_mentions(text, [("Commons", "ORG"), ("Velt Affairs Committee", "ORG")])
    }
    assert ids["Velt Affairs Committee"] != ids["Commons home affairs committee"], ids


def test_another_parliaments_committee_of_the_same_remit_stays_its_own() -> None:
    text = (
        "The Commons health committee called for a ban on Monday. "
        "The Kelvorn Parliament's Health Committee said it would wait. The Velt Health Committee agreed."
    )
    spans = [
        ("Commons", "ORG"),
        ("Kelvorn Parliament", "ORG"),
        ("Health Committee", "ORG"),
        ("Velt Health Committee", "ORG"),
    ]
    ids = {m.text: m.entity_id for m in resolved_mentions(text, spans)}
    assert ids["Health Committee"] != ids["Commons health committee"], ids


def test_a_remit_both_chambers_have_is_no_ones_committee_written_bare() -> None:
    text = (
        "The Lords velt and grobco committee warned of the risks. Later the Commons velt and grobco "
        "committee agreed with peers. The Velt and Grobco Committee will report in May."
    )
    spans = [("Lords", "ORG"), ("Commons", "ORG"), ("Velt and Grobco Committee", "ORG")]
    ids = {m.text: m.entity_id for m in resolved_mentions(text, spans)}
    bare = ids["Velt and Grobco Committee"]
    assert bare not in (ids["Lords velt and grobco committee"], ids["Commons velt and grobco committee"]), ids


# ---- a channel named like its broadcaster


def test_a_channel_named_after_its_broadcaster_and_a_country_is_the_channel() -> None:
    text = "The quiz show now runs on cable channel BBC America, and America took to it."
    got = resolved(text, [("BBC America", "ORG"), ("America", "PLACE")])
    assert got.get("BBC America") == ("bbc-america", "ORG"), got
    assert got["America"] == ("united-states", "PLACE"), got


# ---- where someone was born or grew up


def test_an_untagged_name_where_someone_grew_up_is_a_place() -> None:
    text = "She skated on the frozen ponds when she grew up in Kelvorn. Tom Pell was born in Tarbury Vale."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert got.get("Kelvorn") == ("kelvorn", "PLACE"), got
    assert got.get("Tarbury Vale", ("", ""))[1] == "PLACE", got


def test_a_month_a_common_word_or_a_firm_is_no_birthplace() -> None:
    text = (
        "Tom Pell was born in March. Ida Varn grew up in Faith, and her faith stayed. "
        "Dan Cole grew up in Grobco, the firm, and Grobco said so."
    )
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ida Varn", "PERSON"), ("Dan Cole", "PERSON"), ("Grobco", "ORG")])
    assert "March" not in got and "Faith" not in got, got
    assert got["Grobco"][1] == "ORG", got


def test_born_and_raised_in_is_a_birthplace() -> None:
    got = resolved("Ida Varn was born and raised in Kelvorn.", [("Ida Varn", "PERSON")])
    assert got.get("Kelvorn") == ("kelvorn", "PLACE"), got


def test_raised_in_or_a_prefix_of_a_longer_name_is_no_birthplace() -> None:
    text = "Tom Pell said the issue was raised in Velt Minister's Questions on Wednesday."
    got = resolved(text, [("Tom Pell", "PERSON")])
    assert "Velt" not in got and "Velt Minister" not in got, got
    got = resolved("More than £2m was raised in Grobco Relief week.", [])
    assert got == {}, got
    got = resolved("Ida Varn grew up in Kelvorn Minister's house.", [("Ida Varn", "PERSON")])
    assert "Kelvorn" not in got, got


# ---- a full name in the plural


def test_a_full_name_in_the_plural_is_no_one() -> None:
    text = "Tom Pell scored twice on Saturday. Fans chanted that nobody could be ten Tom Pells."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tom Pells", "PERSON")])
    assert "Tom Pells" not in got and got["Tom Pell"][1] == "PERSON", got


def test_a_surname_ending_in_s_without_the_full_name_stays() -> None:
    text = "Tom Pell met Ida Varns on Monday."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Ida Varns", "PERSON")])
    assert got["Ida Varns"][1] == "PERSON", got


# ---- game titles


def test_game_titles_by_their_cues_are_works() -> None:
    text = (
        "Fans queued all night for the rhythm game Velt Bongo. "
        "Sales of Sony PlayStation 2 title Grobstar doubled in a week. "
        "Reviewers liked Grobco Quest: Dark Tide more than its maker did. "
        "Shops expect Tom Pell Rally 2005 by the spring."
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
    assert set(got) <= {"Sony"}, got


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


def test_a_kind_of_game_before_a_persons_first_name_drops_no_one() -> None:
    text = "Tickets sold out for Sunday's home game. Before the home game Tom Pell, the club's owner, met fans."
    assert resolved(text, [("Tom Pell", "PERSON")]).get("Tom Pell", ("", ""))[1] == "PERSON"
    text = "The poker game Tom Pell hosted every Friday raised £500 for charity, his wife said."
    assert resolved(text, [("Tom Pell", "PERSON")]).get("Tom Pell", ("", ""))[1] == "PERSON"
    text = "The computer game Tom Pell designed in 1985 sold a million copies, and he now runs a studio in Tarbury."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE")])
    assert got.get("Tom Pell", ("", ""))[1] == "PERSON", got


def test_a_publishers_title_is_a_paper_not_a_game() -> None:
    text = "Shares rose after Grobco title Velt Weekly reported higher sales."
    got = resolved(text, [("Grobco", "ORG"), ("Velt Weekly", "ORG")])
    assert got.get("Velt Weekly", ("", ""))[1] == "ORG", got
    text = "Profits at the Kelvorn Media title Velt Evening News fell by a fifth last year, the publisher said."
    got = resolved(text, [("Kelvorn Media", "ORG"), ("Velt Evening News", "ORG")])
    assert got.get("Velt Evening News", ("", ""))[1] == "ORG", got


# ---- "The rapper, whose real name is Y" after "rapper X"


def test_a_roles_real_name_is_the_one_person_named_after_that_role() -> None:
    text = "Rapper Tom Pell was arrested in Tarbury. The rapper, whose real name is Ian Vell Crane, denies assault."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Ian Vell Crane", "PERSON")])
    assert got["Tom Pell"][0] == got["Ian Vell Crane"][0], got


def test_a_roles_real_name_with_two_or_no_people_of_that_role_links_nothing() -> None:
    two = "Rapper Tom Pell and rapper Dan Cole met. The rapper, whose real name is Ian Vell Crane, spoke."
    got = resolved(two, [("Tom Pell", "PERSON"), ("Dan Cole", "PERSON"), ("Ian Vell Crane", "PERSON")])
    assert len({v[0] for v in got.values()}) == 3, got
    other = "Singer Tom Pell sang. The rapper, whose real name is Ian Vell Crane, spoke."
    got = resolved(other, [("Tom Pell", "PERSON"), ("Ian Vell Crane", "PERSON")])
    assert got["Tom Pell"][0] != got["Ian Vell Crane"][0], got
