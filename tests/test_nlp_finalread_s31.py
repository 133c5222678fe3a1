"""Mends of the final read of session 31's change, on sentences written for the purpose.

- "Grobco Holdings' appeal was rejected by the tribunal. It said ...": any definite "by the" agent
  after the owned thing leaves "it" unresolved, not only agents on a list of bodies.
- "The Velt executive said": only Velt's executive, never a person the article makes another
  firm's executive.
- "the Rev Ann Jones ... Ms Jones said": a titled person is never read as a plural group name.
- "Sales will rise next year, Will said.": a name that is also a modal, before "said", is no future.
- "He was to say later that ...": words said afterwards, a claim.
"""

from __future__ import annotations

from belreader import nlp

from nlp_util import claims_of, make_article


def _speaker_of(text: str, start: str) -> str | None:
    return next(c.speaker_id for c in claims_of("Harbour news\n\n" + text) if c.content.startswith(start))


def _contents(text: str) -> list[str]:
    return [c.content for c in claims_of("Harbour news\n\n" + text)]


def test_a_definite_agent_not_on_any_list_leaves_it_unresolved() -> None:
    text = "Grobco Holdings' appeal was rejected by the tribunal on Friday. It said the firm had broken the law."
    assert _speaker_of(text, "the firm had broken") is None


def test_an_indefinite_thing_as_agent_keeps_the_owner() -> None:
    text = "Grobco Holdings' profits were hit by a weak dollar last year. It said demand had slowed in Asia."
    assert _speaker_of(text, "demand had slowed") == "grobco-holdings"


def test_another_firms_executive_is_not_the_firms() -> None:
    text = "Tom Pell, an executive at Grobco, said sales fell. The Velt executive said the market was weak."
    assert _speaker_of(text, "the market was weak") is None


def test_the_firms_own_executive_is_still_found() -> None:
    text = "Velt executive Tom Pell met investors on Monday. The Velt executive said the market was weak."
    assert _speaker_of(text, "the market was weak") == "tom-pell"


def test_a_titled_person_after_the_is_no_group() -> None:
    text = "The appeal was launched by the Rev Ann Jones. Ms Jones said the roof would cost £2m."
    analysis = nlp.analyze(make_article("Harbour news\n\n" + text))
    labels = {e.name: e.label for e in analysis.entities}
    assert "ORG" not in {labels.get(name) for name in labels if "Jones" in name}
    assert _speaker_of(text, "the roof would cost") is not None


def test_a_name_that_is_a_modal_before_said_keeps_the_claim() -> None:
    assert _contents("Sales will rise next year, Will said.") == ["Sales will rise next year"]


def test_was_to_say_later_is_a_claim() -> None:
    contents = _contents("He was to say later that the decision had been the worst of his life.")
    assert contents == ["the decision had been the worst of his life"]


def test_was_to_say_without_later_is_still_a_plan() -> None:
    assert _contents("Tom Pell was to say that the levy was unfair, aides said.") == [
        "Tom Pell was to say that the levy was unfair"
    ]
