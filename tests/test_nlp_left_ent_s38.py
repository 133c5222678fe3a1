"""Session 38 entity rules left by session 37 (TASK_left38e); invented sentences and names. Each
positive test failed on 3dadcce.

- A dateline opening a first paragraph is read by the one pattern claims/spans.py reads
  (`claims.vocabulary.DATELINE`): its city and state are places with a date ("TARBURY, Dec 7
  (Reuters) -"), a state written with stops ("N.M."), any agency in brackets or a press release's
  wire; not an aside, a kicker, a sport's word or an acronym before a hyphen.
- A creed's word before a party's name the table knows makes another party ("the Liberal
  Democratic Party" is no US Democratic Party); "Liberal Democrats" stays the table's, "Texas
  Democrats" the party's branch.
- "Analyst Ana Velt of Tarnbridge Securities" the model made one organisation: a person of a firm;
  not "Bank of England", "Duchess of York" (a word of the lexicon before "of").
- A one-word name written first in a headline in capitals ("VELKENS TO BUY ...") is the company
  whose name it starts ("Velkens N.V."), as the story's "Velkens" is.
- A role word opening a sentence is no part of the organisation after it ("Organiser Grob Fiddler
  said"); inside a sentence, or before a body's word, it is the name's own.
- In an article about music, "Kings of Tarvon" the model cut into two people is one band (a
  plural of the lexicon capitalised inside a sentence, "of", a name); not at a sentence's start.
- "metal group X", "pressure group X", "rock band X": the untagged name after a group's or a
  band's noun is an organisation.
- "a port in Grobjian." is a place, though its name ends as a people's word does; not "written in
  Italian", nor a word the article writes before a noun ("the Grobjian army").
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved, resolved_mentions

_SAID = " Velmar said on Monday it had won the contract for the port."

# ---- 1. datelines from claims.vocabulary.DATELINE


@pytest.mark.parametrize(
    ("opening", "places"),
    [
        ("TARBURY, Dec 7 (Reuters) -", ["TARBURY"]),
        ("GROBSTADT, N.M. (AP) —", ["GROBSTADT", "N.M."]),
        ("VELMOUTH (CNN) —", ["VELMOUTH"]),
        ("TARBURY, Ohio, March 3, 2024 /PRNewswire/ --", ["TARBURY", "Ohio"]),
    ],
)
def test_a_datelines_city_and_state_are_places(opening: str, places: list[str]) -> None:
    city = opening.split(",")[0].split(" (")[0]
    got = resolved(opening + _SAID, [(city, "ORG"), ("Velmar", "ORG")])
    for place in places:
        assert got.get(place, ("", ""))[1] == "PLACE", got


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("OPEC - The cartel will meet on Monday, Tom Pell said.", "OPEC"),
        ("GROBFA — the governing body of the game — said on Monday that the final would move.", "GROBFA"),
        ("ANALYSIS — The minister Tom Pell said on Monday that the plan would fail.", "ANALYSIS"),
        ("SOCCER - VELMAR BEAT GROBTON, Dec 7 (Reuters) - Velmar beat Grobton 2-1.", "SOCCER"),
    ],
)
def test_an_opening_that_is_no_dateline_is_no_place(text: str, word: str) -> None:
    got = resolved(text, [(word, "ORG")])
    assert got.get(word, ("", ""))[1] != "PLACE", got


# ---- 2. a creed's word before a known party's name


@pytest.mark.parametrize(
    ("text", "span", "shown", "party"),
    [
        (
            "Tarvania's ruling Liberal Democratic Party will choose a leader.",
            "Liberal Democratic Party",
            "Liberal Democratic Party",
            "liberal-democratic-party",
        ),
        (
            "The Christian Democratic Party of Grobland lost seats.",
            "Christian Democratic Party",
            "Christian Democratic Party",
            "christian-democratic-party",
        ),
        (
            "The Liberal Democrats said the tax was unfair.",
            "Liberal Democrats",
            "Liberal Democrats",
            "liberal-democrats",
        ),
        ("Texas Democrats said the tax was unfair.", "Texas Democrats", "Democrats", "democratic-party"),
    ],
)
def test_a_creeds_word_before_a_known_party_makes_another_party(text: str, span: str, shown: str, party: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert got.get(shown, ("", ""))[0] == party, got


# ---- 3. a person of a firm the model made one organisation


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "Analyst Ana Velt of Tarnbridge Securities said Grobco's cost cutting was working.",
            "Velt of Tarnbridge Securities",
        ),
        (
            "The deal was backed by Ana Velt of Tarnbridge Securities, who said it was fair.",
            "Velt of Tarnbridge Securities",
        ),
        (
            "The deal was backed by Ana Velt of Tarnbridge Securities, who said it was fair.",
            "Ana Velt of Tarnbridge Securities",
        ),
    ],
)
def test_a_person_of_a_firm_is_a_person_and_the_firm(text: str, span: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert got.get("Ana Velt", ("", ""))[1] == "PERSON", got
    assert got.get("Tarnbridge Securities", ("", ""))[1] == "ORG", got


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Governor Tom Pell of the Bank of Tarvania said rates would rise.", "Bank of Tarvania"),
        ("The gala was opened by Sarah Duchess of Tarbury, who praised the staff.", "Duchess of Tarbury"),
        ("Critics at the House of Grobley said the play was long.", "House of Grobley"),
    ],
)
def test_a_name_with_of_in_it_stays_whole(text: str, span: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert span in got, got


# ---- 4. a headline's name in capitals is the company it starts


def test_a_headlines_name_in_capitals_is_the_company_it_starts() -> None:
    text = (
        "VELKENS TO BUY STAKE IN TARNOWAR .\n\nDutch brewer Velkens N.V. said on Friday it would buy a stake .\n\n"
        "Velkens chairman Piet Grobbe said the deal was good ."
    )
    got = resolved_mentions(
        text, [("VELKENS", "PLACE"), ("Velkens N.V.", "ORG"), ("Velkens", "PLACE"), ("Piet Grobbe", "PERSON")]
    )
    ids = {m.entity_id for m in got if m.text.lower().startswith("velkens")}
    assert len(ids) == 1, got


# ---- 5. a role word opening a sentence


@pytest.mark.parametrize(
    ("text", "span", "name", "label"),
    [
        ("Organiser Grob Fiddler said more acts would be named.", "Organiser Grob Fiddler", "Grob Fiddler", "ORG"),
        ("Promoter Tarnlive said the tour had sold out.", "Promoter Tarnlive", "Tarnlive", "ORG"),
        ("Organiser Ada Brent said more acts would be named.", "Organiser Ada Brent", "Ada Brent", "PERSON"),
    ],
)
def test_a_role_word_opening_a_sentence_is_no_part_of_the_name(text: str, span: str, name: str, label: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert got.get(name, ("", ""))[1] == label, got


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Airline Pilots Association said the strike would go ahead.", "Airline Pilots Association"),
        ("Staff at the Promoter Tarnlive office said no.", "Promoter Tarnlive"),
    ],
)
def test_a_role_word_that_is_the_names_own_stays(text: str, span: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert span in got, got


# ---- 6. a plural, "of" and a name in an article about music

_MUSIC = "The band's new single reached number one in the chart and the singer's album followed. "


def test_a_plural_of_a_name_is_one_band() -> None:
    got = resolved(
        _MUSIC + "Acts on the bill include Tom Pell and Kings of Tarvon.",
        [("Tom Pell", "PERSON"), ("Kings", "PERSON"), ("Tarvon", "PERSON")],
    )
    assert got.get("Kings of Tarvon", ("", ""))[1] == "ORG", got


def test_a_plural_opening_a_sentence_is_no_band() -> None:
    got = resolved(_MUSIC + "Ministers of Tarvania met the band.", [("Ministers", "ORG"), ("Tarvania", "PLACE")])
    assert "Ministers of Tarvania" not in got, got
    assert got.get("Tarvania", ("", ""))[1] == "PLACE", got


# ---- 7. a group's or a band's noun before an untagged name


@pytest.mark.parametrize(
    "text",
    [
        _MUSIC + "Singer Ann Pell and metal group Grobhead took home trophies.",
        "Pressure group Grobhead said the law was unfair.",
        _MUSIC + "The rock band Grobhead will headline.",
    ],
)
def test_an_untagged_name_after_a_groups_noun_is_an_organisation(text: str) -> None:
    spans = [("Ann Pell", "PERSON")] if "Ann Pell" in text else []
    got = resolved(text, spans)
    assert got.get("Grobhead", ("", ""))[1] == "ORG", got


# ---- 8. a province whose name ends as a people's word


def test_a_pools_letter_after_group_is_no_organisation() -> None:
    got = resolved(
        "Japan began with a 2-1 win over Syria in a group C match on Friday.", [("Japan", "PLACE"), ("Syria", "PLACE")]
    )
    assert "C" not in got, got


def test_a_place_after_in_ending_the_clause_is_a_place() -> None:
    got = resolved("Other projects included a chemicals plant and a port in Grobjian.", [("Grobjian", "PLACE")])
    assert got.get("Grobjian", ("", ""))[1] == "PLACE", got


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("The book was written in Italian.", [("Italian", "PLACE")]),
        ("He is from Grobjian, and the Grobjian army left.", [("Grobjian", "PLACE"), ("Grobjian", "PLACE")]),
    ],
)
def test_a_peoples_word_stays_no_place(text: str, spans: list[tuple[str, str]]) -> None:
    got = resolved(text, spans)
    assert all(label != "PLACE" for _, label in got.values()), got
