"""Speakers, session 23, on sentences written for the purpose (none copied from any corpus). A
wrong speaker is worse than none: each rule leaves the doubtful case unresolved, and each has its
settled case beside it.

- An office the article ties to one named holder ("London mayor Tom Pellow ... The mayor said")
  is that holder, even when the passage before writes the office as the possessor of a thing
  ("examine the mayor's spending"); a possessor of a person ("the mayor's aide Jo Bell") still
  unsettles it.
- "He added" after "X said that when Y had announced ..." goes on with X, who spoke: a claim
  reported inside another's words is no turn of its own.
- "It added" after "Grobco said ... Tarbury rejected ...": two organisations in reach, the one
  that spoke and the one the sentence before is about: unresolved; it stays with the one that
  is both.
- "The foreign secretary" is not the one person titled so when the passage writes another holder
  of the office ("Grobland's foreign secretary", "the Grobland foreign secretary").
- "The prime minister" is not the one person the article wrote with an office of another field
  ("aid minister Jo Bell"); "the aid minister" is.
- offices.py: the office words' one home, and its subject matcher.
"""

from __future__ import annotations

from belreader.nlp import offices
from belreader.nlp.people import JOB_TITLES

from nlp_util import speaker_of

# an office tied to one named holder; the office written as a possessor of a thing before

MAYOR = (
    "Mayor defends budget\n\n"
    "Grobton mayor Tom Pellow has defended his budget plans. Councillors voted on Monday to examine "
    "the mayor's spending on transport.\n\n"
    "The mayor said he would answer every question. The vote is due on Friday."
)


def test_an_office_possessing_a_thing_leaves_its_holder_the_speaker() -> None:
    assert speaker_of(MAYOR, "he would answer every question") == "tom-pellow"


def test_an_office_possessing_a_person_still_unsettles_the_holder() -> None:
    text = MAYOR.replace("the mayor's spending on transport", "the mayor's aide Tom Rendell on Friday")
    assert speaker_of(text, "he would answer every question") != "tom-rendell"


def test_two_holders_of_the_office_leave_it_unresolved() -> None:
    text = MAYOR.replace(
        "Grobton mayor Tom Pellow has defended his budget plans.",
        "Grobton mayor Tom Pellow and Tarbury mayor Jo Bellamy have defended their budget plans.",
    )
    assert speaker_of(text, "he would answer every question") is None


# another holder of the office in reach

_ENVOYS = (
    "Envoy talks\n\n"
    "Foreign Secretary Tom Pellow met {other} in Leeds on Monday to discuss the row over visas.\n\n"
    "The foreign secretary said the meeting had been useful. Officials expect a deal next week."
)


def test_another_holder_of_the_office_in_reach_leaves_it_unresolved() -> None:
    assert speaker_of(_ENVOYS.format(other="Grobland's foreign secretary"), "the meeting had") is None
    assert speaker_of(_ENVOYS.format(other="the Grobland foreign secretary"), "the meeting had") is None


def test_another_holder_named_beside_the_office_is_never_given() -> None:
    other = "Grobland's foreign secretary, Jo Bellamy,"
    assert speaker_of(_ENVOYS.format(other=other), "the meeting had") != "jo-bellamy"


def test_no_other_holder_leaves_the_one_titled() -> None:
    assert speaker_of(_ENVOYS.format(other="business leaders"), "the meeting had") == "tom-pellow"


# an office of another field

_FIELDS = (
    "Aid row\n\n"
    "Both men spoke of their work with colleagues such as Foreign Secretary Tom Pellow, aid minister "
    "Jo Bellamy and others. The row has run for weeks.\n\n"
    "The {office} denied that the row was real."
)


def test_the_prime_minister_is_not_a_minister_of_another_field() -> None:
    assert speaker_of(_FIELDS.format(office="prime minister"), "the row was real") is None


