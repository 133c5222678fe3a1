"""Mends of session 30 round 1 rules (review findings 2, 3, 7, 9), on invented sentences.

- "its chairman", "the Velby United chairman": a bare title ("Chairman Tom Vell") is the office's
  holder only where the person's sentence names no other organisation and ties no other body to
  them; "its" is the one organisation named in its sentence (or else its paragraph).
- "X said A but Y rejected it": "it" is an offer only where X's clause tells of one made ("had made
  an offer"), not of the verb "approach" or a topic ("the bid was worth"); "rejected that" is a
  rejection of X's words; Y's clause stays outside X's content either way.
- "its owners": a possessive before the thing's name crosses no verb ("Grobco's boss visited Velby").
- "Mrs Quint, his widow": the woman named in full earlier ("Ravel Quint ... Her husband") herself,
  where the article speaks of her as "she/her" and of no man between the two.
"""

from __future__ import annotations

from nlp_util import claim_rows

_found = claim_rows("speaker_id content", opening="Harbour news\n\n")


class TestBareTitleAtAnotherBody:
    def test_the_committee_chairman_is_not_its_chairman(self) -> None:
        found = _found(
            "Grobco's profits fell by half last year, its chairman has said.\n\n"
            "MPs on the transport committee, led by chairman Tom Vell, said the firm had misled them."
        )
        assert found[0][0] != "tom-vell"

    def test_the_chief_executive_of_the_union_fund_is_not_its_chief_executive(self) -> None:
        found = _found(
            "Grobco will shut its Velby plant, its chief executive said on Monday.\n\n"
            "The union's general secretary Tom Vell said the plan was a disgrace. Chief executive Anna Pell "
            "of the union's pension fund said savings were safe."
        )
        assert found[0][0] != "anna-pell"

    def test_its_with_two_organisations_in_the_sentence(self) -> None:
        found = _found(
            "Grobco has rejected a takeover bid from Velt, its chief executive said on Monday.\n\n"
            "Velt's chief executive Anna Pell said the offer was fair and would not be raised."
        )
        assert found[0][0] != "anna-pell"

    def test_the_rival_clubs_chairman(self) -> None:
        found = _found(
            "Velby United were beaten 3-0 by Grobton Town on Saturday. The Velby United chairman said the "
            "players had let the fans down.\n\nChairman Tom Vell said his Grobton side had been superb."
        )
        assert found[0][0] != "tom-vell"


class TestRejectedIt:
    def test_the_verb_approach_is_no_offer(self) -> None:
        found = _found(
            "Tom Pell said Grobco would approach the regulator about prices, but Dan Cole rejected it. "
            '"That is simply untrue," he said.'
        )
        assert found[-1] == ("dan-cole", "That is simply untrue")

    def test_rejected_that_answers(self) -> None:
        found = _found(
            "Tom Pell said the bid was worth far more than the shares, but Dan Cole rejected that. "
            '"The figures are wrong," he said.'
        )
        assert found[-1] == ("dan-cole", "The figures are wrong")

    def test_a_request_named_is_no_offer(self) -> None:
        found = _found(
            "Tom Pell said the council had ignored every request for help, but Dan Cole dismissed it. "
            '"We answered all of them," he said.'
        )
        assert found[-1] == ("dan-cole", "We answered all of them")

    def test_the_rejection_stays_outside_the_offer(self) -> None:
        found = _found(
            'Tom Pell said Grobco had made an offer for the site but Dan Cole rejected it. "We are disappointed," '
            "he said."
        )
        assert found[0] == ("tom-pell", "Grobco had made an offer for the site")
        assert found[-1] == ("tom-pell", "We are disappointed")


class TestOwnersAcrossAVerb:
    def test_the_owner_of_the_boss_is_not_the_owner_of_the_place(self) -> None:
        found = _found(
            "Grobco's boss visited Velby on Monday. The old mill at Velby will close next year, its owners said."
        )
        assert found[-1][0] != "grobco"


class TestWidowNamedInFull:
    def test_the_widow_is_the_woman_named_in_full(self) -> None:
        found = _found(
            "Ravel Quint, 60, has run the farm since 1990. Her husband Tom died last year.\n\n"
            "Mrs Quint, his widow, said the farm would stay open."
        )
        assert found[-1][0] == "ravel-quint"

    def test_his_wife_is_not_the_man(self) -> None:
        found = _found("Ravel Quint, 45, died on Monday. His wife, Mrs Quint, said he had been ill.")
        assert found[-1][0] is not None and found[-1][0] != "ravel-quint"
