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
  descriptions of one name, which speaks (and "it" after it is that name); the speaker shown is
  the phrase as written; not after a number ("One ferry firm and ...").
- "it" goes back to a sentence opened by an organisation's possessive of a thing ("Grobco's net
  income fell ... It blamed ..."), not of a person ("Grobco's chief executive"), with no other
  name in it; and over the names of a "whose" clause on the opener ("GM, whose brands include
  Buick and Opel, is ...").
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

    def test_a_quotation_naming_one_is_no_sentence_about_them(self) -> None:
        found = _found(
            "Tom Pell, who scored on his debut two years ago, is enjoying his rise but refuses to be drawn on the "
            'job.\n\n"I have spoken to Sir Jim Vell a few times, but not for very long, certainly nothing about '
            'holidays," he joked. He also said he remains wary of the visitors.'
        )
        assert found[-1][0] != "jim-vell"


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
            'with banks fail.\n\nThe company\'s shares fell after it said it had "entered a grave situation".'
        )
        assert found[0] == ("grobco-holdings", "it will close if talks with banks fail")
        assert found[1][0] == "grobco-holdings"

    def test_plural_description_and_a_name_stay_two(self) -> None:
        found = _found(
            "German ferry workers and former European champion Grobco Holdings have warned they will strike "
            "if talks with banks fail."
        )
        assert found[0][0] is None

    def test_a_number_before_the_first_description_makes_two(self) -> None:
        """The guard (merged from the parse-level copy of the rule): a number before the first
        description ("one firm and ...") counts speakers, as an article would."""
        found = _found(
            "One ferry firm and former European champion Grobco Holdings have warned they will close if "
            "talks with banks fail."
        )
        assert found[0][0] is None

    def test_the_phrase_is_shown_as_written(self) -> None:
        """One rule, one home (speakers._described_twice): the speaker shown is the whole phrase."""
        (claim,) = claims_of(
            "Harbour news\n\nGerman ferry firm and former European champion Grobco Holdings has warned it will close."
        )
        assert (claim.speaker, claim.speaker_id) == (
            "German ferry firm and former European champion Grobco Holdings",
            "grobco-holdings",
        )


class TestItAfterTheOrganisationsThing:
    def test_its_income_fell_then_it(self) -> None:
        found = _found(
            "Grobco Holdings and Velt Brewing have reported falling profits.\n\nGrobco Holdings' net income "
            "fell to 50m euros during 2004. It blamed weak demand in western Europe. It had warned in September "
            "that the weak dollar would knock 12m euros off its profits."
        )
        assert found[-1] == ("grobco-holdings", "the weak dollar would knock 12m euros off its profits")

    def test_its_chief_executive_is_no_thing(self) -> None:
        found = _found(
            "Grobco Holdings' chief executive fell ill in May. It said it would pay a dividend of 6 cents a share."
        )
        assert found[-1][0] is None

    def test_another_name_in_the_sentence(self) -> None:
        found = _found(
            "Grobco Holdings' net income fell after Velt Brewing cut prices. It said it would pay a dividend "
            "of 6 cents a share."
        )
        assert found[-1][0] is None

    def test_names_in_a_whose_clause_are_the_openers(self) -> None:
        found = _found(
            "Grobco Motors has warned that its profits will fall. Grobco Motors said higher costs in Asia would "
            "hurt its results.\n\nGrobco Motors, whose makes include Velt and Tarbo in Canada and Orvel Cars and "
            "Sabco Vans in Spain, is due to cut 900 jobs next year.\n\nIt said it would pay a dividend of 6 cents "
            "a share."
        )
        assert found[-1] == ("grobco-motors", "it would pay a dividend of 6 cents a share")

    def test_names_in_a_which_clause_still_count(self) -> None:
        found = _found(
            "Grobco Motors has warned that its profits will fall. Grobco Motors said higher costs in Asia would "
            "hurt its results.\n\nGrobco Motors, which is suing Orvel Cars and Sabco Vans in Spain, is due to "
            "cut 900 jobs next year.\n\nIt said it would pay a dividend of 6 cents a share."
        )
        assert found[-1][0] is None
