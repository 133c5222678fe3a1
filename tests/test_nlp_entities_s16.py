"""Session 16 (issue 11, pattern 4): what is written around a name says what it is.

- Grounds, halls and theatres are places: the table's venues ("at Murrayfield"), even where the
  sport rules took one for a team, and names the article holds an event at ("the match at X") or
  writes "at X Arena".
- Research firms are organisations: "analysts at X", "X figures show", "X analyst Jo Bloggs".
- Bands: "the band X", "X frontman Y" make a band, kept where the single-name rule would drop a
  common word ("the band Muse"); a sport's name ("Rugby") is no person, and "Glasgow Rugby" is a
  club.
- A festival ("Tarnburg Film Festival") is an organisation (as the development set annotates
  one), not the place the model called it.
- A sea or an island named after a place ("the Gulf of Mexico") is a place of its own.
- A constituency ("the MP for X and North Y") is one place, whatever the model made of its parts.
- A company's division or venture ("Sony Ferrowick", "BBC Broadcast", "Nintendo Europe") is its
  own entity, also where the model split a later writing of it.

Sentences written for the purpose; the model's spans are given, so the rules are tested alone."""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, resolved

from belreader.nlp.aliases import load_table


def test_the_tables_venues_are_places_even_where_a_team_was_taken() -> None:
    text = "Freedonia face Sylvania at Murrayfield on Saturday, when the stadium will be full."
    ids = resolved(text, [("Freedonia", "PLACE"), ("Sylvania", "PLACE"), ("Murrayfield", "ORG")])
    assert ids["Murrayfield"] == ("murrayfield", "PLACE"), ids
    text = SPORT + "The fans at Anfield were loud. Anfield have seen nothing like it."
    ids = resolved(text, [("Anfield", "ORG"), ("Anfield", "ORG")])
    assert ids["Anfield"] == ("anfield", "PLACE"), ids
    table = load_table()
    venue = table.entry("royal-albert-hall")
    assert venue is not None and venue.label == "PLACE" and venue.role == "venue"


def test_a_venue_is_a_place_where_an_event_is_held_at_it() -> None:
    text = (
        "The concert at the Brackwell Arena sold out in an hour. Fans queued at Dunmore Park before "
        "kick-off. The match at Glenvarrow drew a big crowd."
    )
    ids = resolved(text, [("Brackwell Arena", "ORG"), ("Dunmore Park", "PERSON"), ("Glenvarrow", "ORG")])
    assert ids["Brackwell Arena"][1] == "PLACE", ids
    assert ids["Dunmore Park"][1] == "PLACE", ids
    assert ids["Glenvarrow"][1] == "PLACE", ids
    # a company one works at, and analysts at a firm whose name ends like a venue's, stay companies
    text = "She spent ten years at Grobco. Analysts at Tarnwick Hall said the shares were cheap."
    ids = resolved(text, [("Grobco", "ORG"), ("Tarnwick Hall", "ORG")])
    assert ids["Grobco"][1] == "ORG", ids
    assert ids["Tarnwick Hall"][1] == "ORG", ids


def test_a_research_firm_is_an_organisation() -> None:
    text = "Analysts at Quarnet said demand for handsets was weak in the spring."
    assert resolved(text, [("Quarnet", "PERSON")])["Quarnet"][1] == "ORG"
    text = "Velmark figures show that sales of music players doubled."
    assert resolved(text, [("Velmark", "PERSON")])["Velmark"][1] == "ORG"
    text = "Sales will grow, said Jo Bell, an analyst with Brindle, on Monday."
    ids = resolved(text, [("Jo Bell", "PERSON"), ("Brindle", "PLACE")])
    assert ids["Brindle"][1] == "ORG", ids
    # where a person comes from, a nationality, a person's report: no firm
    text = "Ann Ross, a health consultant from Tarnbury, spoke. The Freedonian analysts agreed."
    ids = resolved(text, [("Ann Ross", "PERSON"), ("Tarnbury", "PLACE"), ("Freedonian", "NORP")])
    assert ids["Tarnbury"][1] == "PLACE", ids
    assert ids.get("Freedonian", ("", "NORP"))[1] != "ORG", ids  # a group, or no entity at all
    text = "According to the Plonkwell report, sales rose. Mr Plonkwell said so."
    assert resolved(text, [("Plonkwell", "PERSON"), ("Plonkwell", "PERSON")])["Plonkwell"][1] == "PERSON"


MUSIC = "The album sold well and the tour starts next month, with songs from the new single. "


def test_a_band_is_an_organisation() -> None:
    text = MUSIC + "The band Glimmerjack played the festival. Glimmerjack will tour in May."
    ids = resolved(text, [("Glimmerjack", "PERSON"), ("Glimmerjack", "PERSON")])
    assert ids["Glimmerjack"][1] == "ORG", ids
    text = MUSIC + "Former Tarnfold frontman Joe Blake sang two songs."
    ids = resolved(text, [("Tarnfold", "PLACE"), ("Joe Blake", "PERSON")])
    assert ids["Tarnfold"][1] == "ORG", ids
    assert ids["Joe Blake"][1] == "PERSON", ids
    text = MUSIC + "She has two children with Freedonian singer Ann Hale."
    ids = resolved(text, [("Freedonian", "NORP"), ("Ann Hale", "PERSON")])
    assert ids.get("Freedonian", ("", "NORP"))[1] != "ORG", ids  # a nationality, not a band
    # a band named by a common word is kept, not taken for a capitalised word
    text = MUSIC + "The band Muse played their hits. Muse will tour in May."
    ids = resolved(text, [("Muse", "PERSON"), ("Muse", "PERSON")])
    assert ids.get("Muse", ("", ""))[1] == "ORG", ids


