"""Session 38 final-read mends (mf38): the definite topic with a second "that", and "the bank"
after a bank named last only when that bank spoke. (The occasion before "that", "when elected"
and the reader's retelling of the council are folded into the parametrised tests of mc38.)"""

import pytest

from belreader import nlp

from nlp_util import make_article


def _found(text):
    analysis = nlp.analyze(make_article(text))
    return [(c.speaker, c.speaker_id, c.content) for c in analysis.claims]


@pytest.mark.parametrize(
    ("text", "content", "not_content"),
    [
        pytest.param(
            "Ana Velt is a Tarbury councillor.\n\nVelt said in reply to the claims that she had lied that they were false.",
            "they were false",
            "she had lied",
            id="the claims that",
        ),
        pytest.param(
            "Ana Velt is the chief executive of Grobco.\n\n"
            "Velt said on Twitter about the rumours that she would quit that she had never been happier.",
            "she had never been happier",
            None,
            id="the rumours that",
        ),
        pytest.param(
            "Tom Pell is a Velt MP.\n\n"
            "Pell said in response to the allegations that he had lied to parliament that he would sue the newspaper.",
            "he would sue the newspaper",
            None,
            id="the allegations that",
        ),
        # the same case stood in mc38 too (its "in response to the report that keeps the content")
        pytest.param(
            "Tom Pell, its chief executive, said in response to the report that the figures were wrong.",
            "the figures were wrong",
            None,
            id="the report that alone",
        ),
    ],
)
def test_a_topic_that_then_a_second_that_gives_the_speakers_words(text, content, not_content):
    found = _found(text)
    assert [c for _, _, c in found if c == content], found
    if not_content is not None:
        assert not [c for _, _, c in found if not_content in c], found


@pytest.mark.parametrize(
    ("text", "spoke"),
    [
        pytest.param(
            "Grobco, the country's largest bank, is to cut 900 jobs.\n\n"
            "Rival Pellman Bank cut 500 jobs last year.\n\n"
            "The bank said the cuts would save 50m euros a year.",
            True,
            id="a rival bank that did not speak",
        ),
        pytest.param(
            "Dutch bank Grobco said on Monday it would cut 900 jobs.\n\n"
            "Grobco has repaid a loan from Pellman Bank.\n\n"
            "The bank said the cuts would save 50m euros a year.",
            True,
            id="a bank named as a lender",
        ),
        pytest.param(
            "Dutch bank Grobco is to cut 900 jobs.\n\n"
            "The move follows similar cuts at Tarbury's Pellman Bank last year.\n\n"
            "The bank said the cuts would save 50m euros a year.",
            False,
            id="a bank where cuts were made",
        ),
    ],
)
def test_the_bank_is_not_a_bank_named_last_that_did_not_speak(text, spoke):
    found = _found(text)
    said = [i for s, i, c in found if s.lower() == "the bank"]
    if spoke:
        assert said, found
    assert "pellman-bank" not in said, found
