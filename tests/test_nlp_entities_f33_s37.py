"""Session 37 (round 2) entity-type rules on fresh33's misses: invented sentences and names; the
model's spans are given by hand.

- "The top five includes Copper Grobwell, Glass Harrow and Brass Lanterns": in an article about
  music, a list holding a band's name by its shape (two words or more, the first no first name,
  the last a common noun's plural) is a list of acts: that name and every other "person" of the
  list of that shape are bands, organisations. Not a one-word name nor a first name and a surname
  ("Joss Stone" beside them), not one with an honorific, not outside music, and not a list
  without such a band's name.
- "Velmira, Sandoval, Belo Grenvale, Ostra and Porto Belmar": a "person" listed among places,
  three of them or more and twice as many as the list's people, is a place; not a person with an
  honorific, not one written outside such a list as well, not in sport, not beside two places only.
- "Tarbury start-up Grobco", "Tarbury group The Pellows": a one-word "person" right before a
  firm's or a band's noun and its name is where it is from, a place; not a first name ("Tom
  firm"), not one with an honorific elsewhere.
- "the constituency now known as Tarbury", "a village called Tarbury": a place, whatever the
  model said; not "a company called Grobco".
- "According to Herve Tallon from telecoms firm Grobco": a first name the name list knows only
  with its accents ("Hervé") opens a person's name typed as a company, as a first name written
  with them does; not a plain spelling that is a word ("Africa", "Fortune"), nor an unknown word.
- "the Cardinal mentioned", "The Roman Catholic Archbishop of Tarbury, the Most Reverend Tom
  Pell, said": a faith's title after "the", with only its church's words before it, is no one's
  name (no entity; the speaker is the person named in apposition); not "Bishop" alone (a
  surname), not "Cardinal Tom Pell".
"""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from nlp_util import claims_of

MUSIC = "The band's new album and single are out, and the singer will tour in May.\n\n"
TRADE = "Grobco reported higher sales in the year, its chief executive said.\n\n"


def _label(got: dict[str, tuple[str, str]], text: str) -> str:
    return got.get(text, ("", ""))[1]


# ---- a list of acts holding a band's name by its shape


def test_names_listed_with_a_plural_named_band_are_bands() -> None:
    text = MUSIC + "The top five includes Copper Grobwell, Glass Harrow and Brass Lanterns."
    got = resolved(text, [("Copper Grobwell", "PERSON"), ("Glass Harrow", "PERSON"), ("Brass Lanterns", "PERSON")])
    for band in ("Copper Grobwell", "Glass Harrow", "Brass Lanterns"):
        assert _label(got, band) == "ORG", (band, got)


def test_a_band_already_an_organisation_makes_its_list_acts() -> None:
    text = MUSIC + "The nominees are Glass Harrow, Tarnish and Brass Lanterns."
    got = resolved(text, [("Glass Harrow", "PERSON"), ("Tarnish", "PERSON"), ("Brass Lanterns", "ORG")])
    assert _label(got, "Glass Harrow") == "ORG", got


def test_a_first_name_and_a_surname_in_a_list_of_acts_stays_a_person() -> None:
    text = MUSIC + "The nominees are Glass Harrow, Tom Pellow and Brass Lanterns."
    got = resolved(text, [("Glass Harrow", "PERSON"), ("Tom Pellow", "PERSON"), ("Brass Lanterns", "PERSON")])
    assert _label(got, "Glass Harrow") == "ORG", got
    assert _label(got, "Tom Pellow") == "PERSON", got


def test_no_plural_named_band_leaves_the_list_of_people() -> None:
    text = MUSIC + "The top five includes Copper Grobwell, Glass Harrow and Tom Pellow."
    got = resolved(text, [("Copper Grobwell", "PERSON"), ("Glass Harrow", "PERSON"), ("Tom Pellow", "PERSON")])
    assert _label(got, "Copper Grobwell") == "PERSON", got
    assert _label(got, "Glass Harrow") == "PERSON", got


