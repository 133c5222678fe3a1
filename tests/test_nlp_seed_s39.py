"""Session 39 round 1, seed39: the bundled corpus's misses, on invented sentences.

- "gave assurances that ...", "issued a warning on Monday that ...", "gave reassurance in his
  remarks that ...": a verb of giving with a noun of saying (`vocabulary.GIVEN_NOUNS`) whose "that"
  clause, right after the noun or after a phrase of where, when or to whom, is the giver's claim;
  never the hearer's ("were given assurances that"), never "gave no assurance that", never a
  relative clause ("gave a speech in the hall that was packed").
- "Grobton's Danish midfielder Tarvo has hit out at the club. ... He told ...": a one-word name
  after a person's role noun (`ArticleContext.role_named`) is whom "he"/"she" names when that name
  is the only person the pronoun fits; two such people leave it unresolved, as does a one-word
  name with no role noun before it.
- "After the war, the Velt president showed ... He tried ... He said ...": a definite description
  opening the sentence before (over sentences opening with the same pronoun) that names one person
  (`ArticleContext.described_person_before`, by `resolve_description`) is whom the pronoun names,
  unless another person it fits is named in between.
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


def _speaker_of(text: str, fragment: str) -> tuple[str, str | None]:
    claims = [c for c in claims_of(text) if fragment in c.content]
    assert len(claims) == 1, [(c.speaker, c.content) for c in claims_of(text)]
    return claims[0].speaker, claims[0].speaker_id


def test_he_is_the_one_word_player_named_after_his_position():
    text = (
        "Tarvo hits out at Grobton\n\n"
        "Grobton's Danish midfielder Tarvo has hit out at the club for stalling over offering him a new contract.\n\n"
        "Tarvo's deal expires next summer and he has been linked with Velt Rovers. "
        'He told the Velt Gazette: "I\'m not sure if I want to stay or not."'
    )
    assert _speaker_of(text, "stay or not")[1] == "tarvo"


def test_she_is_the_one_word_singer_named_after_her_role():
    text = (
        "Mava quits tour\n\n"
        "The singer Mava has cancelled her tour of the north.\n\n"
        'She told the Velt Gazette: "I am simply too tired to go on."'
    )
    assert _speaker_of(text, "too tired")[1] == "mava"


def test_two_one_word_players_leave_he_unresolved():
    text = (
        "Grobton pair unhappy\n\n"
        "Grobton midfielder Tarvo and striker Olsek have both hit out at the club over their contracts.\n\n"
        'He told the Velt Gazette: "I\'m not sure if I want to stay or not."'
    )
    assert _speaker_of(text, "stay or not")[1] is None


def test_a_one_word_name_with_no_role_leaves_he_unresolved():
    text = (
        "Grobton unhappy\n\n"
        "Tarvo has hit out at Grobton over his contract.\n\n"
        'He told the Velt Gazette: "I\'m not sure if I want to stay or not."'
    )
    assert _speaker_of(text, "stay or not")[1] is None


VELT_LEAD = "Talks in Arvo\n\nVelt President Tom Pell has met Grobland's Prime Minister Jon Grist in Arvo.\n\n"


def test_he_is_the_described_subject_of_the_sentence_before():
    text = VELT_LEAD + (
        "After the war, the Velt president showed a rare understanding of the treaty. "
        "He said Velt would never allow its ports to be used by warships."
    )
    assert _speaker_of(text, "ports")[1] == "tom-pell"


def test_he_is_the_described_subject_over_sentences_opening_with_he():
    text = VELT_LEAD + (
        "After the war, the Velt president showed a rare understanding of the treaty. "
        "He tried to act as an honest broker. "
        "He initially did not back the pact and said Velt would never allow its ports to be used by warships."
    )
    assert _speaker_of(text, "ports")[1] == "tom-pell"


def test_another_man_named_after_the_description_leaves_he_unresolved():
    text = VELT_LEAD + (
        "After the talks, the Velt president met Jon Grist again. "
        "He said Velt would never allow its ports to be used by warships."
    )
    assert _speaker_of(text, "ports")[1] is None
