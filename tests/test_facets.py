"""Facets (issue 13, "Facets you can select"): counts per publisher, month, folder, entity,
speaker and source for the current results, combinable, with exclusions."""

from __future__ import annotations

import shutil

import pytest

from belreader.library import FACETS, FacetFilter, Library

from tui_util import SEED_000, SEED_003


@pytest.fixture
def library(indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    return Library(corpus, index_dir)


def _counts(found, facet):
    return {v.value: v.count for v in found.facets[facet]}


def test_counts_over_the_whole_corpus(library):
    found = library.facets()
    summaries = library.summaries()
    assert found.articles == found.scope == len(summaries) == 5
    assert sorted(found.article_ids) == sorted(s.id for s in summaries)
    assert set(found.facets) == set(FACETS)
    publishers = _counts(found, "publisher")
    assert sum(publishers.values()) == 5 and publishers["The Jamestown Foundation"] == 1
    assert sum(_counts(found, "month").values()) == 5  # every article in exactly one month bucket
    months = [v.value for v in found.facets["month"]]
    assert months == sorted(months[:-1], reverse=True) + ["(no month)"]  # newest first, undated last
    assert _counts(found, "folder") == {"(top folder)": 5}
    entities = _counts(found, "entity")
    assert entities["peskov"] == len(library.filter_by_entity("peskov").article_ids) == 2
    speakers = {v.value: v for v in found.facets["speaker"]}
    assert speakers["peskov"].label == "Dmitry Peskov"
    assert speakers["peskov"].count == len({r["article_id"] for r in library.voice_claims("speaker", "peskov")})
    assert _counts(found, "source")["tass"] == 1


def test_choices_combine_and_exclude(library):
    peskov = FacetFilter("entity", "peskov")
    found = library.facets(filters=[peskov])
    assert sorted(found.article_ids) == [SEED_000, SEED_003]
    # within a facet: either value; the facet's own counts ignore its choices
    assert _counts(found, "entity")["peskov"] == 2 and _counts(found, "entity")["lukashenka"] == 5
    assert sum(_counts(found, "publisher").values()) == 2  # other facets count what the choice leaves
    jamestown = next(v for v in found.facets["publisher"] if v.count)
    both = library.facets(filters=[peskov, FacetFilter("publisher", jamestown.value)])
    assert both.articles == 1 and both.describe().startswith(f"publisher: {jamestown.label} · entity: ")
    left_out = library.facets(filters=[peskov, FacetFilter("publisher", jamestown.value, exclude=True)])
    assert left_out.articles == 1 and set(left_out.article_ids).isdisjoint(both.article_ids)
    chosen = {v.value: v.chosen for v in left_out.facets["publisher"]}
    assert chosen[jamestown.value] == "exclude"  # an excluded value stays listed
    either = library.facets(filters=[FacetFilter("entity", "peskov"), FacetFilter("entity", "tass")])
    assert set(either.article_ids) >= set(found.article_ids)
    with pytest.raises(ValueError):
        FacetFilter("colour", "red")


def test_counts_follow_the_query(library):
    found = library.facets("loan")
    hits = library.article_ids_matching("loan")
    assert found.scope == len(hits) < 5
    assert sorted(found.article_ids) == sorted(hits)
    assert sum(_counts(found, "publisher").values()) == len(hits)
    assert library.facets("   ").scope == 5  # a blank query is no query


def test_duplicates_count_once_and_filters_give_the_copies(indexed_seed_corpus, tmp_path):
    corpus, _ = indexed_seed_corpus
    sub = corpus / "copies"
    sub.mkdir()
    shutil.copy2(corpus / f"{SEED_000}.txt", sub / "copy.txt")
    library = Library(corpus, tmp_path / "index2")
    library.update()
    found = library.facets()
    assert found.articles == 5 and len(found.article_ids) == 6
    assert sum(_counts(found, "folder").values()) == 5


def _front_matter_corpus(root, articles):
    corpus = root / "tagged"
    corpus.mkdir()
    for name, (author, tags, body) in articles.items():
        head = f"---\ntitle: {name.title()}\nauthor: {author}\ntags: [{', '.join(tags)}]\n---\n\n"
        (corpus / f"{name}.md").write_text(head + body + "\n", encoding="utf-8")
    return corpus


def test_author_and_tag_facets_come_from_the_articles_own_metadata(tmp_path):
    corpus = _front_matter_corpus(
        tmp_path,
        {
            "harbour": ("Anna Nowak", ["ports", "Gdynia"], "The harbour board met on Tuesday."),
            "ferry": ("Anna  Nowak", ["ports"], "Ferry crews walked out at dawn."),
            "grain": ("Piotr Lis", ["farming"], "The grain harvest was late this year."),
        },
    )
    library = Library(corpus, tmp_path / "index", analysis=False)
    library.update()
    found = library.facets()
    authors = {v.value: (v.label, v.count) for v in found.facets["author"]}
    assert authors == {"anna nowak": ("Anna Nowak", 2), "piotr lis": ("Piotr Lis", 1)}
    assert _counts(found, "tag") == {"ports": 2, "gdynia": 1, "farming": 1}
    ports = library.facets(filters=[FacetFilter("tag", "ports"), FacetFilter("author", "piotr lis", exclude=True)])
    assert ports.articles == 2 and "tag: ports" in ports.describe() and "not author: Piotr Lis" in ports.describe()


def test_facet_values_are_kept_beside_the_index_for_its_state(tmp_path, monkeypatch):
    from belreader.library import FACETS_FILE

    corpus = _front_matter_corpus(
        tmp_path,
        {
            "harbour": ("Anna Nowak", ["ports"], "The harbour board met on Tuesday."),
            "grain": ("Piotr Lis", ["farming"], "The grain harvest was late this year."),
        },
    )
    Library(corpus, tmp_path / "index", analysis=False).update()
    first = Library(corpus, tmp_path / "index", analysis=False).facets()
    assert (tmp_path / "index" / FACETS_FILE).is_file()

    def no_reading(self):
        raise AssertionError("the stored values are read, not the articles")

    monkeypatch.setattr(Library, "corpus_stats", no_reading)
    again = Library(corpus, tmp_path / "index", analysis=False).facets(filters=[FacetFilter("tag", "ports")])
    assert again.articles == 1 and _counts(again, "author") == {"anna nowak": 1}
    assert _counts(again, "tag") == _counts(first, "tag")  # a facet's own counts ignore its choice
    monkeypatch.undo()
    (corpus / "ferry.md").write_text("---\nauthor: Ewa Bak\ntags: [ports]\n---\n\nFerry crews walked out.\n")
    library = Library(corpus, tmp_path / "index", analysis=False)
    library.update()
    assert _counts(library.facets(), "tag")["ports"] == 2  # the index changed: counted again


def test_the_stored_fields_give_what_the_statistics_give(indexed_seed_corpus, tmp_path):
    from belreader.facets import FacetIndex

    corpus, _ = indexed_seed_corpus
    (corpus / "copies").mkdir()
    shutil.copy2(corpus / f"{SEED_000}.txt", corpus / "copies" / "copy.txt")  # a duplicate folded
    library = Library(corpus, tmp_path / "index2")
    library.update()
    built = library._facet_index().to_dict()
    counted = FacetIndex.from_stats(library.corpus_stats(), library.corpus).to_dict()
    assert built["rows"] == counted["rows"] and len(built["rows"]) == 5
    assert sorted(built["labels"]) == sorted(counted["labels"])


def test_after_an_update_only_the_changed_files_are_read_for_the_facets(indexed_seed_corpus, monkeypatch):
    import belreader.corpus_stats
    import belreader.facets
    from belreader.corpus_stats import article_date

    corpus, index_dir = indexed_seed_corpus
    Library(corpus, index_dir).facets()  # counted once: every file read
    path = corpus / f"{SEED_003}.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nA last line added on 3 March 2021.\n", encoding="utf-8")
    library = Library(corpus, index_dir)
    library.update()
    dated: list[str] = []

    def counting(article):
        dated.append(article.id)
        return article_date(article)

    # a context of its own: monkeypatch.undo() would also undo the isolated user dirs (the
    # autouse fixture's environment), and the recount below would read the real user cache
    with monkeypatch.context() as patch:
        patch.setattr(belreader.corpus_stats, "article_date", counting)
        patch.setattr(belreader.facets, "article_date", counting, raising=False)
        found = library.facets()
    assert dated == [SEED_003], "only the changed file is read again"
    fresh = Library(corpus, index_dir)
    (index_dir / "belreader-facets.json").unlink()
    again = fresh.facets()
    assert [(f, v.value, v.count) for f in FACETS for v in found.facets[f]] == [
        (f, v.value, v.count) for f in FACETS for v in again.facets[f]
    ]


def test_month_range_is_the_months_between_two_ends():
    from belreader.library import month_range

    months = ["2021-03", "2021-01", "2020-12", "2020-11", "(no month)"]
    assert month_range(months, "2021-01", "2020-11") == ["2020-11", "2020-12", "2021-01"]
    assert month_range(months, "2020-12", "2020-12") == ["2020-12"]
