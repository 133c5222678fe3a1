"""Claim extraction shapes of session 23 (round 2), on sentences written for the purpose (none
copied from any corpus).

- A question put is no claim (GUIDE, "Not claims: questions asked"): a quote after "asked:",
  "wanted to know:", or a quote made only of questions; a question given as a reply, and a quote
  with a question among statements, stay claims.
- "Surveys show that ...", "Studies suggest ...": plural document nouns report as the singular do.
- '"...," warned Tom Pell.': any verb of saying inverted after a quote has the name as speaker.
- "The report said X, but accepted many experts said Y": Y is also the experts' claim.
- "according to a survey by A, B and C sales rose": the source runs to the end of the list.
- "Tom Pell called for observers - saying otherwise ...": the words after the participle are his.
"""

from __future__ import annotations

import pytest

from nlp_util import claim_rows, claims_of

_pairs = claim_rows("speaker content", opening="Port\n\n")


_ids = claim_rows("speaker_id content", opening="Port\n\n")


_BEFORE = "Tom Pell, the council leader, criticised the plan on Monday. "


@pytest.mark.parametrize(
    "quote",
    [
        '"Would it not be strange if the bridge closed before the road was built?"',
        '"Who will pay for it? Who will mend it when it breaks?"',
    ],
)
@pytest.mark.parametrize("verb", ["Mr Pell asked:", "Mr Pell wanted to know:", "Mr Pell said:"])
def test_a_question_put_is_no_claim(verb: str, quote: str) -> None:
    assert _pairs(f"{_BEFORE}{verb} {quote}") == []


def test_a_question_inverted_after_its_quote_is_no_claim() -> None:
    assert _pairs(f'{_BEFORE}"Where will the lorries park?" asked Mr Pell.') == []


def test_a_quote_with_a_question_among_statements_is_a_claim() -> None:
    text = f'{_BEFORE}Mr Pell said: "The bridge is not safe. Who will pay when it falls?"'
    assert _ids(text) == [("tom-pell", "The bridge is not safe. Who will pay when it falls?")]


def test_a_statement_quoting_a_question_is_a_claim() -> None:
    text = f"{_BEFORE}Mr Pell said: \"Drivers will only ask: 'Where is the bridge?'\""
    assert [speaker for speaker, _ in _ids(text)] == ["tom-pell"]


def test_a_question_given_as_a_reply_is_a_claim() -> None:
    text = f'{_BEFORE}Asked if he would stand again, Mr Pell replied: "Is the sky blue?"'
    assert _ids(text) == [("tom-pell", "Is the sky blue?")]


@pytest.mark.parametrize("noun", ["Surveys", "Studies", "Polls"])
def test_plural_documents_show_a_finding(noun: str) -> None:
    text = f"Grobco sold 200 vans in May. {noun} show that almost every van in the city is now electric."
    assert _pairs(text) == [(noun, "almost every van in the city is now electric")]


def test_plural_documents_need_their_verb() -> None:
    assert _pairs("Grobco sold 200 vans in May. Surveys of the city took place every spring.") == []


@pytest.mark.parametrize(
    "quote",
    [
        "Prices will rise again next year. The market is hot,",
        # a quote the parser hangs the name on as the verb's attribute
        "Anna is ridiculously quick. She has been flying around the track this week, so she is ready,",
    ],
)
@pytest.mark.parametrize("verb", ["warned", "insisted"])
def test_a_name_after_an_inverted_verb_of_saying_speaks_the_quote(quote: str, verb: str) -> None:
    text = f'Grobco sold 200 vans in May. "{quote}" {verb} Jones.'
    assert _ids(text) == [("jones", quote.rstrip(","))]


def test_no_inverted_speaker_without_a_quote_before_the_verb() -> None:
    # the verb of a narrated sentence, no quote: nobody's words
    assert _pairs("The river rose quickly, warned by the rain, and Pell left the town.") == []


def test_a_share_of_a_group_reported_inside_a_report_is_its_own_claim() -> None:
    text = (
        "The review of the council was published on Friday. The review said the town should build a "
        "new bridge, but accepted many engineers said it would be a costly project that would take years."
    )
    assert ("many engineers", "it would be a costly project that would take years") in _pairs(text)


