"""Session 37 (ent37): entities in text that is not BBC house style: Reuters as CoNLL-2003
renders it (one sentence a line, tokens spaced, ALL-CAPS headlines, datelines, results lines) and
AP / US-paper style ("Grobco Inc.", "(D-Calif.)"). Invented names; the model runs.

- The hand-annotated file tests/ent_s37_data.py, scored by tests/ent_s37_score.py: floors that
  the start code (b018409) does not reach (micro F1 77.9 there).
- A dateline's city is a place ("LONDON 1996-08-30" alone on a line, "BOSTON (AP) —"), not a
  capitalised opening without a dash or an agency, nor a sport's word ("SOCCER - ...").
- A line of two sides and their scores, or a side and its table row, names teams; not a golfer's
  line ("Tom Pell 66 68 70"), nor a line with words besides.
- A headline wholly in capitals takes the names the article writes in mixed case; a paragraph
  with lower case is untouched.
- "Sen. Tom Pell (D-Calif.)": the state is a place; not "(D-Day)" after no person.
- "Marc Grell ( France ) beat": a player; not "Velmar United ( Spain )".
- "Grobach Munich 2 ( Tom Pellner 34 , Ulf Grell 78 )": a team and its scorers; not a bracket
  with anything but scorers.
- "Grobwerke AG said": one company.
- "Grobco Inc.", "Calif.", "Velkens N.V." keep their stop; "joined Grobco." does not.
"""

from __future__ import annotations

from ent_s37_score import evaluate

from belreader.nlp import analyze
from belreader.nlp.aliases import EntityTable
from belreader.nlp.entities import players_with_countries, wire_scorers
from belreader.nlp.records import Mention

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in analyze(make_article(text)).mentions if m.label in ("PERSON", "ORG", "PLACE")]


def _lines(*lines: str) -> str:
    return "\n\n".join(lines)


# ---- the annotated file


def test_the_wire_style_file_reaches_its_floors() -> None:
    result = evaluate()
    assert result["micro"]["f1"] >= 0.91
    assert result["ORG"]["f1"] >= 0.87
    assert result["PLACE"]["f1"] >= 0.92
    assert result["PERSON"]["f1"] >= 0.94
    assert result["conll_micro"]["f1"] >= 0.93
    assert result["merges"]["p"] >= 0.97


# ---- datelines


def test_a_reuters_dateline_on_its_own_line_is_a_place() -> None:
    got = _mentions(_lines("VELMAR WINS CONTRACT .", "ROTTERDAM 1996-08-30", "Velmar said on Friday it won ."))
    assert ("ROTTERDAM", "PLACE") in got


def test_an_agency_dateline_opening_the_first_paragraph_is_a_place() -> None:
    got = _mentions("UNITED NATIONS (AP) — The council voted on Thursday to extend the mission in Haiti.")
    assert ("UNITED NATIONS", "PLACE") in got


def test_a_capitalised_opening_without_a_dash_or_an_agency_is_no_dateline() -> None:
    got = _mentions("GROBCO SHARES SLIDE after the Velmar Group said profits fell.")
    assert not any(label == "PLACE" and text.startswith("GROBCO") for text, label in got)


def test_a_sports_word_before_a_dash_is_no_dateline() -> None:
    got = _mentions(_lines("SOCCER -- VELMAR BEAT GROBTON .", "Velmar beat Grobton 3-1 on Friday ."))
    assert ("SOCCER", "PLACE") not in got


# ---- results lines


def test_a_line_of_two_sides_and_their_scores_names_two_teams() -> None:
    got = _mentions(_lines("Results of matches on Friday :", "Velmar 3 Grobton 1", "Tarnhout 2 Pellmoor 2"))
    assert {("Velmar", "ORG"), ("Grobton", "ORG"), ("Tarnhout", "ORG"), ("Pellmoor", "ORG")} <= set(got)


def test_a_table_row_names_a_team_and_the_team_is_named_elsewhere_too() -> None:
    got = _mentions(_lines("Grobchester stayed top on Saturday .", "Standings :", "Grobchester 3 2 1 0 6 2 7"))
    assert got.count(("Grobchester", "ORG")) == 2


def test_a_golfers_line_is_not_a_team() -> None:
    got = _mentions(_lines("Leading scores on Friday :", "Tom Pell 66 68 70"))
    assert ("Tom Pell", "ORG") not in got


