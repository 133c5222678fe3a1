"""Speakers that a passage does not settle, session 22, on sentences written for the purpose (none
copied from any corpus). A wrong speaker is worse than none, so each rule leaves the doubtful
case unresolved, and each has its settled case beside it.

- "Jo Bell of campaign group Grobwatch said" is Jo Bell, not Grobwatch.
- "The Grobco Trust (GT) and the Tarbury Society (TS) said" is neither organisation alone.
- "Phone firms refuse to pay because they say ..." is no organisation named before: "they" are the
  firms.
- "she said" after a narration sentence naming another woman ("his wife, ex-dancer Ann") is not
  settled as the woman who spoke before.
"""

from __future__ import annotations

import pytest

from belreader.nlp import claims

from nlp_util import speaker_of

_MEMBER = (
    "Festival deal agreed\n\n"
    "Organisers of the Tarbury festival have agreed to drop two acts after protests.\n\n"
    "Jo Bell of campaign group Grobwatch said they were pleased with the outcome. The festival "
    "opens in June."
)


def _parsed_as_the_organisation(monkeypatch: pytest.MonkeyPatch) -> None:
    """The parser sometimes takes "Jo Bell of group X! said" as X's (X the subject, the person its
    modifier): extraction is made to give the organisation, as it then does."""
    extract = claims.extract_parsed

    def organisation_speaks(*args, **kwargs):  # type: ignore[no-untyped-def]
        drafts = extract(*args, **kwargs)
        for draft in drafts:
            if draft.speaker_id == "jo-bell":
                draft.speaker, draft.speaker_id = "Grobwatch", "grobwatch"
        return drafts

    monkeypatch.setattr(claims, "extract_parsed", organisation_speaks)


def test_a_member_of_an_organisation_is_the_speaker(monkeypatch: pytest.MonkeyPatch) -> None:
    _parsed_as_the_organisation(monkeypatch)
    assert speaker_of(_MEMBER, "they were pleased") == "jo-bell"


def test_a_member_written_after_the_verb_leaves_the_organisation(monkeypatch: pytest.MonkeyPatch) -> None:
    _parsed_as_the_organisation(monkeypatch)
    text = _MEMBER.replace("Jo Bell of campaign group Grobwatch said", "Campaign group Grobwatch said")
    text = text.replace("The festival opens", "Jo Bell of the festival agreed. The festival opens")
    assert speaker_of(text, "they were pleased") == "grobwatch"


def test_an_organisation_alone_stays_the_speaker() -> None:
    text = _MEMBER.replace("Jo Bell of campaign group Grobwatch", "Campaign group Grobwatch")
    assert speaker_of(text, "they were pleased") == "grobwatch"


_JOINED = (
    "Reservoir plan criticised\n\n"
    "Plans for a new reservoir in the valley have been published.\n\n"
    "The Grobland Wildlife Trust (GWT) and Anglers' Conservation Society (ACS) said the scheme would "
    "destroy the river. The consultation closes in May."
)


def test_two_organisations_joined_are_no_one_speaker() -> None:
    assert speaker_of(_JOINED, "the scheme would destroy") is None


def test_one_organisation_with_its_short_form_is_the_speaker() -> None:
    text = _JOINED.replace(" and Anglers' Conservation Society (ACS)", "")
    assert speaker_of(text, "the scheme would destroy") == "grobland-wildlife-trust"


_DIALLERS = (
    "Rogue diallers warning\n\n"
    "Customers are not being warned about rogue diallers, according to the regulator Phonewatch.\n\n"
    "It has had 20,000 complaints this year. {subject} refuse to refund customers because they say "
    "the calls were made. Phonewatch wants earlier warnings."
)


def test_they_after_a_plural_group_in_its_own_sentence_is_no_organisation() -> None:
    text = _DIALLERS.format(subject="Phone firms")
    assert speaker_of(text, "the calls were made") is None


_FILM = (
    "Leader on film\n\n"
    "A documentary about the opposition leader Tom Pell is shown on Sunday.\n\n"
    'Presenter Jane Kirby tells the film-maker that she found him charming. "He was a very kind '
    'man," she said. The film shows Mr Pell at home, playing cards with {company}. Asked if she '
    'wins, she confesses: "Only when he lets me."'
)


def test_she_after_another_woman_named_is_unresolved() -> None:
    text = _FILM.format(company="his wife, ex-dancer Ann")
    assert speaker_of(text, "Only when he lets me") is None


