"""Speakers, session 22 (round 2), on sentences written for the purpose (none copied from any
corpus). A wrong speaker is worse than none: each rule has the case it settles and, where one
exists, the doubtful case beside it that it leaves alone.

- A name suffix ("Jr", "Sr", "III") is part of a full name, never a name alone: two men both
  called "... Jr" are not one person, and "Mr Bell" after "Tom K Bell Jr" is Tom K Bell Jr.
"""

from __future__ import annotations

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
