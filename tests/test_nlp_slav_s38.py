"""Session 38 (slav38): English news from Eastern Europe, on invented sentences.

- "Andriy Tkachuk, the deputy mayor, said": the model tags a Ukrainian, Belarusian or Russian first
  name alone (as a body or a place) and the surname apart or not at all; a first name the name list
  knows and a surname of an East Slavic shape after it are one person (`entities.slavic_names_apart`).
  Not a place's first word ("Georgia"), a word of the lexicon, or a surname that is a word.
- "The Committee to Protect Journalists said": a body's name with "to" and a capitalised verb in it
  speaks whole (`subjects._named_purpose`), and is one organisation (`entities.names_of_purpose`).
  Not "the minister to visit Minsk" (lower case), nor a capitalised verb after a name no body's noun
  ends ("Grobco to Sell Shares").
- "X said the law was unconstitutional and announced a legal challenge": a speaker's deed in the
  simple past joined to a reported clause that says what a thing is ("be" and its complement) is
  narration, not content (`content._deed_apart`). Not where the clause's subject may act itself
  ("the company was profitable and launched a product"), nor after an auxiliary or a passive ("the
  firm had cut jobs and announced a plan"), nor after a verb of the clause's own.
"""

from __future__ import annotations

import pytest

from belreader.nlp.aliases import EntityTable
from belreader.nlp.entities import Span, slavic_names_apart

from nlp_util import analyse, claims_of


def _claims(body: str) -> list[tuple[str, str | None, str]]:
    return [(c.speaker, c.speaker_id, c.content) for c in claims_of("News\n\n" + body)]


def _people(body: str) -> list[str]:
    return [m.text for m in analyse("News\n\n" + body).mentions if m.label == "PERSON"]


# ---- East Slavic first names and surnames


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Andriy Tkachuk, the deputy mayor, said the bridge would reopen in May.", "Andriy Tkachuk"),
        ("Andriy Tkachuk said the bridge would reopen.", "Andriy Tkachuk"),
        ("Natallia Zhukavaya, a journalist, said she was detained.", "Natallia Zhukavaya"),
        ("Taras Melnychuk, the deputy mayor, said the road would close.", "Taras Melnychuk"),
    ],
)
def test_a_slavic_name_cut_by_the_model_is_one_person(body: str, name: str) -> None:
    slug = name.lower().replace(" ", "-")
    assert _people(body) == [name], _people(body)
    assert _claims(body)[0][:2] == (name, slug), _claims(body)


@pytest.mark.parametrize(
    "body",
    [
        "Mykola Savchuk, the head of the union, said wages were falling.",
        "Aliaksandr Lukashevich said the plan was ready.",
        "Siarhei Kavalenka, an activist, said the vote was rigged.",
        "Dmytro Hrytsenko, a spokesman for the ministry, said talks would continue.",
        "Volha Dabravolskaya, a lawyer, said the trial was unfair.",
        "Ivan Petrov, a driver, said the road was icy.",
    ],
)
def test_slavic_names_the_model_keeps_whole_stay_whole(body: str) -> None:
    name = " ".join(body.split(",")[0].split()[:2])
    assert _people(body) == [name], _people(body)


def _joined(body: str, first: str, label: str = "ORG") -> list[tuple[str, str]]:
    at = body.index(first)
    spans = slavic_names_apart(body, [Span(at, at + len(first), label)], EntityTable({}))
    return [(body[s.start : s.end], s.label) for s in spans]


def test_the_rule_joins_a_first_name_and_a_slavic_surname() -> None:
    assert _joined("Andriy Tkachuk, the deputy mayor, said it.", "Andriy") == [("Andriy Tkachuk", "PERSON")]
    assert _joined("He met Natallia Zhukavaya there.", "Natallia", "PLACE") == [("Natallia Zhukavaya", "PERSON")]