def test_she_after_only_men_named_stays_the_one_who_spoke() -> None:
    text = _FILM.format(company="his son, Harry Pell")
    assert speaker_of(text, "Only when he lets me") == "jane-kirby"


def test_she_after_another_woman_as_a_possessor_stays_the_one_who_spoke() -> None:
    text = _FILM.format(company="his son, Harry Pell").replace("at home, playing", "in Ann Moss's garden, playing")
    assert speaker_of(text, "Only when he lets me") == "jane-kirby"


def test_he_after_an_office_opening_the_sentence_stays_its_holder() -> None:
    text = (
        "Minister defends plan\n\n"
        "Grobland's prime minister Tom Pell has defended his housing plan.\n\n"
        '"We will build more homes than ever," Mr Pell said. The prime minister dismissed claims '
        "from opposition leader Dan Rook that the plan was unfunded. He said the money was there."
    )
    assert speaker_of(text, "the money was there") == "tom-pell"


def test_she_after_another_spelling_of_her_name_stays_her() -> None:
    text = _FILM.format(company="his son, Harry Pell").replace(
        "The film shows", "That was a side of him Ms Kirbey had not seen before. The film shows"
    )
    text = text.replace("The film shows Mr Pell at home, playing cards with his son, Harry Pell. ", "")
    assert speaker_of(text, "Only when he lets me") == "jane-kirby"


_BID = (
    "Exchange bid talk\n\n"
    "Grobco chief executive Tom Bell is preparing a new bid for the Tarbury exchange, the Sunday "
    "Times reported.\n\n"
    "Despite insisting {words} a friendly deal with the Tarbury board, the newspaper said Mr Bell "
    "may take his offer straight to shareholders."
)


def test_a_fronted_participle_about_him_is_not_the_newspaper() -> None:
    text = _BID.format(words="he wants")
    assert speaker_of(text, "he wants a friendly deal") is None


def test_a_fronted_participle_about_something_stays_the_main_subject() -> None:
    text = _BID.format(words="the bid was no threat to")
    assert speaker_of(text, "the bid was no threat") == "sunday-times"


_PANEL = (
    "Inquiry hears from staff\n\n"
    'Jane Kirby, a nurse, told the inquiry she had raised concerns in 2003. "Nobody listened," she '
    "said. The inquiry continues on Monday.\n\n"
    "Ward manager Ruth Dale {verb} that staff had been asked to work double shifts. "
    '"We were exhausted and we told the board so," she said.'
)


def _she_given_the_first_nurse(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction made to give "she said" the woman who spoke in the paragraph before (as it
    sometimes does after a list of names)."""
    extract = claims.extract_parsed

    def first_nurse(*args, **kwargs):  # type: ignore[no-untyped-def]
        drafts = extract(*args, **kwargs)
        for draft in drafts:
            if draft.content.startswith("We were exhausted"):
                draft.speaker, draft.speaker_id = "Jane Kirby", "jane-kirby"
        return drafts

    monkeypatch.setattr(claims, "extract_parsed", first_nurse)


def test_she_after_another_woman_who_spoke_just_before_is_her(monkeypatch: pytest.MonkeyPatch) -> None:
    _she_given_the_first_nurse(monkeypatch)
    assert speaker_of(_PANEL.format(verb="revealed"), "We were exhausted") == "ruth-dale"


def test_she_after_another_woman_named_who_did_not_speak_is_unresolved(monkeypatch: pytest.MonkeyPatch) -> None:
    _she_given_the_first_nurse(monkeypatch)
    assert speaker_of(_PANEL.format(verb="has found"), "We were exhausted") is None


_ADMINISTRATORS = (
    "Games maker for sale\n\n"
    "The games maker Grobco Studios has been put up for sale after running out of cash.\n\n"
    "Grobco Studios called in administrators{firm} on Friday to find a way to save the company. "
    "It spent the weekend going over the accounts and concluded that the only way forward was a sale."
)


def test_it_far_from_its_verb_after_a_firm_named_after_people_is_unresolved() -> None:
    text = _ADMINISTRATORS.format(firm=" Jo Bell & Partners")
    assert speaker_of(text, "the only way forward") is None


def test_it_far_from_its_verb_with_one_organisation_named_is_that_one() -> None:
    text = _ADMINISTRATORS.format(firm="")
    assert speaker_of(text, "the only way forward") == "grobco-studios"
