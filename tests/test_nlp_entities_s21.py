"""Session 21: entity precision and merges (issue 11).

- A name spelled out before an acronym the table knows ("the British Chamber of Commerce (BCC)")
  is the table's entity when only a plural or a joining word differs; another body with the
  same letters stays apart.
- A multi-word name that is a longer organisation's name without its last word ("Quarlo
  Electric" after "Quarlo Electric Power") is that organisation; an arm ("X Investments") is not.
- A sponsor's name before a competition ("the Tarlow Six Nations") names the competition.
- A span in lower case ("in midfield") is no name; a body's word keeps one ("defence department").
- "the Bank" after "the Bank of England": an institution's noun after "the" is the one body it begins.
- A league named by its competition's word ("the Premiership") is the competition unless it speaks.
- A competition's group ("Group A") is no body.
- Two spellings of one body that differ by a plural or a joining word ("Institute for/of X") are one.

The model's spans are given by hand (text, label); sentences and names written for the purpose."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved, resolved_mentions


def test_a_spelled_out_name_before_a_known_acronym_is_the_tables_entity():
    text = (
        "Exports will slow, the British Chamber of Commerce (BCC) has said. "
        "The BCC found that orders fell in the quarter."
    )
    ids = resolved(text, [("British Chamber of Commerce", "ORG"), ("BCC", "ORG"), ("BCC", "ORG")])
    assert ids["British Chamber of Commerce"][0] == ids["BCC"][0] == "british-chambers-of-commerce", ids


def test_another_body_with_the_same_letters_stays_apart():
    text = "The Bristol Cycling Club (BCC) said the race would go ahead. The BCC has 300 members."
    ids = resolved(text, [("Bristol Cycling Club", "ORG"), ("BCC", "ORG"), ("BCC", "ORG")])
    assert ids["Bristol Cycling Club"][0] != "british-chambers-of-commerce", ids


def test_a_longer_name_without_its_last_word_is_the_same_company():
    text = (
        "Quarlo Electric Power, the operator of the Norsk dam, said profits doubled. "
        "Quarlo Electric has been expanding its output."
    )
    ids = resolved(text, [("Quarlo Electric Power", "ORG"), ("Quarlo Electric", "ORG")])
    assert ids["Quarlo Electric"][0] == ids["Quarlo Electric Power"][0], ids


def test_a_companys_investment_arm_stays_apart():
    text = (
        "Quarlo Life said it opposed the bid. "
        "Quarlo Life Investments, which owns a stake, said it would vote against it."
    )
    ids = resolved(text, [("Quarlo Life", "ORG"), ("Quarlo Life Investments", "ORG")])
    assert ids["Quarlo Life"][0] != ids["Quarlo Life Investments"][0], ids


def test_a_sponsors_name_before_a_competition_is_left_out():
    text = (
        "Scotland face Italy in the Tarlow Six Nations on Saturday. "
        "Tarlow said its profits rose by 10%, the company said."
    )
    mentions = resolved_mentions(text, [("Tarlow", "ORG"), ("Tarlow", "ORG")])
    starts = [m.start for m in mentions if m.text == "Tarlow"]
    assert starts == [text.index("Tarlow said")], mentions


def test_a_place_before_open_is_the_tournaments_name():
    text = "The US Open champion lost in the first round. Leonard Hale was beaten in straight sets."
    ids = resolved(text, [("US", "PLACE"), ("Leonard Hale", "PERSON")])
    assert "US" not in ids, ids


def test_lower_case_words_are_no_name_but_a_body_in_lower_case_is():
    text = (
        "Igor Pavlenko was outstanding in midfield. "
        "Staff at the defence department are among those affected, Ana Ruiz said."
    )
    ids = resolved(
        text,
        [("Igor Pavlenko", "PERSON"), ("midfield", "PLACE"), ("defence department", "ORG"), ("Ana Ruiz", "PERSON")],
    )
    assert "midfield" not in ids, ids
    assert ids["defence department"][1] == "ORG", ids


def test_an_institutions_noun_after_the_is_the_one_body_it_begins():
    text = (
        "Rates were held by the Bank of Norlund on Thursday. "
        "The Bank said inflation would stay low, Mira Tolsen of Royal Bank of Gantz said."
    )
    ids = resolved(
        text,
        [("Bank of Norlund", "ORG"), ("Bank", "ORG"), ("Mira Tolsen", "PERSON"), ("Royal Bank of Gantz", "ORG")],
    )
    assert ids["Bank"][0] == ids["Bank of Norlund"][0], ids


def test_an_institutions_noun_beside_two_bodies_it_begins_stays_apart():
    text = (
        "Rates were held by the Bank of Norlund and the Bank of Gantz on Thursday. "
        "The Bank said inflation would stay low, Mira Tolsen said."
    )
    ids = resolved(
        text, [("Bank of Norlund", "ORG"), ("Bank of Gantz", "ORG"), ("Bank", "ORG"), ("Mira Tolsen", "PERSON")]
    )
    assert ids.get("Bank", ("",))[0] not in (ids["Bank of Norlund"][0], ids["Bank of Gantz"][0]), ids


def test_a_league_named_by_its_competition_is_the_competition():
    text = "Halden Rovers are top of the Premiership after beating Oswick Town 2-0."
    ids = resolved(text, [("Halden Rovers", "ORG"), ("Premiership", "ORG"), ("Oswick Town", "ORG")])
    assert "Premiership" not in ids, ids


def test_a_league_that_speaks_is_the_body():
    text = "The Premiership said the fixture would be played on Sunday, Halden Rovers confirmed."
    ids = resolved(text, [("Premiership", "ORG"), ("Halden Rovers", "ORG")])
    assert ids["Premiership"][1] == "ORG", ids


def test_a_competitions_group_is_no_body():
    text = "Tarvo Sport qualified from Group A on Saturday, coach Ben Astle said."
    ids = resolved(text, [("Tarvo Sport", "ORG"), ("Group A", "ORG"), ("Ben Astle", "PERSON")])
    assert "Group A" not in ids, ids


def test_two_spellings_that_differ_by_a_joining_word_are_one_body():
    text = (
        "The Institute for Rural Studies said incomes fell. "
        "Tom Varga of the Institute of Rural Studies said the trend would go on."
    )
    ids = resolved(
        text, [("Institute for Rural Studies", "ORG"), ("Tom Varga", "PERSON"), ("Institute of Rural Studies", "ORG")]
    )
    assert ids["Institute for Rural Studies"][0] == ids["Institute of Rural Studies"][0], ids


def test_two_bodies_with_other_words_stay_apart():
    text = "The Institute for Rural Studies said incomes fell. The Institute for Urban Studies disagreed."
    ids = resolved(text, [("Institute for Rural Studies", "ORG"), ("Institute for Urban Studies", "ORG")])
    assert ids["Institute for Rural Studies"][0] != ids["Institute for Urban Studies"][0], ids
