"""Session 38 (wire38): the first blind non-BBC measurement, `wire_s38_data` (Canadian and US
general news; English-language reporting from Eastern Europe), written and annotated by hand and
committed before belreader ran on it, scored by `wire_s36_score`; then the patterns it showed, on
invented sentences:

- "The Viasna human rights centre said", "the Moscow-based Grobinfo monitoring group said": the one
  organisation named before a head that says what kind of body it is (`NAMED_KIND_HEADS`) is the
  speaker, with only lowercase descriptions around it (`subjects._name_of_kind`). Never a body of
  its members ("the Grobco shareholder group"), nor a phrase naming two.
- "The press service said X, BelTA reported.", "Tom Pell said X, the Interfax news agency
  reported.": a medium's attribution closing the sentence over a report that opens its content is
  that report's outlet; the inner claim stands, whoever its speaker, and the medium's report of it
  is no second claim (`parsed._medium_over_report`). Not a report inside a relative clause.

Then shapes of the same kinds of news, tried on invented sentences beyond the file:

- '"...," said Capt. Sarah Lee, a spokesperson for the police.': a rank written short with a stop
  ("Sgt.", "Const.", "Det.", "Insp.", "Supt.", "Cst.") is one token (`backend._ranks_whole`, as
  spaCy keeps "Gov."), and where the parser still takes it for a full stop, the name after it
  speaks (`subjects.ranked_name_after`); the speaker was the rank ("Sgt") or none.
- "Ms. Okafor" after "Leah Okafor" and "Sam Okafor" (a first name either sex bears): the one whose
  first name is of the honorific's sex, not the nearest full name (`entities` full_name_for).
- "The Kremlin's readout of the call said", "A Kremlin readout said": a readout is a document its
  issuer speaks through (`DOCUMENT_NOUNS`, `occasions.ISSUED_TEXTS`).
"""

from __future__ import annotations

from wire_s36_score import score
from wire_s38_data import CASES

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- the development file


def test_the_development_file() -> None:
    totals = score(cases=CASES)
    # after wire38: 64 of 64 found, content right for all 64, 63 right speakers, 61/61 outlets, 1 extra
    # (blind start 3dadcce, as first annotated: 64 found, 60 speakers, 63 content, 60/61 outlets, 1
    # extra; with the two annotations changed after that run, see the file: 61 speakers, 61/61)
    assert totals["found"] >= 64, totals
    assert totals["content"] >= 64, totals
    assert totals["speaker"] >= 63, totals
    assert totals["outlets"] == totals["outlets_scored"], totals
    assert totals["dateline"] == 0 and totals["spurious"] <= 1 and totals["none_hit"] == 0, totals


# ---- an organisation named before the kind of body it is


def test_a_name_before_a_kind_of_body_speaks() -> None:
    found = _found("The Viasna human rights centre said at least 900 people remained in custody.")
    assert [(c[1], c[2]) for c in found] == [("viasna", "at least 900 people remained in custody")], found


def test_a_name_after_a_place_based_description() -> None:
    found = _found("The Moscow-based Grobinfo monitoring group said 40 people had been detained.")
    assert [(c[1], c[2]) for c in found] == [("grobinfo", "40 people had been detained")], found


def test_a_body_of_the_names_members_is_not_the_name() -> None:
    found = _found("The Grobco shareholder group said the offer was too low.")
    assert [(c[1], c[2]) for c in found] == [(None, "the offer was too low")], found


def test_a_name_after_a_place_is_left_alone() -> None:
    # two names before the head: which one the body is, the phrase does not say
    found = _found("The Tarbury Grobinfo monitoring group said 40 people had been detained.")
    assert [(c[1], c[2]) for c in found] == [(None, "40 people had been detained")], found


# ---- a medium's closing "reported" over a report


def test_a_medium_reporting_an_unnamed_speakers_report_is_its_outlet() -> None:
    found = _found("The press service said the two leaders had discussed gas prices by telephone, BelTA reported.")
    assert found == [("The press service", None, "the two leaders had discussed gas prices by telephone", ["belta"])]


def test_a_medium_reporting_a_named_speakers_report_is_no_second_claim() -> None:
    found = _found("Tom Pell said the two leaders had discussed gas prices, the Interfax news agency reported.")
    assert found == [("Tom Pell", "tom-pell", "the two leaders had discussed gas prices", ["interfax"])]


def test_a_report_in_a_relative_clause_stays_the_mediums_content() -> None:
    found = _found("BelTA reported that the talks, which the ministry said were useful, would resume.")
    assert [(c[1], c[2]) for c in found] == [("belta", "the talks, which the ministry said were useful, would resume")]


# ---- ranks written short with a stop


def test_a_rank_with_a_stop_after_a_quote_is_no_speaker() -> None:
    for rank in ("Sgt.", "Const.", "Capt.", "Supt.", "Det.", "Staff Sgt."):
        found = _found(f'"The driver fled on foot," said {rank} Sarah Lee, a spokesperson for Tarbury police.')
        assert [(c[1], c[2]) for c in found] == [("sarah-lee", "The driver fled on foot")], (rank, found)


def test_a_rank_with_a_stop_opening_the_sentence() -> None:
    found = _found("Const. Sarah Lee said the driver fled on foot.")
    assert [(c[1], c[2]) for c in found] == [("sarah-lee", "the driver fled on foot")], found


def test_a_rank_without_a_stop_is_unchanged() -> None:
    found = _found('"The driver fled on foot," said Sgt Sarah Lee.')
    assert [(c[1], c[2]) for c in found] == [("sarah-lee", "The driver fled on foot")], found


# ---- two people sharing a surname, told apart by the honorific


_SIBLINGS = "Leah Okafor runs a bakery in Tarbury. Her brother, Sam Okafor, runs a cafe.\n\n"


def test_ms_with_a_shared_surname_is_the_woman() -> None:
    found = _found(_SIBLINGS + '"Business is terrible," Ms. Okafor said.\n\n"We will survive," Mr. Okafor said.')
    assert [(c[1], c[2]) for c in found] == [
        ("leah-okafor", "Business is terrible"),
        ("sam-okafor", "We will survive"),
    ], found


def test_a_shared_surname_alone_stays_unresolved() -> None:
    found = _found(_SIBLINGS + "Okafor said business was terrible.")
    assert [(c[1], c[2]) for c in found] == [(None, "business was terrible")], found


# ---- a readout


def test_a_readout_is_its_issuers() -> None:
    found = _found("The Kremlin's readout of the call said the two leaders had agreed to stay in contact.")
    assert [(c[1], c[2]) for c in found] == [("kremlin", "the two leaders had agreed to stay in contact")], found
    found = _found("A Kremlin readout said the leaders discussed gas prices.")
    assert [(c[1], c[2]) for c in found] == [("kremlin", "the leaders discussed gas prices")], found
