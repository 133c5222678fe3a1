"""Speakers written as a description of a body or a document the article names, session 20c, on
sentences written for the purpose (none copied from any corpus). A wrong speaker is worse than
none, so each rule has its ambiguous case left unresolved.

- "In new proposals from the Road Safety Council (RSC), the section on cyclists said" is the
  council: a part of a document speaks for the author the sentence's opening gives it; nobody
  when the opening names no author.
- "The MPs found" is the committee "the MPs who make up the Commons Transport Committee" (or
  "MPs on ...") names; nobody when the article says so of two committees.
- "..., leading engineers have warned." as a one-sentence lead is the body the next paragraph's
  first sentence names with "Engineers" in its name as the subject of a verb; nobody when the
  name does not hold the noun.
- "its publisher has said" is the one organisation the article writes as "publisher X" (before
  or after); nobody when it writes two. "the organisers said" is the one organisation named as
  "organisers X" after it, not when organisers were named before (the passage goes on from them).
- "a committee of MPs has said" / "the MPs said" is the one committee the article names and
  reports speaking; nobody when it names two. (Bare "MPs have said" is left a group of people.)
"""

from __future__ import annotations

from nlp_util import speaker_of

_CYCLING = (
    "Cycle lane rules revised\n\n"
    "Plans to make cycle lanes compulsory on new roads have been dropped.\n\n"
    "The Road Safety Council published its first proposals in March after a long consultation. "
    "Motoring groups said the plans would cost too much. "
    "{opening}the section on cyclists said helmets would have to be worn on every main road in the country. "
    "Ministers are expected to respond next month."
)


def test_a_part_of_a_document_is_its_author() -> None:
    text = _CYCLING.format(opening="In new proposals from the Road Safety Council (RSC), ")
    assert speaker_of(text, "helmets would have to be worn") == "road-safety-council"


def test_a_part_of_a_document_with_no_author_given_is_nobody() -> None:
    text = _CYCLING.format(opening="In the new proposals, ")
    assert speaker_of(text, "helmets would have to be worn") is None


_RAIL = (
    "Rail franchise criticised\n\n"
    "The government's handling of the northern rail franchise has been attacked.\n\n"
    "In March the MPs who make up the Commons Transport Committee published a critical report on "
    "the franchise. {extra}"
    'The MPs found the new timetable was "nowhere near ready" for the number of passengers.'
)


def test_the_mps_are_the_committee_they_make_up() -> None:
    text = _RAIL.format(extra="")
    assert speaker_of(text, "the new timetable was") == "commons-transport-committee"


def test_the_mps_are_nobody_when_two_committees_are_made_up_of_them() -> None:
    text = _RAIL.format(extra="Later the MPs on the Public Accounts Committee held hearings of their own. ")
    assert speaker_of(text, "the new timetable was") is None


_BRIDGES = (
    "Warning over bridge repairs\n\n"
    "Thousands of road bridges in the US could need urgent repairs within a decade, leading engineers have warned.\n\n"
    "With repair budgets cut in most states, the {body} (NEA) wants Congress to act. "
    "It said the backlog was growing every year."
)


def test_a_bare_plural_lead_is_the_body_named_with_its_noun_next() -> None:
    text = _BRIDGES.format(body="National Engineers Alliance")
    assert speaker_of(text, "Thousands of road bridges") == "national-engineers-alliance"


def test_a_bare_plural_lead_is_nobody_when_the_body_lacks_its_noun() -> None:
    text = _BRIDGES.format(body="National Infrastructure Alliance")
    assert speaker_of(text, "Thousands of road bridges") is None


_NOVEL = (
    "Fantasy novel to go global\n\n"
    "Author Mary Castlewood's latest novel, The Glass Harbour, is to be published in 30 languages, "
    "its publisher has said.\n\n"
    "The book sold 200,000 copies in its first week in the UK. {extra}"
    "A spokesman for publisher Brightwater Books said translators had already started work."
)


def test_its_publisher_is_the_one_organisation_called_so() -> None:
    text = _NOVEL.format(extra="")
    assert speaker_of(text, "Author Mary Castlewood") == "brightwater-books"


def test_its_publisher_is_nobody_when_two_are_called_so() -> None:
    text = _NOVEL.format(extra="Her previous publisher Harlow Press had turned the book down. ")
    assert speaker_of(text, "Author Mary Castlewood") is None


_FESTIVAL = (
    "Folk festival sells out\n\n"
    "Tickets for the Grobton folk festival have sold out in record time.\n\n"
    "{before}The festival, which takes place in July, sold out two days after the line-up was announced. "
    "However, the organisers said two more bands would be added next week. "
    "Tom Pellow, chief executive of festival organisers Harbourline Events, said demand had been huge."
)


def test_the_organisers_are_the_one_organisation_called_so_after_them() -> None:
    text = _FESTIVAL.format(before="")
    assert speaker_of(text, "two more bands") == "harbourline-events"


def test_the_organisers_called_so_before_are_not_this_rule() -> None:
    text = _FESTIVAL.format(before="Last year organisers Westmoor Promotions moved the festival to a new site. ")
    assert speaker_of(text, "two more bands") != "harbourline-events"


_HOUSING = (
    "MPs attack housing plans\n\n"
    "Plans to build homes on flood plains are reckless, a committee of MPs has said.\n\n"
    "The Rural Housing Select Committee said ministers had ignored advice from engineers. "
    "{extra}New homes should only be built where flood defences were already in place, the MPs said."
)


def test_mps_are_the_one_committee_the_article_reports() -> None:
    text = _HOUSING.format(extra="")
    assert speaker_of(text, "Plans to build homes") == "rural-housing-select-committee"
    assert speaker_of(text, "New homes should only be built") == "rural-housing-select-committee"


def test_mps_are_no_committee_when_the_article_names_two() -> None:
    text = _HOUSING.format(extra="The Public Accounts Committee has also questioned the cost of the scheme. ")
    assert speaker_of(text, "New homes should only be built") is None


def test_bare_mps_in_the_lead_are_left_a_group_of_people() -> None:
    text = _HOUSING.format(extra="").replace("a committee of MPs has said", "MPs have said")
    assert speaker_of(text, "Plans to build homes") is None