def test_an_honorific_keeps_a_listed_person() -> None:
    text = MUSIC + "The top five includes Copper Grobwell, Glass Harrow and Brass Lanterns. Mr Harrow was pleased."
    got = resolved(
        text,
        [("Copper Grobwell", "PERSON"), ("Glass Harrow", "PERSON"), ("Brass Lanterns", "PERSON"), ("Harrow", "PERSON")],
    )
    assert _label(got, "Glass Harrow") == "PERSON", got
    assert _label(got, "Copper Grobwell") == "ORG", got


def test_a_list_of_acts_outside_music_is_left_alone() -> None:
    text = TRADE + "The top five includes Copper Grobwell, Glass Harrow and Brass Lanterns."
    got = resolved(text, [("Copper Grobwell", "PERSON"), ("Glass Harrow", "PERSON"), ("Brass Lanterns", "PERSON")])
    assert _label(got, "Copper Grobwell") == "PERSON", got


# ---- a "person" listed among places


def test_people_listed_among_places_are_places() -> None:
    text = TRADE + (
        "Jobless rates are measured in six cities (Velmira, Sandoval, Belo Grenvale, Ostra, Tarbury and Porto Belmar)."
    )
    spans = [
        ("Grobco", "ORG"),
        ("Velmira", "PLACE"),
        ("Sandoval", "PLACE"),
        ("Belo Grenvale", "PERSON"),
        ("Ostra", "PLACE"),
        ("Tarbury", "PLACE"),
        ("Porto Belmar", "PERSON"),
    ]
    got = resolved(text, spans)
    assert _label(got, "Belo Grenvale") == "PLACE", got
    assert _label(got, "Porto Belmar") == "PLACE", got


def test_a_person_beside_two_places_only_stays_a_person() -> None:
    text = TRADE + "The talks in Velmira, Sandoval and Belo Grenvale went on."
    got = resolved(text, [("Grobco", "ORG"), ("Velmira", "PLACE"), ("Sandoval", "PLACE"), ("Belo Grenvale", "PERSON")])
    assert _label(got, "Belo Grenvale") == "PERSON", got


def test_a_person_written_elsewhere_or_with_an_honorific_stays_a_person() -> None:
    text = TRADE + (
        "Sales rose in Velmira, Sandoval, Ostra and Belo Grenvale. Belo Grenvale, the firm's founder, was pleased. "
        "Offices opened in Velmira, Sandoval, Ostra and Mr Tarn Pellow."
    )
    spans = [
        ("Grobco", "ORG"),
        ("Velmira", "PLACE"),
        ("Sandoval", "PLACE"),
        ("Ostra", "PLACE"),
        ("Belo Grenvale", "PERSON"),
        ("Belo Grenvale", "PERSON"),
        ("Velmira", "PLACE"),
        ("Sandoval", "PLACE"),
        ("Ostra", "PLACE"),
        ("Tarn Pellow", "PERSON"),
    ]
    got = resolved(text, spans)
    assert _label(got, "Belo Grenvale") == "PERSON", got
    assert _label(got, "Tarn Pellow") == "PERSON", got


def test_a_player_listed_among_towns_in_sport_is_left_alone() -> None:
    text = (
        "The striker scored twice as the club won the league match 3-1, the coach said after the game, "
        "and the midfielder and the goalkeeper were praised by the fans.\n\n"
        "The squad has players from Velmira, Sandoval, Ostra and Belo Grenvale."
    )
    spans = [("Velmira", "PLACE"), ("Sandoval", "PLACE"), ("Ostra", "PLACE"), ("Belo Grenvale", "PERSON")]
    got = resolved(text, spans)
    assert _label(got, "Belo Grenvale") == "PERSON", got


# ---- a first name written without its accents


def test_a_first_name_without_its_accents_makes_a_person() -> None:
    text = TRADE + "According to Herve Tallon from telecoms firm Grobco, sales will rise."
    got = resolved(text, [("Grobco", "ORG"), ("Herve Tallon", "ORG"), ("Grobco", "ORG")])
    assert _label(got, "Herve Tallon") == "PERSON", got


