"""Session 41, attribution leftovers of session 40 (left41c), on sentences written for the purpose
(none copied from any corpus).

- "put/estimate X at <figure>" of a level of an economy ("put global growth at 3%", "puts
  inflation at 4% next year", "the jobless rate"): a body's estimate or forecast, a claim; never a
  rate set ("put interest rates at 5.25%"), a plan put on hold, a thing put at risk or an act.
- '"...," Senate Whip Ned Varga told reporters.' with the name untagged: a title and a name in the
  speaker's slot speak as the person, never the body the title names ("Senate").
- "14 Senate Democrats wrote ...": a counted group of a body's members is not the body (shown as
  written, no id); "The Democrats said" stays the party.
- "told The Sun" (a paper the table writes with its article): the outlet; the bare word as the
  subject of a verb of saying ("Sun said", "Mr Sun") is never the paper.
- "According to Reuters Tom Pell will resign" (no comma): a medium's name then another name that
  a verb follows splits there, the medium the source; a name that is no medium's stays a guess.
"""

from __future__ import annotations

from nlp_util import QUAY, analyse, claim_rows

_found = claim_rows("speaker content", opening=QUAY, bare=True)
_speakers = claim_rows("speaker speaker_id", opening=QUAY)


class TestEstimatedLevels:
    def test_growth_put_at_a_figure(self) -> None:
        assert _found("The IMF put global growth at 3% this year.") == [("IMF", "global growth at 3% this year")]

    def test_inflation_forecast(self) -> None:
        found = _found("The Bank of Dornland puts inflation at 4% next year.")
        assert found == [("Bank of Dornland", "inflation at 4% next year")]

    def test_rate_of_a_level(self) -> None:
        found = _found("Analysts put the jobless rate at 6% by the end of the year.")
        assert found == [("Analysts", "the jobless rate at 6% by the end of the year")]

    def test_interest_rates_are_set(self) -> None:
        assert _found("The central bank put interest rates at 5.25% on Thursday.") == []

    def test_plan_on_hold(self) -> None:
        assert _found("The council put the plan on hold at a meeting on 5 May.") == []

    def test_growth_at_risk(self) -> None:
        assert _found("The floods put growth at risk, at a cost of 2% of output.") == []

    def test_house_for_sale(self) -> None:
        assert _found("Tom Pell put the house up for sale at £1m.") == []

    def test_growth_at_the_heart(self) -> None:
        assert _found("The IMF put growth at the top of its 10 aims.") == []

    def test_others_claim(self) -> None:
        found = _found("The bank put inflation at 4% next year, according to Velco.")
        assert [s for s, _ in found] != ["bank"]


class TestTitledNameAfterQuote:
    def test_whip_and_name(self) -> None:
        found = _speakers('"The vote will pass," Senate Whip Ned Varga told reporters.')
        assert [s for s, _ in found] == ["Ned Varga"]

    def test_chief_executive_and_name(self) -> None:
        found = _speakers('"The deal is done," Velco Chief Executive Ann Vell said.')
        assert [s for s, _ in found] == ["Ann Vell"]

    def test_speaker_and_name(self) -> None:
        found = _speakers('"The vote will pass," House Speaker Mara Linden said.')
        assert found == [("Mara Linden", "mara-linden")]

    def test_body_name_unchanged(self) -> None:
        found = _speakers('"The deal is done," the Senate Finance Committee said.')
        assert [s for s, _ in found] == ["Senate Finance Committee"]

    def test_firm_name_unchanged(self) -> None:
        found = _speakers('"The deal is done," Grobco Capital Markets said.')
        assert [s for s, _ in found] == ["Grobco Capital Markets"]


class TestCountedMembers:
    def test_counted_party_members_are_not_the_party(self) -> None:
        found = _speakers("14 Senate Democrats wrote in a letter that the plan was unlawful.")
        assert found == [("14 Senate Democrats", None)]

    def test_counted_in_words(self) -> None:
        found = _speakers("Twelve Tories said the plan was unlawful.")
        assert [i for _, i in found] == [None]

    def test_party_itself_unchanged(self) -> None:
        found = _speakers("The Democrats said the plan was unlawful.")
        assert found == [("Democrats", "democratic-party")]

    def test_numbered_address_unchanged(self) -> None:
        found = _speakers("10 Downing Street said the plan was fine.")
        assert [i for _, i in found] == ["downing-street"]


