"""The entity table is loaded once per set of files, and what is derived from it goes with it.

Every project (and every test) has its own config folder; loading a table per folder, kept for ever
with its gazetteer, grew the test suite's process to 12 GB. A folder without a user file gives the
same table; a few tables with user files are kept, older ones (and their gazetteers) are freed."""

import gc
import weakref

from belreader.nlp import aliases
from belreader.nlp.entities import gazetteer, gazetteer_spans


def test_folders_without_a_user_file_share_one_table(tmp_path, monkeypatch):
    tables = []
    for n in range(3):
        folder = tmp_path / f"config{n}"
        folder.mkdir()
        monkeypatch.setenv("BELREADER_CONFIG_DIR", str(folder))
        tables.append(aliases.load_table())
    assert tables[0] is tables[1] is tables[2]


def test_old_tables_with_their_gazetteers_are_freed_and_a_user_file_is_still_read(tmp_path, monkeypatch):
    first = None
    for n in range(aliases._CACHED_TABLES + 3):
        folder = tmp_path / f"config{n}"
        folder.mkdir()
        (folder / "entities.toml").write_text(f'[velton-works-{n}]\nname = "Velton Works {n}"\nlabel = "ORG"\n')
        monkeypatch.setenv("BELREADER_CONFIG_DIR", str(folder))
        table = aliases.load_table()
        assert table.canonical(f"Velton Works {n}") == f"velton-works-{n}"  # this folder's own file
        assert gazetteer_spans(f"Velton Works {n} said so.", table)  # builds the table's gazetteer
        if first is None:
            first = weakref.ref(table), weakref.ref(gazetteer(table))
        del table
    gc.collect()
    assert first[0]() is None and first[1]() is None
    assert len(aliases._CACHE) <= aliases._CACHED_TABLES


def test_a_derived_value_is_built_once_per_table():
    table = aliases.EntityTable({})
    built = []
    for _ in range(3):
        table.derived("thing", lambda: built.append(1) or len(built))
    assert built == [1]
    assert aliases.EntityTable({}).derived("thing", lambda: "other") == "other"
