"""Session 31 (issue 11, entities): the corpus screen names an entity as an article does; invented
names and sentences only."""

from __future__ import annotations

from belreader.article import Article
from belreader.corpus_stats import CorpusStats
from belreader.nlp.records import Analysis, Entity

from articles import article_from_text


def _analysis(article: Article, *entities: tuple[str, str, str, int]) -> Analysis:
    shown = [Entity(eid, name, label, None, [name], count) for eid, name, label, count in entities]
    return Analysis(article.id, article.content_hash, "test", [], shown, [], [])


def _stats(*named: tuple[str, str, str, int]) -> CorpusStats:
    articles = [article_from_text(f"Story {i}.\n\nText {i}.", f"a{i}") for i in range(len(named))]
    return CorpusStats(articles, [_analysis(a, n) for a, n in zip(articles, named, strict=True)])


def test_the_corpus_shows_a_peer_by_the_name_the_articles_show_most_not_the_longest():
    stats = _stats(
        ("lord-pellow", "Lord Pellow", "PERSON", 4),
        ("lord-pellow", "Lord Pellow", "PERSON", 3),
        ("lord-pellow", "Lord Pellow of Ayrford", "PERSON", 1),
    )
    assert stats.name("lord-pellow") == "Lord Pellow"


def test_the_corpus_shows_a_first_name_and_surname_before_a_peerage():
    stats = _stats(
        ("tom-pell", "Lord Pell of Grimsdale", "PERSON", 5),
        ("tom-pell", "Tom Pell", "PERSON", 1),
    )
    assert stats.name("tom-pell") == "Tom Pell"


def test_the_corpus_still_shows_an_organisation_by_its_fullest_name():
    """The guard: for anything but a person the name of most words still wins, as in an article."""
    stats = _stats(
        ("grobco", "Grobco", "ORG", 6),
        ("grobco", "Grobco Holdings", "ORG", 1),
    )
    assert stats.name("grobco") == "Grobco Holdings"


def test_an_article_and_the_corpus_choose_by_one_rule():
    from belreader.nlp.aliases import EntityTable
    from belreader.nlp.entities import aggregate
    from belreader.nlp.people import chosen_name
    from belreader.nlp.records import Mention

    texts = ["Lord Pellow", "Lord Pellow", "Lord Pellow of Ayrford"]
    mentions = [Mention("lord-pellow", t, "PERSON", i * 40, i * 40 + len(t), 0) for i, t in enumerate(texts)]
    (entity,) = aggregate(mentions, EntityTable({}), "")
    assert entity.name == chosen_name({"Lord Pellow": 2, "Lord Pellow of Ayrford": 1}, "PERSON") == "Lord Pellow"


# ---- a body introduced by a description: its claims are its own


def _speakers(text: str) -> dict[str, str | None]:
    from belreader.nlp import analyze

    from nlp_util import make_article

    return {c.speaker: c.speaker_id for c in analyze(make_article(text)).claims}


def test_two_descriptions_joined_by_and_before_a_body_name_the_body():
    text = (
        "Dutch carmaker and former market leader Grobco Motors has warned it will run out of cash unless lenders agree."
    )
    assert _speakers(text) == {"Dutch carmaker and former market leader Grobco Motors": "grobco-motors"}


def test_a_firms_head_title_after_and_names_no_body():
    """The guard: "carmaker and chief executive X" describes a person the model took for a firm,
    and two names joined by "and" are two speakers."""
    text = (
        "Arvanian carmaker and chief executive Tarn Motors has said it will merge.\n\n"
        "Local carmaker Grobco Motors and its partner Velt Industries have warned they will merge."
    )
    assert set(_speakers(text).values()) == {None}


def test_the_body_named_before_a_kind_of_body_speaks():
    text = "Prices rose in March. The Velt Industries trade body said that the demand for scooters was behind it."
    assert _speakers(text)["The Velt Industries trade body"] == "velt-industries"


def test_an_untagged_acronym_after_the_before_a_verb_of_saying_is_a_body():
    text = "Sales of scooters grew fivefold last year, with 3 million bikes sold abroad, the IFPV reported this week."
    assert _speakers(text) == {"IFPV": "ifpv"}


