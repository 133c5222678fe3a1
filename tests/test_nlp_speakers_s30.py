"""Speakers, session 30, on sentences written for the purpose (none copied from any corpus).

- "the Tarwick Rovers chairman", "its chief executive": an office of an organisation is the one
  person the article gives that office there ("Chairman Tom Vell", "Chief executive Anna Pell"),
  never the organisation; nobody when the office is given at another organisation or to two people.
- "X said the firm made an offer but Y rejected it. '...,' he said": "it" is the offer, not X's
  words, so Y does not answer X and the quote goes on with X (as for X's own deeds, s29m).
- "its makers": the one organisation the article writes as the owner of the thing "its" is
  ("Grobco's Velto"), the last such thing the paragraph names; left as written when two own it or
  another organisation was named since.
"""

from __future__ import annotations

from nlp_util import claim_rows

_found = claim_rows("speaker_id content", opening="Harbour news\n\n")


class TestOfficeOfAnOrganisation:
    def test_the_clubs_chairman_is_the_one_titled_so(self) -> None:
        found = _found(
            "Tarwick Rovers have lost twice but chairman Tom Vell says he cannot sack the manager. "
            'The board met on Monday. But the Tarwick Rovers chairman added: "We will keep going."'
        )
        assert found[-1] == ("tom-vell", "We will keep going.")

    def test_its_chief_executive_named_next_paragraph(self) -> None:
        found = _found(
            "Grobco, one of the largest ferry firms, could cut 400 jobs, its chief executive has said.\n\n"
            "The company is due to buy Velt next month. Chief executive Anna Pell told investors the "
            "firm would shrink."
        )
        assert found[0] == ("anna-pell", "Grobco, one of the largest ferry firms, could cut 400 jobs")

    def test_the_office_at_another_organisation_is_nobody(self) -> None:
        found = _found(
            "Grobco, one of the largest ferry firms, could cut 400 jobs, its chief executive has said.\n\n"
            "The company is due to buy Velt next month. Velt chief executive Anna Pell told investors the "
            "firm would shrink."
        )
        assert found[0][0] is None

    def test_two_holders_leave_it_open(self) -> None:
        found = _found(
            "Grobco, one of the largest ferry firms, could cut 400 jobs, its chief executive has said.\n\n"
            "Chief executive Anna Pell met chief executive Tom Marsh on Monday. Ms Pell told investors "
            "the firm would shrink."
        )
        assert found[0][0] is None

    def test_the_firms_chairman_named_next_paragraph(self) -> None:
        found = _found(
            "Grobco will close two depots, the firm's chairman has said.\n\n"
            "Chairman Tom Vell told staff in Dorran that the work would move north."
        )
        assert found[0] == ("tom-vell", "Grobco will close two depots")

    def test_the_chairman_of_another_club_is_nobody(self) -> None:
        found = _found(
            "Tarwick Rovers have lost twice but Dorran City chairman Tom Vell says they will recover. "
            'The board met on Monday. But the Tarwick Rovers chairman added: "We will keep going."'
        )
        assert found[-1][0] != "tom-vell"


class TestItsMakers:
    _OPENING = (
        "Grobco Motors and Tarbury Electronics have both built robots. Grobco Motors' Velto first walked "
        "in 2001. Tarbury Electronics' Mobo was the fastest until last year. But its record was beaten by Velto. "
    )

    def test_the_maker_of_the_thing_named_last(self) -> None:
        found = _found(self._OPENING + "It can run at 5km/h, which its makers claim is twice as fast as Mobo.")
        assert found[-1] == ("grobco-motors", "is twice as fast as Mobo")

    def test_another_organisation_since_leaves_it(self) -> None:
        found = _found(
            self._OPENING + "Analysts at Pellworth Capital said it can run at 5km/h. Its makers claim that "
            "it is twice as fast as Mobo."
        )
        assert found[-1][0] != "grobco-motors"


class TestRelativeSharingASurname:
    def test_his_sister_is_not_the_man(self) -> None:
        found = _found(
            'Ravel Quint was arrested in Dorran on Monday. "We are shocked," said Ms Quint, his sister. '
            "Mr Quint denies the charge."
        )
        assert found[0][0] is not None and found[0][0] != "ravel-quint"


class TestRejectedOffer:
    def test_the_rejected_offer_keeps_the_quote_with_the_speaker(self) -> None:
        found = _found(
            "Ned Hask said the club had made an offer for the striker but Lorne Quill rejected it. "
            '"We think it was a fair price," he said.'
        )
        assert found[-1] == ("ned-hask", "We think it was a fair price")

    def test_a_rejection_of_the_claim_still_answers(self) -> None:
        found = _found(
            'Ned Hask said the scheme was fair but Brindco boss Lorne Quill rejected it. "We will fight it," he said.'
        )
        assert found[-1] == ("lorne-quill", "We will fight it")
