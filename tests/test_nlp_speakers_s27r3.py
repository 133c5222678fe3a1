"""Session 27 round 3's mends of round 2's speaker rules, on sentences written for the purpose
(none copied from any corpus).

- "Dan Orrick agreed with Lia Venn saying ...": "with" is the verb's own complement (agree, break,
  side, plead, shake hands ...), not an absolute "with" clause: the subject speaks, not the object.
- '"Will we ...?"' said by Will Orrick, '"Young players ..."' said by Mark Young: a capitalised
  word opening a quoted sentence that is no mention does not name the speaker; nor does the name
  one is addressed by after a colon ("She told me: Ivo, you can ...").
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_speakers = claim_rows("speaker speaker_id content")


class TestWithComplement:
    @pytest.mark.parametrize(
        "sentence",
        [
            "Dan Orrick broke with his party claiming it had lost its way on rates.",
            "Dan Orrick shook hands with Lia Venn saying the row was over.",
            "Dan Orrick agreed with Lia Venn saying the scheme was too dear.",
            "Dan Orrick pleaded with the magistrate saying he was sorry for the damage.",
            "Dan Orrick reached a deal with Lia Venn saying the fee was fair.",
        ],
    )
    def test_the_subject_speaks(self, sentence: str) -> None:
        assert [s for _, s, _ in _speakers(QUAY + sentence)] == ["dan-orrick"]

    def test_a_verb_with_an_object_of_its_own_leaves_the_absolute_clause(self) -> None:
        found = _speakers(QUAY + "Dan Orrick fought the blaze with neighbour Lia Venn saying it began in a shed.")
        assert [s for _, s, _ in found] == ["lia-venn"]

    def test_an_absolute_clause_still_gives_its_object(self) -> None:
        found = _speakers(QUAY + "Dan Orrick missed the match with manager Sam Grint saying the player was tired.")
        assert [s for _, s, _ in found] == ["sam-grint"]


class TestOrdinaryWordOpeningQuote:
    @pytest.mark.parametrize(
        "text",
        [
            'Will Orrick joined the club in May.\n\n"Will we win the cup? I think so," he said.',
            "Ivo Orrick joined Dunmore in May. Mark Young, the chairman, was pleased.\n\n"
            '"Young players like Ivo are the future," he said.',
            'Ivo Orrick joined the club in May.\n\n"My father told me: Ivo, you can do this," he said.',
        ],
    )
    def test_the_speaker_stays(self, text: str) -> None:
        found = [w for w, _, _ in _speakers("Quay\n\n" + text)]
        assert found and not any("unresolved" in w for w in found)

    def test_a_name_spoken_of_still_unresolves(self) -> None:
        text = 'Ivo Orrick joined the club in May.\n\n"I had a word with Ivo and he is settled," he said.'
        found = [(w, s) for w, s, c in _speakers("Quay\n\n" + text) if c.startswith("I had")]
        assert found == [("he (unresolved)", None)]
