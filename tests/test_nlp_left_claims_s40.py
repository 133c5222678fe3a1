"""Session 40, claim defects left by session 39's final read and reviews, on sentences written for
the purpose (none copied from any corpus).

- ", which X said showed ...": a verb of comment stands for the whole clause before only after a
  noun that may name a person; after a thing ("the old mill") the claim is the thing's. When
  "which" stands for the whole clause, no claim (never a fragment with nothing it is about).
- "whose": a relative pronoun's phrase is never the speaker ("whose album critics say ...": the
  critics; "Velco, whose chief executive said ...": Velco's chief executive).
- "gave the new chairman assurances that ...": the verb shown as in the direct case ("gave
  assurances"), the one given to left out.
- "according to a Senate aide": the unnamed person speaks, resolved as the subject "A Senate aide
  said" is (shown as written; a spokesman's id is the body he speaks for, GUIDE.md's speaks_for,
  an aide's none: mc40); never the body alone, nor the person a description names ("a source
  close to Tom Pell").
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker content", opening=QUAY, bare=True)
_verbs = claim_rows("verb_text content", opening=QUAY, bare=True)
_speakers = claim_rows("speaker speaker_id", opening=QUAY)


class TestWhichAfterAThing:
    def test_comment_verb_after_a_thing_is_the_things(self) -> None:
        found = _found("Grobco bought the old mill, which surveyors said showed signs of damp.")
        assert found == [("surveyors", "the old mill showed signs of damp")]

    def test_plural_thing(self) -> None:
        found = _found("Velco published its sales figures, which analysts said suggest a slowdown.")
        assert found == [("analysts", "its sales figures suggest a slowdown")]

    def test_comment_verb_after_a_doer_is_the_clause(self) -> None:
        found = _found("Tom Pell pardoned the blogger, which his supporters said showed mercy.")
        assert all(not c.startswith("the blogger") for _, c in found)

    def test_whole_clause_gives_no_fragment(self) -> None:
        found = _found("Dornland recalled its envoy, which Western diplomats said was a sign of anger.")
        assert found == []

    def test_comment_after_a_person_noun_gives_no_fragment(self) -> None:
        found = _found("The Kremlin fired the general, which analysts believe signals a purge.")
        assert found == []

    def test_thing_noun_with_copula_still_restored(self) -> None:
        found = _found("Tom Pell sold the ranch, which Velco says is lying idle.")
        assert found == [("Velco", "the ranch is lying idle")]


class TestWhoseIsNoSpeaker:
    def test_whose_object_is_not_the_speakers(self) -> None:
        found = _found("The festival honoured Ann Vell, whose novel critics say is her finest.")
        assert [s for s, _ in found] == ["critics"]

    def test_whose_with_a_modifier(self) -> None:
        found = _found("Ministers met Velco, whose chief executive analysts say is likely to quit.")
        assert [s for s, _ in found] == ["analysts"]

    def test_whose_own_subject_is_the_antecedents(self) -> None:
        found = _found("Tom Pell, whose lawyer said he was innocent, left the court.")
        assert [s for s, _ in found] == ["Tom Pell's lawyer"]

    def test_speaker_never_opens_with_whose(self) -> None:
        found = _found("The firm hired Jo Marsh, whose latest film reviewers said was a flop.")
        assert found and all(not s.lower().startswith("whose") for s, _ in found)


class TestGivenToShownAsDirect:
    def test_indirect_object_before_the_noun(self) -> None:
        found = _verbs("Ann Bell gave the new chairman assurances that the deal was safe.")
        assert found == [("gave assurances", "the deal was safe")]

    def test_bare_plural_hearer(self) -> None:
        found = _verbs("The minister gave MPs an undertaking that the hospital would stay open.")
        assert found == [("gave an undertaking", "the hospital would stay open")]

    def test_direct_case_unchanged(self) -> None:
        assert _verbs("Ann Bell gave assurances that the deal was safe.") == [("gave assurances", "the deal was safe")]

    def test_determiner_is_no_hearer(self) -> None:
        found = _verbs("Ann Bell issued a warning on Monday that the economy would shrink.")
        assert found == [("issued a warning", "the economy would shrink")]


class TestAccordingToAnUnnamedPerson:
    def test_aide_of_a_body(self) -> None:
        # an aide speaks for no body (mc40, review 40 #8): shown as written, no id
        found = _speakers("The vote will be held on Friday, according to a Senate aide.")
        assert found == [("a Senate aide", None)]

    def test_same_as_the_subject(self) -> None:
        according = _speakers("The plant will close in May, according to a senior Velco official.")
        subject = _speakers("A senior Velco official said the plant would close in May.")
        assert [s for s, _ in according] == ["a senior Velco official"]
        assert [(s.lower(), i) for s, i in according] == [(s.lower(), i) for s, i in subject]

    def test_source_close_to_a_person_is_not_the_person(self) -> None:
        found = _speakers("The plant will close in May, according to a source close to Tom Pell.")
        assert found == [("a source close to Tom Pell", None)]

    def test_strategists_are_not_the_party(self) -> None:
        found = _speakers("The race is now a toss-up, according to Republican strategists.")
        assert [(s, i) for s, i in found] == [("Republican strategists", None)]

    def test_named_person_unchanged(self) -> None:
        found = _speakers("The plant will close in May, according to Velco spokesman Tom Pell.")
        assert found == [("Tom Pell", "tom-pell")]

    def test_body_unchanged(self) -> None:
        assert _speakers("The plant will close in May, according to Velco.") == [("Velco", "velco")]

    def test_analysts_named_after_the_noun(self) -> None:
        found = _speakers("Sales rose 5% in May, according to analysts Grobco Research.")
        assert all(s != "analysts" for s, _ in found)
