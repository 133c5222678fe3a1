"""Session 39: short claims whose content is a fragment or no statement, on sentences written for
the purpose (none copied from any corpus).

- "the ranch, which Velco says is lying idle", "the routes he says are facing closure", "the
  device it says helps stop theft", "the track they thought they were buying": a verb of saying
  inside a relative clause whose gap is in the content; the noun it is about stands outside: it
  opens the content ("the ranch is lying idle", the relative word and the attribution left out).
  A noun ending a prepositional phrase may not be what the relative word stands for ("run by the
  Revenue, which they say would save $3m"): the content stays as it is. Kept: "Ann Bell, who says
  she is innocent" (the relative word is the speaker), "a point at which buyers believe prices
  will fall" (an adjunct), the name a naming verb gives ("the plan, which he called a disgrace").
- "by announcing Ms Bell's departure", "explaining the firm's alleged role": the noun object of
  reveal/explain/claim/promise (announce/confirm only as a participle of the act), a thing made
  known, no statement. Kept: a clause after the verb
  ("revealed the deal was off"), a gerund ("admitted taking bribes"), "X as Y" (a view).
- "If anything, what I have seen has confirmed my fears": an indefinite pronoun ("anything",
  "something", "everything", "nothing") taken for the subject of a reporting verb is no speaker.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker content", opening=QUAY, bare=True)


def _contents(text: str) -> list[str]:
    return [content for _, content in _found(text)]


class TestGapInTheContent:
    def test_which_as_subject_of_the_content(self) -> None:
        found = _contents("The court froze the ranch, which Velco claims was illegally sold.")
        assert found == ["the ranch was illegally sold"]

    def test_which_with_a_present_tense(self) -> None:
        assert _contents("The state is seizing large farms, which it says are lying idle.") == [
            "large farms are lying idle"
        ]

    def test_contact_relative_subject_gap(self) -> None:
        assert _found("Tom Pell set out the routes he says are facing closure.") == [
            ("Tom Pell", "the routes are facing closure")
        ]

    def test_contact_relative_object_gap(self) -> None:
        found = _contents("Buyers got a bundle, not the single song they thought they were buying.")
        assert found == ["the single song they were buying"]

    def test_relative_after_appears_to_believe(self) -> None:
        found = _contents("Ann Bell attacked the council, which she also appears to believe is unfixable.")
        assert found == ["the council is unfixable"]

    def test_which_hung_on_the_verb(self) -> None:
        found = _contents("Tom Pell took a pill - which he later denied was heroin - in May.")
        assert len(found) == 1 and found[0].startswith("was heroin")  # an aside after a dash: as it was

    def test_helps_with_no_subject(self) -> None:
        assert _contents("Velco sells a lock, which it says helps stop theft.") == ["a lock helps stop theft"]


class TestCompleteRelativesStay:
    def test_hyphenated_noun_kept_whole(self) -> None:
        found = _contents("Velco makes mid-size jets, which it says are super-quiet.")
        assert found == ["mid-size jets are super-quiet"]

    def test_noun_joined_inside_a_phrase_is_not_restored(self) -> None:
        found = _contents("Talks began on a merger between Velco and Grobco which officials have said will go ahead.")
        assert found == ["will go ahead"]

    def test_bracketed_figure_kept_in_the_noun(self) -> None:
        found = _contents(
            "Prosecutors are forcing a sale to help pay a $27m (£14m) tax bill, which they claim is owed by Velco."
        )
        assert found == ["a $27m (£14m) tax bill is owed by Velco"]

    def test_no_agreement_no_restoring(self) -> None:
        found = _contents("Velco pulled the posters showing Mr Pell, which critics claimed were crude.")
        assert found == ["were crude"]

    def test_content_after_the_relative_clause_is_not_its_own(self) -> None:
        assert _found("The claims, which he has denied, are being looked into by a judge.") == []

    def test_name_after_a_title_is_no_relative_clause(self) -> None:
        found = _contents(
            "Velco's main lawyer Tom Pell told the court last year that early reports may have been wrong."
        )
        assert found == ["early reports may have been wrong"]

    def test_coach_warned_his_side(self) -> None:
        found = _contents("Their coach Tom Pell has warned his side they must fix the errors or risk a third defeat.")
        assert found == ["they must fix the errors or risk a third defeat"]

    def test_noun_in_a_phrase_is_not_restored(self) -> None:
        found = _contents("The tax would be run by the Revenue, which they say would save 3m dollars.")
        assert found == ["would save 3m dollars"]

    def test_likened_keeps_its_complement(self) -> None:
        found = _contents("Tom Pell unveiled a plan which he has likened to the old Velt scheme.")
        assert found == ["the old Velt scheme"]

    def test_who_says(self) -> None:
        assert _found("Ann Bell, who says she is innocent, could lose her job.") == [("Ann Bell", "she is innocent")]

    def test_at_which(self) -> None:
        found = _contents("There is a point at which buyers believe that prices will fall.")
        assert found == ["prices will fall"]

    def test_naming_verb_in_a_relative(self) -> None:
        assert _found('Tom Pell backed the plan, which Ann Bell called "a disgrace".') == [("Ann Bell", "a disgrace")]

    def test_denies_using(self) -> None:
        assert _found("Ann Bell, who won two medals, denies using drugs.") == [("Ann Bell", "using drugs")]

    def test_said_that_was(self) -> None:
        assert _contents("Tom Pell said that was the right call.") == ["that was the right call"]


class TestNounObjectIsNoStatement:
    def test_announcing_a_departure(self) -> None:
        assert _found("In May, Tom Pell surprised the board by announcing Ms Bell's departure.") == []

    def test_explaining_an_alleged_role(self) -> None:
        found = _found("Velco officials briefed the envoys on Monday, explaining the firm's alleged role.")
        assert found == []

    def test_explained_her_injury(self) -> None:
        assert _found("Ann Bell later explained her knee problem.") == []


class TestStatementsAfterTheVerbStay:
    def test_explained_as(self) -> None:
        found = _contents("They explained the defeat of Tom Pell as a plot by his rivals.")
        assert found == ["the defeat of Tom Pell as a plot by his rivals"]

    def test_revealed_a_clause(self) -> None:
        assert _contents("Tom Pell revealed the deal was off.") == ["the deal was off"]

    def test_announced_a_clause(self) -> None:
        assert _contents("Velco announced that profits rose 5%.") == ["profits rose 5%"]

    def test_admitted_a_gerund(self) -> None:
        assert _contents("Tom Pell admitted taking bribes.") == ["taking bribes"]


class TestThingIsNoSpeaker:
    def test_if_anything(self) -> None:
        assert _found("If anything, what I have seen has confirmed my early fears.") == []

    def test_everyone_still_speaks(self) -> None:
        assert _contents("Everyone says the plan will fail.") == ["the plan will fail"]
