"""Speakers tied to an entity by the article, session 21 (second round), on sentences written for
the purpose (none copied from any corpus). A wrong speaker is worse than none, so each rule has
its ambiguous case left unresolved.

- "Harwick Analytics' survey of 2,000 shoppers found" (a document's possessive owner, an
  organisation or a person, "Mr Pelling's report into X"): the owner; nobody when the phrase
  gives another maker ("... survey by outside pollsters") or the owner is a place.
- "It added" after a paragraph that goes on about the organisation from start to end ("The
  group ... The company also ..."): the organisation opening the paragraph before it; "a new
  Harwick Fresh division" is a part of its own, another organisation named there is not.
- "A PR expert has told the inquiry that ..." as the whole lead: the person opening the next
  paragraph, named there first ("Jo Bell told the inquiry"); nobody for "a spokesman" or when
  the name is not followed by its verb.
- "London's most senior police officer has said" as the lead: the person the next paragraph
  names first, by full name, and the article names most; nobody for a bare "the officer".
- "The document said" after "a document by the X Trust": X, as "the report"; nobody when the
  article gives another document another author.
- "..., a report says." as the whole lead: the one organisation named in narration in the next
  paragraph, when it speaks there; nobody when it speaks of "the report" (a reader) or two
  organisations are named there.
"""

from __future__ import annotations

from nlp_util import speaker_of

_SURVEY = (
    "Shoppers switch to cards\n\n"
    "Card payments in shops rose sharply last year, according to retail consultants.\n\n"
    "{owner} survey of 2,000 shoppers found that most people now pay by card for small items. "
    "The consultancy's chief executive, Marion Hale, said the change had been rapid."
)


def test_a_survey_is_its_possessive_owner() -> None:
    text = _SURVEY.format(owner="Harwick Analytics'")
    assert speaker_of(text, "most people now pay by card") == "harwick-analytics"


def test_a_survey_for_another_body_is_nobody() -> None:
    text = _SURVEY.format(owner="Harwick Analytics'").replace(
        "survey of 2,000 shoppers", "survey of 2,000 shoppers by outside pollsters"
    )
    assert speaker_of(text, "most people now pay by card") is None


def test_a_place_is_no_owner_of_figures() -> None:
    text = _SURVEY.format(owner="Britain's").replace("survey of 2,000 shoppers", "latest figures")
    assert speaker_of(text, "most people now pay by card") is None


_INQUIRY = (
    "Rail report criticised\n\n"
    "The rail network needs a new regulator, MPs were told on Tuesday.\n\n"
    "Mr Pelling's report into the railways said that the network had been starved of money for a "
    "decade. Ed Pelling, a former transport official, led the review for eight months."
)


def test_a_report_is_its_owner_named_with_an_honorific() -> None:
    assert speaker_of(_INQUIRY, "the network had been starved") == "ed-pelling"


_FOODS = (
    "Harwick plans shake-up\n\n"
    "Harwick Foods has offered to cut its prices to supermarkets in a bid to fend off an inquiry.\n\n"
    "The offer follows a warning from the regulator in May. Harwick Foods wants lighter rules in "
    "exchange for the changes.\n\n"
    "The group is to set up {object} to handle orders from smaller shops. The company also "
    "unveiled plans to close two depots.\n\n"
    "It added that it would invest £50m in new lorries over the next three years."
)


def test_it_goes_on_through_a_paragraph_about_the_organisation() -> None:
    text = _FOODS.format(object="a new Harwick Fresh division")
    assert speaker_of(text, "it would invest") == "harwick-foods"


def test_it_is_nobody_after_another_organisation() -> None:
    text = _FOODS.format(object="a joint venture with Corran Dairies plc")
    assert speaker_of(text, "it would invest") is None


_EXPERT = (
    "Trial told of advert\n\n"
    "{speaker} has told the fraud trial of a former bank chief that the advert at the heart of the "
    "case was a disaster.\n\n"
    "Joanna Merrit {verb} the court in Leeds she had been hired to limit the damage after the "
    "advert was shown. Ms Merrit said the bank had ignored her advice."
)


def test_an_expert_in_the_lead_is_the_person_opening_the_next_paragraph() -> None:
    text = _EXPERT.format(speaker="A public relations expert", verb="told")
    assert speaker_of(text, "the advert at the heart") == "joanna-merrit"


def test_a_spokesman_in_the_lead_is_nobody_named_next() -> None:
    text = _EXPERT.format(speaker="A spokesman", verb="told")
    assert speaker_of(text, "the advert at the heart") is None


def test_an_expert_is_nobody_when_no_verb_follows_the_name() -> None:
    text = _EXPERT.format(speaker="A public relations expert", verb=", who runs a small agency, told")
    assert speaker_of(text, "the advert at the heart") is None


_POLICE = (
    "Police warn of attack risk\n\n"
    "Criminal gangs may try to exploit the summer festivals, {speaker} has said.\n\n"
    "Sir Alan Greaves said gangs would target crowded events in July. Sir Alan told a meeting of "
    "councillors the force was ready. The home secretary backed him."
)


def test_a_places_senior_officer_in_the_lead_is_named_next() -> None:
    text = _POLICE.format(speaker="Manchester's most senior police officer")
    assert speaker_of(text, "Criminal gangs may try") == "alan-greaves"


def test_a_bare_officer_in_the_lead_is_nobody() -> None:
    text = _POLICE.format(speaker="the senior officer")
    assert speaker_of(text, "Criminal gangs may try") is None


_PAPER = (
    "Council plans cuts\n\n"
    "Libraries in Corran will close on Sundays under plans set out in a document by the Corran "
    "Library Trust.\n\n"
    "The document said that visitor numbers had fallen by a fifth since 2001. {other}Councillors will "
    "vote on the plans next month."
)


def test_the_document_is_its_author_given_before() -> None:
    text = _PAPER.format(other="")
    assert speaker_of(text, "visitor numbers had fallen") == "corran-library-trust"


def test_the_document_is_nobody_when_two_authors_are_given() -> None:
    text = _PAPER.format(other="").replace(
        "Trust.\n\n", "Trust. A rival report by the Halden Reading Society wants them shut on Mondays.\n\n"
    )
    assert speaker_of(text, "visitor numbers had fallen") is None


_LEAD_REPORT = (
    "Tablet sales soar\n\n"
    "Tablet sales in Europe will double this year, a report says.\n\n"
    "{second}\n\n"
    "Prices have fallen by a third since 2003."
)


def test_a_report_in_the_lead_is_the_body_speaking_next() -> None:
    second = "Market analysts Harwick Insight predicts that 12 million tablets will be sold by December."
    text = _LEAD_REPORT.format(second=second)
    assert speaker_of(text, "Tablet sales in Europe") == "harwick-insight"


def test_a_report_in_the_lead_is_not_its_reader() -> None:
    second = "The Harwick Trade Council said it would study the report before commenting on the figures."
    text = _LEAD_REPORT.format(second=second)
    assert speaker_of(text, "Tablet sales in Europe") is None


def test_a_report_in_the_lead_is_nobody_when_two_bodies_follow() -> None:
    second = (
        "Market analysts Harwick Insight predicts that 12 million tablets will be sold by December. "
        "The Corran Research Group has forecast slower growth."
    )
    text = _LEAD_REPORT.format(second=second)
    assert speaker_of(text, "Tablet sales in Europe") is None
