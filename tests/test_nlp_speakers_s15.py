"""Organisations behind "it said" and "the company said" (session 15), on sentences written for
the purpose (none copied from any corpus).

- '"...," it said.' after "The Tarbury Trust welcomed the plan.": the organisation opening the
  sentence before as its subject, even with "The" before its name; not when a person spoke last,
  nor when the sentence before opens with a document ("The report said").
- "X said ... Most were abroad, the firm said.": the organisation that spoke in the sentence
  before, even when the content names another one.
- "It said ..." after "It also ...": the chain of sentences going on about the same organisation.
- "After police raided Grobco Holdings' offices, the company said": the one organisation named before
  the speaker in its own sentence; not when two are.
- "Grobco Holdings' console will launch in May, the company said." in an article about Grobco: the
  article's organisation; not when another organisation is named nearby.
"""

from __future__ import annotations

from nlp_util import speaker_of

TRUST = (
    "Charity backs pension plan\n\n"
    "Ministers have agreed to let staff work beyond the age of 70 if they wish. "
    "The Tarbury Trust welcomed the decision. "
    '"This is the fairest way to treat older staff," it said.'
)


def test_it_is_the_organisation_opening_the_sentence_before() -> None:
    assert speaker_of(TRUST, "This is the fairest") == "tarbury-trust"


def test_it_after_a_person_spoke_stays_unresolved() -> None:
    text = TRUST.replace(
        "The Tarbury Trust welcomed the decision.",
        "The Tarbury Trust welcomed the decision. Its director, Jo Pell, said the plan was overdue.",
    )
    assert speaker_of(text, "This is the fairest") is None


def test_it_after_a_report_stays_unresolved() -> None:
    text = TRUST.replace(
        "The Tarbury Trust welcomed the decision.",
        "The Tarbury Trust welcomed the decision. The report said staff were ready to work longer.",
    )
    assert speaker_of(text, "This is the fairest") is None


FIRM = (
    "Viewers pirate more shows\n\n"
    "More viewers than ever download shows without paying, according to research. "
    "Web tracking company Plonkwell said 18% of those who download were in Ruritania. "
    "About 60% were using software made by Brindle Systems, the firm said."
)


def test_the_firm_is_the_organisation_that_spoke_before() -> None:
    assert speaker_of(FIRM, "About 60%") == "plonkwell"


CHAIN = (
    "Chipmaker backs file sharers\n\n"
    "Grobco Holdings filed a brief with the court this month in defence of the networks. "
    "It also warned that the case could hurt inventors.\n\n"
    "Making firms police their users would stifle new ideas, it said."
)


def test_it_follows_a_chain_of_sentences_about_the_organisation() -> None:
    assert speaker_of(CHAIN, "Making firms police") == "grobco-holdings"


OWN = (
    "Chief on trial\n\n"
    "Brindle Systems admitted similar failings last year.\n\n"
    "The former boss of a clinic chain went on trial on Monday, accused of fraud. "
    "After police raided Grobco Holdings' offices in March, the company said none of its accounts could be trusted."
)


def test_the_company_is_the_one_named_before_it_in_its_sentence() -> None:
    assert speaker_of(OWN, "none of its accounts") == "grobco-holdings"


def test_the_company_after_two_organisations_stays_unresolved() -> None:
    text = OWN.replace("Brindle Systems admitted similar failings last year.\n\n", "")
    text = text.replace("raided Grobco Holdings' offices", "raided the offices of Grobco Holdings and Brindle Systems")
    assert speaker_of(text, "none of its accounts") is None


MAIN = (
    "Handheld launch date set\n\n"
    "Grobco Holdings' new handheld console will go on sale in Ruritania on 11 March, the company has announced. "
    "The machine will cost 99 crowns.\n\n"
    "Grobco Holdings said 15 games would be ready at launch. Grobco Holdings sold two million of its last model."
)


def test_the_company_is_the_organisation_the_article_is_about() -> None:
    assert speaker_of(MAIN, "Grobco Holdings' new handheld") == "grobco-holdings"


def test_the_company_with_a_rival_named_nearby_stays_unresolved() -> None:
    text = MAIN.replace("Handheld launch date set", "Brindle Systems faces handheld rival")
    assert speaker_of(text, "Grobco Holdings' new handheld") is None


def test_it_follows_a_narration_sentence_that_opens_with_it() -> None:
    text = CHAIN.replace(
        "It also warned that the case could hurt inventors.", "It also runs three plants in the north."
    )
    assert speaker_of(text, "Making firms police") == "grobco-holdings"


def test_it_after_a_sentence_about_another_thing_stays_unresolved() -> None:
    text = CHAIN.replace("It also warned that the case could hurt inventors.", "The hearing lasted three days.")
    assert speaker_of(text, "Making firms police") is None


# "he (unresolved)" / "she (unresolved)": the person the passage before is about

SOUNESS = (
    "Tarnwick eye striker\n\n"
    "Tarnwick boss Tom Bramley is lining up a summer move for striker Dan Pell.\n\n"
    "He sees Pell as the ideal replacement for Lee Hart, although he hopes Hart will stay on. "
    '"Dan is a player who would excite the fans," he told local radio.'
)


