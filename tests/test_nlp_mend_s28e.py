"""Mends of session 28 round 2's claim shapes after review, on sentences written for the purpose
(none copied from any corpus).

- A quote between a speaker's reported words and a next quote goes to that speaker only when the
  next quote's attribution names the same speaker again (not 'said one witness').
- "X said A and added: “B”" splits A from the colon's quote for "added", after a comma (", and
  said ..."), or when A's subject is the speaker; "X said the referee ran over and warned: ..." has another subject, whose verb "warned" is.
- "attacked X as “Y”" with "as" a preposition whose object is the quote, never the conjunction of a
  clause ("as “Storm” got under way").
- "left the club claiming ..." goes on from the subject only after a verb of leaving and a thing
  ("kept the manager saying ...": the manager, session 29).
- "X was at pains to stress that ...", "X, who was at pains to say that ...": X speaks.
"""

from __future__ import annotations

import re

from belreader.nlp.claims.vocabulary import _NAMING, QUOTED_AS_NAMING_LEMMAS, stem_in

from nlp_util import QUAY, claim_rows

_found = claim_rows("speaker verb_text content", opening=QUAY)


class TestQuoteBeforeAnotherSpeakersQuote:
    def test_a_witness_quoted_next_takes_nothing_from_the_police(self) -> None:
        found = _found(
            'Officers said a woman was held near the quay. "She was throwing chairs." '
            '"It was frightening," said one shopper.'
        )
        assert not any(c.startswith("She was throwing") for _, _, c in found)

    def test_another_named_speaker_next(self) -> None:
        found = _found(
            'Ann Dorrit said the bridge was unsafe. "It is a danger to the town." "We need more money," Tom Harte said.'
        )
        assert not any(c.startswith("It is a danger") for _, _, c in found)

    def test_a_pronoun_of_the_other_gender(self) -> None:
        found = _found(
            'Tom Harte said the bridge was unsafe. "It is a danger to the town." "We need more money," she added.'
        )
        assert not any(c.startswith("It is a danger") for _, _, c in found)

    def test_the_same_speaker_next_keeps_the_quote(self) -> None:
        found = _found(
            'Ann Dorrit said the bridge was unsafe. "It is a danger to the town." "We need more money," she added.'
        )
        assert ("Ann Dorrit", "", "It is a danger to the town.") in found

    def test_they_after_a_body_keeps_the_quote(self) -> None:
        found = _found('Officers said a woman was held. "She was throwing chairs." "She ran off," they added.')
        assert ("Officers", "", "She was throwing chairs.") in found


class TestJoinedVerbOfAnotherSubject:
    def test_the_referee_warned_not_the_coach(self) -> None:
        found = _found('The manager said the umpire walked over and warned: "One more and you are out."')
        assert not any(v == "warned" for _, v, _ in found)

    def test_the_wife_told_not_the_speaker(self) -> None:
        found = _found('Tom Harte said his sister came round and told him: "I have lost the shop."')
        assert not any(v == "told" for _, v, _ in found)

    def test_the_board_announced_not_the_speaker(self) -> None:
        found = _found('Ann Dorrit said the trustees had met and announced: "The mill will shut."')
        assert not any(v == "announced" for _, v, _ in found)

    def test_and_added_still_splits(self) -> None:
        found = _found('Ann Dorrit said the ferry was late and added: "We will not give up."')
        assert [(v, c.rstrip(".")) for _, v, c in found] == [
            ("said", "the ferry was late"),
            ("added", "We will not give up"),
        ]

    def test_the_speakers_own_pronoun_still_splits(self) -> None:
        found = _found('Tom Harte said he was worn out and warned: "I may not stand again."')
        assert [(v, c.rstrip(".")) for _, v, c in found] == [
            ("said", "he was worn out"),
            ("warned", "I may not stand again"),
        ]

    def test_a_verb_after_a_comma_is_the_speakers(self) -> None:
        found = _found(
            "Tom Harte conceded his remarks may have been rude but were not cruel, and said he would not resign."
        )
        assert [(v, c) for _, v, c in found] == [
            ("conceded", "his remarks may have been rude but were not cruel"),
            ("said", "he would not resign"),
        ]


class TestAttackedAsConjunction:
    def test_as_opening_a_clause_with_a_quoted_subject(self) -> None:
        assert _found('Troops attacked the town as "Operation Harvest" got under way.') == []
        assert _found('Gunmen attacked the convoy as "Operation Falcon" began.') == []

    def test_as_opening_a_clause_with_a_quoted_modifier(self) -> None:
        assert _found('Supporters attacked the coach as "traitor" chants rang out.') == []

    def test_as_a_preposition_with_the_quote_still_names(self) -> None:
        found = _found('Critics attacked the levy as a "tax on the young".')
        assert [(v, c) for _, v, c in found] == [("attacked", 'the levy as a "tax on the young"')]

    def test_the_naming_forms_have_one_home(self) -> None:
        for word in ("attacks", "condemned", "denouncing", "slammed", "slamming"):
            assert stem_in(word, QUOTED_AS_NAMING_LEMMAS) is not None
            assert re.search(_NAMING, f'Ann Dorrit {word} the levy as a "tax"') is not None


class TestParticipleAfterAPerson:
    def test_kept_the_manager_saying(self) -> None:
        # the manager speaks, never the bank (session 29: the person kept saying it is the speaker)
        assert [s for s, _, _ in _found("The bank kept the manager saying the loan was safe.")] == ["the manager"]

    def test_left_the_club_claiming_still_goes_on(self) -> None:
        found = _found("Tom Harte quit the board saying he had lost faith in it.")
        assert found == [("Tom Harte", "saying", "he had lost faith in it")]


class TestAtPainsToStress:
    def test_at_pains_to_stress(self) -> None:
        found = _found("Ann Dorrit was at pains to stress that she had broken no rule.")
        assert [(s, c) for s, _, c in found] == [("Ann Dorrit", "she had broken no rule")]

    def test_who_was_at_pains_to_say(self) -> None:
        found = _found("Tom Harte, who was at pains to say that he bore no grudge, has joined a rival club.")
        assert [(s, c) for s, _, c in found] == [("Tom Harte", "he bore no grudge")]
