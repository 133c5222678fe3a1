"""Session 37's final read of the mends (FINALREAD_s37): two confident-wrong shapes the mends
introduced, on invented sentences. Each positive test fails on the code before this mend (a3112e9)."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved_mentions

from nlp_util import triples_of

# ---- "citing" a source is how the report was made, even after a clause whose verb has an object


def test_citing_people_familiar_is_no_part_of_a_clause_with_an_object() -> None:
    text = "Bloomberg reported that the deal values Grobco at $2 billion, citing people familiar with the matter."
    assert triples_of(text) == [("Bloomberg", "reported", "the deal values Grobco at $2 billion")]


def test_citing_figures_is_no_part_of_a_clause_with_an_object() -> None:
    text = "Ana Velt said that output reached a record, citing figures from the ministry."
    assert triples_of(text) == [("Ana Velt", "said", "output reached a record")]


def test_a_reason_cited_for_an_act_stays_the_acts() -> None:
    # guard: the court's own reason (mc37's mend), not a source of the report
    text = "Tom Pell said that the court rejected the appeal, citing a lack of evidence."
    assert triples_of(text) == [("Tom Pell", "said", "the court rejected the appeal, citing a lack of evidence")]


# ---- a results line's side made a team does not take the country's other mentions


def test_a_place_elsewhere_stays_a_place_beside_a_results_line() -> None:
    # (the guard, a name the model took for a person elsewhere following the team, is
    # test_nlp_mends_entities_s37's test_a_results_lines_name_elsewhere_follows_the_team)
    text = "Velmark 24 Tarnland 18\n\nHotels across Velmark were full before the match, Tom Pell said."
    got = resolved_mentions(
        text, [("Velmark", "PLACE"), ("Tarnland", "PLACE"), ("Velmark", "PLACE"), ("Tom Pell", "PERSON")]
    )
    later = [m for m in got if m.text == "Velmark" and m.start > text.index("Hotels")]
    assert later and later[0].label == "PLACE", got