def test_a_line_with_words_besides_the_scores_is_left() -> None:
    before = _mentions("Velmar 3 Grobton 1 after extra time in the final")
    assert ("Velmar", "ORG") not in before or ("Grobton", "ORG") not in before


def test_a_side_its_score_and_its_scorers_are_a_team_and_people() -> None:
    got = _mentions("Grobach Munich 2 ( Tom Pellner 34 , Ulf Grell 78 penalty ) Tarnen Bremen 1 ( Jens Velt 55 ) .")
    assert {("Grobach Munich", "ORG"), ("Tarnen Bremen", "ORG"), ("Ulf Grell", "PERSON")} <= set(got)


def test_a_bracket_that_is_not_only_scorers_is_left() -> None:
    got = _mentions("Grobach Munich 2 ( the new stadium opened in 1974 ) drew a crowd .")
    assert ("Grobach Munich", "ORG") not in got, got
    article = make_article("Grobach Munich 2 ( the new Tom Pellner 34 stand ) drew a crowd .")
    assert wire_scorers(article, [], EntityTable({})) == []


# ---- capitals headlines


def test_a_capitals_headline_takes_the_articles_names() -> None:
    got = _mentions(
        _lines("VELMOTO SAYS NO SNAP POLL .", "Prime Minister Ryu Velmoto said on Friday there was no plan .")
    )
    assert ("VELMOTO", "PERSON") in got


def test_a_paragraph_with_lower_case_is_not_a_headline() -> None:
    got = _mentions(
        _lines("The VELMOTO plan was dropped .", "Prime Minister Ryu Velmoto said on Friday there was no plan .")
    )
    assert ("VELMOTO", "PERSON") not in got


# ---- party-state tags, players, legal forms, stops


def test_the_state_in_a_legislators_party_tag_is_a_place() -> None:
    got = _mentions("Sen. Tom Pell (D-Calif.) said Tuesday that the bill would fail.")
    assert ("Calif.", "PLACE") in got


def test_a_party_tag_after_no_person_is_left() -> None:
    got = _mentions("The landings (D-Day) began at dawn on the coast.")
    assert ("Day", "PLACE") not in got


def test_a_name_before_a_country_in_a_bracket_is_a_player() -> None:
    got = _mentions("3 - Marc Grell ( France ) beat Ivo Tarn ( Croatia ) 7-6 6-2")
    assert {("Marc Grell", "PERSON"), ("Ivo Tarn", "PERSON")} <= set(got)


def test_a_name_without_a_first_name_before_a_country_is_no_player() -> None:
    article = make_article("Velmar Grobton ( Spain ) lost on Friday .")
    spain = article.body.index("Spain")
    mentions = [Mention("spain", "Spain", "PLACE", spain, spain + 5, 0)]
    assert players_with_countries(article, list(mentions), EntityTable({})) == mentions


def test_a_legal_form_tagged_alone_joins_the_name_before_it() -> None:
    got = _mentions("Grobwerke AG said on Tuesday its first-half net profit rose 12 percent .")
    assert ("Grobwerke AG", "ORG") in got


def test_abbreviations_keep_their_stop() -> None:
    got = _mentions("Grobco Inc. said Monday it would cut 1,200 jobs at plants near Sacramento, Calif.")
    assert ("Grobco Inc.", "ORG") in got
    assert ("Calif.", "PLACE") in got


def test_a_stop_that_may_end_the_sentence_is_kept_only_in_the_style_that_writes_stops() -> None:
    got = _mentions("The film was backed by Warner Bros. But the studio said it would appeal.")
    assert ("Warner Bros", "ORG") in got
    got = _mentions("Grobco Inc. said it would cut jobs. Its rival was Velmark Corp.")
    assert ("Velmark Corp.", "ORG") in got


def test_a_player_listed_with_a_country_keeps_all_his_given_names() -> None:
    got = _mentions("25 Juan Ignacio Velchela ( Argentina ) lost on Friday .")
    assert ("Juan Ignacio Velchela", "PERSON") in got


def test_a_name_before_a_sentences_stop_keeps_no_stop() -> None:
    got = _mentions("Tom Pell said he had joined Grobco. It was his third move.")
    assert not any(text.endswith(".") for text, _ in got)
