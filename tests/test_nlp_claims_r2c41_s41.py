"""Session 41 round 2, r2c41: attribution patterns behind fresh37's speaker, claim and outlet
misses, on invented sentences (none copied from any corpus).

- "Miner Eastfield Gold said ..." with the model missing the firm's name there and taking a later
  "miner Carrick Gold" for a person: the last word of a name that closes the phrase and is an
  organisation's whole name elsewhere ("Eastfield Gold") is no surname
  (`ArticleContext.body_named_by_tail`, in `person_named`); and the phrase is that organisation
  when the one word before its name opens the sentence and the article writes it in lower case
  elsewhere ("miner": a common noun) (`subjects._described_body_name`).
"""

from __future__ import annotations

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(text)]


def _mining(first: str, second: str, lead: str = "Miner", later: str = "miner") -> str:
    return (
        "Mining firms react to ban\n\n"
        "Mining companies have reacted cautiously to Ruritania's decision to bar foreign firms from tenders.\n\n"
        f"{lead} {first} said it regretted any limit on privatisation while Velco declined to comment. "
        "Only local firms may bid.\n\n"
        f'"We regret the decision," said Tom Pell, deputy chairman of {first}. Other firms linked with '
        f"the country include Grobco and {later} {second}."
    )


def _speaker_of_regret(text: str) -> tuple[str, str | None]:
    return next((s, i) for s, i, c in _found(text) if c.startswith("it regretted"))


def test_a_firm_name_closing_the_subject_is_no_persons_surname():
    speaker, speaker_id = _speaker_of_regret(_mining("Eastfield Gold", "Carrick Gold"))
    assert speaker_id != "carrick-gold", speaker
    assert speaker_id == "eastfield-gold", (speaker, speaker_id)


def test_a_sentence_opening_descriptor_before_a_firms_name():
    assert _speaker_of_regret(_mining("Highcliff Gold", "Barrow Gold")) == ("Miner Highcliff Gold", "highcliff-gold")


def test_a_capitalised_word_never_written_in_lower_case_is_no_descriptor():
    # "Kestrel" is nowhere a common noun: "Kestrel Eastfield Gold" may be anything; not resolved by its tail
    speaker, speaker_id = _speaker_of_regret(_mining("Eastfield Gold", "Carrick Gold", lead="Kestrel", later="miner"))
    assert speaker_id not in ("eastfield-gold", "carrick-gold"), (speaker, speaker_id)
