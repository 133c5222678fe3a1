"""Session 31 (round 2) entity rules on fresh27's patterns: invented sentences and names; the
model's spans are given by hand.

- "JT Varnell" typed an organisation, then "Varnell said she ...": a name of initials and a
  surname whose surname, written alone, speaks of a person ("he", "she") is a person's
  ("JD Pellow ... Pellow said it ...": a firm).
- "Velmar" or "the Velmar group" beside "Velmar-Kotz", all organisations: the first word of a
  firm's hyphenated name, alone, is that firm (not "Derby" beside "Derby-Fulham", where "Fulham"
  is a name of its own).
- Works and products in a list after their noun: "pinball classics such as X, Y and Z", "products
  such as Grobco's X" (the maker's possessive before a title), "roles in X, Y and Z" (an actor's
  parts, plural); a place the model typed there is a title too ("films such as Tarbury").
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

# ---- initials and a surname typed as an organisation


def test_initials_and_a_surname_whose_surname_says_she_is_a_person() -> None:
    text = (
        "JT Varnell's new novel topped the chart on Monday. "
        "Varnell said she had finished the book in May, and fans queued for hours."
    )
    got = resolved(text, [("JT Varnell", "ORG")])
    assert got["JT Varnell"][1] == "PERSON", got
    assert got.get("Varnell") == (got["JT Varnell"][0], "PERSON"), got  # the surname alone, found after


def test_initials_and_a_surname_whose_surname_speaks_of_itself_stays_a_firm() -> None:
    text = "The bank JD Pellow advised the buyer. Pellow said it would not discuss its fee."
    got = resolved(text, [("JD Pellow", "ORG")])
    assert got["JD Pellow"][1] == "ORG", got


def test_the_surname_inside_a_longer_name_is_no_evidence() -> None:
    text = "The bank JD Pellow advised the buyer. Tom Pellow said he was happy with the price."
    got = resolved(text, [("JD Pellow", "ORG"), ("Tom Pellow", "PERSON")])
    assert got["JD Pellow"][1] == "ORG", got


# ---- a firm's hyphenated name and its first word


def test_the_first_word_of_a_hyphenated_firm_is_that_firm() -> None:
    text = (
        "Sales at Velmar-Kotz fell 3% last year. The Velmar group blamed new models. Velmar hopes to cut costs by 2006."
    )
    got = resolved(text, [("Velmar-Kotz", "ORG"), ("Velmar group", "ORG"), ("Velmar", "ORG")])
    assert got["Velmar"][0] == got["Velmar-Kotz"][0] == got["Velmar group"][0], got


def test_a_hyphenated_pair_whose_second_word_is_a_name_of_its_own_stays_apart() -> None:
    text = "The Brenton-Fallow deal closed on Monday. Brenton gained 2% and Fallow lost 1%."
    got = resolved(text, [("Brenton-Fallow", "ORG"), ("Brenton", "ORG"), ("Fallow", "ORG")])
    assert got["Brenton"][0] != got["Brenton-Fallow"][0], got


def test_a_first_word_before_another_capitalised_word_is_left_apart() -> None:
    text = "Sales at Velmar-Kotz fell 3% last year. Its Velmar Lite range did well."
    got = resolved(text, [("Velmar-Kotz", "ORG"), ("Velmar Lite", "ORG")])
    assert got["Velmar Lite"][0] != got["Velmar-Kotz"][0], got


# ---- works and products in a list after their noun


def test_names_listed_after_pinball_classics_are_no_organisations() -> None:
    text = "The heyday of pinball classics such as Moon Drop, Pell-Flip and Ghost Alley is far behind us."
    got = resolved(text, [("Moon Drop", "ORG"), ("Pell-Flip", "ORG"), ("Ghost Alley", "ORG")])
    assert not {"Moon Drop", "Pell-Flip", "Ghost Alley"} & set(got), got


def test_a_product_after_its_makers_possessive_in_a_list_is_no_organisation() -> None:
    text = "Sales of products such as Grobco's Zapline and Velt's Q-Pod have boosted demand."
    got = resolved(text, [("Grobco", "ORG"), ("Zapline", "PLACE"), ("Velt", "ORG"), ("Q-Pod", "ORG")])
    assert "Zapline" not in got and "Q-Pod" not in got, got
    assert got["Grobco"][1] == "ORG" and got["Velt"][1] == "ORG", got  # the makers stay


def test_an_actors_roles_listed_are_titles() -> None:
    text = "Ann Vell later took roles in The Quiet Harbour, Romeo Gale and Tarbury."
    got = resolved(text, [("Ann Vell", "PERSON"), ("Tarbury", "PLACE")])
    assert "Tarbury" not in got, got


def test_firms_listed_after_products_from_are_kept() -> None:
    text = "It buys products from suppliers such as Grobco and Velt."
    got = resolved(text, [("Grobco", "ORG"), ("Velt", "ORG")])
    assert got["Grobco"][1] == "ORG" and got["Velt"][1] == "ORG", got


def test_a_firm_owning_a_listed_role_is_kept() -> None:
    text = "Ann Vell took roles in Tarbury Nights and Grobco's adverts."
    got = resolved(text, [("Ann Vell", "PERSON"), ("Tarbury Nights", "ORG"), ("Grobco", "ORG")])
    assert "Tarbury Nights" not in got and got["Grobco"][1] == "ORG", got
