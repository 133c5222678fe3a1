"""Session 30's missed claim shapes, on sentences written for the purpose (none copied from any corpus).

- '"..., but as the mayor Ann Bell noted, you cannot ...," said Tom Pell': an aside opened by "as"
  that names its speaker inside another's quotation is that speaker's claim too (the rest of the
  clause, not a direct quotation of theirs); the quotation keeps all its words and its speaker,
  and goes on over its next sentences. Never "as X was leaving", "as X announced the plan" (a verb
  with an object), "as he said" (a pronoun), nor the quotation's own speaker.
- 'Tom Pell was guarded in his assessment: "..."', 'Her message was clear: "..."': a quote after a
  colon named by a noun of saying or judging owned by the clause's subject (or that is the
  subject) is that person's claim; not "at his verdict", nor "its" or "their" with an
  organisation.
- "Prosecutors are selling the arm, which they claim is owed ...", "Tom Pell failed a test - which
  he denied was cocaine": "they" or "he" saying in a relative clause is the subject of the clause
  the antecedent belongs to, when the pronoun fits it (plural for "they", a person for "he").
"""

from __future__ import annotations

from nlp_util import QUAY, claim_rows, claims_of

_found = claim_rows("speaker verb_text content direct_quote", opening=QUAY, bare=True)


class TestAsideInsideAQuote:
    def test_aside_after_but(self) -> None:
        found = _found(
            '"The takings were thin, but as the mayor Ann Bell noted last week, you do not see the whole '
            'picture until the spring," said Tom Pell.'
        )
        assert (
            "Ann Bell",
            "noted",
            "you do not see the whole picture until the spring",
            False,
        ) in found
        assert [s for s, _, _, d in found if d] == ["Tom Pell"]
        quote = next(c for s, _, c, d in found if d)
        assert quote.startswith("The takings were thin, but as the mayor Ann Bell noted")

    def test_indicated_is_a_verb_of_saying_in_the_aside(self) -> None:
        found = _found(
            '"The takings were thin, but as council leader Ann Bell indicated yesterday, nobody judges a '
            'season by one month," said Tom Pell.'
        )
        assert ("Ann Bell", "indicated", "nobody judges a season by one month", False) in found

    def test_aside_opening_the_quote(self) -> None:
        found = _found('"As Tom Pell rightly said, the bridge is far too old for lorries," Ms Bell said.')
        assert ("Tom Pell", "said", "the bridge is far too old for lorries", False) in found
        assert [s for s, _, _, d in found if d] == ["Ms Bell"]

    def test_quote_goes_on_after_the_aside(self) -> None:
        found = _found(
            'Tom Pell said: "The takings are thin, but as the mayor Ann Bell noted, you do not see the '
            'whole picture until the spring. We will wait for the Easter figures."'
        )
        quote = next(c for s, _, c, d in found if d)
        assert quote.endswith("We will wait for the Easter figures")
        assert ("Ann Bell", "noted", "you do not see the whole picture until the spring", False) in found

    def test_the_next_pronoun_is_the_quoted_speaker(self) -> None:
        found = _found(
            'Tom Pell said: "The takings are thin, but as the mayor Ann Bell noted, you do not see the '
            'whole picture until the spring." He added that the shop would stay open.'
        )
        assert ("Tom Pell", "added", "the shop would stay open", False) in found

    def test_time_clause_is_no_aside(self) -> None:
        found = _found('"As Tom Pell was leaving, the old bridge fell into the river," Ms Bell said.')
        assert [s for s, _, _, _ in found] == ["Ms Bell"]

    def test_verb_with_an_object_is_no_aside(self) -> None:
        found = _found('"As Tom Pell announced the plan, the old bridge fell into the river," Ms Bell said.')
        assert [s for s, _, _, _ in found] == ["Ms Bell"]

    def test_pronoun_aside_stays_in_the_quote(self) -> None:
        found = _found('"As he said, the bridge is far too old for lorries," Ms Bell said.')
        assert [s for s, _, _, _ in found] == ["Ms Bell"]

    def test_outer_speaker_naming_herself(self) -> None:
        found = _found('"As Ms Bell said, the bridge is far too old for lorries," Ms Bell said.')
        assert [s for s, _, _, _ in found] == ["Ms Bell"]

    def test_reported_aside_unchanged(self) -> None:
        found = _found("The union remains angry, claiming that, as Mr Dorran said, the plan would cost jobs.")
        assert ("Dorran", "said", "the plan would cost jobs", False) in found

    def test_aside_in_a_quote_running_on(self) -> None:
        found = _found(
            'Ms Bell spoke at the meeting. "The bridge is closed. As the mayor Tom Pell noted, nobody will '
            'cross the bridge until the spring. We will wait," she said.'
        )
        assert ("Tom Pell", "noted", "nobody will cross the bridge until the spring", False) in found
        quote = next(c for s, _, c, d in found if d)
        assert quote.startswith("The bridge is closed") and quote.endswith("We will wait")

    def test_aside_opening_the_sentence_runs_to_its_end(self) -> None:
        found = _found(
            "As council leader Tom Pell said - any mayor would spend the money before the vote, wouldn't he."
        )
        assert found == [("Tom Pell", "said", "any mayor would spend the money before the vote, wouldn't he", False)]