def test_he_walks_back_over_sentences_opening_with_he_to_the_subject() -> None:
    assert speaker_of(SOUNESS, "Dan is a player") == "tom-bramley"


def test_he_after_a_sentence_about_something_else_stays_unresolved() -> None:
    text = SOUNESS.replace(
        "He sees Pell as the ideal replacement for Lee Hart, although he hopes Hart will stay on.",
        "The fee could reach five million pounds.",
    )
    assert speaker_of(text, "Dan is a player") is None


AGENT = (
    "Pensions vote\n\n"
    "Older voters are more likely to vote than the young, a survey says. "
    "The charity Age Link says the over-55s are united on pensions.\n\n"
    "The survey was welcomed by shadow pensions secretary Tom Bramley. "
    '"Older voters must be heard at this election," he said.'
)


def test_he_is_the_agent_of_the_passive_before() -> None:
    assert speaker_of(AGENT, "Older voters must") == "tom-bramley"


def test_he_after_two_people_in_the_passive_stays_unresolved() -> None:
    text = AGENT.replace("Tom Bramley.", "Tom Bramley and by Dan Pell.")
    assert speaker_of(text, "Older voters must") is None


def test_she_does_not_go_to_a_man_before() -> None:
    text = AGENT.replace("he said", "she said").replace("Tom Bramley", "Mr Tom Bramley")
    assert speaker_of(text, "Older voters must") is None


# "the archbishop": the one person whose name the article writes with that title

ARCHBISHOP = (
    "Cleric urges release\n\n"
    "Archbishop Tom Bramley has called for the release of the last prisoners held at the camp.\n\n"
    "Four men were freed on Tuesday. The archbishop added that the others must go free too."
)


def test_the_archbishop_is_the_person_named_with_that_title() -> None:
    assert speaker_of(ARCHBISHOP, "the others must") == "tom-bramley"  # the title is no part of the name (s23)


def test_the_archbishop_with_two_named_with_the_title_stays_unresolved() -> None:
    text = ARCHBISHOP.replace("at the camp.", "at the camp. Archbishop Dan Pell wrote to the camp's governor.")
    assert speaker_of(text, "the others must") is None


def test_he_after_a_list_of_people_stays_unresolved() -> None:
    text = SOUNESS.replace(
        "He sees Pell as the ideal replacement for Lee Hart, although he hopes Hart will stay on.",
        "Tom Bramley, Dan Pell and Lee Hart have all been given awards.",
    )
    assert speaker_of(text, "Dan is a player") is None


EPITHET = (
    "Bell loses on return\n\n"
    "Jo Bell lost to Ann Hale in an exhibition match in Tarnwick on Sunday.\n\n"
    "And the Belgian, who has slipped to eighth in the world, faces a hard title defence. "
    '"I will go there with a lot of doubts," she said.'
)


def test_she_walks_back_over_a_sentence_opening_with_an_epithet() -> None:
    assert speaker_of(EPITHET, "I will go there") == "jo-bell"


def test_an_epithet_of_the_other_gender_is_no_step_back() -> None:
    # "the Frenchman" is a man, "she" someone else (session 28: the noun is no entity any more, so
    # "he said" steps back over it to Jo Bell as "the Belgian" does)
    text = EPITHET.replace("the Belgian", "the Frenchman")
    assert speaker_of(text, "I will go there") is None


def test_the_company_is_not_the_one_it_talks_with() -> None:
    text = OWN.replace("After police raided Grobco Holdings' offices in March,", "Ahead of talks with Grobco Holdings,")
    assert speaker_of(text, "none of its accounts") is None


EXCHANGE = (
    "Exchange bid\n\n"
    "Grobco Holdings has raised its offer for a rival. "
    '"We are ready to pay in cash," the pan-European exchange said.'
)


def test_a_described_exchange_is_the_one_organisation_opening_the_sentence_before() -> None:
    assert speaker_of(EXCHANGE, "We are ready") == "grobco-holdings"


def test_a_nationality_the_name_does_not_have_is_another_organisation() -> None:
    assert speaker_of(EXCHANGE.replace("pan-European", "German"), "We are ready") is None


# one person's titles joined by "and": not several speakers


def test_two_titles_joined_by_and_before_the_name_are_one_person() -> None:
    text = (
        "Carmaker cuts jobs\n\n"
        "Grobco Holdings will cut 3,000 jobs this year. "
        '"We have to act now," said Grobco founder and director Tom Bramley.'
    )
    assert speaker_of(text, "We have to act") == "tom-bramley"


def test_a_name_and_its_partner_are_not_one_person() -> None:
    text = (
        "Film deal\n\n"
        "The studio has bought the rights to the novel. "
        '"We are thrilled," said Tom Bramley and his production partner Dan Pell.'
    )
    assert speaker_of(text, "We are thrilled") is None


def test_a_name_then_titles_joined_by_and_is_that_person() -> None:
    text = (
        "Broadband grows\n\n"
        "More homes than ever have fast net links. "
        '"It is the year of broadband," said Tom Bramley, personal technology and broadband analyst at Grobco Holdings.'
    )
    assert speaker_of(text, "It is the year") == "tom-bramley"
