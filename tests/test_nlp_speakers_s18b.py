"""Speakers written as descriptions of people, session 18b, on sentences written for the purpose
(none copied from any corpus). A wrong speaker is worse than none.

- "The Grobland Society's Jo Bell said ... The reform group's general secretary told ...": an
  office of an organisation described by its noun ("the group's") is the person the sentence
  before opens with as that organisation's own; not when the office is another organisation's
  ("the rival group's").
- "The Grobton striker signed Jo Bell to his label": a description of a team's player is not a
  person the article writes with another calling and no player's ("soul singer Jo Bell").
- "Jo Bell has launched an attack on ... The Grobland Party leader said": an office qualified by
  a capitalised word that is no place ("the Tory leader") is the person the article is about;
  not an office with no such word ("the chancellor"), nor one someone else is written with.
- "Grobton director of rugby Tom Pellow revealed ...", "Rajiv Menon, Commerce and Industry
  Minister, announced ...": a speaker written as one person's name with titles is that person;
  not "a spokesman for Tom Pellow" nor "sources close to Mr Pellow"; "Fund manager Jo Bell - the
  club's largest investor - said" is Jo Bell too.
"""

from __future__ import annotations

from nlp_util import speaker_of

_REFORM = (
    "Succession rules debated\n\n"
    "Peers are debating a bill to change the rules of succession to the throne.\n\n"
    "Labour peer Lord Penhallow's Succession Bill aims to end the right of male heirs to succeed first. "
    'The Grobland Society\'s Martin Ashworth said the change was "long overdue". '
)


def test_an_office_of_the_organisation_the_person_was_written_with_is_theirs() -> None:
    text = (
        _REFORM + "The reform group's general secretary told the radio programme there were "
        '"very old-fashioned rules" at the heart of the constitution.'
    )
    first = speaker_of(text, "the change was")
    assert first is not None
    assert speaker_of(text, 'there were "very old') == first


def test_an_office_of_a_rival_organisation_is_not_theirs() -> None:
    text = (
        _REFORM + "The rival reform group's general secretary told the radio programme there were "
        '"very old-fashioned rules" at the heart of the constitution.'
    )
    assert speaker_of(text, "the change was") is not None
    assert speaker_of(text, 'there were "very old') is None


def test_a_player_described_is_not_a_person_of_another_calling() -> None:
    text = (
        "Footballer wins court order\n\n"
        "Premiership footballer and record company boss Darren Holcroft has won an injunction "
        "stopping soul singer Marcus Pendleton from releasing an album.\n\n"
        "The Grobton striker signed Pendleton to his label and claims he spent thousands of pounds "
        'producing the album. But Pendleton said "no court is going to stop me".'
    )
    singer = speaker_of(text, "no court")
    assert singer is not None
    assert speaker_of(text, "he spent thousands") != singer


_LEAD = (
    "Pellow attacks housing costs\n\n"
    "Graham Pellow has launched an attack on the cost of the housing system under Tom Ashcroft.\n\n"
)


def test_a_party_office_is_the_person_the_article_is_about() -> None:
    text = (
        _LEAD + "The Grobland Party leader said councils had spent more than £2bn on temporary homes. "
        'Mr Pellow said the system was "out of control".'
    )
    about = speaker_of(text, 'the system was "out of control"')
    assert about is not None
    assert speaker_of(text, "councils had spent") == about


def test_an_office_without_a_party_is_not_guessed() -> None:
    text = (
        _LEAD + "The chancellor said councils had spent more than £2bn on temporary homes. "
        'Mr Pellow said the system was "out of control".'
    )
    assert speaker_of(text, 'the system was "out of control"') is not None
    assert speaker_of(text, "councils had spent") is None


def test_a_party_office_someone_else_is_written_with_is_not_guessed() -> None:
    text = (
        "Pellow attacks housing costs\n\n"
        "Graham Pellow has launched an attack on the cost of the housing system, backed by Independent "
        "leader Sally Brackwell.\n\n"
        "The Grobland Party leader said councils had spent more than £2bn on temporary homes. "
        'Mr Pellow said the system was "out of control".'
    )
    assert speaker_of(text, 'the system was "out of control"') is not None
    assert speaker_of(text, "councils had spent") is None


_MATCH = "Grobton win at home\n\nGrobton beat Tarbury 24-10 on Saturday after a scrappy first half. "


def test_a_name_after_its_titles_is_the_speaker() -> None:
    text = (
        _MATCH + "Grobton director of rugby Tom Pellow revealed that harsh words at half-time had "
        "made the difference. The win lifts the side to third place."
    )
    found = speaker_of(text, "harsh words at half-time")
    assert found is not None and "pellow" in found


def test_a_name_before_its_titles_is_the_speaker() -> None:
    text = (
        "Trade deal signed\n\n"
        "Grobland signed a trade deal with Tarbia on Friday. Rajiv Menon, Commerce and Industry Minister, "
        "announced the decision in the capital following a cabinet meeting."
    )
    found = speaker_of(text, "the decision in the capital")
    assert found is not None and "menon" in found


def test_a_name_someone_speaks_for_is_not_the_speaker() -> None:
    text = (
        _MATCH + "Tom Pellow was sent off in the second half. A spokesman for Tom Pellow said the "
        "player would appeal against the decision."
    )
    found = speaker_of(text, "the player would appeal")
    assert found is None or "pellow" not in found


def test_a_name_with_an_aside_after_a_dash_is_the_speaker() -> None:
    text = (
        "Club shares fall\n\nShares in Grobton Rovers fell sharply on Tuesday.\n\n"
        "Fund manager Peter Halvorsen - Grobton Rovers' largest investor - said he would only invest "
        "more money if he got a seat on the board."
    )
    found = speaker_of(text, "he would only invest")
    assert found is not None and "halvorsen" in found


def test_sources_close_to_a_named_person_are_not_that_person() -> None:
    text = (
        "Party row deepens\n\n"
        "Party leader Damon Fairclough faces a revolt from members in the capital. Mr Fairclough "
        "denied the reports on Monday. Sources close to Mr Fairclough said other members were also "
        "planning to leave."
    )
    found = speaker_of(text, "other members were")
    assert found is None or "fairclough" not in found