class TestColonAfterAJudgement:
    def test_guarded_in_his_assessment(self) -> None:
        assert _found('Tom Pell was more guarded in his assessment: "We still have much to do before the final."') == [
            ("Tom Pell", "assessment", "We still have much to do before the final", True)
        ]

    def test_blunt_in_her_reaction(self) -> None:
        assert _found('Ann Bell was blunt in her reaction: "The plan is a disaster for the town."') == [
            ("Ann Bell", "reaction", "The plan is a disaster for the town", True)
        ]

    def test_message_as_subject(self) -> None:
        found = _found('Ann Bell spoke after the vote. Her message was clear: "The plan is a disaster for the town."')
        assert [(v, c, d) for _, v, c, d in found] == [("message", "The plan is a disaster for the town", True)]
        claim = claims_of(
            QUAY + 'Ann Bell spoke after the vote. Her message was clear: "The plan is a disaster for the town."'
        )[0]
        assert claim.speaker_id == "ann-bell"

    def test_gave_his_verdict(self) -> None:
        assert [s for s, _, _, _ in _found('Tom Pell gave his verdict: "The plan is a disaster for the town."')] == [
            "Tom Pell"
        ]

    def test_someone_elses_verdict(self) -> None:
        assert _found('The fans were angry at his verdict: "The plan is a disaster for the town."') == []

    def test_organisation_with_its(self) -> None:
        assert _found('Grobco was cautious in its assessment: "We still have much to do before the launch."') == []

    def test_no_noun_of_saying(self) -> None:
        assert _found('Tom Pell was sacked after his match: "The plan is a disaster for the town."') == []


class TestRelativeClauseSpeaker:
    def test_they_is_the_plural_subject(self) -> None:
        found = _found(
            "Prosecutors are selling the firm's oil arm to pay a tax bill, which they claim is owed by Grobco."
        )
        # session 39: the noun the relative clause is about opens the content
        assert found == [("Prosecutors", "claim", "a tax bill is owed by Grobco", False)]

    def test_they_for_two_bodies_joined(self) -> None:
        found = _found(
            "Both the Grobco union and the council have urged Dorran to reform the bank, which they say has a "
            "vital role to play."
        )
        assert [s for s, _, _, _ in found] == ["Both the Grobco union and the council"]

    def test_he_is_the_person_subject(self) -> None:
        found = _found("The 25-year-old Tom Pell failed a drugs test - which he later denied was cocaine - in May.")
        assert found == [("Tom Pell", "denied", "was cocaine", False)]

    def test_he_after_a_woman_stays_unresolved(self) -> None:
        claim = claims_of(QUAY + "Ann Bell praised the plan, which he said would create jobs.")[0]
        assert claim.speaker_id is None

    def test_they_after_one_person_stays_unresolved(self) -> None:
        claim = claims_of(QUAY + "Ann Bell praised the plan, which they said would create jobs.")[0]
        assert claim.speaker_id is None
