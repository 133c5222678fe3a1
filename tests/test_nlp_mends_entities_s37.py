"""Session 37 mends of the entity rules ent37 and left37 added (REVIEW_entities37.md); invented
sentences and names. Each positive test failed on 6049928.

- An opening capitals word before a dash is a dateline's city only where claims/spans.py's
  `dateline_end` reads a dateline (not "GROBFA — the governing body — said", an aside), and not a
  kicker ("EXCLUSIVE —", a word of the lexicon) or a word the model typed an organisation.
- "Name N ( Name N )" is a team and its scorers only in the wire's spaced bracket, with minutes
  of a match (120 at most); not "Grobdows 7 (Service Pack 1)" nor a ward's votes.
- The region of an address ends the clause: not "in Leeds, Tarnwell, which beat two rivals".
- A player before "( Country )": not "The Velmar", nor "In June Marc Grelland" (a function word or
  a month is no first name).
- A golfer's rounds are no table row when his surname is a person elsewhere, or every number is
  a round of golf.
- "who arrived at Grendon from Velencia in 2003" is a career again; only a squad's journey is not.
- A replaced entity's other mentions of the same words follow the new span.
- A legal form's name does not reach back over a paragraph's end.
- "Hip-hop performer X's" is a person's cue: X listed beside bands stays a person.
- "Speaking in Cardiff, X, the Velmia captain, said": a role apposition after a one-word name is a
  person's cue (single_names made X the region of Cardiff).
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved, resolved_mentions

from belreader.nlp import analyze

from nlp_util import make_article

SPORT = "The striker scored twice in the league match and the coach praised the defence. "


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.label) for m in analyze(make_article(text)).mentions if m.label in ("PERSON", "ORG", "PLACE")]


def _label(got: dict[str, tuple[str, str]], text: str) -> str:
    return got.get(text, ("", ""))[1]


# ---- 1. datelines


@pytest.mark.parametrize(
    ("text", "word", "place"),
    [
        ("UEFA — the governing body of European football — said on Monday that the final would move.", "UEFA", False),
        ("EXCLUSIVE — The minister Tom Pell said on Monday that the plan would fail.", "EXCLUSIVE", False),
        ("ROTTERDAM — Velmar said on Monday it had won the contract for the port.", "ROTTERDAM", True),
    ],
)
def test_an_opening_word_before_a_dash_is_a_place_only_in_a_dateline(text: str, word: str, place: bool) -> None:
    """Not a body opening with an aside, nor a kicker; a city before a dash still is."""
    got = _mentions(text)
    assert ((word, "PLACE") in got) == place, got


# ---- 2. scorers


def test_a_version_in_a_bracket_is_no_team_and_scorer() -> None:
    got = _mentions("Users of Grobdows 7 (Service Pack 1) should install the update, Grobsoft said.")
    assert ("Service Pack", "PERSON") not in got, got
    assert ("Grobdows", "ORG") not in got, got


def test_votes_in_a_ward_are_no_scorers() -> None:
    got = _mentions("Votes in Tarbury North Ward 2 ( Tom Pell 412 , Ida Bell 389 ) were recounted .")
    assert ("Tarbury North Ward", "ORG") not in got, got


# ---- 3. the region of an address ends the clause


def test_a_firm_named_after_its_town_is_no_region() -> None:
    got = resolved(
        "The contract went to a firm in Leeds, Tarnwell, which beat two rivals.",
        [("Leeds", "PLACE"), ("Tarnwell", "ORG")],
    )
    assert _label(got, "Tarnwell") == "ORG", got


def test_the_region_before_said_is_still_a_place() -> None:
    got = resolved(
        "Tom Pell, a huntsman from Tarbury, Velmouth, said the ban was unfair.",
        [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Velmouth", "PERSON")],
    )
    assert _label(got, "Velmouth") == "PLACE", got


# ---- 4. a player before his country


def test_an_article_and_a_month_are_no_first_names() -> None:
    got = _mentions("The Velmar ( Spain ) and Grobton ( Italy ) both qualified .")
    assert ("The Velmar", "PERSON") not in got, got
    got = resolved(
        "In June Marc Grelland (France) beat Ivo Tarnic (Croatia) in the final.",
        [("France", "PLACE"), ("Croatia", "PLACE")],
    )
    assert "In June Marc Grelland" not in got, got
    assert _label(got, "Marc Grelland") == "PERSON", got


# ---- 5. a golfer's rounds


def test_a_golfers_rounds_are_no_table_row() -> None:
    got = _mentions("Vijay Sinter 66 68 70\n\nRetvik Grosen 68 70 69\n\nGrosen said he was pleased .")
    assert ("Retvik Grosen", "ORG") not in got, got


def test_a_table_row_is_still_a_team() -> None:
    got = _mentions("Grobchester 3 2 1 0 6 2 7\n\nVelmouth 3 1 1 1 4 4 4")
    assert ("Grobchester", "ORG") in got, got


# ---- 6. a career's arrival


@pytest.mark.parametrize(
    "sentence",
    [
        "Pell, who arrived at Grendon from Velencia in 2003, has scored 40 goals.",
        "Pell arrived at Grendon from Velencia in 2003 for a fee of 4m.",
    ],
)
def test_an_arrival_at_a_team_from_a_city_is_a_career(sentence: str) -> None:
    """A relative clause's arrival, or a finite one with its year."""
    text = SPORT + sentence + " Grendon coach Ida Bell agreed."
    got = resolved(
        text,
        [
            ("Pell", "PERSON"),
            ("Grendon", "PLACE"),
            ("Velencia", "PERSON"),
            ("Grendon", "PLACE"),
            ("Ida Bell", "PERSON"),
        ],
    )
    assert _label(got, "Velencia") == "ORG", got


