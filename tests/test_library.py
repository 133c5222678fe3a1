"""The façade the CLI and the reader hold (belreader/library.py), on the bundled corpus."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from belreader.library import Library, Query, UpdateReport, update_summary

from nlp_util import SEED_IDS

JAMESTOWN, EURASIA, OWP = SEED_IDS["000"], SEED_IDS["001"], SEED_IDS["003"]


@pytest.fixture
def library(indexed_seed_corpus) -> Library:
    corpus, index_dir = indexed_seed_corpus
    return Library(corpus, index_dir)


def loan_claim(library: Library, article_id: str = JAMESTOWN):
    analysis = next(a for a in library.analyses() if a.article_id == article_id)
    return next(c for c in analysis.claims if "$1.5 billion" in c.content)


def test_the_library_is_headless():
    code = "import sys, belreader.library; print('textual' in sys.modules, 'typer' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]


def test_update_summary_says_what_happened():
    report = UpdateReport(added=["a", "b"], skipped=[], unchanged=3)
    assert update_summary(report) == "2 added"
    assert update_summary(UpdateReport()) == ""
    assert update_summary(report, every_count=True) == "2 added, 0 updated, 0 removed, 3 unchanged, 0 skipped"


def test_an_export_by_query_parses_the_query_once(library, monkeypatch):
    from belreader.search import language

    parses = []
    real = language.parse
    monkeypatch.setattr(language, "parse", lambda text, table=None: parses.append(text) or real(text, table))
    result = library.export("json", "loan")
    assert parses == ["loan"]
    assert result.count >= 3 and result.written is None
    data = json.loads(result.text)
    assert data["query"] == "loan" and data["project"] == str(library.corpus)


def test_highlights_come_from_one_match(library):
    query = library.query("loan")
    assert isinstance(query, Query)
    results = library.search(query, snippets=0)
    article = library.load_article(results.hits[0].id)
    found = library.highlights(results, article)
    assert found.spans and found.paragraphs
    for start, end in found.spans:
        paragraph = article.paragraph_at(start)
        assert paragraph is not None and paragraph.index in found.paragraphs
        assert "loan" in article.body[start:end].lower()
    assert library.highlights(results, article, paragraphs=False).paragraphs == []


def test_marking_a_claim_records_who_said_it_and_unmarking_is_undone(library):
    claim = next(c for a in library.analyses() for c in a.claims if c.outlets)
    article = library.load_article(claim.article_id)
    analysis = library.analysis_for(article)
    marked = library.toggle_clip(article, claim.sentence_start, claim.sentence_end, claim=claim, analysis=analysis)
    assert marked.action == "added"
    names = {s.id: s.name for s in analysis.sources}
    assert marked.clip.claim_id == claim.id and marked.clip.speaker == claim.speaker
    assert marked.clip.outlets == [names[o] for o in claim.outlets]
    unmarked = library.toggle_clip(article, claim.sentence_start, claim.sentence_end)
    assert unmarked.action == "removed" and library.clips()[0] == []
    restored = library.undo_remove()
    assert restored is not None and restored.id == marked.clip.id
    assert library.undo_remove() is None


def test_a_clip_with_a_note_is_not_unmarked_without_confirmation(library):
    article = library.load_article(JAMESTOWN)
    paragraph = article.paragraphs[1]
    library.clip_store().add_paragraph(article, 1, note="keep me")
    asked = library.toggle_clip(article, paragraph.start, paragraph.end)
    assert asked.action == "confirm" and len(library.clips()[0]) == 1
    assert library.remove_clip(asked.clip) and library.clips()[0] == []


def test_clips_are_re_anchored_before_they_are_listed_and_exported(library, indexed_seed_corpus):
    corpus, _ = indexed_seed_corpus
    article = library.load_article(JAMESTOWN)
    clip = library.clip_store().add_paragraph(article, 3)
    path = article.path
    path.write_text(path.read_text(encoding="utf-8").replace(article.paragraph_text(article.paragraphs[2]), "New."))
    library.update()
    told = []
    result = library.export("md", on_reanchor=told.append)
    [passage] = result.passages
    assert passage.clip_id == clip.id and passage.quote == clip.quote
    assert passage.start != clip.start and told


def test_claims_filter_by_article_speaker_and_query(library):
    everything = library.claims()
    assert {r["article_id"] for r in everything} >= {JAMESTOWN, EURASIA, OWP}
    assert {r["article_id"] for r in library.claims(article=JAMESTOWN)} == {JAMESTOWN}
    peskov = library.claims(speaker="Peskov")
    assert peskov and all("peskov" in (r["speaker"] or "").lower() for r in peskov)
    loan = library.claims(query='"1.5 billion"')
    assert loan and all("1.5 billion" in r["content"] for r in loan)


def test_outlet_names_from_the_analyses_then_the_entity_table_then_the_id(library):
    assert library.outlet_names(["no-such-outlet"]) == {"no-such-outlet": "no-such-outlet"}
    analyses = library.analyses()
    source = next(s for a in analyses for s in a.sources)
    assert library.outlet_names([source.id], analyses) == {source.id: source.name}


def test_related_claims_name_their_outlets(library):
    related = library.related(loan_claim(library), limit=5)
    assert {m.claim.article_id for m in related.matches} >= {EURASIA, OWP}
    assert set(related.outlet_names) == {o for m in related.matches for o in m.claim.outlets}
    assert library.claim("no such claim") is None  # an id is resolved first: `related` takes a claim


def test_fact_groups_are_kept_until_the_index_changes(library):
    groups = library.fact_groups()
    assert library.fact_groups() is groups
    comparison = library.compare(loan_claim(library).id)
    assert comparison is not None
    assert [r.article_id for r in comparison.rows] == [JAMESTOWN, EURASIA, OWP]
    assert "# Compare" in library.render_comparison(comparison, "md")
    library.refresh()
    assert library.fact_groups() is not groups
    assert library.compare("no such claim") is None
    with pytest.raises(ValueError):
        library.render_comparison(comparison, "pdf")


def test_sources_of_one_article_and_of_the_corpus(library):
    one = library.sources(JAMESTOWN)
    assert one and set(one[0]) == {"id", "name", "kind", "claims"}
    everywhere = library.sources()
    assert {row["id"] for row in one} <= {row["id"] for row in everywhere}


# --------------------------------------------------------------------------- the corpus at a glance (issue 14)


def test_the_timeline_dates_the_bundled_articles_by_the_dates_they_cite(library):
    timeline = library.timeline()
    assert timeline.articles == 5 and timeline.published == 0  # the bundled articles carry no date
    dated = {i: p.label for p in timeline.periods for i in p.article_ids}
    assert dated[JAMESTOWN] == "2020-09"  # "September 14" in an article that names 2020
    assert EURASIA in timeline.undated  # its dates name no year
    assert set(dated) | set(timeline.undated) | set(timeline.coarse) == {s.id for s in library.summaries()}
    assert all(p.cited == p.total for p in timeline.periods)


def test_corpus_statistics_are_kept_until_the_index_changes(library):
    stats = library.corpus_stats()
    assert library.corpus_stats() is stats
    library.refresh()
    assert library.corpus_stats() is not stats


def test_top_entities_agree_with_the_entity_list(library):
    trends = library.top_entities(5)
    assert [t.id for t in trends.entities][:2] == ["lukashenka", "putin"]
    totals = {row["id"]: row["total"] for row in library.entities()}
    assert all(t.mentions == totals[t.id] for t in trends.entities)
    first = trends.entities[0]
    assert len(trends.series(first)) == len(trends.periods) and sum(trends.series(first)) <= first.mentions


def test_who_appears_with_whom_on_the_bundled_corpus(library):
    result = library.cooccurrence(6)
    top = result.pairs[0]
    assert {top.a, top.b} == {"lukashenka", "putin"} and top.articles == 5
    size = len(result.ids)
    assert size == 6 and all(result.matrix[i][j] == result.matrix[j][i] for i in range(size) for j in range(size))
    peskov = library.cooccurrence(entity="Peskov")
    assert peskov.pairs and all("peskov" in (p.a, p.b) for p in peskov.pairs)


def test_sources_by_publisher_leave_out_the_publisher_itself(library):
    rows = {row.publisher: row for row in library.sources_by_publisher()}
    jamestown = rows["The Jamestown Foundation"]
    names = [s.name for s in jamestown.sources]
    assert "TASS" in names and "The Jamestown Foundation" not in names
    assert rows["(unknown)"].articles == 1


def test_pictures_narrowed_by_a_query_and_an_entity(library):
    loan = library.timeline(query="loan")
    found = set(library.article_ids_matching("loan"))
    assert loan.articles == len(found) < 5
    peskov = library.timeline(entity="Dmitry Peskov")
    assert peskov.articles == len(library.article_ids_mentioning("peskov"))
    assert library.entity_id("Peskov") == library.entity_id("peskov") == "peskov"
    with pytest.raises(LookupError, match="no entity 'Nobody Atall'"):
        library.timeline(entity="Nobody Atall")


def test_a_plot_is_written_with_its_caption(library, tmp_path):
    from belreader.library import PLOT_FORMATS, PLOT_KINDS
    from belreader.plots import PLOT_FORMATS as DRAWN_FORMATS
    from belreader.plots import PLOT_KINDS as DRAWN_KINDS

    assert (PLOT_KINDS, PLOT_FORMATS) == (DRAWN_KINDS, DRAWN_FORMATS)
    result = library.plot("timeline", tmp_path / "t.svg", query="loan")
    assert result.written == tmp_path / "t.svg"
    svg = result.written.read_text(encoding="utf-8")
    assert f"belreader · project {library.corpus} · query: loan" in svg
    nothing = library.plot("cooccurrence", tmp_path / "none.png", query="zzzqqq")
    assert nothing.written is None and not (tmp_path / "none.png").exists()
    with pytest.raises(ValueError, match=r"\.svg or \.png"):
        library.plot("timeline", tmp_path / "t.pdf")


def test_without_analysis_only_the_timeline_is_drawn(indexed_seed_corpus, tmp_path):
    corpus, _ = indexed_seed_corpus
    library = Library(corpus, tmp_path / "plain", analysis=False)
    library.update()
    assert library.timeline().articles == 5
    assert library.plot("timeline", tmp_path / "t.png").written is not None
    with pytest.raises(ValueError, match="--no-nlp"):
        library.plot("entities", tmp_path / "e.png")
    with pytest.raises(LookupError):
        library.timeline(entity="Peskov")
