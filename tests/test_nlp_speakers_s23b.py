"""Speakers, session 23 round 2, on sentences written for the purpose (none copied from any
corpus). A wrong speaker is worse than none: each rule leaves the doubtful case unresolved, and
each has its settled case beside it.

- "Our correspondent says" is the one journalist the article named before ("The BBC's Jo Bell in
  Leeds says", "our affairs correspondent Jo Bell"); nobody when it named two or none.
- "An Upper Tarbury official added" is nobody when the article writes Upper Tarbury as a
  territory ("Grobland's Upper Tarbury state"): no place speaks as a body does ("a Kremlin
  source" still speaks for the Kremlin).
- "the industry minister of Grobland's Tarbury state said ... Jo Bellamy said ...": the office is
  the person the next sentence introduces as a speaker.
- "According to a survey by Grobco, Tarbury Research and Acme, ...": a document by several
  bodies is none of them alone.
"""

from __future__ import annotations

from nlp_util import speaker_of

# our correspondent

_OURS = (
    "Film row grows\n\n"
    "Church leaders have attacked a new film about a priest. {named} says the film has sold out in "
    "every cinema in the city. The director said he had no plans to withdraw it. Our correspondent "
    "says that television channels have refused to show its trailer."
)


def test_our_correspondent_is_the_one_journalist_named() -> None:
    text = _OURS.format(named="The BBC's Tom Pellow in Leeds")
    assert speaker_of(text, "television channels have refused") == "tom-pellow"


def test_our_correspondent_titled_so_before() -> None:
    text = _OURS.format(named="Our arts correspondent Tom Pellow")
    assert speaker_of(text, "television channels have refused") == "tom-pellow"


def test_our_correspondent_with_two_journalists_named_is_nobody() -> None:
    text = _OURS.format(named="The BBC's Tom Pellow in Leeds says fans queued, and the BBC's Jo Bellamy")
    assert speaker_of(text, "television channels have refused") is None


def test_our_correspondent_with_no_journalist_named_is_nobody() -> None:
    text = _OURS.format(named="Cinema owner Tom Pellow")
    assert speaker_of(text, "television channels have refused") is None


# an official of a territory

_STATE = (
    "Car plant plan\n\n"
    "Grobco is considering a factory in Grobland. The firm said it had not decided. A minister of "
    "Grobland's {place} state said talks were going well. An {place} official added that a site had "
    "already been chosen."
)


def test_an_official_of_a_territory_is_nobody() -> None:
    assert speaker_of(_STATE.format(place="Upper Tarbury"), "a site had already") is None


def test_an_official_of_a_body_still_speaks_for_it() -> None:
    text = (
        "Talks\n\n"
        "Leaders met in Moscow on Monday. A Kremlin source said the deal was close. The talks resume "
        "next week."
    )
    assert speaker_of(text, "the deal was close") == "kremlin"


# an office, its holder named in the next sentence

_MINISTER = (
    "Car plant plan\n\n"
    "Grobco is considering a factory in Grobland, but said it had not decided. Its comments came "
    "after the industry minister of Grobland's Tarbury state said a team of Grobco officials would "
    "visit next month. {next} said he expected Grobco to sign an agreement."
)


def test_the_office_is_the_person_the_next_sentence_introduces() -> None:
    text = _MINISTER.format(next="Tomas Pellowski")
    assert speaker_of(text, "a team of Grobco officials") == "tomas-pellowski"


def test_the_office_is_nobody_when_the_next_sentence_names_someone_known() -> None:
    text = _MINISTER.replace("Grobco is considering", "Tomas Pellowski said Grobco is considering").format(
        next="Tomas Pellowski"
    )
    assert speaker_of(text, "a team of Grobco officials") != "tomas-pellowski"


def test_the_office_is_nobody_when_the_next_sentence_opens_in_narration() -> None:
    text = _MINISTER.format(next="Officials met Tomas Pellowski, who")
    assert speaker_of(text, "a team of Grobco officials") is None


# a document by several bodies

_SURVEY = (
    "Online sales soar\n\n"
    "Shops had a poor Christmas, analysts said. However, online stores did well. According to a "
    "survey by {makers}, sales surged 25% over the holiday season."
)


def test_a_survey_by_three_bodies_is_none_of_them() -> None:
    text = _SURVEY.format(makers="Grobco Partners & Co, Tarbury Interactive and Acme Ratings")
    assert speaker_of(text, "sales surged") is None


def test_a_survey_by_two_bodies_is_none_of_them() -> None:
    text = _SURVEY.format(makers="Grobco Partners and the Acme Institute")
    assert speaker_of(text, "sales surged") is None


def test_a_survey_by_one_body_is_that_body() -> None:
    text = _SURVEY.format(makers="Grobco Partners")
    assert speaker_of(text, "sales surged") == "grobco-partners"


def test_our_editor_is_the_one_titled_editor() -> None:
    text = _OURS.format(named="BBC arts editor Tom Pellow").replace("Our correspondent", "Our arts editor")
    assert speaker_of(text, "television channels have refused") == "tom-pellow"
