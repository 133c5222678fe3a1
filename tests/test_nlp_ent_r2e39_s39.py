"""Session 39 round 2, r2e39: entity types and false positives found on fresh35, on invented
sentences.

- the table's telecoms companies, the Dutch bank ING, Ticketmaster and the UK's sports councils
  ("equipment from Siemens and Ericsson", "commissioned by UK Sport and Sport England"): bodies,
  never places; Sony Ericsson is its own company.
- units of a data rate ("Kbps", "Mbps") and common letters ("EV" of "EV-DO", "a PE teacher") are
  no names (`kinds.COMMON_ABBREVIATIONS`).
- a name ending "Square" or "Towers", or "Beach" after no first name ("Velton Pleasure Beach", not
  "Jim Beach"), is a place the model took for a person (`kinds.label_from_words`).
"""

from __future__ import annotations

from belreader.nlp import analyze

from nlp_util import make_article


def _mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.label, m.entity_id) for m in analyze(make_article(text)).mentions]


def _labels(text: str, word: str) -> list[str]:
    return [label for t, label, _ in _mentions(text) if t == word]


def test_mobile_operators_and_makers_are_companies() -> None:
    text = (
        "Velcom said it buys equipment from Siemens and Ericsson.\n\n"
        "Rivals Vodafone and O2, and Germany's T-Mobile, were also named. mmO2 declined to comment."
    )
    for word in ("Ericsson", "O2", "T-Mobile", "mmO2"):
        assert _labels(text, word) == ["ORG"], (word, _mentions(text))


def test_sony_ericsson_is_not_ericsson() -> None:
    found = _mentions("Sony Ericsson sold more phones, and Ericsson sold more masts, Ana Velt said.")
    ids = {t: entity_id for t, _, entity_id in found}
    assert ids["Sony Ericsson"] != ids["Ericsson"], found


def test_a_bank_in_capitals_and_a_ticket_seller_are_companies() -> None:
    text = "Tickets went on sale at Ticketmaster on Friday, said Ana Velt, an analyst at ING."
    assert _labels(text, "Ticketmaster") == ["ORG"] and _labels(text, "ING") == ["ORG"], _mentions(text)


def test_the_banks_investment_arm_keeps_its_whole_name() -> None:
    text = "Tom Pell, an analyst at ING Barings, said ING would gain."
    assert _labels(text, "ING Barings") == ["ORG"], _mentions(text)


def test_the_sports_councils_are_bodies() -> None:
    text = "The review of Tarnish athletics was commissioned by UK Sport and Sport England in May."
    assert _labels(text, "UK Sport") == ["ORG"] and _labels(text, "Sport England") == ["ORG"], _mentions(text)


def test_units_and_common_letters_are_no_names() -> None:
    text = (
        "Velcom said its new network offers speeds of 12Mbps, against 384 kilobits per second (Kbps) "
        "on older phones.\n\n"
        "Some operators are opting for a technology called Evolution, Data Optimised (EV-DO). "
        "A PE teacher said it was fast."
    )
    found = [t for t, _, _ in _mentions(text)]
    assert not {"Kbps", "Mbps", "EV", "PE"} & set(found), found


def test_squares_towers_and_beaches_are_places() -> None:
    text = (
        "Shoppers crowded Marston Square, where the Tarnby Gallery is located.\n\n"
        "Visitors also flocked to Tarnby Towers and Velton Pleasure Beach last year."
    )
    for name in ("Marston Square", "Tarnby Towers", "Velton Pleasure Beach"):
        assert _labels(text, name) == ["PLACE"], (name, _mentions(text))


def test_a_first_name_before_beach_is_a_person() -> None:
    text = "Jim Beach, the band's manager, said the tour would go ahead."
    assert _labels(text, "Jim Beach") == ["PERSON"], _mentions(text)


_CHARGED = (
    "The FA has charged Chelsea over crowd trouble at their Premiership match with West Ham.\n\n"
    "The striker scored twice in the league game. "
)


def test_the_second_side_of_a_tie_between_two_is_a_team() -> None:
    text = _CHARGED + "Police are also looking into trouble at the cup tie between Millwall and Liverpool."
    assert _labels(text, "Liverpool") == ["ORG"], _mentions(text)


def test_a_ferry_between_two_names_no_team() -> None:
    text = _CHARGED + "Velcom, the club's sponsor, runs the ferry between Velcom Quay and Liverpool."
    assert "ORG" not in _labels(text, "Liverpool"), _mentions(text)


def test_a_plural_noun_after_a_count_is_no_name() -> None:
    text = "Tom Pell said a fine was fair.\n\nThe Bill passes through the two Houses next month."
    assert not _labels(text, "Houses"), _mentions(text)


def test_a_countrys_plural_after_a_count_is_kept() -> None:
    text = "Talks between the two Koreas resumed on Monday, Tom Pell said."
    assert _labels(text, "Koreas") == ["PLACE"], _mentions(text)


def test_a_firm_that_bears_a_venues_name_is_an_organisation() -> None:
    text = (
        "Gaming group Wembley has put six dog tracks up for sale. Shares in Wembley rose 5p.\n\n"
        '"This is a positive step," said Wembley chairman Tom Pell.'
    )
    assert set(_labels(text, "Wembley")) == {"ORG"}, _mentions(text)


def test_a_venue_where_a_match_is_played_stays_a_place() -> None:
    text = (
        "England will play Germany at Wembley in June. Shares in Wembley rose 5p, and Wembley "
        "chairman Tom Pell said the pitch was ready."
    )
    assert set(_labels(text, "Wembley")) == {"PLACE"}, _mentions(text)


def test_a_rugby_ground_and_its_short_name_are_one_place() -> None:
    text = (
        "The flanker has battled injury for the last two of his seven years at Stradey, the club said.\n\n"
        '"He has been a fine servant at Stradey Park," said coach Tom Pell.'
    )
    found = [(label, entity_id) for t, label, entity_id in _mentions(text) if t.startswith("Stradey")]
    assert found == [("PLACE", "stradey-park")] * 2, found


def test_an_adverb_opening_a_quote_is_no_name() -> None:
    text = 'Tom Pell said fines were too low. "Symbolically, a stiffer fine might be fitting."'
    assert not _labels(text, "Symbolically"), _mentions(text)


def test_a_place_opening_a_quote_before_a_comma_is_kept() -> None:
    text = 'Tom Pell moved to Tarnby in 1990. "Italy, for me, is home," he said.'
    assert _labels(text, "Italy") == ["PLACE"], _mentions(text)


def test_a_capitalised_count_is_the_names_own_word() -> None:
    text = "The Tarnby film is a remake of Three Kings, Tom Pell said."
    assert any("Kings" in t for t, _, _ in _mentions(text)), _mentions(text)
