"""Session 10 (issue 11): a surname alone linked by its article's context, never by a global
guess; words that describe rather than name are no entities. Mini-corpora and sentences written
for the purpose."""

from __future__ import annotations

from test_nlp_entities_kinds import resolved

from belreader.nlp.identity import corpus_links, entity_rows, suggest_merges
from belreader.nlp.records import Analysis, Entity, Mention


def person(entity_id: str, name: str, count: int = 1, aliases: list[str] | None = None) -> Entity:
    return Entity(entity_id, name, "PERSON", None, aliases or [name], count)


def thing(entity_id: str, name: str, label: str = "ORG") -> Entity:
    return Entity(entity_id, name, label, None, [name], 1)


def article(article_id: str, *entities: Entity) -> Analysis:
    return Analysis(article_id, article_id, "t", entities=list(entities))


LABOUR = thing("labour-party", "Labour Party")
DOWNING = thing("downing-street", "Downing Street", "PLACE")
BROWN = person("gordon-brown", "Gordon Brown")
MET = thing("metropolitan-police", "Metropolitan Police")
YARD = thing("scotland-yard", "Scotland Yard")
HOME_OFFICE = thing("home-office", "Home Office")


def background(n: int = 12) -> list[Analysis]:
    """Articles about other things, so that what the namesakes' articles share is telling."""
    return [
        article(
            f"sport/{i:03}", thing("fa", "FA"), person(f"player-{i}", f"Player{i} Smith"), thing(f"club-{i}", "Club")
        )
        for i in range(n)
    ]


def namesakes() -> list[Analysis]:
    """Tony Blair named in full in three politics articles (Labour, Downing Street, Gordon
    Brown), Ian Blair in two (the Metropolitan Police, Scotland Yard, the Home Office)."""
    return [
        article("politics/001", person("tony-blair", "Tony Blair", 4), LABOUR, DOWNING, BROWN),
        article("politics/002", person("tony-blair", "Tony Blair", 2), LABOUR, BROWN),
        article("politics/003", person("tony-blair", "Tony Blair", 3), LABOUR, DOWNING),
        article("politics/004", person("ian-blair", "Ian Blair", 2), MET, YARD, HOME_OFFICE),
        article("politics/005", person("ian-blair", "Ian Blair", 1), MET, YARD),
    ]


def test_a_surname_alone_is_the_namesake_its_articles_context_names():
    corpus = [
        *background(),
        *namesakes(),
        article("politics/910", person("blair", "Blair", 3, ["Mr Blair", "Blair"]), LABOUR, DOWNING, BROWN),
        article("politics/011", person("blair", "Blair", 2, ["Sir Ian", "Blair"]), MET, YARD),
    ]
    links = corpus_links(corpus)
    assert "blair" not in links  # never one answer for the whole corpus
    assert links.of("blair", "politics/910") == "tony-blair"
    assert links.of("blair", "politics/011") == "ian-blair"
    evidence = links.in_article[("politics/910", "blair")]
    assert {"labour-party", "downing-street", "gordon-brown"} <= set(evidence.shared)
    assert evidence.scores[0][0] == "tony-blair" and evidence.scores[0][1] >= 2 * evidence.scores[1][1]
    rows = {r["id"]: r for r in entity_rows(corpus, "PERSON")}
    assert rows["tony-blair"]["mentions"]["politics/910"] == 3
    assert rows["ian-blair"]["mentions"]["politics/011"] == 2
    assert "blair" not in rows
    # a surname only one full name has is still that person in every article
    corpus.append(article("politics/040", person("peter-goldsmith", "Peter Goldsmith", 2), LABOUR))
    corpus.append(article("sport/099", person("goldsmith", "Goldsmith", 1), thing("fa", "FA")))
    assert corpus_links(corpus).of("goldsmith", "sport/099") == "peter-goldsmith"


def test_a_namesake_pair_is_not_linked_without_context():
    """An article that names nothing either namesake's articles name, or names both sides'
    things alike, keeps the surname apart: no guess by who is mentioned more."""
    corpus = [
        *background(),
        *namesakes(),
        article("politics/020", person("blair", "Blair", 2), thing("opera-house", "Opera House")),
        article("politics/021", person("blair", "Blair", 2), LABOUR, MET),  # one thing of each
        article("sport/050", person("blair", "Blair", 1), thing("fa", "FA")),
    ]
    links = corpus_links(corpus)
    for article_id in ("politics/020", "politics/021", "sport/050"):
        assert links.of("blair", article_id) == "blair", article_id
    assert links.in_article == {}
    rows = {r["id"]: r for r in entity_rows(corpus, "PERSON")}
    assert rows["blair"]["total"] == 5


