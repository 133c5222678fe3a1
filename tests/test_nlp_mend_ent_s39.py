"""Session 39 round 2, me39: mends of the entity rules the review REVIEW_entities39 found wrong.

- A bare "Treasury" is another nation's only where that nation's body is named in full before every
  bare mention (`entities._other_nations_same_body`); "the Treasury" is the bare word.
- A short and a full first name of one surname are two people where the sexes differ ("Chris" is
  Christopher's and Christine's) or a word of kin comes before either (`entities._kin_apart`).
- A saint's possessive joins the next span only where that opens with a saint's place noun ("St
  Arvel's Green Market"), never a name of its own ("Velt Museum") (`entities._saints_cut_at_possessive`).
- A remit is no performers' company or theatre ("for Velt National Opera") (`entities._a_remit`).
- "Walt Disney" is no alias of the firm; "Walt Disney World" is a venue (data tables).
- A built place's last word after a first name ("Tom Towers", "Ann Square") is a person's
  surname (`kinds.label_from_words`, one vocabulary `_PLACE_LAST_WORDS`).
- A counted plural before a noun or in a list of names ("the two Saints fans", "both Saracens and
  Wasps") is a name (`kinds.not_names`).
- A first name alone is the one person who writes it out, before one its short form starts ("David"
  after "Dave Pellow" and "David Marsh"), as the comment of `entities.assign_ids` now says.
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


def _labels(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for m in analyze(make_article(text)).mentions:
        found.setdefault(m.text, set()).add(m.label)
    return found


# --- 1. the Treasury of a home story -------------------------------------------------------------


def test_a_bare_treasury_written_before_another_nations_is_the_tables() -> None:
    text = (
        "Chancellor Ann Velt said Treasury officials would borrow £5bn more this year. She will discuss "
        'the dollar at the US Treasury in Washington on Friday. "We are confident," a Treasury spokesman said.'
    )
    result = analyze(make_article(text))
    bare = {m.entity_id for m in result.mentions if m.text == "Treasury"}
    assert bare == {"hm-treasury"}, bare
    assert [c.speaker_id for c in result.claims if c.speaker == "a Treasury spokesman"] == ["hm-treasury"]


def test_a_bare_treasury_after_the_us_treasury_named_first_is_still_the_us_one() -> None:
    ids = _ids('The U.S. Treasury will sell more bonds next week. "We are sure," a Treasury spokesman said.')
    assert ids["Treasury"] == {"us-treasury"}, ids


# --- 2. kin and sex keep a short and a full first name apart --------------------------------------


def test_a_husband_and_his_wife_of_one_surname_stay_two_people() -> None:
    ids = _ids('Chris Pellow and his wife Christine Pellow run the farm. "We are worried," said Christine Pellow.')
    assert ids["Chris Pellow"] != ids["Christine Pellow"], ids


def test_a_short_form_of_either_sex_joins_its_full_name_without_a_word_of_kin() -> None:
    # final read: "Chris" (Christopher's or Christine's) was kept apart from every full name
    ids = _ids('Christopher Pellow runs the farm. "We are worried," said Chris Pellow.')
    assert ids["Chris Pellow"] == ids["Christopher Pellow"], ids


def test_a_father_and_his_son_named_by_a_short_and_a_full_form_stay_two_people() -> None:
    ids = _ids(
        'Dave Pellow, 45, runs the bakery. His son David Pellow, 19, said: "Dad works hard." '
        "Dave Pellow said he was proud."
    )
    assert ids["Dave Pellow"] != ids["David Pellow"], ids


# --- 3. a saint's city before a name of its own ------------------------------------------------


def test_a_saints_city_in_the_possessive_before_a_museum_stays_apart() -> None:
    text = "The tourists visited St Tarbury's Velt Museum on Tuesday."
    ids = resolved(text, [("St Tarbury", "PLACE"), ("Velt Museum", "ORG")])
    assert "St Tarbury" in ids and "Velt Museum" in ids, ids


def test_a_saints_club_in_the_possessive_before_its_ground_stays_apart() -> None:
    text = "The board of St Arvelstone's Pellow Park met on Monday."
    ids = resolved(text, [("St Arvelstone", "ORG"), ("Pellow Park", "PLACE")])
    assert "St Arvelstone" in ids and "Pellow Park" in ids, ids


# --- 4. a remit is no company of its own --------------------------------------------------------


def test_a_council_before_for_and_an_opera_company_are_two_bodies() -> None:
    text = "The Arts Council for Velt National Opera said funding would rise."
    ids = resolved(text, [("Arts Council", "ORG"), ("Velt National Opera", "ORG")])
    assert "Arts Council" in ids and "Velt National Opera" in ids, ids
    text = "The Arts Council for English National Opera said funding would rise."
    ids = resolved(text, [("Arts Council", "ORG"), ("English National Opera", "ORG")])
    assert "English National Opera" in ids, ids


# --- 5. Walt Disney the man, Walt Disney World the park -------------------------------------------


def test_walt_disney_the_man_is_no_company() -> None:
    ids = resolved(
        "Walt Disney, who drew the mouse, died in 1966. His nephew Roy Disney later ran the company.",
        [("Walt Disney", "PERSON"), ("Roy Disney", "PERSON")],
    )
    assert ids["Walt Disney"][0] != "walt-disney-company", ids


def test_walt_disney_world_is_one_place() -> None:
    ids = _ids("Walt Disney World in Florida will close early on Monday, the Walt Disney Company said.")
    assert "Walt Disney World" in ids and "Walt Disney" not in ids, ids


# --- 6. a surname that is a built place's word ----------------------------------------------------


def test_a_person_whose_surname_is_towers_or_square_is_a_person() -> None:
    labels = _labels('"It was huge," said Tom Towers, a witness. Towers said he ran.')
    assert labels["Tom Towers"] == {"PERSON"}, labels
    labels = _labels('"It was loud," said Ann Square, a witness.')
    assert labels["Ann Square"] == {"PERSON"}, labels


def test_a_square_or_towers_without_a_first_name_is_still_a_place() -> None:
    ids = resolved(
        "Crowds gathered in Velt Square and outside Tarn Towers.", [("Velt Square", "ORG"), ("Tarn Towers", "PERSON")]
    )
    assert ids["Velt Square"][1] == ids["Tarn Towers"][1] == "PLACE", ids


def test_a_place_named_after_a_full_name_or_a_hotel_after_a_first_name_is_still_a_place() -> None:
    ids = resolved("The show was held at the Ida Pellow Pavilion.", [("Ida Pellow Pavilion", "PERSON")])
    assert ids["Ida Pellow Pavilion"][1] == "PLACE", ids
    ids = resolved("The gala was held at the Roosevelt Hotel in May.", [("Roosevelt Hotel", "PERSON")])
    assert ids["Roosevelt Hotel"][1] == "PLACE", ids


# --- 7. a counted plural that is a club's name ----------------------------------------------------


def test_a_club_counted_before_a_noun_or_in_a_list_of_names_is_kept() -> None:
    ids = resolved("Police were called after the two Saints fans fought outside the ground.", [("Saints", "ORG")])
    assert "Saints" in ids, ids
    ids = resolved("The union fined both Saracens and Wasps after the brawl.", [("Saracens", "ORG"), ("Wasps", "ORG")])
    assert "Saracens" in ids, ids


def test_a_counted_plural_ending_its_phrase_or_before_another_noun_is_still_dropped() -> None:
    ids = resolved("The Bill passes through the two Houses next month.", [("Houses", "ORG")])
    assert "Houses" not in ids, ids
    ids = resolved(
        "Tom Pell, with four Futures titles last year, is the best.", [("Tom Pell", "PERSON"), ("Futures", "ORG")]
    )
    assert "Futures" not in ids, ids


# --- 8. a first name alone beside an exact and a short-form holder: the exact one (the comment now
# says so; `test_nlp_ent_r2m39_s39` keeps "Steven" after "Steve Marsh" Steven Pellow's)


def test_a_first_name_alone_after_a_short_form_holder_and_an_exact_one_is_the_exact_ones() -> None:
    ids = _ids("Dave Pellow and David Marsh both ran. David won the race easily, officials said.")
    assert ids["David"] == ids["David Marsh"], ids


def test_a_first_name_alone_two_people_write_out_before_it_is_left_open() -> None:
    ids = _ids("David Marsh and Dave Pellow both ran. David won the race. David Pellow was second.")
    assert ids["David"] != ids["David Marsh"] and ids["David"] != ids["Dave Pellow"], ids
