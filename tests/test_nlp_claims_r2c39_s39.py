"""Session 39 round 2, r2c39: attribution patterns behind fresh35's claim and speaker misses, on
invented sentences.

- "..., her lawyer, Tom Pell, said.", "..., Tom Pell, her lawyer, said.": a described name set off
  by commas closing the sentence, which the parser hangs on the content's last noun
  (`shapes._TRAILING`); the name speaks, and a following "he said" is his.
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


def test_a_described_name_closing_the_sentence_speaks():
    text = (
        "Pop star sued\n\n"
        "The singer Ana Velt was sued on Friday by a dancer.\n\n"
        "The dancer waited two years to sue because she was trying to reach a deal with the firm, "
        "her lawyer, Tom Pell, said. The firm failed to protect her, he said."
    )
    found = _found(text)
    assert (
        "Tom Pell",
        "tom-pell",
        "The dancer waited two years to sue because she was trying to reach a deal with the firm",
    ) in found, found
    assert ("Tom Pell", "tom-pell", "The firm failed to protect her") in found, found


def test_a_name_then_its_description_closing_the_sentence_speaks():
    text = (
        "Pop star sued\n\n"
        "The singer Ana Velt was sued on Friday by a dancer.\n\n"
        "The dancer waited two years to sue, Tom Pell, her lawyer, said."
    )
    assert ("Tom Pell", "tom-pell", "The dancer waited two years to sue") in _found(text), _found(text)


def test_a_list_of_names_with_no_closing_verb_is_no_claim():
    text = (
        "Board named\n\n"
        "The club has named its new board, with the chairman, Tom Pell, and his deputy, Ann Bell, at its head."
    )
    assert not _found(text), _found(text)
