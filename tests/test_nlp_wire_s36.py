"""Session 36 (wire36): news in other house styles than the BBC's (wire agencies, US papers), on
invented sentences; the development file is `wire_s36_data` (written and annotated by hand before
belreader was run on it), scored by `wire_s36_score`.

- A dateline opening a story's first paragraph ("WASHINGTON (AP) — ", "MOSCOW (Reuters) - ",
  "TARBURY, Ohio (AP) — ", "LONDON — ") is nobody's words: the content starts after it
  (`spans.finish`, `vocabulary.DATELINE`), and the agency in its brackets is the story's own
  publisher, no outlet of the claim (`parsed.extract_parsed`'s inner outlets). Never a capitalised
  word inside a paragraph, nor a medium the speaker told after the dateline.
- "..., according to a person familiar with the matter" / "people briefed on the talks": the
  agencies' unnamed source, a claim without speaker id (`ACCORDING_SOURCE_NOUNS`, set off only:
  "taxed according to people's means" names no source).
- "according to documents reviewed by The Associated Press", "an email seen by Reuters": the one
  who came to hold a document is not its author (`DOCUMENT_ADDRESSEE`): the speaker is the
  document, unresolved; "a report by Reuters" stays Reuters's.
- "testified (before the committee) that ...": a reporting verb with a clause or a quote only
  (never "testified at the trial").
- "A, the person said, asking not to be identified because the talks are private": a participle
  after the attribution with a finite verb only in a clause of reason is how it was said, not
  what (`content._setting_participle`); "A, the person said, declining to be identified", the
  parser hanging both on A (parataxis): the participle is no more of A
  (`parsed._participle_on_clause_before`, only a participle of the source's manner, `SOURCES_MANNER`,
  or of reporting: any other may belong to A, "..., the paper said, taking into account X"); a
  reporting participle there ("warning that B") keeps its claim of its own.
- "reported Tuesday, citing people familiar with the matter, that B": the participle phrase set
  off by commas before the reported clause's "that" is part of the attribution
  (`content._participle_before_that`); not after the clause ("said that B, citing a report").
- "Federal Reserve Chair Jo Bell", which the model takes whole for one body: the table's body, a
  post ("Chair", the American papers' word, is one of `offices.TITLES_BEFORE_NAMES` now) and a
  first name and surname: the person is kept beside the body (`entities`).
"""

from __future__ import annotations

from wire_s36_score import score

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- the development file


def test_the_development_file() -> None:
    totals = score()
    assert totals["found"] == totals["expected"], totals
    assert totals["dateline"] == 0, totals
    assert totals["content"] == totals["expected"], totals
    assert totals["speaker"] >= totals["expected"] - 1, totals
    assert totals["spurious"] == 0, totals


# ---- datelines


def test_an_agency_dateline_is_no_part_of_the_content() -> None:
    found = _found("MOSCOW (Reuters) - Russia will raise its export duty on wheat, the Kremlin said on Tuesday.")
    assert found == [("the Kremlin", "kremlin", "Russia will raise its export duty on wheat", [])], found
    found = _found(
        "WASHINGTON (AP) — The White House is weighing new limits on drone exports, two officials familiar "
        "with the discussions said Tuesday."
    )
    assert [(c[2], c[3]) for c in found] == [("The White House is weighing new limits on drone exports", [])], found


def test_a_dateline_with_a_state_before_a_quote() -> None:
    found = _found('TARBURY, Ohio (AP) — "We lost everything," said Jean Moss, standing outside her home.')
    assert [(c[1], c[2], c[3]) for c in found] == [("jean-moss", "We lost everything", [])], found


def test_a_dateline_without_an_agency_and_with_a_date() -> None:
    found = _found("GROBTOWN — Grobco will close its plant in Tarbury, the company said on Monday.")
    assert [c[2] for c in found] == ["Grobco will close its plant in Tarbury"], found
    found = _found("MOSCOW, Dec 7 (Reuters) - Grobco will close its plant in Tarbury, the company said on Monday.")
    assert [c[2] for c in found] == ["Grobco will close its plant in Tarbury"], found


def test_a_medium_told_after_the_dateline_is_still_the_outlet() -> None:
    found = _found("TARBURY (AFP) - Prices will keep rising into the winter, Ivan Petrov, an analyst, told Reuters.")
    assert [(c[2], c[3]) for c in found] == [("Prices will keep rising into the winter", ["reuters"])], found


def test_capitals_inside_a_paragraph_are_no_dateline() -> None:
    # not at a paragraph's start: the words stay in the content
    found = _found("Tom Pell met the board on Monday. He said NATO - the alliance - would send more ships.")
    assert any(c[2].startswith("NATO - the alliance") for c in found), found


# ---- "according to" an unnamed person


