"""Speakers, session 31, on sentences written for the purpose (none copied from any corpus).

- "It dominated the meeting, which saw Mr Pell grow angry as he was forced to ... As he told
  reporters: ..." : the one person the sentence before names (not its subject) is "he" when that
  sentence goes on about them with the same pronoun and names no unnamed person before; a
  sentence wholly inside the last turn's quotation is walked over ("... There is no rift." And he
  praised ...).
- "Dr Pell refused to discuss reports that the party repaid Lord Vell after he said ...": "he"
  opening a clause after another fitting person is named in its own sentence is left unresolved.
- "the Grobco executive admitted": a person of Grobco's (the one the article titles so, else
  nobody), never Grobco; "a Grobco spokesman" still speaks for Grobco.
- "German ferry firm and former European champion Grobco Holdings has warned": two bare
  descriptions of one name, which speaks (and "it" after it is that name).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker_id, c.content) for c in claims_of("Harbour news\n\n" + text)]


_ROW = "Once again, Tom Pell and Jim Vell are said to be at war.\n\nThis time the row is over money. "


class TestPersonTakenUpByPronoun:
    def test_the_one_named_and_taken_up_is_he(self) -> None:
        found = _found(
            _ROW + "It dominated the weekly meeting, which saw Mr Pell grow angry as he was forced to answer "
            'question after question about his budget. As he told reporters: "I am not interested in rumours."'
        )
        assert found[-1] == ("tom-pell", "I am not interested in rumours.")

    def test_the_turn_goes_on_over_its_own_quoted_sentence(self) -> None:
        found = _found(
            _ROW + "It dominated the weekly meeting, which saw Mr Pell grow angry as he was forced to answer "
            'question after question about his budget. As he told reporters: "I am not interested in rumours. '
            'There is no rift." And he praised Mr Vell, saying he was doing a fine job.'
        )
        assert found[-1] == ("tom-pell", "he was doing a fine job")

    def test_not_taken_up_stays_unresolved(self) -> None:
        found = _found(
            _ROW + 'It dominated the weekly meeting, which saw Mr Pell grow angry. As he told reporters: "I am '
            'not interested in rumours."'
        )
        assert found[-1][0] is None

    def test_two_people_named_stays_unresolved(self) -> None:
        found = _found(
            _ROW + "It dominated the weekly meeting, which saw Mr Pell grow angry as Mr Vell asked why he was "
            'there. As he told reporters: "I am not interested in rumours."'
        )
        assert found[-1][0] is None

    def test_an_unnamed_person_before_stays_unresolved(self) -> None:
        found = _found(
            _ROW + "At the weekly meeting the chairman told Mr Pell that he was wrong. As he told reporters: "
            '"I am not interested in rumours."'
        )
        assert found[-1][0] is None


class TestNearerPersonInOwnSentence:
    def test_after_he_said_with_another_named_before_is_unresolved(self) -> None:
        found = _found(
            "Dr Tom Pell told the Echo the plan was sound.\n\nDr Pell refused to discuss reports that the party "
            "had repaid money to former treasurer Lord Jim Vell after he said the party could not win the election."
        )
        assert found[-1] == (None, "the party could not win the election")

    def test_after_he_said_with_no_one_else_stays(self) -> None:
        found = _found(
            "Dr Tom Pell told the Echo the plan was sound.\n\nDr Pell is seeking damages after he said he "
            "was hurt at the depot."
        )
        assert found[-1] == ("tom-pell", "he was hurt at the depot")

    def test_a_woman_named_between_does_not_unsettle_he(self) -> None:
        found = _found(
            "Dr Tom Pell told the Echo the plan was sound.\n\nDr Pell is suing Mrs Ann Vell after he said he "
            "was hurt at the depot."
        )
        assert found[-1] == ("tom-pell", "he was hurt at the depot")


class TestOfficerOfAnOrganisation:
    def test_the_firms_executive_is_not_the_firm(self) -> None:
        found = _found(
            'An executive at ferry firm Grobco has admitted fraud. "We are saddened," Grobco said in a statement. '
            "According to prosecutors, the Grobco executive admitted he asked firms to submit false bids."
        )
        assert found[-1] == (None, "he asked firms to submit false bids")

    def test_the_firms_spokesman_speaks_for_it(self) -> None:
        found = _found(
            'Grobco has admitted fraud. "We are saddened," Grobco said in a statement. Later the Grobco '
            "spokesman said the firm would co-operate."
        )
        assert found[-1] == ("grobco", "the firm would co-operate")


class TestOneNameDescribedTwice:
    def test_two_bare_descriptions_of_one_name(self) -> None:
        found = _found(
            "German ferry firm and former European champion Grobco Holdings has warned it will close if talks "
            "with banks fail.\n\nThe company's shares fell after it said it had \"entered a grave situation\"."
        )
        assert found[0] == ("grobco-holdings", "it will close if talks with banks fail")
        assert found[1][0] == "grobco-holdings"

    def test_plural_description_and_a_name_stay_two(self) -> None:
        found = _found(
            "German ferry workers and former European champion Grobco Holdings have warned they will strike "
            "if talks with banks fail."
        )
        assert found[0][0] is None
