"""Mends of session 29's claim shapes after review (findings 3 and 6), on invented sentences.

- "left/kept X saying ...": X speaks only in the tight shape, the participle right after the
  object. After a comma ("left the chairman, saying ..."), after another word ("kept the minister
  waiting, saying ...", "kept Ann Bell on the board, saying ...") or with "kept" meaning
  retained ("kept manager Tom Pell, saying ..."), the one who left or kept goes on.
- "Tom Pell left Grobco saying ...": a bare one-word name the model tagged a person, left by a
  named person, is where he left; the leaver speaks.
- "kept the spokesman saying nothing", "said nothing about ...": "nothing" as the verb's object is a
  silence, no statement ("said nothing had changed" is one).
- "admitted two counts of theft, which he said were ...": with the plea dropped, the saying in the
  relative clause on the charge noun is no claim either (its content has no subject).
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


class TestLeftOrKeptAfterAComma:
    def test_left_the_chairman_comma_saying(self) -> None:
        assert _found("Ann Bell left the chairman, saying she had had enough of the rows.") == [
            ("Ann Bell", "saying", "she had had enough of the rows")
        ]

    def test_kept_waiting_comma_saying(self) -> None:
        assert _found("Ann Bell kept the minister waiting, saying she was too busy to meet him.") == [
            ("Ann Bell", "saying", "she was too busy to meet him")
        ]

    def test_kept_meaning_retained(self) -> None:
        assert _found("Dorran kept manager Tom Pell, saying he had done a fine job.") == [
            ("Dorran", "saying", "he had done a fine job")
        ]

    def test_kept_on_the_board(self) -> None:
        found = _found("Grobco kept Ann Bell on the board, saying she was vital to the firm.")
        assert [s for s, _, _ in found] == ["Grobco"]

    def test_kept_on_with_a_particle(self) -> None:
        found = _found("The board kept the chairman on, saying he was needed for the merger.")
        assert [s for s, _, _ in found] == ["The board"]

    def test_tight_shape_still_gives_the_object(self) -> None:
        assert _found("The row left Ann Bell claiming she had been misled.") == [
            ("Ann Bell", "claiming", "she had been misled")
        ]

    def test_sacked_comma_saying(self) -> None:
        found = _found("Grobco sacked Tom Pell, saying he had broken the rules.")
        assert [s for s, _, _ in found] == ["Grobco"]


class TestLeftABareName:
    def test_left_one_word_firm_saying(self) -> None:
        assert _found("Tom Pell left Grobco saying the pay was too low.") == [
            ("Tom Pell", "saying", "the pay was too low")
        ]

    def test_left_a_named_person_still_speaks(self) -> None:
        found = _found("The scandal left Ann Bell insisting that she had been framed.")
        assert [s for s, _, _ in found] == ["Ann Bell"]


class TestSaidOfACharge:
    def test_which_he_said_after_a_plea(self) -> None:
        assert _found("Tom Pell admitted two counts of theft, which he said were the result of his drinking.") == []

    def test_which_police_said_after_a_denial(self) -> None:
        assert _found("Tom Pell denied three counts of fraud, which police said were linked to a gang.") == []

    def test_a_plea_then_a_saying_stays(self) -> None:
        found = _found("Tom Pell admitted the two counts, saying he was ashamed.")
        assert [(s, c) for s, _, c in found] == [("Tom Pell", "he was ashamed")]


class TestSaidNothing:
    def test_kept_saying_nothing(self) -> None:
        assert _found("Tom Pell kept the spokesman saying nothing for a week.") == []

    def test_said_nothing_about(self) -> None:
        assert _found("The ministers said nothing about the slide of the pound, which could hurt exports.") == []

    def test_nothing_as_a_clause_subject_stays(self) -> None:
        assert _found("Ann Bell said nothing would stop the plan.") == [
            ("Ann Bell", "said", "nothing would stop the plan")
        ]
