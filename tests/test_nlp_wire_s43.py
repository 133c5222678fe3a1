"""Session 43 (wire43): the sixth blind non-BBC measurement, `wire_s43_data` (invented specialist-press
news: sport, technology, entertainment, and English-language news from Australia, India, Ireland,
South Africa and Nigeria), written and annotated by hand and committed before belreader ran on it,
scored by `wire_s36_score`; then the patterns it showed, on invented sentences:

- the media table lacked the sports, technology and non-UK/US outlets those papers cite ("told
  ESPN", "told The Verge", "told PTI", "told News24", "told Premium Times"): added to data/media.toml,
  "The Verge" and "The Athletic" only as written, "PTI" and "ANI" only in an outlet's shape;
- Indian English "X opined that ..." is a report (vocabulary: "opine", a clausal verb);
- "..., according to police" (prosecutors, witnesses, the army, firefighters): the commonest sources
  of crime and accident news were no source of "according to" (`vocabulary.ACCORDING_SOURCE_NOUNS`);
- Indian English "said while addressing a gathering in Pune that ...": the occasion of saying before
  the "that" is no content (`content._setting_before_that`, `content._occasion_participle`);
- 'said in his post-match press conference that the call was "baffling"': the parser read "was
  baffling" as a verb and the "that" as its fronted object; the claim was lost
  (`content._that_after_setting`);
- "In an interview with Wired, Oskar Feldhaus, the lab's research director, said ...": the name and
  its apposition after the opening phrase, hung on that phrase, is the verb's subject
  (`subjects.subject_hung_on_opening_phrase`, `subjects._name_before_apposition`);
- "X said A. Y could not be reached.": the reporter's note of a failed contact is no backshifted
  continuation of X's words (`paragraphs._BACKSHIFTED`);
- "Shell spokesperson Thabo Mahlangu told News24 ...", the name missed by the model: the name after
  the organisation's job title speaks, not the organisation (`subjects._name_after_title`).
"""

from __future__ import annotations

from wire_s36_score import score
from wire_s43_data import CASES

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- the development file


def test_the_development_file() -> None:
    totals = score(cases=CASES)
    # after wire43: 64 of 64 found, 60 right speakers, 63 content right, 61/61 outlets, no extra
    # (blind start 6ab80167: 60 found, 54 speakers, 58 content, 49/57 outlets, 1 extra; on the
    # expectations as aligned after the first run (f4842a6d): 60 found, 56 speakers, 58 content,
    # 52/57 outlets, 1 extra)
    assert totals["found"] >= 64, totals
    assert totals["speaker"] >= 60, totals
    assert totals["content"] >= 63, totals
    assert totals["outlets"] >= 61, totals
    assert totals["dateline"] == 0 and totals["spurious"] == 0 and totals["none_hit"] == 0, totals


# ---- outlets the media table lacked


def test_sports_and_technology_outlets() -> None:
    for outlet, slug in (
        ("ESPN", "espn"),
        ("The Verge", "the-verge"),
        ("The Athletic", "the-athletic"),
        ("Premium Times", "premium-times"),
        ("News24", "news24"),
    ):
        found = _found(f"Coach Tom Pell told {outlet} that the team would appeal.")
        assert [(c[1], c[2], c[3]) for c in found] == [("tom-pell", "the team would appeal", [slug])], (outlet, found)


def test_pti_in_an_outlets_shape() -> None:
    found = _found('"We will contest every seat," party leader Ravi Menon told PTI.')
    assert [(c[1], c[3]) for c in found] == [("ravi-menon", ["press-trust-of-india"])], found


def test_the_verge_as_a_phrase_is_no_outlet() -> None:
    found = _found("Tom Pell said the talks were on the verge of collapse.")
    assert [(c[1], c[2], c[3]) for c in found] == [("tom-pell", "the talks were on the verge of collapse", [])], found


# ---- opined


def test_opined_that() -> None:
    found = _found("Former judge Vikram Rao opined that the amendment would not survive scrutiny.")
    assert [(c[1], c[2]) for c in found] == [("vikram-rao", "the amendment would not survive scrutiny")], found


def test_opined_after_a_quote() -> None:
    found = _found('"The law will not last," Vikram Rao opined.')
    assert [(c[1], c[2]) for c in found] == [("vikram-rao", "The law will not last")], found


def test_opined_on_a_topic_is_no_claim() -> None:
    assert _found("Vikram Rao opined on the amendment at length.") == []


# ---- according to police


