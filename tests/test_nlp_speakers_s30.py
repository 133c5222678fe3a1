"""Speakers, session 30, on sentences written for the purpose (none copied from any corpus).

- "the Tarwick Rovers chairman", "its chief executive": an office of an organisation is the one
  person the article gives that office there ("Chairman Tom Vell", "Chief executive Anna Pell"),
  never the organisation; nobody when the office is given at another organisation or to two people.
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(c.speaker_id, c.content) for c in claims_of("Harbour news\n\n" + text)]


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
