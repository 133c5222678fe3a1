"""Session 30 entity rules: invented sentences and names; the model's spans are given by hand.

- "Lord Pellow" where the model tagged "Pellow" alone: the person's shown name takes in the peer's
  title written just before (a first name and surname, where the article gives them, still win;
  "Baron" after a first name is a surname's first word).
- "Arvanian" + "Retail Consortium": a people's adjective the model tagged a group right before a
  body's name it cut is the first word of that name (not before a state's ministry).
- '"...," Simon Pellowby, a senior analyst, said', '"...," said Grobco's Sophie Tarrant Vell.': a name
  of two or three capitalised words right after a quotation, starting with a first name, is a
  person the model missed.
- "Lord Pellow' Succession Bill", "Mr Pell's Tax Fund" tagged one person: the person, without what
  is owned; "Varnholt's Tom Pell" tagged one organisation: the club and its player.
- "Professor Tarrowby said", untagged: the title before a capitalised word is a person's, as "Mr".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_nlp_entities_kinds import resolved, resolved_mentions

from belreader.nlp.aliases import load_table
from belreader.nlp.entities import aggregate
from belreader.nlp.identity import Decisions
from belreader.nlp.records import Analysis, Mention

from nlp_util import make_article


def _names(text: str, spans: list[tuple[str, str]]) -> dict[str, str]:
    """Entity id -> shown name, when the model gave exactly these spans."""
    body = make_article(text).body
    return {e.id: e.name for e in aggregate(resolved_mentions(text, spans), load_table(), body)}


# ---- a peer's title the model left out of the name


def test_a_peers_title_before_a_surname_is_part_of_the_shown_name() -> None:
    text = "The Labour peer Lord Pellowby said the bill was unfair. Pellowby voted against it."
    names = _names(text, [("Pellowby", "PERSON"), ("Pellowby", "PERSON")])
    assert names["pellowby"] == "Lord Pellowby", names


def test_a_baroness_title_is_kept_and_the_mentions_are_unchanged() -> None:
    text = "Baroness Trevarne told peers the plan would fail."
    mentions = resolved_mentions(text, [("Trevarne", "PERSON")])
    assert [m.text for m in mentions if m.label == "PERSON"] == ["Trevarne"]
    names = {e.id: e.name for e in aggregate(mentions, load_table(), make_article(text).body)}
    assert names["trevarne"] == "Baroness Trevarne", names


def test_a_first_name_and_surname_win_over_the_peers_title() -> None:
    text = "Lord Pellowby spoke first. Ralph Pellowby, a former minister, then said more. Pellowby left."
    names = _names(text, [("Pellowby", "PERSON"), ("Ralph Pellowby", "PERSON"), ("Pellowby", "PERSON")])
    assert names.get("ralph-pellowby") == "Ralph Pellowby", names


def test_baron_after_a_first_name_is_part_of_a_surname() -> None:
    text = "The comic Simon Baron Dovetry starred. Dovetry said he was pleased."
    names = _names(text, [("Dovetry", "PERSON"), ("Dovetry", "PERSON")])
    assert "Baron Dovetry" not in names.values(), names


def test_an_honorific_that_is_no_peerage_stays_out() -> None:
    text = "Mr Pellowby said the bill was unfair."
    names = _names(text, [("Pellowby", "PERSON")])
    assert names == {"pellowby": "Pellowby"}, names


def test_the_users_decisions_keep_the_peers_title_in_the_name(tmp_path: Path) -> None:
    body = "Lord Pellowby spoke. Pellowby left. Grobco said no."
    mentions = [
        Mention("pellowby", "Pellowby", "PERSON", 5, 13, 0),
        Mention("pellowby", "Pellowby", "PERSON", 21, 29, 0),
        Mention("grobco", "Grobco", "PERSON", 36, 42, 0),
    ]
    assert all(body[m.start : m.end] == m.text for m in mentions)
    decisions = Decisions(path=tmp_path / "d.toml")
    decisions.retype("grobco", "org")
    analysis = decisions.apply(Analysis("x", "h", "t", mentions=mentions), load_table(), body)
    assert {e.id: e.name for e in analysis.entities}["pellowby"] == "Lord Pellowby"


def test_without_the_body_the_names_are_as_before() -> None:
    text = "Lord Pellowby said the bill was unfair."
    names = {e.id: e.name for e in aggregate(resolved_mentions(text, [("Pellowby", "PERSON")]), load_table(), "")}
    assert names == {"pellowby": "Pellowby"}, names


# ---- a people's adjective before a body's name the model cut


def test_a_peoples_adjective_before_a_body_the_model_cut_is_part_of_its_name() -> None:
    text = "A Arvanian Retail Consortium survey found sales fell."
    ids = resolved(text, [("Arvanian", "NORP"), ("Retail Consortium", "ORG")])
    assert ids.get("Arvanian Retail Consortium", ("", ""))[1] == "ORG", ids


def test_a_peoples_adjective_before_a_firm_stays_apart() -> None:
    text = "The Arvanian Tarlo Airways said fares would rise."
    ids = resolved(text, [("Arvanian", "NORP"), ("Tarlo Airways", "ORG")])
    assert "Arvanian Tarlo Airways" not in ids, ids


def test_a_group_that_is_no_people_stays_apart() -> None:
    text = "Many Varnholters Retail Council members left."
    ids = resolved(text, [("Varnholters", "NORP"), ("Retail Council", "ORG")])
    assert "Varnholters Retail Council" not in ids, ids


def test_a_peoples_adjective_before_a_states_ministry_stays_apart() -> None:
    text = "A senior Arvanian Finance Ministry official said rates would rise."
    ids = resolved(text, [("Arvanian", "NORP"), ("Finance Ministry", "ORG")])
    assert "Arvanian Finance Ministry" not in ids, ids


# ---- a speaker's name right after a quotation, untagged by the model


def test_a_name_after_a_quotation_before_an_apposition_is_a_person() -> None:
    text = '"Prices will fall," Simon Pellowby, a senior analyst at Grobco, said.'
    ids = resolved(text, [("Grobco", "ORG")])
    assert ids.get("Simon Pellowby") == ("simon-pellowby", "PERSON"), ids


def test_a_three_word_name_after_said_and_an_owners_possessive_is_a_person() -> None:
    text = '"We are proud of the deal," said Grobco Networks\' Sophie Tarrant Vell. "It is a good day."'
    ids = resolved(text, [("Grobco Networks", "ORG")])
    assert ids.get("Sophie Tarrant Vell", ("", ""))[1] == "PERSON", ids


def test_will_after_a_quotation_is_a_first_name() -> None:
    text = '"It is a risk," Will Dorrington, senior researcher at the lab, said.'
    ids = resolved(text, [])
    assert ids.get("Will Dorrington", ("", ""))[1] == "PERSON", ids


def test_no_name_after_a_quotation_without_a_first_name() -> None:
    text = '"It is a risk," Grobco Media said.'
    ids = resolved(text, [])
    assert "PERSON" not in {label for _, label in ids.values()}, ids


def test_a_name_after_a_quotation_that_the_model_tagged_stays() -> None:
    text = '"It is a risk," Simon Pellowby, a senior analyst, said.'
    ids = resolved(text, [("Simon Pellowby", "PERSON")])
    assert ids == {"Simon Pellowby": ("simon-pellowby", "PERSON")}, ids


# ---- a professor named with the title alone


@pytest.mark.parametrize("title", ["Professor", "Prof"])
def test_a_professors_title_before_an_untagged_surname_is_a_person(title: str) -> None:
    text = f'"The figures are clear," {title} Tarrowby said.'
    ids = resolved(text, [])
    found = {label for name, (_, label) in ids.items() if name.endswith("Tarrowby")}
    assert found == {"PERSON"}, ids


# ---- a possessive the model ran a name through


@pytest.mark.parametrize(
    ("text", "span", "person"),
    [
        ("The peer Lord Pellowes' Succession Bill was read again.", "Pellowes' Succession", "Pellowes"),
        ("Mr Tarrant's International Relief Fund was praised.", "Mr Tarrant's International Relief Fund", "Mr Tarrant"),
        ("She starred in Simon Pellowby's Closer last year.", "Simon Pellowby's Closer", "Simon Pellowby"),
    ],
)
def test_a_person_tagged_with_what_they_own_is_the_person(text: str, span: str, person: str) -> None:
    ids = resolved(text, [(span, "PERSON")])
    assert ids.get(person, ("", ""))[1] == "PERSON", ids
    assert span not in ids, ids


def test_a_peer_tagged_an_organisation_with_what_they_own_is_the_peer() -> None:
    text = "The peer Lord Pellowes' Succession Bill was read again."
    ids = resolved(text, [("Pellowes' Succession", "ORG")])
    assert ids.get("Pellowes", ("", ""))[1] == "PERSON", ids


def test_a_possessive_inside_a_name_that_is_no_persons_stays() -> None:
    text = "The Grobco Shipping's Harbour Fund grew."
    ids = resolved(text, [("Grobco Shipping's Harbour Fund", "PERSON")])
    assert "Grobco Shipping" not in ids, ids


def test_a_club_and_its_player_tagged_one_organisation_are_two() -> None:
    text = "Varnholt's Simon Pellowby scored twice."
    ids = resolved(text, [("Varnholt's Simon Pellowby", "ORG")])
    assert ids.get("Simon Pellowby", ("", ""))[1] == "PERSON", ids
    assert "Varnholt" in ids, ids


def test_an_organisations_division_after_a_possessive_stays() -> None:
    text = "Grobco's Harbour Laboratories opened."
    ids = resolved(text, [("Grobco's Harbour Laboratories", "ORG")])
    assert "Harbour Laboratories" not in ids, ids


def test_a_body_of_members_before_a_name_stays_one_organisation() -> None:
    text = "The Sailors' Christian Fellowship said it would appeal."
    ids = resolved(text, [("Sailors' Christian Fellowship", "ORG")])
    assert "Christian Fellowship" not in ids, ids


def test_a_title_with_a_number_after_it_keeps_the_name_inside() -> None:
    text = "Simon Pellowby's Skate Park 2 held its place in the chart."
    ids = resolved(text, [("Simon Pellowby's Skate Park", "PERSON")])
    assert "Simon Pellowby" not in ids, ids
