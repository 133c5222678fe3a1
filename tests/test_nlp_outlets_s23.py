"""Outlets and media words (issue 11 pattern 3, session 23), on sentences written for the purpose
(none copied from any corpus).

- The nouns for a medium live in one place (`belreader.nlp.sources`); the subsets the rules read
  are named there and nest as they should.
- "according to the French daily", "the Paris daily said": a description of a paper by its
  nationality or city is the one paper of that kind the passage named (one reading of "the X"
  for "according to" and for a speaker); "the weekly meeting" or "the aid agency" is no outlet.
"""

from __future__ import annotations

from nlp_util import found_claim


def test_media_nouns_have_one_home_with_nested_subsets():
    from belreader.nlp import claims, sources, speakers

    assert sources.PAPER_NOUNS < sources.PRESS_NOUNS < sources.DESCRIBED_OUTLET_NOUNS < sources.MEDIA_NOUNS
    assert sources.MEDIA_NOUNS < sources.OUTLET_REFERENCES
    assert claims.MEDIA_NOUNS is sources.MEDIA_NOUNS
    assert speakers._OUTLET_NOUNS is sources.PRESS_NOUNS
    assert set(sources.MEDIUM_KINDS) <= sources.DESCRIBED_OUTLET_NOUNS


LEAD = "Strike plan\n\nThe dockers will strike next week, Le Monde reported on Monday.\n\n"


def test_according_to_a_paper_described_by_its_nationality():
    text = LEAD + "According to the French daily, the port will close for three days."
    assert found_claim(text, "the port will close").outlets == ["le-monde"]


def test_according_to_a_paper_described_by_its_city_after_the_claim():
    text = LEAD + "The port will close for three days, according to the Paris daily."
    assert found_claim(text, "The port will close").speaker_id == "le-monde"


def test_a_paper_described_by_its_nationality_speaks():
    text = LEAD + "The French daily said the port will close for three days."
    claim = found_claim(text, "the port will close")
    assert claim.speaker_id == "le-monde"
    assert claim.outlets == ["le-monde"]


def test_a_description_that_is_no_papers_names_no_outlet():
    text = LEAD + "The port will close for three days, according to the aid agency."
    assert found_claim(text, "The port will close").outlets == []


def test_the_daily_resolves_only_to_a_paper_the_passage_named():
    text = (
        "Strike plan\n\nThe dockers will strike next week, the union said on Monday.\n\n"
        "According to the French daily, the port will close for three days."
    )
    assert found_claim(text, "the port will close").outlets == []