def test_a_plain_spelling_that_is_a_word_or_no_name_makes_no_person() -> None:
    text = TRADE + "Shares in Fortune Tallon and Grobel Tallon rose, Grobco said."
    got = resolved(text, [("Grobco", "ORG"), ("Fortune Tallon", "ORG"), ("Grobel Tallon", "ORG"), ("Grobco", "ORG")])
    assert _label(got, "Fortune Tallon") == "ORG", got
    assert _label(got, "Grobel Tallon") == "ORG", got


# ---- a faith's title alone


def test_a_faiths_title_after_the_is_no_name() -> None:
    text = TRADE + (
        "It was one of many issues the Cardinal mentioned. "
        "The Roman Catholic Archbishop of Tarbury, the Most Reverend Tom Pell, said the church wanted a debate."
    )
    spans = [("Grobco", "ORG"), ("Cardinal", "ORG"), ("Roman Catholic Archbishop", "PERSON"), ("Tarbury", "PLACE")]
    got = resolved(text, spans + [("Tom Pell", "PERSON")])
    assert "Cardinal" not in got, got
    assert "Roman Catholic Archbishop" not in got, got
    assert _label(got, "Tom Pell") == "PERSON", got


def test_a_faiths_title_as_a_name_or_before_one_stays() -> None:
    text = TRADE + "Bishop scored twice. Cardinal Tom Pell said the church wanted a debate."
    got = resolved(text, [("Grobco", "ORG"), ("Bishop", "PERSON"), ("Cardinal Tom Pell", "PERSON")])
    assert _label(got, "Bishop") == "PERSON", got
    assert _label(got, "Cardinal Tom Pell") == "PERSON", got


def test_the_speaker_after_a_faiths_title_is_the_person_in_apposition() -> None:
    found = claims_of(
        TRADE + "The Roman Catholic Archbishop of Tarbury, the Most Reverend Tom Pell, said the church "
        "merely wanted people to reflect on the issues."
    )
    assert any(c.speaker_id == "tom-pell" and c.content.startswith("the church merely wanted") for c in found), [
        (c.speaker, c.speaker_id, c.content) for c in found
    ]


# ---- the home of a firm or a band named after it


def test_a_one_word_person_before_a_firms_noun_and_its_name_is_a_place() -> None:
    text = TRADE + "Another company aiming to cut costs is Tarbury start-up Grobwell. Its tool is cheap."
    got = resolved(text, [("Grobco", "ORG"), ("Tarbury", "PERSON"), ("Grobwell", "ORG")])
    assert _label(got, "Tarbury") == "PLACE", got


def test_a_first_name_or_an_honorific_before_a_firms_noun_stays_a_person() -> None:
    text = TRADE + "Analysts praised Grobwell firm Velt. Mr Grobwell said so. Later Jessica band Velt played."
    got = resolved(
        text,
        [("Grobco", "ORG"), ("Grobwell", "PERSON"), ("Velt", "ORG"), ("Grobwell", "PERSON"), ("Jessica", "PERSON")],
    )
    assert _label(got, "Grobwell") == "PERSON", got
    assert _label(got, "Jessica") == "PERSON", got


# ---- a seat or a settlement "known as" or "called" X


def test_a_seat_known_as_a_name_is_a_place() -> None:
    text = TRADE + (
        "He has represented the constituency now known as Tarbury since 1970. "
        "She grew up in a village called Velmoor Edge. Later she ran a company called Grobwell."
    )
    got = resolved(text, [("Grobco", "ORG"), ("Tarbury", "ORG"), ("Velmoor Edge", "PERSON"), ("Grobwell", "ORG")])
    assert _label(got, "Tarbury") == "PLACE", got
    assert _label(got, "Velmoor Edge") == "PLACE", got
    assert _label(got, "Grobwell") == "ORG", got
