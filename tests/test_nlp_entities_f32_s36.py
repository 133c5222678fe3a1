"""Session 36 (round 2) entity-type rules on fresh32's misses: invented sentences and names; the
model's spans are given by hand.

- A team sheet that leaves out the comma after a bracket ("J Varn (Velmia) T Hale (Tarnia)") is
  still one sheet; a name the model cut short inside a sheet's bracket ("S Velmia", the model's
  "Velmia") is the bracket's whole name; a place in the bracket after an initial and a surname is
  the player's side, a team (not "Referee: Paul Dorr (Velmia)").
- "his British and Irish Grobs touring party": a people's word and "and" before a body's name that
  opens with another people's word are one name with it; the bare "Grobs" joins it.
- "the rail line from Tarbury through the Velmoor and on to Grendon": a one-word "organisation"
  at one end of a route whose other end is a place is a place (not without a route's word, nor
  "to Grobco's depot").
- "his exclusion from the Falcons" in sport: a plural common noun after "the" typed a place is a
  side's nickname (not "the Valleys", not "the Games").
- "for his club AS Velto", "since arriving at Tarbury from Velencia": a club's cues.
- "a small UK-based electronics firm, Grobco Tarn, to produce": a firm's noun in apposition names
  a firm (not "the head of the Velmian Grobco company, Velloni Tarb, said").
- "service providers, which include iTunes and Grobster": a firm's list.
- "demand for Grobverse sneakers": worn goods after a one-word "person" name their maker.
- "South Velmian president Thabo Velloni" typed a place: a post in lower case before the name
  makes a person (not "former Grobco International chief", "market leader Velt Dairy").
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

RUGBY = (
    "Tom Pell will coach the squad for the rugby union match at Tarbury. The fly-half, the scrum-half "
    "and the prop all scored tries, and a penalty decided it, the coach said.\n\n"
)


def _label(got: dict[str, tuple[str, str]], text: str) -> str:
    return got.get(text, ("", ""))[1]


# ---- a team sheet: a comma left out after a bracket, a side in the bracket


def test_a_sheet_without_a_comma_after_a_bracket_is_one_sheet_and_its_brackets_are_sides() -> None:
    text = RUGBY + (
        "J Varn (Velmia); K Dorr (Tarnia), B Fell (Velmia) T Hale (Tarnia), S Bodo (Velmia); "
        "A Merrin (Tarnia) G Grell (Velmia, capt)."
    )
    spans = [
        ("Tom Pell", "PERSON"),
        ("Tarbury", "PLACE"),
        ("Tom", "PERSON"),
        ("Velmia", "PLACE"),
        ("Tarnia", "PLACE"),
        ("Velmia", "PLACE"),
        ("T Hale", "ORG"),
        ("Tarnia", "PLACE"),
        ("Velmia", "PLACE"),
        ("Merrin", "PLACE"),
        ("Tarnia", "PLACE"),
        ("Velmia", "PLACE"),
    ]
    got = resolved(text, [s for s in spans if s != ("Tom", "PERSON")])
    for player in ("T Hale", "S Bodo", "A Merrin", "B Fell"):
        assert _label(got, player) == "PERSON", (player, got)
    assert "Merrin" not in got, got
    assert _label(got, "Velmia") == "ORG", got
    assert _label(got, "Tarnia") == "ORG", got


def test_a_name_cut_short_in_a_sheets_bracket_is_the_brackets_whole_name() -> None:
    text = RUGBY + "J Varn (Velmia), K Dorr (S Tarnia), B Fell (Velmia), T Hale (S Tarnia), S Bodo (Velmia)."
    spans = [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Tarnia", "PLACE"), ("Tarnia", "PLACE")]
    got = resolved(text, spans)
    assert _label(got, "S Tarnia") == "ORG", got
    assert "Tarnia" not in got, got


def test_a_referees_country_after_a_full_name_stays_a_place() -> None:
    text = RUGBY + "Referee: Paul Dorr (Velmia)."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Paul Dorr", "PERSON"), ("Velmia", "PLACE")])
    assert _label(got, "Velmia") == "PLACE", got


def test_a_referees_country_after_an_initial_alone_on_its_line_stays_a_place() -> None:
    text = RUGBY + "J Varn, K Dorr, B Fell, T Hale, S Bodo.\n\nP Orrin (Velmia)"
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Velmia", "PLACE")])
    assert _label(got, "Velmia") == "PLACE", got


# ---- two people's words joined before a body's name


def test_two_peoples_words_joined_before_a_bodys_name_are_one_name() -> None:
    text = (
        "British and Irish Grobs coach Tom Pell says the Grobs will tour. "
        "He will pick his British and Irish Grobs touring party in April."
    )
    spans = [("British", "NORP"), ("Irish Grobs", "ORG"), ("Tom Pell", "PERSON"), ("Grobs", "ORG")]
    spans += [("British", "NORP"), ("Irish Grobs", "ORG")]
    got = resolved(text, spans)
    assert _label(got, "British and Irish Grobs") == "ORG", got
    assert "Irish Grobs" not in got, got
    assert got["Grobs"][0] == got["British and Irish Grobs"][0], got


def test_a_name_before_and_is_not_joined_to_a_body() -> None:
    text = "Tom Pell and Irish Grobs signed the deal on Monday."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Irish Grobs", "ORG")])
    assert _label(got, "Irish Grobs") == "ORG", got
    assert _label(got, "Tom Pell") == "PERSON", got


# ---- the ends of a route


def test_organisations_at_the_ends_of_a_route_are_places() -> None:
    text = (
        "The rail line, which ran from Tarbury through the Velmoor and on to Grendon, closed in 1969. "
        "A half-hourly service from Pellbank to Tarbury could cover its costs."
    )
    spans = [("Tarbury", "PLACE"), ("Velmoor", "ORG"), ("Grendon", "ORG"), ("Pellbank", "ORG"), ("Tarbury", "PLACE")]
    got = resolved(text, spans)
    for name in ("Velmoor", "Grendon", "Pellbank"):
        assert _label(got, name) == "PLACE", (name, got)


def test_an_organisation_between_places_without_a_route_stays() -> None:
    text = "Tom Pell moved from Tarbury to Grobco last year and Grobco said it was pleased."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Grobco", "ORG"), ("Grobco", "ORG")])
    assert _label(got, "Grobco") == "ORG", got


def test_an_organisations_possession_at_a_routes_end_stays() -> None:
    text = "The rail line from Tarbury to Grobco's depot will reopen, the council said."
    got = resolved(text, [("Tarbury", "PLACE"), ("Grobco", "ORG")])
    assert _label(got, "Grobco") == "ORG", got


# ---- a side's nickname


def test_a_plural_noun_after_the_typed_a_place_in_sport_is_a_side() -> None:
    text = RUGBY + "He said he was sorry for the problems that led to his exclusion from the Falcons last year."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Falcons", "PLACE")])
    assert _label(got, "Falcons") == "ORG", got


def test_a_regions_or_a_sports_plural_stays_a_place() -> None:
    text = RUGBY + "Hot air drifted up from the Valleys. He missed the Games last year."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Valleys", "PLACE"), ("Games", "PLACE")])
    assert _label(got, "Valleys") == "PLACE", got
    assert _label(got, "Games") != "ORG", got


def test_a_plural_before_a_persons_noun_stays_a_place() -> None:
    text = RUGBY + "The 22-year-old, the Falcons star, will run against the Velt champion tomorrow."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Falcons", "PLACE"), ("Velt", "PERSON")])
    assert _label(got, "Falcons") == "PLACE", got


# ---- a club's cues


def test_a_clubs_letters_after_his_club_make_a_club() -> None:
    text = RUGBY + "But he then played in a friendly for his club AS Velto within 24 hours of the match."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("AS Velto", "PERSON")])
    assert _label(got, "AS Velto") == "ORG", got


def test_letters_before_a_surname_without_a_clubs_cue_stay_a_person() -> None:
    text = RUGBY + "AS Pellworth, the writer, watched the match from the stand."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("AS Pellworth", "PERSON")])
    assert _label(got, "AS Pellworth") == "PERSON", got


def test_the_club_a_player_arrived_from_is_a_club() -> None:
    text = RUGBY + "He hopes to win his first trophy since arriving at Grendon from Velencia in the summer."
    got = resolved(text, [("Tom Pell", "PERSON"), ("Tarbury", "PLACE"), ("Grendon", "ORG"), ("Velencia", "PERSON")])
    assert _label(got, "Velencia") == "ORG", got


# ---- a firm's noun in apposition, a firm's list, a maker's goods


def test_a_firms_noun_in_apposition_before_a_name_makes_a_firm() -> None:
    text = "Grobco said it would partner with a small UK-based electronics firm, Velt Tarn, to produce the devices."
    got = resolved(text, [("Grobco", "ORG"), ("UK", "PLACE"), ("Velt Tarn", "PERSON")])
    assert _label(got, "Velt Tarn") == "ORG", got


def test_a_person_apposed_to_a_firm_after_of_stays_a_person() -> None:
    text = "The head of the Velmian state-owned Grobco company, Velloni Tarb, said prices would rise."
    got = resolved(text, [("Velmian", "NORP"), ("Grobco", "ORG"), ("Velloni Tarb", "PERSON")])
    assert _label(got, "Velloni Tarb") == "PERSON", got


def test_a_first_name_apposed_to_a_firm_stays_a_person() -> None:
    text = "Grobco hired a small consultancy firm, Tom Pell, to advise it."
    got = resolved(text, [("Grobco", "ORG"), ("Tom Pell", "PERSON")])
    assert _label(got, "Tom Pell") == "PERSON", got


def test_names_listed_after_providers_which_include_are_firms() -> None:
    text = "He said his group was lobbying music service providers, which include iTunes and Grobster, to act."
    got = resolved(text, [("iTunes", "ORG"), ("Grobster", "PERSON")])
    assert _label(got, "Grobster") == "ORG", got


def test_a_name_listed_after_fans_which_include_stays_a_person() -> None:
    text = "Her fans, which include Velloni, cheered loudly."
    got = resolved(text, [("Velloni", "PERSON")])
    assert _label(got, "Velloni") == "PERSON", got


def test_worn_goods_after_a_one_word_person_name_the_maker() -> None:
    text = "Grobco has reported its best earnings, helped by strong demand for its shoes and Velverse sneakers."
    got = resolved(text, [("Grobco", "ORG"), ("Velverse", "PERSON")])
    assert _label(got, "Velverse") == "ORG", got


def test_a_first_name_before_goods_stays_a_person() -> None:
    text = "The shop sold shoes to Emily and Emily trainers were out of stock, Emily said."
    got = resolved(text, [("Emily", "PERSON"), ("Emily", "PERSON"), ("Emily", "PERSON")])
    assert _label(got, "Emily") == "PERSON", got


# ---- a post in lower case before a name typed a place


def test_a_post_before_a_name_typed_a_place_makes_a_person() -> None:
    text = "South Velmian president Thabo Velloni has attacked the plan, saying it was unfair."
    got = resolved(text, [("South Velmian", "NORP"), ("Thabo Velloni", "PLACE")])
    assert _label(got, "Thabo Velloni") == "PERSON", got


def test_a_body_after_former_or_a_leader_stays_a_body() -> None:
    text = (
        "The retrial of former Grobco International chief Tom Pell starts today. "
        "Its rivals are market leader Velt Dairy and second place Tarn Foods."
    )
    spans = [("Grobco International", "ORG"), ("Tom Pell", "PERSON"), ("Velt Dairy", "ORG"), ("Tarn Foods", "ORG")]
    got = resolved(text, spans)
    assert _label(got, "Grobco International") == "ORG", got
    assert _label(got, "Velt Dairy") == "ORG", got
