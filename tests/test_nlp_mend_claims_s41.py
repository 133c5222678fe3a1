"""Session 41, mending review 41's claim findings (mc41), on sentences written for the purpose (none
copied from any corpus).

- #3 "put X at <figure>" of a level of an economy (`subjects._level_forecast`): an estimate, a claim,
  only for a time ahead or a year named (`vocabulary.FORECAST_TIME`) and never of a level someone sets
  (`vocabulary.SET_LEVEL_OWNERS`: pay, pensions, rents ...): "The chancellor put public sector pay growth
  at 1% for four years" is a decision, no claim.
- #7 a paper's name (`sources.PRESS_NAME_ENDS`: "Times", "Herald", "Post") written without "the" is an
  outlet where it stands in an outlet's shape (`context.ArticleContext._in_outlet_shape`): "told Minsk
  Times, a weekly", "X reported on Monday that", "in an interview with X", told a quotation; "Norland
  Post said in a statement" and "Velmar Express reported that its profits rose" stay no outlet.
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- #3 a level put at a figure: a forecast, not a setting


class TestLevelsSetAreNoEstimate:
    def test_pay_growth_set_for_years(self) -> None:
        assert _found("The chancellor put public sector pay growth at 1% for four years, angering the unions.") == []

    def test_growth_rate_of_pensions(self) -> None:
        assert _found("The government put the growth rate of pensions at 2.5% under the triple lock.") == []

    def test_rent_growth_next_year(self) -> None:
        assert _found("The council put rent growth at 3% next year.") == []

    def test_wage_inflation(self) -> None:
        assert _found("The minister put wage inflation at 2% in the deal.") == []

    def test_no_time_ahead(self) -> None:
        assert _found("The government put growth at 2% in its plan.") == []


class TestLevelsForecast:
    def test_global_growth_this_year(self) -> None:
        found = _found("The Velmar Fund put global growth at 3% this year.")
        assert [c[2] for c in found] == ["global growth at 3% this year"], found

    def test_inflation_rate_for_a_year(self) -> None:
        found = _found("Economists at Grobco put the inflation rate at 4% for 2027.")
        assert [c[2] for c in found] == ["the inflation rate at 4% for 2027"], found

    def test_an_estimate_noun_needs_no_time(self) -> None:
        found = _found("The insurer put the damage at 300m euros.")
        assert [c[2] for c in found] == ["the damage at 300m euros"], found


# ---- #7 a paper's name with no "the", in an outlet's shape


class TestPressNameInOutletShape:
    def test_told_a_weekly(self) -> None:
        found = _found('"We are not for sale," Vell told Minsk Times, a weekly.')
        assert [c[3] for c in found] == [["minsk-times"]], found

    def test_reported_that(self) -> None:
        found = _found("Tarbury Herald reported on Monday that the mayor, Anna Grell, would resign.")
        assert [(c[1], c[3]) for c in found] == [("tarbury-herald", ["tarbury-herald"])], found

    def test_told_in_an_interview_then_said(self) -> None:
        found = _found(
            '"We will not give up," Ms Grell told Velton Times in an interview. '
            "Velton Times said the mayor had met investors."
        )
        assert [c[3] for c in found] == [["velton-times"], ["velton-times"]], found

    def test_in_an_interview_with(self) -> None:
        found = _found("In an interview with Tarbury Herald, the mayor said she would resign.")
        assert [c[3] for c in found] == [["tarbury-herald"]], found


class TestPressNameOfAFirm:
    def test_said_in_a_statement(self) -> None:
        found = _found("Norland Post said in a statement it would cut 2,000 jobs.")
        assert [(c[1], c[3]) for c in found] == [("norland-post", [])], found

    def test_told_with_no_quotation(self) -> None:
        found = _found("The union told Norland Post it would strike.")
        assert [c[3] for c in found] == [[]], found

    def test_reported_its_own_results(self) -> None:
        found = _found("Velmar Express reported that its profits rose by a third.")
        assert [(c[1], c[3]) for c in found] == [("velmar-express", [])], found

    def test_a_weekly_service(self) -> None:
        found = _found("Velmar Express, a weekly service to Paris, said the fares would rise.")
        assert [c[3] for c in found] == [[]], found
