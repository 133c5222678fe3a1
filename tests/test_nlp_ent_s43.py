"""Session 43 (ent43): entities in Reuters 1996 wire text as CoNLL-2003 renders it, measured blind
on tests/ent_s43_data.py (sport in its wire forms, Asia, Latin America and Africa, companies with
Asian legal forms; written and annotated before belreader was run on it; scored by
tests/ent_s37_score.py --data ent_s43_data), then its most frequent failing patterns fixed in
general code. Invented names; the model runs.

- A name ending in Malaysia's or Indonesia's legal form ("Bhd", "Sdn Bhd", "Tbk", with "PT" before
  it) is a company's, the form and "PT" inside the span.
- A match sheet: a scorer's further minutes without his name ("Tom Pell 9 , 40 pen") keep the
  scorers' bracket; the labels ("Halftime 1-0", "Attendance 17,200", "Tries -", "Conversions -")
  are no names and the players they list are people; a scorecard's "Extras" and "Total" lines hold
  no names; the other side right after a side's scorers' bracket ("Boavista 0 .") is a team; a
  results line opening "In Hobart :" names the venue, a place.
- A score or a figure the model ran a person's span over ("Monica Pell 6-4 3", "Kjusmo 310
  points", "Club 2 Gimnasia") is no part of the name.
- A short family name the model tagged alone ("Kim") runs on over the hyphenated given name after
  it ("Do-kyun").
"""

from __future__ import annotations

from ent_s37_score import evaluate

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(*lines: str) -> list[tuple[str, str]]:
    article = make_article("\n\n".join(lines))
    return [(m.text, m.label) for m in analyze(article).mentions if m.label in ("PERSON", "ORG", "PLACE")]


# ---- the blind file


def test_the_blind_wire_file_reaches_its_floors() -> None:
    result = evaluate(data="ent_s43_data")  # blind start (565ecbad): micro 81.9, CoNLL 84.4
    assert result["micro"]["f1"] >= 0.865  # end: 86.9
    assert result["PERSON"]["f1"] >= 0.92
    assert result["ORG"]["f1"] >= 0.77
    assert result["PLACE"]["f1"] >= 0.895
    assert result["conll_micro"]["f1"] >= 0.89  # end: 89.5
    assert result["merges"]["p"] >= 0.98


# ---- Asian legal forms


def test_a_malaysian_legal_form_makes_a_company() -> None:
    found = _mentions(
        "KUALA LUMPUR 1996-12-05",
        "Tarwani Makmur Bhd said on Thursday its pre-tax profit rose 18 percent .",
        "Its unit Selvani Kota Sdn Bhd had won a contract worth 80 million ringgit .",
    )
    assert ("Tarwani Makmur Bhd", "ORG") in found, found
    assert ("Selvani Kota Sdn Bhd", "ORG") in found, found
    assert not any(label == "PERSON" for _text, label in found), found


def test_an_indonesian_company_keeps_its_pt_and_tbk() -> None:
    found = _mentions(
        "JAKARTA 1996-12-10",
        "Paper maker PT Karsono Adiwira Tbk expects sales to rise 15 percent , director Budi Harsono said .",
    )
    assert ("PT Karsono Adiwira Tbk", "ORG") in found, found
    assert ("Budi Harsono", "PERSON") in found, found


def test_a_nations_word_stays_out_of_a_legal_name() -> None:
    found = _mentions("Malaysian Tarwani Makmur Bhd said on Thursday its profit rose 18 percent .")
    assert ("Tarwani Makmur Bhd", "ORG") in found, found
    assert not any(text.startswith("Malaysian") for text, _label in found), found


# ---- match sheets


def test_a_scorer_s_second_goal_without_his_name_keeps_the_line() -> None:
    found = _mentions(
        "SOCCER - ENGLISH LEAGUE SUMMARIES .",
        "LONDON 1996-12-21",
        "Tarnmouth 3 ( Robbie Velkin 9 , 40 pen , Stan Grellow 52 ) Halbury 1 ( Andy Pessop 60 ) . Halftime 2-0 .",
    )
    assert ("Tarnmouth", "ORG") in found, found
    assert ("Robbie Velkin", "PERSON") in found, found
    assert ("Stan Grellow", "PERSON") in found, found
    assert not any(text.startswith("Tarnmouth ") for text, _label in found), found


