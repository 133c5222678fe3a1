"""Session 28, mends of round 1's work cues (review findings 5-9 and 13): bodies and bands that the
prize, single, apposition, quote and track cues took for works (invented sentences and names)."""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

# --- finding 5: "X for Y" after a prize's word, where Y is a body the winner acts for ----------


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        (
            "The contract, won by Ferrovia for Tarlow Council, is worth £5m. The firm will build a depot.",
            [("Ferrovia", "ORG"), ("Tarlow Council", "ORG")],
            "Tarlow Council",
        ),
        (
            "Ann Bell was awarded £500 by Grobco for Dorran Hospice, which cares for children.",
            [("Ann Bell", "PERSON"), ("Grobco", "ORG"), ("Dorran Hospice", "ORG")],
            "Dorran Hospice",
        ),
        (
            "The Businesswoman of the Year award went to Ann Bell for Grobco, the firm she founded.",
            [("Ann Bell", "PERSON"), ("Grobco", "ORG")],
            "Grobco",
        ),
        (
            "The nominations include Ann Bell for Grobco, the lender she runs.",
            [("Ann Bell", "PERSON"), ("Grobco", "ORG")],
            "Grobco",
        ),
        (
            "Ann Bell, shortlisted for Tarlow Council's top job, was nominated by Tom Pell for Grobco Trust.",
            [("Ann Bell", "PERSON"), ("Tarlow Council", "ORG"), ("Tom Pell", "PERSON"), ("Grobco Trust", "ORG")],
            "Grobco Trust",
        ),
        (
            "Tom Pell won praise from Ann Bell for Grobco's quick response.",
            [("Tom Pell", "PERSON"), ("Ann Bell", "PERSON"), ("Grobco", "ORG")],
            "Grobco",
        ),
    ],
)
def test_a_body_after_a_prize_and_for_stays(text, spans, kept):
    ids = resolved(text, spans)
    assert ids.get(kept, ("", ""))[1] == "ORG", ids


def test_winners_paired_with_bodies_keep_every_body_and_person():
    text = "The winners were Tom Pell for Grobco and Ann Bell for Varnholt Bank."
    ids = resolved(text, [("Tom Pell", "PERSON"), ("Grobco", "ORG"), ("Ann Bell", "PERSON"), ("Varnholt Bank", "ORG")])
    assert ids.get("Grobco", ("", ""))[1] == "ORG", ids
    assert ids.get("Varnholt Bank", ("", ""))[1] == "ORG", ids
    assert ids.get("Ann Bell", ("", ""))[1] == "PERSON", ids


def test_the_work_a_person_won_a_prize_for_is_still_dropped():
    text = "The prize went to Ann Bell for Grobco Lane, a novel about a village."
    ids = resolved(text, [("Ann Bell", "PERSON"), ("Grobco Lane", "ORG")])
    assert "Grobco Lane" not in ids, ids
    assert ids["Ann Bell"][1] == "PERSON", ids


# --- finding 6: "the single X <noun>": one X store, not a record ------------------------------


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        ("The single Grobco store in Tarlow will close.", [("Grobco", "ORG"), ("Tarlow", "PLACE")], "Grobco"),
        ("It is the single Grobco plant left in Tarlow.", [("Grobco", "ORG"), ("Tarlow", "PLACE")], "Grobco"),
        ("She stood as the single Grobco candidate.", [("Grobco", "ORG")], "Grobco"),
        (
            "The single Dorran seat of Tarlow went to Labour.",
            [("Dorran", "ORG"), ("Tarlow", "PLACE")],
            "Dorran",
        ),
        ("Planes use the single Tarlow Airport runway.", [("Tarlow Airport", "ORG")], "Tarlow Airport"),
    ],
)
def test_the_single_before_a_noun_the_name_modifies_is_no_record(text, spans, kept):
    assert kept in resolved(text, spans)


def test_the_single_before_a_verb_is_still_a_record():
    text = "The Tarlow single Dorran Nights reached number one. The single Copper Lantern hit number two."
    ids = resolved(text, [("Tarlow", "ORG"), ("Dorran Nights", "ORG"), ("Copper Lantern", "ORG")])
    assert "Dorran Nights" not in ids, ids
    assert "Copper Lantern" not in ids, ids


# --- finding 7: a speech tag after "its new album," is no apposition -------------------------


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        ("The band's new album, Grobco told the magazine, will be darker.", [("Grobco", "ORG")], "Grobco"),
        ("Their new album, Bell told the magazine, will be darker.", [("Bell", "PERSON")], "Bell"),
        ("Its new book, Grobco admitted, had sold poorly.", [("Grobco", "ORG")], "Grobco"),
    ],
)
def test_a_speaker_after_a_new_works_comma_stays(text, spans, kept):
    assert kept in resolved(text, spans)


def test_an_apposed_title_closed_by_a_comma_is_still_dropped():
    text = "The company's new film, Grobco, opens in May."
    assert "Grobco" not in resolved(text, [("Grobco", "ORG")])


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Ann Bell's first novel, Copper Lantern in 1990, sold well.", [("Copper Lantern", "PERSON")]),
        ("Her latest film, Dorran's Silver Road, opens in May.", [("Dorran", "PLACE")]),
    ],
)
def test_an_apposed_title_not_closed_right_after_the_name_is_still_dropped(text, spans):
    assert resolved(text, spans) == {}


# --- finding 8: a name inside a quoted headline is no title ----------------------------------


def test_a_name_inside_a_quoted_headline_stays_in_every_mention():
    text = 'The Courier ran the story "Grobco faces ruin" on Monday. The claims were denied by Grobco.'
    ids = resolved(text, [("Courier", "ORG"), ("Grobco", "ORG"), ("Grobco", "ORG")])
    assert ids.get("Grobco", ("", ""))[1] == "ORG", ids


# --- finding 9: "<capitalised word> track X" and a clause after the name -----------------------


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        ("The Dorran track Grobco Park hosts the race.", [("Grobco Park", "ORG")], "Grobco Park"),
        (
            "He thanked the Tarlow track Grobco had built for the race.",
            [("Tarlow", "PLACE"), ("Grobco", "ORG")],
            "Grobco",
        ),
        ("The lead track Grobco chose for the advert was a hit.", [("Grobco", "ORG")], "Grobco"),
        ("A bonus track Grobco recorded in 2001 is included.", [("Grobco", "ORG")], "Grobco"),
    ],
)
def test_a_circuit_or_a_tracks_maker_after_track_stays(text, spans, kept):
    assert kept in resolved(text, spans)


def test_a_track_after_its_album_or_its_maker_is_still_dropped():
    text = "The album track Grobco Blues was cut. The Ann Bell track Varnholt Rain is the best."
    ids = resolved(text, [("Grobco Blues", "ORG"), ("Ann Bell", "PERSON"), ("Varnholt Rain", "ORG")])
    assert "Grobco Blues" not in ids, ids
    assert "Varnholt Rain" not in ids, ids


# --- finding 13: an official website is no band's after a strong work cue ----------------------


def test_a_film_with_an_official_website_stays_a_work():
    text = "The film Copper Lantern opens in May. Copper Lantern's official website shows the trailer."
    assert "Copper Lantern" not in resolved(text, [("Copper Lantern", "ORG"), ("Copper Lantern", "ORG")])


def test_a_film_named_with_its_band_words_stays_a_band():
    text = "The film Copper Lantern opens in May. Copper Lantern's frontman wrote the score."
    ids = resolved(text, [("Copper Lantern", "ORG"), ("Copper Lantern", "ORG")])
    assert ids.get("Copper Lantern", ("", ""))[1] == "ORG", ids
