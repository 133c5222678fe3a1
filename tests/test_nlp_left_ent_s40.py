"""Session 40 entity rules left by session 39 (TASK_left40e); invented sentences and names. Each
positive test failed on 0255f086.

- One home per concept: a word of kin or role right before a name (`people.word_before_name`, for
  entities' "his wife Christine Pell" and claims.context's "her father, Murray") and where a
  sentence, a paragraph, a quote or a bracket opens (`kinds.SENTENCE_OPENING`, for kinds,
  single_names and entities).
- A plural a count comes before ("both Houses") is kept as a name in a list only where the next item
  is a name: a person's or a place's, one the table knows, a plural like a side's ("both Saracens
  and Wasps") or a word of no lexicon's; "both Houses and Royal Assent" lists no names.
- A first name and a surname that is a built place's word too ("Ida Bridge") is a person: after a
  word for what a person is the model took in ("Pensioner Ida Bridge"), and where the model typed it
  an organisation with no preposition of place before it ("according to Ida Bridge"); "Tower
  Bridge", "London Bridge", "Ida Pell Square" and "at Victoria Square" stay places.
- A bare "Treasury" after "the US Treasury" is the US body's (the home story's currency count was
  removed in session 40's round 2: the written full name wins, tests/test_nlp_mend_ent_s40.py).
- An outlet's name the table knows with a legal form after it ("ABC Inc") stays apart from the
  outlet (the join where the name is written alone too was removed in round 2, as above).
"""

from __future__ import annotations

import re

from belreader.nlp import analyze, entities, kinds, people, single_names
from belreader.nlp.claims import context

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _labels(text: str, word: str) -> list[str]:
    return [label for t, label, _ in _mentions(text) if t.endswith(word)]


# ---- 1. one home per concept --------------------------------------------------------------------


def test_sentence_opening_has_one_home() -> None:
    assert entities.SENTENCE_OPENING is kinds.SENTENCE_OPENING
    assert single_names.SENTENCE_OPENING is kinds.SENTENCE_OPENING
    for before in ("", "He left. ", 'It fell. "', "(", "x\n", "said: “"):
        assert kinds.SENTENCE_OPENING.search(before), before
    for before in ("the ", "He met ", "Mr "):
        assert not kinds.SENTENCE_OPENING.search(before), before


def test_kin_before_a_name_has_one_home() -> None:
    kin = people.word_before_name(people.KIN_WORDS)
    assert entities._KIN_BEFORE_NAME.pattern == kin.pattern
    assert context._KIN_BEFORE.pattern == people.word_before_name(context.FEMALE_WORDS | context.MALE_WORDS).pattern
    found = kin.search("Her son, ")
    assert found is not None and found.group("owner") == "Her" and found.group("word") == "son"
    found = kin.search("the mother ")
    assert found is not None and found.group("owner") is None
    assert kin.search("the stepson ") is None  # a whole word only
    assert entities._kin_before("His wife, Mrs Pell", 10, comma=True)
    assert not entities._kin_before("His wife Mrs Pell", 9, comma=True)
    assert not entities._kin_before("the wife Mrs Pell", 9)  # no possessive: no relative of one named


def test_kin_word_before_a_name_still_gives_the_sex() -> None:
    text = (
        "Velma Trask, 40, said the plant would close. Her father, Lindqvo Trask, said the town would "
        "suffer. Trask said he had worked there for 30 years."
    )
    result = analyze(make_article(text))
    speakers = {c.speaker for c in result.claims}
    assert "Lindqvo Trask" in speakers or "Trask" in speakers, [(c.speaker, c.content) for c in result.claims]


# ---- 2. a count before a plural, and a list of names ---------------------------------------------


def test_counted_plural_before_capitalised_common_words_is_no_name() -> None:
    text = "The Velton Bill must pass both Houses and Royal Assent before the summer, minister Ana Prell said."
    assert _labels(text, "Houses") == [], _mentions(text)


def test_counted_plural_in_a_list_of_names_is_kept() -> None:
    for text in (
        "Fans of both Saracens and Wasps queued for hours, Jo Tamsin said.",
        "Fans of both Saracens and Exeter queued for hours, Jo Tamsin said.",
    ):
        assert _labels(text, "Saracens") != [], _mentions(text)


# ---- 3. a first name and a surname that is a place's word ----------------------------------------


def test_first_name_and_bridge_is_a_person() -> None:
    for text in (
        "The rent has doubled, according to Grace Bridge.",
        "Residents including Grace Bridge signed the letter.",
        "Pensioner Grace Bridge, 81, signed the letter.",
        "Campaigner Grace Bridge said the fight would go on.",
    ):
        assert _labels(text, "Grace Bridge") == ["PERSON"], (text, _mentions(text))


def test_named_bridges_and_squares_stay_places() -> None:
    for text, name in (
        ("Traffic on Tower Bridge was halted, police said.", "Tower Bridge"),
        ("Traffic on Tower Bridge was halted. London Bridge was shut.", "London Bridge"),
        ("Protesters gathered at Victoria Square on Sunday.", "Victoria Square"),
        ("Stalls filled Ida Pell Square on Sunday, Tom Velt said.", "Ida Pell Square"),
    ):
        assert _labels(text, name) == ["PLACE"], (text, _mentions(text))


def test_first_name_and_place_word_needs_a_first_name() -> None:
    assert kinds.first_name_and_place_word("Ida Bridge")
    assert kinds.first_name_and_place_word("Pensioner Ida Bridge")
    assert not kinds.first_name_and_place_word("Ida Pell Square")
    assert not kinds.first_name_and_place_word("Tower Bridge")
    assert re.search(entities._ON_A_SITE, "a march on ")


# ---- 5. a legal form after an outlet's name ------------------------------------------------------


def test_outlet_with_legal_form_only_stays_apart() -> None:
    found = _mentions("Shares in ABC Inc rose 3% on Monday, Jo Velt said. ABC News will hire staff.")
    ids = {t: entity_id for t, _, entity_id in found}
    assert ids["ABC Inc"] != ids["ABC News"], found


# ---- 4. a bare "Treasury" in a home story that names the US Treasury ------------------------------


def _treasury_ids(text: str) -> set[str]:
    return {entity_id for t, _, entity_id in _mentions(text) if t == "Treasury"}


def test_us_story_with_converted_sums_gives_the_bare_word_to_the_us() -> None:
    text = (
        "The US Treasury will sell $20bn (£10.6bn) of bonds next week. "
        '"We are sure demand will hold," a Treasury spokesman said.'
    )
    assert _treasury_ids(text) == {"us-treasury"}, _mentions(text)
