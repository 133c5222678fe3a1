"""Speakers, session 24 round 1, on sentences written for the purpose (none copied from any
corpus). A wrong speaker is worse than none: each rule has its settled case and the case it
leaves alone beside it.

- "Ahead of talks with Tarbury on Friday, the bourse said": the one named in the opening phrase
  after "with" is whom the speaker deals with, not a rival candidate for "the bourse"; the
  organisation the sentence before is about ("However, rival suitor Grobex also ...") speaks.
"""

from __future__ import annotations

from nlp_util import speaker_of

# the opening phrase's partner is no candidate

_BOURSE = (
    "Exchange bid battle\n\n"
    "Acme Holdings has offered to buy the Tarbury Stock Exchange. {before} Ahead of talks with Tarbury on Friday, "
    "the pan-Grobland bourse said it may be prepared to pay in cash."
)


def test_with_in_opening_phrase_leaves_the_sentence_before() -> None:
    text = _BOURSE.format(before="However, rival suitor Grobex also raised its offer on Monday.")
    assert speaker_of(text, "it may be prepared") == "grobex"


def test_with_in_opening_phrase_alone() -> None:
    text = _BOURSE.format(before="Grobex also raised its offer on Monday.")
    assert speaker_of(text, "it may be prepared") == "grobex"


def test_rival_suitor_opens_the_sentence_before() -> None:
    text = (
        "Exchange bid battle\n\n"
        "Acme Holdings has offered to buy the Tarbury Stock Exchange. However, rival suitor Grobex also raised "
        "its offer on Monday. The pan-Grobland bourse said it may be prepared to pay in cash."
    )
    assert speaker_of(text, "it may be prepared") == "grobex"


def test_two_bidders_in_sentence_before_stays_silent() -> None:
    text = _BOURSE.format(before="However, rival suitors Grobex and Brill Capital also raised their offers.")
    assert speaker_of(text, "it may be prepared") is None


def test_another_name_in_own_sentence_stays_silent() -> None:
    text = (
        "Exchange bid battle\n\n"
        "Acme Holdings has offered to buy the Tarbury Stock Exchange. However, rival suitor Grobex also raised "
        "its offer on Monday. Unlike Brill Capital, the pan-Grobland bourse said it may be prepared to pay in cash."
    )
    assert speaker_of(text, "it may be prepared") is None
