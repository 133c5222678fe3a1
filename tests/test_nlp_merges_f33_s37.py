"""Session 37 round 2 (fresh33's merges and names cut or not found), on invented sentences and
names: a river's bare name and its reaches ("the Velt", "the Upper Velt") beside "the Velt River";
an acronym in the body's own language, one letter of another word ("(IATE)" after "Arvanian
Institute for Trade and Statistics"); the word a Portuguese-style name is called by before its
surname's particle ("Velto" of "Joao Carlos Velto da Rocha"); one first name in two
transliterations ("Viktor" / "Victor Pellov"); the name after a faith's title ("Cardinal Tom Pell
O'Dorr"); a speaker's name after a quote that the model took for a work; a name with a dropped
"g" ("Velvin' Crew")."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved_mentions

from belreader.nlp.people import name_before_particle, transliterated_alike


def _ids(text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    return {m.text: m.entity_id for m in resolved_mentions(text, spans)}


def _found(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in resolved_mentions(text, spans)]


# --- a river and its reaches -----------------------------------------------------------------

_RIVER = (
    "Floods on the Velt\n\nBoats were stuck on the upper Velt River on Monday. Further down the Velt, "
    "towns were flooded. The damming of the Upper Velt has drawn criticism."
)


def test_a_rivers_bare_name_and_its_reach_after_the_are_the_river():
    found = _ids(_RIVER, [("Velt River", "PLACE"), ("Velt", "PLACE"), ("Upper Velt", "PLACE")])
    assert found["Velt"] == found["Velt River"] == found["Upper Velt"], found


def test_a_bare_name_without_the_is_no_river():
    # "in Velt": a state or a town the river is named after
    text = "Floods in Velt\n\nTowns in Velt were flooded as the Velt River rose on Monday."
    found = _ids(text, [("Velt", "PLACE"), ("Velt River", "PLACE")])
    assert found["Velt"] != found["Velt River"], found


def test_a_reach_with_no_river_named_stays_itself():
    text = "Floods\n\nThe damming of the Upper Velt has drawn criticism, and the Velt Valley is dry."
    found = _ids(text, [("Upper Velt", "PLACE"), ("Velt Valley", "PLACE")])
    assert found["Upper Velt"] != found["Velt Valley"], found


# --- an acronym of the body's own language ----------------------------------------------------

_INSTITUTE = (
    "Jobs\n\nThe Arvanian Institute for Trade and Statistics (IATE) said exports rose. "
    "IATE also said wages grew, the IATE said."
)


def test_an_acronym_with_one_letter_of_the_bodys_own_language_is_the_body():
    found = _ids(_INSTITUTE, [("Arvanian Institute for Trade and Statistics", "ORG"), ("IATE", "ORG")])
    assert found["IATE"] == found["Arvanian Institute for Trade and Statistics"], found


def test_an_acronym_of_another_length_or_two_other_letters_is_not_the_body():
    for letters in ("IATEX", "IAXE"):
        text = _INSTITUTE.replace("IATE", letters)
        found = _ids(text, [("Arvanian Institute for Trade and Statistics", "ORG"), (letters, "ORG")])
        assert found[letters] != found["Arvanian Institute for Trade and Statistics"], (letters, found)


# --- the word a Portuguese-style name is called by ----------------------------------------------


def test_the_word_before_the_surnames_particle_is_the_person():
    text = (
        "Jobs\n\nPresident Joao Carlos Velto da Rocha promised more jobs. Critics say President Velto has "
        "failed to deliver."
    )
    found = _ids(text, [("Joao Carlos Velto da Rocha", "PERSON"), ("Velto", "PERSON")])
    assert found["Velto"] == found["Joao Carlos Velto da Rocha"], found


def test_name_before_particle_guards():
    assert name_before_particle(("joao", "carlos", "velto", "da", "rocha")) == "velto"
    assert name_before_particle(("pieter", "van", "den", "heever")) is None  # the first name
    assert name_before_particle(("ana", "velto", "da", "rocha")) == "velto"
    assert name_before_particle(("ana", "da", "rocha")) is None  # three words: no such word
    assert name_before_particle(("tom", "ann", "pell", "velt")) is None  # no particle


# --- one first name, two transliterations -------------------------------------------------------


def test_a_first_name_transliterated_twice_is_one_person():
    text = (
        "Spy claims\n\nViktor Pellov defected in 1985. Mr Pellov says he was never paid. "
        "Officials took the information that Victor Pellov had and left him, a historian said."
    )
    found = _ids(text, [("Viktor Pellov", "PERSON"), ("Pellov", "PERSON"), ("Victor Pellov", "PERSON")])
    assert found["Victor Pellov"] == found["Viktor Pellov"] == found["Pellov"], found


def test_two_first_names_that_are_not_transliterations_stay_apart():
    text = "Brothers\n\nJon Pellov and his brother Joe Pellov both play for Velt."
    found = _ids(text, [("Jon Pellov", "PERSON"), ("Joe Pellov", "PERSON")])
    assert found["Jon Pellov"] != found["Joe Pellov"], found
    assert transliterated_alike("aleksei", "alexey")
    assert not transliterated_alike("jon", "jan")
    assert not transliterated_alike("ivan", "ivana")


# --- the name after a faith's title -------------------------------------------------------------


def test_the_name_after_a_faiths_title_is_a_person():
    text = "Vote call\n\nHis words came as Cardinal Tom Pell O'Dorr, the Archbishop of Tarbury, backed the plan."
    assert ("Tom Pell O'Dorr", "PERSON") in _found(text, []), _found(text, [])


def test_a_title_before_no_first_name_names_no_person():
    # "Grobton Vale": no first name, a town named after a bishop
    text = "Vote call\n\nCouncillors in Bishop Grobton Vale voted for the plan on Monday."
    assert not [f for f in _found(text, []) if f[1] == "PERSON"], _found(text, [])


# --- a speaker after a quote, taken for a work ----------------------------------------------------


def test_a_name_after_a_quote_is_a_speaker_not_a_work():
    text = 'Jobs\n\n"Many jobs are temporary," Tom Velloso, chief economist with Grobco, told Reuters.'
    assert ("Tom Velloso", "PERSON") in _found(text, [("Tom Velloso", "WORK")]), _found(text, [("Tom Velloso", "WORK")])


def test_a_work_elsewhere_stays_a_work():
    text = "Films\n\nGrobco said its film Tom Velloso, out in May, was a hit."
    found = _found(text, [("Grobco", "ORG"), ("Tom Velloso", "WORK")])
    assert not any(t == "Tom Velloso" for t, _ in found), found


# --- a dropped "g" -------------------------------------------------------------------------------


def test_a_name_with_a_dropped_g_goes_on_after_the_apostrophe():
    text = "Show\n\nThe favourite is Velvin' Crew singer Ann Pell, the bookmakers said."
    assert ("Velvin' Crew", "ORG") in _found(text, [("Velvin", "ORG"), ("Ann Pell", "PERSON")])


def test_a_possessive_is_no_dropped_g():
    text = "Show\n\nThe favourite is Grobin's singer Ann Pell, and Velts' Tom Dorr is second."
    found = _found(text, [("Grobin", "ORG"), ("Ann Pell", "PERSON"), ("Tom Dorr", "PERSON")])
    assert not any(t.startswith("Grobin'") and " " in t for t, _ in found), found


# --- a name after a person's role, untagged -----------------------------------------------------


def test_a_first_name_and_surname_after_a_role_are_a_person():
    text = "Match\n\nThe crowd roared. Replacement Gareth Pellow made the most of a poor scrum."
    assert ("Gareth Pellow", "PERSON") in _found(text, []), _found(text, [])


def test_no_person_after_a_role_without_a_first_name_or_with_a_firms_word():
    text = "Match\n\nThe crowd roared. Replacement Grobco Pellow made the most of it, said director Will Systems."
    assert not [f for f in _found(text, []) if f[1] == "PERSON"], _found(text, [])


# --- a family name written first --------------------------------------------------------------


def test_a_short_family_name_before_a_hyphened_given_name_is_one_person():
    text = "Award\n\nThe veteran film director Yoo Hwan-Sik has received an honorary award."
    assert ("Yoo Hwan-Sik", "PERSON") in _found(text, [("Hwan-Sik", "ORG")]), _found(text, [("Hwan-Sik", "ORG")])


def test_no_family_name_before_a_compound_or_after_a_capital():
    # "Velt Idol-style": an English word after the hyphen; "The Grob-Ray": a sentence's article
    text = "Shows\n\nIt was a big Velt Idol-style show. The Grob-Ray player sold well, Grobco said."
    found = _found(text, [("Idol-style", "ORG"), ("Grob-Ray", "ORG"), ("Grobco", "ORG")])
    assert not [f for f in found if f[1] == "PERSON"], found


# --- two acts after a list of performers ----------------------------------------------------------

_CHART = "Rock poll\n\nThe poll of rock fans was topped by Grobsters, whose singer Tom Pell said the album was a hit."


def test_two_acts_after_acts_like_are_two_names():
    text = _CHART + " Newer acts like The Veltings and Dorrprophets are included."
    found = _found(text, [("Grobsters", "ORG"), ("Tom Pell", "PERSON"), ("The Veltings and Dorrprophets", "ORG")])
    assert ("Veltings", "ORG") in found and ("Dorrprophets", "ORG") in found, found


def test_one_act_with_a_first_name_or_without_the_stays_whole():
    for name in ("The Jesus and Mary Velt", "Veltings and Dorrprophets"):
        text = _CHART + f" Newer acts like {name} are included."
        found = _found(text, [("Grobsters", "ORG"), ("Tom Pell", "PERSON"), (name, "ORG")])
        assert not any(t in ("Veltings", "Dorrprophets", "Mary Velt") for t, _ in found), (name, found)
