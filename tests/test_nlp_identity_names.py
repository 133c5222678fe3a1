"""One person, one entity across the corpus: short first names, middle initials, role words
before a name, and surnames alone; and two people never made one (sentences written for these
tests)."""

from __future__ import annotations

import re

import pytest

from belreader import nlp
from belreader.nlp.entities import Span, merge_with_table, missed_full_names
from belreader.nlp.identity import corpus_links, entity_rows
from belreader.nlp.kinds import _used_as_award
from belreader.nlp.people import short_form_of, strip_titles
from belreader.nlp.records import Analysis, Entity, Mention

from nlp_util import make_article


def person(entity_id, name, count=1, spellings=None):
    return Entity(entity_id, name, "PERSON", None, spellings or [name], count)


def articles(*groups):
    """One analysis per group of people."""
    return [Analysis(f"a{i}", f"h{i}", "t", entities=list(group)) for i, group in enumerate(groups)]


def test_a_short_first_name_is_the_full_one_when_the_corpus_has_one_full_form():
    links = corpus_links(
        articles(
            [person("steven-marsh", "Steven Marsh", 9)],
            [person("steve-marsh", "Steve Marsh", 2)],
            [person("marsh", "Marsh", 3)],  # a surname alone: the one person once the two are one
            [person("steve-okafor", "Steve Okafor", 4)],  # another Steve, another surname
        )
    )
    assert links["steve-marsh"] == "steven-marsh"
    assert links["marsh"] == "steven-marsh"
    assert "steve-okafor" not in links and "steven-marsh" not in links


def test_two_full_forms_of_a_short_name_leave_it_unmerged():
    links = corpus_links(
        articles(
            [person("steven-marsh", "Steven Marsh", 5)],
            [person("stephen-marsh", "Stephen Marsh", 4)],
            [person("steve-marsh", "Steve Marsh", 2)],
            [person("marsh", "Marsh", 3)],
        )
    )
    assert not {"steve-marsh", "steven-marsh", "stephen-marsh", "marsh"} & set(links)


def test_a_short_name_never_joins_someone_of_the_other_gender():
    links = corpus_links(
        articles(
            [person("samuel-ortiz", "Samuel Ortiz", 5, ["Samuel Ortiz", "Mr Ortiz"])],
            [person("sam-ortiz", "Sam Ortiz", 3, ["Sam Ortiz", "Ms Ortiz"])],
        )
    )
    assert "sam-ortiz" not in links


def test_a_name_without_its_middle_initial_is_the_one_with_it():
    links = corpus_links(
        articles(
            [person("harold-p-quist", "Harold P Quist", 8)],
            [person("harold-quist", "Harold Quist", 3)],
            [person("quist", "Quist", 2)],
        )
    )
    assert links["harold-quist"] == "harold-p-quist"
    assert links["quist"] == "harold-p-quist"


def test_father_and_son_with_different_initials_stay_apart():
    """George H W Bush and George W Bush are two people: "George Bush" could be either."""
    links = corpus_links(
        articles(
            [person("george-w-bush", "George W Bush", 20)],
            [person("george-h-w-bush", "George H W Bush", 4)],
            [person("george-bush", "George Bush", 6)],
            [person("bush", "Bush", 5)],
        )
    )
    assert not {"george-w-bush", "george-h-w-bush", "george-bush", "bush"} & set(links)
    rows = {
        r["id"]
        for r in entity_rows(
            articles([person("george-w-bush", "George W Bush")], [person("george-h-w-bush", "George H W Bush")])
        )
    }
    assert rows == {"george-w-bush", "george-h-w-bush"}


def test_two_blairs_stay_two_and_a_bare_blair_is_not_guessed():
    links = corpus_links(
        articles(
            [person("tony-blair", "Tony Blair", 30), person("blair", "Blair", 3)],
            [person("ian-blair", "Ian Blair", 5)],
            [person("anthony-blair", "Anthony Blair", 1)],
        )
    )
    assert links["anthony-blair"] == "tony-blair"  # the full form of Tony, the only Anthony Blair
    assert "ian-blair" not in links and "blair" not in links and "tony-blair" not in links


