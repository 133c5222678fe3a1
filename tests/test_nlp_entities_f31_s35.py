"""Session 35 (round 2) entity-type rules on fresh31's misses: invented sentences and names; the
model's spans are given by hand.

- "guitarist Sergio" + "Velloni" where the model typed the first name a people (NORP): the
  title, the first name and the untagged surname make one person (`surnames_left_out`).
- "Curtis's widow Deborah": a widow (any kin word of `people.KIN_WORDS`) before a one-word name
  is a person's evidence (`single_names`).
- "Velt.co.uk" typed a place: a web address is the site's body, an organisation (`web_addresses`).
- "peer-to-peer services such as Grobnet and eVeltby": a list after "services" names firms.
- "Velt's performing rights society, Grobo, and ...": a body's noun in apposition names a body.
- "two singles, Grob Lane and TPL", "a further two hits - X and Y": counted works listed after a
  comma or a dash are titles, not people (not "two albums, Tom Pell said").
- "favourites the Velt and Ann Pell." and "the Happy Fridays" in an article about music: a band's
  name the model cut in two, or took for a date (not "the Pell and Bell families", not outside
  music).
- "gigs at venues including X", "X, a pub next to ...": a venue, a place (not "Pellco, a pub group").
- "Velrami Magazine, managing director, of Grobco" typed a body: a post and whose it is in
  apposition make a person (not "Velt Asset Management, manager of the fund").
- "of GB Tom Ellis - an international property company -": a firm's noun in apposition makes the
  "person" a firm, with the letters the model left off (not "Ann Pell, a company director", nor
  "Jo Bell, a member of the firm").
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

MUSIC = " The band's new album and single are out and the tour starts soon."


# ---- a first name typed a people, before an untagged surname


def test_a_first_name_typed_a_people_after_a_title_takes_the_surname() -> None:
    text = "He grew up with band songwriter/guitarist Sergio Velloni in Tarbury. Later Velloni said so."
    got = resolved(text, [("Sergio", "NORP"), ("Tarbury", "PLACE"), ("Velloni", "ORG")])
    assert got.get("Sergio Velloni", ("", ""))[1] == "PERSON", got
    assert got.get("Velloni", ("", ""))[1] == "PERSON", got
    assert "Sergio" not in got, got


def test_a_people_word_before_a_capitalised_word_stays() -> None:
    text = "The report's author, an economist, said Irish Velloni shares rose in Tarbury."
    got = resolved(text, [("Irish", "NORP"), ("Tarbury", "PLACE")])
    assert "Irish Velloni" not in got, got


# ---- a kin word before a one-word name


def test_a_widow_before_a_first_name_is_a_persons_evidence() -> None:
    text = (
        "The film is named after a book by Pell's widow Marta which forms the basis for the film. "
        "The singer Tom Pell died in 1980."
    )
    got = resolved(text, [("Pell", "ORG"), ("Marta", "PERSON"), ("Tom Pell", "PERSON")])
    assert got.get("Marta", ("", ""))[1] == "PERSON", got


# ---- a web address typed a place


def test_a_web_address_typed_a_place_is_an_organisation() -> None:
    text = "Players in Tarbury can sign up on Velt.co.uk until 12 November."
    got = resolved(text, [("Tarbury", "PLACE"), ("Velt.co.uk", "PLACE")])
    assert got.get("Velt.co.uk", ("", ""))[1] == "ORG", got


def test_a_place_without_a_web_suffix_stays() -> None:
    text = "Players from Velton and Tarbury can sign up via the Grobco website."
    got = resolved(text, [("Velton", "PLACE"), ("Tarbury", "PLACE"), ("Grobco", "ORG")])
    assert got.get("Velton", ("", ""))[1] == "PLACE", got


# ---- firms listed after "services such as"


def test_names_listed_after_services_such_as_are_firms() -> None:
    text = "The labels cite people for sharing music via peer-to-peer services such as Grobnet and eVeltby."
    got = resolved(text, [("Grobnet", "PLACE"), ("eVeltby", "PLACE")])
    assert got.get("Grobnet", ("", ""))[1] == "ORG", got
    assert got.get("eVeltby", ("", ""))[1] == "ORG", got


def test_a_place_written_in_x_after_services_stays() -> None:
    text = "Local services such as buses were cut in Tarnby and Vellow. Life in Tarnby is hard."
    got = resolved(text, [("Tarnby", "PLACE"), ("Vellow", "PLACE"), ("Tarnby", "PLACE")])
    assert got.get("Tarnby", ("", ""))[1] == "PLACE", got


# ---- a body's noun in apposition


def test_a_name_apposed_to_a_bodys_noun_is_the_body() -> None:
    text = "A complaint was filed by groups including Velt's performing rights society, Grobo, and Pellco."
    got = resolved(text, [("Velt", "PLACE"), ("Grobo", "PERSON"), ("Pellco", "ORG")])
    assert got.get("Grobo", ("", ""))[1] == "ORG", got


def test_a_person_after_a_party_or_a_club_noun_stays() -> None:
    text = "After the vote he rejoined the party, Pellow, a veteran, said in Tarbury."
    got = resolved(text, [("Pellow", "PERSON"), ("Tarbury", "PLACE")])
    assert got.get("Pellow", ("", ""))[1] == "PERSON", got


# ---- counted works listed after a comma or a dash


def test_counted_works_listed_after_a_comma_or_a_dash_are_titles() -> None:
    text = (
        "Signed to a label, the band Velt tested the water with two singles, Grob Lane and TPL, which "
        "charted. They scored a further two hits - Pell Street and Cutt Away - and toured." + MUSIC
    )
    got = resolved(
        text,
        [("Velt", "PERSON"), ("Grob Lane", "PERSON"), ("TPL", "ORG"), ("Cutt Away", "PERSON")],
    )
    for title in ("Grob Lane", "TPL", "Cutt Away"):
        assert title not in got, got


def test_a_speaker_after_counted_works_stays() -> None:
    text = (
        "The band Velt will release two albums, Tom Pell said. The group has three hits - Ann Bell, "
        "the singer, told the band's fans." + MUSIC
    )
    got = resolved(text, [("Velt", "PERSON"), ("Tom Pell", "PERSON"), ("Ann Bell", "PERSON")])
    assert got.get("Tom Pell", ("", ""))[1] == "PERSON", got
    assert got.get("Ann Bell", ("", ""))[1] == "PERSON", got


# ---- a band's name cut in two, or taken for a date


def test_two_people_after_a_lower_case_the_ending_the_clause_are_one_band() -> None:
    text = "The list includes goth favourites the Velt and Ann Pell." + MUSIC
    got = resolved(text, [("Velt", "PERSON"), ("Ann Pell", "PERSON")])
    assert got.get("Velt and Ann Pell", ("", ""))[1] == "ORG", got
    assert "Ann Pell" not in got, got


def test_two_names_before_a_noun_or_outside_music_stay_apart() -> None:
    text = "Fans of the Velt and Ann Pell families came." + MUSIC
    got = resolved(text, [("Velt", "PERSON"), ("Ann Pell", "PERSON")])
    assert "Velt and Ann Pell" not in got, got
    text = "Voters backed the Velt and Ann Pell. Taxes rose in Tarbury."
    got = resolved(text, [("Velt", "PERSON"), ("Ann Pell", "PERSON"), ("Tarbury", "PLACE")])
    assert "Velt and Ann Pell" not in got, got


def test_a_plural_weekday_after_a_capitalised_word_is_a_band_in_music() -> None:
    text = "Its sound drew comparisons to Grob Roses and the Happy Fridays." + MUSIC
    got = resolved(text, [("Grob Roses", "ORG"), ("Fridays", "DATE")])
    assert got.get("Happy Fridays", ("", ""))[1] == "ORG", got


def test_a_plural_weekday_alone_or_outside_music_stays_a_date() -> None:
    text = "The shop in Tarbury opens on Fridays, and the band plays on Happy Fridays." + MUSIC
    got = resolved(text, [("Tarbury", "PLACE"), ("Fridays", "DATE"), ("Fridays", "DATE")])  # the second too
    assert "Happy Fridays" not in got, got
    text = "Shoppers call them the Happy Fridays in Tarbury."
    got = resolved(text, [("Fridays", "DATE"), ("Tarbury", "PLACE")])
    assert "Happy Fridays" not in got, got


# ---- a venue listed after "venues", or named as a pub in apposition


def test_a_venue_listed_or_apposed_as_a_pub_is_a_place() -> None:
    text = "The band played gigs at unusual venues including Grob Lime Orange, a pub next to Velt City's ground."
    got = resolved(text, [("Grob Lime Orange", "ORG"), ("Velt City", "ORG")])
    assert got.get("Grob Lime Orange", ("", ""))[1] == "PLACE", got


def test_a_pub_group_or_a_hotel_owner_stays() -> None:
    text = "Tom Pell, a hotel owner in Tarbury, and Pellco, a pub group, agreed."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Pellco", "ORG")])
    assert got.get("Tom Pell", ("", ""))[1] == "PERSON", got
    assert got.get("Pellco", ("", ""))[1] == "ORG", got


# ---- a person's post in apposition; a firm's noun in apposition


def test_a_post_and_whose_it_is_after_a_name_make_a_person() -> None:
    text = "Velrami Magazine, managing director, of Grobco told the BBC that prices would rise."
    got = resolved(text, [("Velrami Magazine", "ORG"), ("Grobco", "ORG"), ("BBC", "ORG")])
    assert got.get("Velrami Magazine", ("", ""))[1] == "PERSON", got


def test_a_firm_managing_a_fund_stays_a_firm() -> None:
    text = "Velt Asset Management, manager of the Tarn fund, agreed to the deal with Grobco."
    got = resolved(text, [("Velt Asset Management", "ORG"), ("Grobco", "ORG")])
    assert got.get("Velt Asset Management", ("", ""))[1] == "ORG", got


def test_a_name_a_firms_noun_describes_is_the_firm_with_its_letters() -> None:
    text = "The chief of GB Tom Ellis - an international property company - told the BBC so."
    got = resolved(text, [("Tom Ellis", "PERSON"), ("BBC", "ORG")])
    assert got.get("GB Tom Ellis", ("", ""))[1] == "ORG", got


def test_a_company_director_or_a_member_of_a_firm_stays_a_person() -> None:
    text = "Ann Pell, a company director, and Jo Bell, a member of the firm, agreed in Tarbury."
    got = resolved(text, [("Ann Pell", "PERSON"), ("Jo Bell", "PERSON"), ("Tarbury", "PLACE")])
    assert got.get("Ann Pell", ("", ""))[1] == "PERSON", got
    assert got.get("Jo Bell", ("", ""))[1] == "PERSON", got
