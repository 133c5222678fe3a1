"""Session 39 entity rules left by session 38 (TASK_left39e); invented sentences and names. Each
positive test failed on 0d6ed500.

- "Marten Records signed the band": the model's "Marten" and the company's word after it it left out
  are one company, never the surname of a "Tom Marten" the article names; not where the name goes
  on ("Velt Media Labs Europe", "Velt Research and Development").
- "Freddie Grobberg" the model typed an organisation is a person: a first name the list takes
  mostly for one sex ("Freddie") counts as a first name; not where a company's cue is around it
  (", the country's other largest mortgage firm,": an apposition with a possessive after "the"),
  nor another tongue's article ("Les Grobs", a side's nickname).
- An agency's noun in lower case after its name is no part of it ("told PAP news agency", "the Grobnik
  agency": GUIDE's "the Reuters agency" -> Reuters), whether the table knows the outlet or not; an
  untagged name after "agency" is the agency ("the state news agency GRNA said"), not a first name
  and a surname ("the literary agency Curtis Pell" is left to the person's rules).
- A headline in capitals ("ARVANIA JAILS WRITER WANG") names the person the story names with the
  family name first ("Wang Dalin"): a word the name list gives neither sex and no dictionary's; not a
  given name ("TOM") nor a word ("WILL").
- An ordinal in figures right before a body of a numbered series is the body's ("the 4th U.S.
  Circuit Court of Appeals", "the 3rd Battalion"); not across a comma or a stop, nor before another
  body ("the 5th Velmar Trust").
- A town of two words the model tagged as two places one space apart ("in Tarna Podvelska") is one
  place; not where either word is written alone elsewhere ("flights from London Frankfurt", "London"
  named again), nor without a place's preposition before, nor across a comma.
- A channel that is its broadcaster as a claim's medium ("told BBC Radio 4's Velmar Hour") is written
  as the broadcaster's name there ("BBC": GUIDE's "BBC" for "BBC Radio 4"); a channel written about
  otherwise ("BBC Three's new comedy") stays itself.
- A one-word name the model typed a person or a body after a distance and a compass point ("250 km
  north of Tarvo") or last of two names before a plural of a settlement's kind ("the Velsk and Tarvo
  regions") is a place; not "the Velsk and Tarvo families", nor a distance without "of".
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

from belreader.nlp import analyze

from nlp_util import make_article


def found(text: str) -> list[tuple[str, str]]:
    """The names the whole analysis finds in `text` (the model's spans and the rules)."""
    return [(m.text, m.label) for m in analyze(make_article(text)).mentions if m.label in ("PERSON", "ORG", "PLACE")]


# ---- 1. a company's word the model left after a name


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_a_name_and_the_company_word_after_it_are_one_company(label: str) -> None:
    got = resolved(
        "The song is by Tom Marten. Marten Records signed the band.", [("Tom Marten", "PERSON"), ("Marten", label)]
    )
    assert got.get("Marten Records") == ("marten-records", "ORG"), got
    assert got["Tom Marten"] == ("tom-marten", "PERSON"), got


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A team at the Velt Media Labs Europe built it.", "Velt"),
        ("It was made by Velt Research and Development for the firm.", "Velt"),
    ],
)
def test_a_name_going_on_after_the_company_word_is_left_alone(text: str, span: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert span in got, got
    assert not any(key.startswith(span + " ") for key in got), got


# ---- 2. a first name the list takes mostly for one sex


def test_a_mostly_mens_first_name_and_a_surname_is_a_person() -> None:
    got = resolved(
        "The red card came after a foul on Freddie Grobberg in the first half, the referee said.",
        [("Freddie Grobberg", "ORG")],
    )
    assert got.get("Freddie Grobberg", ("", ""))[1] == "PERSON", got


def test_a_firm_named_so_stays_a_firm() -> None:
    got = resolved(
        "Mortgage firm Freddie Grob said its profits rose. Shares in Freddie Grob fell.",
        [("Freddie Grob", "ORG"), ("Freddie Grob", "ORG")],
    )
    assert got.get("Freddie Grob", ("", ""))[1] == "ORG", got


@pytest.mark.parametrize(
    ("text", "span", "label"),
    [
        (
            "Grobbie Mae has problems. Freddie Grob, the country's other largest mortgage firm, was fined.",
            "Freddie Grob",
            "ORG",
        ),
        ("France lost to Les Grobs in Paris.", "Les Grobs", "PLACE"),
    ],
)
def test_a_mostly_mens_first_name_leaves_other_names_alone(text: str, span: str, label: str) -> None:
    got = resolved(text, [(span, label)])
    assert got.get(span, ("", ""))[1] == label, got


def test_a_mostly_mens_first_name_keeps_a_surname_before_a_company_word_apart() -> None:
    got = resolved(
        "The song is by Freddie Marten. Marten Records signed the band.",
        [("Freddie Marten", "ORG"), ("Marten", "ORG")],
    )
    assert got["Freddie Marten"][1] == "PERSON", got
    assert got.get("Marten Records", ("", ""))[1] == "ORG", got


# ---- 3. an agency's noun after its name, a name after an agency's noun


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Tom Velski told PAP news agency the issue would be priced at 45 zlotys.", "PAP news agency", "PAP"),
        ("Tom Velski told the Grobnik news agency that troops had left.", "Grobnik news agency", "Grobnik"),
        ("The Velbatt agency said on Monday that troops had left.", "Velbatt agency", "Velbatt"),
    ],
)
def test_an_agencys_noun_after_its_name_is_no_part_of_it(text: str, span: str, name: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert got.get(name, ("", ""))[1] == "ORG", got
    assert span not in got, got


def test_a_name_after_an_agencys_noun_is_the_agency() -> None:
    got = found("Tom Velski told the state news agency GRNA that he would stay in Tarbury.")
    assert ("GRNA", "ORG") in got, got


def test_a_person_after_an_agencys_noun_is_left_to_the_persons_rules() -> None:
    got = found("She joined the literary agency Curtis Pell in May.")
    assert ("Curtis Pell", "ORG") not in got, got


def test_an_agency_named_by_its_country_and_its_trade_keeps_its_noun() -> None:
    got = resolved("The US space agency said the launch was off.", [("US space agency", "ORG")])
    assert "US space" not in got, got


# ---- 4. a family name written first, in a headline in capitals


def _jailed(word: str) -> str:
    return (
        f"ARVANIA JAILS WRITER {word} FOR TEN YEARS .\n\nTARBURY 1996-12-12\n\n"
        f"A court in Arvania jailed the writer {word.title()} Dalin for ten years on Thursday , the paper said ."
    )


def test_a_headlines_family_name_is_the_person_named_with_it_first() -> None:
    got = found(_jailed("WANG"))
    assert ("WANG", "PERSON") in got, got


@pytest.mark.parametrize("word", ["TOM", "WILL"])
def test_a_headlines_given_name_or_word_is_left_alone(word: str) -> None:
    got = found(_jailed(word))
    assert (word, "PERSON") not in got, got


# ---- 5. the ordinal of a numbered body


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The 4th U.S. Circuit Court of Appeals said the ban was lawful.", "U.S. Circuit Court of Appeals"),
        ("Soldiers of the 3rd Battalion Velmar Guards said the road was closed.", "Battalion Velmar Guards"),
    ],
)
def test_an_ordinal_before_a_numbered_body_is_its_own(text: str, span: str) -> None:
    got = resolved(text, [(span, "ORG")])
    ordinal = next(w for w in text.split() if w[:1].isdigit())
    assert got.get(f"{ordinal} {span}", ("", ""))[1] == "ORG", got


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The side finished 9th, Tarbury District Council said.", "Tarbury District Council"),
        ("It came 9th. Tarbury District Council said so.", "Tarbury District Council"),
        ("The 5th Velmar Trust said the ban was lawful.", "Velmar Trust"),
    ],
)
def test_an_ordinal_elsewhere_stays_out(text: str, span: str) -> None:
    got = resolved(text, [(span, "ORG")])
    assert span in got, got


