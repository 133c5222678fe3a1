"""Session 27's claim rule for "urged that X", on sentences written for the purpose (none copied
from any corpus).

- The guide's exception to "requests are not claims": a that-clause after "urged" is a claim
  (verb "urged"); "urged X to ..." and "urged caution" stay no claim.
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_triples = claim_rows("speaker verb_text content", opening=QUAY)


class TestUrgedThat:
    def test_that_clause(self) -> None:
        found = _triples("The Harbour Trust urged that the families should receive help.")
        assert [(v, c) for _, v, c in found] == [("urged", "the families should receive help")]

    @pytest.mark.parametrize(
        "sentence",
        ["The Harbour Trust urged its members to reject the offer.", "The Harbour Trust urged caution over the plan."],
    )
    def test_request_is_no_claim(self, sentence: str) -> None:
        assert _triples(sentence) == []
