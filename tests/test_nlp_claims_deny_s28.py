"""Claims, session 28 (found using the reader on BBC sport): "deny" with a side or a person denied something is
no denial. "Tarlow got bodies behind the ball to deny Grobton space" and "X denied Y with a last-ditch
tackle" were shown as claims ("Tarlow deny: Grobton space ..."). Sentences written for the purpose; the
denials of words ("denied Kremlin involvement", "denied the claims with a smile") stay claims."""

from __future__ import annotations

import pytest

from nlp_util import triples_of


@pytest.mark.parametrize(
    "text",
    [
        "Tarlow got plenty of bodies behind the ball to deny Grobton space in the early stages.",
        "Chelsea defender Jo Marr denied Tom Vell with a last-ditch tackle in the second half.",
        "The keeper denied Vell with a fine save.",
        "A late header denied Tarlow victory in the final minute.",
    ],
)
def test_a_side_or_a_person_denied_something_is_no_claim(text: str) -> None:
    assert [t for t in triples_of("Match report\n\n" + text) if t[1].startswith("den")] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mr Dorn denied Kremlin involvement in the plot.", "Kremlin involvement in the plot"),
        ("Mr Dorn denied the claims with a smile.", "the claims with a smile"),
        ("The minister denied the possession of arms by the group.", "the possession of arms by the group"),
    ],
)
def test_words_or_deeds_denied_stay_claims(text: str, content: str) -> None:
    assert [t[2] for t in triples_of("Report\n\n" + text) if t[1].startswith("den")] == [content]