# ---- 6. a town of two words the model split


def test_a_town_of_two_words_split_in_two_places_is_one() -> None:
    got = resolved(
        "Police made the arrests in Tarna Podvelska on Monday.", [("Tarna", "PLACE"), ("Podvelska", "PLACE")]
    )
    assert got.get("Tarna Podvelska", ("", ""))[1] == "PLACE", got


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Fares rose on flights from London Frankfurt. London was busy.",
            [("London", "PLACE"), ("Frankfurt", "PLACE"), ("London", "PLACE")],
        ),
        ("Fares for Tarna Podvelska flights rose.", [("Tarna", "PLACE"), ("Podvelska", "PLACE")]),
        ("Police made arrests in Tarna, Podvelska and Velm.", [("Tarna", "PLACE"), ("Podvelska", "PLACE")]),
    ],
)
def test_two_places_stay_two(text: str, spans: list[tuple[str, str]]) -> None:
    got = resolved(text, spans)
    assert all(words in got for words, _ in spans), got


# ---- 7. a channel that is its broadcaster as a claim's medium


def test_a_channel_that_is_a_claims_medium_is_written_as_its_broadcaster() -> None:
    got = found("Tom Pell told BBC Radio 4's Velmar Hour that the plan would fail.")
    assert ("BBC", "ORG") in got, got
    assert ("BBC Radio 4", "ORG") not in got, got


def test_a_channel_written_about_stays_itself() -> None:
    got = found("BBC Three's new comedy about a Velmar chef starts in May, the channel said.")
    assert ("BBC", "ORG") not in got, got


# ---- 8. a place by a distance and a compass point, or before "regions"


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        ("Rebels took the town, 250 km north of Tarvo , on Monday.", [("Tarvo", "PERSON")], "Tarvo"),
        ("The rebels are 40 miles (64 km) south-west of Tarvo now.", [("Tarvo", "ORG")], "Tarvo"),
        ("Drones hit the Velsk and Tarvo regions overnight.", [("Velsk", "PLACE"), ("Tarvo", "PERSON")], "Tarvo"),
    ],
)
def test_a_name_placed_by_distance_or_as_a_region_is_a_place(
    text: str, spans: list[tuple[str, str]], name: str
) -> None:
    got = resolved(text, spans)
    assert got.get(name, ("", ""))[1] == "PLACE", got


@pytest.mark.parametrize(
    ("text", "spans", "name"),
    [
        ("The Velsk and Tarvo families met on Monday.", [("Velsk", "PERSON"), ("Tarvo", "PERSON")], "Tarvo"),
        ("Tarvo ran 250 km north, his coach said.", [("Tarvo", "PERSON")], "Tarvo"),
    ],
)
def test_a_name_without_those_words_is_left(text: str, spans: list[tuple[str, str]], name: str) -> None:
    got = resolved(text, spans)
    assert got.get(name, ("", ""))[1] == "PERSON", got
