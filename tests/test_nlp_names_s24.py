"""Session 24: a judge's style and the honorifics before initials, from people.py's tables.

- "Mr Justice Corran" is the judge's name as written and shown ("Lord Justice Rix" already was):
  not "Justice Corran"; its identity keeps "Justice", so a namesake of the article stays apart,
  and "Mr" still says "he".
- Initials with full stops join the surname after any honorific of people.HONORIFICS ("Professor
  J. Halloran", "Rev A. Moulder"), not only the few once written in entities.

The model's spans are given by hand (text, label); sentences and names written for the purpose."""

from __future__ import annotations

import re

from test_nlp_entities_kinds import resolved, resolved_mentions

from belreader.nlp.entities import display_name
from belreader.nlp.people import HONORIFICS, JUDGES_STYLES, PEERAGES, gender_of, honorific_words, split_name
from belreader.nlp.sources import alternation


def test_a_judges_style_is_shown_whole():
    assert display_name("Mr Justice Corran") == "Mr Justice Corran"
    assert display_name("Mrs Justice Pellow") == "Mrs Justice Pellow"
    assert display_name("Lord Justice Rixley") == "Lord Justice Rixley"
    assert display_name("Mr Corran") == "Corran"  # an honorific alone still goes


def test_a_judges_style_keeps_the_judges_gender():
    assert gender_of(["Mr Justice Corran"], []) == "m"
    assert gender_of(["Mrs Justice Pellow"], []) == "f"
    assert gender_of(["Lady Justice Pellow"], []) == "f"  # a peer's style as much as an honorific
    assert gender_of(["Lord Justice Rixley"], []) == "m"


def test_the_judge_and_his_surname_alone_are_one_person():
    text = "The ruling by Mr Justice Corran came on Friday. Corran said the claim was weak."
    mentions = resolved_mentions(text, [("Corran", "PERSON"), ("Corran", "PERSON")])
    assert [m.text for m in mentions] == ["Mr Justice Corran", "Corran"], mentions
    assert mentions[0].entity_id == mentions[1].entity_id, mentions


def test_a_judge_and_a_namesake_of_the_article_stay_apart():
    text = "Mr Justice Corran heard the case on Monday. The claimant, Alan Corran, said he would appeal."
    ids = resolved(text, [("Corran", "PERSON"), ("Alan Corran", "PERSON")])
    assert ids["Mr Justice Corran"][0] != ids["Alan Corran"][0], ids


def test_a_judges_style_needs_a_name_after_it():
    assert split_name("Mr Justice") == ("Mr", "Justice")
    assert split_name("Mr Corran") == ("Mr", "Corran")


def test_initials_join_the_surname_after_any_honorific():
    for honorific in ("Professor", "Rev", "Reverend", "Prof.", "Dr"):
        text = f"The study was led by {honorific} J. Halloran of the institute."
        ids = resolved(text, [("Halloran", "PERSON")])
        assert "J. Halloran" in ids, (honorific, ids)


def test_initials_after_a_capitalised_word_that_is_no_honorific_stay_apart():
    ids = resolved("The side finished top of Pool C. Okafor scored twice.", [("Okafor", "PERSON")])
    assert "Okafor" in ids and "C. Okafor" not in ids, ids