def test_according_to_police_after_the_clause() -> None:
    found = _found("Two men were arrested in Durban on Sunday, according to police.")
    assert [(c[0], c[1], c[2]) for c in found] == [("police", None, "Two men were arrested in Durban on Sunday")], found


def test_according_to_police_opening_the_sentence() -> None:
    found = _found("According to police, the fire started in the kitchen.")
    assert [(c[1], c[2]) for c in found] == [(None, "the fire started in the kitchen")], found


def test_according_to_prosecutors_witnesses_the_army() -> None:
    for source in ("prosecutors", "witnesses", "the army", "firefighters"):
        found = _found(f"The fire started in the kitchen, according to {source}.")
        assert [(c[0], c[2]) for c in found] == [(source, "The fire started in the kitchen")], (source, found)


def test_according_to_police_rules_is_no_source() -> None:
    assert _found("The suspects were questioned according to police procedure.") == []
    assert _found("The convoy moved according to army rules.") == []


# ---- said while addressing a gathering that


def test_said_while_addressing_a_gathering_that() -> None:
    found = _found(
        "Chief Minister Ravi Menon said while addressing a gathering in Pune that the state would open 20 clinics."
    )
    assert [(c[1], c[2]) for c in found] == [("ravi-menon", "the state would open 20 clinics")], found


def test_said_while_speaking_to_reporters_that() -> None:
    # the parser hangs the participle on the reported clause here
    found = _found("Ravi Menon said while speaking to reporters in Pune that the party would contest alone.")
    assert [(c[1], c[2]) for c in found] == [("ravi-menon", "the party would contest alone")], found


def test_a_quote_said_while_addressing_a_rally_is_unchanged() -> None:
    found = _found('"We will win," Ravi Menon said while addressing a rally in Pune.')
    assert [(c[1], c[2]) for c in found] == [("ravi-menon", "We will win")], found


# ---- "that" read as a fronted object


def test_said_in_a_press_conference_that_it_was_baffling() -> None:
    found = _found('Coach Tom Pell said in his post-match press conference that the penalty decision was "baffling".')
    assert [(c[1], c[2]) for c in found] == [("tom-pell", 'the penalty decision was "baffling"')], found


def test_a_relative_clauses_that_is_no_mark() -> None:
    found = _found("Analysts have predicted consolidation in a market that they call fragmented.")
    assert [c[2] for c in found] in ([], ["in a market that they call fragmented"]), found


def test_said_at_the_time_that_is_unchanged() -> None:
    found = _found("Tom Pell said in March that the report was worrying.")
    assert [(c[1], c[2]) for c in found] == [("tom-pell", "the report was worrying")], found


# ---- a name and its apposition after an opening phrase


def test_name_and_apposition_after_an_interview_phrase() -> None:
    found = _found(
        "In an interview with Wired, Oskar Feldhaus, the lab's research director, said the model had been trained "
        "on less data."
    )
    # (the parser hangs the name on "Wired" as a conjunct with this name, not with every name)
    assert [(c[1], c[2], c[3]) for c in found] == [
        ("oskar-feldhaus", "the model had been trained on less data", ["wired"])
    ], found


def test_apposition_of_the_phrases_name_is_unchanged() -> None:
    found = _found("In a letter to Anna Pell, the director, Oskar Feld said the plan had failed.")
    assert [(c[1], c[2]) for c in found] == [("oskar-feld", "the plan had failed")], found


# ---- could not be reached


def test_could_not_be_reached_is_no_continuation() -> None:
    for note in ("could not be reached", "could not immediately be reached for comment", "could not be contacted"):
        found = _found(f"Grobco said it was cooperating with the inquiry. Its former chief, Tom Pell, {note}.")
        assert [(c[1], c[2]) for c in found] == [("grobco", "it was cooperating with the inquiry")], (note, found)


def test_a_backshifted_could_still_goes_on() -> None:
    found = _found("Grobco said it was cooperating with the inquiry. The mine could not be reopened.")
    assert [c[2] for c in found] == ["it was cooperating with the inquiry", "The mine could not be reopened"], found


# ---- a name the model missed after an organisation's job title


def test_a_missed_name_after_a_title_speaks_not_the_organisation() -> None:
    found = _found("Shell spokesperson Thabo Mahlangu told News24 that load shedding would be suspended.")
    assert [(c[0], c[1], c[3]) for c in found] == [("Thabo Mahlangu", None, ["news24"])], found


def test_an_unnamed_spokesperson_still_speaks_for_the_organisation() -> None:
    found = _found("A Shell spokesperson told the BBC that the plant would close.")
    assert [(c[1], c[2]) for c in found] == [("shell", "the plant would close")], found
