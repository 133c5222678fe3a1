"""Session 26: entity typing and linking (invented sentences and names)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from belreader.nlp.identity import corpus_links
from belreader.nlp.people import first_name_gender
from belreader.nlp.records import Analysis, Entity


def test_a_name_after_a_settlements_kind_and_of_is_a_place():
    text = "Next spring riders in the city of Varnholt, near Oldbridge, will pay by phone. Varnholt's buses are old."
    ids = resolved(text, [("Varnholt", "PERSON"), ("Oldbridge", "PLACE"), ("Varnholt", "PERSON")])
    assert ids["Varnholt"][1] == "PLACE", ids


def test_a_name_of_two_words_after_a_settlements_kind_is_a_place():
    text = "The plant will open in the southern port city of Porto Velhano, the firm said."
    ids = resolved(text, [("Porto Velhano", "PERSON")])
    assert ids["Porto Velhano"][1] == "PLACE", ids
    text = "The prize is given each year in the writer's hometown of Kelmby."
    ids = resolved(text, [("Kelmby", "ORG")])
    assert ids["Kelmby"][1] == "PLACE", ids


def test_a_capitalised_city_of_or_a_state_of_is_no_settlements_cue():
    # "the City of X" may be a body's own name, and "the state of X" its condition
    text = "Analysts worried about the state of Harrow Lyle's finances. Harrow Lyle said it was sound."
    ids = resolved(text, [("Harrow Lyle", "PERSON"), ("Harrow Lyle", "PERSON")])
    assert ids["Harrow Lyle"][1] == "PERSON", ids


def test_a_short_form_the_name_list_reads_as_a_womans_is_not_when_its_full_form_is_a_mans():
    assert first_name_gender("Rafael") == "m"
    assert first_name_gender("Rafa") is None  # the list reads the "-a"; "Rafael" says otherwise
    assert first_name_gender("Kate") == "f"  # the full forms agree: unchanged


def _person(entity_id: str, name: str, count: int, spellings: list[str]) -> Entity:
    return Entity(entity_id, name, "PERSON", None, spellings, count)


def test_a_short_form_read_as_a_womans_name_still_joins_its_full_form():
    analyses = [
        Analysis("a0", "h0", "t", entities=[_person("rafael-quintero", "Rafael Quintero", 9, ["Rafael Quintero"])]),
        Analysis("a1", "h1", "t", entities=[_person("rafa-quintero", "Rafa Quintero", 3, ["Rafa Quintero"])]),
    ]
    assert corpus_links(analyses)["rafa-quintero"] == "rafael-quintero"


# an athletics report with none of a team sport's words: its rounds, events and medals
ATHLETICS = (
    "The athletics season moves indoors next month. The heptathlon and the 60m hurdles are on the "
    "programme, and the sprinter who took the Olympic 100m title is expected. "
)


def test_an_athletics_report_is_about_sport_and_an_individual_one():
    from belreader.nlp.kinds import is_individual_sport, is_sport

    assert is_sport(ATHLETICS) and is_individual_sport(ATHLETICS)


def test_an_athlete_named_in_full_once_and_cued_as_a_champion_is_a_person():
    # a first name that also begins places' names ("Georgia"): a player's cue decides
    text = ATHLETICS + "She will take on Olympic heptathlon champion Georgia Ostlund in the pentathlon."
    ids = resolved(text, [("Georgia Ostlund", "ORG")])
    assert ids["Georgia Ostlund"][1] == "PERSON", ids


def test_a_tennis_player_named_once_in_full_after_a_defeat_is_a_person():
    text = (
        "The top seed suffered a shock defeat to Jody Varran in the quarter-finals of the tennis event. "
        "He went down 7-6 6-3 and said the match was lost on serve, as his coach had feared."
    )
    ids = resolved(text, [("Jody Varran", "ORG")])
    assert ids["Jody Varran"][1] == "PERSON", ids


def test_an_athletes_surname_in_an_athletics_report_is_no_team():
    text = ATHLETICS + (
        "The squad's coach said the league match was a fine one for the fans. "
        "Kelbrin eased home in the heat. Both Oduya and Kelbrin have already achieved the qualifying mark."
    )
    ids = resolved(text, [("Kelbrin", "PERSON"), ("Oduya", "PERSON"), ("Kelbrin", "PERSON")])
    assert ids["Kelbrin"] == ("kelbrin", "PERSON"), ids


def test_a_country_before_open_is_the_tournaments_name_not_a_team():
    from belreader.nlp.kinds import _team_cue

    body = "She earned a victory over Valdoria Open champion Ana Rell."
    start = body.index("Valdoria")
    assert not _team_cue(body, start, start + len("Valdoria"))
    body = "She earned a victory over Valdoria in the final."
    assert _team_cue(body, body.index("Valdoria"), body.index("Valdoria") + len("Valdoria"))


def test_a_name_ending_in_sisters_or_brothers_is_an_act_or_a_firm():
    text = "The chart was topped by US act Velvet Sisters, ahead of the Kestrel Brothers."
    ids = resolved(text, [("Velvet Sisters", "PERSON"), ("Kestrel Brothers", "PERSON")])
    assert ids["Velvet Sisters"][1] == "ORG", ids
    assert ids["Kestrel Brothers"][1] == "ORG", ids