def test_a_pronoun_reported_inside_a_report_is_no_claim_of_its_own() -> None:
    text = (
        "The review of the council was published on Friday. The review said the town should build a "
        "new bridge, but accepted they said it would be a costly project that would take years."
    )
    assert [speaker for speaker, _ in _pairs(text)] == ["The review", "The review"]


def test_according_to_a_list_of_sources_runs_to_the_list_end() -> None:
    text = "Shops had a good month. According to a survey by Grobco Data, Pell Research and Tanner Ltd sales rose 5% in May."
    assert [content for _, content in _pairs(text)] == ["sales rose 5% in May"]


def test_according_to_a_source_then_names_as_the_subject() -> None:
    text = "Shops had a good month. According to Tom Pell, Grobco and Tanner Ltd are likely to merge this year."
    assert [content for _, content in _pairs(text)] == ["Grobco and Tanner Ltd are likely to merge this year"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Green councillor Ann Tovey called on Monday for independent monitors at the general election",
        "Labour peer Lord Ann Tovey called last week for a public inquiry into the general election",
    ],
)
def test_a_dashed_participle_after_a_named_subject_is_her_claim(sentence: str) -> None:
    text = f"Grobco sold 200 vans in May. {sentence} - saying otherwise there could be years of legal disputes."
    assert _ids(text) == [("ann-tovey", "otherwise there could be years of legal disputes")]


@pytest.mark.parametrize(
    "text",
    [
        # a thing as the subject: no speaker
        "The storm hit the coast last week - adding to the damage the floods had done in May.",
        # a person in the object, not the subject
        "The storm hit Tom Pell's farm last week - adding to the damage the floods had done in May.",
    ],
)
def test_no_dashed_participle_claim_without_a_named_subject(text: str) -> None:
    assert _pairs("Grobco sold 200 vans in May. " + text) == []


def test_a_statement_then_but_and_a_question_is_a_claim() -> None:
    text = f'{_BEFORE}Mr Pell said: "We all like new bridges, but who will pay for this one?"'
    assert [speaker for speaker, _ in _ids(text)] == ["tom-pell"]


def test_plural_documents_leave_their_auxiliary_out_of_the_source() -> None:
    text = "Grobco sold 200 vans in May. Recent city surveys have also shown that most vans in the city are electric."
    assert _pairs(text) == [("Recent city surveys", "most vans in the city are electric")]


def test_according_to_a_name_with_commas_and_its_abbreviation() -> None:
    text = (
        "Shops had a good month. According to figures from the Office of Roads, Rail and Shipping (ORRS), "
        "traffic rose 5% in May."
    )
    assert [content for _, content in _pairs(text)] == ["traffic rose 5% in May"]


def test_plural_documents_of_two_bodies_have_no_named_speaker() -> None:
    text = "Grobco sold 200 vans in May. And surveys from Barclays and the Tanner Institute have indicated van prices are rising."
    claims = claims_of("Port\n\n" + text)
    assert [(c.speaker, c.speaker_id, c.content) for c in claims] == [
        ("surveys from Barclays and the Tanner Institute", None, "van prices are rising")
    ]


def test_confided_reports_a_quote_and_ends_it_before_the_speakers_article() -> None:
    text = (
        'Grobco sold 200 vans in May. "That was a total mess. I just could not seem to think of things '
        'to say," a crestfallen Mr Lim confided in the host, Jo Bell.'
    )
    assert _ids(text) == [("lim", "That was a total mess. I just could not seem to think of things to say")]


def test_a_quoted_word_the_sentence_goes_on_from_keeps_its_object() -> None:
    # no closing punctuation before the quote mark: "the decision soon" is the reported words' own
    text = 'Ann Tovey added that "it will be serious" and she would "formalize" the decision soon.'
    assert _ids("Grobco sold 200 vans in May. " + text) == [
        ("ann-tovey", '"it will be serious" and she would "formalize" the decision soon')
    ]


@pytest.mark.parametrize(
    "text",
    ["Ann Tovey confided that the firm would close in June.", "Ann Tovey confided in her sister."],
)
def test_confided_needs_a_clause(text: str) -> None:
    contents = [content for _, content in _ids("Grobco sold 200 vans in May. " + text)]
    assert contents == (["the firm would close in June"] if "that" in text else [])
