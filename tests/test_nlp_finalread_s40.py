"""Session 40's final read: a claim's id is where its content starts in the body, also where the
body writes ``these'' quotes (the analysis runs on a typeset copy whose offsets differ); a capitals
headline's words run together after a people's word are no company ("CHINESE STEEL OUTPUT FALLS"),
while two words of a firm's name are ("AMERICAN EXPRESS")."""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import make_article


def test_ids_are_the_bodys_offsets_where_the_body_writes_typewriter_quotes() -> None:
    text = "``We are pleased with the result,'' said Tom Pell, the mayor. ``The city will grow,'' he added."
    claims = nlp.analyze(make_article(text)).claims
    assert len(claims) == 2, [(c.id, c.content) for c in claims]
    for claim in claims:
        assert text[claim.start :].startswith(claim.content[:10]), (claim.start, claim.content)
        assert claim.id.endswith(f"#s{claim.start:06d}"), (claim.id, claim.start)


def _orgs(headline: str, body: str) -> list[str]:
    analysis = nlp.analyze(make_article(f"{headline}\n\nBEIJING 1996-08-22\n\n{body}"))
    return [m.text for m in analysis.mentions if m.label == "ORG"]


@pytest.mark.parametrize(
    "headline",
    ["CHINESE STEEL OUTPUT FALLS IN JULY", "SOUTH KOREAN BANK FAILS TO PAY"],
)
def test_a_headlines_words_after_a_peoples_word_are_no_company(headline: str) -> None:
    orgs = _orgs(headline, "Output fell 4 percent in July, officials said on Thursday.")
    assert not [o for o in orgs if o.isupper() and len(o.split()) > 1], orgs


def test_two_words_of_a_firms_name_stay_a_company() -> None:
    orgs = _orgs("AMERICAN EXPRESS TO CUT 3,000 JOBS", "Amex said on Monday it would cut jobs.")
    assert "AMERICAN EXPRESS" in orgs, orgs
