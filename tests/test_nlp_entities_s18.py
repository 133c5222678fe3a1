"""Session 18: entity types and spans from the words around an entity's mentions.

- Teams: a capitalised "Against X", "defeat to X", "club side X", "X's 18-17 defeat", "X could
  have beaten Y", "the X midfield" in a sport article; "beat X's Tom Y" names the player's
  country, not a team. A "person" named as a club ("X Madrid") with a team cue is the club,
  with its short name.
- Companies the model took for people: "Paris-based X", "X has said it", "X executives", "X - as
  a major broadcaster -", "X will now be merged with", and a list of organisations ending "and
  the Y Society".
- A broadcaster's channel ("Skyra One") is not its longer name.
- "NAME in PLACE" read by the model as one name is the name and the place.
- Names in an office's remit ("Minister for Children, Young People and Families") are left out.
- "East" or "West" alone, unknown to the table, is a bloc or a piece of a name: left out.
- Names listed as brands ("its brands include X, Y and Z") are products: left out.

Sentences written for the purpose; the model's spans are given, so the rules are tested alone."""

from __future__ import annotations

from test_nlp_entities_kinds import SPORT, resolved

from belreader.nlp.kinds import split_located


def test_a_capitalised_against_and_a_defeat_to_make_a_team() -> None:
    text = SPORT + "Against Veloria they played fantastically well in the first 15 minutes."
    assert resolved(text, [("Veloria", "PLACE")])["Veloria"] == ("veloria-team", "ORG")
    text = SPORT + "The fly-half's kicking played a part in the 18-17 defeat to Marnia."
    assert resolved(text, [("Marnia", "PLACE")])["Marnia"][1] == "ORG"
    # outside sport a place stays a place
    text = "Against Veloria's wishes, the trade deal was signed."
    assert resolved(text, [("Veloria", "PLACE")])["Veloria"][1] == "PLACE"


def test_a_club_side_a_score_and_a_could_have_beaten_make_a_team() -> None:
    text = SPORT + "Ron Hale, coach of his club side Brackwater, said the game was lost."
    assert resolved(text, [("Ron Hale", "PERSON"), ("Brackwater", "PLACE")])["Brackwater"][1] == "ORG"
    text = SPORT + "Tarsk's 18-17 win was deserved."
    assert resolved(text, [("Tarsk", "PLACE")])["Tarsk"][1] == "ORG"
    text = SPORT + '"Corland could have beaten them the same way," he said.'
    assert resolved(text, [("Corland", "PLACE")])["Corland"][1] == "ORG"
    text = SPORT + "He asked for an option on the Corland midfield man."
    assert resolved(text, [("Corland", "PLACE")])["Corland"][1] == "ORG"


def test_beating_a_countrys_player_does_not_make_the_country_a_team() -> None:
    text = SPORT + "In the sprint Marc Olier beat Norway's Tomas Brenn 6-4 6-2 in the second round."
    ids = resolved(text, [("Marc Olier", "PERSON"), ("Norway", "PLACE"), ("Tomas Brenn", "PERSON")])
    assert ids["Norway"][1] == "PLACE", ids
    # beating the country itself still makes a team
    text = SPORT + "They beat Veloria in the final."
    assert resolved(text, [("Veloria", "PLACE")])["Veloria"][1] == "ORG"


def test_a_place_based_name_and_a_name_that_said_it_are_companies() -> None:
    text = "Speculation suggests that Paris-based Quenext has the money in place."
    assert resolved(text, [("Quenext", "PERSON")])["Quenext"][1] == "ORG"
    text = "The offer was rejected, while Quenext has said it will make an all-cash bid."
    assert resolved(text, [("Quenext", "PERSON")])["Quenext"][1] == "ORG"
    # a person said so too, but not "it"
    text = "The offer was rejected, while Quenby has said he will make a bid."
    assert resolved(text, [("Quenby", "PERSON")])["Quenby"][1] == "PERSON"


def test_executives_and_a_broadcaster_apposition_make_a_company() -> None:
    text = "The council's members met Skyra executives on Tuesday."
    assert resolved(text, [("Skyra", "PERSON")])["Skyra"][1] == "ORG"
    text = "We feel that Skyra - as a major UK broadcaster - has a duty to viewers."
    assert resolved(text, [("Skyra", "PERSON")])["Skyra"][1] == "ORG"


def test_a_name_to_be_merged_is_a_company() -> None:
    text = "Both held a 40% stake in the venture. Varnex Alcobev will now be merged with the brewer."
    assert resolved(text, [("Varnex Alcobev", "PERSON")])["Varnex Alcobev"][1] == "ORG"


def test_a_list_of_organisations_ending_with_the_makes_its_names_organisations() -> None:
    text = "The alliance includes the Ashby Society, Old Concern, Brightcap and the National Trust of Tarn."
    ids = resolved(
        text,
        [
            ("Ashby Society", "ORG"),
            ("Old Concern", "PERSON"),
            ("Brightcap", "PERSON"),
            ("National Trust of Tarn", "ORG"),
        ],
    )
    assert ids["Old Concern"][1] == "ORG", ids
    assert ids["Brightcap"][1] == "ORG", ids


