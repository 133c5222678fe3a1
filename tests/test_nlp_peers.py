"""A peer's territorial designation ("Lord Nicholls of Birkenhead") is part of the name as
written, never a place or a person of its own, and not part of the identity (sentences written
for these tests)."""

from __future__ import annotations

from belreader import nlp

from nlp_util import make_article


def named(text):
    analysis = nlp.analyze(make_article(text, "peers"))
    people = [(m.text, m.entity_id) for m in analysis.mentions if m.label == "PERSON"]
    others = [m.text for m in analysis.mentions if m.label in ("PLACE", "ORG")]
    return analysis, people, others


def test_the_designation_belongs_to_the_name_and_a_later_mention_is_the_same_peer():
    analysis, people, others = named(
        "The law lords ruled against the government on Thursday. Lord Pennard of Wexcombe said the powers "
        "were wholly disproportionate. Lord Pennard added that the detainees must be freed."
    )
    assert people[0] == ("Lord Pennard of Wexcombe", "pennard")
    assert [i for _, i in people] == ["pennard", "pennard"]  # "Lord Pennard" later: the same peer
    assert "Wexcombe" not in others
    assert {c.speaker_id for c in analysis.claims} == {"pennard"}


def test_a_designation_after_the_name_the_model_found_without_its_title():
    analysis, people, others = named(
        '"The real threat to the nation comes from laws such as these," said Lord Hadleigh of Chedworth.'
    )
    assert people == [("Lord Hadleigh of Chedworth", "hadleigh")]
    assert [c.speaker for c in analysis.claims] == ["Lord Hadleigh of Chedworth"]


def test_a_baroness_designation_is_not_a_second_person():
    _, people, _ = named("Baroness Merrow of Kesteven attended the debate on Monday.")
    assert [p for p, _ in people] == ["Baroness Merrow of Kesteven"]


def test_only_peers_take_a_designation():
    _, people, others = named("Mr Talbot of Leeds said the club would appeal. Lord Talbot spoke of the Rings.")
    assert people and not any(" of " in p for p, _ in people)  # "Mr" is no peerage; "of the" no designation
