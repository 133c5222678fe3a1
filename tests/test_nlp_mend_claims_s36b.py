"""Session 36 mends (mx36) of two confident-wrong claim shapes, on invented sentences.

- "The minister thanked the team for insisting that ...": a verb of praise or blame
  (`vocabulary.FOR_LEMMAS`) whose own "for" phrase holds a gerund of saying with a clause
  (`subjects.charged_gerund`) states nothing of its subject's: no claim of the verb ("the team for
  insisting that ..." by the minister). The gerund's clause is the object's (`subjects.charged_object`:
  a name); when the object cannot be made the speaker (a description, a pronoun), no claim rather than
  the subject's.
- "Prices will rise, Tom Pell said, pressed by reporters": a past participle after the attribution's
  comma that sets the speaker's scene (a person or group as its "by" agent, or a participle of
  `parsed._SPEAKER_SETTING_PARTICIPLES`: flanked, surrounded, questioned...) stays out of the content
  (`parsed._passive_participle_after_report` gives False), also when the parser hangs "said" on the
  reported clause; a thing as agent ("helped by strong demand") still joins.
"""

from __future__ import annotations

from nlp_util import claim_rows

_rows = claim_rows("speaker content", opening="Title\n\n", bare=True)


# ---- a gerund of saying after the "for" of a verb of praise or blame


def test_thanked_team_for_insisting_is_not_the_thankers_claim() -> None:
    rows = _rows("The minister thanked the team for insisting that safety came first.")
    assert all(speaker != "The minister" for speaker, _ in rows)
    assert all("for insisting" not in content for _, content in rows)


def test_praised_nurses_for_saying_is_not_the_praisers_claim() -> None:
    rows = _rows("Tom Pell praised the nurses for saying that the ward was safe.")
    assert all(speaker != "Tom Pell" for speaker, _ in rows)


def test_named_object_speaks_its_clause() -> None:
    assert _rows("Tom Pell thanked Velt for insisting that safety came first.") == [("Velt", "safety came first")]
    assert _rows("The minister criticised Grobco for claiming that prices would fall.") == [
        ("Grobco", "prices would fall")
    ]


def test_pronoun_object_gives_no_claim_not_the_subjects() -> None:
    # at36: a pronoun object is not made the speaker; nor is the thanker
    assert _rows("The minister thanked him for saying that safety came first.") == []


def test_guard_for_phrase_without_saying_is_unchanged() -> None:
    assert _rows("Tom Pell blamed the weather for the delay.") == [("Tom Pell", "the weather for the delay")]


def test_guard_participle_of_saying_after_comma_stays_the_subjects() -> None:
    assert _rows("Tom Pell praised the nurses, saying that the ward was safe.") == [("Tom Pell", "the ward was safe")]


def test_guard_other_verb_for_saying_unchanged() -> None:
    assert _rows("Velt suspended a candidate for suggesting that the vote was rigged.") == [
        ("a candidate", "the vote was rigged")
    ]


# ---- a participle of the speaker's scene after "X said,"


def test_pressed_by_reporters_stays_out() -> None:
    assert _rows("Prices will rise, Tom Pell said, pressed by reporters.") == [("Tom Pell", "Prices will rise")]


def test_flanked_by_aides_stays_out() -> None:
    assert _rows("Prices will rise, the minister said, flanked by aides.") == [("the minister", "Prices will rise")]


def test_surrounded_by_supporters_stays_out() -> None:
    assert _rows("The plan will work, Tom Pell said, surrounded by supporters.") == [("Tom Pell", "The plan will work")]


def test_questioned_by_mps_keeps_the_claim() -> None:
    assert _rows("Prices will rise, Tom Pell said, questioned by MPs.") == [("Tom Pell", "Prices will rise")]


def test_guard_thing_agent_still_joins() -> None:
    assert _rows("Sales rose 5%, Grobco said, helped by strong demand.") == [
        ("Grobco", "Sales rose 5% helped by strong demand")
    ]
    assert _rows("Prices will rise, Tom Pell said, hit by higher costs.") == [
        ("Tom Pell", "Prices will rise hit by higher costs")
    ]


def test_guard_adding_after_comma_unchanged() -> None:
    assert _rows("Prices will rise, Tom Pell said, adding that wages would not.") == [
        ("Tom Pell", "Prices will rise"),
        ("Tom Pell", "wages would not"),
    ]


def test_guard_thanker_keeps_the_turn_for_he_said() -> None:
    rows = _rows('Tom Pell criticised the board for saying that profits would rise. "It is nonsense," he said.')
    assert rows == [("Tom Pell", "It is nonsense")]