@pytest.mark.parametrize(
    ("body", "first"),
    [
        ("Georgia Kuznetsov said it.", "Georgia"),  # a place's first word
        ("Anna Cousin said it.", "Anna"),  # the surname-shaped word is a word of the lexicon
        ("Andriy Tkachuk Bridge is closed.", "Andriy"),  # a capitalised word after it: a longer name
        ("The Grobco Petrov said it.", "Grobco"),  # no first name
        ("In Minsk Ivanov said it.", "Minsk"),  # no first name the list knows
        ("She read the novel Tanya Orlova twice.", "Tanya"),  # a work's title
    ],
)
def test_the_rule_leaves_other_words_alone(body: str, first: str) -> None:
    assert _joined(body, first) == [(first, "ORG")]


# ---- a body's name with "to" and a verb in it


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("The Committee to Protect Journalists said the reporter had been jailed.", "Committee to Protect Journalists"),
        ("The Campaign to Protect Rural England said the plan was harmful.", "Campaign to Protect Rural England"),
        ("The Foundation to Promote Open Society said grants would continue.", "Foundation to Promote Open Society"),
        ("The Alliance to End Hunger said food prices were rising.", "Alliance to End Hunger"),
    ],
)
def test_a_body_named_for_its_purpose_speaks_whole(body: str, name: str) -> None:
    found = _claims(body)
    assert [(s, i) for s, i, _ in found] == [(name, name.lower().replace(" ", "-"))], found
    orgs = [m.text for m in analyse("News\n\n" + body).mentions if m.label == "ORG"]
    assert orgs == [name], orgs


def test_a_spokeswoman_for_a_body_named_for_its_purpose() -> None:
    body = "A spokeswoman for the Committee to Protect Journalists said the reporter had been jailed."
    found = _claims(body)
    assert [i for _, i, _ in found] == ["committee-to-protect-journalists"], found


def test_a_club_before_to_and_a_ground_is_no_body_of_purpose() -> None:
    body = "A win would bring the mighty Grobton United to Ashfield Park on Saturday."
    names = [m.text for m in analyse("News\n\n" + body).mentions]
    assert "Ashfield Park" in names and not any(" to " in n for n in names), names


def test_an_infinitive_in_lower_case_is_no_part_of_a_name() -> None:
    found = _claims("The minister to visit Minsk said the talks would go well.")
    assert [s for s, _, _ in found] == ["The minister"], found
    assert "Grobco to Sell Shares" not in [m.text for m in analyse("News\n\nGrobco to Sell Shares, it said.").mentions]


# ---- a speaker's deed after the content


@pytest.mark.parametrize(
    ("body", "content"),
    [
        (
            "Viktor Hrabar said the law was unconstitutional and announced a legal challenge.",
            "the law was unconstitutional",
        ),
        ("The union said the ban was illegal and launched a legal challenge.", "the ban was illegal"),
        ("Mr Pell said the move was a mistake and called for talks.", "the move was a mistake"),
    ],
)
def test_the_speakers_deed_after_a_stated_thing_is_no_content(body: str, content: str) -> None:
    assert [c for _, _, c in _claims(body)] == [content], _claims(body)


@pytest.mark.parametrize(
    "body",
    [
        # the clause's subject may do the deed itself
        "Ms Bell said the company was profitable and launched a new product.",
        "Mr Pell said the government was wrong and announced a protest.",
        "Mr Pell said Grobco was profitable and launched a new product.",
        # an auxiliary or a passive the deed may share, a verb of the clause's own
        "Mr Pell said the firm had cut jobs and announced a new plan.",
        "Ms Bell said the council was told of the plan and promised a review.",
        "Mr Pell said the minister resigned and announced an inquiry.",
    ],
)
def test_a_deed_the_clause_may_hold_stays_in_the_content(body: str) -> None:
    content = body.split(" said ", 1)[1].rstrip(".")
    assert [c for _, _, c in _claims(body)] == [content], _claims(body)
