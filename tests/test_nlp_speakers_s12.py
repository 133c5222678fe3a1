"""Speaker resolution patterns of session 12, on sentences written for the purpose (none copied
from any corpus):

- "For analyst X, ...", "But for X, a director at Y, ...", "In X's view, ...": a frame that
  gives the opinion after it to X makes X whom the sentence is about, so a "he said" that
  follows continues with X; "For X the ..." with no comma is no such frame.
- "the home secretary said": the one person the same article writes with that title, directly
  before the name ("Home Secretary X") or in apposition ("The country's new president, X,");
  a qualified title is another office ("Shadow home secretary X", "former president X"), and
  a verb between a description and a name gives no title ("The premier praised Mr X").
- "The presenter said" in a report whose lead is "TV host X": a profession describes the lead
  (a host is a presenter), when every other person named there carries another title.
- "The commission, an independent body, had been asked ... But it said ...": "it" is the
  organisation the description opening the sentence before names, not one that spoke earlier.
- "... the Ruritanian government has taken control of ... It said ...": a sentence about another
  organisation stands between the firm that spoke and "it", which stays unresolved ("The
  organisation has ..." may be the firm itself).
- "Lord of the Rings director X has said ... The Oscar winner said ...": a long title before a
  name still makes X the sentence's subject; an achievement with its event ("the Oscar winner",
  "the Sydney Olympic gold medallist") and a two-word nationality ("the New Zealander", after
  their own quote) describe the person who just spoke or opened the sentence before.
- a pronoun or a description is never resolved to a person the claim's own reported content
  names ("The premier insisted Mr X would have a key role": not X).
A wrong speaker is worse than none: where two candidates fit, the speaker stays unresolved."""

from __future__ import annotations

import pytest

from nlp_util import speaker_of

RESOLVED = {
    # a stance frame with a title before the name, then "he said" after the quote
    "for-analyst": (
        "Phones\n\nRivals have launched cheaper handsets and a music service called Tunebox. "
        "For Midland Research analyst Tom Pell, the firm's launch came too late. "
        '"They waited a year for nothing," he said.',
        "They waited a year",
        "tom-pell",
    ),
    # "But for X, an apposition, ...": the second frame takes over from the first person
    "but-for-with-apposition": (
        "Phones\n\nFor analyst Tom Pell, the firm's launch came too late. "
        '"They waited a year for nothing," he said. '
        "But for Jim Bell, a research director at a consultancy, the timing hardly matters. "
        '"Buyers want the brand," he said.',
        "Buyers want the brand",
        "jim-bell",
    ),
    # "In X's view, ..." and a pronoun opening the next sentence
    "in-his-view": (
        "Phones\n\nRivals have launched cheaper handsets this winter. "
        "In Tom Pell's view, the firm's launch came too late. "
        "He believes the brand will survive anyway.",
        "the brand will survive",
        "tom-pell",
    ),
    "in-the-view-of": (
        "Phones\n\nRivals have launched cheaper handsets this winter. "
        "In the view of analyst Tom Pell, the firm's launch came too late. "
        "He believes the brand will survive anyway.",
        "the brand will survive",
        "tom-pell",
    ),
}


@pytest.mark.parametrize("name", sorted(RESOLVED))
def test_resolved(name: str) -> None:
    text, start, expected = RESOLVED[name]
    assert speaker_of(text, start) == expected


NOT_THIS = {
    # no comma after the name: "For Tom Pell the ..." is no frame
    "no-comma": (
        "Derby\n\nJim Bell said the club had let its supporters down. "
        "For Tom Pell the defeat was hard to take after a long season. "
        '"It was a poor day for all of us," he said.',
        "It was a poor day",
        "tom-pell",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_THIS))
def test_not_the_framed_name(name: str) -> None:
    text, start, wrong = NOT_THIS[name]
    assert speaker_of(text, start) != wrong


TITLED = {
    # the title in apposition before the name, then "the president" later
    "apposition-before": (
        "Amnesty\n\nThe country's new president, Tom Pell, has offered a tax amnesty. "
        "Ministers will debate it next week.\n\n"
        'The plan drew protests in the capital. "Nobody should fear the tax office," the president told MPs.',
        "Nobody should fear",
        "tom-pell",
    ),
    # the holder, not the shadow: "the home secretary" is Jim Bell, never Tom Pell
    "shadow-is-another-office": (
        "Police\n\nHome Secretary Jim Bell has promised more police officers. "
        "Shadow home secretary Tom Pell welcomed the plan but asked how it would be paid for.\n\n"
        "Later the home secretary said the money would come from savings.",
        "the money would come",
        "jim-bell",
    ),
}


@pytest.mark.parametrize("name", sorted(TITLED))
def test_titled(name: str) -> None:
    text, start, expected = TITLED[name]
    assert speaker_of(text, start) == expected


