"""SVG snapshots of the reader's scenes (tests/tui_scenes.py), on the bundled corpus copied to tmp_path.

Regenerate with `pytest tests/test_tui_snapshots.py --snapshot-update` and look at them.
"""

from __future__ import annotations

import pytest

from belreader.tui.app import make_app

from tui_scenes import scene


@pytest.fixture
def scene_app(indexed_seed_corpus, tmp_path):
    corpus, index_dir = indexed_seed_corpus

    def build():
        return make_app(corpus=corpus, index_dir=index_dir, state_dir=tmp_path / "state")

    return build


@pytest.mark.parametrize("name", ["main", "search-loan", "related", "narrow", "help"])
def test_scene(name, scene_app, snap_compare):
    chosen = scene(name)
    assert snap_compare(scene_app(), terminal_size=chosen.size, run_before=chosen.run_before)


@pytest.mark.parametrize("name", ["corpus", "corpus-narrow"])
def test_corpus_scene(name, scene_app, snap_compare):
    chosen = scene(name)
    assert snap_compare(scene_app(), terminal_size=chosen.size, run_before=chosen.run_before)


@pytest.mark.parametrize("name", ["who-said", "facets", "facets-narrow", "projects"])
def test_issue13_scene(name, scene_app, snap_compare):
    chosen = scene(name)
    assert snap_compare(scene_app(), terminal_size=chosen.size, run_before=chosen.run_before)