_outlets = claim_rows("speaker speaker_id outlets", opening=QUAY)


class TestOutletWrittenWithItsArticle:
    """A paper the table writes only with its article ("The Sun"): its bare word saying something
    is a person's name. (The Hill is not in the table: its id would be the slug of the common
    surname "Hill", so every bare "Hill" in a team sheet took the paper's id and was dropped.)"""

    def test_told_the_sun(self) -> None:
        found = _outlets("Ann Vell told The Sun that the bill would pass.")
        assert found == [("Ann Vell", "ann-vell", ["sun"])]

    def test_the_sun_reported(self) -> None:
        found = _outlets("The bill will pass, The Sun reported.")
        assert [o for _, _, o in found] == [["sun"]]

    def test_hill_said_is_a_person(self) -> None:
        found = _outlets("Hill said the bill would pass.")
        assert [(s, o) for s, _, o in found] == [("Hill", [])]

    def test_hill_in_a_team_sheet_is_kept(self) -> None:
        text = "Quay\n\nPell named his squad on Monday.\n\nForwards: Vickery, Hill, Thompson, Moody, Grewcock."
        assert "Hill" in {m.text for m in analyse(text).mentions}

    def test_sun_after_the_paper_is_the_person(self) -> None:
        found = _outlets("Tom Sun, a lawyer, spoke to The Sun on Monday. Sun said the bill would pass.")
        assert found == [("Sun", "tom-sun", [])]

    def test_mr_sun_is_never_the_paper(self) -> None:
        found = _outlets(
            "Ann Vell told The Sun it was over. Mr Sun said the deal was done. Sun added that it was over."
        )
        assert [o for _, _, o in found] == [["sun"], [], []]

    def test_bare_sun_said_is_not_the_paper(self) -> None:
        found = _outlets("Ann Vell told the Sun that the bill would pass. Sun said it was a lie.")
        assert found[0][2] == ["sun"]
        assert all(i != "sun" for _, i, _ in found[1:])

    def test_bare_word_after_a_persons_full_name_is_hers(self) -> None:
        text = (
            "Quay\n\nScreenwriter Nora Sun has died at 54. Sun, who lived in Leeds, wrote ten films. "
            "Sun began her career as a typist. Ann Vell told The Sun that she was a pioneer."
        )
        ids = {(m.text, m.entity_id) for m in analyse(text).mentions if "Sun" in m.text}
        assert ("The Sun", "sun") in ids and ("Nora Sun", "nora-sun") in ids
        assert {i for t, i in ids if t == "Sun"} <= {
            "nora-sun"
        }  # the bare word is hers where tagged, never the paper's


class TestAccordingToMediumThenName:
    def test_known_agency_then_a_person(self) -> None:
        found = _outlets("According to Reuters Tom Pell will resign next month.")
        assert found == [("Reuters", "reuters", ["reuters"])]
        assert (
            _found("According to Reuters Tom Pell will resign next month.")[0][1] == "Tom Pell will resign next month"
        )

    def test_paper_by_its_name_then_a_person(self) -> None:
        found = _found("According to the Velt Times Tom Pell will resign.")
        assert found == [("Velt Times", "Tom Pell will resign")]

    def test_person_then_a_firm_is_a_guess(self) -> None:
        assert _found("According to Tom Pell Velco will close.") == []

    def test_firm_then_a_person_is_a_guess(self) -> None:
        assert _found("According to Velco Tom Pell will resign next month.") == []

    def test_named_persons_own_report_is_not_the_mediums(self) -> None:
        found = _found("According to the BBC Tom Pell said he would go.")
        assert all(s != "BBC" for s, _ in found)

    # session 21's cases (tests/test_nlp_media_s21.py) took these bare words for the paper; by the
    # s41 brief a bare word saying something at a sentence's opening may be a person ("Hill said")
    def test_bare_sun_opening_a_sentence_is_not_the_paper(self) -> None:
        text = "Tabloid story\n\nThe singer denied the report. Sun said the singer had misled her fans."
        assert all(m.entity_id != "sun" for m in analyse(text).mentions)

    def test_bare_times_beside_its_business_is_not_the_paper(self) -> None:
        text = (
            "Paper sale\n\nTimes Newspapers has agreed to sell two regional titles. "
            "Times said the sale would not touch the national paper."
        )
        assert all(m.entity_id != "times" or m.text != "Times" for m in analyse(text).mentions)
