"""Session 33 (issue 11): claims whose meaning came out inverted, on invented sentences (mended at
the review: the survey sentences had followed an article's words).

- "Tom Pell rejected (dismissed) suggestions that X": X is what he denies, negated as "denied
  that X" is; "denied reports that X" has X for content (the noun of saying left out), negated.
  Never "dismissed the plan as a stunt" (no clause: no claim), nor "denied reports of a rift".
- "Sales keep rising(,) reveals the annual Grobco survey": the clause before the verb is the
  document's finding, its author the speaker; never the clause's words for speaker and the survey
  for content. A verb of finding whose object is a document ("Grobco revealed the survey on
  Monday", "Police officers later found the report", "Auditors in Velt found a study by Grobco")
  states nothing: its subject is the whole clause before it, or that clause has no finite verb.
"""

from __future__ import annotations

from nlp_util import claim_rows

_OPENING = "Quay\n\nBike sales have soared. "


_found = claim_rows("speaker speaker_id content negated", opening=_OPENING, bare=True)


class TestRejectedSuggestions:
    def test_rejected_suggestions_is_negated(self) -> None:
        assert _found("Tom Pell rejected suggestions that the youngster might be put under too much pressure.") == [
            ("Tom Pell", "tom-pell", "the youngster might be put under too much pressure", True)
        ]

    def test_dismissed_claims_as_a_distraction_is_negated(self) -> None:
        assert _found("Tom Pell dismissed claims that the youngster was under pressure as a distraction.") == [
            ("Tom Pell", "tom-pell", "the youngster was under pressure", True)
        ]

    def test_denied_reports_that(self) -> None:
        assert _found("Tom Pell denied reports that he would quit.") == [
            ("Tom Pell", "tom-pell", "he would quit", True)
        ]

    def test_denied_that_unchanged(self) -> None:
        assert _found("Tom Pell denied that the youngster was under pressure.") == [
            ("Tom Pell", "tom-pell", "the youngster was under pressure", True)
        ]

    def test_said_that_not_negated(self) -> None:
        assert [n for *_, n in _found("Tom Pell said that the youngster was under pressure.")] == [False]

    def test_dismissed_a_plan_as_a_stunt_is_no_claim(self) -> None:
        assert _found("Tom Pell dismissed the plan as a stunt.") == []

    def test_denied_reports_of_a_rift_keeps_its_noun(self) -> None:
        found = _found("Tom Pell denied reports of a rift, saying the team was united.")
        assert ("Tom Pell", "tom-pell", "reports of a rift", True) in found


class TestInvertedDocument:
    def test_reveals_the_survey_without_comma(self) -> None:
        found = _found(
            "Interest in electric bikes keeps growing reveals the yearly Grobco survey which found a 30% jump in orders."
        )
        assert found == [
            ("Grobco", "grobco", "Interest in electric bikes keeps growing", False),
            ("Grobco", "grobco", "a 30% jump in orders", False),
        ]

    def test_reveals_the_survey_after_comma(self) -> None:
        assert _found("The market shows no sign of cooling, reveals the yearly Grobco survey.") == [
            ("Grobco", "grobco", "The market shows no sign of cooling", False)
        ]

    def test_shows_a_report_by(self) -> None:
        assert _found("Demand is growing fast, shows a report by the Tarvan Institute.") == [
            ("Tarvan Institute", "tarvan-institute", "Demand is growing fast", False)
        ]

    def test_revealed_the_survey_states_nothing(self) -> None:
        assert _found("Grobco revealed the survey on Monday.") == []

    def test_relative_clause_finding_a_report_is_no_claim(self) -> None:
        assert _found("The company, which found a report, is pleased.") == []

    def test_document_before_its_verb_unchanged(self) -> None:
        # who carries out a survey is a research firm (single_names, session 34): shown by its name, as
        # "a report by the Tarvan Institute" is above
        assert _found("A survey by Grobco found that sales rose.") == [("Grobco", "grobco", "sales rose", False)]

    def test_said_which_shows_the_report(self) -> None:
        found = _found("Tom Pell said demand is growing fast, which shows the report was right.")
        assert [speaker for speaker, *_ in found] == ["Tom Pell"]

    def test_subject_before_finding_verb_is_no_claim(self) -> None:
        assert _found("Police officers later found the report.") == []

    def test_subject_before_finding_verb_with_author_is_no_claim(self) -> None:
        assert _found("Auditors in Velt later found a report by Grobco.") == []

    def test_no_finite_verb_before_is_no_claim(self) -> None:
        assert _found("The new finance minister suggests a review.") == []