def test_the_honorific_words_come_from_peoples_tables():
    words = honorific_words(HONORIFICS)
    assert {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Rev", "Reverend", "Sir", "Dame"} == set(words)
    found = re.match(alternation(words), "Mrs Pellow")
    assert found is not None and found.group() == "Mrs"  # the longer first in an alternation
    assert set(honorific_words(JUDGES_STYLES)) == {"Mr", "Mrs", "Ms", "Lord", "Lady"}
    assert JUDGES_STYLES <= set(HONORIFICS) | set(PEERAGES)


# --- a one-word person the article names in full (single_names.short_names) -------------------


def test_a_short_form_of_the_first_name_alone_is_the_person_named_in_full():
    text = "Rafael Ortiz picked his side on Friday. The players trust Rafa, said the captain."
    ids = resolved(text, [("Rafael Ortiz", "PERSON"), ("Rafa", "PERSON")])
    assert ids["Rafa"][0] == ids["Rafael Ortiz"][0] == "rafael-ortiz", ids


def test_a_short_form_two_full_names_fit_stays_apart():
    text = "Robert Vane and Roberta Hale met on Friday. Bob was late again, said the host."
    ids = resolved(text, [("Robert Vane", "PERSON"), ("Roberta Hale", "PERSON"), ("Bob", "PERSON")])
    assert ids["Bob"][0] == "robert-vane", ids  # "bob" is Robert's, not Roberta's
    text = "Robert Vane and Robert Hale met on Friday. Bob was late again, said the host."
    ids = resolved(text, [("Robert Vane", "PERSON"), ("Robert Hale", "PERSON"), ("Bob", "PERSON")])
    assert ids["Bob"][0] not in ("robert-vane", "robert-hale"), ids


def test_a_short_form_that_is_another_persons_first_name_stays_apart():
    text = "Steven Marlow and Steve Quint spoke. Later Steve said the plan would work."
    ids = resolved(text, [("Steven Marlow", "PERSON"), ("Steve Quint", "PERSON"), ("Steve", "PERSON")])
    assert ids["Steve"][0] != "steven-marlow", ids


def test_an_honorific_before_the_first_word_of_a_name_written_surname_first():
    text = "The bank's chief executive, Chen Weiming, resigned. Mr Chen said the losses were his fault."
    ids = resolved(text, [("Chen Weiming", "PERSON"), ("Chen", "PERSON")])
    assert ids["Chen"][0] == ids["Chen Weiming"][0], ids


def test_an_honorific_before_a_first_name_whose_surname_the_article_uses_stays_apart():
    text = "Kim Howell chaired the panel. Howell said talks went well, and Mr Kim, the envoy, agreed."
    ids = resolved(text, [("Kim Howell", "PERSON"), ("Howell", "PERSON"), ("Kim", "PERSON")])
    assert ids["Kim"][0] != ids["Kim Howell"][0], ids


# --- initials without full stops ("JM Coetzee") --------------------------------------------------


def test_initials_without_full_stops_join_the_surname():
    text = "The prize went to JM Vantane, whose third novel sold well. Vantane said he was surprised."
    ids = resolved(text, [("Vantane", "PERSON"), ("Vantane", "PERSON")])
    assert "JM Vantane" in ids and ids["Vantane"][0] == ids["JM Vantane"][0] == "jm-vantane", ids


def test_capitals_written_alone_elsewhere_are_no_initials():
    text = "The US said talks would go on. Officials backed the US Marrow plan, said the envoy."
    ids = resolved(text, [("Marrow", "PERSON")])
    assert "US Marrow" not in ids and "Marrow" in ids, ids


def test_an_abbreviated_title_is_no_initials():
    text = "The seat is held by MP Dorran, who said the vote was close."
    ids = resolved(text, [("Dorran", "PERSON")])
    assert "MP Dorran" not in ids and "Dorran" in ids, ids


def test_a_short_form_another_short_form_of_the_same_name_could_carry_stays_apart():
    text = "Robert Kane wrote the song and Robbie Lane sang it. Well done Rob, wrote a fan."
    ids = resolved(text, [("Robert Kane", "PERSON"), ("Robbie Lane", "PERSON"), ("Rob", "PERSON")])
    assert ids["Rob"][0] not in ("robert-kane", "robbie-lane"), ids


def test_an_honorific_before_a_first_name_whose_surname_the_article_writes_with_mr_stays_apart():
    text = "Howell Crane was dropped. Mr Crane said he would fight, but Mr Howell, the party leader, refused."
    ids = resolved(text, [("Howell Crane", "PERSON"), ("Crane", "PERSON"), ("Howell", "PERSON")])
    assert ids["Howell"][0] != ids["Howell Crane"][0], ids


def test_capitals_before_a_full_name_are_no_initials():
    text = "The dinner was hosted by deputy PM Alan Fenwick in November."
    ids = resolved(text, [("Alan Fenwick", "PERSON")])
    assert "Alan Fenwick" in ids and "PM Alan Fenwick" not in ids, ids
