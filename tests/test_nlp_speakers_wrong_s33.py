"""Session 33 (issue 11): confident wrong speakers from the spot check's patterns, on invented
sentences (mended at the review: two had followed an article's words).

- "the report warned" is no programme whose name ends in "Report" ("told the BBC's World Business
  Report"): a medium's words are not a document's; the description is left unresolved.
- "according to a listing document sent to the X Exchange": the body a document is
  filed with (sent, submitted, lodged, presented to) is not its author.
- "The Velt Party transport spokesman, Tom Pell MSP, said": the person the apposition names, his seat's
  letters after the name, not the party of the title.
- "French Green MEP Alain Tarpin warned ... He said ...": a titled name the model gave no entity
  spoke just before; "he" does not reach back over him to someone named earlier.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker speaker_id content", opening=QUAY, bare=True)


def _by_content(text: str, start: str):
    found = [c for c in claims_of(QUAY + text) if c.content.startswith(start)]
    assert found, [(c.speaker, c.content) for c in claims_of(QUAY + text)]
    return found[0]


class TestReportIsNoProgramme:
    _TEXT = (
        "In its annual report, Grobco cut its forecasts. Mr Velt told the BBC's World Business Report that "
        'sales fell. However, the report warned: "Growth will stall in Europe."'
    )

    def test_the_report_is_not_the_programme(self) -> None:
        claim = _by_content(self._TEXT, "Growth will stall")
        assert claim.speaker_id != "world-business-report"
        assert claim.outlets == []

    def test_told_the_programme_keeps_its_outlet(self) -> None:
        claim = _by_content(self._TEXT, "sales fell")
        assert (claim.speaker_id, claim.outlets) == ("velt", ["bbc"])

    def test_the_festival_is_still_the_named_festival(self) -> None:
        claim = _by_content(
            "Ann Bell spoke at the Berlin Film Festival on Monday. The festival said ticket sales had doubled.",
            "ticket sales",
        )
        assert claim.speaker_id == "berlin-film-festival"


class TestFiledWith:
    def test_filed_with_a_commission_is_not_its_words(self) -> None:
        claim = _by_content(
            "According to a listing document sent to the Tarvan Stock Exchange, Grobco hopes to sell 2m shares.",
            "Grobco hopes",
        )
        assert (claim.speaker, claim.speaker_id) == ("a listing document sent to the Tarvan Stock Exchange", None)

    def test_submitted_to_a_court(self) -> None:
        claim = _by_content("According to papers submitted to the Tarvan High Court, Grobco owes $100m.", "Grobco owes")
        assert claim.speaker_id is None

    def test_a_report_by_the_commission_is_its_words(self) -> None:
        claim = _by_content(
            "According to a report by the Tarvan Securities Commission, Grobco plans to raise $100m.", "Grobco plans"
        )
        assert claim.speaker_id == "tarvan-securities-commission"


class TestSpokesmanNamedWithLetters:
    def test_spokesman_comma_name_msp(self) -> None:
        claim = _by_content(
            'The Greens accused the council of waste. The Velt Party transport spokesman, Tom Pell MSP, said: "This '
            'is a stealth tax."',
            "This is a stealth",
        )
        assert claim.speaker_id == "tom-pell"

    def test_spokeswoman_comma_name_mp(self) -> None:
        claim = _by_content(
            "Labour disagreed. The Labour health spokeswoman, Jo Bell MP, said the plan was flawed.", "the plan"
        )
        assert claim.speaker_id == "jo-bell"

    def test_spokesman_speaking_to_an_mp_is_not_the_mp(self) -> None:
        claim = _by_content(
            "Labour disagreed. A Labour spokesman, speaking to Jo Bell MP, said the plan was flawed.", "the plan"
        )
        assert claim.speaker_id != "jo-bell"


class TestHeAfterTitledNameWithoutEntity:
    _TEXT = (
        'Commission president Manuel Velt told MEPs the Commission "did not intend to act". French Green MEP '
        'Alain Tarpin warned that ignoring the request would be an "insult" to the assembly. He said that the '
        "parliament would then reject the plan."
    )

    def test_he_is_not_the_one_named_before(self) -> None:
        claim = _by_content(self._TEXT, "the parliament would")
        assert claim.speaker_id != "manuel-velt"

    def test_he_after_the_named_one_who_spoke_last(self) -> None:
        claim = _by_content(
            'Commission president Manuel Velt told MEPs the Commission "did not intend to act". Later he said '
            "that the parliament would then reject the plan.",
            "the parliament would",
        )
        assert claim.speaker_id == "manuel-velt"