def test_the_short_forms_table():
    assert short_form_of("steve", "steven") and short_form_of("steve", "stephen") and short_form_of("bill", "william")
    assert not short_form_of("steven", "steve") and not short_form_of("ian", "tony")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sprinter Mavis Okonjo", "Mavis Okonjo"),
        ("singer Joss Harland", "Joss Harland"),
        ("Olympic champion Mavis Okonjo", "Mavis Okonjo"),
        ("Chancellor Gordon Brown", "Gordon Brown"),
        ("Star Wars", "Star Wars"),  # a role word, but no person after it
        ("Star Wars Episode", "Star Wars Episode"),
        ("Rock Hudson", "Rock Hudson"),
        ("Briton Tim Okafor", "Tim Okafor"),
        ("Russian President Boris Ostrov", "Boris Ostrov"),
        ("German Gref", "German Gref"),  # a first name, not a nationality, before one word
        ("Champion Hurdle", "Champion Hurdle"),
    ],
)
def test_a_role_word_before_a_name_is_not_part_of_it(text, expected):
    assert strip_titles(text) == expected


@pytest.fixture(scope="module")
def analysed():
    cases = {
        "role": (
            "Sprinter Mavis Okonjo won the indoor title in Glasgow on Saturday. "
            "Okonjo said the race had gone to plan, and the crowd cheered Mavis Okonjo again."
        ),
        "ian": (
            "Metropolitan Police Commissioner Sir Ian Blair defended his officers on Monday. "
            "Blair said the force had acted within the law."
        ),
        "tony": "Prime Minister Tony Blair visited Leeds. Blair told workers the economy was strong.",
        "dash": (
            "The party will line up alongside Peter Vance - the man appointed to run its campaign. "
            "Mr Vance said he was ready."
        ),
        "glued": (
            "The group, including Tories Ken Hollis and Labour's Robin Ashe, is confident. "
            "Mr Hollis said the plan would win a large majority."
        ),
        "missed": (
            "Tate chief wins award\n\nIain Fergus was awarded the title by a US magazine on Monday. "
            "The sugar group had been absent from the index until Mr Fergus helped it grow. "
            "Mr Fergus took the helm in 2003."
        ),
        "award": (
            "The actress Mavis Okonjo won an Oscar for her role in the drama on Sunday. She had three other Oscar "
            "nominations, and the Oscar-winning director Peter Vance thanked her."
        ),
    }
    return {a.article_id: a for a in nlp.analyze_many([make_article(text, key) for key, text in cases.items()])}


def test_a_role_word_stays_out_of_the_id_and_the_name(analysed):
    people = {e.id: e for e in analysed["role"].entities if e.label == "PERSON"}
    assert "mavis-okonjo" in people and people["mavis-okonjo"].name == "Mavis Okonjo"
    assert not any(entity_id.startswith("sprinter") for entity_id in people)


def test_a_bare_surname_is_the_person_its_article_names(analysed):
    ian = {m.text: m.entity_id for m in analysed["ian"].mentions if m.label == "PERSON"}
    tony = {m.text: m.entity_id for m in analysed["tony"].mentions if m.label == "PERSON"}
    assert ian["Blair"] == "ian-blair" and tony["Blair"] == "tony-blair"
    assert "blair" not in corpus_links([analysed["ian"], analysed["tony"]])


def test_a_one_word_award_is_an_event_not_a_person(analysed):
    labels = {m.entity_id: m.label for m in analysed["award"].mentions if m.text == "Oscar"}
    assert labels and set(labels.values()) == {"EVENT"}
    assert {e.id for e in analysed["award"].entities if e.label == "PERSON"} >= {"mavis-okonjo", "peter-vance"}


