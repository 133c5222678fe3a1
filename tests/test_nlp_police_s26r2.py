"""Session 26 (round 2): "Police said" and a force named only in someone's title, on sentences
written for the purpose (none copied from any corpus).

- "Police said ..." is the one force the article names in narration; a force named only as the
  opening of a person's title ("Kent Police Commissioner Sir Tom Pell") names that person's office,
  not the police who spoke: the speaker stays unnamed.
"""

from __future__ import annotations

from nlp_util import claims_of


def _police(text: str) -> list[str | None]:
    return [c.speaker_id for c in claims_of("Port\n\n" + text) if c.speaker == "Police"]


def test_a_force_named_only_in_a_title_is_not_the_police_who_spoke() -> None:
    text = (
        "Four men were freed on Monday. Police have said they have a duty to question the men. "
        "Kent Police Commissioner Sir Tom Pell said the men had been held for a long time."
    )
    assert _police(text) == [None]


def test_a_force_named_in_narration_is() -> None:
    text = (
        "Four men were freed on Monday. Police have said they have a duty to question the men. "
        "Later, Kent Police asked for witnesses."
    )
    assert _police(text) == ["kent-police"]


def test_a_force_opening_a_longer_title_is_not_the_police_who_spoke() -> None:
    for title in ("Police and Crime Commissioner", "Police Chief Constable"):
        text = (
            "Four men were freed on Monday. Police have said they have a duty to question the men. "
            f"Kent {title} Tom Pell said the men had been held for a long time."
        )
        assert _police(text) == [None], title
