"""Session 35 (round 2) entity merges and boundaries on fresh31's misses: invented sentences and
names; the model's spans are given by hand.

- A band named after someone the article names in full ("Indie band Velt" beside "Ida Velt", its
  namesake): the bare name written after "band" is the band wherever it is written alone, never
  her (`assign_ids`, `missed_surnames`); a singer's surname ("Singer Ida Velt ... Velt played")
  and an ordinary "Mr Pell" / "Pell" still join the full name.
- A quote mark after a leading article ('the "Velt Alliance"') and a stray "&" at a name's edge
  are no part of the name (`clean_span`); "AT&T", "Marks & Spencer" keep theirs.
- A place before a lower-case noun the model tagged an event ("the Chile war") is the place (the
  sets list the place, the war an event); "the Chile War", "Boston Marathon" stay whole.
- A fund named after a body the table knows ("the European Union Crop Fund") is a body of its own.
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved, resolved_mentions

_BAND = (
    "Indie band Velt built up a following with their album. The band took its name from Ida Velt, "
    "a poet. Velt released a single and played gigs across the country."
)


def _ids(text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str, str]]:
    return [(m.text, m.entity_id, m.label) for m in resolved_mentions(text, spans)]


def test_a_band_named_after_a_person_is_not_her() -> None:
    for label in ("NORP", "ORG", "PERSON"):
        got = _ids(_BAND, [("Velt", label), ("Ida Velt", "PERSON"), ("Velt", label)])
        assert got[1] == ("Ida Velt", "ida-velt", "PERSON"), got
        assert got[0][1] == got[2][1] != "ida-velt", got
        assert got[0][2] == got[2][2] == "ORG", got


def test_a_singers_surname_still_joins_her_full_name() -> None:
    text = "Singer Ida Velt released her album and a single. Velt played two gigs in Tarbury."
    got = _ids(text, [("Ida Velt", "PERSON"), ("Velt", "ORG")])
    assert [g[1] for g in got] == ["ida-velt", "ida-velt"], got


def test_an_ordinary_surname_still_joins_the_full_name() -> None:
    text = "Tom Pell, the band's manager, booked the gigs for the album tour. Mr Pell said Pell would stay."
    got = _ids(text, [("Tom Pell", "PERSON"), ("Mr Pell", "PERSON"), ("Pell", "PERSON")])
    assert {g[1] for g in got} == {"tom-pell"}, got


def test_a_quote_mark_after_the_article_is_no_part_of_the_name() -> None:
    got = resolved('He warned that the "Velt Alliance" was the real threat.', [('the "Velt Alliance', "ORG")])
    assert "Velt Alliance" in got and '"Velt Alliance' not in got, got
    got = resolved("Growers fell behind the 'Tarbury Club' of the north.", [("the 'Tarbury Club", "ORG")])
    assert "Tarbury Club" in got, got


def test_a_stray_ampersand_at_the_edge_is_left_out() -> None:
    got = resolved("The game was at Grobfield. & the fans were happy.", [("Grobfield. &", "PLACE")])
    assert "Grobfield" in got, got


def test_an_ampersand_inside_a_name_stays() -> None:
    got = resolved("He praised AT&T and Marks & Spencer.", [("AT&T", "ORG"), ("Marks & Spencer", "ORG")])
    assert "AT&T" in got and "Marks & Spencer" in got, got


# ---- a place before a common noun, tagged an event by the model


def test_a_place_before_a_lower_case_noun_is_the_place() -> None:
    got = resolved("Critics of the Chile war gathered outside.", [("Chile war", "EVENT")])
    assert got.get("Chile", ("", ""))[1] == "PLACE", got
    assert "Chile war" not in got, got


def test_an_event_with_a_capitalised_name_stays_whole() -> None:
    got = resolved(
        "He fought in the Chile War of 1891. The Boston Marathon was run.",
        [("Chile War", "EVENT"), ("Boston Marathon", "EVENT")],
    )
    assert got.get("Chile War", ("", ""))[1] == "EVENT", got
    assert got.get("Boston Marathon", ("", ""))[1] == "EVENT", got


# ---- a fund named after a body the table knows


def test_a_fund_named_after_a_known_body_is_a_body_of_its_own() -> None:
    got = resolved(
        "Farmers hoped to get money from the European Union Crop Fund this year.", [("European Union Crop Fund", "ORG")]
    )
    assert "European Union Crop Fund" in got and "European Union" not in got, got


def test_the_known_body_alone_stays_itself() -> None:
    got = resolved("Farmers hoped to get money from the European Union this year.", [("European Union", "ORG")])
    assert got.get("European Union", ("", ""))[0] == "eu", got
