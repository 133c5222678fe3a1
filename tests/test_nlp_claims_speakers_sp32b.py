"""Session 32 (sp32b): confident-wrong speakers and statements missed after a question, on
sentences written for the purpose (none copied from any corpus).

- "The trouble they have, said Tom Pell, head of sales at Grobco, is finding staff.": an
  attribution inserted after the clause's subject, the name followed by an apposition between
  commas: the name speaks, never the clause's subject ("The trouble"). Not "said the firm, Grobco,
  was ..." (no proper name after "said").
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Quay\n\nTrade was slow in April. "


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(c.speaker, c.verb_text, c.content.rstrip(".")) for c in claims_of(_OPENING + text)]


class TestInsertedSayWithApposition:
    def test_name_and_apposition_speak(self) -> None:
        found = _found("The trouble they have, said Tom Pell, head of sales at Grobco, is finding enough staff.")
        assert [(s, c) for s, _, c in found] == [("Tom Pell", "The trouble they have is finding enough staff")]

    def test_name_without_apposition_unchanged(self) -> None:
        found = _found("The trouble they have, said Tom Pell, is finding enough staff.")
        assert [(s, c) for s, _, c in found] == [("Tom Pell", "The trouble they have is finding enough staff")]

    def test_a_described_name_is_no_speaker(self) -> None:
        # the words after "said" are no proper name: never that phrase's name as the speaker
        found = _found("Tom Pell, the chairman, said the firm, Grobco, was in good shape.")
        assert all(s != "Grobco" for s, _, _ in found)
