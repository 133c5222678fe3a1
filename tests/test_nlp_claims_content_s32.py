"""Session 32: content spans cut too short or run too long, on sentences written for the purpose
(none copied from any corpus).

- "Velt Mills and Tarko are likely to raise fees and, according to a Grobco adviser, are in a
  stronger state": the predicate after "and/that/which, according to X," has no subject of its own; its
  subject (the first clause's, or the noun the relative word stands for) opens the content, the
  first predicate and the attribution are left out. Not when the part after has a subject of its
  own, nor when the first part reports ("said A and, according to Y, B"), nor when the predicate
  after shares a modal with the first ("will be large and, according to X, climb to $3bn").
- "Grobco topped the list, according to Velt Weekly, with an estimated $8m" / "It is tipped,
  according to experts, to double": a phrase after "according to X" that hangs on the clause before it and
  finishes it stays in the content. Not a participle (", taking its total to ..."), a time
  (", on Tuesday"), a description of the source, or "despite"/"but"; a reason clause after it
  (", as buyers hold back ...") leaves the clause before as the content, never the reason alone.
- "Tom Pell admitted their visit to Velt was the toughest tie": after a verb that takes no hearer
  (admit, deny, insist, ...), a noun phrase the parser hung on it as its object before the
  reported clause is that clause's subject. "told reporters", "warned investors" keep their hearer.
- "insists the club will keep him amid reports Grobco will bid": the writer's "amid reports/fears"
  after the reported clause is not what was said (inside a quotation it is).
- "The deal is worth $5m, Grobco said, and analysts expect more": a reporting clause with its own
  subject after the attribution is another report, not part of Grobco's claim ("A, said the
  survey, and B" with B a plain clause still goes on with the survey).
- "says no day ticket will cost more than $40, and no season ticket will cost more than $300":
  a clause joined by "and" that repeats the reported verb with the same auxiliaries goes on with
  what was said. Not a copula ("and the council was angry"), nor a named subject ("but Ann Bell
  rose to speak").
- "told the paper it would not sell its mills and, in effect, this ends Y": after a past
  reporting verb and a backshifted clause, a present-tense clause with a bare "this"/"that" for
  subject is the writer's comment. Not "and that costs had risen", nor after a present "says".
- "Tom Pell denied Ann Bell, his spokesman, said the scheme was "rotten"": the parser made "denied" the
  clause of a subjectless "said" after its object; the content runs on to the end of what Ann
  Bell said. Not a closing "..., Ann Bell said." with no clause after it.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker content", opening=QUAY, bare=True)


def _contents(text: str) -> list[str]:
    return [content for _, content in _found(text)]


class TestSubjectOfThePartAfterAccordingTo:
    def test_coordinated_predicate_gets_its_subject(self) -> None:
        found = _contents(
            "Velt Mills and Tarko are both likely to raise fees in the spring and, according to a Grobco "
            "adviser, are in a stronger state than Pell Ltd."
        )
        assert found == ["Velt Mills and Tarko are in a stronger state than Pell Ltd"]

    def test_relative_that_gets_its_noun(self) -> None:
        found = _found('Grobco opened ten shops in May, a month that, according to Tom Pell, is "usually quiet".')
        assert found == [("Tom Pell", 'a month that is "usually quiet"')]

    def test_relative_which_gets_its_noun(self) -> None:
        found = _found('Velt sells a kettle which, according to Ann Bell from the shop, can "boil in ten seconds".')
        assert found == [("Ann Bell", 'a kettle which can "boil in ten seconds"')]

    def test_a_clause_with_its_own_subject_is_unchanged(self) -> None:
        found = _contents("Grobco is bidding to buy Tarko and, according to reports, talks are at an advanced stage.")
        assert found == ["talks are at an advanced stage"]

    def test_a_bare_infinitive_is_unchanged(self) -> None:
        found = _contents(
            "Prices are due to climb, with rents expected to pass 2bn euros and, according to several "
            "forecasts, soar to 7bn euros."
        )
        assert found == ["soar to 7bn euros"]

    def test_a_shared_modal_keeps_the_bare_predicate(self) -> None:
        found = _contents("Losses will be large and, according to some forecasts, climb to 3bn dollars.")
        assert found == ["climb to 3bn dollars"]

    def test_a_first_part_that_reports_is_not_taken(self) -> None:
        found = _found("Tom Pell said the plan was late and, according to Velt, is over budget.")
        assert found == [("Tom Pell", "the plan was late")]


class TestPhraseAfterAccordingTo:
    def test_with_phrase_finishes_the_clause(self) -> None:
        found = _found(
            "Grobco finished third, yet it sold the most tickets abroad, according to Velt Weekly, "
            "with an estimated $8.2m."
        )
        assert found == [
            ("Velt Weekly", "Grobco finished third, yet it sold the most tickets abroad with an estimated $8.2m")
        ]

    def test_infinitive_finishes_the_clause(self) -> None:
        found = _contents("It is tipped, according to experts, to do for farms what tractors did for fields.")
        assert found == ["It is tipped to do for farms what tractors did for fields"]

    def test_reason_clause_leaves_the_clause_before(self) -> None:
        found = _contents("Demand may cool a little, according to Velt, as buyers hold back to compare offers.")
        assert found == ["Demand may cool a little"]

    def test_participle_is_left_out(self) -> None:
        found = _contents(
            "Grobco took $9.4m over the holiday weekend, according to cinema figures, bringing its haul to $61m."
        )
        assert found == ["Grobco took $9.4m over the holiday weekend"]

    def test_time_is_left_out(self) -> None:
        assert _contents("Sales rose 5%, according to Velt, on Tuesday.") == ["Sales rose 5%"]

    def test_source_description_is_left_out(self) -> None:
        assert _contents("Sales rose 5%, according to Tom Pell, an analyst at Fenwick.") == ["Sales rose 5%"]

    def test_despite_is_left_out(self) -> None:
        found = _contents("Sales rose 5%, according to Velt, despite what many saw as a weak market.")
        assert found == ["Sales rose 5%"]


class TestObjectOfAVerbWithoutHearer:
    def test_admitted_object_is_the_clause_subject(self) -> None:
        found = _contents("Tom Pell admitted their visit to Velt to play Grobco was the toughest tie.")
        assert found == ["their visit to Velt to play Grobco was the toughest tie"]

    def test_told_keeps_its_hearer(self) -> None:
        assert _contents("Tom Pell told reporters the market was weak.") == ["the market was weak"]

    def test_warned_keeps_its_hearer(self) -> None:
        assert _contents("Tom Pell warned investors in Velt the market was weak.") == ["the market was weak"]


class TestAmidReports:
    def test_amid_reports_is_the_writers(self) -> None:
        found = _contents("Ann Bell insists the band will not leave Velt amid reports a rival label has made an offer.")
        assert found == ["the band will not leave Velt"]

    def test_amid_fears_after_a_comma(self) -> None:
        found = _contents("Tom Pell said the firm would stay in Velt, amid fears of job losses.")
        assert found == ["the firm would stay in Velt"]

    def test_amid_anything_else_stays(self) -> None:
        found = _contents("Tom Pell said the firm would grow amid a slump in the market.")
        assert found == ["the firm would grow amid a slump in the market"]

    def test_amid_inside_a_quote_stays(self) -> None:
        found = _contents('Tom Pell said: "We will never sell him amid reports like these."')
        assert found == ["We will never sell him amid reports like these"]


class TestReportAfterTheAttribution:
    def test_analysts_expect_is_not_grobcos(self) -> None:
        found = _found("The deal is worth $5m, Grobco said, and analysts expect more deals to follow.")
        assert ("Grobco", "The deal is worth $5m") in found
        assert all("analysts expect" not in content for _, content in found)

    def test_a_plain_clause_goes_on(self) -> None:
        found = _found("The plant will close in May, Grobco said, and 300 jobs will go.")
        assert found == [("Grobco", "The plant will close in May and 300 jobs will go")]


class TestParallelClause:
    def test_repeated_verb_goes_on(self) -> None:
        found = _contents(
            "Velt says no day ticket will now cost more than $40 (£21), and no season ticket will cost more than $300."
        )
        assert found == [
            "no day ticket will now cost more than $40 (£21), and no season ticket will cost more than $300"
        ]

    def test_a_copula_does_not(self) -> None:
        assert _contents("Tom Pell said the plan was late, and the council was angry.") == ["the plan was late"]

    def test_a_named_subject_does_not(self) -> None:
        assert _contents("Tom Pell said sales rose 5% in May, but Ann Bell rose to speak.") == ["sales rose 5% in May"]


class TestWritersComment:
    def test_this_in_the_present_after_a_backshifted_clause(self) -> None:
        found = _contents(
            "Grobco told the Velt Herald it would not sell any of its mills and, in effect, this ends the "
            "hopes of rival bidders."
        )
        assert found == ["it would not sell any of its mills"]

    def test_and_that_goes_on(self) -> None:
        assert _contents("Tom Pell said sales had fallen and that costs had risen.") == [
            "sales had fallen and that costs had risen"
        ]

    def test_a_present_report_goes_on(self) -> None:
        assert _contents("Tom Pell says prices will rise and this means hardship.") == [
            "prices will rise and this means hardship"
        ]


class TestReportTakenForTheMainVerb:
    def test_denied_x_said_runs_to_what_x_said(self) -> None:
        found = _found('But Tom Pell denied Ann Bell, his housing adviser, said the scheme was "rotten".')
        assert found == [("Tom Pell", 'Ann Bell, his housing adviser, said the scheme was "rotten"')]

    def test_a_closing_said_without_a_clause_is_unchanged(self) -> None:
        assert _found("Tom Pell denied the claims, Ann Bell said.") == [("Ann Bell", "Tom Pell denied the claims")]


class TestObjectGuards:
    def test_a_pronoun_object_is_not_the_subject(self) -> None:
        # a claim there is: the "it" before the clause is no part of it
        found = _contents("Tom Pell stated it plainly the firm was sound.")
        assert len(found) == 1 and found[0].endswith("the firm was sound") and not found[0].startswith("it ")

    def test_a_clause_with_its_subject_right_after(self) -> None:
        found = _contents("A solicitor for Velt said outside the hearing the two men rejected the claims.")
        assert found == ["the two men rejected the claims"]

    def test_a_comma_parts_object_and_clause(self) -> None:
        found = _contents("Grobco announced the deals, the latest in a clean-up of Velt funds.")
        assert found == ["the latest in a clean-up of Velt funds"]

    def test_a_that_parts_object_and_clause(self) -> None:
        found = _contents("Tom Pell argued the reverse - that the plan was sure to fail.")
        assert found == ["the plan was sure to fail"]
