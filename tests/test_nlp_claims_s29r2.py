"""Claims, session 29 round 2, on sentences written for the purpose (none copied from any corpus).

- "Grobco - Tarwin's biggest shareholder - admitted earlier this week that ...", "Vell, whose first album
  won the Grobton Prize, said ...": an apposition between dashes or a "whose" clause after the name leaves
  the parser without a subject; the name before it speaks.
"""

from __future__ import annotations

from nlp_util import claim_rows, claims_of

_found = claim_rows("speaker_id verb_text content", opening="Jet costs\n\nThe new jet is late. ")


class TestDashedApposition:
    def test_an_organisation_before_the_dashes_speaks(self) -> None:
        found = _found(
            "Grobco - Tarwin's biggest shareholder - admitted earlier this week that the project was "
            "running 2bn euros over budget."
        )
        assert found == [("grobco", "admitted", "the project was running 2bn euros over budget")]

    def test_a_person_before_the_dashes_speaks(self) -> None:
        found = _found("Tom Vell - the firm's founder - warned that the project was running late.")
        assert [(s, c) for s, _, c in found] == [("tom-vell", "the project was running late")]

    def test_no_name_no_claim_of_this_shape(self) -> None:
        found = _found("The board - which met on Monday - admitted that the project was running late.")
        assert all(s is None for s, _, _ in found)

    def test_the_name_before_the_dashes_is_the_parsed_subjects_speaker(self) -> None:
        found = claims_of(
            "Jet costs\n\nMr Pell came under pressure as the jet ran over budget. Grobco - Tarwin's majority "
            "owner - admitted earlier this week that the project was running 1.2bn euros over budget."
        )
        assert [(c.speaker, c.speaker_id) for c in found] == [("Grobco", "grobco")]


class TestWhoseClause:
    def test_the_name_before_a_whose_clause_speaks(self) -> None:
        found = claims_of(
            "Music row\n\nRapper Jo Vell has spoken out about guns. Vell, whose Harbour Lights album won the "
            '2001 Grobton Music Prize, said gun use was "a plague" in the city.'
        )
        assert [(c.speaker_id, c.content) for c in found] == [("jo-vell", 'gun use was "a plague" in the city')]
