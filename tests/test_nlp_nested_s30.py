"""A claim told inside another's reported words, by a pronoun in a time clause (session 30), on
sentences written for the purpose: only a person named in the outer words BEFORE the pronoun can be
its speaker, never one named after it ("when he told his friend Jo Bell he hoped to run" is not Jo
Bell's)."""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Harbour news\n\nVote\n\nTrade was slow in April. "


def test_the_person_told_after_the_pronoun_is_not_the_speaker() -> None:
    text = (
        _OPENING + "Tom Pell denied wanting to be mayor until March, when he told his friend Jo Bell he hoped to run."
    )
    assert [c.speaker_id for c in claims_of(text) if c.speaker_id == "jo-bell"] == []


def test_the_one_person_named_before_the_pronoun_still_speaks() -> None:
    text = (
        _OPENING + "The Post said Minister Jo Bell had caused anger when she said her office was short of "
        "staff. Ann Pell, the mayor, was not available."
    )
    inner = [c for c in claims_of(text) if c.content == "her office was short of staff"]
    assert [c.speaker_id for c in inner] == ["jo-bell"]