def test_the_squads_journey_stays_a_journey() -> None:
    text = SPORT + "The squad arrived at Grendon from Velencia last night. Grendon coach Tom Pell welcomed the news."
    got = resolved(text, [("Grendon", "PLACE"), ("Velencia", "PLACE"), ("Grendon", "PLACE"), ("Tom Pell", "PERSON")])
    assert _label(got, "Velencia") == "PLACE", got


# ---- 7. the other mentions of a replaced entity


def test_a_results_lines_name_elsewhere_follows_the_team() -> None:
    text = "Tarnby 2 Velding 1\n\nThe result left Velding third, Tom Pell said."
    got = resolved_mentions(text, [("Tarnby 2 Velding", "PERSON"), ("Velding", "PERSON"), ("Tom Pell", "PERSON")])
    velding = {(m.entity_id, m.label) for m in got if m.text == "Velding"}
    assert len(velding) == 1 and next(iter(velding))[1] == "ORG", got


# ---- 8. a legal form's name stays in its paragraph


def test_a_legal_forms_name_does_not_cross_a_paragraph() -> None:
    text = "Tarnia Steel Talks Collapse\n\nSA Velmar said talks had collapsed."
    got = resolved_mentions(text, [("SA", "ORG")])
    assert not any("\n" in m.text for m in got), got


# ---- 9. a performer listed beside bands


_CHART = (
    "The album chart saw the band's new single reach number one, and the singer's album followed. "
    "Tarnwick Cannons, Grobon and Tarnish Chiefs all have new singles in the top ten. "
)
_CHART_SPANS = [("Tarnwick Cannons", "PERSON"), ("Grobon", "PERSON"), ("Tarnish Chiefs", "PERSON")]


def test_a_performer_listed_beside_bands_stays_a_person() -> None:
    text = _CHART + "Hip-hop performer Grobon's new single is at number five."
    got = resolved(text, [*_CHART_SPANS, ("Grobon", "PERSON")])
    assert _label(got, "Grobon") == "PERSON", got


def test_a_one_word_name_listed_beside_bands_is_still_a_band() -> None:
    got = resolved(_CHART + "Grobon's new single is at number five.", [*_CHART_SPANS, ("Grobon", "PERSON")])
    assert _label(got, "Tarnwick Cannons") == "ORG", got
    assert _label(got, "Grobon") == "ORG", got


# ---- 10. a person named after "Speaking in <town>,"


def test_a_one_word_person_with_a_role_apposition_after_a_town_stays_a_person() -> None:
    got = _mentions("Speaking in Cardiff, Grenshaw, the Wales captain, said the side was ready.")
    assert ("Grenshaw", "PERSON") in got, got


def test_a_region_after_its_town_is_still_a_place() -> None:
    got = resolved(
        "Tom Pell, 37, of Ledmoor, Velmouth, was fined.",
        [("Tom Pell", "PERSON"), ("Ledmoor", "PLACE"), ("Velmouth", "PERSON")],
    )
    assert _label(got, "Velmouth") == "PLACE", got


def test_a_firm_with_a_brewers_apposition_after_its_town_is_no_region() -> None:
    got = resolved(
        "Yesterday in Tarbury, Grobco, a brewer, said it would close.", [("Tarbury", "PLACE"), ("Grobco", "ORG")]
    )
    assert _label(got, "Grobco") == "ORG", got
