"""Speakers written as a definite description of an entity the article named before, session 21,
on sentences written for the purpose (none copied from any corpus). A wrong speaker is worse than
none, so each rule has its ambiguous case left unresolved.

- "Scotland's record-breaking scrum-half said" (a team's or a place's description of one person)
  is the subject of the sentence before, as "the Sale full-back" is; nobody for "Reid's fellow
  scrum-half" (a person's) or for an office that names someone else ("Scotland's head coach").
- "the firm warned" is the one company the article has named so far; nobody after "a small parts
  firm" or "X's main supplier", or when two companies are named.
- "The study, conducted by consultancy X, found": X; nobody when the apposition gives who
  commissioned it.
- "Shares in Grobco, which is building a stadium in Cardiff, fell after it said": Grobco (a place
  in the relative clause is what it has); nobody when the shares of two are named, or an
  organisation is named in the relative clause.
"""

from __future__ import annotations

from nlp_util import speaker_of

_RUGBY = (
    "Reid injury blow\n\n"
    "Callum Reid looks set to miss the opening two games of the autumn series.\n\n"
    "{owner} record-breaking scrum-half said on Monday he hoped to be fit for the final match in "
    "November. Reid has not played since September. Reid's club coach Rhys Tovey is hopeful."
)


def test_a_position_with_a_team_is_the_main_person() -> None:
    text = _RUGBY.format(owner="Scotland's")
    assert speaker_of(text, "he hoped to be fit") == "callum-reid"


def test_a_position_of_another_person_is_not_the_subject() -> None:
    text = _RUGBY.format(owner="Scotland's").replace("Scotland's record-breaking", "Reid's fellow")
    assert speaker_of(text, "he hoped to be fit") is None


def test_an_office_is_not_taken_for_the_subject() -> None:
    text = _RUGBY.format(owner="Scotland's").replace("record-breaking scrum-half", "head coach")
    assert speaker_of(text, "he hoped to be fit") is None


_CARS = (
    "Carmaker profits up\n\n"
    "Strong sales in Asia helped Dornier Motors lift its profits by a third in 2004, although "
    "the firm warned of weaker margins this year.{extra}"
)


def test_the_firm_is_the_one_company_named_so_far() -> None:
    text = _CARS.format(extra="")
    assert speaker_of(text, "of weaker margins") == "dornier-motors"


def test_the_firm_is_nobody_after_an_unnamed_firm() -> None:
    text = _CARS.format(extra="").replace("helped Dornier Motors", "helped Dornier Motors and a small parts firm")
    assert speaker_of(text, "of weaker margins") is None


def test_the_firm_is_nobody_after_a_supplier_of_the_company() -> None:
    text = _CARS.format(extra="").replace("helped Dornier Motors", "helped Dornier Motors' main supplier")
    assert speaker_of(text, "of weaker margins") is None


def test_the_firm_is_nobody_when_two_companies_are_named() -> None:
    text = _CARS.format(extra="").replace(
        "helped Dornier Motors", "helped Dornier Motors overtake rival Halvorsen Group and"
    )
    assert speaker_of(text, "of weaker margins") is None


_LIBRARY = (
    "Museum visitors go online\n\n"
    "Wireless access is to be offered at the Grantley Museum after a trial.\n\n"
    "The study, {made} by consultancy Harrow Metrics, found that 70% of visitors carried a laptop. "
    "The museum will charge £3 an hour for access."
)


def test_a_study_is_the_author_given_in_apposition() -> None:
    text = _LIBRARY.format(made="conducted")
    assert speaker_of(text, "70% of visitors carried a laptop") == "harrow-metrics"


def test_a_study_is_nobody_when_the_apposition_gives_who_commissioned_it() -> None:
    text = _LIBRARY.format(made="commissioned")
    assert speaker_of(text, "70% of visitors carried a laptop") is None


_SHARES = (
    "Builder shares slump\n\n"
    "Shares in Ostrander Group, {aside}fell by 12% after it said it would make a loss on the contract. "
    "The contract was signed in 2003."
)


def test_it_is_the_organisation_whose_shares_fell_past_its_relative_clause() -> None:
    text = _SHARES.format(aside="which is building the new stadium in Cardiff, ")
    assert speaker_of(text, "it would make a loss") == "ostrander-group"


def test_it_is_nobody_when_the_shares_of_two_are_named() -> None:
    text = _SHARES.format(aside="").replace("Ostrander Group, fell", "Ostrander Group and Barclays fell")
    assert speaker_of(text, "it would make a loss") is None


def test_it_is_nobody_when_an_organisation_is_named_in_the_relative_clause() -> None:
    text = _SHARES.format(aside="which is building a new head office for Barclays, ")
    assert speaker_of(text, "it would make a loss") is None