@pytest.mark.parametrize(
    ("body", "award"),
    [
        ("She won an Oscar for the role.", True),
        ("The Oscar-winning director spoke.", True),
        ("He has two Oscar nominations.", True),
        ("Analysts expect a Hendry victory.", False),  # a person's name before a noun
        ("It was a Hendry win, and Hendry said so.", False),
        ("Voters want an Oscar. Oscar said he was ready.", False),  # someone called Oscar speaks
    ],
)
def test_a_one_word_name_is_an_award_only_where_it_is_used_as_one(body, award):
    name = "Oscar" if "Oscar" in body else "Hendry"
    group = [Mention(name.lower(), name, "PERSON", m.start(), m.end(), 0) for m in re.finditer(name, body)]
    assert _used_as_award(body, group) is award


def test_a_type_is_decided_over_the_corpus_mentions():
    corpus = articles(
        [person("steven-marsh", "Steven Marsh", 9)],
        [Entity("marsh", "Marsh", "PLACE", None, ["Marsh"], 1)],  # the model's slip in one article
        [person("marsh", "Marsh", 3)],
    )
    rows = {r["id"]: r for r in entity_rows(corpus)}
    assert rows["steven-marsh"]["type"] == "PERSON" and rows["steven-marsh"]["total"] == 13
    assert [r["id"] for r in entity_rows(corpus, "PLACE")] == []


def _ids_of(analysis, surname):
    """{mention text: id} of the mentions holding `surname`."""
    return {m.text: m.entity_id for m in analysis.mentions if surname in m.text}


def test_a_name_ends_before_a_dash_between_spaces(analysed):
    ids = _ids_of(analysed["dash"], "Vance")
    assert "Peter Vance" in ids and len(ids) == 2 and set(ids.values()) == {"peter-vance"}


def test_a_person_glued_to_a_party_name_is_kept(analysed):
    ids = _ids_of(analysed["glued"], "Hollis")
    assert "Ken Hollis" in ids and len(ids) == 2 and set(ids.values()) == {"ken-hollis"}


def test_a_full_name_the_model_missed_is_found_from_the_surname(analysed):
    ids = _ids_of(analysed["missed"], "Fergus")
    assert "Iain Fergus" in ids and set(ids.values()) == {"iain-fergus"}


def test_merge_keeps_the_person_beside_a_known_name_glued_before_it():
    body = "Tories Ken Hollis spoke."
    model = [Span(0, 17, "PERSON")]
    table = [Span(0, 6, "ORG", "conservative-party")]
    merged = [(body[s.start : s.end], s.label) for s in merge_with_table(body, model, table)]
    assert merged == [("Tories", "ORG"), ("Ken Hollis", "PERSON")]


def test_missed_full_names_only_where_nothing_was_found():
    body = "Iain Fergus won. Mark Fergus too. Mr Fergus said Ruth Fergus was right. His Fergus years ended."
    spans = [Span(body.index("Mr Fergus"), body.index("Mr Fergus") + 9, "PERSON")]
    spans.append(Span(body.index("Ruth"), body.index("Ruth") + 11, "PERSON"))
    found = [body[s.start : s.end] for s in missed_full_names(body, spans)]
    # "Mark" may be a verb and "His" is a word the name list knows: neither is taken
    assert found == ["Iain Fergus", "Mr Fergus", "Ruth Fergus"]


def test_an_initial_for_a_first_name_is_the_one_first_name_with_it():
    links = corpus_links(
        articles(
            [person("gavin-hensley", "Gavin Hensley", 9), person("g-hensley", "G Hensley", 1)],
            [person("d-bellamy", "D Bellamy", 1)],
            [person("david-bellamy", "David Bellamy", 3)],
            [person("derek-bellamy", "Derek Bellamy", 2)],  # two D Bellamys: no guess
        )
    )
    assert links["g-hensley"] == "gavin-hensley"
    assert "d-bellamy" not in links and "david-bellamy" not in links