def test_a_channel_is_not_the_broadcasters_longer_name() -> None:
    text = "The drama airs on Skyra One next month. Skyra executives met the council."
    ids = resolved(text, [("Skyra One", "ORG"), ("Skyra", "PERSON")])
    assert ids["Skyra"][1] == "ORG", ids
    assert ids["Skyra"][0] != ids["Skyra One"][0], ids


def test_a_name_in_a_place_is_the_name_and_the_place() -> None:
    text = "The minister's comments came at Glenmoor High School in Dunvale, attended by pupils."
    ids = resolved(text, [("Glenmoor High School in Dunvale", "ORG")])
    assert ids.get("Glenmoor High School", ("", ""))[1] == "ORG", ids
    assert ids.get("Dunvale", ("", ""))[1] == "PLACE", ids
    # a title is not a name and its place
    assert split_located("Lost in Translation", 0, 19) is None
    assert split_located("Modern Sounds in Country", 0, 24) is None
    text = "Royal College of Music in Dunvale"
    assert split_located(text, 0, len(text)) == (text.index(" in"), text.index("Dunvale"), len(text))


def test_names_in_an_offices_remit_are_a_titles_words() -> None:
    text = "Minister for Children, Young People and Families Margot Hale said the plans would help."
    ids = resolved(text, [("Young People", "PERSON"), ("Margot Hale", "PERSON")])
    assert "Young People" not in ids, ids
    assert ids["Margot Hale"][1] == "PERSON", ids
    text = "The post was called Secretary of State for Rural Affairs until May."
    assert "State for Rural Affairs" not in resolved(text, [("State for Rural Affairs", "ORG")])
    # the minister named after the remit is kept
    text = "The Secretary of State for Farming, Margot Hale, said the plans would help."
    assert resolved(text, [("Margot Hale", "PERSON")])["Margot Hale"][1] == "PERSON"


def test_east_alone_is_a_bloc_or_a_piece_of_a_name_not_a_place() -> None:
    text = "Ties with the East have cooled, and the East's envoys left Tarnburg."
    ids = resolved(text, [("East", "PLACE"), ("East", "PLACE"), ("Tarnburg", "PLACE")])
    assert "East" not in ids, ids
    assert ids["Tarnburg"][1] == "PLACE", ids
    text = "He is an MEP for the East Tarnmoor region."
    assert "East" not in resolved(text, [("East", "PLACE")])
    # a place whose name holds the word is kept, and so is the table's "the West"
    text = "He grew up in East Tarnburg, far from the West."
    ids = resolved(text, [("East Tarnburg", "PLACE"), ("the West", "PLACE")])
    assert ids["East Tarnburg"][1] == "PLACE", ids
    assert ids["the West"] == ("west", "PLACE"), ids


def test_a_person_named_as_a_club_is_a_team_with_its_short_name() -> None:
    text = (
        SPORT + "Jens Holm has agreed a move to Velotto Madrid from Brackwater City. "
        '"He will sign soon," said Velotto sporting director Tom Rudd.'
    )
    ids = resolved(
        text,
        [
            ("Jens Holm", "PERSON"),
            ("Velotto Madrid", "PERSON"),
            ("Brackwater City", "ORG"),
            ("Velotto", "PERSON"),
            ("Tom Rudd", "PERSON"),
        ],
    )
    assert ids["Velotto Madrid"][1] == "ORG", ids
    assert ids["Velotto"] == ids["Velotto Madrid"], ids
    # a first name and a surname stay a person's ("a move to Ross County" is not a "Ross" person)
    text = SPORT + "The striker agreed a move to Peter Madrid, his agent said."
    assert resolved(text, [("Peter Madrid", "PERSON")])["Peter Madrid"][1] == "PERSON"
    # a country of two words that plays is still a team
    text = SPORT + "New Zealand coach Graham Henry said it was a quality performance."
    assert resolved(text, [("New Zealand", "PLACE"), ("Graham Henry", "PERSON")])["New Zealand"][1] == "ORG"


def test_names_listed_as_brands_are_products_left_out() -> None:
    text = "Its top brands include Tarnish Gold Ale, Brevo and Kelmer. Brevo sales rose, said Pellam Breweries."
    ids = resolved(
        text,
        [
            ("Tarnish Gold Ale", "ORG"),
            ("Brevo", "PERSON"),
            ("Kelmer", "PLACE"),
            ("Brevo", "PERSON"),
            ("Pellam Breweries", "ORG"),
        ],
    )
    assert "Tarnish Gold Ale" not in ids and "Kelmer" not in ids, ids
    assert ids["Pellam Breweries"][1] == "ORG", ids
    # named again outside the list, a brand may be the company's own name: kept
    assert "Brevo" in ids, ids
    # a brand that speaks is a company
    text = "The group's brands include Kelmer. Kelmer said sales rose."
    assert "Kelmer" in resolved(text, [("Kelmer", "ORG"), ("Kelmer", "ORG")])
