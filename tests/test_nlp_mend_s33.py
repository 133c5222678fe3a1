"""Session 33, the mends of the claims and speakers review (REVIEW_claims33.md), on sentences
written for the purpose (none copied from any corpus).

1. "..., a new Tom Pell biopic claims.": a work, a report, an inquiry or a study may bear the name of
   the person it is about; a person before the noun is its author only for a text issued in one's
   own name ("a Tom Pell statement", `subjects.issued_in_own_name`, shared with the parse path).
   A body before any document still makes it ("a Velt report").
2. "met the spokesman for Grobco": another spokesman written between with "the" and whose he is
   stops "the spokesman" going back to the one before; "The spokesman also met ..." goes on.
3. "Tom Pell said sales fell, according to official data": data, figures, a census or a poll report
   no one's words, so they make no outer claim over a reported one (the content keeps them as
   before); a medium is an outlet only when it is the phrase's head ("according to a poll for the
   Velt Times" is no report of the Times). A book, a body's report and a medium are unchanged.
4. "But for the late goal, Velt would have stayed up": "if not for", no link to the sentence
   before but the meaning; the "But" stays in the content. "But for now, ..." links as before.
5. "said this Saturday the march would go ahead": "this" + a weekday, "this weekend" or "this
   week" may date what was said; it stays in the content unless "that" follows (as for a month or
   a year). "on Saturday", "last week", "earlier this week" still date the saying.
6. "a letter to the chairman", "a question to the spokesman": no unnamed one introduced (the
   words between "a" and the noun are modifiers only), so "the chairman" goes back to the person
   named with it; "A Grobco chairman was also there" still introduces one.
7. "wrote the team play better away from home": "play" taken for a work only before its
   capitalised title or nothing ("the hit play Up Up Up"), not before lower-case words.
9. One home for the weekdays: claims.content builds its weekday pattern from quantities.WEEKDAYS.
"""

from __future__ import annotations

from pathlib import Path

from nlp_util import claim_rows, claim_starting, claims_of, found_claim

_OPENING = "Velt news\n\n"


_found = claim_rows("speaker speaker_id content", opening=_OPENING, bare=True)


class TestAWorkNamedForItsSubject:
    def test_a_biopic_named_for_a_person_is_not_theirs(self) -> None:
        text = (
            "Film row\n\nTom Pell ran the Velt club until 2001.\n\n"
            "The club was close to going bust in 1999, a new Tom Pell biopic claims."
        )
        claim = found_claim(text, "The club was close")
        assert (claim.speaker, claim.speaker_id) == ("a new Tom Pell biopic", None)

    def test_a_report_named_for_a_person_is_not_theirs(self) -> None:
        text = (
            "Jobs cut\n\nTom Pell has studied the plant in Leeds.\n\n"
            "Ann Bell told staff that 200 jobs would go, a Pell report claims."
        )
        claim = found_claim(text, "Ann Bell told staff")
        assert (claim.speaker, claim.speaker_id) == ("a Pell report", None)

    def test_a_persons_statement_is_theirs(self) -> None:
        text = "Mill shuts\n\nTom Pell runs the mill.\n\nThe mill will close in May, a Tom Pell statement said."
        assert found_claim(text, "The mill will close").speaker_id == "tom-pell"

    def test_a_bodys_report_is_the_bodys(self) -> None:
        text = "Mill shuts\n\nVelt runs the mill.\n\nThe mill would close, a Velt report claims."
        claim = found_claim(text, "The mill would close")
        assert (claim.speaker, claim.speaker_id) == ("a Velt report", "velt")


class TestAnotherSpokesmanWithTheBetween:
    _SAID = 'A Velt spokesman said the talks had failed.\n\n{between}\n\n"We will not give up," the spokesman said.'

    def test_the_spokesman_for_another_body_between(self) -> None:
        text = "Talks fail\n\n" + self._SAID.format(
            between="The union's leader, Ann Bell, met the spokesman for Grobco."
        )
        assert found_claim(text, "We will not give up").speaker_id is None

    def test_the_spokesman_of_another_body_between_said_inverted(self) -> None:
        text = (
            "Talks fail\n\nA Velt spokesman said the talks had failed.\n\n"
            "The union's leader, Ann Bell, met the spokesman of Grobco on Friday.\n\n"
            '"We will not give up," said the spokesman.'
        )
        assert found_claim(text, "We will not give up").speaker_id is None

    def test_the_spokesman_in_narration_goes_on(self) -> None:
        text = "Talks fail\n\n" + self._SAID.format(between="The spokesman also met the union on Friday.")
        assert found_claim(text, "We will not give up").speaker_id == "velt"


