"""Session 43 round 2, r2c43: speaker patterns behind fresh39's claim misses, on invented
sentences (none copied from any corpus).

- A group's own name that holds another body's name ("The Abolish the Senate Campaign said", "the
  Senate Reform Group said"): the whole name is the speaker, not the body named inside it; shown
  as written without a guessed id (`subjects._longer_name`, across "the" and up to a group's word).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of(text)]


# ---- a group's name holding another body's name --------------------------------------------------

_SENATE = (
    "Senate plan backed\n\n"
    "A cross-party group of MPs has published a plan to reform the House of Lords.\n\n"
    "The plan would cut the number of peers. Tom Pellham, a Labour MP, said the plan was fair.\n\n"
    "{subject} said the draft was an important step. "
    '"It is detailed," said co-ordinator Ann Vesty.'
)


def _draft_speaker(subject: str) -> tuple[str, str | None]:
    found = _found(_SENATE.format(subject=subject))
    return next((s, i) for s, i, c, _ in found if c.startswith("the draft was"))


def test_a_campaign_named_across_the_is_not_the_body_inside_it():
    speaker, speaker_id = _draft_speaker("The Abolish the Lords Campaign")
    assert speaker_id != "house-of-lords", speaker
    assert "Campaign" in speaker


def test_a_group_named_after_the_body_is_not_the_body():
    speaker, speaker_id = _draft_speaker("The Lords Reform Group")
    assert speaker_id != "house-of-lords", speaker


def test_the_body_itself_still_speaks():
    assert _draft_speaker("The House of Lords")[1] == "house-of-lords"
    assert _draft_speaker("The Lords")[1] == "house-of-lords"