def test_a_sport_is_no_person_and_a_town_with_its_sport_is_a_club() -> None:
    text = "Fans said Rugby was their whole life in the valleys."
    assert "Rugby" not in resolved(text, [("Rugby", "PERSON")])
    text = "Jo Ross (Brackwell Rugby) and Tom Hale (Dunmore Rugby) start. Alyn Hockey said so."
    ids = resolved(
        text,
        [
            ("Jo Ross", "PERSON"),
            ("Brackwell Rugby", "PERSON"),
            ("Tom Hale", "PERSON"),
            ("Dunmore Rugby", "PERSON"),
            ("Alyn Hockey", "PERSON"),
        ],
    )
    assert ids["Brackwell Rugby"][1] == "ORG", ids
    assert ids["Dunmore Rugby"][1] == "ORG", ids
    assert "Rugby" not in ids, ids
    assert ids["Alyn Hockey"][1] == "PERSON", ids  # a first name: a person called Hockey


def test_a_companys_division_or_venture_is_its_own_entity() -> None:
    text = "Sony Ferrowick said its profits rose. BBC Broadcast is to be sold. Nintendo Europe said so."
    ids = resolved(text, [("Sony Ferrowick", "ORG"), ("BBC Broadcast", "ORG"), ("Nintendo Europe", "PERSON")])
    assert ids["Sony Ferrowick"] == ("sony-ferrowick", "ORG"), ids
    assert ids["BBC Broadcast"] == ("bbc-broadcast", "ORG"), ids
    assert ids["Nintendo Europe"] == ("nintendo-europe", "ORG"), ids
    # a product after the company's name, and peers of the House, are not divisions
    text = "Microsoft Windows crashed again. Lords Bingham and Hale agreed. The Google Quillet program pays."
    ids = resolved(text, [("Microsoft Windows", "ORG"), ("Lords Bingham", "ORG"), ("Google Quillet", "ORG")])
    assert ids["Microsoft"] == ("microsoft", "ORG"), ids
    assert "Lords Bingham" not in ids, ids
    assert "Google Quillet" not in ids, ids
    # a broadcaster's regional channel is the broadcaster (an outlet), not a company of its own
    text = "He told BBC Scotland that the plan would fail."
    ids = resolved(text, [("BBC Scotland", "ORG")])
    assert ids["BBC"] == ("bbc", "ORG"), ids


def test_a_split_repeat_of_a_venture_is_that_venture() -> None:
    text = "Sony Ferrowick said its profits rose. Sony Ferrowick sold 12 million handsets, while Sony lost money."
    ids = resolved(text, [("Sony Ferrowick", "ORG"), ("Sony", "ORG"), ("Ferrowick", "PERSON"), ("Sony", "ORG")])
    assert ids["Sony Ferrowick"] == ("sony-ferrowick", "ORG"), ids
    assert "Ferrowick" not in ids, ids
    assert ids["Sony"] == ("sony", "ORG"), ids


def test_a_festival_is_an_organisation_not_a_place() -> None:
    text = "The film won the top prize at the Tarnburg Film Festival, held in Tarnburg every spring."
    ids = resolved(text, [("Tarnburg Film Festival", "PLACE"), ("Tarnburg", "PLACE")])
    assert ids["Tarnburg Film Festival"][1] == "ORG", ids
    assert ids["Tarnburg"][1] == "PLACE", ids


def test_a_constituency_is_one_place() -> None:
    text = "Jo Hale, the MP for Brackwell and North Dunmore, spoke. Tom Ross, MP for West Ham, agreed."
    ids = resolved(
        text,
        [
            ("Jo Hale", "PERSON"),
            ("Brackwell", "PLACE"),
            ("North Dunmore", "PERSON"),
            ("Tom Ross", "PERSON"),
            ("West Ham", "ORG"),
        ],
    )
    assert ids["Brackwell and North Dunmore"] == ("brackwell-and-north-dunmore", "PLACE"), ids
    assert "North Dunmore" not in ids, ids
    assert ids["West Ham"] == ("west-ham", "PLACE"), ids  # the seat, not the club the table knows
    # a person named after the seat is no part of it
    text = "The MEP for Tarnbury Jane Hale also spoke."
    ids = resolved(text, [("Tarnbury Jane Hale", "ORG")])
    assert ids["Tarnbury Jane Hale"][1] == "ORG", ids


def test_the_ocean_is_not_the_magazine() -> None:
    # the magazine's name was "The Atlantic", whose key ("atlantic") took every "the Atlantic"
    text = "The album sold well on both sides of the Atlantic. The Atlantic Monthly praised it."
    ids = resolved(text, [("Atlantic", "PLACE"), ("Atlantic Monthly", "ORG")])
    assert ids["Atlantic"] == ("atlantic", "PLACE"), ids
    assert ("atlantic-monthly", "ORG") in ids.values(), ids


def test_a_sea_named_after_a_place_is_a_place_of_its_own() -> None:
    text = "The tanker sank in the Gulf of Mexico, far from Tarnburg, and oil rose."
    ids = resolved(text, [("Gulf of Mexico", "PLACE"), ("Tarnburg", "PLACE")])
    assert ids["Gulf of Mexico"] == ("gulf-of-mexico", "PLACE"), ids
    assert "Gulf" not in ids and "Mexico" not in ids, ids
