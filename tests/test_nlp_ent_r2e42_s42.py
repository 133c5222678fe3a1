"""Session 42 round 2, r2e42: entity patterns behind fresh38's misses, on invented sentences.

- "Magistrate Lee Fennick, who issued the order, said ...": a court's office the model glued in
  front of a full name is no word of the name (`offices.LEGAL_OFFICES` in the titles before names,
  and `kinds.person_span` cutting it off before a first name of either sex).
- "Jan Velt of the Czech Republic 7-5 6-3" in tennis: the player's country, no team, though a
  score follows (`kinds._PLAYERS_COUNTRY_BEFORE`, as "of Germany 6-4" was).
- "Grobnify, a blog search engine, tracks ...": an apposition calling a name a search engine or
  a website makes it an organisation (`kinds._DESCRIBED_AS_COMPANY`).
- "a coalition with the Liberals" in an article of party politics: a party's members' plural the
  model typed as a people's word is the party (`entities.parties_typed_as_peoples`).
- "South Korean Hyung-Tarn Lee defeated American Jan-Tomas Grell 6-3 7-6" in tennis: the full
  name between a nationality's word and a win or a score is a player (`entities.players_after_nationalities`).
- "President Tarno Bambang" + "Velyono's government", "Velyono" alone elsewhere: one person's name
  the model ended short (`entities.surnames_split_off`).
- "former Wales Under-21 skipper": the age group's side, an organisation of its own
  (`entities.age_group_sides`).
- "RBS 6 Nations": the sponsor before a competition written with the digit is left out
  (`kinds._EVENT_AFTER_SPONSOR`).
- "England and Real Madrid striker X": both names are the player's sides (`kinds.TEAM_AFTER`).
- "housebuilder George Velbury": a firm's designator (`kinds._DESIGNATOR_BEFORE`).
- "the Velton First Book Award 2004": an award with its year, no organisation (`kinds._AWARD_TAIL`).
"""

from __future__ import annotations

from belreader.nlp import analyze
from belreader.nlp.aliases import load_table
from belreader.nlp.entities import Span, players_after_nationalities, surnames_split_off
from belreader.nlp.kinds import _AWARD_TAIL, _team_cue, person_span
from belreader.nlp.offices import TITLES_BEFORE_NAMES

from nlp_util import make_article


def _labels(text: str) -> dict[str, str]:
    return {m.text: m.label for m in analyze(make_article(text)).mentions}


def _ids(text: str) -> dict[str, str]:
    return {m.text: m.entity_id for m in analyze(make_article(text)).mentions}


_COURT = (
    "Star wins order\n\n"
    "The actress won an order against two photographers on Tuesday. {title} Lee Fennick, who issued "
    "the order at Velton Local Court, said she understood the photographers had a job to do."
)


def test_a_magistrates_title_is_no_word_of_the_name() -> None:
    labels = _labels(_COURT.format(title="Magistrate"))
    assert labels.get("Lee Fennick") == "PERSON", labels
    assert not any(text.startswith("Magistrate") for text in labels), labels


def test_a_court_office_glued_to_a_name_comes_off() -> None:
    body = "She said so. Magistrate Lee Fennick, who issued the order, said she understood."
    start = body.index("Magistrate")
    new_start, label = person_span(body, start, start + len("Magistrate Lee Fennick"), "PERSON")
    assert (body[new_start : start + len("Magistrate Lee Fennick")], label) == ("Lee Fennick", "PERSON")
    assert "magistrate" in TITLES_BEFORE_NAMES


def test_a_name_opening_the_sentence_keeps_its_first_word() -> None:
    labels = _labels(_COURT.format(title="Actress"))  # no court's office: the rule leaves it be
    assert "Lee Fennick" in labels or "Actress Lee Fennick" in labels, labels
    labels = _labels("Court\n\nThe case was heard on Monday. Marston Lee Fennick said it was closed.")
    assert not any(text == "Lee Fennick" for text in labels), labels


_TENNIS = (
    "Velt through in San Tarro\n\n"
    "Third seed Tom Velt reached the second round of the San Tarro Open with a 6-2 6-3 win on Monday. "
    "He served well and broke his opponent's serve four times. Earlier, South Korean Hyung-Tarn Lee "
    "defeated American Jan-Tomas Grell 6-3 7-6 (7-4). American Kevin Dorr defeated Jan Pelnych of the "
    "Czech Republic 7-5 6-3, and Canadian qualifier Frank Tarvic downed American Jeff Morrow 4-6 7-6 "
    "(7-3) 6-0, while Ivo Labadian beat Karel Vost of the Republic of Georgia 6-7 (4-7) 6-2 6-3."
)


def test_a_players_country_after_of_the_before_a_score_is_a_place() -> None:
    labels = _labels(_TENNIS)
    assert labels.get("Czech Republic") == "PLACE", labels
    assert labels.get("Republic of Georgia") == "PLACE", labels


def test_a_score_after_a_players_country_with_its_the_is_no_teams_cue() -> None:
    body = "Kevin Dorr defeated Jan Pelnych of the Czech Republic 7-5 6-3 on Monday."
    start = body.index("Czech")
    assert not _team_cue(body, start, start + len("Czech Republic"))
    body = "Velmar beat the Czech Republic 7-5 in the final."  # no player before: the side
    start = body.index("Czech")
    assert _team_cue(body, start, start + len("Czech Republic"))


def test_full_names_between_a_nationality_and_a_win_are_players() -> None:
    labels = _labels(_TENNIS)
    for name in ("Hyung-Tarn Lee", "Jan-Tomas Grell", "Jeff Morrow"):
        assert labels.get(name) == "PERSON", (name, labels)


