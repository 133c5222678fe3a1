"""Document speakers whose author the article names where the model missed or mistyped it
(session 14b), on sentences written for the purpose (none copied from any corpus).

- "a report suggests ... said analyst Plonkwell ... the report said ... According to the
  Plonkwell report": Plonkwell wrote the report, even when the model tags the one-word name a
  person or tags only its first writing; not when the article gives that kind of document two
  authors ("the Plonkwell survey", "a survey by the Tarbury Group"), nor when the name is part of
  a longer one ("the Bright Plonkwell report").
- "..., the Ruritanian state press has said. ..., said the Tarnburg Times.": the one outlet
  named near the description; not when two outlets are named there, nor when none is.
"""

from __future__ import annotations

from nlp_util import speaker_of

REPORT = (
    "Pupils top pocket money table\n\n"
    "Pupils in Ruritania get more pocket money than any in the region, a report suggests.\n\n"
    "Children aged 8 to 15 received £520 a year on average, said market analyst Plonkwell. "
    "Most of it goes on sweets and magazines, the report said.\n\n"
    "According to the Plonkwell report the figure will keep rising until 2010."
)


def test_the_report_is_the_mistyped_author_named_later() -> None:
    assert speaker_of(REPORT, "Most of it") == "plonkwell"


def test_a_report_in_the_lead_is_that_author() -> None:
    assert speaker_of(REPORT, "Pupils in Ruritania") == "plonkwell"


def test_a_report_of_another_author_stays_unresolved() -> None:
    text = REPORT.replace("until 2010.", "until 2010. A survey by the Tarbury Group came out in May.")
    text = text.replace("a report suggests", "a survey suggests").replace("the report said", "the survey said")
    text = text.replace("the Plonkwell report", "the Plonkwell survey")
    assert speaker_of(text, "Most of it") is None


def test_a_longer_name_is_not_the_author() -> None:
    text = REPORT.replace("the Plonkwell report", "the Bright Plonkwell report")
    assert speaker_of(text, "Most of it") is None


def test_a_person_with_a_first_name_is_not_taken_for_a_mistyped_author() -> None:
    # a named person's report: the model's tag is believed, and nothing changes from before
    text = REPORT.replace("market analyst Plonkwell", "researcher Jo Plonkwell")
    assert speaker_of(text, "Children aged") == "jo-plonkwell"


PRESS = (
    "Ruritanian mill ignores order\n\n"
    "The Grobco Steel Corp is refusing to close a mill the ministry ordered shut, the Ruritanian "
    "state press has said.\n\n"
    "The firm is still running the Tarn mill, said the Tarnburg Times. Output rose by a tenth last year."
)


def test_state_press_is_the_one_outlet_named_next() -> None:
    assert speaker_of(PRESS, "The Grobco Steel Corp") == "tarnburg-times"


def test_state_press_with_two_outlets_nearby_stays_unresolved() -> None:
    text = PRESS.replace("said the Tarnburg Times.", "said the Tarnburg Times, and the Tarnburg Post agreed.")
    assert speaker_of(text, "The Grobco Steel Corp") is None


def test_state_press_with_no_outlet_named_stays_unresolved() -> None:
    text = PRESS.replace("said the Tarnburg Times", "said a local official")
    assert speaker_of(text, "The Grobco Steel Corp") is None