NOT_TITLED = {
    # the only titled holder is the shadow: "the home secretary" is someone else
    "only-the-shadow": (
        "Police\n\nThe government has promised more police officers. "
        "Shadow home secretary Tom Pell welcomed the plan but asked how it would be paid for.\n\n"
        "Later the home secretary said the money would come from savings.",
        "the money would come",
        "tom-pell",
    ),
    # "former president X" is not "the president"
    "former-president": (
        "Amnesty\n\nA tax amnesty is planned for those who hid money under former president Tom Pell.\n\n"
        'Ministers will debate it next week. "Nobody should fear the tax office," the president told MPs.',
        "Nobody should fear",
        "tom-pell",
    ),
    # a verb between the description and the name: "the premier praised Mr X" is no title of X
    "verb-between": (
        "Campaign\n\nThe party has set out its plans for a third term. "
        "The premier praised Mr Bell warmly on Tuesday.\n\n"
        "Later the premier said the campaign would be tough.",
        "the campaign would be tough",
        "bell",
    ),
    # two people hold the title: which one is not guessed
    "two-holders": (
        "Derby\n\nRovers striker Tom Pell scored twice and City striker Jim Bell once.\n\n"
        'The referee sent off two players. "It was a fair result," the striker said.',
        "It was a fair result",
        "tom-pell",
    ),
}


@pytest.mark.parametrize("name", sorted(NOT_TITLED))
def test_not_titled(name: str) -> None:
    text, start, wrong = NOT_TITLED[name]
    assert speaker_of(text, start) != wrong


def test_not_the_person_the_content_names() -> None:
    text = (
        "Campaign\n\nJim Bell has set out the party's plans for a third term. "
        "The premier insisted Mr Bell would have a key role in the campaign."
    )
    assert speaker_of(text, "Mr Bell would have") is None


def test_a_named_speaker_inside_a_quote_span_stays() -> None:
    text = (
        "Phones\n\nTom Pell runs a recycling firm in Leeds. "
        '"People hand old phones back," said Mr Pell, "but few know where they go."'
    )
    assert speaker_of(text, '"People hand old phones') == "tom-pell"


def test_the_presenter_is_the_lead_host() -> None:
    text = (
        "Stroke\n\nVeteran TV host Tom Pell is in hospital after a mild stroke. "
        "Pell is due to present the New Year show, as he has for 20 years. "
        "The presenter said he hoped to be well in time."
    )
    assert speaker_of(text, "he hoped to be well") == "tom-pell"


def test_the_presenter_not_guessed_beside_an_untitled_person() -> None:
    text = (
        "Stroke\n\nTom Pell is in hospital after a mild stroke. "
        "Pell had dinner with Jim Bell on Friday. "
        "The presenter said he hoped to be well in time."
    )
    assert speaker_of(text, "he hoped to be well") is None


def test_it_after_a_sentence_about_another_organisation() -> None:
    text = (
        "Sentencing\n\nThe Sentencing Commission has published its review of murder law. "
        "The Justice Office said the law would not change and argued judges had enough freedom. "
        "The commission, a body of judges and lawyers, had been asked to look at the law. "
        "But it said its ideas would not work without a wider review."
    )
    assert speaker_of(text, "its ideas would not work") == "sentencing-commission"


def test_it_after_a_sentence_about_a_government() -> None:
    text = (
        "Land\n\nGrobco Holdings said it had owned the farm since 1920. "
        "The company said the farm employs 300 workers.\n\n"
        "Under President Tom Pell, the Ruritanian government has taken control of many farms. "
        "It said all mining contracts would be examined."
    )
    assert speaker_of(text, "all mining contracts") is None


def test_it_after_the_organisation_described_generically() -> None:
    text = (
        "Land\n\nGrobco Holdings said it had owned the farm since 1920. "
        "The organisation has found itself in trouble with tax officials. "
        "It said all its taxes had been paid."
    )
    assert speaker_of(text, "all its taxes") == "grobco-holdings"


def test_the_award_winner_after_a_long_title() -> None:
    text = (
        "Sequel\n\nLord of the Rings director Tom Pell has said a sequel is years away.\n\n"
        "The Oscar winner said on a visit to Perth that the studio wanted it. "
        '"It will take a lot of lawyers in a room," said the New Zealander.'
    )
    assert speaker_of(text, "the studio wanted it") == "tom-pell"
    assert speaker_of(text, "It will take a lot") == "tom-pell"


# "the Tory MP for X and Y admitted": an office whose prepositional phrase names a constituency
# (the model may type its names as people) is a person described, never the party or the places;
# opening its sentence after one where only Farrant is named, it is Farrant (described.py)


def test_an_mp_described_by_constituency_is_not_the_constituency_nor_the_party():
    text = (
        "Courts bill\n\n"
        "Former minister Peter Farrant, whose uncle served as a judge, said the plan was "
        '"largely pointless". But the Tory MP for Lowfield and East Brackley admitted the '
        'system "cannot be frozen in time".'
    )
    assert speaker_of(text, "the plan was") == "peter-farrant"
    assert speaker_of(text, "the system") == "peter-farrant"


def test_an_mp_named_with_the_constituency_in_apposition_still_speaks():
    text = (
        "Courts bill\n\n"
        "Peter Farrant, the Labour MP for Lowfield and East Brackley, said the change "
        '"cannot be rushed through" by ministers.'
    )
    assert speaker_of(text, "the change") == "peter-farrant"
