"""Session 41, mending the final read's claim findings (fm41c), on sentences written for the purpose
(none copied from any corpus).

- #1 a paper's name that is also a postal service's or a firm's ("Post", "Express") is no outlet by
  "X reported (on Monday) that ..." (how business copy gives a firm's own results), and no name is an
  outlet by "told X" or "in an interview with X" unless it ends its noun phrase ("told Canada Post
  workers": the workers were told) (`context.ArticleContext._in_outlet_shape`).
- #7 a level put at a figure is a set level only by its own modifier or "of" ("pay growth", "the
  growth rate of pensions"), not by a word in a complement ("growth in tax receipts")
  (`subjects._level_forecast`).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


def _outlets(text: str) -> set[str]:
    return {o for c in _found(text) for o in c[3]}


# ---- #1 a firm or postal service is no outlet


class TestFirmNamedLikeAPaper:
    def test_post_reported_on_monday(self) -> None:
        assert _outlets("Norland Post reported on Monday that deliveries would be delayed by the strike.") == set()

    def test_express_reported_that(self) -> None:
        text = "Velmar Express reported that card spending rose by 5% in March, the chief executive Tom Pell said."
        assert _outlets(text) == set()

    def test_told_its_workers(self) -> None:
        assert _outlets('"We will not back down," the chairman told Norland Post workers on Monday.') == set()

    def test_interview_with_its_staff(self) -> None:
        assert _outlets("In an interview with Grobland Post staff, Tom Pell said the company would grow.") == set()

    def test_told_a_papers_staff(self) -> None:
        # guard: a paper's staff told something are not the paper as an outlet either
        assert _outlets('"We will not back down," the chairman told Tarbury Herald staff on Monday.') == set()


class TestPaperStillAnOutlet:
    def test_herald_reported_that(self) -> None:
        found = _found("Tarbury Herald reported on Monday that the mayor, Anna Grell, would resign.")
        assert [(c[1], c[3]) for c in found] == [("tarbury-herald", ["tarbury-herald"])], found

    def test_interview_with_a_paper(self) -> None:
        found = _found("In an interview with Tarbury Herald, the mayor said she would resign.")
        assert [c[3] for c in found] == [["tarbury-herald"]], found

    def test_told_in_an_interview(self) -> None:
        found = _found('"We will not give up," Ms Grell told Velton Times in an interview.')
        assert [c[3] for c in found] == [["velton-times"]], found


# ---- #7 growth in a set level's word is still a forecast


class TestLevelInAComplement:
    def test_growth_in_tax_receipts(self) -> None:
        # the final read's sentence: the parser hangs "in tax receipts" on "growth" here (with an
        # invented fund's name it hangs it elsewhere, and the old rule missed nothing)
        found = _found("The OBR put growth in tax receipts at 3% next year.")
        assert [c[2] for c in found] == ["growth in tax receipts at 3% next year"], found

    def test_growth_in_tax_receipts_of_a_fund(self) -> None:
        found = _found("The Velmar Fund put growth in tax receipts at 3% next year.")
        assert [c[2] for c in found] == ["growth in tax receipts at 3% next year"], found

    def test_pay_growth_still_set(self) -> None:
        assert _found("The chancellor put public sector pay growth at 1% for four years, angering the unions.") == []

    def test_growth_rate_of_pensions_still_set(self) -> None:
        assert _found("The government put the growth rate of pensions at 2.5% next year.") == []

    def test_rent_growth_still_set(self) -> None:
        assert _found("The council put rent growth at 3% next year.") == []
