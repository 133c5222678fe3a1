"""Session 39 round 2, r2m39: entity names and merges on invented sentences.

- A first name and its short form are one first name ("Dave Pell" and "David Pell" one person;
  "David" alone of "Dave Pell" where no one is named "David X"), and a first name alone that two
  people named before it carry stays apart, never the nearest of them (`entities.assign_ids`,
  `entities.first_names_of_retyped_people`).
- "X - real name Y", "X (real name Y)": the stage name, and its surname alone, are Y (`kinds.real_names`).
- "Velkomart in St Arvel's" + "Green Market": the saint's place is one name, the firm before "in"
  another (`entities._saints_cut_at_possessive`).
- "Velt Lab" + "for Mobile Communications", "Group on Fishing" + "and Farming": a body's remit of
  capitalised common words is part of its name (`entities.bodies_with_remits`).
- "QRV" after "QRV Investors": "investors" is a firm's last word (`kinds.COMPANY_WORDS`, read by
  `kinds.short_forms`); "Disney" is the Walt Disney Company (data/organisations.toml).
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from belreader.nlp import analyze

from nlp_util import make_article


def _ids(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in analyze(make_article(text)).mentions:
        found.setdefault(m.text, set()).add(m.entity_id)
    return found


def test_a_short_form_and_the_full_first_name_with_one_surname_are_one_person() -> None:
    ids = _ids("Dave Pellow, the new coach, starts in May. Later David Pellow said he was ready.")
    assert ids["Dave Pellow"] == ids["David Pellow"], ids


def test_a_full_first_name_alone_is_the_one_person_named_by_its_short_form() -> None:
    ids = _ids(
        'Dave Hurley has left Tarbury. "David has been a fine captain," said coach Ian Venn. Hurley joined in 1998.'
    )
    assert ids["David"] == ids["Dave Hurley"], ids


def test_a_first_name_alone_two_people_named_before_carry_stays_apart() -> None:
    ids = _ids(
        "David Marsh, chief executive of Velt Athletics, said the choice was good. Dave Pellow, the coach, "
        'agreed. "I believe David will do well," said Mr Marsh. David Pellow starts in May.'
    )
    assert ids["David"] != ids["David Marsh"] and ids["David"] != ids["Dave Pellow"], ids


def test_two_different_first_names_with_one_surname_stay_two_people() -> None:
    ids = _ids("Tom Pellow won the race. His brother Sam Pellow was second.")
    assert ids["Tom Pellow"] != ids["Sam Pellow"], ids


def test_a_first_name_alone_of_one_person_is_still_merged() -> None:
    ids = _ids("David Marsh won the race in Tarbury. David said he was tired.")
    assert ids["David"] == ids["David Marsh"], ids


def test_a_first_name_alone_is_the_person_it_starts_before_one_its_short_form_starts() -> None:
    ids = _ids(
        "Steve Marsh wants to buy Velt Rovers. Steven Pellow, the captain, may leave. "
        "Steve said he would pay. Steven said he would stay."
    )
    assert ids["Steve"] == ids["Steve Marsh"] and ids["Steven"] == ids["Steven Pellow"], ids


def test_a_stage_name_before_a_dash_and_real_name_is_that_person() -> None:
    ids = _ids("The suit names rapper Tom Velly - real name Ian Broadwick - and two friends. Velly denies it.")
    assert ids["Tom Velly"] == ids["Ian Broadwick"] == ids["Velly"], ids


def test_a_stage_name_before_a_bracketed_real_name_is_that_person() -> None:
    ids = _ids("Rapper Tom Velly (real name Ian Broadwick) was not in court.")
    assert ids["Tom Velly"] == ids["Ian Broadwick"], ids


def test_a_name_before_a_dash_and_no_real_name_stays_apart() -> None:
    ids = _ids("The suit names rapper Tom Velly - his lawyer Ian Broadwick said - and two friends.")
    assert ids["Tom Velly"] != ids["Ian Broadwick"], ids


def test_a_saints_place_cut_at_its_possessive_and_run_into_the_name_before_is_two_names() -> None:
    text = "Tickets sold out at Velkomart in St Arvel's Green Shopping Centre on Monday."
    ids = resolved(text, [("Velkomart in St Arvel's", "PLACE"), ("Green Shopping Centre", "ORG")])
    assert ids.get("St Arvel's Green Shopping Centre", ("", ""))[1] == "PLACE", ids
    assert "Velkomart" in ids, ids


def test_a_saints_possessive_left_out_of_the_span_is_inside_the_name() -> None:
    text = "The fair was held at St Arvel's Green Market in May."
    ids = resolved(text, [("St Arvel", "PLACE"), ("Green Market", "ORG")])
    assert "St Arvel's Green Market" in ids, ids


def test_a_saints_possessive_before_a_person_stays_apart() -> None:
    text = "St Arvel's Tom Pellow scored twice."
    ids = resolved(text, [("St Arvel's", "ORG"), ("Tom Pellow", "PERSON")])
    assert ids.get("Tom Pellow", ("", ""))[1] == "PERSON", ids


def test_a_labs_remit_the_model_tagged_apart_is_part_of_its_name() -> None:
    text = "The Velkor Sino Lab for Mobile Communications said speeds would rise."
    ids = resolved(text, [("Velkor Sino Lab", "PERSON"), ("Mobile Communications", "ORG")])
    assert ids.get("Velkor Sino Lab for Mobile Communications", ("", ""))[1] == "ORG", ids


def test_a_groups_remit_cut_at_and_is_one_name() -> None:
    text = "A report by the Parliamentary Group on Fishing and Farming said the rules were weak."
    ids = resolved(text, [("Parliamentary Group on Fishing", "ORG"), ("Farming", "PLACE")])
    assert ids.get("Parliamentary Group on Fishing and Farming", ("", ""))[1] == "ORG", ids


def test_a_body_and_another_body_after_and_stay_two() -> None:
    text = "Officials from the Department of Health and Foreign Office met on Monday."
    ids = resolved(text, [("Department of Health", "ORG"), ("Foreign Office", "ORG")])
    assert "Department of Health and Foreign Office" not in ids, ids


def test_a_body_and_a_place_after_for_stay_two() -> None:
    text = "The Velt Council for Tarland met Ann Pell."
    ids = resolved(text, [("Velt Council", "ORG"), ("Tarland", "PLACE"), ("Ann Pell", "PERSON")])
    assert "Velt Council for Tarland" not in ids, ids


def test_a_firms_first_word_alone_is_the_investors_firm_it_starts() -> None:
    text = "Tarn Holdings will sell its casinos to QRV Investors. QRV holds a 22% stake in Tarn Holdings."
    ids = resolved(text, [("Tarn Holdings", "ORG"), ("QRV Investors", "ORG"), ("QRV", "ORG")])
    assert ids["QRV"][0] == ids["QRV Investors"][0], ids


def test_disney_alone_is_the_walt_disney_company() -> None:
    text = "The suit names The Walt Disney Company. Disney said the claims had no merit."
    ids = resolved(text, [("The Walt Disney Company", "ORG"), ("Disney", "ORG")])
    assert ids["Disney"][0] == ids["Walt Disney Company"][0] == "walt-disney-company", ids


def test_a_venue_and_a_day_after_on_stay_apart() -> None:
    text = "The Lakers beat the Suns at the Velt Centre on Wednesday."
    ids = resolved(text, [("Lakers", "ORG"), ("Suns", "ORG"), ("Velt Centre", "PLACE"), ("Wednesday", "DATE")])
    assert "Velt Centre on Wednesday" not in ids, ids
