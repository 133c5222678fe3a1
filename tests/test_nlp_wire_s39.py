"""Session 39 (wire39): the second blind non-BBC measurement, `wire_s39_data` (invented US political
news in 2016-campaign house styles), written and annotated by hand and committed before belreader
ran on it, scored by `wire_s36_score`; then the patterns it showed, on invented sentences:

- "Mr. X", "Sen. X", "Rep. X", "Gov. X": a title or honorific written short with a stop before a
  name ends no sentence (`vocabulary.NOT_AFTER_A_TITLE` in `SENTENCE_BOUNDARY`, from
  `offices.STOPPED_BEFORE_NAMES`): '"A," Sen. Ashby said. "B."' is one quote resumed, not two
  claims; "Mr. X met Mr. Y. He said" reads the sentence before whole (X its subject), not from
  "Y" on (Y taken for its subject).
"""

from __future__ import annotations

from wire_s36_score import score
from wire_s39_data import CASES

from nlp_util import claims_of


def _found(text: str) -> list[tuple[str, str | None, str, list[str]]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip("."), list(c.outlets)) for c in claims_of("Wire\n\n" + text)]


# ---- the development file


def test_the_development_file() -> None:
    totals = score(cases=CASES)
    # blind start e10b21da: 60 of 63 found, 50 right speakers, 55 content right, 57/58 outlets, 5 extra
    assert totals["found"] >= 60, totals
    assert totals["speaker"] >= 51, totals
    assert totals["content"] >= 57, totals
    assert totals["dateline"] == 0 and totals["spurious"] <= 3 and totals["none_hit"] == 0, totals


# ---- a title written short with a stop ends no sentence


def test_a_quote_resumed_after_a_short_title() -> None:
    found = _found('"Taxes are too high," Sen. Orlov told supporters in Reno. "We will cut them in March."')
    assert [(c[1], c[2]) for c in found] == [("orlov", "Taxes are too high … We will cut them in March")], found


def test_a_quote_resumed_after_mr() -> None:
    found = _found('"The bill is dead," Mr. Pratley said. "Nobody wants to vote on it now."')
    assert [(c[1], c[2]) for c in found] == [("pratley", "The bill is dead … Nobody wants to vote on it now")], found


def test_narration_after_the_attribution_still_reopens() -> None:
    # a sentence of the author's own between the two quotes: two claims, as before
    found = _found('"We lost the vote," Sen. Orlov said. Gov. Tarrant left the room. "It hurts us badly now."')
    assert [(c[1], c[2]) for c in found] == [
        ("orlov", "We lost the vote"),
        ("orlov", "It hurts us badly now"),
    ], found


def test_he_after_two_men_titled_short_is_the_subject() -> None:
    found = _found("Mr. Pratley had lunch with Mr. Dunmore on Friday. He said the talks had gone well.")
    assert [(c[1], c[2]) for c in found] == [("pratley", "the talks had gone well")], found


def test_she_after_two_women_titled_short_is_nobody() -> None:
    found = _found("Ms. Orlov and Ms. Tarrant voted against the bill. She said it was a matter of conscience.")
    assert [(c[1], c[2]) for c in found] == [(None, "it was a matter of conscience")], found
