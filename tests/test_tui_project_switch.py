"""The reader's project switcher (issue 13, defect 8): `p` lists the projects used so far, and
switching loads that corpus with its own clips, reading place, history and marks."""

from __future__ import annotations

import shutil

from belreader.library import Library
from belreader.state import UIState, save_state
from belreader.tui.screens.projects import ProjectList, ProjectsScreen
from belreader.tui.widgets.article_view import ArticleView

from tui_util import SEED_000, SEED_003, WIDE, settle


async def _wait_for(app, pilot, condition, rounds: int = 40) -> None:
    for _ in range(rounds):
        if condition():
            return
        await settle(app, pilot)
        await pilot.pause(0.05)


async def test_switching_projects_loads_the_other_corpus_with_its_own_state(app_factory, indexed_seed_corpus, tmp_path):
    corpus, index_dir = indexed_seed_corpus
    other = tmp_path / "other"
    other.mkdir()
    for path in sorted(corpus.iterdir())[3:]:
        shutil.copy2(path, other / path.name)
    second = Library(other)
    second.update()
    kept = second.summaries()[0].id
    clip = second.clip_store().add_paragraph(second.load_article(kept), 0, note="the other corpus's clip")
    second.star(kept)
    save_state(UIState(corpus=str(other), article_id=kept, query="minsk"), second.state_path)
    second.remember_search("minsk")
    Library(corpus, index_dir).star(SEED_000)

    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        first_key = app.library.project_key
        await pilot.press("p")
        await settle(app, pilot)
        assert isinstance(app.screen, ProjectsScreen)
        listing = app.screen.query_one(ProjectList)
        keys = [o.id for o in listing._options]
        assert set(keys) >= {first_key, second.project_key}
        assert keys[listing.highlighted] == first_key  # starts on the open one
        listing.highlighted = keys.index(second.project_key)
        await pilot.press("enter")
        await _wait_for(app, pilot, lambda: app.reader.article is not None)
        reader = app.reader
        assert app.screen is reader and app.library.corpus == other
        assert {s.id for s in reader.summaries} == {s.id for s in second.summaries()}
        assert reader.article.id == kept  # its own reading place
        assert reader.query_text == "minsk"
        assert [c.id for c in app.library.clips(reanchor=False)[0]] == [clip.id]  # its clips, not the first's
        assert reader.reading.starred == {kept}
        assert SEED_000 not in reader.reading.starred

        app.screen.query_one(ArticleView).focus()  # the restored query left the search box focused
        await pilot.press("p")
        await settle(app, pilot)
        listing = app.screen.query_one(ProjectList)
        keys = [o.id for o in listing._options]
        listing.highlighted = keys.index(first_key)
        await pilot.press("enter")
        await _wait_for(app, pilot, lambda: app.library.project_key == first_key and app.reader.summaries)
        assert app.library.corpus == corpus
        assert app.library.index_dir.resolve() == index_dir.resolve()  # its own index, not a new default one
        assert {SEED_000, SEED_003} <= {s.id for s in app.reader.summaries}
        await _wait_for(app, pilot, lambda: app.reader.reading.starred)
        assert app.reader.reading.starred == {SEED_000}
    assert Library(other).read_state()[0].article_id == kept  # the other project's place was saved, not overwritten


async def test_palette_lists_the_other_projects(app_factory, indexed_seed_corpus, tmp_path):
    from belreader.tui.commands import COMMAND_SOURCES

    corpus, _ = indexed_seed_corpus
    other = tmp_path / "other"
    other.mkdir()
    shutil.copy2(sorted(corpus.iterdir())[0], other / "one.txt")
    Library(other).update()
    app = app_factory()
    async with app.run_test(size=WIDE) as pilot:
        await settle(app, pilot)
        names = [c.name for source in COMMAND_SOURCES for c in source(app)]
        assert "project: switch…" in names and "project: other" in names
        assert f"project: {corpus.name}" not in names  # not the open one
