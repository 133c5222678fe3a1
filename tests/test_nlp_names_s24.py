"""Session 24: a judge's style and the honorifics before initials, from people.py's tables.

- "Mr Justice Corran" is the judge's name as written and shown ("Lord Justice Rix" already was):
  not "Justice Corran"; its identity keeps "Justice", so a namesake of the article stays apart,
  and "Mr" still says "he".
- Initials with full stops join the surname after any honorific of people.HONORIFICS ("Professor
  J. Halloran", "Rev A. Moulder"), not only the few once written in entities.

The model's spans are given by hand (text, label); sentences and names written for the purpose."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved, resolved_mentions

from belreader.nlp.entities import display_name
from belreader.nlp.people import HONORIFICS, JUDGES_STYLES, PEERAGES, gender_of, honorific_words, split_name


def test_a_judges_style_is_shown_whole():
    assert display_name("Mr Justice Corran") == "Mr Justice Corran"
    assert display_name("Mrs Justice Pellow") == "Mrs Justice Pellow"
    assert display_name("Lord Justice Rixley") == "Lord Justice Rixley"
    assert display_name("Mr Corran") == "Corran"  # an honorific alone still goes


def test_a_judges_style_keeps_the_judges_gender():
    assert gender_of(["Mr Justice Corran"], []) == "m"
    assert gender_of(["Mrs Justice Pellow"], []) == "f"


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
    assert words.index("Mrs") < words.index("Mr")  # the longer first in an alternation
    assert set(honorific_words(JUDGES_STYLES)) == {"Mr", "Mrs", "Ms", "Lord", "Lady"}
    assert JUDGES_STYLES <= set(HONORIFICS) | set(PEERAGES)