def test_no_player_outside_an_individual_sport() -> None:
    table = load_table()
    business = make_article(
        "Firms merge\n\n"
        "The merger was agreed on Monday by the two boards. Shareholders will vote next month, and "
        "analysts said American Jan-Tomas Grell beat forecasts."
    )
    assert players_after_nationalities(business, [], table) == []
    tennis = make_article(_TENNIS)
    assert {m.text for m in players_after_nationalities(tennis, [], table)} >= {"Hyung-Tarn Lee", "Jeff Morrow"}


def test_a_tournaments_name_is_no_player() -> None:
    table = load_table()
    tennis = make_article(_TENNIS.replace("Earlier,", "Earlier, the American Davis Cup 6-2 lead held;"))
    assert "Davis Cup" not in {m.text for m in players_after_nationalities(tennis, [], table)}


def test_a_search_engine_apposed_is_an_organisation() -> None:
    text = (
        "Blogs boom\n\n"
        "Blogs had a huge year. Technorati, a blog search engine, tracks about six million blogs and says "
        "more are added daily."
    )
    assert _labels(text).get("Technorati") == "ORG"


def test_a_person_apposed_as_a_website_founder_stays_a_person() -> None:
    text = "Blogs boom\n\nBlogs had a huge year. Anna Velt, the founder of a gossip website, said more are added daily."
    assert _labels(text).get("Anna Velt") == "PERSON"


def test_the_liberals_in_party_politics_are_a_party() -> None:
    text = (
        "Election call\n\n"
        "The last election of that kind was held in 1974. In that election the prime minister failed to "
        "build a coalition with the Liberals, and the Socialists lost seats."
    )
    labels = _labels(text)
    assert labels.get("Liberals") == "ORG", labels
    assert labels.get("Socialists") == "ORG", labels


def test_liberals_outside_party_politics_are_left_to_the_model() -> None:
    text = "Reading list\n\nThe Liberals of that century read widely, and their letters survive in the library."
    assert _labels(text).get("Liberals") != "ORG"


def test_a_surname_split_off_a_three_part_name_joins_it() -> None:
    body = "President Tarno Bambang Velyono's government wants to cut subsidies. Velyono said so."
    a = body.index("Tarno")
    b = body.index("Velyono")
    spans = [Span(a, a + len("Tarno Bambang"), "PERSON"), Span(b, b + len("Velyono"), "PERSON")]
    joined = surnames_split_off(body, spans)
    assert [(body[s.start : s.end], s.label) for s in joined] == [("Tarno Bambang Velyono", "PERSON")]


def test_two_people_side_by_side_stay_apart() -> None:
    # the shorter name written again: no name ended short
    body = "Tarno Bambang Velyono met. Tarno Bambang said so, and Velyono said so too."
    a = body.index("Tarno Bambang said")
    b = body.index("Velyono said")
    spans = [Span(a, a + len("Tarno Bambang"), "PERSON"), Span(b, b + len("Velyono"), "PERSON")]
    assert len(surnames_split_off(body, spans)) == 2
    # the one word never written alone elsewhere: no surname the article uses
    body = "Ana Velt Morrow sang."
    spans = [Span(0, 8, "PERSON"), Span(9, 15, "PERSON")]
    assert len(surnames_split_off(body, spans)) == 2


def test_an_age_group_after_a_country_names_a_side_of_its_own() -> None:
    text = (
        "Velt fit for opener\n\n"
        "Wales are hopeful that flanker Tom Velt will be fit for Saturday's opener against England. "
        "The signs pointed towards Wales coach Ian Dorr handing a first cap to former Wales Under-21 "
        "skipper Rhys Pellow."
    )
    found = _ids(text)
    assert found.get("Wales Under-21") == "wales-under-21", found
    assert found.get("Wales") != "wales-under-21"


def test_a_sponsor_before_a_numbered_six_nations_names_the_competition() -> None:
    text = (
        "Velt fit for opener\n\n"
        "Wales are hopeful that flanker Tom Velt could be fit for Saturday's RBS 6 Nations opener "
        "against England in Cardiff."
    )
    assert "RBS" not in _labels(text)


def test_a_country_before_a_club_and_a_players_position_is_a_side() -> None:
    text = (
        "Transfer talk\n\n"
        "Velton boss Tom Pell is lining up a summer move for England and Real Madrid striker Jim Dorr. "
        "Dorr has scored 13 goals this season."
    )
    assert _labels(text).get("England") == "ORG"
    text = "Trade talk\n\nThe firm sells to England and Real Madrid fans alike, its chief Jim Dorr said."
    assert _labels(text).get("England") != "ORG"


def test_a_housebuilder_named_like_a_person_is_a_company() -> None:
    text = (
        "Builder upbeat\n\n"
        "The property market remains robust, according to housebuilder George Velbury. Velbury reported "
        "a 19% rise in profits, and said reservations were better than expected. Shares in Velbury rose 6%."
    )
    ids = {m.text: m.label for m in analyze(make_article(text)).mentions}
    assert ids.get("George Velbury") == "ORG", ids


def test_an_award_with_its_year_is_no_organisation() -> None:
    text = "Book prize\n\nA book about mutants has won the Velton First Book Award 2004, the judges said."
    assert _labels(text).get("Velton First Book Award 2004") != "ORG"
    assert _AWARD_TAIL.search("Velton First Book Award 2004")
    assert not _AWARD_TAIL.search("Velton Award Holdings")
