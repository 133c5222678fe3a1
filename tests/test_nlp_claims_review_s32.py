"""Session 32: the findings of the claims review of session 32's merged rules, on sentences written
for the purpose (none copied from any corpus).

- "cautioned investors on Tuesday the market was weak": an object parted from the reported clause by
  the reporting verb's own adjunct or a time is the hearer or what was confirmed, not the clause's
  subject; caution and urge take a hearer as tell and warn do.
- "The plan will fail, according to Tom Pell, in an interview with X": a phrase of place, time or
  topic after "according to X" says where the source spoke; it does not finish the claim ("...,
  with an estimated $9m" and "..., to $9m" still do).
- "dismissed claims that he had worked for Grobco as nonsense": a verdict noun that names no role
  ("nonsense", "a smear", "a myth") is the speaker's verdict after any verb of the denied clause;
  only a noun that can be a role ("used as a distraction") stays the clause's after such a verb.
- "rejected the report the committee sent him": a relative clause is the rejected claim only with a
  clause of its own ("reports she promised the staff she would retire") or a copula's complement,
  never by an object alone.
- "Velt, whose government insists the tax is legal, ...": a body that speaks after "whose" is a
  speaker; only a thing of someone's that shows ("whose question revealed the cost") is none.
- "Analysts said shares fell amid fears of a slowdown": a bare "amid fears of X" right after the
  clause is the source's own explanation; only one with a report of its own ("amid speculation the
  bank would act") or set off by a comma is the writer's.
- the reason subordinators have one home (vocabulary.REASON_MARKS).
"""

from __future__ import annotations

from belreader.nlp.claims import content, parsed, vocabulary

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


def _contents(text: str) -> list[str]:
    return [content for _, _, content in _found(text)]


class TestObjectBeforeAdjunct:
    def test_hearer_then_a_day(self) -> None:
        assert _contents("Tom Pell cautioned investors on Tuesday the market was weak.") == ["the market was weak"]

    def test_object_then_a_day(self) -> None:
        assert _contents("Ann Bell confirmed the deal on Friday the firm would buy Velt.") == [
            "the firm would buy Velt"
        ]

    def test_urged_keeps_its_hearer(self) -> None:
        assert _contents("Tom Pell urged members at the meeting the deal was their best hope.") == [
            "the deal was their best hope"
        ]

    def test_a_misparse_inside_the_phrase_still_opens_the_clause(self) -> None:
        found = _contents("Tom Pell admitted their visit to Velt to play Grobco was the toughest tie.")
        assert found == ["their visit to Velt to play Grobco was the toughest tie"]

    def test_a_misparsed_infinitive_is_no_adjunct(self) -> None:
        # "to play" hung on the verb as a clause, the clause's subject after it: still the phrase's
        found = _contents(
            "Tom Pell admitted their visit to Velt to play top side Grobco was the toughest tie possible."
        )
        assert found == ["their visit to Velt to play top side Grobco was the toughest tie possible"]


class TestOccasionAfterAccordingTo:
    def test_in_an_interview(self) -> None:
        found = _found("The plan will fail, according to Tom Pell, in an interview with the Velt Times.")
        assert [(s, c) for s, _, c in found] == [("Tom Pell", "The plan will fail")]

    def test_at_a_meeting(self) -> None:
        found = _found("Sales fell sharply, according to Ann Bell, at a meeting in Velt.")
        assert [(s, c) for s, _, c in found] == [("Ann Bell", "Sales fell sharply")]

    def test_with_and_to_still_finish_the_clause(self) -> None:
        assert _contents("Grobco sold the most seats, according to Velt Weekly, with an estimated $9m.") == [
            "Grobco sold the most seats with an estimated $9m"
        ]
        assert _contents("Sales rose, according to Grobco, to $9m.") == ["Sales rose to $9m"]


class TestVerdictAfterAClauseVerb:
    def test_nonsense_after_worked(self) -> None:
        assert _found("Tom Pell dismissed claims that he had worked for Grobco as nonsense.") == [
            ("Tom Pell", "dismissed", "he had worked for Grobco")
        ]

    def test_rubbish_after_sold(self) -> None:
        assert _contents("Ann Bell rejected suggestions that the firm was sold as rubbish.") == ["the firm was sold"]

    def test_a_smear_after_sold(self) -> None:
        assert _contents("Tom Pell dismissed claims that he had sold shares as a smear.") == ["he had sold shares"]

    def test_a_role_stays_the_clauses(self) -> None:
        assert _contents("Tom Pell dismissed claims that the strike was used as a distraction.") == [
            "the strike was used as a distraction"
        ]
        assert _contents("Tom Pell rejected claims that the offer was seen as a gimmick.") == [
            "the offer was seen as a gimmick"
        ]


class TestRelativeClauseIsNoRejectedClaim:
    def test_a_second_object(self) -> None:
        assert _found("Tom Pell rejected the report the committee sent him in May.") == []

    def test_an_object_complement(self) -> None:
        assert _found("Ann Bell dismissed the suggestions the panel made public on Friday.") == []

    def test_a_second_noun_object(self) -> None:
        assert _found("Tom Pell rejected the report the committee sent the minister.") == []

    def test_a_bare_clause_is_still_rejected(self) -> None:
        assert _contents("Tom Pell rejected claims the firm was bust.") == ["the firm was bust"]

    def test_a_relative_report_with_a_clause_is_rejected(self) -> None:
        found = _contents("Ann Bell has dismissed reports she promised the staff she would retire in June.")
        assert found == ["she promised the staff she would retire in June"]


class TestWhoseBodySpeaks:
    def test_whose_government_insists(self) -> None:
        assert _contents("Velt, whose government insists the tax is legal, faces a court case.") == ["the tax is legal"]

    def test_whose_club_says(self) -> None:
        assert _contents("Tom Pell, whose club says he will stay, scored twice.") == ["he will stay"]

    def test_whose_request_revealed_is_no_speaker(self) -> None:
        found = _found("Councillor Ann Bell, whose request revealed the repair bill, said the figure alarmed her.")
        assert found == [("Ann Bell", "said", "the figure alarmed her")]


class TestAmidFears:
    def test_a_bare_explanation_stays(self) -> None:
        assert _contents("Analysts said shares fell amid fears of a slowdown in Velt.") == [
            "shares fell amid fears of a slowdown in Velt"
        ]

    def test_a_report_of_its_own_is_cut(self) -> None:
        assert _contents("Ann Bell said prices rose amid speculation the bank would act.") == ["prices rose"]


def test_reason_marks_have_one_home() -> None:
    assert not hasattr(content, "_REASON_MARKS")
    assert not hasattr(parsed, "_REASON_MARKS")
    assert vocabulary.REASON_MARKS == {"as", "because", "since"}
