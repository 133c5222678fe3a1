"""Mends from the final read of session 30's diff, on sentences written for the purpose.

- "its chief executive" is never given to another firm's chief executive ("Velt chief executive
  Jo Bell") by the title-only fallback: whose office it is decides (context.titled_at).
- "The news website reported": no kind of body is named, so no company of the paragraph becomes
  its outlet (only "the club / party / company website").
- A name is "right after a quotation" only on the quotation's own line, not at the head of the
  next paragraph.
"""

from __future__ import annotations

from belreader.nlp.entities import _NAME_AFTER_QUOTE

from nlp_util import claims_of

_HEAD = "Harbour news\n\nJobs\n\n"


def test_its_chief_executive_is_not_another_firms() -> None:
    text = _HEAD + (
        "Velt chief executive Jo Bell met the minister on Monday. "
        "Grobco could cut 500 jobs, its chief executive has said."
    )
    found = [c for c in claims_of(text) if c.content.startswith("Grobco could cut")]
    assert found and found[0].speaker_id is None


def test_its_chief_executive_named_in_the_next_paragraph_still_speaks() -> None:
    text = _HEAD + (
        "Grobco could cut 500 jobs, its chief executive has said.\n\n"
        "Chief executive Jo Bell told staff in Dorran the plan was firm."
    )
    found = [c for c in claims_of(text) if c.content.startswith("Grobco could cut")]
    assert found and found[0].speaker_id == "jo-bell"


def test_a_news_website_is_no_company_of_the_paragraph() -> None:
    text = _HEAD + "Tesco shares fell sharply on Monday. The news website reported that the firm had lost money."
    found = [c for c in claims_of(text) if c.content.startswith("the firm had lost")]
    assert found and found[0].outlets == []


def test_a_name_after_a_quotation_is_on_its_line() -> None:
    assert _NAME_AFTER_QUOTE.search('chanting "We want Pell!"\n\nGrant Thornton, the accountants, said') is None
    found = _NAME_AFTER_QUOTE.search('"We want more," Grant Thornton said.')
    assert found is not None and found["name"] == "Grant Thornton"
