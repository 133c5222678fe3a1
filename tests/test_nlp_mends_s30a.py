"""Session 30 round 3 mends of round 1's rules, on sentences written for the purpose (none copied
from any corpus).

- An "as X said," aside that comes after the clause it belongs to looks back on it: it makes no
  claim of X's, and the quotation keeps its speaker ('"We will win, as Ann Bell said," Tom Pell
  said'); an aside's content ends at the quotation's closing mark.
- Outside quotes an "as ... suggests," aside is a claim only for a named speaker, a person or body
  described or a document, never "as the name suggests"; its content stops before a clause with
  a subject of its own joined after it (", and the council agrees"), a tag question excepted.
- "which they say" in a relative clause is the main subject's only when no other plural noun
  between them could be "they" ("Unions attacked the ministers' plan, which they say ...").
- 'Ann Bell's warning was stark: "..."': the named owner's words, Ann Bell's; a name that is
  neither a person nor an organisation makes no claim.
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker speaker_id verb_text content direct_quote", opening=QUAY, bare=True)


class TestAsideLookingBack:
    def test_aside_ending_the_quote_keeps_the_quote(self) -> None:
        found = _found('"We will win the league, as the coach Ann Bell said yesterday," Tom Pell said.')
        assert [(s, c) for s, _, _, c, _ in found] == [
            ("Tom Pell", "We will win the league, as the coach Ann Bell said yesterday")
        ]

    def test_aside_ending_the_quote_before_told(self) -> None:
        found = _found('"We will fight on to the end, as Ann Bell said," Tom Pell told reporters.')
        assert [(s, c) for s, _, _, c, _ in found] == [("Tom Pell", "We will fight on to the end, as Ann Bell said")]

    def test_aside_after_its_clause_takes_nothing_after_it(self) -> None:
        found = _found(
            '"The mill will close, as the mayor Ann Bell warned, and 300 people will lose their jobs," said Tom Pell.'
        )
        assert [s for s, *_ in found] == ["Tom Pell"]

    def test_aside_after_its_clause_before_but(self) -> None:
        found = _found('"Rents went up, as Ann Bell predicted, but wages stayed flat," said Tom Pell.')
        assert [s for s, *_ in found] == ["Tom Pell"]

    def test_aside_before_its_clause_still_speaks(self) -> None:
        found = _found(
            '"Sales are weak, but as the mayor Ann Bell noted last week, you do not see a recovery in a month," '
            "said Tom Pell."
        )
        assert ("Ann Bell", "ann-bell", "noted", "you do not see a recovery in a month", False) in found


class TestAsideOutsideQuotes:
    def test_a_name_suggests_nothing(self) -> None:
        assert _found("As the name suggests, the Velby Hat Shop sells nothing but hats.") == []

    def test_content_stops_before_a_joined_clause(self) -> None:
        found = _found("As Ann Bell noted, the bridge is too old for lorries, and the council agrees.")
        assert ("Ann Bell", "ann-bell", "noted", "the bridge is too old for lorries", False) in found

    def test_content_stops_before_but(self) -> None:
        found = _found("As Ann Bell said, the plan failed, but Tom Pell still backs it.")
        assert ("Ann Bell", "ann-bell", "said", "the plan failed", False) in found

    def test_polls_content_stops_before_a_joined_clause(self) -> None:
        found = _found("As the latest polls suggest, the party is heading for defeat, and its leader knows it.")
        assert [c for *_, c, _ in found] == ["the party is heading for defeat"]

    def test_a_shared_subject_stays_in(self) -> None:
        found = _found("As Ann Bell said, the plan will cost £5m and take three years.")
        assert ("Ann Bell", "ann-bell", "said", "the plan will cost £5m and take three years", False) in found

    def test_tag_question_stays_in(self) -> None:
        found = _found("As Ann Bell said - any mayor would back the plan, wouldn't he")
        assert ("Ann Bell", "ann-bell", "said", "any mayor would back the plan, wouldn't he", False) in found


class TestRelativeTheyWithAnotherPlural:
    def test_possessor_plural_between(self) -> None:
        found = _found("Unions attacked the ministers' plan, which they say will save £2bn a year.")
        assert [(s, i) for s, i, *_ in found] == [("they (unresolved)", None)]

    def test_object_plural_between(self) -> None:
        found = _found("The ministers met union leaders over the pension plan, which they say is unaffordable.")
        assert [(s, i) for s, i, *_ in found] == [("they (unresolved)", None)]

    def test_plural_in_a_prepositional_phrase_between(self) -> None:
        found = _found("Residents have lost their fight with developers over the park, which they claim is worth £40m.")
        assert [(s, i) for s, i, *_ in found] == [("they (unresolved)", None)]

    def test_no_other_plural_keeps_the_subject(self) -> None:
        found = _found(
            "Prosecutors are selling the oil arm of Grobco to pay a bill, which they claim is owed to the state."
        )
        assert [s for s, *_ in found] == ["Prosecutors"]


class TestNamedOwnerOfWordsBeforeAColon:
    def test_named_person_owns_the_warning(self) -> None:
        found = _found('Ann Bell\'s warning was stark: "Leave your homes now."')
        assert [(i, c, d) for _, i, _, c, d in found] == [("ann-bell", "Leave your homes now", True)]

    def test_unnamed_body_stays_unresolved(self) -> None:
        found = _found('The council\'s warning was stark: "Leave your homes now."')
        assert [(i, d) for _, i, _, _, d in found] == [(None, True)]

    def test_pronoun_owner_unchanged(self) -> None:
        found = _found('Ann Bell spoke to staff on Monday. Her message was clear: "Nobody will lose their job."')
        assert [i for _, i, *_ in found] == ["ann-bell"]
