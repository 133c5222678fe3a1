"""Session 38's entity rules mended after review (REVIEW_entities38): each shape the review found
answered wrong, or lost, by a rule of the session, on invented sentences; the rules' own targets
stay in test_nlp_types_s38.py, test_nlp_left_ent_s38.py and test_nlp_ent_s38.py.

- "watch" the verb makes no gadget ("Fans in Velkovo watch the match"): a gadget's brand follows a
  determiner or a number, and a place the table knows is never one; a brand the article also writes
  before a model's name ("the Velmar pocket calculator" beside "Velmar QV-10") is its maker.
- "Team Velt" (a campaign) leaves the person Velt a person; only a side's letters ("Team VB") go.
- A country opening a sentence two paragraphs after a score line, with no team's cue, stays a
  place ("Portugal raised taxes").
- "Kate from Velnet said": the word after a first name and "from" that acts as a body is her
  employer, not a reader's town.
- "Maker Studios", "Chain Reaction Cycles": a trade that often opens a firm's name is the name's own,
  unless the rest is written again ("Maker Velt Toys" beside "Velt Toys").
- "a retailer named Next": a naming word says a name follows, no common noun.
- "sung in Cornish", "published in Yiddish": a language after "in" is no place; only a settlement's
  noun before "in" makes the "-ish/-ian" word a place ("a port in Grobjian.").
"""

from __future__ import annotations

import pytest
from test_nlp_entities_kinds import resolved

from belreader.nlp import analyze

from nlp_util import make_article

# ---- "watch" the verb; a gadget's maker


@pytest.mark.parametrize(
    "text",
    [
        "Fans in Velkovo watch the match in pubs across the city, the club said.",
        "Tarnby commuters watch the trains pile up each morning, the report said.",
        "Crowds in London watch as the votes are counted.",
    ],
)
def test_a_place_before_watch_the_verb_stays_a_place(text: str) -> None:
    word = next(w for w in ("Velkovo", "Tarnby", "London") if w in text)
    got = resolved(text, [(word, "PLACE")])
    assert got.get(word, ("", ""))[1] == "PLACE", got


def test_a_brand_written_before_a_model_is_the_gadgets_maker() -> None:
    text = "The Velmar pocket calculator was a hit in 1980, and the Velmar QV-10 camera followed."
    got = resolved(text, [("Velmar", "PLACE")])
    assert got.get("Velmar", ("", ""))[1] == "ORG", got


# ---- "Team X" of a person


def test_a_campaigns_team_leaves_its_person_a_person() -> None:
    text = "Team Velt said the debate would go ahead. Velt said he was ready."
    got = resolved(text, [("Team Velt", "ORG"), ("Velt", "PERSON")])
    assert got["Velt"][1] == "PERSON", got
    assert got["Velt"][0] != got["Team Velt"][0], got


# ---- a country's news after a score line


def test_a_country_opening_a_later_news_sentence_stays_a_place() -> None:
    text = "\n\n".join(
        (
            "Portugal 1 ( Joao Pelleira 61 ) Ukraine 0 . Halftime 0-0 .",
            "Portugal lead group nine with seven points .",
            "Portugal raised taxes on Monday , the finance minister said .",
        )
    )
    got = [(m.text, m.label) for m in analyze(make_article(text)).mentions if m.text == "Portugal"]
    assert got[:2] == [("Portugal", "ORG"), ("Portugal", "ORG")], got
    assert got[-1] == ("Portugal", "PLACE"), got


# ---- "Kate from X said"


def test_a_first_names_employer_that_speaks_is_no_town() -> None:
    got = resolved(
        "Kate from Velnet said the site now had four million users.", [("Kate", "PERSON"), ("Velnet", "ORG")]
    )
    assert got["Velnet"][1] == "ORG", got


# ---- a trade that starts a firm's name


@pytest.mark.parametrize(
    "name",
    ["Maker Studios", "Chain Reaction Cycles"],
)
def test_a_trade_that_opens_firms_names_is_the_names_own(name: str) -> None:
    got = resolved(f"{name} said on Tuesday it would hire 100 staff.", [(name, "ORG")])
    assert got.get(name, ("", ""))[1] == "ORG", got


def test_a_trade_before_a_name_written_again_goes() -> None:
    text = "Maker Velt Toys said more dolls would be named. Velt Toys runs the fair."
    got = resolved(text, [("Maker Velt Toys", "ORG"), ("Velt Toys", "ORG")])
    assert "Maker Velt Toys" not in got and got.get("Velt Toys", ("", ""))[1] == "ORG", got


# ---- "a retailer named X"


def test_a_name_after_a_naming_word_is_no_common_noun() -> None:
    got = resolved("She works for a retailer named Next, which has 500 stores.", [("Next", "ORG")])
    assert got.get("Next", ("", ""))[1] == "ORG", got


# ---- a language after "in"


@pytest.mark.parametrize(
    ("text", "word"),
    [("The hymn was sung in Cornish.", "Cornish"), ("The novel was first published in Yiddish.", "Yiddish")],
)
def test_a_language_after_in_is_no_place(text: str, word: str) -> None:
    got = resolved(text, [(word, "PLACE")])
    assert got.get(word, ("", ""))[1] != "PLACE", got


def test_a_format_written_again_is_still_no_maker() -> None:
    text = "Its Velmax video recorder changed the law, and the Velmax ruling still stands."
    got = resolved(text, [("Velmax", "PLACE"), ("Velmax", "PLACE")])
    assert "Velmax" not in got, got
