"""Session 25: corpus-wide identity on news the rules were never tuned on (invented names)."""

from __future__ import annotations

from belreader.nlp.identity import corpus_links, entity_rows
from belreader.nlp.records import Analysis, Entity


def named(entity_id: str, name: str, label: str, count: int = 1) -> Entity:
    return Entity(entity_id, name, label, None, [name], count)


def test_a_town_the_model_once_took_for_a_person_is_not_a_namesakes_surname():
    analyses = [
        Analysis("a", "h1", "t", entities=[named("harlowby", "Harlowby", "PLACE", 20)]),
        Analysis("b", "h2", "t", entities=[named("harlowby", "Harlowby", "PLACE", 8)]),
        Analysis("e", "h5", "t", entities=[named("harlowby", "Harlowby", "ORG", 2)]),
        Analysis("c", "h3", "t", entities=[named("harlowby", "Harlowby", "PERSON", 1)]),
        Analysis("d", "h4", "t", entities=[named("edwin-harlowby", "Edwin Harlowby", "PERSON", 3)]),
    ]
    links = corpus_links(analyses)
    assert links.of("harlowby", "a") == "harlowby"
    rows = {r["id"]: r for r in entity_rows(analyses)}
    assert rows["harlowby"]["type"] == "PLACE" and rows["harlowby"]["total"] == 31
    assert rows["edwin-harlowby"]["total"] == 3


def test_a_surname_typed_a_place_in_one_article_still_joins_its_one_full_name():
    analyses = [
        Analysis("a", "h1", "t", entities=[named("harlowby", "Harlowby", "PERSON", 1)]),
        Analysis("b", "h2", "t", entities=[named("harlowby", "Harlowby", "PLACE", 4)]),
        Analysis("c", "h3", "t", entities=[named("edwin-harlowby", "Edwin Harlowby", "PERSON", 3)]),
    ]
    links = corpus_links(analyses)
    assert links.of("harlowby", "a") == "edwin-harlowby"
    assert links.of("harlowby", "b") == "edwin-harlowby"
