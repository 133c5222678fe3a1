"""Session 32's missed claims and speakers (round 2, on fresh28's misses), on sentences written for
the purpose (none copied from any corpus).

- "..., a new study shows.", "..., a Grobco statement said.": a document closing the sentence,
  whose verb the parser read as a noun ("study shows") or left without its subject: the document
  speaks (its one named maker, if any); never a participle, nor a clause-less sentence.
- "Ann Bell rejected a suggestion the merger was planned to hide losses.": a rejected noun of saying
  with its clause and no "that" is a denial of the clause, as with "that"; never a relative clause
  missing its object ("the suggestion Velt made last week", "the report he was given").
- "told the BBC's Home Front programme what was missing was one plan for every town": a "what" clause and its own
  copula after the addressee is a statement (the parser hung the clause on the programme); never
  an indirect question ("what happened at the meeting", "what the plan was").
- "Ann Bell says she was told: "..."": the passive "she was told" is part of what she says (the
  quotation alone, often a question, is not hers).
- "..., inspectors from Velt Council were told.": people named by a plural, told the clause
  before the comma: an unnamed speaker's statement.
- "deputy leader of the union Grobco Tom Pell attacked the scheme. "..."": a title with the
  "of" of an office before the name; the quote after is the person's; never "a friend of the family".
- "The trade is upbeat that ...": every stance adjective ("upbeat", "optimistic", "hopeful") passes
  the pre-filter, as "confident" did.
- "growing numbers of nurses in the Grobco Trust say ...": a count of people is no document of the body
  they are in: never the body as speaker.
- "..., upsetting a mayor who says ... Mayor Tom Pell said": an indefinite office in the lead, with
  nobody named before it, is the one person the article gives that office as a title.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker speaker_id verb_text content", opening=QUAY, bare=True)


class TestClosingDocument:
    def test_new_study_shows(self) -> None:
        found = _found("Bus drivers face rising abuse from their passengers, a new study shows.")
        assert found == [("a new study", None, "shows", "Bus drivers face rising abuse from their passengers")]

    def test_named_statement_said(self) -> None:
        found = _found(
            "Velt has bid for two shops.\n\nIt hopes to keep Pell Western and Pell Kenya, a Velt statement said."
        )
        assert found == [("a Velt statement", "velt", "said", "It hopes to keep Pell Western and Pell Kenya")]

    def test_no_clause_no_claim(self) -> None:
        assert _found("In the end, a new study shows.") == []

    def test_participle_is_no_verb(self) -> None:
        assert _found("Shop workers endure long hours, a study shown on television.") == []


class TestDismissedWithoutThat:
    def test_suggestion_and_clause(self) -> None:
        found = _found("Ann Bell rejected a suggestion the merger was planned to hide losses.")
        assert found == [("Ann Bell", "ann-bell", "rejected", "the merger was planned to hide losses")]

    def test_claims_and_clause(self) -> None:
        found = _found("Tom Pell rejected claims the firm was bust.")
        assert found == [("Tom Pell", "tom-pell", "rejected", "the firm was bust")]

    def test_relative_clause_no_claim(self) -> None:
        assert _found("Tom Pell dismissed the suggestion Velt made last week.") == []
        assert _found("Tom Pell rejected the report he was given.") == []
        assert _found("Tom Pell dismissed the report his rivals wrote about the firm.") == []


class TestWhatWasNeeded:
    def test_programme_then_free_relative(self) -> None:
        claims = claims_of(
            QUAY + "But Tom Pell told the BBC's Home Front programme what was missing was one plan for every "
            "town. He said the money would arrive next spring."
        )
        assert [(c.speaker_id, c.content) for c in claims] == [
            ("tom-pell", "what was missing was one plan for every town"),
            ("tom-pell", "the money would arrive next spring"),
        ]
        assert claims[0].outlets == ["bbc"]

    def test_indirect_question_no_claim(self) -> None:
        assert _found("Tom Pell told the BBC's Home Front programme what happened at the meeting.") == []
        assert _found("Tom Pell told the BBC's Home Front programme what the plan was.") == []


class TestToldBeforeColon:
    def test_question_she_was_told(self) -> None:
        found = _found('One former nurse says she was told: "So, you think you know better, do you?"')
        assert found == [
            (
                "One former nurse",
                None,
                "says",
                'she was told: "So, you think you know better, do you?"',
            )
        ]

    def test_statement_she_was_told(self) -> None:
        found = _found('Ann Bell says she was told: "You will never be promoted."')
        assert found == [("Ann Bell", "ann-bell", "says", 'she was told: "You will never be promoted."')]

    def test_plain_colon_quote_unchanged(self) -> None:
        found = _found('Ann Bell said: "I was told the shop would close."')
        assert found == [("Ann Bell", "ann-bell", "said", "I was told the shop would close")]

    def test_asked_question_no_claim(self) -> None:
        assert _found('Ann Bell says she was asked: "Who have you been paying?"') == []


class TestPluralAudienceTold:
    def test_researchers_were_told(self) -> None:
        found = _found("Older players mocked the new kit as fans arrived, inspectors from Velt Council were told.")
        assert found == [("unnamed (unresolved)", None, "told", "Older players mocked the new kit as fans arrived")]

    def test_investigators_were_told(self) -> None:
        assert _found("The firm lost money in May, investigators were told.") == [
            ("unnamed (unresolved)", None, "told", "The firm lost money in May")
        ]

    def test_possessive_audience_left_out(self) -> None:
        assert _found("The firm lost money in May, his lawyers had been told.") == []


class TestOfficeOfTitleBeforeQuote:
    _QUOTE = ' attacked the scheme. "If you want full schools you will not fill them by closing bus routes."'

    def test_general_secretary_of_the_union(self) -> None:
        found = _found("But deputy leader of the regional farmers union Grobco Tom Pell" + self._QUOTE)
        assert found == [
            ("Tom Pell", "tom-pell", "", "If you want full schools you will not fill them by closing bus routes")
        ]

    def test_friend_of_the_family_no_claim(self) -> None:
        assert _found("A friend of the family Tom Pell" + self._QUOTE) == []
        assert _found("The son of the Velt founder Tom Pell" + self._QUOTE) == []


class TestStanceAdjectives:
    def test_upbeat_that(self) -> None:
        found = _found("Tom Pell was upbeat that sales would recover.")
        assert found == [("Tom Pell", "tom-pell", "was upbeat", "sales would recover")]

    def test_optimistic_that(self) -> None:
        found = _found("Tom Pell was optimistic that sales would recover.")
        assert found == [("Tom Pell", "tom-pell", "was optimistic", "sales would recover")]

    def test_no_clause_no_claim(self) -> None:
        assert _found("Tom Pell was upbeat about sales.") == []
        assert _found("Tom Pell is certain to win.") == []


class TestNumbersOfPeople:
    def test_never_the_body(self) -> None:
        found = _found("Growing numbers of nurses in the Grobco Trust often say they feel ignored.")
        assert [(speaker_id, content) for _, speaker_id, _, content in found] == [(None, "they feel ignored")]

    def test_figures_from_a_body_unchanged(self) -> None:
        for text in (
            "Numbers from the Grobco Institute say that sales fell.",
            "The numbers of the Grobco Institute say that sales fell.",
        ):
            found = _found(text)
            assert [(speaker_id, content) for _, speaker_id, _, content in found] == [
                ("grobco-institute", "sales fell")
            ]


class TestLeadOfficeTitledLater:
    _LEAD = "Band on ferry\n\nA folk band has recorded a song on a ferry, upsetting a mayor who says he was misled.\n\n"

    def test_the_one_titled_person(self) -> None:
        claims = claims_of(self._LEAD + 'Velt was filmed. "I am not pleased," Mayor Tom Pell said.')
        assert [(c.speaker, c.speaker_id) for c in claims] == [("a mayor", "tom-pell"), ("Tom Pell", "tom-pell")]

    def test_two_titled_none(self) -> None:
        claims = claims_of(
            self._LEAD
            + 'Velt was filmed. "I am not pleased," Mayor Tom Pell said. Former Mayor Ann Bell said he was right.'
        )
        assert claims[0].speaker_id is None

    def test_named_before_none(self) -> None:
        claims = claims_of(
            "Band on ferry\n\nTom Pell has recorded a song on a ferry, upsetting a mayor who says he was misled."
            '\n\nVelt was filmed. "I am not pleased," Mayor Ann Bell said.'
        )
        assert claims[0].speaker_id is None

    def test_spokesman_never(self) -> None:
        claims = claims_of(
            "Band on ferry\n\nA folk band has recorded a song on a ferry, upsetting a spokesman who says he was"
            ' misled.\n\nVelt was filmed. "I am not pleased," spokesman Tom Pell said.'
        )
        assert claims[0].speaker_id is None


class TestStanceGuards:
    def test_it_opening_the_clause_kept(self) -> None:
        found = _found("Traders were optimistic that it would be approved.")
        assert found == [("Traders", None, "were optimistic", "it would be approved")]

    def test_made_it_clear_unchanged(self) -> None:
        found = _found("Tom Pell made it clear that he would stay.")
        assert found == [("Tom Pell", "tom-pell", "made it clear", "he would stay")]

    def test_condition_no_claim(self) -> None:
        assert _found("Unless he is certain the vote will go his way, Tom Pell will not stand.") == []
        assert _found("If Tom Pell is confident that sales will recover, he will hire.") == []


class TestNestedSpeechInReopenedQuote:
    def test_inner_said_is_the_quoted_speakers(self) -> None:
        found = _found('Tom Pell said: "I stood still. He said to me, \'run\'. "It seems odd because I stayed calm."')
        assert found == [
            ("Tom Pell", "tom-pell", "said", "I stood still. He said to me, 'run' … It seems odd because I stayed calm")
        ]

    def test_attribution_inside_quote_unchanged(self) -> None:
        found = _found('"We will grow," Tom Pell said. "We will hire."')
        assert found == [("Tom Pell", "tom-pell", "said", "We will grow … We will hire")]

    def test_quote_left_open_then_narration_kept(self) -> None:
        text = (
            "However, Tom Pell said: \"It would be wrong for a manager to say, 'We did our best'. He said that"
            ' clubs should make certain that fans could travel. "My own feeling is that we owe them that, " he said.'
        )
        assert "clubs should make certain that fans could travel" in [content for *_, content in _found(text)]

    def test_quote_never_closed_keeps_later_claims(self) -> None:
        text = (
            "Ann Bell confirmed later: \"I'm handing my winnings to the hospital. Her donation comes after offers"
            " from two other riders. Tom Pell said he would give a similar sum."
        )
        assert ("Tom Pell", "tom-pell", "said", "he would give a similar sum") in _found(text)
