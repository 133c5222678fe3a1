"""Session 23: entity errors on unseen news (issue 11).

- A one-word "person" an article about music lists among bands only ("the Harrow Lights and
  Marrin", "Marrin and The Cellars") is a band; not a person listed beside people.
- A "person" written after a post at a publication ("film editor of X", "columnist for X") or
  before "magazine" is a publication; "a critic of X" is said of people.
- "Law Lords" is one body, not the House of Lords.

The model's spans are given by hand (text, label); sentences and names written for the purpose."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

MUSIC = " The band released a new album and will tour in the spring. The single reached the charts."


def test_a_one_word_person_listed_among_bands_is_a_band():
    text = "The Harrow Lights and Marrin are among the acts at the festival." + MUSIC
    ids = resolved(text, [("Harrow Lights", "ORG"), ("Marrin", "PERSON")])
    assert ids["Marrin"][1] == "ORG", ids


def test_a_one_word_person_listed_before_a_band_written_the_x_is_a_band():
    text = "Award winners Marrin and The Cellars will headline." + MUSIC
    ids = resolved(text, [("Marrin", "PERSON"), ("Cellars", "ORG")])
    assert ids["Marrin"][1] == "ORG", ids


def test_a_person_listed_with_a_band_and_a_person_stays_a_person():
    text = "The Harrow Lights, Marrin and Tom Hale are among the acts at the festival." + MUSIC
    ids = resolved(text, [("Harrow Lights", "ORG"), ("Marrin", "PERSON"), ("Tom Hale", "PERSON")])
    assert ids["Marrin"][1] == "PERSON", ids


def test_a_person_listed_with_firms_named_without_the_stays_a_person():
    text = "Orsano and Marrin will headline the festival." + MUSIC
    ids = resolved(text, [("Orsano", "ORG"), ("Marrin", "PERSON")])
    assert ids["Marrin"][1] == "PERSON", ids


def test_a_person_after_a_post_at_a_publication_is_the_publication():
    text = "He has no chance, said Tom Hale, film editor of Glint. But Glint's Tom Hale thinks the actress will win."
    ids = resolved(text, [("Tom Hale", "PERSON"), ("Glint", "PERSON"), ("Glint", "PERSON"), ("Tom Hale", "PERSON")])
    assert ids["Glint"][1] == "ORG", ids


def test_a_person_before_magazine_is_the_magazine():
    text = "Readers of Glint magazine voted for the film. Glint said the vote was close."
    ids = resolved(text, [("Glint", "PERSON"), ("Glint", "PERSON")])
    assert ids["Glint"][1] == "ORG", ids


def test_a_critic_of_a_person_leaves_the_person():
    text = "Dan Marrin, a critic of Orsano, spoke. Orsano said the plan would go ahead."
    ids = resolved(text, [("Dan Marrin", "PERSON"), ("Orsano", "PERSON"), ("Orsano", "PERSON")])
    assert ids["Orsano"][1] == "PERSON", ids


def test_the_law_lords_are_a_body_of_their_own():
    text = "The Law Lords ruled against the government. The House of Lords will debate it."
    ids = resolved(text, [("Lords", "ORG"), ("House of Lords", "ORG")])
    assert ids["Law Lords"][1] == "ORG", ids
    assert ids["Law Lords"][0] != ids["House of Lords"][0], ids


def test_a_first_name_listed_among_bands_every_time_it_is_written_is_a_band():
    text = "The Harrow Lights and Darren are among the acts. Later Darren and The Cellars will headline." + MUSIC
    ids = resolved(text, [("Harrow Lights", "ORG"), ("Darren", "PERSON"), ("Darren", "PERSON"), ("Cellars", "ORG")])
    assert ids["Darren"][1] == "ORG", ids


def test_a_first_name_listed_among_bands_once_stays_a_person():
    text = "The Harrow Lights and Darren are among the acts. Darren said he was proud." + MUSIC
    ids = resolved(text, [("Harrow Lights", "ORG"), ("Darren", "PERSON"), ("Darren", "PERSON")])
    assert ids["Darren"][1] == "PERSON", ids


def test_a_place_or_a_nationality_before_newspaper_stays_what_it_is():
    text = "According to Marbury newspaper Daily Post, editor of Danish film journal Kino, the film won."
    ids = resolved(text, [("Marbury", "PLACE"), ("Daily Post", "ORG"), ("Danish", "NORP"), ("Kino", "ORG")])
    assert ids["Marbury"][1] == "PLACE", ids
    assert ids.get("Danish", ("", "NORP"))[1] == "NORP", ids


def test_a_name_typed_a_company_or_a_person_before_based_or_born_is_a_place():
    text = "Marbury-based Orsano cut jobs. The Tolvern-born winger scored twice."
    ids = resolved(text, [("Marbury", "ORG"), ("Orsano", "ORG"), ("Tolvern", "ORG")])
    assert ids["Marbury"][1] == "PLACE", ids
    assert ids["Tolvern"][1] == "PLACE", ids


def test_an_untagged_name_before_based_and_a_noun_that_names_no_organisation_is_no_place():
    text = "The Tolvex-based system was launched. Its Marbury-based maker said so."
    ids = resolved(text, [])
    assert "Tolvex" not in ids, ids
    assert ids.get("Marbury", ("", ""))[1] == "PLACE", ids


def test_a_plural_name_after_a_capital_the_inside_a_sentence_is_a_band():
    text = "He was lead singer with The Mark Hounds until they split." + MUSIC
    ids = resolved(text, [("Mark Hounds", "PERSON")])
    assert ids["Mark Hounds"][1] == "ORG", ids


def test_a_singular_name_after_a_capital_the_stays_a_person():
    text = "The guitarist known as The Spark joined the band on stage." + MUSIC
    ids = resolved(text, [("Spark", "PERSON")])
    assert ids.get("Spark", ("", "PERSON"))[1] == "PERSON", ids


def test_a_name_written_as_a_term_is_no_organisation():
    text = (
        "Gadgets could form so-called Near Body Links to swap files. "
        "Work on the Shared Label Names system has gone on for years."
    )
    ids = resolved(text, [("Near Body Links", "ORG"), ("Shared Label Names", "PLACE")])
    assert "Near Body Links" not in ids, ids
    assert "Shared Label Names" not in ids, ids


def test_a_firm_named_once_with_a_system_after_it_and_once_alone_stays():
    text = "The Kessan Data system failed. Kessan Data said it would pay."
    ids = resolved(text, [("Kessan Data", "ORG"), ("Kessan Data", "ORG")])
    assert ids["Kessan Data"][1] == "ORG", ids


def test_people_named_as_a_group_after_so_called_stay():
    text = "One of the so-called Marbury Six, Dan Marrin, spoke on Tuesday."
    ids = resolved(text, [("Marbury Six", "ORG"), ("Dan Marrin", "PERSON")])
    assert "Marbury Six" in ids, ids
