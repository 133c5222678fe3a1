"""Session 32 (issue 11): sentences that state nothing taken for claims, and one missed shape, on
sentences written for the purpose (none copied from any corpus).

- Authorship "write": "who wrote the prize-winning musical X", "went on to write and produce six
  albums", "wrote, directed and starred in it" is a work written, no words said; never "wrote in
  the Gazette that ...", "wrote: ...", nor "has written to the board accusing X of ...".
- "Ann Bell, whose request revealed the repair bill, said ...": the relative clause's "whose"
  thing is no speaker (a person, "whose spokesman said", or a document, "whose report revealed",
  stays).
- A habit narrated: "Grobco announces any flaws in its apps each week", "regularly announces
  the winners"; never "always says that X" nor "announced every month that X".
- Future speech joined to its content's verb: "Mr Velt will say the plan failed and add that ..."
  ("add" hung on "failed" by the parser) is words not yet said, like "will say".
- A verdict noun after "as" closing a denied clause ("dismissed claims that X as a distraction", "as
  a red herring") is the speaker's verdict, not the clause's; never after a verb that takes an "as"
  of its own ("claims that the strike was used as a distraction").
- Missed: "The report ... placed the UK third. It showed X": "it" opening the sentence after one that
  opens with a document is the document's finding.
- `name_taken_for_modal`'s guards: a lower-case modal is no name; a capitalised modal after the
  verb's own subject is none either.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


class TestAuthorship:
    def test_who_wrote_a_work(self) -> None:
        assert _found("She is touring with Tom Pell, who wrote the prize-winning musical Hop.") == []

    def test_went_on_to_write_and_direct(self) -> None:
        assert _found("But Tom Pell stuck with the band and went on to write and produce six albums.") == []

    def test_wrote_directed_and_starred(self) -> None:
        assert _found("Tom Pell wrote, directed and starred in the film.") == []

    def test_wrote_in_a_paper_that_is_a_claim(self) -> None:
        assert ("Ms Bell", "wrote", "the plan was flawed") in _found(
            "Ms Bell wrote in the Gazette that the plan was flawed."
        )

    def test_wrote_a_clause_is_a_claim(self) -> None:
        assert ("Ms Bell", "wrote", "the plan was flawed") in _found("Ms Bell wrote the plan was flawed.")

    def test_wrote_with_a_colon_is_a_claim(self) -> None:
        assert [v for _, v, _ in _found("In a letter, Ms Bell wrote: the plan was flawed.")] == ["wrote"]


class TestWhoseThing:
    def test_whose_question_is_no_speaker(self) -> None:
        found = _found("Councillor Ann Bell, whose request revealed the repair bill, said the figure alarmed her.")
        assert found == [("Ann Bell", "said", "the figure alarmed her")]

    def test_whose_spokesman_speaks(self) -> None:
        found = _found("Grobco, whose spokesman said the plant would close, has cut 300 jobs.")
        assert [c for _, _, c in found] == ["the plant would close"]

    def test_whose_report_reveals(self) -> None:
        found = _found("Tom Pell, whose report revealed that the plant would close, was sacked.")
        assert [c for _, _, c in found] == ["the plant would close"]


class TestHabit:
    def test_announces_every_month(self) -> None:
        assert _found("Grobco announces any flaws in its apps each week.") == []

    def test_regularly_announces(self) -> None:
        assert _found("Tom Pell regularly announces the winners on his show.") == []

    def test_warns_every_month(self) -> None:
        assert _found("Grobco warns of flaws in its apps each week.") == []

    def test_always_says_that(self) -> None:
        assert ("The firm", "says", "it pays its taxes") in _found("The firm always says that it pays its taxes.")

    def test_announced_every_month_that(self) -> None:
        assert ("Grobco", "announced", "sales were up") in _found("Grobco announced every month that sales were up.")

    def test_every_month_in_the_content(self) -> None:
        assert ("Grobco", "claims", "sales are rising every month") in _found(
            "Grobco claims sales are rising every month."
        )


class TestFutureSpeechJoinedToItsContent:
    def test_will_say_and_add(self) -> None:
        assert _found("Mr Velt will say the plan failed and add that taxes must fall.") == []

    def test_will_tell_and_argue(self) -> None:
        assert _found("Ms Bell will tell the conference the firm is strong and argue that taxes must fall.") == []

    def test_said_and_added_speak(self) -> None:
        found = _found("Mr Velt said the plan failed and added that taxes must fall.")
        assert ("Velt", "added", "taxes must fall") in found

    def test_the_content_s_own_subjects_argue(self) -> None:
        found = _found("Ms Bell said the firms are strong and argue that taxes must fall.")
        assert "taxes must fall" in [c for _, _, c in found]


class TestVerdictAfterDeniedClause:
    def test_as_a_distraction(self) -> None:
        found = _found("Ms Bell dismissed claims that Grobco had lied as a distraction.")
        assert found == [("Ms Bell", "dismissed", "Grobco had lied")]

    def test_as_a_red_herring(self) -> None:
        found = _found("Ms Bell rejected suggestions that taxes would rise as a red herring.")
        assert found == [("Ms Bell", "rejected", "taxes would rise")]

    def test_used_as_a_distraction_is_the_clause_s(self) -> None:
        found = _found("Ms Bell dismissed claims that the strike had been used as a distraction.")
        assert found == [("Ms Bell", "dismissed", "the strike had been used as a distraction")]

    def test_acted_as_an_agent(self) -> None:
        found = _found("Ms Bell dismissed claims that Grobco had acted as an agent.")
        assert found == [("Ms Bell", "dismissed", "Grobco had acted as an agent")]


class TestDocumentIt:
    def test_it_showed_after_the_report(self) -> None:
        found = _found(
            "A survey ranked Velt fifth. The report, carried out by Grobco, placed Velt fifth behind Norway.\n\n"
            "It showed local shops made better use of their websites, by selling online."
        )
        assert (
            "The report",
            "showed",
            "local shops made better use of their websites, by selling online",
        ) in found

    def test_it_shows_that_after_according_to_the_study(self) -> None:
        found = _found(
            "According to the survey, about 3 million people now only shop online. "
            "It showed that shoppers keep their store cards because prices are lower."
        )
        assert ("the survey", "showed", "shoppers keep their store cards because prices are lower") in found

    def test_no_document_before(self) -> None:
        assert _found("Tom Pell scored twice. It showed that he was fit.") == []

    def test_a_verb_before_the_noun_is_no_document(self) -> None:
        assert _found("The firm published figures on Monday. It showed that sales fell.") == []

    def test_it_is_no_plural_document(self) -> None:
        found = _found("The figures were published on Monday. It found that sales had fallen.")
        assert found == [("It (unresolved)", "found", "sales had fallen")]

    def test_no_clause_after_shows(self) -> None:
        assert _found("The report was published on Monday. It shows the impact of the strike.") == []


class TestModalTakenForName:
    def test_a_lower_case_modal_is_no_name(self) -> None:
        assert _found('"We won," might said.') == []
        assert _found("Prices will rise next year, may said.") == []

    def test_a_capitalised_modal_after_the_verb_s_subject_is_no_name(self) -> None:
        found = _found('"Sales will rise," Could said Ann Bell, the chairman of Grobco.')
        assert not any("Could" in c for _, _, c in found)

    def test_a_capitalised_modal_with_no_subject_is_the_name(self) -> None:
        assert ("May", "said", "It is over") in _found('"It is over," May said.')
