"""Session 42 (wire42): the fifth blind non-BBC measurement, `wire_s42_data` (invented international
wire and foreign-desk news: Eastern Europe, the Caucasus, Central Asia, the EU and the UN, in the house
styles of AP, AFP, Reuters, RFE/RL, the Kyiv Independent, Meduza, Euronews, Al Jazeera and DW), written
and annotated by hand and committed before belreader ran on it, scored by `wire_s36_score`; then the
patterns it showed, on invented sentences:

- "Belarusian President X told a meeting that A, state news agency BelTA reported.": a medium's
  closing report over a titled speaker's report is that report's outlet, no second claim
  (`parsed._medium_over_report`, whose inner speaker may follow a title of a few words,
  `parsed._opens_with_speaker`); and the kind of medium before its name ("state news agency"), which
  the parser made a subject of its own, is the name's (`subjects._mend_kind_before_name`), not the
  end of the content ("A, state news agency").
- "X claimed the vote had been rigged, without offering evidence", "..., without elaborating": the
  writer's remark that the speaker gave no support or detail ends the content
  (`vocabulary.UNSUPPORTED_REMARK`, `content.before_unsupported_remark`); "without firing a shot" is
  the statement's own.
- "..., according to his press service", "according to the regional ambulance service": a service is
  a body that states things (`vocabulary.ACCORDING_SOURCE_NOUNS`); the claim was lost.
- "The UN refugee agency, UNHCR, said": the parser hung the description's name, set off by commas, as
  an adverbial noun; it is the apposition that names the speaker (`subjects._closing_name_apposition`).
"""

from __future__ import annotations

from wire_s36_score import score
from wire_s42_data import CASES

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- the development file


def test_the_development_file() -> None:
    totals = score(cases=CASES)
    # after wire42: 62 of 62 found, 60 right speakers, 62 content right, 58/58 outlets, no extra
    # (blind start 1629532b: 61 found, 56 speakers, 59 content, 55/57 outlets, 1 extra; scored on the
    # expectations as aligned after the first run: 57 speakers, 57/57 outlets)
    assert totals["found"] >= 62, totals
    assert totals["speaker"] >= 60, totals
    assert totals["content"] >= 62, totals
    assert totals["outlets"] >= 58, totals
    assert totals["dateline"] == 0 and totals["spurious"] == 0 and totals["none_hit"] == 0, totals


# ---- a medium's closing report over a titled speaker's report


def test_a_medium_reporting_a_titled_speakers_report_is_no_second_claim() -> None:
    found = _found("Foreign Minister Tomas Veller told reporters that the talks had stalled, Interfax reported.")
    assert found == [("Tomas Veller", "tomas-veller", "the talks had stalled", ["interfax"])], found


def test_a_medium_after_a_spokesmans_report_with_a_time() -> None:
    found = _found(
        "Kremlin spokesman Pavel Orlik told reporters on Monday that talks had stalled, the Interfax news agency "
        "reported."
    )
    assert [(c[1], c[2], c[3]) for c in found] == [("pavel-orlik", "talks had stalled", ["interfax"])], found


def test_the_kind_of_medium_before_its_name_is_the_mediums() -> None:
    found = _found("The drills were over, state news agency BelTA reported.")
    assert [(c[1], c[2], c[3]) for c in found] == [("belta", "The drills were over", ["belta"])], found


def test_a_state_agency_reporting_a_titled_speakers_report() -> None:
    found = _found(
        "Deputy Prime Minister Ivo Ratko told a meeting of farmers that the harvest was late, state news agency "
        "BelTA reported."
    )
    assert [(c[1], c[2], c[3]) for c in found] == [("ivo-ratko", "the harvest was late", ["belta"])], found


def test_a_title_and_name_after_a_clause_is_unchanged() -> None:
    found = _found("The drills were over, Defence Minister Ivo Ratko said.")
    assert [(c[1], c[2], c[3]) for c in found] == [("ivo-ratko", "The drills were over", [])], found


def test_a_report_in_a_relative_clause_stays_the_mediums() -> None:
    found = _found("BelTA reported that the drills, which Ivo Ratko said were over, would resume.")
    assert ("belta", "the drills, which Ivo Ratko said were over, would resume", ["belta"]) in [
        (c[1], c[2], c[3]) for c in found
    ], found


# ---- the writer's remark that no support was given


def test_claimed_without_offering_evidence() -> None:
    found = _found("Opposition leader Tom Pell claimed the vote had been rigged, without offering evidence.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the vote had been rigged")], found


def test_said_without_elaborating_or_giving_details() -> None:
    for remark in ("without elaborating", "without giving details", "without providing any evidence"):
        found = _found(f"The ministry said the plant was safe, {remark}.")
        assert [(c[1], c[2]) for c in found] == [(None, "the plant was safe")], (remark, found)


def test_without_saying_how() -> None:
    # the speaker the one who did not say (REVIEW_42 #7: not "said the bank had frozen it, without saying why")
    found = _found("Tom Pell said he would respond, without saying how.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "he would respond")], found


def test_the_remark_after_an_attribution_closing_the_clause() -> None:
    found = _found("The vote had been rigged, Tom Pell claimed, without offering evidence.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "The vote had been rigged")], found


def test_a_without_clause_of_the_statement_stays() -> None:
    found = _found("Tom Pell said the army had withdrawn, without firing a shot.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the army had withdrawn, without firing a shot")], found


# ---- a service as the source of "according to"


def test_according_to_his_press_service() -> None:
    found = _found("Tom Pell discussed gas prices with his counterpart by telephone, according to his press service.")
    assert [(c[1], c[2]) for c in found] == [
        (None, "Tom Pell discussed gas prices with his counterpart by telephone")
    ], found


def test_according_to_an_ambulance_service() -> None:
    found = _found("Three people were injured, according to the regional ambulance service.")
    assert [(c[1], c[2]) for c in found] == [(None, "Three people were injured")], found


def test_according_to_length_of_service_is_no_source() -> None:
    assert _found("Pensions vary according to length of service.") == []
    assert _found("Pay rises according to service.") == []


# ---- a description's name set off by commas


def test_a_un_agency_named_after_its_description() -> None:
    found = _found("The UN refugee agency, UNHCR, said more than 30,000 people had crossed into Moldova since Friday.")
    assert [(c[1], c[2]) for c in found] == [
        ("unhcr", "more than 30,000 people had crossed into Moldova since Friday")
    ], found


def test_a_description_closed_by_a_name_as_before() -> None:
    found = _found("The EU's border agency, Frontex, said more than 30,000 people had crossed into Moldova.")
    assert [(c[1], c[2]) for c in found] == [("frontex", "more than 30,000 people had crossed into Moldova")], found
