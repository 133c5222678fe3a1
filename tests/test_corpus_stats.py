"""The corpus at a glance (belreader/corpus_stats.py): dates, entities over time, co-occurrence
within paragraphs, duplicates counted once, sources by publisher; on articles made here, with
hand-made analyses so every count is known."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from belreader.corpus_stats import CITED, PUBLISHED, CorpusStats, article_date, cited_date, date_source
from belreader.nlp.records import Analysis, Entity, Mention, Source

from articles import article_from_text

PEOPLE = {
    "Anna Varga": ("anna-varga", "PERSON"),
    "Varga": ("varga", "PERSON"),
    "Bruno Keller": ("bruno-keller", "PERSON"),
    "Tallinn": ("tallinn", "PLACE"),
    "Nordbank": ("nordbank", "ORG"),
    "March 3": ("march-3", "DATE"),
}


def analysed(article, sources=()):
    """The article's analysis: every occurrence of a PEOPLE name is a mention (longest names
    first, so "Anna Varga" is not also "Varga")."""
    mentions, taken = [], []
    for name in sorted(PEOPLE, key=len, reverse=True):
        entity_id, label = PEOPLE[name]
        for found in re.finditer(rf"\b{re.escape(name)}\b", article.body):
            if any(s < found.end() and found.start() < e for s, e in taken):
                continue
            taken.append((found.start(), found.end()))
            paragraph = article.paragraph_at(found.start()).index
            mentions.append(Mention(entity_id, name, label, found.start(), found.end(), paragraph))
    counts: dict[str, list] = {}
    for m in mentions:
        counts.setdefault(m.entity_id, []).append(m)
    entities = [Entity(eid, ms[0].text, ms[0].label, None, [ms[0].text], len(ms)) for eid, ms in counts.items()]
    return Analysis(article.id, article.content_hash, "test", mentions, entities, [], list(sources))


def corpus(*articles, links=None, sources=None):
    sources = sources or {}
    return CorpusStats(articles, [analysed(a, sources.get(a.id, ())) for a in articles], links=links)


# --------------------------------------------------------------------------- dates


def test_an_own_date_is_published_and_wins_over_the_dates_cited():
    article = article_from_text("Talks.\n\nThey met on 4 May 2019 and again on 9 May 2019.", "a", date="2021-02-03")
    found = article_date(article)
    assert (found.year, found.month, found.basis) == (2021, 2, PUBLISHED)
    assert found.period() == "2021-02" and found.period("year") == "2021"


def test_metadata_with_a_month_only_is_still_published():
    found = article_date(article_from_text("Talks.\n\nNothing dated.", "a", date="September 2020"))
    assert (found.year, found.month, found.basis) == (2020, 9, PUBLISHED)


def test_without_an_own_date_the_most_cited_month_is_used():
    text = "Talks.\n\nOn 4 May 2019 they met. On 9 May 2019 they met again. In June 2018 nothing happened."
    found = article_date(article_from_text(text, "a"))
    assert (found.year, found.month, found.basis) == (2019, 5, CITED)
    assert found.text == "4 May 2019"


def test_ties_between_cited_months_go_to_the_latest():
    found = cited_date("It began in March 2017 and ended in October 2018.")
    assert (found.year, found.month) == (2018, 10)


def test_a_date_without_a_year_takes_the_latest_year_the_article_cites():
    found = cited_date("The 2019 budget was old news. On September 14 and September 15 the talks went on in 2020.")
    assert (found.year, found.month, found.basis) == (2020, 9, CITED)


def test_no_year_anywhere_places_nothing_and_a_year_alone_is_a_year():
    assert cited_date("On September 14 they met, and yesterday again.") is None
    alone = cited_date("Sales in 2004 beat 2003; 2004 was the best year.")
    assert (alone.year, alone.month) == (2004, None)
    assert alone.period() is None and alone.period("year") == "2004"


def test_a_decade_is_not_a_year_cited():
    assert cited_date("Home computers of the 1980s and the 1990's were slow.") is None
    found = cited_date("Since the 1980s prices fell; in 2004 they fell again.")
    assert (found.year, found.month) == (2004, None)


# --------------------------------------------------------------------------- the timeline


def dated_corpus():
    return corpus(
        article_from_text("One.\n\nAnna Varga spoke.", "a1", date="2020-01-05"),
        article_from_text("Two.\n\nAnna Varga spoke on 3 March 2020.", "a2"),  # cited: 2020-03
        article_from_text("Three.\n\nBruno Keller spoke.", "a3", date="2020-03-30"),
        article_from_text("Four.\n\nNothing happened in 2020.", "a4"),  # a year only
        article_from_text("Five.\n\nNo date at all.", "a5"),
    )


def test_the_timeline_counts_each_article_once_by_what_dated_it():
    timeline = dated_corpus().timeline()
    assert timeline.labels() == ["2020-01", "2020-02", "2020-03"]  # the empty month is shown
    january, february, march = timeline.periods
    assert (january.published, january.cited) == (1, 0)
    assert february.total == 0
    assert (march.published, march.cited, sorted(march.article_ids)) == (1, 1, ["a2", "a3"])
    assert timeline.coarse == ["a4"] and timeline.undated == ["a5"]
    assert (timeline.articles, timeline.published, timeline.cited) == (5, 2, 1)


def test_the_timeline_says_what_dated_its_articles():
    stats = corpus(
        article_from_text("One.\n\nAnna Varga spoke.", "front", date="2020-01-05"),
        replace(article_from_text("Two.\n\nAnna Varga spoke.", "page", date="2020-01-06"), path=Path("/c/page.html")),
        article_from_text("Three.\n\nIt happened on 3 March 2020.", "cites"),
        article_from_text("Four.\n\nNo date at all.", "none"),
    )
    page = next(e for e in stats.entries if e.id == "page")
    sources = stats.timeline().sources
    assert sources == {"HTML metadata": 1, "cited dates": 1, "front matter": 1}  # the undated one is in none
    assert date_source(page.article, page.date) == "HTML metadata"
    assert date_source(page.article, None) is None


def test_dates_that_are_not_publication_dates_do_not_stretch_the_axis():
    """Found on BBC (no own dates): the axis ran from 1935 (a history piece citing only 1935)
    to 2048 (a forecast). A date after today never places an article; a cited date far from
    the rest is counted as outside, not drawn; an own date is drawn wherever it is."""
    stats = corpus(
        *(article_from_text(f"News {n}.\n\nThe board met on {n} May 2004.", f"m{n:02}") for n in range(1, 7)),
        article_from_text("June.\n\nThe board met on 2 June 2005.", "june"),
        article_from_text("History.\n\nThe bridge opened in 1935, in 1935 the town grew.", "history"),
        article_from_text("Forecast.\n\nBy 2048 the fleet will be electric.", "forecast"),
        article_from_text("Plan.\n\nThe plan, agreed in March 2004, runs to 2048.", "plan"),
        article_from_text("Archive.\n\nAn old report.", "archive", date="1990-02-01"),
    )
    timeline = stats.timeline(granularity="year")
    assert timeline.outside == ["history"]
    assert timeline.labels() == [str(y) for y in range(1990, 2006)]  # from the own date, not 1935 or 2048
    assert "forecast" in timeline.undated  # 2048 is no publication date: nothing else dates it
    assert "plan" in timeline.periods[-2].article_ids  # placed by March 2004, not by 2048
    low, high = timeline.drawn_span
    assert low > "1935" and "2005-06" < high < "2048"
    assert timeline.to_dict()["outside"] == ["history"]
    assert article_date(article_from_text("Late.\n\nText.", "x", date="2048-01-01")) is None
    # too few dates to tell what is far: nothing left out
    few = corpus(article_from_text("Old.\n\nIn 1935.", "o"), article_from_text("New.\n\nOn 2 May 2004.", "n"))
    assert few.timeline().outside == []


def test_a_bar_an_entity_and_a_pair_give_their_articles_with_copies():
    text = "Same story.\n\nAnna Varga met Bruno Keller in Tallinn."
    stats = corpus(
        article_from_text(text, "a-first", date="2020-06-01"),
        article_from_text(text, "b-copy"),
        article_from_text("Other.\n\nAnna Varga here.\n\nBruno Keller there.", "c-apart", date="2020-06-02"),
        article_from_text("Late.\n\nBruno Keller of Nordbank.", "d-late", date="2020-08-09"),
    )
    assert stats.period_ids("2020-06") == ["a-first", "b-copy", "c-apart"]
    assert stats.period_ids("2020-07") == []
    assert stats.period_ids("2020", granularity="year") == ["a-first", "b-copy", "c-apart", "d-late"]
    assert stats.period_ids("2020-06", entity="nordbank") == []
    assert stats.entity_ids("bruno-keller") == ["a-first", "b-copy", "c-apart", "d-late"]
    assert stats.entity_ids("tallinn") == ["a-first", "b-copy"]
    # both in one paragraph: not c-apart, which names them in different paragraphs
    assert stats.pair_ids("anna-varga", "bruno-keller") == ["a-first", "b-copy"]
    assert stats.pair_ids("bruno-keller", "anna-varga") == ["a-first", "b-copy"]
    assert stats.pair_ids("anna-varga", "nordbank") == []
    # each bar's ids are the ids the bar counts (with the copies folded into them)
    june = stats.timeline().periods[0]
    assert stats.with_copies(e for e in stats.entries if e.id in june.article_ids) == stats.period_ids("2020-06")


def test_by_year_a_year_is_enough():
    timeline = dated_corpus().timeline(granularity="year")
    assert [(p.label, p.published, p.cited) for p in timeline.periods] == [("2020", 2, 2)]
    assert timeline.coarse == [] and timeline.undated == ["a5"]
    with pytest.raises(ValueError, match="granularity"):
        dated_corpus().timeline(granularity="week")


def test_filters_narrow_the_timeline():
    stats = dated_corpus()
    assert stats.timeline(ids=["a1", "a5"]).articles == 2
    by_entity = stats.timeline(entity="anna-varga")
    assert sorted(i for p in by_entity.periods for i in p.article_ids) == ["a1", "a2"]


def test_duplicates_are_counted_once_and_a_dated_copy_is_preferred():
    text = "Same story.\n\nAnna Varga met Bruno Keller in Tallinn."
    stats = corpus(
        article_from_text(text, "a-first"),
        article_from_text(text, "b-copy", date="2020-06-01"),
        article_from_text("Other.\n\nAnna Varga alone.", "c-other", date="2020-06-02"),
    )
    timeline = stats.timeline()
    assert timeline.articles == 2 and timeline.duplicates == 1
    [june] = timeline.periods
    assert (june.published, sorted(june.article_ids)) == (2, ["b-copy", "c-other"])
    [copy] = [e for e in stats.entries if e.copies]
    assert copy.id == "b-copy" and copy.copies == ("a-first",)
    # a filter naming either copy finds the story
    assert stats.timeline(ids=["a-first"]).articles == 1
    trends = stats.top_entities()
    assert {t.id: t.mentions for t in trends.entities}["anna-varga"] == 2  # not 3
    assert stats.cooccurrence().pairs[0].paragraphs == 1


# --------------------------------------------------------------------------- entities


def test_the_most_mentioned_entities_with_mentions_per_month():
    stats = corpus(
        article_from_text("A.\n\nAnna Varga and Anna Varga again. Tallinn.", "a1", date="2020-01-05"),
        article_from_text("B.\n\nAnna Varga on March 3.", "a2", date="2020-03-01"),
        article_from_text("C.\n\nBruno Keller, undated.", "a3"),
    )
    trends = stats.top_entities(limit=2)
    assert trends.periods == ["2020-01", "2020-02", "2020-03"]
    first, second = trends.entities
    assert (first.id, first.name, first.label, first.mentions, first.articles) == (
        "anna-varga",
        "Anna Varga",
        "PERSON",
        3,
        2,
    )
    assert trends.series(first) == [2, 0, 1]
    # Bruno Keller and Tallinn have one mention each: more articles then the name decide
    assert second.id == "bruno-keller" and trends.series(second) == [0, 0, 0]  # undated: in the total only
    assert all(t.label != "DATE" for t in stats.top_entities(limit=10).entities)


def test_linked_surnames_count_as_the_full_name():
    stats = corpus(
        article_from_text("A.\n\nAnna Varga spoke. Varga left.", "a1"),
        links={"varga": "anna-varga"},
    )
    [trend] = [t for t in stats.top_entities().entities if t.id == "anna-varga"]
    assert trend.mentions == 2 and not any(t.id == "varga" for t in stats.top_entities().entities)
    assert stats.find_entity("Varga") == "anna-varga"
    assert stats.find_entity("anna varga") == "anna-varga"
    assert stats.find_entity("nobody") is None


# --------------------------------------------------------------------------- co-occurrence


def test_co_occurrence_counts_paragraphs_that_mention_both():
    stats = corpus(
        article_from_text(
            "Title.\n\n"
            "Anna Varga met Bruno Keller in Tallinn. Anna Varga smiled.\n\n"  # three pairs, once each
            "Anna Varga and Bruno Keller again.\n\n"  # Varga-Keller
            "Bruno Keller alone. Nordbank on March 3.",  # Keller-Nordbank; a date is no entity
            "a1",
        ),
        article_from_text("Other.\n\nBruno Keller of Nordbank.\n\nAnna Varga in Tallinn.", "a2"),
    )
    result = stats.cooccurrence(top=3)
    counts = {(p.a, p.b): (p.paragraphs, p.articles) for p in result.pairs}
    assert counts == {
        ("anna-varga", "bruno-keller"): (2, 1),
        ("anna-varga", "tallinn"): (2, 2),
        ("bruno-keller", "nordbank"): (2, 2),
        ("bruno-keller", "tallinn"): (1, 1),
    }
    # ties on paragraphs: more articles first
    assert (result.pairs[0].a, result.pairs[0].b) == ("anna-varga", "tallinn")
    assert result.ids == ["bruno-keller", "anna-varga", "tallinn"]  # most shared paragraphs in all
    assert result.names == ["Bruno Keller", "Anna Varga", "Tallinn"]
    assert result.matrix == [[0, 2, 1], [2, 0, 2], [1, 2, 0]]
    only = stats.cooccurrence(entity="nordbank")
    assert [(p.a, p.b) for p in only.pairs] == [("bruno-keller", "nordbank")]


# --------------------------------------------------------------------------- sources


def test_sources_each_publisher_cites_leave_out_its_own_name():
    def source(name, kind, claims=1):
        return Source(name.lower().replace(" ", "-"), name, kind, claims)

    stats = corpus(
        article_from_text("A.\n\nText.", "a1", publisher="Daily Post", author="Jo Bloggs"),
        article_from_text("B.\n\nText.", "a2", publisher="Daily Post"),
        article_from_text("C.\n\nText.", "a3"),
        sources={
            "a1": [source("Daily Post", "publisher", 0), source("Jo Bloggs", "author", 0), source("Reuters", "agency")],
            "a2": [source("Daily Post", "publisher"), source("Reuters", "agency", 2), source("TASS", "agency", 3)],
            "a3": [source("TASS", "agency")],
        },
    )
    daily, unknown = stats.sources_by_publisher()
    assert (daily.publisher, daily.articles) == ("Daily Post", 2)
    assert [(s.name, s.articles, s.claims) for s in daily.sources] == [("Reuters", 2, 3), ("TASS", 1, 3)]
    assert (unknown.publisher, [s.name for s in unknown.sources]) == ("(unknown)", ["TASS"])
    assert [p.publisher for p in stats.sources_by_publisher(ids=["a3"])] == ["(unknown)"]


def test_the_core_is_headless():
    code = "import sys, belreader.corpus_stats; print('textual' in sys.modules, 'typer' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
