"""Speakers written as a definite description of an entity the article named before, session 21,
on sentences written for the purpose (none copied from any corpus). A wrong speaker is worse than
none, so each rule has its ambiguous case left unresolved.

- "said the 29-year-old", "Scotland's record-breaking scrum-half said": a description of one
  person that is no office is the article's main person when that person opens the sentence
  before as its subject; nobody when another person of the article is given an age too, or the
  article names another person as often.
- "the company estimated" is the article's main company when it spoke last and no other company
  spoke or opened a sentence since (a company named in passing, whom it overtook, is no speaker);
  nobody when another company spoke in between.
"""

from __future__ import annotations

from nlp_util import speaker_of

_TENNIS = (
    "Quennell out of Hobart\n\n"
    "Marla Quennell withdrew from the Hobart International on Tuesday with a wrist injury.\n\n"
    "{opening} was leading 4-2 in the first set against Dana Orrick when she called the trainer. "
    '"My wrist just locked and I could not hold the racket," said the 29-year-old. '
    "Quennell will have a scan on Wednesday.{extra}"
)


def test_an_age_is_the_main_person_opening_the_sentence_before() -> None:
    text = _TENNIS.format(opening="Quennell", extra="")
    assert speaker_of(text, "My wrist just locked") == "marla-quennell"


def test_an_age_is_nobody_when_the_article_is_as_much_about_another() -> None:
    text = _TENNIS.format(opening="Quennell", extra=" Orrick meets Jill Sarno next. Orrick has won twice this year.")
    assert speaker_of(text, "My wrist just locked") is None


def test_an_age_is_nobody_when_another_person_is_given_an_age() -> None:
    text = _TENNIS.format(opening="Quennell", extra=" Orrick, a 29-year-old from Perth, goes on to the next round.")
    assert speaker_of(text, "My wrist just locked") is None


_RUGBY = (
    "Reid injury blow\n\n"
    "Callum Reid looks set to miss the opening two games of the autumn series.\n\n"
    "{owner} record-breaking scrum-half said on Monday he hoped to be fit for the final match in "
    "November. Reid has not played since September. Reid's club coach Rhys Tovey is hopeful."
)


def test_a_position_with_a_team_is_the_main_person() -> None:
    text = _RUGBY.format(owner="Scotland's")
    assert speaker_of(text, "he hoped to be fit") == "callum-reid"


def test_an_office_is_not_taken_for_the_main_person() -> None:
    text = _RUGBY.format(owner="Scotland's").replace("record-breaking scrum-half", "head coach")
    assert speaker_of(text, "he hoped to be fit") is None


_DRUGS = (
    "Veldana buys rivals\n\n"
    "Swiss drug maker Veldana has agreed to buy two smaller rivals for $4bn.\n\n"
    "Veldana, which last month reported record profits, said it had bought all of Orvex. "
    "Veldana said it would save about $150m a year from the purchases. {middle}"
    "The deal will see Veldana's generics unit overtake Kessering Labs as the largest in Europe. "
    "Based on last year's figures the enlarged unit would have sales of more than $6bn, the company estimated."
)


def test_the_company_is_the_main_company_that_spoke_last() -> None:
    text = _DRUGS.format(middle="")
    assert speaker_of(text, "Based on last year") == "veldana"


def test_the_company_is_nobody_when_another_company_spoke_since() -> None:
    text = _DRUGS.format(middle="Kessering Labs said it was not worried by the deal. ")
    assert speaker_of(text, "Based on last year") is None


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


def test_the_firm_is_nobody_when_two_companies_are_named() -> None:
    text = _CARS.format(extra="").replace(
        "helped Dornier Motors", "helped Dornier Motors overtake rival Halvorsen Group and"
    )
    assert speaker_of(text, "of weaker margins") is None


_BRANDS = (
    "Carmaker warns on profits\n\n"
    "Kestrel Motors said its profits would fall this year.\n\n"
    "Kestrel Motors, whose brands include the Hansa Group and Vinter Corporation in Europe, is due to report its results "
    "on 19 January. It said it would {verb} a payout of $2 per share this year."
)


def test_it_is_the_subject_not_an_organisation_in_its_relative_clause() -> None:
    text = _BRANDS.format(verb="deliver")
    assert speaker_of(text, "it would deliver a payout") == "kestrel-motors"


def test_it_is_nobody_when_the_other_organisation_is_in_the_main_clause() -> None:
    text = _BRANDS.format(verb="deliver").replace(
        "whose brands include the Hansa Group and Vinter Corporation in Europe, is due",
        "is due to meet Corvan Holdings and",
    )
    assert speaker_of(text, "it would deliver a payout") is None


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
