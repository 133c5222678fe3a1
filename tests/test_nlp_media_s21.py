"""A newspaper's short name that is also a firm's (issue 11, session 21), on sentences written for
the purpose (none copied from any corpus).

The table writes some papers only with their article ("The Sun", "The Times", "The Independent"),
and its lookup drops the article, so a bare "Sun" was the paper wherever the model found it. In an
article that names an organisation of that word and one more ("Sun Microsystems"),
the bare word without "the" before it is that organisation, and so is the table's "The Sun" that
begins a longer name ("The Sun Grid"). "told the Sun", "The Sun said", "the Sun newspaper", "Sun
columnist X" stay the paper, and a paper's own business ("Times Newspapers") does not move its short name.
"""

from __future__ import annotations

import pytest

from nlp_util import analyse, found_claim


def _ids_of(text: str, written: str) -> list[str | None]:
    """The entity id of each mention of `text` written exactly `written` (a possessive dropped)."""
    analysis = analyse(text)
    return [m.entity_id for m in analysis.mentions if m.text.removesuffix("'s").removesuffix("’s") == written]


FIRM = (
    "Chip deal\n\n"
    "Sun Microsystems has opened a rental service for spare server power in Texas. "
    "Sun said it had already signed up three oil companies for the scheme."
)


def test_bare_name_after_the_firm_is_the_firm_and_no_outlet():
    claim = found_claim(FIRM, "it had already signed up")
    assert claim.speaker_id == "sun-microsystems"
    assert claim.outlets == []


def test_the_paper_named_with_its_article_stays_the_paper_beside_the_firm():
    text = (
        "Server row\n\n"
        "Sun Microsystems has cut 900 jobs at its plant near Linlithgow. "
        "A union official told the Sun that more cuts were planned for the spring."
    )
    claim = found_claim(text, "more cuts were planned")
    assert claim.outlets == ["sun"]


@pytest.mark.parametrize(
    ("text", "written", "expected"),
    [
        # the firm named in full, then its first word alone, possessive too
        (
            "Grid launch\n\n"
            "Sun Microsystems unveiled a pay-per-hour computing plan on Monday. "
            "Sun's chief executive called it the future of the industry.",
            "Sun",
            "sun-microsystems",
        ),
        # "The Sun" that begins a longer name is no newspaper in that article
        (
            "Grid launch\n\n"
            "Sun Microsystems unveiled a pay-per-hour computing plan on Monday. "
            "The Sun Grid runs on hundreds of idle machines.",
            "The Sun",
            "sun-microsystems",
        ),
        # (the bare word opening a sentence as the subject of "said" is no longer the paper, s41:
        # test_nlp_left41c_s41.TestOutletWrittenWithItsArticle)
        # "The Sun said" opening a sentence beside the firm: the paper
        (
            "Server row\n\nSun Microsystems has cut 900 jobs. The Sun said the firm had lost its way.",
            "The Sun",
            "sun",
        ),
        # a paper's own words after the bare name beside the firm: the paper
        (
            "Server row\n\nSun Microsystems has cut 900 jobs. Sun columnist Ann Pell said the firm had lost its way.",
            "Sun",
            "sun",
        ),
        # "the Sun" with its article beside the firm: the paper
        (
            "Server row\n\nSun Microsystems has cut 900 jobs. The cuts were first reported by the Sun on Friday.",
            "Sun",
            "sun",
        ),
    ],
)
def test_paper_or_firm(text, written, expected):
    ids = _ids_of(text, written)
    assert ids, f"no mention written {written!r}"
    assert set(ids) == {expected}


# "It said" after an outlet's report: the outlet only when it reported in the sentence just before;
# after narration about another firm (here one the model may type as a person) "it" is unsettled
_REPORTED_THEN_IT = (
    "Demand for flights is growing fast, and on Tuesday Reuters reported that a group led by Siemens won "
    "the contract to build an airport. The state will own 13% of the airport. For its part, Air Mysore, "
    "set up by farmer Raj Gopal, plans to double its fleet within five years. To help finance the expansion "
    "the company may sell a stake. When it was set up the firm offered cheap tickets. It said it was basing "
    "its business model on European firms such as Ryanair."
)


def test_it_sentences_after_an_outlets_report_is_not_the_outlet():
    from nlp_util import claims_of

    claims = {c.content.split()[0]: c for c in claims_of(_REPORTED_THEN_IT)}
    assert claims["a"].speaker_id == "reuters"  # the report itself
    assert claims["it"].speaker_id is None and claims["it"].speaker.startswith("It")


def test_it_right_after_an_outlets_report_is_the_outlet():
    from nlp_util import claims_of

    text = "Reuters reported that a group led by Siemens won the contract. It said the deal was worth $300m."
    assert [c.speaker_id for c in claims_of(text)] == ["reuters", "reuters"]
