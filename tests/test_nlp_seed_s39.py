"""Session 39 round 1, seed39: the bundled corpus's misses, on invented sentences.

- "gave assurances that ...", "issued a warning on Monday that ...", "gave reassurance in his
  remarks that ...": a verb of giving with a noun of saying (`vocabulary.GIVEN_NOUNS`) whose "that"
  clause, right after the noun or after a phrase of where, when or to whom, is the giver's claim;
  never the hearer's ("were given assurances that"), never "gave no assurance that", never a
  relative clause ("gave a speech in the hall that was packed").
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".”")) for c in claims_of(text)]


def test_assurances_given_are_the_givers_claim():
    found = _found("Mira Tallow gave assurances that the library would stay open.")
    assert ("Mira Tallow", "mira-tallow", "the library would stay open") in found, found


def test_reassurance_given_in_remarks_is_the_givers_claim():
    text = "Asked about the strike, Oskar Brenn gave reassurance in his opening remarks that “no jobs are at risk.”"
    found = _found(text)
    assert any(s == "Oskar Brenn" and c.startswith("no jobs are at risk") for s, _, c in found), found


def test_a_warning_issued_on_a_day_is_the_issuers_claim():
    found = _found("The Velt Coastguard issued a warning on Monday that the tides would be unusually high.")
    assert any(c == "the tides would be unusually high" for _, _, c in found), found


def test_assurances_received_are_no_claim_of_the_hearer():
    found = _found("Dock workers were given assurances that their pensions would be protected.")
    assert not [f for f in found if f[0].lower().startswith("dock workers")], found


def test_no_assurance_given_states_nothing():
    found = _found("Mira Tallow gave no assurance that the library would stay open.")
    assert not [f for f in found if "library" in f[2]], found


def test_a_speech_in_a_hall_that_was_packed_is_no_claim():
    found = _found("Oskar Brenn gave a speech in the town hall that was packed with farmers.")
    assert not found, found
