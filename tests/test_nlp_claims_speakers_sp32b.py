"""Session 32 (sp32b): confident-wrong speakers and statements missed after a question, on
sentences written for the purpose (none copied from any corpus).

- "The trouble they have, said Tom Pell, head of sales at Grobco, is finding staff.": an
  attribution inserted after the clause's subject, the name followed by an apposition between
  commas: the name speaks, never the clause's subject ("The trouble"). Not "said the firm, Grobco,
  was ..." (no proper name after "said").
- "The council dropped the plan, because it says the cost would be too high.": "it" in a clause of
  reason or concession is the main clause's subject, never the body named in the sentence before;
  unresolved when that subject is a person or a plural.
- 'Jo Bell, editor of fansite Fans.Velt.Org, said: "..."': a dotted web address is one token, so
  no sentence ends at its dots and the speaker is the name, never "Org"; a full stop with no space
  after it before a word that is no web suffix still ends a sentence ("fell.Tom Pell said").
- '"How can they compare us?" he asked. "It is absurd."' and '"The line is slow. Will it be
  enough?" he asked.': "asked" after a quote closed by a question is a turn of the speaker's; the
  quote's statements (questions cut from either end, and from the part resumed after the
  attribution) are a claim with the speaker; a quote of questions only is still no claim, nor
  "asked whether ...".
- 'Tom Pell ... He said: "A." But a spokesman for the ministry rejected the idea. He said: "B."':
  an unnamed person opening a sentence after the conjunction ("But a spokesman") is someone the
  next "he" may mean, as "A spokesman ..." already was: B is left unresolved, never Tom Pell's;
  a sentence opening "But a decision ..." (no person) changes nothing.
- "Last year the firm sued the government alleging that ...": the one sued, which the parser took
  for the participle's subject, is never the speaker: the claimant goes on; not "heard the
  minister alleging ..." (a verb of perception: the minister speaks).
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY, bare=True)


class TestInsertedSayWithApposition:
    def test_name_and_apposition_speak(self) -> None:
        found = _found("The trouble they have, said Tom Pell, head of sales at Grobco, is finding enough staff.")
        assert [(s, c) for s, _, c in found] == [("Tom Pell", "The trouble they have is finding enough staff")]

    def test_name_without_apposition_unchanged(self) -> None:
        found = _found("The trouble they have, said Tom Pell, is finding enough staff.")
        assert [(s, c) for s, _, c in found] == [("Tom Pell", "The trouble they have is finding enough staff")]

    def test_a_described_name_is_no_speaker(self) -> None:
        # the words after "said" are no proper name: never that phrase's name as the speaker
        found = _found("Tom Pell, the chairman, said the firm, Grobco, was in good shape.")
        assert found == [("Tom Pell", "said", "the firm, Grobco, was in good shape")]
        # an inserted "said" before a description and its apposition: no proper name, so never the speaker
        found = _found("The trouble, said Velt boss, the chairman, is finding staff.")
        assert found and all(s != "Velt boss, the chairman" for s, _, _ in found)


_ids = claim_rows("speaker speaker_id content", opening=QUAY, bare=True)


class TestItInAReasonClause:
    def test_it_is_the_main_subject_not_the_last_body(self) -> None:
        found = _ids(
            "Grobco Bank published a study on Monday. The government has dropped the plan, because it says the cost would be too high."
        )
        assert [(s, i) for s, i, c in found if "cost" in c] == [("The government", None)]

    def test_although_it_insists(self) -> None:
        found = _ids(
            "Grobco Bank published a study on Monday. Velt Motors might bid for the stadium, although it insists the price is too high."
        )
        assert [(i, c) for _, i, c in found if "price" in c] == [("velt-motors", "the price is too high")]

    def test_a_person_main_subject_leaves_it_unresolved(self) -> None:
        found = _ids(
            "Grobco Bank published a study on Monday. Tom Pell dropped the plan because it says the cost is too high."
        )
        assert [(s, i) for s, i, c in found if "cost" in c] in ([], [("it (unresolved)", None)])

    def test_a_named_body_main_subject(self) -> None:
        found = _ids(
            "Grobco Bank published a study on Monday. Velt Motors shut the plant because it said demand had fallen."
        )
        assert [i for _, i, c in found if "demand" in c] == ["velt-motors"]

    def test_a_clause_inside_the_content_unchanged(self) -> None:
        found = _ids("Grobco Bank stressed that the downturn would be brief while it expected a rise in rates.")
        assert [i for _, i, c in found if "rates" in c] == ["grobco-bank"]

    def test_a_thing_as_main_subject_no_claim(self) -> None:
        assert _ids("The term is misleading because it does not describe the music people dance to.") == []

    def test_it_said_alone_unchanged(self) -> None:
        found = _ids("Grobco Bank shut the plant in May. It said demand had fallen.")
        assert [(i, c) for _, i, c in found] == [("grobco-bank", "demand had fallen")]


class TestDottedWebAddress:
    def test_the_address_ends_no_sentence(self) -> None:
        found = _ids('Jo Bell, editor of fansite Fans.Velt.Org, said: "The game got everything right."')
        assert [(s, c) for s, _, c in found] == [("Jo Bell", "The game got everything right")]

    def test_a_missing_space_still_ends_a_sentence(self) -> None:
        found = _ids("Sales fell.Tom Pell said the shop would close.")
        assert [(s, c) for s, _, c in found] == [("Tom Pell", "the shop would close")]


_ASKER = "Tom Pell, the Velt coach, spoke on Monday. "


class TestStatementsAfterAQuestion:
    def test_the_quote_resumed_after_asked(self) -> None:
        found = _ids(
            _ASKER + '"How can they compare us with Grobco?" he asked. "It is a silly comparison. It is absurd."'
        )
        assert [(i, c) for _, i, c in found] == [("tom-pell", "It is a silly comparison. It is absurd")]

    def test_a_statement_before_the_question(self) -> None:
        found = _ids(_ASKER + '"The pitch is too slow for us. With all our injuries, will it be enough?" he asked.')
        assert [(i, c) for _, i, c in found] == [("tom-pell", "The pitch is too slow for us")]

    def test_questions_only_no_claim(self) -> None:
        assert _ids(_ASKER + '"How can they compare us with Grobco? Who believes that?" he asked.') == []

    def test_asked_whether_no_claim(self) -> None:
        assert _ids(_ASKER + "He asked whether the pitch was too slow.") == []

    def test_said_after_a_question_unchanged(self) -> None:
        found = _ids(_ASKER + '"Can we win? We can," he said.')
        assert [i for _, i, _ in found] == ["tom-pell"]


_BACKED = 'Tom Pell, the Velt chairman, backed the plan. He said: "It is a good plan for the town." '


class TestUnnamedPersonAfterAConjunction:
    def test_but_a_spokesman_leaves_he_unresolved(self) -> None:
        found = _ids(
            _BACKED + 'But a spokesman for the ministry rejected the idea. He said: "The plan costs far too much."'
        )
        assert [i for _, i, c in found if "costs" in c] == [None]

    def test_a_spokesman_unchanged(self) -> None:
        found = _ids(
            _BACKED + 'A spokesman for the ministry rejected the idea. He said: "The plan costs far too much."'
        )
        assert [i for _, i, c in found if "costs" in c] == [None]

    def test_but_a_thing_keeps_the_speaker(self) -> None:
        found = _ids(_BACKED + 'But a decision is due in May. He said: "The plan costs far too much."')
        assert [i for _, i, c in found if "costs" in c] == ["tom-pell"]


class TestSuedObjectIsNoSpeaker:
    def test_the_claimant_alleges(self) -> None:
        found = _ids("Last year the firm sued the government alleging that the new rules had hurt the company.")
        assert [(s, c) for s, _, c in found] == [("the firm", "the new rules had hurt the company")]

    def test_heard_the_minister_unchanged(self) -> None:
        found = _ids("Last year the firm heard the minister alleging that the new rules had hurt the company.")
        assert [s for s, _, _ in found] == ["the minister"]
