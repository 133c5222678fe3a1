"""Session 27 round 2's claim rules, on sentences written for the purpose (none copied from any corpus).

- A quotation of several sentences closed by ', he told X.' is the attribution's content however
  the parser hangs the reporting verb on the quote's last words (as a clause of a verb inside
  the quotation, which opened in the sentence before).
- Reported words end where the source left out a full stop ("... at high speed They spend ..."):
  a lower-case word, then a capitalised subject pronoun and a lower-case word; not a title.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_triples = claim_rows("speaker verb_text content", opening=QUAY)


class TestQuoteRunAttribution:
    def test_told_after_a_quote_opened_in_the_sentence_before(self) -> None:
        found = _triples(
            'Mr Harte spoke of the rivals before the game. "I have had more than a quiet word with him. '
            "It has been said within the whole squad, not as a one-to-one,\" he told the club's website."
        )
        assert [(v, c[:22]) for _, v, c in found] == [("told", "I have had more than a")]
        assert found[0][2].endswith("not as a one-to-one")


class TestMissingFullStop:
    def test_reported_words_end_where_the_source_left_out_a_full_stop(self) -> None:
        found = _triples(
            "According to analysts Grobco, more than half of the town's users are online at high speed "
            "They spend twice as long online as others."
        )
        assert [c for _, _, c in found] == ["more than half of the town's users are online at high speed"]

    def test_a_title_with_a_capitalised_pronoun_stays(self) -> None:
        found = _triples("Ms Dorn said the show Faking It was the best of the year.")
        assert [c for _, _, c in found] == ["the show Faking It was the best of the year"]
