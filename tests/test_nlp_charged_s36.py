"""Session 36 (at36, attributed statements missed or found wrongly), on invented sentences.

- "Velt suspended a candidate for allegedly suggesting the harbour should be sold": a gerund of
  saying after "for" or "of" that gives the reason for what a verb did to its object is the
  object's statement, not the subject's (`subjects.charged_object`); only an object that can speak
  (a name, a person, a group), never "whipped up a media storm for saying ..." nor "made the
  mistake of saying ..." (the subject goes on, as before). A nested one inside another speaker's
  reported words stands only for a named speaker, as every nested claim (`parsed._nested_claim`).
- "Others thought to be in the running include Tom Pell", "Its Velt field, thought to contain a
  billion barrels, will open in May": a passive participle of reporting the parser took for a past
  tense (its noun for the subject, the sentence's own verb for a clause of it) is nobody's
  statement (`content._past_taken_for_passive`, beside `_to_infinitive`); never "said", a
  pronoun's, or one with no finite verb after the infinitive.
"""

from __future__ import annotations

from nlp_util import claims_of

_OPENING = "Harbour\n\nJim Orr, a fisherman, said the catch was poor in March.\n\n"


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content.rstrip(".")) for c in claims_of(_OPENING + text)]


def test_gerund_of_saying_for_which_the_object_was_punished_is_the_objects():
    found = _found(
        "The news came after Velt suspended a candidate for allegedly suggesting the harbour should be sold."
    )
    assert ("a candidate", None, "the harbour should be sold") in found
    assert not any(s == "Velt" for s, _, _ in found)


def test_named_object_of_a_sacking_speaks():
    found = _found("Grobco sacked Tom Pell for saying the new ferries were unsafe.")
    assert ("Tom Pell", "tom-pell", "the new ferries were unsafe") in found
    assert not any(s == "Grobco" for s, _, c in found if c == "the new ferries were unsafe")


def test_named_object_of_a_criticism_speaks_inside_the_critics_words():
    found = _found("Ann Bell criticised Tom Pell for claiming the Tories were the natural party for fishermen.")
    assert ("Tom Pell", "tom-pell", "the Tories were the natural party for fishermen") in found


def test_a_thing_as_object_leaves_the_subject_speaking():
    found = _found("Tom Pell whipped up a media storm for saying the harbour festival was dull.")
    assert not any(s.startswith("a media storm") for s, _, _ in found)


def test_a_pronoun_object_is_left_as_before():
    found = _found("Tom Pell praised the crew. Grobco later fined him for saying the rota was unfair.")
    assert not any(s == "him" for s, _, _ in found)


def test_participle_of_reporting_taken_for_a_past_tense_is_no_statement():
    found = _found(
        "Others thought to be in the running include Tom Pell and Ann Bell.\n\n"
        "Its Velt field, thought to contain a billion barrels, will open in May.\n\n"
        "The head of the Velt Agency widely reported to have resigned in May is still at the helm."
    )
    assert [c for _, _, c in found] == ["the catch was poor in March"]


def test_past_tense_with_a_pronoun_or_said_or_no_verb_after_is_left():
    found = _found(
        "Analysts thought to ask Grobco about the loss.\n\n"
        "He thought to ask whether the ferry would run, but the port was shut.\n\n"
        "Velt said to wait until May, and the council agreed."
    )
    contents = [c for _, _, c in found]
    assert "to ask Grobco about the loss" in contents
    assert "to ask whether the ferry would run" in contents
    assert "to wait until May" in contents


def test_a_description_under_a_verb_of_saying_is_left():
    found = _found(
        "Tom Pell said the Velt Party's figures did not add up. He accused the party of claiming it would "
        "spend less while promising more."
    )
    assert not any(c.startswith("it would spend less") for _, _, c in found)
