"""Speakers, session 22 (round 2), on sentences written for the purpose (none copied from any
corpus). A wrong speaker is worse than none: each rule has the case it settles and, where one
exists, the doubtful case beside it that it leaves alone.

- "he said" after a sentence whose subject is an office holder the article does not name ("Earlier
  the Bishop of Durham wrote ...") is not settled as the man who spoke before; it stays him when
  the office is his ("Chancellor Tom Pell ... the chancellor wrote").
- "A new study by Mars found ..." speaks for Mars, the name typed a place.
- "Mr Pell also dismissed the figures insisting that ..." is Mr Pell's claim, not the figures'; with
  two subjects ("Mr Pell and Jo Bell dismissed ...") it is neither's alone.
- A name suffix ("Jr", "Sr", "III") is part of a full name, never a name alone: two men both
  called "... Jr" are not one person, and "Mr Bell" after "Tom K Bell Jr" is Tom K Bell Jr.
"""

from __future__ import annotations

import pytest

from belreader import nlp

from nlp_util import make_article, speaker_of

_TWO_JUNIORS = (
    "No charges for singer\n\n"
    "Singer Ray Dunmore will not face charges over the fight, officials said on Monday. Dunmore's "
    "lawyer, Tomas K Bellamy Jr, said the singer was relieved. Judge Brian L Castor Jr, "
    "who was in charge of the case, said that no witness had come forward."
)


def test_a_suffix_does_not_join_two_people() -> None:
    speaker = speaker_of(_TWO_JUNIORS, "no witness had come forward")
    assert speaker != "tomas-k-bellamy-jr"
    assert speaker in (None, "brian-l-castor-jr")


def test_a_suffix_alone_is_no_entity() -> None:
    analysis = nlp.analyze(make_article(_TWO_JUNIORS))
    assert not [m.text for m in analysis.mentions if m.text.rstrip(".") in ("Jr", "Sr")]
    assert "jr" not in {e.id for e in analysis.entities}


def test_the_surname_of_a_suffixed_name_is_the_word_before_the_suffix() -> None:
    text = (
        "Producer sues studio\n\n"
        "Film producer Walden Crisp Jr has sued the studio over his credit. Mr Crisp said he had "
        "raised the money for the film."
    )
    assert speaker_of(text, "he had raised the money") == "walden-crisp-jr"


_LETTER = (
    "Budget row grows\n\n"
    "The economy will decide the vote, Chancellor Tom Pell has said.\n\n"
    "He said voters would reward the government for steady growth. Earlier the Bishop of Durham "
    "wrote to the three parties urging them to avoid scare tactics.\n\n"
    "In an open letter, he called on them to drop the issue. He said they should talk about "
    "poverty instead."
)


@pytest.mark.parametrize("office", ["the Bishop of Durham", "the Chief Rabbi"])
def test_he_after_an_unnamed_office_holder_is_not_settled(office: str) -> None:
    text = _LETTER.replace("the Bishop of Durham", office)
    assert speaker_of(text, "they should talk about poverty") is None


def test_he_after_the_office_of_the_one_who_spoke_stays_him() -> None:
    text = _LETTER.replace("the Bishop of Durham wrote", "the chancellor wrote")
    assert speaker_of(text, "they should talk about poverty") == "tom-pell"


def test_a_document_by_a_name_typed_as_a_place_speaks_for_it() -> None:
    text = (
        "Phones lose appeal\n\n"
        "Sales of music phones slowed in the spring. A new study by Mars found that buyers "
        "wanted longer battery life. The phone makers are likely to respond."
    )
    assert speaker_of(text, "buyers wanted longer battery life") == "mars"


_FIGURES = (
    "Sales row\n\n"
    "Grobco's sales fell by 5% last year, a survey of shops has suggested.\n\n"
    "Chief executive Tom Pell said the firm was in good shape. Mr Pell also dismissed the figures "
    "insisting that the typical shop had done well under his plan."
)


def test_a_participle_after_an_object_is_the_subjects_claim() -> None:
    assert speaker_of(_FIGURES, "the typical shop had done well") == "tom-pell"


def test_a_participle_after_two_subjects_is_not_given_one() -> None:
    text = _FIGURES.replace("Mr Pell also dismissed", "Mr Pell and Jo Bell also dismissed")
    assert speaker_of(text, "the typical shop had done well") in (None, "")


def test_an_owner_before_a_numbered_name_is_not_part_of_it() -> None:
    text = (
        "Stage return\n\n"
        "The actor Tom Pell will star in Shakespeare's Richard III at the Grobton theatre next year, "
        "his agent said."
    )
    analysis = nlp.analyze(make_article(text))
    assert not [m.text for m in analysis.mentions if m.text.startswith("Shakespeare's")]


def test_a_place_before_the_makers_name_is_not_the_author() -> None:
    text = (
        "Web habits\n\n"
        "Most people go online before breakfast, according to a report by UK think-tank Grobdem. "
        "The report said broadband had changed habits."
    )
    assert speaker_of(text, "broadband had changed habits") != "united-kingdom"


def test_a_father_and_his_son_of_one_name_stay_two_people() -> None:
    text = (
        "Riding school\n\n"
        "The actor Walter Hanley Jr said his father, Walter Hanley Sr, had taught him to ride. "
        "Hanley Sr said the boy was a natural."
    )
    ids = {m.text: m.entity_id for m in nlp.analyze(make_article(text)).mentions}
    assert ids["Walter Hanley Jr"] != ids["Walter Hanley Sr"], ids
    assert "Sr" not in ids, ids  # "Hanley Sr" is no glued "Hanley" before a surname "Sr"


def test_a_father_named_without_suffix_after_his_son_is_another_person() -> None:
    text = (
        "Shop row\n\n"
        "Walter Grobman Jr runs the shop. His father Walter Grobman founded it. "
        "Walter Grobman Jr said sales were up."
    )
    ids = [(m.text, m.entity_id) for m in nlp.analyze(make_article(text)).mentions]
    son = {eid for written, eid in ids if written == "Walter Grobman Jr"}
    father = {eid for written, eid in ids if written == "Walter Grobman"}
    assert len(son) == 1 and len(father) == 1 and son != father, ids
