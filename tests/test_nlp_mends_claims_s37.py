"""Session 37 (mc37): mends of the four confident-wrong findings of REVIEW_claims37 in wire37's
code, on invented sentences, each with guards that keep wire37's shapes.

- `content._setting_before_that`: a "that" opening the clause of a noun of saying in the phrase
  before it ("wrote in a reply to the allegation that he had lied") is the noun's clause, never
  the content after the phrase; "wrote in a note to clients that", "wrote on X, formerly Twitter,
  that" still lose only the phrase.
- "post": a "that" alone no longer makes a post a report ("posted on Facebook about reports that
  X": the reports' clause); a clause of the verb's, a colon or a quote before it still do.
- `parsed._before_sources_participle`: a clause whose verb has an object is its subject's act, so
  a "citing ..." after it may be its own reason and stays ("said the court rejected the appeal,
  citing a lack of evidence"); "said that sales fell, citing a report" still ends at the comma.
- `paragraphs.transcript_turns`: two turns at least whose labels name people named before, two
  different labels (never a "NOTE:" or "WHEN:" box), and a turn whose words hold no clause (a
  who's who's "PELL: Chairman since 2001.") is no claim.
- `vocabulary.SOURCES_MANNER` / `ANONYMITY_CLAUSE`: the phrasings of going unnamed written once.
"""

from __future__ import annotations

from belreader.nlp.claims.vocabulary import ANONYMITY_CLAUSE, SOURCES_MANNER

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of("Wire\n\n" + text)]


def _contents(text: str) -> list[str]:
    return [c[2] for c in _found(text)]


# ---- 1. a noun's "that" clause in the phrase before the verb's


def test_a_nouns_that_clause_is_not_the_content() -> None:
    # (e0dd32c: 'he had lied', a confession; and 'the vote was rigged that she had seen no evidence')
    assert "he had lied" not in _contents("Tom Pell wrote in a reply to the allegation that he had lied.")
    found = _contents("Ana Velt said in a blog post about the claim that the vote was rigged that she had no proof.")
    assert not any(c.startswith("the vote was rigged") for c in found), found


def test_where_it_was_written_is_still_cut_before_that() -> None:
    assert _found("Grobco analyst Tom Pell wrote in a note to clients that the stock was undervalued.") == [
        ("Tom Pell", "tom-pell", "the stock was undervalued")
    ]
    assert _found("Ana Velt wrote on X, formerly Twitter, that the vote was rigged.") == [
        ("Ana Velt", "ana-velt", "the vote was rigged")
    ]


# ---- 2. "posted about reports that ..."


def test_posted_about_reports_that_is_no_post_of_it() -> None:
    # (e0dd32c: 'the school would close', 'he had lied')
    assert _found("Ana Velt posted on Facebook about reports that the school would close.") == []
    assert _found("Tom Pell posted on Twitter about claims that he had lied.") == []


def test_a_post_with_its_own_clause_or_a_quote_before_it_stays() -> None:
    assert _contents("Ana Velt posted on Facebook that the vote was rigged.") == ["the vote was rigged"]
    assert _found('"We will win," Ana Velt posted on Instagram.') == [("Ana Velt", "ana-velt", "We will win")]
    assert _found("Grobco posted a loss of $5 million.") == []


# ---- 3. "citing ..." after a clause whose subject acts


def test_an_acting_subjects_own_reason_stays() -> None:
    # (e0dd32c: 'the court rejected the appeal', 'the hospital rejected the request')
    assert _contents("Tom Pell said that the court rejected the appeal, citing a lack of evidence.") == [
        "the court rejected the appeal, citing a lack of evidence"
    ]
    assert _contents("Tom Pell said the hospital rejected the request, citing privacy rules.") == [
        "the hospital rejected the request, citing privacy rules"
    ]


def test_citing_after_a_things_clause_is_still_the_speakers() -> None:
    assert _contents("Tom Pell said that sales fell, citing a report.") == ["sales fell"]
    assert _contents("Tom Pell said the minister resigned, citing ill health.") == [
        "the minister resigned, citing ill health"
    ]


# ---- 4. fact boxes and who's who are no transcript


def test_a_fact_box_is_no_transcript() -> None:
    # (e0dd32c: 'PELL' tom-pell 'Chairman since 2001', 'Chairman of Grobco since 2001')
    assert (
        _found("Tom Pell and Ana Velt run the firm.\n\nNOTE: Figures are unaudited.\n\nPELL: Chairman since 2001.")
        == []
    )
    assert (
        _found(
            "Tom Pell, the chairman, met the board on Tuesday.\n\n"
            "PELL: Chairman of Grobco since 2001.\n\nVELT: Chief executive since 2010."
        )
        == []
    )
    assert (
        _found("Tom Pell and Ana Velt run Grobco.\n\nPELL: Chairman since 2001.\n\nVELT: Chief executive since 2010.")
        == []
    )


def test_a_transcript_still_gives_its_turns() -> None:
    found = _found(
        "Tom Pell and Ana Velt debated.\n\n"
        "PELL: It is a fair deal.\n\nVELT: Nobody believes that.\n\nPELL: Voters will decide."
    )
    assert [(c[1], c[2]) for c in found] == [
        ("tom-pell", "It is a fair deal"),
        ("ana-velt", "Nobody believes that"),
        ("tom-pell", "Voters will decide"),
    ], found


# ---- 5. the phrasings of going unnamed, once


def test_going_unnamed_in_both_forms() -> None:
    text = "asking not to be identified"
    assert SOURCES_MANNER.match(text) is not None
    assert SOURCES_MANNER.match("speaking on the condition of anonymity") is not None
    assert SOURCES_MANNER.match("declining to be named") is not None
    assert ANONYMITY_CLAUSE.match("who asked not to be identified") is not None
    assert ANONYMITY_CLAUSE.match("who spoke on condition of anonymity") is not None
    assert ANONYMITY_CLAUSE.match("who attended the meeting") is None
