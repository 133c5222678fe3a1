"""Speakers, session 31, on sentences written for the purpose (none copied from any corpus).

- "It took over the board's session, which saw Mr Pell turn red as he was made to ... As he
  told reporters: ..." : the one person the sentence before names (not its subject) is "he" when that
  sentence goes on about them with the same pronoun and names no unnamed person before; a
  sentence wholly inside the last turn's quotation is walked over ("... We get on well." And he
  thanked ...).
- "Dr Pell declined to comment on claims that the club paid Lord Vell after he said ...": "he"
  opening a clause after another fitting person is named in its own sentence is left unresolved.
- "the Grobco executive admitted": a person of Grobco's (the one the article titles so, else
  nobody), never Grobco; "a Grobco spokesman" still speaks for Grobco.
- "Danish ferry firm and former regatta winner Grobco Holdings has warned": two bare
  descriptions of one name, which speaks (and "it" after it is that name); the speaker shown is
  the phrase as written; not after a number ("One ferry firm and ...").
- "it" goes back to a sentence opened by an organisation's possessive of a thing ("Grobco's net
  profit dropped ... It blamed ..."), not of a person ("Grobco's chief executive"), with no other
  name in it; and over the names of a "whose" clause on the opener ("Grobco Motors, whose makes
  include Velt and Tarbo, is ...").
"""

from __future__ import annotations

from nlp_util import claim_rows, claims_of

_found = claim_rows("speaker_id content", opening="Harbour news\n\n")


_ROW = "Once again, Tom Pell and Jim Vell are said to be at war.\n\nThis time the row is over money. "


class TestPersonTakenUpByPronoun:
    def test_the_one_named_and_taken_up_is_he(self) -> None:
        found = _found(
            _ROW + "It took over the harbour board session, which saw Mr Pell turn red as he was made to "
            'field query upon query about his boats. As he told reporters: "I will not deal in gossip."'
        )
        assert found[-1] == ("tom-pell", "I will not deal in gossip.")

    def test_the_turn_goes_on_over_its_own_quoted_sentence(self) -> None:
        found = _found(
            _ROW + "It took over the harbour board session, which saw Mr Pell turn red as he was made to "
            'field query upon query about his boats. As he told reporters: "I will not deal in gossip. '
            'We get on well." And he thanked Mr Vell, saying he had kept the port busy.'
        )
        assert found[-1] == ("tom-pell", "he had kept the port busy")

    def test_not_taken_up_stays_unresolved(self) -> None:
        found = _found(
            _ROW + "It took over the harbour board session, which saw Mr Pell turn red. As he told "
            'reporters: "I will not deal in gossip."'
        )
        assert found[-1][0] is None

    def test_two_people_named_stays_unresolved(self) -> None:
        found = _found(
            _ROW + "It took over the harbour board session, which saw Mr Pell turn red as Mr Vell asked why "
            'he had come. As he told reporters: "I will not deal in gossip."'
        )
        assert found[-1][0] is None

    def test_an_unnamed_person_before_stays_unresolved(self) -> None:
        found = _found(
            _ROW + "At the harbour board session the chairman told Mr Pell that he was wrong. As he told reporters: "
            '"I will not deal in gossip."'
        )
        assert found[-1][0] is None

    def test_a_quotation_naming_one_is_no_sentence_about_them(self) -> None:
        found = _found(
            "Tom Pell, who won his first regatta three summers back, is relishing his form but will not discuss "
            'the captaincy.\n\n"I have met Sir Jim Vell twice, but only briefly, and never about '
            'sailing," he joked. He also said he still fears the island crews.'
        )
        assert found[-1] == (None, "he still fears the island crews")  # neither Sir Jim Vell nor a guess


class TestNearerPersonInOwnSentence:
    def test_after_he_said_with_another_named_before_is_unresolved(self) -> None:
        found = _found(
            "Dr Tom Pell told the Echo the plan was sound.\n\nDr Pell declined to comment on claims that the club "
            "had paid back a loan to former chairman Lord Jim Vell after he said the club could not last the winter."
        )
        assert found[-1] == (None, "the club could not last the winter")

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
            "Danish ferry firm and former regatta winner Grobco Holdings has warned it will sell ships if "
            'lenders walk away.\n\nThe company\'s stock slid after it said it faced "a very hard winter".'
        )
        assert found[0] == ("grobco-holdings", "it will sell ships if lenders walk away")
        assert found[1][0] == "grobco-holdings"

    def test_plural_description_and_a_name_stay_two(self) -> None:
        found = _found(
            "Danish ferry workers and former regatta winner Grobco Holdings have warned they will sell "
            "ships if lenders walk away."
        )
        assert found[0][0] is None

    def test_a_number_before_the_first_description_makes_two(self) -> None:
        """The guard (merged from the parse-level copy of the rule): a number before the first
        description ("one firm and ...") counts speakers, as an article would."""
        found = _found(
            "One ferry firm and former regatta winner Grobco Holdings have warned they will sell ships "
            "if lenders walk away."
        )
        assert found[0][0] is None

    def test_the_phrase_is_shown_as_written(self) -> None:
        """One rule, one home (speakers._described_twice): the speaker shown is the whole phrase."""
        (claim,) = claims_of(
            "Harbour news\n\nDanish ferry firm and former regatta winner Grobco Holdings has warned it will sell."
        )
        assert (claim.speaker, claim.speaker_id) == (
            "Danish ferry firm and former regatta winner Grobco Holdings",
            "grobco-holdings",
        )


class TestItAfterTheOrganisationsThing:
    def test_its_income_fell_then_it(self) -> None:
        found = _found(
            "Grobco Holdings and Velt Brewing have reported lower sales.\n\nGrobco Holdings' pre-tax profit "
            "dropped to 80m crowns last year. It blamed a wet summer in Ostland. It had warned in June "
            "that dear barley would take 9m crowns from its earnings."
        )
        assert found[-1] == ("grobco-holdings", "dear barley would take 9m crowns from its earnings")

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