def test_according_to_a_person_familiar_with_the_matter() -> None:
    found = _found("The plan would cut $40 billion from the budget, according to a person familiar with the matter.")
    assert found == [
        ("a person familiar with the matter", None, "The plan would cut $40 billion from the budget", [])
    ], found
    found = _found("Grobco is exploring a sale of its shipping unit, according to people briefed on the talks.")
    assert [(c[0], c[1], c[2]) for c in found] == [
        ("people briefed on the talks", None, "Grobco is exploring a sale of its shipping unit")
    ], found


def test_people_not_set_off_name_no_source() -> None:
    assert _found("The levy is charged according to people's means in Tarbury.") == []
    assert _found("Seats in the hall were allocated according to the person's rank.") == []


# ---- a document someone came to hold


def test_a_document_reviewed_by_an_outlet_is_not_the_outlets_statement() -> None:
    found = _found("The company lost $2 billion last year, according to documents reviewed by The Associated Press.")
    assert [(c[1], c[2]) for c in found] == [(None, "The company lost $2 billion last year")], found
    assert found[0][0].startswith("documents"), found
    found = _found("The plan would cut $40 billion from the budget, according to an email seen by Reuters.")
    assert [c[1] for c in found] == [None], found


def test_a_report_by_an_outlet_stays_the_outlets() -> None:
    found = _found("The plan would cut $40 billion from the budget, according to a report by Reuters.")
    assert [(c[1], c[3]) for c in found] == [("reuters", ["reuters"])], found


# ---- testified


def test_testified_that_is_a_statement() -> None:
    found = _found("Nina Hale testified that inflation remained too high.")
    assert [(c[1], c[2]) for c in found] == [("nina-hale", "inflation remained too high")], found
    found = _found("Dr Nina Hale testified before the Senate Banking Committee that inflation remained too high.")
    assert [(c[1], c[2]) for c in found] == [("nina-hale", "inflation remained too high")], found


def test_testified_without_a_clause_states_nothing() -> None:
    assert _found("Nina Hale testified at the trial in March.") == []
    assert _found("Nina Hale testified for two hours on Tuesday.") == []


# ---- a body's "Chair" before a name


def test_a_bodys_chair_before_a_name_is_the_person() -> None:
    found = _found("Federal Reserve Chair Nina Hale said that inflation remained too high.")
    assert [(c[1], c[2]) for c in found] == [("nina-hale", "inflation remained too high")], found


def test_the_body_alone_still_speaks() -> None:
    found = _found("The Federal Reserve said that inflation remained too high.")
    assert [c[1] for c in found] == ["federal-reserve"], found
    found = _found("Federal Reserve Chairman Nina Hale said inflation remained too high.")
    assert [c[1] for c in found] == ["nina-hale"], found


# ---- the agencies' anonymity participles


def test_asking_not_to_be_identified_because_is_how_it_was_said() -> None:
    found = _found(
        "Grobco has hired bankers to explore a sale, the person said, asking not to be identified because "
        "the matter is private."
    )
    assert [(c[0], c[1], c[2]) for c in found] == [("the person", None, "Grobco has hired bankers to explore a sale")]


def test_declining_to_be_identified_is_no_part_of_the_clause_before() -> None:
    found = _found("Grobco has hired bankers, the person said, declining to be identified.")
    assert [c[2] for c in found] == ["Grobco has hired bankers"], found


def test_a_reporting_participle_after_keeps_its_claim() -> None:
    found = _found("Tom Pell cut the budget, the minister said, warning that taxes would rise.")
    assert [(c[0], c[2]) for c in found] == [
        ("the minister", "Tom Pell cut the budget"),
        ("the minister", "taxes would rise"),
    ], found
    found = _found("Grobco cut its forecast, the firm said, adding that sales would fall.")
    assert [c[2] for c in found] == ["Grobco cut its forecast", "sales would fall"], found


def test_citing_sources_before_that_is_part_of_the_attribution() -> None:
    found = _found(
        "The Wall Street Journal reported Tuesday, citing people familiar with the matter, that Grobco was "
        "preparing to cut 2,000 jobs."
    )
    assert [(c[1], c[2]) for c in found] == [("wall-street-journal", "Grobco was preparing to cut 2,000 jobs")]
    found = _found("The official said, speaking on condition of anonymity, that the talks had stalled.")
    assert [c[2] for c in found] == ["the talks had stalled"], found


def test_only_the_sources_manner_is_cut_after_a_parataxis() -> None:
    from belreader.nlp.claims.vocabulary import SOURCES_MANNER

    for words in (
        "asking not to be identified because",
        "declining to be named",
        "speaking on condition of anonymity",
        "citing people familiar with the matter",
    ):
        assert SOURCES_MANNER.match(words), words
    for words in ("taking into account high oil prices", "helped by strong demand", "asking for more time"):
        assert not SOURCES_MANNER.match(words), words
