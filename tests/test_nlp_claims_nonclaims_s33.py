"""Session 33 (issue 11): sentences that state nothing taken for claims, on invented sentences
(mended at the review: several had followed articles' words).

- A sum promised or given ("had pledged millions of euros for new bridges", "has promised the
  councils some £3.4bn", "announced £90m for hospitals"): a turn of the speaker's with no words; never
  "pledged that £8bn would go to roads", and the "he" after it is still the speaker's.
- "revealed few details of the merger", "revealed an impressive pedigree": a thing made known,
  as "announced a new album"; never "revealed its support for the plan" (a stance) nor
  "revealed (that) his staff were planning ...".
- Scare quotes around a term ("added a way to “pin” photos", "to announce a “strategic”
  partnership") are no quotation that could hold words: the noun object states
  nothing; a longer quotation ("announced a “very good deal for everyone”") still may.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


class TestPledgedSum:
    def test_pledged_billions(self) -> None:
        assert _found("Ms Bell had pledged millions of euros for new bridges.") == []

    def test_promised_them_a_sum(self) -> None:
        assert _found("Ms Bell has promised the councils some £3.4bn over two years.") == []

    def test_announced_a_sum(self) -> None:
        assert _found("Mr Velt announced £90m for hospitals in the north.") == []

    def test_pledged_that_is_a_claim(self) -> None:
        assert _found("Mr Velt pledged that £8bn would go to roads.") == [("Velt", "pledged", "£8bn would go to roads")]

    def test_a_sum_inside_the_object_is_no_pledged_sum(self) -> None:
        found = _found("Mr Velt announced proposals to raise tuition fees by £2,000 to stop a flood of students.")
        assert [v for _, v, _ in found] == ["announced"]

    def test_he_after_a_pledged_sum_is_the_speaker(self) -> None:
        found = [
            (c.speaker_id, c.content)
            for c in claims_of(QUAY + "Mr Velt pledged £8bn for roads. He said the money would create jobs.")
        ]
        assert found == [("velt", "the money would create jobs")]


class TestRevealedThing:
    def test_revealed_few_details(self) -> None:
        assert _found("Velt and Tarko have revealed few details of the merger so far.") == []

    def test_revealed_an_impressive_pedigree(self) -> None:
        assert _found("A look at his family reveals an impressive pedigree in the form of his father.") == []

    def test_revealed_its_support_stays(self) -> None:
        assert [c for _, _, c in _found("Grobco revealed its support for the plan.")] == ["its support for the plan"]

    def test_revealed_a_clause_stays(self) -> None:
        assert _found("Tom Pell revealed his staff were planning a delay.") == [
            ("Tom Pell", "revealed", "his staff were planning a delay")
        ]


class TestScareQuotes:
    def test_added_the_ability_to_save(self) -> None:
        assert _found('Velt has added a way to "pin" photos to the home screen.') == []

    def test_announce_a_long_term_relationship(self) -> None:
        assert _found('Ann Bell arrived on Monday to announce a "strategic" partnership with the school.') == []

    def test_a_long_quotation_stays(self) -> None:
        assert [v for _, v, _ in _found('Grobco announced a "very good deal for everyone" on Monday.')] == ["announced"]

    def test_added_a_quote_stays(self) -> None:
        assert _found('Grobco added: "We are pleased."') == [("Grobco", "added", "We are pleased")]

    def test_written_to_a_body_accusing_keeps_the_writer(self) -> None:
        found = _found('Tom Pell has written to the council accusing Grobco of a "flagrant breach" of the rules.')
        assert found and all(speaker == "Tom Pell" for speaker, _, _ in found)

    def test_scare_quotes_inside_a_said_clause(self) -> None:
        assert _found('Tom Pell said the "long-term" plan was sound.') == [
            ("Tom Pell", "said", 'the "long-term" plan was sound')
        ]
