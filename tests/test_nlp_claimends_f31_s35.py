"""Session 35 (round 2, on fresh31's misses): where a reported clause ends, a continuation of
reported speech and a speaker the code missed, on invented sentences.

- "A Tarbury tribunal decided last year that Grobco should refund its customers, but the Supreme
  Court overturned the ruling, arguing that ...": a clause the parser joined with ", but" to the
  reporting verb itself, with a noun subject of its own and a plain past verb (no auxiliary), is
  narration: the that-clause ends before it, and the participle after it is its subject's
  (`content._before_narrated_conjunct`); never a pronoun subject that goes on with the report
  ("but it could return"), a verb with an auxiliary or in another tense ("but the directors were
  keeping", "but its owners had kept", "but the grant runs out": backshifted or present, maybe
  more of the report), one opening with "that" ("but that the cash had been paid"), nor one
  joined by "and".
- 'She said A. Every new contract must "put local firms first".': a sentence right after a
  speaker's reported words in the same paragraph, its bare subject's "must" opening a phrase
  quoted from the speaker, goes on with their words (`paragraphs._CONTINUED_MUST`); never a
  "must" without quoted words (the author's), one after a paragraph break or after a fronted
  phrase ("Under Grobland law, shops must "..."": the writer's or a rule's words).
- '"...," a statement on her website said': the one person the article is about, named last
  before it, not of the other gender (`described._own_site_statement`); never when another person
  was named since, "his website" after a woman, nor when a noun of the pronoun's gender was written
  since ("His sister runs it with him. '...,' a statement on her website said": hers).
"""

from __future__ import annotations

from nlp_util import claims_of, found_claim

_OPENING = "Harbour\n\nJim Orr, a fisherman, said the catch was poor in March.\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(_OPENING + text)]


_TRIBUNAL = (
    "A Tarbury tribunal decided last year that Grobco should refund 2m kroner to its customers, but the "
    "country's Supreme Court overturned the decision, arguing that the fees had been printed on every bill."
)


def test_that_clause_ends_before_a_narrated_but_clause():
    found = _found(_TRIBUNAL)
    assert ("A Tarbury tribunal", None, "Grobco should refund 2m kroner to its customers") in found
    assert ("Supreme Court", "supreme-court", "the fees had been printed on every bill") in found


def test_but_clause_with_a_pronoun_or_a_modal_stays_reported():
    found = _found(
        "Ann Bell said that the ferry route was finished, but it could reopen in the spring.\n\n"
        "Tom Pell said that fuel costs would climb, but the harbour's income would stay steady."
    )
    contents = [c for _, _, c in found]
    assert "the ferry route was finished, but it could reopen in the spring" in contents
    assert not any(c == "the ferry route was finished" for c in contents)
    assert any(c.startswith("fuel costs would climb") for c in contents)


def test_but_that_clause_stays_reported():
    found = _found(
        "Tom Pell said that the error was only in the accounts, but that the cash had been paid on 9 June.\n\n"
        "A Grobco study found that drivers liked the new buses, but that the timetables had been poorly planned."
    )
    contents = [c for _, _, c in found]
    assert "the error was only in the accounts, but that the cash had been paid on 9 June" in contents
    assert any(c.endswith("but that the timetables had been poorly planned") for c in contents)


def test_and_clause_is_not_cut_by_the_rule():
    found = _found("Velt claimed that the toll was too high, and the harbour board cut it in July.")
    assert any(c.startswith("the toll was too high") for _, _, c in found)


def test_but_clause_with_an_auxiliary_or_a_present_stays_reported():
    # an adjunct before "that" makes the parser hang the ", but" clause on the reporting verb
    found = _found(
        "The drivers' union complained on Monday that the company was closing two depots, but the managers "
        "were getting a pay rise.\n\n"
        "Ann Bell said on Friday that the council had sold the land, but its owners had kept the rights.\n\n"
        "Tom Pell said in a letter that the project has gone well, but the grant runs out in May."
    )
    contents = [c for _, _, c in found]
    assert "the company was closing two depots, but the managers were getting a pay rise" in contents
    assert "the council had sold the land, but its owners had kept the rights" in contents
    assert "the project has gone well, but the grant runs out in May" in contents


_MUST_QUOTED = (
    'Ann Bell said the harbour project had been "badly run from the start". She wants every contract '
    'reviewed "before another kroner is spent", she told a meeting in Tarbury. Every new contract must '
    '"put local firms first" in the bidding.'
)


def test_must_with_quoted_words_goes_on_with_the_report():
    found = _found(_MUST_QUOTED)
    assert ("Ann Bell", "ann-bell", 'Every new contract must "put local firms first" in the bidding') in found


def test_must_without_quoted_words_is_the_authors():
    found = _found("Ann Bell said the harbour project was late. Every new contract must favour local firms.")
    assert not any(c.startswith("Every new contract") for _, _, c in found)


def test_must_after_a_fronted_phrase_is_the_authors():
    found = _found(
        "Tom Pell, who runs the shoppers' group Fairtill, said the chain had broken the law. Under Grobland "
        'law, shops must "show the full price" on every shelf. The fine was the biggest so far.'
    )
    assert ("Tom Pell", "tom-pell", "the chain had broken the law") in found
    assert not any(c.startswith(("Under Grobland law", "The fine")) for _, _, c in found)


def test_must_after_a_paragraph_break_is_the_authors():
    found = _found(
        "Tom Pell, who runs the shoppers' group Fairtill, said the chain had broken the law.\n\n"
        'Every shop must "show the full price" on its shelves. The fine was the biggest so far.'
    )
    assert ("Tom Pell", "tom-pell", "the chain had broken the law") in found
    assert not any(c.startswith(("Every shop", "The fine")) for _, _, c in found)


_RETURN = (
    "Skier Ann Pell has pulled out of next month's Grobury races with a knee injury.\n\n"
    '"Ann had hoped to be fit for the downhill on 12 March," a statement on her website said. '
    '"Her doctors have told her to rest."'
)


def _speaker_ids(text: str) -> dict[str, str | None]:
    return {c.content[:20]: c.speaker_id for c in claims_of("Pell out of Grobury\n\n" + text)}


def test_statement_on_her_website_is_the_article_person():
    assert _speaker_ids(_RETURN)["Ann had hoped to be "] == "ann-pell"


def test_statement_on_a_website_after_another_person_stays_unresolved():
    text = _RETURN.replace("knee injury.\n\n", "knee injury. Her physio, Jo Bell, flew out with Kim Lane.\n\n")
    assert _speaker_ids(text)["Ann had hoped to be "] is None


def test_statement_on_his_website_is_not_a_woman():
    text = _RETURN.replace("on her website", "on his website").replace("Skier Ann Pell", "Mrs Ann Pell")
    assert _speaker_ids(text)["Ann had hoped to be "] is None


def test_statement_on_her_website_after_a_woman_of_his():
    # the man's gender is not settled by "Sam", but "His sister" is the woman the site may be hers
    text = (
        "Chef Sam Dorran has been fined over a fire at his Tarbury restaurant last spring.\n\n"
        "Dorran, 52, was not in court on Monday. His sister runs the restaurant with him. "
        '"We are sorry for the worry caused to our neighbours," a statement on her website said.'
    )
    claim = found_claim("Dorran fined\n\n" + text, "We are sorry")
    assert claim.speaker_id is None