def test_the_folder_alone_is_never_enough_and_an_honorific_keeps_the_gender():
    corpus = [
        *background(),
        *namesakes(),
        article("politics/030", person("blair", "Blair", 1)),  # a politics article naming nobody else
        article("politics/031", person("cherie-blair", "Cherie Blair", 1), LABOUR, DOWNING, BROWN),
        # "Mrs Blair" among Tony Blair's things: a woman, so not Tony Blair; Cherie's one article
        # shares them, but no more than Tony's do: left apart
        article("politics/032", person("blair", "Blair", 1, ["Mrs Blair"]), LABOUR, DOWNING, BROWN),
    ]
    links = corpus_links(corpus)
    assert links.of("blair", "politics/030") == "blair"
    assert links.of("blair", "politics/032") != "tony-blair"


# --- words that describe rather than name ---------------------------------------------------


def test_a_group_word_written_as_an_adjective_is_no_entity():
    text = (
        "The well-known Freedonian analyst said talks went well. According to the Freedonian expert, "
        "Freedonian security matters. The Freedonian-Sylvanian talks resumed. He is Sylvanian."
    )
    ids = resolved(
        text,
        [
            ("Freedonian", "NORP"),
            ("Freedonian", "NORP"),
            ("Freedonian", "NORP"),
            ("Freedonian", "NORP"),
            ("Sylvanian", "NORP"),
        ],
    )
    assert ids == {}, ids
    # the group itself stays a group, and a party's adjective is still the party
    text = (
        "Many Freedonians voted. An official said an American had left. The French, who objected, stayed. "
        "The 27-year-old Sylvanian said nothing. "
        "She is a Conservative MP. He was sent to the Kelmscott secure hospital."
    )
    ids = resolved(
        text,
        [
            ("Freedonians", "NORP"),
            ("American", "NORP"),
            ("French", "NORP"),
            ("Sylvanian", "NORP"),
            ("Conservative", "NORP"),
            ("Kelmscott", "NORP"),
        ],
    )
    assert ids == {
        "Freedonians": ("freedonians", "NORP"),
        "American": ("american", "NORP"),
        "French": ("french", "NORP"),
        "Sylvanian": ("sylvanian", "NORP"),
        "Conservative": ("conservative-party", "ORG"),
        # a name the model took for a group, not a group's word: kept by the adjective rule, and
        # since session 34 (`names_taken_for_groups`) the place its hospital tells it is
        "Kelmscott": ("kelmscott", "PLACE"),
    }, ids


def test_a_stance_or_an_era_from_a_lower_case_prefix_is_no_entity():
    text = "He was the most anti-Freedonian candidate, a pro-Kremlin voice of the post-Soviet years."
    ids = resolved(text, [("anti-Freedonian", "NORP"), ("pro-Kremlin", "ORG"), ("post-Soviet", "NORP")])
    assert ids == {}, ids


def test_the_corpus_counts_follow_the_article_by_article_links():
    """The corpus's pictures and facets count "Blair" where its article says Tony Blair, and
    leave it apart where its article says nothing telling (CorpusStats.entity_of per article)."""
    from belreader.corpus_stats import CorpusStats

    from nlp_util import make_article

    corpus = [
        *background(),
        *namesakes(),
        article("politics/910", person("blair", "Blair", 3), LABOUR, DOWNING, BROWN),
        article("politics/020", person("blair", "Blair", 2), thing("opera-house", "Opera House")),
    ]
    for analysis in corpus:
        analysis.mentions = [Mention(e.id, e.name, e.label, 0, 1, 0) for e in analysis.entities]
    articles = [make_article(f"Text of {a.article_id}.", a.article_id) for a in corpus]
    stats = CorpusStats(articles, corpus, links=corpus_links(corpus))
    assert stats.entity_of("blair", "politics/910") == "tony-blair"
    assert stats.entity_of("blair", "politics/020") == "blair"
    assert "politics/910" in stats.entity_ids("tony-blair")
    assert stats.entity_ids("blair") == ["politics/020"]


def test_a_surname_its_articles_context_already_linked_is_no_merge_suggestion():
    """`entities --suggest-aliases` offers no corpus-wide merge of a surname that every one of
    its articles already links by context (accepting it would undo that linking), and says so
    when only some of them do."""
    linked = [
        *background(),
        *namesakes(),
        article("politics/910", person("blair", "Blair", 3, ["Mr Blair", "Blair"]), LABOUR, DOWNING, BROWN),
    ]
    assert linked_in(linked) == {"politics/910"}
    assert not [r for r in suggest_merges(linked) if r["id"] == "blair"]
    partly = [*linked, article("tech/020", person("blair", "Blair", 1), thing("ibm", "IBM"))]
    assert linked_in(partly) == {"politics/910"}
    rows = [r for r in suggest_merges(partly) if r["id"] == "blair"]
    assert {r["probable_alias_of"] for r in rows} == {"tony-blair", "ian-blair"}
    assert all("1 of its 2 articles already linked by their context" in r["evidence"] for r in rows)


def linked_in(corpus: list[Analysis]) -> set[str]:
    return {article_id for article_id, entity_id in corpus_links(corpus).in_article if entity_id == "blair"}
