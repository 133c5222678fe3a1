"""Claim extraction shapes of session 19 (second round), on sentences written for the purpose
(none copied from any corpus).

- ", the Office for Harbour Statistics (OHS) said." closing a sentence whose parse took the body
  for a conjunct of the content's last noun: the body speaks.
- "if in government, he would ...": a verbless condition opening the content is a statement, not
  the indirect question of "would not say if ...".
- "..., said the poll, with 40% choosing ...": the inverted speaker ends before ", with".
- "Grobco surveyed 500 firms and found that ...": a finding by the named body of the sentence.
- "recommends that ...": a statement; "recommended a book" is none.
- "Often, said Mr Pell, the data was lost ...": the name after the inserted "said" speaks.
- "When asked if ..., the firm's chief executive Tom Pell said: ...": the phrase after the fronted
  clause speaks.
- '..., declaring "today Leeds, tomorrow Paris".': the participle's subject is the sentence's, not
  a word of the quote.
- "But Pell, who signed for Hull's rivals Leeds, told the BBC ...": the name before the relative
  clause speaks.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_starting, claims_of, triples_of


def test_trailing_body_with_abbreviation():
    text = (
        "Trade figures\n\nThe deficit for goods alone was £2.6bn, down from May's £3bn.\n\n"
        "June saw a rise in export levels to both the Northern Union and the rest of the world, "
        "the Office for Harbour Statistics (OHS) said. Exports rose 2%."
    )
    claim = claim_starting(text, "June saw a rise in export levels")
    assert claim is not None, triples_of(text)
    assert "Office for Harbour Statistics" in claim.speaker or claim.speaker == "OHS"
    assert claim.content.endswith("the rest of the world")


def test_trailing_said_needs_a_clause():
    # a phrase with no finite verb before ", the X said" reports nothing
    text = "Title\n\nIn a statement on Monday, the Office for Harbour Statistics said."
    assert claims_of(text) == []


def test_verbless_condition_is_a_statement():
    text = (
        "Title\n\nShadow harbour secretary Tom Pellow said that, if in government, he would refuse to "
        "approve the appointment."
    )
    claim = claim_starting(text, "if in government, he would refuse")
    assert claim is not None, triples_of(text)
    assert claim.speaker_id == "tom-pellow"


def test_indirect_question_with_if_stays_out():
    text = "Title\n\nThe minister Tom Pellow would not say if he would stand again."
    assert claim_starting(text, "if he would stand") is None, triples_of(text)


def test_inverted_speaker_ends_before_with_phrase():
    text = (
        "Title\n\nTablets were the most popular choice of gadget for 2006, said the poll, with nearly 40% "
        "choosing one over phones and cameras."
    )
    found = triples_of(text)
    assert ("the poll", "said", "Tablets were the most popular choice of gadget for 2006") in found, found


def test_conjoined_finding_of_named_body():
    text = (
        "Title\n\nWriting a memo can be risky, according to security firm Grobco. Grobco surveyed firms "
        "around the world and found that, on average, 31% of memos held secrets."
    )
    claim = claim_starting(text, "on average, 31% of memos held secrets")
    assert claim is not None, triples_of(text)
    assert claim.speaker_id == "grobco"


def test_conjoined_finding_inside_reported_clause_is_not_split():
    text = (
        "Title\n\nA Harbour Crime Unit spokeswoman said the inspectors went undercover on the forum and "
        "found that some of its members were selling cards."
    )
    found = triples_of(text)
    assert len(found) == 1, found
    assert found[0][2].endswith("were selling cards"), found


def test_conjoined_find_of_unnamed_people_is_no_claim():
    text = "Title\n\nThe neighbours searched the garden and found that the shed was empty."
    assert claims_of(text) == []


def test_recommends_that():
    text = "Title\n\nGrobco recommends that the tool is used before staff send any memo."
    assert ("Grobco", "recommends", "the tool is used before staff send any memo") in triples_of(text)


def test_recommended_a_thing_is_no_claim():
    text = "Title\n\nThe librarian Tom Pellow recommended a book about the harbour to every pupil."
    assert claims_of(text) == []


def test_name_after_inserted_said_with_clause_subject():
    text = (
        "Title\n\nTom Pellow is the head of Grobco. Often, said Mr Pellow, this sensitive data was lost "
        "because it got deleted as drafts were prepared."
    )
    claim = claim_starting(text, "this sensitive data was lost")
    assert claim is not None, triples_of(text)
    assert claim.speaker_id == "tom-pellow"


@pytest.mark.parametrize(
    "sentence",
    [
        "When asked if Grobco would seek damages from Acme, the carmaker's chief executive Tom Pellow said: "
        '"we will first fix the fault before talking about who will pay".',
        'When asked if the firm would seek damages, chief executive Tom Pellow said: "We will first fix the '
        'fault before talking about who will pay."',
    ],
)
def test_speaker_after_fronted_clause(sentence):
    text = f"Title\n\n{sentence}"
    claim = claim_starting(text, "we will first fix the fault") or claim_starting(text, "We will first fix the fault")
    assert claim is not None, triples_of(text)
    assert claim.speaker_id == "tom-pellow"


def test_list_after_fronted_clause_is_no_speaker():
    text = "Title\n\nWhen asked about the fault, Grobco, Acme and Initech said nothing."
    assert all(c.speaker_id != "initech" for c in claims_of(text))


def test_participle_before_quote_speaker_is_the_sentence_subject():
    text = (
        'Title\n\nMr Pellow served on the Harbour Council before being elected in 1988, declaring "today '
        'Leeds North, tomorrow Paris". He will leave next year.'
    )
    claim = claim_starting(text, "today Leeds North, tomorrow Paris")
    assert claim is not None, triples_of(text)
    assert claim.speaker.endswith("Pellow")
    assert not any(c.content.startswith("Mr Pellow served") for c in claims_of(text))


def test_name_before_relative_clause_speaks():
    text = (
        "Title\n\nTom Pellow has been out of action since May. But Pellow, who recently signed for "
        "Leeds's west-country rivals Hull, told Harbour Radio he would be fit in time for the tour."
    )
    claim = claim_starting(text, "he would be fit in time for the tour")
    assert claim is not None, triples_of(text)
    assert claim.speaker_id == "tom-pellow"


def test_temporal_clause_opening_the_content_is_a_statement():
    text = (
        "Title\n\nJo Marsh, spokeswoman for net provider Grobnet, said that when the attacks were at their "
        "height, customers were getting hit every week."
    )
    claim = claim_starting(text, "when the attacks were at their height")
    assert claim is not None, triples_of(text)
    assert claim.speaker_id == "jo-marsh"


def test_when_of_an_indirect_question_stays_out():
    text = "Title\n\nThe striker Tom Pellow refused to say when he would leave the club."
    assert claims_of(text) == []


def test_condition_then_modal_without_comma_is_a_statement():
    text = "Title\n\nMr Pellow said if he had broken any harbour rules he should be tried in Leeds, not Paris."
    claim = claim_starting(text, "if he had broken any harbour rules")
    assert claim is not None, triples_of(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mr Pellow did not say if he had decided whether he would stay.",
        "Mr Pellow did not say if he would stay.",
    ],
)
def test_if_of_an_indirect_question_stays_out(sentence):
    text = f"Title\n\n{sentence}"
    assert not any(c.content.startswith("if") for c in claims_of(text)), triples_of(text)


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "On Monday, Mr Pellow told Harbour Radio's Morning programme Mr Marsh had initially refused the "
            "law change.",
            "Mr Marsh had initially refused the law change",
        ),
        (
            "Former minister Tom Pellow told Harbour Radio's Evening programme there was a danger people "
            "would feel under pressure to sell their homes.",
            "there was a danger people would feel under pressure to sell their homes",
        ),
        (
            "Lord Pellow told Harbour Radio's Morning programme he hoped mediation could settle disputes "
            "before they reached court.",
            "he hoped mediation could settle disputes before they reached court",
        ),
    ],
)
def test_told_programme_then_clause(sentence, content):
    text = f"Title\n\n{sentence}"
    assert any(c.verb_text == "told" and c.content == content for c in claims_of(text)), triples_of(text)


def test_told_a_story_is_no_claim():
    text = "Title\n\nMr Pellow told the story he had written as a boy to the whole class."
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            'Mr Pellow told Harbour members the Tories offered a "hard right agenda".',
            'the Tories offered a "hard right agenda"',
        ),
        # the adjunct after the addressee is no subject: left out of the content as before
        ("Chairman Tom Pellow told MPs on Tuesday care was needed to keep the register.", "care was needed"),
    ],
)
def test_name_after_addressee_opens_the_content(sentence, content):
    text = f"Title\n\n{sentence}"
    assert any(c.verb_text == "told" and c.content.startswith(content) for c in claims_of(text)), triples_of(text)


def test_speaker_verb_parsed_as_participle_before_colon_quote():
    text = (
        'Title\n\nTom Pellow said he is unsure. "No one knows what the owner will bring." The central '
        'defender added on Harbour Radio Five: "We will have to wait and see what the owner comes with."'
    )
    claim = claim_starting(text, "We will have to wait and see")
    assert claim is not None, triples_of(text)
    assert claim.speaker_id == "tom-pellow"


def test_participle_of_a_noun_is_no_speaker():
    text = 'Title\n\nThe evidence gathered on Sunday was called "thin" by the court.'
    assert not any(c.speaker.startswith("The evidence") for c in claims_of(text)), triples_of(text)