class TestDataReportNoOnesWords:
    def test_official_data_make_no_outer_claim(self) -> None:
        assert _found("Tom Pell said sales had fallen sharply, according to official data.") == [
            ("Tom Pell", "tom-pell", "sales had fallen sharply, according to official data")
        ]

    def test_the_census_makes_no_outer_claim(self) -> None:
        assert _found("Tom Pell said the town had grown fast, according to the census.") == [
            ("Tom Pell", "tom-pell", "the town had grown fast, according to the census")
        ]

    def test_a_poll_for_a_paper_is_no_report_of_the_paper(self) -> None:
        claims = claims_of(
            _OPENING + "Ann Bell said most voters backed the plan, according to a poll for the Velt Times."
        )
        assert [(c.speaker, c.content) for c in claims] == [
            ("Ann Bell", "most voters backed the plan, according to a poll for the Velt Times")
        ]

    def test_a_book_still_reports_the_sentence(self) -> None:
        found = _found("Tom Pell promised Ann Bell he would go, according to the book.")
        assert ("the book", None, "Tom Pell promised Ann Bell he would go") in found
        assert ("Tom Pell", "tom-pell", "he would go") in found

    def test_a_bodys_report_still_reports_the_sentence(self) -> None:
        found = _found("Tom Pell said the plant would close, according to a Velt report.")
        assert ("a Velt report", "velt", "Tom Pell said the plant would close") in found

    def test_a_paper_is_still_the_outlet(self) -> None:
        claims = claims_of(_OPENING + "Tom Pell said the plant would close, according to the Velt Times.")
        assert [(c.speaker, c.content) for c in claims] == [("Tom Pell", "the plant would close")]
        assert claims[0].outlets == ["velt-times"]


class TestButForKeepsItsBut:
    def test_but_for(self) -> None:
        assert _found("But for the late goal, Velt would have stayed up, the manager said.") == [
            ("the manager", None, "But for the late goal, Velt would have stayed up")
        ]

    def test_but_for_now_still_goes(self) -> None:
        assert _found("But for now, the firm is sound, Tom Pell said.") == [
            ("Tom Pell", "tom-pell", "for now, the firm is sound")
        ]

    def test_but_before_a_closing_said_still_goes(self) -> None:
        assert _found("But the firm is sound, Tom Pell said.") == [("Tom Pell", "tom-pell", "the firm is sound")]


class TestThisDayDatesWhatWasSaid:
    def test_this_saturday(self) -> None:
        claim = found_claim(
            _OPENING + "The organisers said this Saturday the march would go ahead through the city centre.", "this"
        )
        assert claim.content == "this Saturday the march would go ahead through the city centre"

    def test_this_weekend(self) -> None:
        claim = found_claim(_OPENING + "Police said this weekend the roads near the ground will be shut.", "this")
        assert claim.content == "this weekend the roads near the ground will be shut"

    def test_on_saturday_still_dates_the_saying(self) -> None:
        claim = found_claim(_OPENING + "The organisers said on Saturday the march would go ahead.", "the march")
        assert claim.content == "the march would go ahead"

    def test_last_week_still_dates_the_saying(self) -> None:
        assert claim_starting(_OPENING + "The club said last week the new stand would open in May.", "the new stand")

    def test_this_week_before_that_dates_the_saying(self) -> None:
        assert claim_starting(
            _OPENING + "The club said this week that the new stand would open in May.", "the new stand"
        )


class TestALetterToTheChairmanIntroducesNoOne:
    def test_a_letter_to_the_chairman(self) -> None:
        text = (
            "Velt board\n\nTom Pell, the Velt chairman, said the firm was sound.\n\n"
            "Shareholders sent a letter to the chairman on Monday.\n\n"
            '"We have answered it," the chairman said.'
        )
        assert found_claim(text, "We have answered it").speaker_id == "tom-pell"

    def test_a_question_to_the_spokesman(self) -> None:
        text = (
            "Velt board\n\nTom Pell, a Velt spokesman, said the firm was sound.\n\n"
            "Reporters put a question to the spokesman about jobs.\n\n"
            '"No jobs will go," the spokesman said.'
        )
        assert found_claim(text, "No jobs will go").speaker_id == "tom-pell"

    def test_another_chairman_introduced_still_blocks(self) -> None:
        text = (
            "Velt board\n\nTom Pell, the Velt chairman, said the firm was sound.\n\n"
            "A Grobco chairman was also at the talks.\n\n"
            '"We have answered it," the chairman said.'
        )
        assert found_claim(text, "We have answered it").speaker_id is None


class TestACollectiveNounWithPlay:
    def test_the_team_play_is_a_clause(self) -> None:
        assert _found("In his column, Tom Pell wrote the team play better away from home.") == [
            ("Tom Pell", "tom-pell", "the team play better away from home")
        ]

    def test_the_hit_play_at_the_end_is_no_claim(self) -> None:
        assert _found("She is touring with Tom Pell, who wrote the hit play.") == []


class TestOneHomeForTheWeekdays:
    def test_content_writes_no_weekday_alternation(self) -> None:
        source = (Path(__file__).parents[1] / "belreader" / "nlp" / "claims" / "content.py").read_text()
        assert "Wednes" not in source and "WEEKDAYS" in source
