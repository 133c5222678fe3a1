"""Speaker resolution patterns of session 13b, on sentences written for the purpose (none
copied from any corpus):

- "the French coach" is the one person the article titles "France coach": a nationality word
  of the description matches the country the title names; never when two people carry that
  title, or the title names another country.
- "Frenchman X", "Spaniard X" tagged as one name (even an organisation): the noun for a person
  from a country is cut off and the name is a person; an adjective ("French Open") stays.
- "Toulon centre X": a club and a lower-case position before a name, taken as one name, are cut
  off; a lower-case word that is no position ("University of East Anglia") stays.
- "the 21-year-old" after a sentence that names only its subject is that subject, even when
  another person spoke before it.
- "Pieter van" + "den Heever" the model cut apart: one person's name.
A wrong speaker is worse than none: where two candidates fit, the speaker stays unresolved."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from nlp_util import speaker_of


def test_a_nationality_description_is_the_person_titled_with_its_country() -> None:
    text = (
        "Rugby\n\nFrance coach Marc Duvalier thinks his side can win on Saturday. "
        "Lock Tom Abel trained with the squad in Lyon on Monday.\n\n"
        '"We will travel with confidence and no fear," said the French coach.'
    )
    assert speaker_of(text, "We will travel") == "marc-duvalier"


def test_two_coaches_of_that_country_leave_it_unresolved() -> None:
    text = (
        "Rugby\n\nFrance coach Marc Duvalier thinks his side can win on Saturday. "
        "France coach Paul Mercier of the women's team agreed.\n\n"
        '"We will travel with confidence and no fear," said the French coach.'
    )
    assert speaker_of(text, "We will travel") is None


def test_a_coach_of_another_country_is_not_the_french_coach() -> None:
    text = (
        "Rugby\n\nItaly coach Marc Duvalier thinks his side can win on Saturday. "
        "The squad trained in Rome on Monday.\n\n"
        '"We will travel with confidence and no fear," said the French coach.'
    )
    assert speaker_of(text, "We will travel") is None


def test_a_nationality_noun_glued_to_a_name_is_cut_off_and_the_name_is_a_person() -> None:
    text = "Frenchman Pascal Ouvrard beat Spaniard Luis Terradas in the final. Ouvrard was pleased."
    found = resolved(text, [("Frenchman Pascal Ouvrard", "ORG"), ("Spaniard Luis Terradas", "PERSON")])
    assert found["Pascal Ouvrard"] == ("pascal-ouvrard", "PERSON")
    assert found["Luis Terradas"] == ("luis-terradas", "PERSON")
    assert "Frenchman Pascal Ouvrard" not in found


def test_a_nationality_adjective_before_a_name_is_not_cut() -> None:
    # "French Open" is a name of its own: only the noun for a person ("Frenchman") is cut
    found = resolved("He won the French Open Series last year.", [("French Open Series", "ORG")])
    assert found == {"French Open Series": ("french-open-series", "ORG")}


def test_a_club_and_a_position_glued_before_a_name_are_cut_off() -> None:
    text = "Toulon centre Jean-Marc Aubry and Leeds striker Tom Bayliss were named on Monday."
    found = resolved(text, [("Toulon centre Jean-Marc Aubry", "PERSON"), ("Leeds striker Tom Bayliss", "ORG")])
    assert found["Jean-Marc Aubry"] == ("jean-marc-aubry", "PERSON")
    assert found["Tom Bayliss"] == ("tom-bayliss", "PERSON")


def test_a_lower_case_word_inside_a_name_that_is_no_position_stays() -> None:
    found = resolved("She studied at the University of East Anglia.", [("University of East Anglia", "ORG")])
    assert found == {"University of East Anglia": ("university-of-east-anglia", "ORG")}


def test_an_age_after_a_sentence_naming_only_its_subject_is_that_subject() -> None:
    text = (
        "Tennis\n\nTom Varley won the Perth title, beating Jan Ostrow in the final. "
        '"It was a tough week," said Varley.\n\n'
        "Varley took the first set easily. Ostrow, ranked 140th in the world, reached his first final.\n\n"
        '"I was so nervous before the match," said the 21-year-old.'
    )
    assert speaker_of(text, "I was so nervous") == "jan-ostrow"


def test_a_name_cut_at_its_particles_is_one_person() -> None:
    text = "Lock Pieter van den Heever will miss the game."
    found = resolved(text, [("Pieter van", "PERSON"), ("den Heever", "ORG")])
    assert found == {"Pieter van den Heever": ("pieter-van-den-heever", "PERSON")}
