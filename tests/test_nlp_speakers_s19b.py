"""Documents that speak for the organisation that produced them, session 19 (issue 11), on
sentences written for the purpose (none copied from any corpus). A wrong speaker is worse than
none, so each rule has its ambiguous case left unresolved.

- "a survey by the firm" is the one organisation written right after "firm" before it ("data
  security firm Kelvane"); nobody when two are ("security firm X ... software firm Y").
- "The report", "The research" is the one organisation the article gives as the author of any
  of its documents ("a survey by the firm", "Kelvane, which commissioned the research");
  nobody when the article gives two authors and the sentence before introduced no document.
- "The poll of 5,000 people" is the author of the document the sentence just before introduced
  ("A separate survey by Grobpoll found ..."), even when the article gives others elsewhere.
- "the guidance on Grobco's website" is Grobco; "the guidance on the website" is nobody.
- "the Bright Living Index" (tagged as an entity of its own) is the one organisation whose index
  the article names ("Tarbury Research's index"); not when no author of an index is given.
"""

from __future__ import annotations

from nlp_util import speaker_of

_PRINTERS = (
    "Warning over office printers\n\n"
    "Printing a document can be risky, according to data security firm Kelvane.\n\n"
    "Most office printers keep a copy of every page they print, a survey by the firm revealed. "
    "The report warns companies to wipe their printers before selling them.\n\n"
    "{other}Marta Lindqvist, head of Kelvane, which commissioned the research, said few managers knew. "
    "The research found that only one firm in ten wiped its machines."
)


def test_a_survey_by_the_firm_is_the_firm_named_so() -> None:
    text = _PRINTERS.format(other="")
    assert speaker_of(text, "Most office printers") == "kelvane"


def test_the_report_and_the_research_are_the_one_author_the_article_gives() -> None:
    text = _PRINTERS.format(other="")
    assert speaker_of(text, "companies to wipe") == "kelvane"
    assert speaker_of(text, "only one firm in ten") == "kelvane"


def test_a_survey_by_the_firm_is_nobody_when_two_firms_are_named_so() -> None:
    text = _PRINTERS.format(other="").replace(
        "according to data security firm Kelvane.",
        "according to data security firm Kelvane and software firm Bostrell.",
    )
    assert speaker_of(text, "Most office printers") is None


def test_the_research_is_nobody_when_the_article_gives_two_authors() -> None:
    text = _PRINTERS.format(
        other="A separate study by analysts Tarbury Partners said printer sales were falling.\n\n"
    ).replace(", which commissioned the research,", ",")
    assert speaker_of(text, "printer sales were falling") == "tarbury-partners"
    assert speaker_of(text, "only one firm in ten") is None


def test_the_research_is_the_one_author_when_the_other_document_is_the_same_firms() -> None:
    text = _PRINTERS.format(other="").replace(", which commissioned the research,", ",")
    assert speaker_of(text, "only one firm in ten") == "kelvane"


_GADGETS = (
    "Gadget appetite grows\n\n"
    "Homes in Grobland are among the best connected in Europe, according to a report by Tarbury Research.\n\n"
    "{earlier}"
    "{lead}The poll of 5,000 people in ten countries found that 60% wanted more gadgets."
)


def test_the_poll_is_the_author_of_the_survey_the_sentence_before_introduced() -> None:
    text = _GADGETS.format(
        earlier="", lead="A separate survey by Grobpoll last week found that people still want new gadgets. "
    )
    assert speaker_of(text, "60% wanted more gadgets") == "grobpoll"


def test_the_poll_is_the_one_author_the_article_gives() -> None:
    text = _GADGETS.format(earlier="", lead="Prices of gadgets fell sharply over the year in most shops. ")
    assert speaker_of(text, "60% wanted more gadgets") == "tarbury-research"


def test_the_poll_is_nobody_when_two_authors_and_the_sentence_before_introduced_no_document() -> None:
    text = _GADGETS.format(
        earlier="A separate survey by Grobpoll last week found that people still want new gadgets.\n\n",
        lead="Prices of gadgets fell sharply over the year in most shops. ",
    )
    assert speaker_of(text, "people still want new gadgets") == "grobpoll"
    assert speaker_of(text, "60% wanted more gadgets") is None


_WEBSITE = (
    "Fix for hidden data\n\n"
    "Office files can carry hidden notes, experts have warned.\n\n"
    "Grobco, however, does provide a free tool that removes them. "
    '"The cleaner is a tool you can use to remove hidden data from your files," says the guidance on {site}.'
)


def test_the_guidance_on_a_companys_website_is_the_company() -> None:
    assert speaker_of(_WEBSITE.format(site="Grobco's website"), "The cleaner is a tool") == "grobco"


def test_the_guidance_on_the_website_is_nobody() -> None:
    assert speaker_of(_WEBSITE.format(site="the website"), "The cleaner is a tool") is None


_INDEX = (
    "Nordic homes lead digital table\n\n"
    "Sweden is the most digitally advanced country in Europe, according to analysts.\n\n"
    "Portugal was the least connected of the nations, according to {source}.\n\n"
    "{author}"
)
_AUTHOR = "Tarbury Research's index is calculated from 40 different measures of net use."


def test_a_named_index_is_the_one_organisation_whose_index_the_article_names() -> None:
    text = _INDEX.format(source="the Digital Living Index", author=_AUTHOR)
    assert speaker_of(text, "Portugal was the least") == "tarbury-research"


def test_a_named_index_keeps_its_speaker_when_no_author_is_given() -> None:
    text = _INDEX.format(source="the Digital Living Index", author="The index is calculated from 40 measures.")
    assert speaker_of(text, "Portugal was the least") == "digital-living-index"


def test_an_organisation_named_research_is_no_document() -> None:
    text = _INDEX.format(source="Kelvane Research", author=_AUTHOR.replace("index", "research"))
    assert speaker_of(text, "Portugal was the least") == "kelvane-research"


_ANALYST = (
    "Grobland leads digital table\n\n"
    "Grobland is the most connected nation in Europe, according to a report by Tarbury Research.\n\n"
    '"Homes here adopt new services faster than anywhere else," said Tomas Verhoek, Tarbury analyst.\n\n'
    "Although the gap between nations is closing, the report concluded. {between}"
    "The trend for faster broadband will continue across Europe, he added."
)


def test_he_reaches_back_over_a_report_to_the_man_who_spoke_before_it() -> None:
    text = _ANALYST.format(between="")
    assert speaker_of(text, "The trend for faster broadband") == "tomas-verhoek"


def test_he_does_not_reach_back_over_a_report_and_another_man() -> None:
    text = _ANALYST.format(between="Prices will fall, said Henrik Dahl, a rival analyst. ")
    assert speaker_of(text, "The trend for faster broadband") != "tomas-verhoek"


_TOUR = (
    "Centre aiming for tour spot\n\n"
    "Grobton centre Rory Garside believes he can make the summer tour, despite injury.\n\n"
    "The cup winner has been out of action since December. But Garside, who recently signed for Grobton's "
    'rivals Kelvingham, has been training hard with the squad all week.{between} "I\'m aiming to be fit by April," he said.'
)


def test_he_is_the_man_whose_untagged_surname_opens_the_sentence_before() -> None:
    assert speaker_of(_TOUR.format(between=""), "I'm aiming to be fit") == "rory-garside"


def test_he_is_nobody_when_another_man_is_named_in_the_sentence_before() -> None:
    text = _TOUR.replace("with the squad", "with coach Simon Ashdown")
    assert speaker_of(text.format(between=""), "I'm aiming to be fit") != "rory-garside"
