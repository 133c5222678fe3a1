"""Session 26's claim rules for "according to" and "add", on sentences written for the purpose
(none copied from any corpus).

- "according to X" names a source when no speaker is found for X if X is a body, a person's
  kin or backers, a writing ("the book", "its website", "its estimate") or a name the model left
  untyped; never the rules and measures the phrase also follows ("according to the law").
- The content of "..., according to X" is the clause before it when nothing after it holds a
  finite verb ("..., according to analysts Brill/ABC.", "..., according to estimates, taking
  ..."), unless what follows opens on a verb of a subject before ("a site that, according to
  reports, let users swap films").
- "Grobco, according to Tom Pell, has 30%.": an attribution set between a subject and its verb
  leaves both in the content ("Grobco has 30%").
- "According to X, which ..., sales rose": the relative clause describes the source; and "According
  to X, Grobco, the biggest bank, will ...": the subject's own apposition stays in the content.
- "According to the poll, 61% said X": two claims, the source's (the whole clause) and the
  respondents' (X); not when the source is a medium (the claim's outlet) or the speaker's own
  writing ("According to its accounts, Grobco said ...").
- "add" with no finite verb after it to the sentence's end adds a thing, not words ("he added 2p
  a litre", "the band added strings to its sound").
"""

from __future__ import annotations

import pytest

from nlp_util import claims_of


def _pairs(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.content) for c in claims_of("Port\n\nPrices rose in May. " + text)]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "According to the organisation, subsidies have a strong impact on trade.",
            "the organisation",
            "subsidies have a strong impact on trade",
        ),
        ("According to Vorstan, the sale was illegal.", "Vorstan", "the sale was illegal"),
        (
            "A run of storms has made 2004 the costliest year, according to Dutch Re.",
            "Dutch Re",
            "A run of storms has made 2004 the costliest year",
        ),
        (
            "The singer had been ill for months, according to his family.",
            "his family",
            "The singer had been ill for months",
        ),
        ("The deal was signed in secret, according to a new book.", "a new book", "The deal was signed in secret"),
        ("Grobco employs 900 people, according to its website.", "its website", "Grobco employs 900 people"),
        (
            "According to its estimate, 9% of the loans have been written off.",
            "its estimate",
            "9% of the loans have been written off",
        ),
        (
            "The plan is a con trick, according to the opposition parties.",
            "the opposition parties",
            "The plan is a con trick",
        ),
    ],
)
def test_according_to_a_source(text: str, speaker: str, content: str) -> None:
    assert (speaker, content) in _pairs(text)


@pytest.mark.parametrize(
    "text",
    [
        "Votes are counted according to the law.",
        "He was buried in the village, according to his wishes.",
        "Staff are ranked according to how much they sell.",
    ],
)
def test_according_to_a_rule_is_no_claim(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Sales rose 5% in June, according to market analysts Brill/ABC.", "Sales rose 5% in June"),
        (
            "Sales rose 5% in June, according to a report earlier this week from the Retail Council.",
            "Sales rose 5% in June",
        ),
        (
            "The film made $9m at the weekend, according to studio estimates, taking its total to $50m.",
            "The film made $9m at the weekend",
        ),
    ],
)
def test_clause_before_according_to(text: str, content: str) -> None:
    assert content in [c for _s, c in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Police raided a site in the city that, according to reports, let 500 users swap films.",
            "let 500 users swap films",
        ),
        ("Costs will be vast and, according to some predictions, rise to 9bn euros.", "rise to 9bn euros"),
        (
            "Costs are set to be vast, with aid alone set to exceed 5bn euros and, according to some"
            " predictions, balloon to 9bn euros.",
            "balloon to 9bn euros",
        ),
    ],
)
def test_verb_after_according_to_keeps_the_right(text: str, content: str) -> None:
    assert content in [c for _s, c in _pairs(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Grobco, according to Mr Pell, has 30%.", "Grobco has 30%"),
        (
            "Among the worst, according to the report, are Tanland and Wexmoor.",
            "Among the worst are Tanland and Wexmoor",
        ),
    ],
)
def test_according_to_between_subject_and_verb(text: str, content: str) -> None:
    assert content in [c for _s, c in _pairs(text)]


def test_relative_clause_of_the_source_skipped() -> None:
    text = "According to Tarrant & Bloom, which has recently cut its rating, the rise in prices helps the economy."
    assert "the rise in prices helps the economy" in [c for _s, c in _pairs(text)]


def test_subject_apposition_kept() -> None:
    text = "According to analysts' forecasts, Grobco, the biggest bank in the town, will report profits of 9m."
    assert "Grobco, the biggest bank in the town, will report profits of 9m" in [c for _s, c in _pairs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The minister did not raise the tax that year, but in 2003 he added 2.5p per litre.",
        "The euro added 0.4% to reach a new high.",
        "Ann Lee scored early and the Welshman added a third after rounding the keeper.",
        "The game series added Pacific Storm to its PC catalogue.",
    ],
)
def test_added_thing_is_no_claim(text: str) -> None:
    assert _pairs(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Pell added that 40% of staff would go.", "40% of staff would go"),
        ("Mr Pell added 2006 is when it starts to grow.", "2006 is when it starts to grow"),
        # the parser may cut the clause's verb off the content: the claim stays all the same
        ("Mr Pell added some plans, such as the new depot, were going well.", "were going well"),
    ],
)
def test_added_clause_kept(text: str, content: str) -> None:
    assert any(c.endswith(content) for _s, c in _pairs(text))


def test_source_around_a_report_is_a_claim_of_its_own() -> None:
    text = "But according to the Grobco poll, 61% said the issue of trust made no difference to how they would vote."
    pairs = _pairs(text)
    assert ("the Grobco poll", "61% said the issue of trust made no difference to how they would vote") in pairs
    assert ("61%", "the issue of trust made no difference to how they would vote") in pairs


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to its latest accounts, Grobco said it spent 5m on staff.", "Grobco"),
        ("According to the Daily Post, Tom Pell said that Grobco is looking at other firms.", "Tom Pell"),
    ],
)
def test_own_writing_or_medium_around_a_report_is_no_second_claim(text: str, speaker: str) -> None:
    assert [s for s, _c in _pairs(text)] == [speaker]