def test_an_officers_initials_are_no_body():
    from belreader.nlp.entities import Span, acronym_subjects

    body = "Profits rose, the CEO said. The MEP said the plan was wrong. Sales fell, the GRBX said."
    found = [body[s.start : s.end] for s in acronym_subjects(body, [Span(0, 7, "ORG")])]
    assert "CEO" not in found and "MEP" not in found and "GRBX" in found


# ---- bands the model took for people


def _people(body: str, *names: tuple[str, str]):
    import re

    from belreader.nlp.records import Mention

    found = [
        Mention(entity_id, name, "PERSON", hit.start(), hit.end(), 0)
        for name, entity_id in names
        for hit in re.finditer(re.escape(name), body)
    ]
    return sorted(found, key=lambda m: m.start)


def test_a_band_after_group_and_its_own_the_is_an_organisation():
    from belreader.nlp.aliases import load_table
    from belreader.nlp.entities import bands

    for body in (
        "Velt electro-rock group The Grimwald won a vote of music critics. Their album and their songs sold well.",
        "Ann Vell welcomed folk group the Tarrowby, a trio, who played their songs at the festival.",
    ):
        mentions = _people(body, ("Grimwald", "grimwald"), ("Tarrowby", "tarrowby"))
        bands(body, mentions, load_table())
        assert [m.label for m in mentions] == ["ORG"], body


def test_one_word_after_a_capital_the_with_a_plural_verb_is_a_band():
    from belreader.nlp.aliases import load_table
    from belreader.nlp.entities import plural_subjects

    body = "The music was loud. The Grimwald have split, their label said. Their album sold well."
    mentions = _people(body, ("Grimwald", "grimwald"))
    plural_subjects(body, mentions, load_table())
    assert [m.label for m in mentions] == ["ORG"]


def test_a_familys_plural_or_a_name_without_the_stays_a_person():
    """The guards: "The Durnholms have" is a family (a plural), "Grimwald have" no band's "The"."""
    from belreader.nlp.aliases import load_table
    from belreader.nlp.entities import plural_subjects

    for body, name in (
        ("The music was loud. The Durnholms have split, their label said.", "Durnholms"),
        ("The music was loud. Grimwald have split, their label said.", "Grimwald"),
    ):
        mentions = _people(body, (name, name.lower()))
        plural_subjects(body, mentions, load_table())
        assert [m.label for m in mentions] == ["PERSON"], body


def test_an_untagged_acronym_before_a_kind_of_body_is_a_body():
    from belreader.nlp.entities import Span, acronym_subjects

    body = "The IFPV industry body said that sales grew. The GRBX pension fund said nothing."
    found = [body[s.start : s.end] for s in acronym_subjects(body, [Span(0, 3, "ORG")])]
    assert found == ["The", "IFPV"]  # not GRBX: a pension fund is not the body itself


def test_a_plural_name_the_article_writes_after_the_is_a_group():
    """ "Charlotte Hornets" the model took for a person after a quote: the article writes "the
    Velt Hornets beat ...", a team's name, never a person's."""
    from belreader.nlp.aliases import load_table
    from belreader.nlp.entities import plural_subjects

    body = 'The Velt Hornets beat the Lakers on Sunday. "We played well," Velt Hornets said.'
    mentions = _people(body, ("Velt Hornets", "velt-hornets"))
    plural_subjects(body, mentions, load_table())
    assert {m.label for m in mentions} == {"ORG"}


def test_a_plural_surname_as_a_modifier_after_the_stays_a_person():
    """The guard: "the Tom Banks affair" (a name as a modifier), a surname in -ss or -us."""
    from belreader.nlp.aliases import load_table
    from belreader.nlp.entities import plural_subjects

    for body, name in (
        ('The Tom Banks affair grew. "It is over," Tom Banks said.', "Tom Banks"),
        ('At the Ann Ross. "It is over," Ann Ross said.', "Ann Ross"),
    ):
        mentions = _people(body, (name, name.lower().replace(" ", "-")))
        plural_subjects(body, mentions, load_table())
        assert {m.label for m in mentions} == {"PERSON"}, body
