"""Session 31's attributions inserted mid-sentence, and content cut short after the verb, on
sentences written for the purpose (none copied from any corpus).

- "The new figures, said Junya Grobase of Grobco, were weak.": when the parser takes the clause's
  subject (set off by a comma before "said") for the subject of "said" and the name after it for
  the subject of the clause, the name speaks and the content is the whole sentence without the
  inserted attribution. Never "Tom Pell, the chairman, said the firm, Grobco, was ..." (a speaker
  described between commas).
- "Sales rose 5%, according to Velt, but profits fell." (also "although", "despite", "and"): the
  source gives the clause before; the part after is never the claim alone. Not when "according
  to" opens the sentence, nor "a website that, according to critics, helped ..." (there the
  website opens the content since session 32).
- "A typical bike was used by 9,000 people, said the survey, and 2,000 of those were in Ostland."
  with the second clause hung on "said": it goes on with the survey (it has a subject of its
  own), so the content is both clauses without the attribution, never the second alone.
- "There is rarely, the council says, any sort of shortage": the noun phrase after the
  attribution's comma finishes the clause before it.
- "..., Mr Pell said, implying that ...": a participle governing a clause of its own is not the
  content of "said" (as ", adding that ..." already was not).
- "A, said Mr Pell, but he said B": B is a report of its own, not part of A's content. "A; B, the
  council says, C": the content starts after the semicolon.
- "His comments come after Ann Bell told the FT ...": the medium of the next report is not the
  medium of the claims before (a rule that tied "His comments come in X" to them).
- "Meanwhile, sales rose, the firm said": the writer's turn ("Meanwhile,", "Elsewhere,") is left
  out of the content; "However," stays (the speaker's as often as the writer's).
- "concluded the fear of strikes, which grew ..., "had an effect"": the noun phrase the
  parser hung on the verb as its object is the subject of the reported clause when that clause's
  verb follows all that hangs on it; its head word stays in the content.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker content", opening=QUAY, bare=True)


class TestSubjectBeforeInsertedSaid:
    def test_the_name_after_said_speaks(self) -> None:
        found = _found("The Ostland officials' remarks, said Junya Grobase of Grobco, were too vague.")
        assert found == [("Junya Grobase", "The Ostland officials' remarks were too vague")]

    def test_with_a_quoted_predicate(self) -> None:
        found = _found(
            "The Ostland officials' remarks, said Junya Grobase of Grobco bank in Velt, were "
            '"mostly too vague to move the share price".'
        )
        assert found == [
            ("Junya Grobase", 'The Ostland officials\' remarks were "mostly too vague to move the share price"')
        ]

    def test_a_speaker_described_between_commas_keeps_speaking(self) -> None:
        found = _found("Tom Pell, the chairman, said the firm, Grobco, was doing well.")
        assert found == [("Tom Pell", "the firm, Grobco, was doing well")]

    def test_a_pronoun_inserted_is_unchanged(self) -> None:
        assert _found("The figures, he said, were poor.") == [("he (unresolved)", "The figures were poor")]


class TestAccordingToBeforeAJoinedPart:
    def test_but(self) -> None:
        found = _found("Sales at Grobco rose 5% last year, according to Velt Research, but profits fell sharply.")
        assert found == [("Velt Research", "Sales at Grobco rose 5% last year")]

    def test_although(self) -> None:
        found = _found(
            "Sales at Grobco rose 5% last year, according to Velt Research, although there is no official figure."
        )
        assert found == [("Velt Research", "Sales at Grobco rose 5% last year")]

    def test_and(self) -> None:
        found = _found("Sales at Grobco rose 5% last year, according to Velt Research, and profits rose 3%.")
        assert found == [("Velt Research", "Sales at Grobco rose 5% last year")]

    def test_according_to_opening_the_sentence_keeps_all(self) -> None:
        found = _found("According to Velt Research, sales rose 5%, but profits fell.")
        assert found == [("Velt Research", "sales rose 5%, but profits fell")]

    def test_a_relative_clause_around_it_keeps_its_predicate(self) -> None:
        found = _found("Grobco ran a website that, according to critics, helped users swap songs.")
        # (session 32: the noun the relative word stands for opens the content, not the bare predicate)
        assert found == [("critics", "a website that helped users swap songs")]

    def test_despite_without_a_verb_is_unchanged(self) -> None:
        found = _found("Sales fell sharply in April, according to Velt Research, despite a rise in March.")
        assert found == [("Velt Research", "Sales fell sharply in April")]


class TestClauseJoinedToTheReport:
    def test_and_a_clause_with_its_subject(self) -> None:
        found = _found(
            "A typical Grobco bike was used by about 30,000 people, said the survey, and a further "
            "5,000 of those were in Ostland."
        )
        assert found == [
            (
                "the survey",
                "A typical Grobco bike was used by about 30,000 people and a further 5,000 of those were in Ostland",
            )
        ]

    def test_a_participle_of_saying_after_is_its_own_claim(self) -> None:
        found = _found("Sales rose 5%, the firm said, adding that costs would climb.")
        assert found == [("the firm", "Sales rose 5%"), ("the firm", "costs would climb")]


class TestNounPhraseAfterTheAttribution:
    def test_there_is_rarely(self) -> None:
        found = _found("There is rarely, the council says, any sort of shortage, but in most years stocks run low.")
        assert found == [("the council", "There is rarely any sort of shortage")]

    def test_a_time_after_the_attribution_stays(self) -> None:
        assert _found("Prices will rise, he said, this year.") == [("he (unresolved)", "Prices will rise this year")]


class TestParticipleWithAClauseOfItsOwn:
    def test_implying_that(self) -> None:
        found = _found(
            "Typically it takes three years to build a car, Mr Pell said, implying that a Grobco car could be on sale by 2008."
        )
        assert found == [("Pell", "Typically it takes three years to build a car")]

    def test_a_gerund_opening_the_reported_clause_stays(self) -> None:
        found = _found(
            "By contrast, said Mr Pell, travelling on something like Grobco may mean riders hardly notice that "
            "they are moving at all."
        )
        assert found == [
            ("Pell", "travelling on something like Grobco may mean riders hardly notice that they are moving at all")
        ]

    def test_citing_a_report_is_unchanged(self) -> None:
        assert _found("Sales rose 5%, the bank said, citing a report by Velt.") == [("the bank", "Sales rose 5%")]


class TestObjectThatIsTheReportedSubject:
    def test_a_phrase_and_a_relative_clause_before_the_verb(self) -> None:
        found = _found(
            'The inquiry concluded the fear of strikes, which grew after a row in June, "had a real effect on sales".'
        )
        assert found == [
            (
                "The inquiry",
                'the fear of strikes, which grew after a row in June, "had a real effect on sales"',
            )
        ]

    def test_a_phrase_before_the_verb(self) -> None:
        found = _found("Mr Pell also warned the present rate of house building in the county may be hitting its limit.")
        assert found == [("Pell", "the present rate of house building in the county may be hitting its limit")]

    def test_a_phrase_and_a_clause_between_dashes(self) -> None:
        found = _found(
            "His sister, Jo, said her brother's rival, Tom Pell, 19 - who was banned for a year in June - had "
            "copied designs from the shop."
        )
        assert found == [
            (
                "Jo",
                "her brother's rival, Tom Pell, 19 - who was banned for a year in June - had copied designs from the shop",
            )
        ]

    def test_the_addressee_stays_out(self) -> None:
        assert _found("Tom Pell warned investors the market would fall.") == [("Tom Pell", "the market would fall")]


class TestWritersTurn:
    def test_meanwhile_before_a_closing_attribution(self) -> None:
        found = _found("Meanwhile, orders for Grobco pumps are likely to grow, traders said.")
        assert found == [("traders", "orders for Grobco pumps are likely to grow")]

    def test_meanwhile_before_according_to(self) -> None:
        found = _found("Meanwhile, Velt has become the top brand in the region, according to Tarko Research.")
        assert found == [("Tarko Research", "Velt has become the top brand in the region")]

    def test_however_stays(self) -> None:
        found = _found("However, orders for Grobco pumps are likely to grow, traders said.")
        assert found == [("traders", "However, orders for Grobco pumps are likely to grow")]


class TestMoreOfTheJoinedShapes:
    def test_a_second_report_after_but_is_its_own(self) -> None:
        found = _found(
            "Grobco had delivered the parts to Velt, said Mr Pell, but he said the firm was still waiting on Tarko to pay."
        )
        assert found == [
            ("Pell", "Grobco had delivered the parts to Velt"),
            ("Pell", "the firm was still waiting on Tarko to pay"),
        ]

    def test_from_the_semicolon_on(self) -> None:
        found = _found(
            "The need to hire staff is offset by the cost of training; there is rarely, the council says, any "
            "sort of shortage, but in most years stocks run low."
        )
        assert found == [("the council", "there is rarely any sort of shortage")]

    def test_a_participle_without_a_comma_is_the_content(self) -> None:
        found = _found(
            "Tom Pell also praised fellow chef Ann Bell and recalled watching her cook as a student in Velt."
        )
        assert found == [("Tom Pell", "watching her cook as a student in Velt")]


class TestCommentsComeAfter:
    def test_the_medium_of_another_is_not_theirs(self) -> None:
        claims = claims_of(
            QUAY + "Tom Pell warned the plan would fail. His comments come after Ann Bell told the Financial Times "
            "newspaper she would resign."
        )
        assert [(c.speaker, c.outlets) for c in claims] == [("Tom Pell", []), ("Ann Bell", ["financial-times"])]

    def test_comments_come_in_a_medium_stay(self) -> None:
        claims = claims_of(
            QUAY + "Tom Pell warned the plan would fail. His comments come in a Financial Times interview."
        )
        assert [(c.speaker, c.outlets) for c in claims] == [("Tom Pell", ["financial-times"])]
