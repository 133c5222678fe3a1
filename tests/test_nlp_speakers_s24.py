"""Speakers, session 24 round 1, on sentences written for the purpose (none copied from any
corpus). A wrong speaker is worse than none: each rule has its settled case and the case it
leaves alone beside it.

- "Ahead of talks with Tarbury on Friday, the bourse said": the one named in the opening phrase
  after "with" is whom the speaker deals with, not a rival candidate for "the bourse"; the
  organisation the sentence before is about ("However, rival suitor Grobex also ...") speaks.
- "The Foreign Secretary told reporters" after "Mr Pellow said: '...' '...'": a quotation
  reopened with no attribution goes on with the direct quote before it, so its speaker is the
  one who spoke just before; and "Shadow foreign secretary Jo Bellamy" (a qualifier the
  description lacks) is no other holder of the office, here and for an office the article gives
  nobody ("Tom Pellow has addressed the conference. The Chancellor said ...").
- "he said" walks back over such a reopened quotation to the turn it goes on with, as it walks
  over "And he ..." and "The businessman, whose ..., also ...".
- "However, the Ruritania coach added" after the person who spoke before: a former coach named
  in the article is no other holder of the role either.
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


def test_the_one_talked_with_is_not_the_speaker() -> None:
    text = (
        "Exchange bid battle\n\n"
        "Acme Holdings has offered to buy the Tarbury Stock Exchange. Grobex raised its offer on Monday. "
        "Ahead of talks with Grobex on Friday, the pan-Grobland bourse said it may be prepared to pay in cash."
    )
    assert speaker_of(text, "it may be prepared") is None


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


# a shadow holder is no candidate for the office; a quotation reopened goes on with its speaker

_SECRETARY = (
    "Election row\n\n"
    '{shadow} said: "We have fought a clean campaign."\n\n'
    'In a speech in Tarbury Mr Pellow said of the opposition leader: "He is clever, but he is not wise. '
    '"He lacks judgment." The Foreign Secretary told reporters: "I was making an observation about policy."'
)


def test_the_office_is_the_speaker_before_when_the_other_holds_its_shadow() -> None:
    text = _SECRETARY.format(shadow="Shadow foreign secretary Jo Bellamy")
    assert speaker_of(text, "I was making an observation") == "pellow"


def test_the_office_another_holds_is_not_the_speaker_before() -> None:
    text = _SECRETARY.format(shadow="Deputy leader Jo Bellamy, the foreign secretary,")
    assert speaker_of(text, "I was making an observation") == "jo-bellamy"


def test_a_bare_quotation_after_another_speaker_stays_silent() -> None:
    text = (
        "Election row\n\n"
        'In a speech in Tarbury Mr Pellow said of the opposition leader: "He is clever, but he is not wise." '
        'Jo Bellamy disagreed. "He lacks judgment." The Foreign Secretary told reporters: "I was making an '
        'observation about policy."'
    )
    assert speaker_of(text, "I was making an observation") is None


def test_a_bare_quotation_goes_on_with_the_speaker_before() -> None:
    text = _SECRETARY.format(shadow="Party leader Jo Bellamy")
    assert speaker_of(text, "I was making an observation") == "pellow"


_CHANCELLOR = (
    "Conference speech\n\n"
    "{other} accused the government of waste on Monday.\n\n"
    "Tom Pellow has addressed the conference behind closed doors. The Chancellor said the opposition's "
    "plans would cost thousands of jobs."
)


def test_the_untitled_office_is_the_one_before_when_the_other_holds_its_shadow() -> None:
    text = _CHANCELLOR.format(other="Shadow chancellor Jo Bellamy")
    assert speaker_of(text, "the opposition's plans") == "tom-pellow"


def test_the_untitled_office_another_holds_is_not_the_one_before() -> None:
    text = _CHANCELLOR.format(other="Jo Bellamy, the chancellor,")
    assert speaker_of(text, "the opposition's plans") == "jo-bellamy"


_REOPENED = (
    "Donor warning\n\n"
    'Businessman Tom Pellow has given the party money. Mr Pellow said: "Unity matters to the country. '
    "{reopened} The businessman, whose latest venture is a hotel in Tarbury, also voiced concern about the "
    'war.\n\nAnd he branded the response as "slow". "People there need help," he said.'
)


def test_he_walks_back_over_a_reopened_quotation_to_its_speaker() -> None:
    text = _REOPENED.format(reopened='"Jo Bellamy is a great leader who has delivered a stable economy."')
    assert speaker_of(text, "People there need help") == "tom-pellow"


def test_he_after_a_quotation_no_one_was_given_stays_silent() -> None:
    text = (
        "Donor warning\n\n"
        'Businessman Tom Pellow met the minister Jo Bellamy on Monday. "Unity matters to the country." The '
        "businessman, whose latest venture is a hotel in Tarbury, also voiced concern about the war.\n\n"
        'And he branded the response as "slow". "People there need help," he said.'
    )
    assert speaker_of(text, "People there need help") is None


# "the coach added" after the person who spoke just before, when the only other coach is a former one

_FORMER_COACH = (
    "Ruritania lose in Paris\n\n"
    "Fly-half Jo Pebworth missed four kicks in Ruritania's 18-17 defeat to France, {other}.\n\n"
    'Pebworth said he was "very disappointed" with himself. '
    'Tom Lemmer said he would "keep working on the kicking" with his squad. '
    "However, the Ruritania coach added that he would take some positives from the defeat."
)


def test_the_coach_who_adds_is_the_speaker_before_when_the_other_is_a_former_coach() -> None:
    text = _FORMER_COACH.format(other="watched by former Ruritania coach Ben Tarbury")
    assert speaker_of(text, "he would take some positives") == "tom-lemmer"


def test_the_coach_is_the_other_when_another_holds_the_role() -> None:
    text = _FORMER_COACH.format(other="watched by Ruritania coach Ben Tarbury")
    assert speaker_of(text, "he would take some positives") == "ben-tarbury"
