"""Session 25, mends after review: a venue that speaks in a tennis report is no player; the verbs
of saying that raw-text patterns use come from one home (invented sentences)."""

from __future__ import annotations

from test_nlp_entities_kinds import TENNIS, resolved


def test_a_venue_typed_as_a_place_that_speaks_in_a_tennis_report_stays_a_place():
    text = TENNIS + "Kovrenko beat Ado Lindqvist 6-3 6-4. Harrowdene said the roof would close for the final."
    ids = resolved(text, [("Kovrenko", "PERSON"), ("Ado Lindqvist", "PERSON"), ("Harrowdene", "PLACE")])
    assert ids["Harrowdene"][1] == "PLACE", ids


def test_a_name_typed_a_place_once_that_speaks_in_a_tennis_report_stays_a_place():
    text = (
        TENNIS + "Kovrenko beat Ado Lindqvist 6-3 6-4. Harrowdene has the oldest grass courts in the country. "
        "Harrowdene told fans the courts would be covered."
    )
    ids = resolved(
        text,
        [("Kovrenko", "PERSON"), ("Ado Lindqvist", "PERSON"), ("Harrowdene", "PLACE"), ("Harrowdene", "ORG")],
    )
    assert ids["Harrowdene"][1] != "PERSON", ids


def test_a_name_typed_an_organisation_that_speaks_in_a_tennis_report_is_still_a_player():
    text = TENNIS + "Kovrenko beat Ado Lindqvist 6-3 6-4. Vaszaril told reporters her wrist was sore."
    ids = resolved(text, [("Kovrenko", "PERSON"), ("Ado Lindqvist", "PERSON"), ("Vaszaril", "ORG")])
    assert ids["Vaszaril"][1] == "PERSON", ids


def test_a_name_typed_a_place_that_wins_in_a_tennis_report_is_still_a_player():
    text = TENNIS + "Vaszaril beat Ado Lindqvist 6-3 6-4 in the second round."
    ids = resolved(text, [("Vaszaril", "PLACE"), ("Ado Lindqvist", "PERSON")])
    assert ids["Vaszaril"][1] == "PERSON", ids


def test_every_verb_of_saying_written_out_is_a_reporting_verb():
    from belreader.nlp.claims.vocabulary import REPORTING_LEMMAS
    from belreader.nlp.saying import SAYING_LEMMAS, past_forms, present_forms

    assert SAYING_LEMMAS <= REPORTING_LEMMAS
    assert past_forms("say", "tell", "admit") == ["said", "told", "admitted"]
    assert present_forms("say", "argue") == ["says", "argues"]


def test_a_player_who_argues_or_warns_in_a_tennis_report_is_a_person():
    # the player's verbs of saying are those of saying.py, in the past and the present
    for verb in ("argued", "warns", "explains"):
        text = TENNIS + f"Kovrenko beat Ado Lindqvist 6-3 6-4. Vaszaril {verb} that his racket was too light."
        ids = resolved(text, [("Kovrenko", "PERSON"), ("Ado Lindqvist", "PERSON"), ("Vaszaril", "ORG")])
        assert ids["Vaszaril"][1] == "PERSON", (verb, ids)


def test_a_name_typed_an_organisation_that_speaks_of_no_person_in_a_tennis_report_stays_unsettled():
    # "Melbourne said the roof would close": a venue the model took for an organisation
    text = TENNIS + "Kovrenko beat Ado Lindqvist 6-3 6-4. Harrowdene said the roof would close for the final."
    ids = resolved(text, [("Kovrenko", "PERSON"), ("Ado Lindqvist", "PERSON"), ("Harrowdene", "ORG")])
    assert ids["Harrowdene"][1] == "ORG", ids
