"""Session 27's claim rule for a relative clause that describes or likens its antecedent, on
sentences written for the purpose (none copied from any corpus).

- "..., which he described as Z" / "a plan which she has likened to Z": what the speaker calls
  the antecedent is a claim of its own (content Z, verb "described"/"likened"), also inside the
  same speaker's reported words ("She said X would help groups like Y, which she described as Z").
- Not "what it described as Z" (no antecedent), nor "which he called Z" (a name given).
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_triples = claim_rows("speaker verb_text content", opening=QUAY)


class TestRelativeDescription:
    def test_described_as_after_a_comma(self) -> None:
        found = _triples('The Velmo sold 9,000 copies in a week, which Mr Harte described as "a record for a debut".')
        assert ("Harte", "described", "a record for a debut") in found

    def test_likened_to(self) -> None:
        found = _triples(
            "Mrs Quell unveiled a harbour plan which she has likened to the old ferry scheme used by the town."
        )
        assert [(v, c) for _, v, c in found] == [("likened", "the old ferry scheme used by the town")]

    def test_inside_the_same_speakers_words(self) -> None:
        found = _triples(
            "Ms Dorn said the fund would help groups like Harbour Watch, which she described as a lobby posing as a charity."
        )
        assert any(s.endswith("Dorn") and v == "described" and c == "a lobby posing as a charity" for s, v, c in found)
        assert any(v == "said" and c.startswith("the fund would help") for _, v, c in found)
        assert not any(c.startswith("as ") for _, _, c in found)

    @pytest.mark.parametrize(
        "sentence",
        [
            "Lintell bought what it described as a small firm.",
            "Mr Harte sold the farm, which he called Greenacre.",
        ],
    )
    def test_no_antecedent_or_a_name_given(self, sentence: str) -> None:
        assert _triples(sentence) == []