def test_a_match_sheet_s_labels_are_no_names() -> None:
    found = _mentions(
        "SOCCER - ENGLISH LEAGUE SUMMARIES .",
        "LONDON 1996-12-21",
        "Tarnmouth 1 ( Robbie Velkin 34 ) Halbury 1 ( Andy Pessop 71 ) . Halftime 1-0 . Attendance 17,200",
        "RUGBY UNION - TARNIA BEAT VELMANIA .",
        "Tarnia : Tries - Joost Grellen 2 , James Pellow ; Conversions - Henry Varsen 3 ; Penalties - Varsen 5",
        "Velmania : Try - Diego Tarnesi ; Conversion - Lisandro Pellona",
    )
    labels = {"Halftime", "Attendance", "Tries", "Try", "Conversions", "Conversion", "Penalties"}
    assert not any(text in labels for text, _label in found), found
    assert ("Joost Grellen", "PERSON") in found, found


def test_a_label_word_in_prose_is_left() -> None:
    found = _mentions("Attendance Tarnow , the club 's new owner , said on Tuesday the stadium would be rebuilt .")
    assert ("Attendance Tarnow", "PERSON") in found or not found, found


def test_a_scorecard_s_extras_line_holds_no_names() -> None:
    found = _mentions(
        "CRICKET - TARNIA V VELMANIA SCOREBOARD .",
        "Tarnia first innings",
        "N. Pellkar c Grell b Varsen 41",
        "V. Tarnore lbw b Pollow 12",
        "Extras ( b-4 lb-8 nb-6 ) 18",
        "Total ( for 2 wickets ) 71",
    )
    assert ("N. Pellkar", "PERSON") in found, found
    assert not any("lb-8" in text for text, _label in found), found


# ---- sides and venues in results lines


def test_the_other_side_after_a_scorers_bracket_is_a_team() -> None:
    found = _mentions(
        "SOCCER - CUP RESULTS .",
        "LONDON 1996-12-10",
        "Results of cup matches on Tuesday :",
        "Velmar Rovers 1 ( Ivo Zamorek 56 ) Tarnista 0 . Velmar win 6-1 on aggregate .",
        "Grobstadt 1 ( Oleg Terpin 44 ) Pellerife 1 ( Juan Varga 80 ) .",
    )
    assert ("Tarnista", "ORG") in found, found
    assert ("Pellerife", "ORG") in found, found


def test_a_person_after_a_bracket_in_prose_is_left() -> None:
    found = _mentions("The striker ( Ivo Zamorek , 24 ) told Tom Pellow 2 stories on Tuesday .")
    assert ("Tom Pellow", "ORG") not in found, found


def test_a_results_line_opens_on_its_venue() -> None:
    found = _mentions(
        "CRICKET - SHIELD SCORES .",
        "MELBOURNE 1996-12-15",
        "In Hobart : Tarnland 402-8 declared ( Dene Pellis 145 ) v Velmara 118-3",
        "In Copenhagen : Grobby 2 ( Bo Hansvik 30 ) Tarnsruhe 0 .",
    )
    assert ("Hobart", "PLACE") in found, found
    assert ("Copenhagen", "PLACE") in found, found
    assert ("Tarnsruhe", "ORG") in found, found


def test_in_and_a_colon_in_prose_is_no_venue() -> None:
    found = _mentions("In Tom Pellow 's words : the team lost 2-1 .")
    assert ("Tom Pellow", "PLACE") not in found, found


# ---- figures the model ran a name over


def test_a_score_after_a_player_is_no_part_of_her_name() -> None:
    found = _mentions(
        "TENNIS - FINAL RESULT .",
        "NEW YORK 1996-11-24",
        "Top seed Jana Novak-Hall of the Czech Republic beat Monica Seles-Martin 6-4 3-6 6-2 in the final on Sunday .",
        "Leading standings : 1. Kjusmo 288 points 2. Tarnler 245",
        "Racing Club 2 Gimnasia y Tarnesa 2",
    )
    assert not any(any(c.isdigit() for c in text) for text, label in found if label == "PERSON"), found
    assert ("Monica Seles-Martin", "PERSON") in found, found
    assert ("Kjusmo", "PERSON") in found, found


def test_a_figure_in_a_band_s_or_a_rapper_s_name_is_left() -> None:
    found = _mentions("The rapper 50 Cent and the band Maroon 5 played at the Tarnby arena on Friday .")
    assert not any(text in ("Cent", "Maroon") for text, _label in found), found


# ---- East Asian names


def test_a_family_name_the_model_tagged_alone_takes_its_given_name() -> None:
    found = _mentions("South Korea - Hwang Sun-ho 30 , Kim Do-kyun 89 pen")
    assert ("Kim Do-kyun", "PERSON") in found, found
    assert ("Kim", "PERSON") not in found, found


def test_an_english_hyphenated_word_is_no_given_name() -> None:
    found = _mentions("Prime Minister Tony Blair Anti-war protesters marched on Sunday .")
    assert not any("Anti-war" in text for text, _label in found), found
