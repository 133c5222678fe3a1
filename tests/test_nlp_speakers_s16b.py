"""Speakers written as a description, resolved to whom the article calls so (session 16b), on
sentences written for the purpose (none copied from any corpus). A wrong speaker is worse than none.

- "according to the watchdog", "the regulator said": the organisation the article calls a
  watchdog ("the media watchdog Ofcal", "Ofcal, the media watchdog"), never the organisation
  named last because it is the one named last; nobody when the article calls two so.
- "the charity's director said", "the group's chief executive said": the one person named in the
  paragraph before with that office ("Its director, Jo Lemmer,").
"""

from __future__ import annotations

from nlp_util import speaker_of

# "the watchdog": the organisation the article calls so

FINE = (
    "Phone firm fined\n\n"
    "Grobco Mobile has been fined £2m for misleading customers about the cost of its calls. "
    "The media watchdog Ofcal said the firm had broken the rules on pricing. "
    "Grobco Mobile said it would appeal against the fine. It has 4 million customers. "
    "Complaints about calls have doubled in a year, according to the watchdog."
)


def test_the_watchdog_is_the_organisation_called_the_watchdog() -> None:
    assert speaker_of(FINE, "Complaints about calls") == "ofcal"


def test_the_regulator_is_not_the_company_named_last() -> None:
    text = (
        "Power firm fined\n\n"
        "Energy regulator Tarwen said Grobco Power had overcharged customers. "
        "Grobco Power said it would repay them. It supplies 2 million homes. "
        "The overcharging went on for three years, the regulator said."
    )
    assert speaker_of(text, "The overcharging went on") == "tarwen"


def test_the_watchdog_is_nobody_when_two_organisations_are_called_so() -> None:
    text = FINE.replace(
        "Grobco Mobile said it",
        "The advertising watchdog, the Adwatch Authority, is also looking at the case. Grobco Mobile said it",
    )
    assert speaker_of(text, "Complaints about calls") is None


# "the charity's director": the person the paragraph before names with that office

CHARITY = (
    "Charity warns on cuts\n\n"
    "The Tarbury Trust has warned that cuts will hurt families. Its director, Jo Lemmer, said the "
    "government had ignored the poor.\n\n"
    "The number of families in need had doubled since 2001, the charity's director said."
)


def test_the_charitys_director_is_the_director_named_before() -> None:
    assert speaker_of(CHARITY, "The number of families") == "jo-lemmer"


def test_the_groups_chief_executive_is_the_chief_executive_named_before() -> None:
    text = (
        "Paint maker grows\n\n"
        "Grobco Holdings chief executive Tom Pell said profits had risen. The firm makes paint.\n\n"
        "Sales grew by 10% in the year, the group's chief executive said."
    )
    assert speaker_of(text, "Sales grew by 10%") == "tom-pell"
