"""Session 28 round 2 mends (review): invented sentences and names; the model's spans are given by
hand where the rule reads spans, the real model runs for the speaker's title.

- "snapping at Dorran's heels": only the eponym before a heel or a tendon ("Achilles") is anatomy;
  a possessive "'s" before "heels" names a real rival.
- "became Duke Marlow's drummer": a royal style after a word of conferring is a title given only
  when nothing, "of" or another style word follows it, never before "'s".
- "the Duke of Dorran's theatre", "Prince of Dorran" (a game), "the Prince of Dorran in Varnholt"
  (a pub), "the Duke of Varnholt scheme": a royal style the model typed a body or a place becomes
  a person only where something says so (a reporting verb, "his"/"her", the style tagged a person
  elsewhere, its own verb after "the").
- "the late Bishop of Westmarch Tom Pell": a past holder is not the one "the Bishop" names now.
- "at Tom Vell Ferries Union (VFU)": a body's name runs back to its letters only when the run
  back starts at a span's edge, never inside another name.
- "Maj Sjowall", "Sgt Pepper": a rank written short comes off a name only before a first name and a
  surname, or before another rank.
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved, resolved_mentions

from belreader.nlp.aliases import load_table
from belreader.nlp.entities import aggregate
from belreader.nlp.people import strip_titles

from nlp_util import claims_of

# ---- a heel or a tendon after a word


@pytest.mark.parametrize(
    ("text", "spans", "kept"),
    [
        (
            "Varnholt are snapping at Dorran's heels after a 2-0 win.",
            [("Varnholt", "ORG"), ("Dorran", "ORG")],
            "Dorran",
        ),
        ("Grobco is hot on Quorbank's heels in the market.", [("Grobco", "ORG"), ("Quorbank", "ORG")], "Quorbank"),
        ("Ann Pell followed at Tom's heels.", [("Ann Pell", "PERSON"), ("Tom", "PERSON")], "Tom"),
    ],
)
def test_a_name_before_heels_with_a_possessive_is_kept(text: str, spans: list[tuple[str, str]], kept: str) -> None:
    assert kept in resolved(text, spans)


def test_the_eponym_before_a_heel_is_still_anatomy() -> None:
    text = "Rain has been the Achilles heel of the market. Tom Vell has Achilles' tendinitis."
    ids = resolved(text, [("Achilles", "PLACE"), ("Tom Vell", "PERSON"), ("Achilles'", "PERSON")])
    assert "Tom Vell" in ids and not any(t.startswith("Achilles") for t in ids), ids


# ---- a royal style after a word of conferring


def test_a_style_before_a_possessive_after_became_is_a_person() -> None:
    ids = resolved(
        "Tom Vell became Duke Marlow's drummer in 1950.", [("Tom Vell", "PERSON"), ("Duke Marlow", "PERSON")]
    )
    assert ids.get("Duke Marlow", ("", ""))[1] == "PERSON", ids


def test_a_style_and_a_name_after_became_is_a_person() -> None:
    ids = resolved("She became Princess Vellin's tutor. Ann Lee became Duke Marlow.", [("Princess Vellin", "PERSON")])
    assert "Princess Vellin" in ids, ids
    ids = resolved("Tom Vell became Duke Marlow's drummer.", [("Tom Vell", "PERSON"), ("Duke", "PERSON")])
    assert "Duke" in ids, ids


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("She will become Princess Regent next year.", ("Princess Regent", "PERSON")),
        ("He became Duke in 1990.", ("Duke", "PERSON")),
        ("Alma became Prince of Dorran on Monday.", ("Prince of Dorran", "ORG")),
    ],
)
def test_a_conferred_style_still_names_nobody(text: str, span: tuple[str, str]) -> None:
    assert not resolved(text, [span])


# ---- a royal style the model typed a body or a place


@pytest.mark.parametrize(
    ("text", "spans", "style"),
    [
        ("The play opens at the Duke of Dorran's theatre in March.", [("Duke of Dorran's", "ORG")], "Duke of Dorran"),
        ("The play opens at the Duke of Dorran's in March.", [("Duke of Dorran", "PLACE")], "Duke of Dorran"),
        ("Sales of Prince of Dorran rose in the spring.", [("Prince of Dorran", "ORG")], "Prince of Dorran"),
        (
            "The band played at the Prince of Dorran in Varnholt on Friday.",
            [("Prince of Dorran", "ORG"), ("Varnholt", "PLACE")],
            "Prince of Dorran",
        ),
        ("He won a gold award in the Duke of Varnholt scheme.", [("Duke of Varnholt", "ORG")], "Duke of Varnholt"),
        (
            "He won a gold award in the Duke of Varnholt scheme with his school.",
            [("Duke of Varnholt", "ORG")],
            "Duke of Varnholt",
        ),
    ],
)
def test_a_venue_or_a_work_named_after_a_style_stays_what_the_model_said(
    text: str, spans: list[tuple[str, str]], style: str
) -> None:
    ids = resolved(text, spans)
    assert ids[style][1] != "PERSON", ids


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The Prince of Dorran said the fund was needed.", [("Prince of Dorran", "ORG")]),
        (
            "Later the Prince of Dorran and his wife toured Varnholt.",
            [("Prince of Dorran", "ORG"), ("Varnholt", "PLACE")],
        ),
        (
            "The Prince of Dorran opened the hall. Crowds met the Prince of Dorran in Varnholt.",
            [("Prince of Dorran", "PERSON"), ("Prince of Dorran", "PLACE"), ("Varnholt", "PLACE")],
        ),
    ],
)
def test_a_style_said_of_a_person_is_a_person(text: str, spans: list[tuple[str, str]]) -> None:
    ids = resolved(text, spans)
    assert ids["Prince of Dorran"][1] == "PERSON", ids


# ---- a title glued before a past holder's name

_BISHOP_SAID = '\n\nThe Bishop of Westmarch said: "I am pleased for them."'


def _bishop(tie: str) -> str | None:
    found = [c for c in claims_of("Port\n\n" + tie + _BISHOP_SAID) if c.content.startswith("I am pleased")]
    assert found
    return found[0].speaker_id


@pytest.mark.parametrize(
    "tie",
    [
        "The church was built by the late Bishop of Westmarch Tom Pell in 1960.",
        "The church was built under the then Bishop of Westmarch Tom Pell in 1960.",
        "The church was blessed by the outgoing Bishop of Westmarch Tom Pell in 1960.",
    ],
)
def test_a_past_holder_glued_to_the_title_is_not_the_holder(tie: str) -> None:
    assert _bishop(tie) != "tom-pell"


def test_the_title_glued_to_a_name_at_a_sentence_start_is_that_person() -> None:
    assert _bishop("The service will be held in May. Bishop of Westmarch Tom Pell will preside.") == "tom-pell"


# ---- a body's letters after its name


def test_the_run_back_to_the_letters_never_starts_inside_another_name() -> None:
    text = "Officials at Tom Vell Ferries Union (VFU) said no."
    ids = resolved(text, [("Tom Vell", "PERSON"), ("Ferries Union", "ORG")])
    assert ids.get("Ferries Union", ("", ""))[1] == "ORG" and "Tom Vell" in ids, ids


# ---- a rank written short


def test_a_short_rank_before_one_word_may_be_a_name() -> None:
    assert strip_titles("Maj Sjowall") == "Maj Sjowall"
    assert strip_titles("Sgt Pepper") == "Sgt Pepper"
    assert strip_titles("Lt Col Venn") == "Venn"
    ids = resolved(
        "Maj Sjowall wrote ten novels with Per Wahloo.", [("Maj Sjowall", "PERSON"), ("Per Wahloo", "PERSON")]
    )
    assert ids["Maj Sjowall"][0] == "maj-sjowall", ids
    ids = resolved("Sgt Pepper was played at the party.", [("Sgt Pepper", "PERSON")])
    assert ids["Sgt Pepper"][0] == "sgt-pepper", ids


def test_a_short_rank_before_a_surname_named_in_full_comes_off() -> None:
    text = "Gen Farid Tamzali landed. Later Gen Tamzali met the mayor."
    ids = resolved(text, [("Gen Farid Tamzali", "PERSON"), ("Gen Tamzali", "PERSON")])
    assert ids["Gen Tamzali"][0] == ids["Gen Farid Tamzali"][0] == "farid-tamzali", ids


def test_a_short_rank_before_a_surname_used_alone_comes_off() -> None:
    text = "Gen Tamzali landed. General Tamzali said it was calm. Tamzali left."
    ids = resolved(text, [("Gen Tamzali", "PERSON"), ("General Tamzali", "PERSON"), ("Tamzali", "PERSON")])
    assert {i for i, _ in ids.values()} == {"tamzali"}, ids


def test_a_short_rank_before_the_surname_is_not_the_shown_name() -> None:
    text = "Gen Farid Tamzali landed. Gen Tamzali met the mayor. Gen Tamzali left on Friday."
    spans = [("Gen Farid Tamzali", "PERSON"), ("Gen Tamzali", "PERSON"), ("Gen Tamzali", "PERSON")]
    names = {e.id: e.name for e in aggregate(resolved_mentions(text, spans), load_table(), text)}
    assert names == {"farid-tamzali": "Farid Tamzali"}, names
