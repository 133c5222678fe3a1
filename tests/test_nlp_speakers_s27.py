"""Session 27's speaker rules, on sentences written for the purpose (none copied from any corpus).

- "Makers' body, the Tarlow Federation, said ...": a description closed by an organisation's name
  with its own "the", set off by commas before the verb, is that organisation (as "The firm,
  Grobco, said" already was); not when a definite noun of the description's modifier comes right
  before the name ("the group that sued the owners, the Tarlow Federation, said": maybe the
  owners').
- The same with a bare singular label opening the sentence ("Traffic monitor, Grobstat, said",
  "Lead plaintiff, the Tarlow Pension Fund, said") and with a name that runs over "of" ("The
  lender, the Bank of Tarlow, said").
"""

from __future__ import annotations

import pytest

from nlp_util import QUAY, claim_rows

_speakers = claim_rows("speaker_id content", opening=QUAY)


class TestNameWithItsOwnThe:
    @pytest.mark.parametrize(
        ("sentence", "speaker"),
        [
            ("Makers' organisation, the TBF, said output fell sharply in the spring.", "tbf"),
            ("The makers' body, the Tarlow Federation, said output fell in May.", "tarlow-federation"),
            ("The lobby group, the Morven Trust, said the rules would hurt farmers.", "morven-trust"),
            ("Trade body, the Morven Federation, said output fell in May.", "morven-federation"),
            ("Lead plaintiff, the Tarlow Pension Fund, said the deal was unfair.", "tarlow-pension-fund"),
            ("The lender, the Bank of Tarlow, said the deal was unfair.", "bank-of-tarlow"),
        ],
    )
    def test_the_named_organisation_speaks(self, sentence: str, speaker: str) -> None:
        assert [s for s, _ in _speakers(sentence)] == [speaker]

    def test_not_when_a_modifier_noun_may_own_the_name(self) -> None:
        found = _speakers("The group that sued the owners, the Tarlow Federation, said output fell.")
        assert [s for s, _ in found] == [None]

    def test_without_the_as_before(self) -> None:
        assert [s for s, _ in _speakers("The firm, Grobco, said output fell in May.")] == ["grobco"]

    def test_not_a_plural_label(self) -> None:
        # a bare plural may be a group the name is one of, not the name itself
        found = _speakers("Rivals, the Morven Federation, said output fell in May.")
        assert "morven-federation" not in [s for s, _ in found]
