"""Session 35 (round 2, on fresh31's misses): where a reported clause ends, a continuation of
reported speech and a speaker the code missed, on invented sentences.

- "A Grobland court ruled that Tom Pell would have to pay, but the Court of Appeal cleared him,
  saying ...": a clause the parser joined with ", but" to the reporting verb itself, with a noun
  subject of its own and no modal, is narration: the that-clause ends before it, and the
  participle after it is its subject's (`content._before_narrated_conjunct`); never a pronoun
  subject that goes on with the report ("but it could return"), a clause with a modal ("but the
  firm's profits would hold"), one opening with "that" ("but that money had been paid"), nor one
  joined by "and".
- 'He said A. Any rescue plan must "protect and support" the workers.': a sentence right after a
  speaker's reported words whose "must" opens a phrase quoted from the speaker goes on with their
  words, as "would"/"were" do (`paragraphs._CONTINUED_REPORT`); never a "must" without quoted
  words (the author's), nor a sentence with an attribution of its own.
- '"...," a statement on her website said': the one person the article is about, named last
  before it, not of the other gender (`described._own_site_statement`); never when another person
  was named since, nor "his website" after a woman.
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Quay\n\nDan Orr, a trader, said trade was slow in April.\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(_OPENING + text)]


_COURTS = (
    "A Grobland court ruled in 2003 that Tom Pell would have to pay 100,000 kroner, but the country's "
    "Court of Appeal cleared him, saying that the breach occurred when others posted the files."
)


def test_that_clause_ends_before_a_narrated_but_clause():
    found = _found(_COURTS)
    assert ("A Grobland court", None, "Tom Pell would have to pay 100,000 kroner") in found
    assert ("Court of Appeal", "court-of-appeal", "the breach occurred when others posted the files") in found


def test_but_clause_with_a_pronoun_or_a_modal_stays_reported():
    found = _found(
        "Tom Pell said that the plan was dead, but it could return next year.\n\n"
        "Jo Bell said that prices would rise, but the firm's margins would hold up well."
    )
    contents = [c for _, _, c in found]
    assert "the plan was dead, but it could return next year" in contents
    assert not any(c == "the plan was dead" for c in contents)
    assert any(c.startswith("prices would rise") for c in contents)


def test_but_that_clause_stays_reported():
    found = _found(
        "Jo Bell said that the gap was only in the paperwork, but that money had indeed been sent on 4 May.\n\n"
        "A Velt survey found that buyers had adapted to the new cards, but that the banks' rollout had been slow."
    )
    contents = [c for _, _, c in found]
    assert "the gap was only in the paperwork, but that money had indeed been sent on 4 May" in contents
    assert any(c.endswith("but that the banks' rollout had been slow") for c in contents)


def test_and_clause_is_not_cut_by_the_rule():
    found = _found("Velt argued that the levy was unfair, and the Grobco board backed the plan in May.")
    assert any(c.startswith("the levy was unfair") for _, _, c in found)


_MUST_QUOTED = (
    'Tom Pell said the Velt scheme had become a "costly mistake". He wants to see a phased end to the '
    'scheme "as soon as the money allows", he said in Grobury. Any rescue plan must "protect and support" '
    "the workers."
)


def test_must_with_quoted_words_goes_on_with_the_report():
    found = _found(_MUST_QUOTED)
    assert ("Tom Pell", "tom-pell", 'Any rescue plan must "protect and support" the workers') in found


def test_must_without_quoted_words_is_the_authors():
    found = _found("Tom Pell said the Velt scheme was late. Any rescue plan must protect the workers.")
    assert not any(c.startswith("Any rescue plan") for _, _, c in found)


_SITE = (
    "Tennis star Anna Pell will make her return from injury at the Grobury event in February.\n\n"
    '"Anna had considered returning to action in Velt on 7 February," a statement on her website said. '
    '"She has decided against this."'
)


def _speaker_ids(text: str) -> dict[str, str | None]:
    return {c.content[:20]: c.speaker_id for c in claims_of("Pell set for return\n\n" + text)}


def test_statement_on_her_website_is_the_article_person():
    assert _speaker_ids(_SITE)["Anna had considered "] == "anna-pell"


def test_statement_on_a_website_after_another_person_stays_unresolved():
    text = _SITE.replace("in February.\n\n", "in February. Her coach, Jo Bell, was at the event with Ann Lane.\n\n")
    assert _speaker_ids(text)["Anna had considered "] is None


def test_statement_on_his_website_is_not_a_woman():
    text = _SITE.replace("on her website", "on his website").replace("Tennis star Anna Pell", "Mrs Anna Pell")
    assert _speaker_ids(text)["Anna had considered "] is None