def test_the_minister_of_the_field_written_is_the_one_named() -> None:
    assert speaker_of(_FIELDS.format(office="aid minister"), "the row was real") == "jo-bellamy"


# a claim reported inside another's words

NESTED = (
    "Agency chief to stay\n\n"
    "The head of the Grobland Benefits Agency will stay in his post until the summer.\n\n"
    "Lib Dem Sir Jim Bellamy, who chairs the Commons benefits committee, said that when Mr Pellow had "
    'announced Mr Rendell was going he got the "clear impression" the agency chief was retiring, '
    "though it had since emerged that was not the case.\n\n"
    'He added his committee was "duty bound" to wait and it would be "premature" to say more.'
)


def test_he_added_goes_on_with_the_one_who_reported_another_claim() -> None:
    assert speaker_of(NESTED, "his committee was") == "jim-bellamy"


def test_he_added_is_nobody_when_the_reporter_is_a_woman() -> None:
    text = NESTED.replace("Sir Jim Bellamy", "Ms Jane Bellamy")
    assert speaker_of(text, "his committee was") is None


_VISIT = (
    "Film row\n\n"
    "The director of the film has defended the script.\n\n"
    "Tom Weller said he had visited {visited}, who had told him that the villain could "
    '"represent any arbitrary establishment". He added: "I have no desire to change the villains."'
)


def test_he_added_after_a_claim_reported_in_a_relative_clause_is_the_reporter() -> None:
    assert speaker_of(_VISIT.format(visited="Jim Pellow"), "I have no desire") == "tom-weller"


def test_she_added_after_a_claim_reported_by_a_man_is_nobody() -> None:
    text = _VISIT.format(visited="Ms Jane Pellow").replace("He added", "She added")
    assert speaker_of(text, "I have no desire") != "jane-pellow"


# "it added" with two organisations in reach

_TAKEOVER = (
    "Airline bid\n\n"
    "Grobco Airways said it had agreed to buy Tarbury Holdings for £2bn. {between}"
    "It added that the deal would create jobs."
)


def test_it_added_after_another_organisation_is_unresolved() -> None:
    text = _TAKEOVER.format(between="Tarbury Holdings rejected an earlier offer in May. ")
    assert speaker_of(text, "the deal would create jobs") is None


def test_it_added_goes_on_with_the_organisation_that_spoke() -> None:
    assert speaker_of(_TAKEOVER.format(between=""), "the deal would create jobs") == "grobco-airways"


def test_it_added_goes_on_with_the_other_organisation_when_it_spoke() -> None:
    text = _TAKEOVER.format(between="Tarbury Holdings said it welcomed the offer. ")
    assert speaker_of(text, "the deal would create jobs") == "tarbury-holdings"


# offices.py


def test_job_titles_are_built_from_the_office_groups() -> None:
    assert {"chancellor", "mayor", "chairwoman", "coach", "former", "striker"} <= JOB_TITLES
    assert not offices.RELIGIOUS_OFFICES & JOB_TITLES  # "Archbishop X" is read by speakers' own list


def test_the_named_sets_differ_where_their_callers_need() -> None:
    assert "archbishop" in offices.RIVAL_SUBJECT_OFFICES and "archbishop" not in offices.SUBJECT_OFFICES
    assert "coach" in offices.SUBJECT_OFFICES and "coach" not in offices.RIVAL_SUBJECT_OFFICES
    assert offices.BOARD_OFFICES == {"chairman", "chairwoman", "director", "executive"}


def test_the_office_subject_matcher() -> None:
    pattern = offices.office_subject(r"[Tt]he\s+(?:[a-z]+\s+){0,2}?([a-z]+)", r"(?:has|said|[a-z]+ed)\b")
    found = pattern.match("Speaking in Leeds, the home secretary has said it")
    assert found is not None and found.group(2) == "secretary"
    assert pattern.match("However the home secretary later warned") is not None
    assert pattern.match("The home secretary's plan has") is None
    assert pattern.match("Tom Pell and the home secretary said") is None
