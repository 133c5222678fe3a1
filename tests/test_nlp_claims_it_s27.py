"""Session 27's claim rule for an opening "it" whose reporting verb has a phrase of time before its
that-clause, on sentences written for the purpose (none copied from any corpus).

- "It warned in March that X", "It said last week that X", "It said in 2003 that X": the clause is
  what was said, as in "It warned that X" (the speaker "it", resolved or not, as there).
- Not a phrase of place or anything else: "It warned in the north that X".
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_triples = claim_rows("speaker verb_text content", opening=QUAY)


class TestItWithATimeOfSaying:
    """ "It warned in March that X": a phrase of time between an opening "it" and its reporting
    verb's that-clause still leaves the clause what was said (as "It warned that X" does); a
    phrase that is no time ("in the north") does not."""

    @pytest.mark.parametrize(
        ("sentence", "verb", "content"),
        [
            ("It had warned in March that the strong pound would cut its profit.", "warned", "the strong pound"),
            ("It said last week that sales at the Dunmore plant had doubled.", "said", "sales at the Dunmore"),
            ("It said in 2003 that the new line would open by May.", "said", "the new line"),
        ],
    )
    def test_time_phrase(self, sentence: str, verb: str, content: str) -> None:
        assert any(v == verb and c.startswith(content) for _, v, c in _triples(sentence))

    def test_not_a_place(self) -> None:
        assert _triples("It warned in the north that the roads would close.") == []
