"""Session 31's missed claim shapes (round 2, on fresh27's misses), on sentences written for the
purpose (none copied from any corpus).

- "Tom Pell has rubbished suggestions that ...", "rejected newspaper speculation that ...": a verb
  of rejecting with a noun of saying and its "that" clause is a denial of the clause (as "denied
  claims that"); never "rubbished the report" (no clause), nor "rejected the offer that Velt made"
  (a relative clause).
- "Velt's later announcement that it will shut ...": a named owner's announcement with its
  "that" clause is the owner's claim (as "Grobco's statement that"); never without the "that"
  ("despite Grobco's announcement the chain keeps to ...": the writer's clause), nor an
  announcement with no named owner.
- '"...," Jonas Stone, head of design at Grobco, told the paper.': a name and its apposition
  between commas after a quote, which the parser hangs on the quote's last noun, leaving the verb
  with no subject: the name speaks; never an apposition with a comma or a verb of its own.
- "What this means, said Tom Pell, is that ...": a clause opened by "what" before an inserted
  attribution, the copula after it, is a statement; never a question ("What, Tom Pell asked, is
  the point?"). The name and apposition after the inserted "said", taken by the parser for the
  copula's subject, is the speaker (not with a verb in the apposition); the speaker's employer
  named inside the inserted attribution is no outlet.
- "May said: ...", '"...," May wrote.': a name that is also a modal, which the parser took for
  the auxiliary of a finite verb of saying with no subject, is the subject (resolved to the one
  person of that surname); never a modal before a base form ("Shoppers may say ...").
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker verb_text content negated", opening=QUAY, bare=True)


class TestRejectedStatement:
    # negated since session 33: the clause rejected is denied, as "denied that X" is
    def test_rubbished_suggestions_that(self) -> None:
        found = _found("Grobco chairman Tom Pell has rubbished suggestions that his firm is past its best.")
        assert found == [("Tom Pell", "rubbished", "his firm is past its best", True)]

    def test_dismissed_claims_that(self) -> None:
        found = _found("Grobco chairman Tom Pell has dismissed claims that his firm is past its best.")
        assert found == [("Tom Pell", "dismissed", "his firm is past its best", True)]

    def test_rejected_speculation_with_a_modifier(self) -> None:
        found = _found("Tom Pell rejected newspaper speculation that he would join Velt.")
        assert found == [("Tom Pell", "rejected", "he would join Velt", True)]

    def test_participle_rumours(self) -> None:
        found = _found("Ann Bell, speaking on Monday, dismissed rumours that the shop would close.")
        assert found == [("Ann Bell", "dismissed", "the shop would close", True)]

    def test_no_clause_no_claim(self) -> None:
        assert _found("Tom Pell rubbished the report.") == []

    def test_relative_clause_no_claim(self) -> None:
        assert _found("The firm rejected the offer that Velt made.") == []
        assert _found("Tom Pell rejected the claims that were made last week.") == []


class TestOwnedAnnouncement:
    def test_possessive_announcement_that(self) -> None:
        found = _found("The depot could be hit by Velt's later announcement that it will shut its paint arm.")
        assert found == [("Velt", "announcement", "it will shut its paint arm", False)]

    def test_announcement_without_that_is_no_claim(self) -> None:
        text = "Shops cut prices, and despite Grobco's announcement the chain keeps to this plan."
        assert _found(text) == []

    def test_announcement_without_owner_is_no_claim(self) -> None:
        assert _found("Shoppers welcomed the announcement that the pier would reopen.") == []


class TestNameAfterQuote:
    def test_name_and_apposition_hung_on_the_quote(self) -> None:
        found = _found(
            '"We have grown in the radio trade and we shall bring out exciting players," Jonas Stone, '
            "head of design at Grobco, told the paper."
        )
        assert found == [
            (
                "Jonas Stone",
                "told",
                "We have grown in the radio trade and we shall bring out exciting players",
                False,
            )
        ]

    def test_said_after_the_apposition(self) -> None:
        found = _found(
            '"We have grown in the video trade and we shall bring out exciting sets," Jonas Velt, '
            "vice president for sales at Grobco, said."
        )
        assert [s for s, *_ in found] == ["Jonas Velt"]

    def test_apposition_with_a_comma_left(self) -> None:
        found = _found(
            '"We have grown in the radio trade and we shall bring out exciting players," Jonas Stone, '
            "head of design, sales and marketing at Grobco, told the paper."
        )
        assert found == []

    def test_apposition_with_a_verb_left(self) -> None:
        found = _found(
            '"We have grown in the radio trade and we shall bring out exciting players," Jonas Stone, '
            "who runs design at Grobco, told the paper."
        )
        assert found == []


class TestCleftAroundAttribution:
    def test_what_this_means(self) -> None:
        found = _found("What this means, said Tom Pell, is that the way travellers pick trains has to change.")
        assert found == [
            ("Tom Pell", "said", "What this means is that the way travellers pick trains has to change", False)
        ]

    def test_with_an_apposition(self) -> None:
        found = _found(
            "What this means, said Tom Pell, head of sales at Grobco, is that the way travellers pick trains has to be made easier."
        )
        assert [(s, c) for s, _, c, _ in found] == [
            ("Tom Pell", "What this means is that the way travellers pick trains has to be made easier")
        ]

    def test_name_taken_for_the_copulas_subject(self) -> None:
        found = _found(
            "What this means, said Tom Pell, senior vice president of Velt Rail group, is that the way travellers pick "
            "the trains they want to catch has to be made easier for rail users."
        )
        assert [(s, v) for s, v, _, _ in found] == [("Tom Pell", "said")]
        assert found[0][2].startswith("What this means is that the way travellers pick")

    def test_apposition_with_a_verb_left(self) -> None:
        text = (
            "What this means, said Tom Pell, who runs the Velt Rail group, is that the way travellers pick the trains "
            "they want to catch has to be made easier for rail users."
        )
        assert _found(text) == []

    def test_employer_inside_the_attribution_is_no_outlet(self) -> None:
        claims = claims_of(
            "Quay\n\nThe Daily Echo reported on Monday that sales of tickets fell.\n\n"
            "What this means, said Tom Pell, senior vice president of Daily Echo group, is that the way travellers "
            "pick the trains they want has to be made easier."
        )
        said = [c for c in claims if c.speaker == "Tom Pell"]
        assert [c.outlets for c in said] == [[]]

    def test_question_left(self) -> None:
        assert _found("What, Tom Pell asked, is the point of the new pier?") == []


_speakers = claim_rows("speaker speaker_id verb_text content")


class TestNameTakenForModal:
    def test_name_said_colon(self) -> None:
        found = _speakers(
            QUAY
            + 'Gardener Tom May has said he hopes to open the show with Bell in June. May said: "The garden is blooming again."'
        )
        assert ("May", "tom-may", "said", "The garden is blooming again.") in found

    def test_name_wrote_after_quote_in_the_next_paragraph(self) -> None:
        found = _speakers(
            QUAY + "Gardener Tom May has said he hopes to open the show with Bell in June.\n\n"
            '"We were both amazed at the roses," May wrote in his blog.'
        )
        assert ("May", "tom-may", "wrote", "We were both amazed at the roses") in found

    def test_modal_before_base_form_left(self) -> None:
        assert _found("Ann Bell runs the shop. Shoppers may say the prices are too high.") == []
        assert _found("Will the pier reopen? Nobody can say.") == []
