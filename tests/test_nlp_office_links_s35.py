"""Session 35 (issue 11): a surname alone after an office ("President Velt", "Chancellor Velt") is
the one namesake of the corpus ever written with that office before a full name; two holders of
the office, or no office, leave it unlinked (no guess). Invented sentences only."""

from __future__ import annotations

import pytest

from belreader.facets import ArticleFacts
from belreader.nlp import analyze
from belreader.nlp.entities import office_before
from belreader.nlp.identity import corpus_links

from nlp_util import make_article


def _analyses(*texts: str):
    return [analyze(make_article(text, f"a{i}")) for i, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("They met US President Tom Velt.", "us president"),  # the nation's word kept (s35 mend)
        ("Prime Minister Tom Velt arrived.", "prime minister"),
        ("Foreign Secretary Tom Velt spoke.", "foreign secretary"),
        ("They met Mr Tom Velt.", None),
        ("They met Tom Velt.", None),
        ("Talks With The President\n\nTom Velt spoke.", None),  # a heading above: no title
    ],
)
def test_the_office_written_before_a_name(text, office):
    assert office_before(text, text.index("Tom")) == office


def test_an_entity_keeps_the_office_written_before_it():
    analysis = analyze(make_article("President Velt arrived in Grobtown. Velt met the press on Monday."))
    velt = analysis.entity("velt")
    assert velt is not None and velt.titles == ["president"], analysis.entities


SINGER = "The singer Ann Velt released a new album in Dorran, and fans queued at Grobco stores."
LEADER = "US President Tom Velt flew to Marlow for talks with the Tarnian government."


def test_a_surname_after_an_office_is_the_one_namesake_with_that_office():
    found = _analyses(SINGER, LEADER, "President Velt said the budget would be cut by half.")
    assert corpus_links(found).of("velt", "a2") == "tom-velt"


def test_a_surname_after_an_office_two_namesakes_held_is_left_alone():
    found = _analyses(
        SINGER,
        LEADER,
        "President Rob Velt signed the treaty in Kellen.",
        "President Velt said the budget would be cut.",
    )
    assert corpus_links(found).of("velt", "a3") == "velt"


def test_a_surname_without_an_office_is_left_alone():
    found = _analyses(SINGER, LEADER, "Mr Velt said the budget would be cut by half.")
    assert corpus_links(found).of("velt", "a2") == "velt"


def test_the_office_is_kept_in_the_stored_facts():

    (analysis,) = _analyses(LEADER)
    facts = ArticleFacts.of(make_article(LEADER, "a0"), analysis)
    again = ArticleFacts.from_list(facts.to_list())
    person = again.people("a0").entity("tom-velt")
    assert person is not None and person.titles == ["us president"]
