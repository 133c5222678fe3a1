"""Session 42, ux42: the CLI as a first-time analyst meets it (/work/wt/notes/UX42_findings.md)."""

from __future__ import annotations

import fcntl
import shutil
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belreader.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def seeds(tmp_path) -> Path:
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    return corpus


def run(runner, *args, code=0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (result.exit_code, result.output, result.stderr if result.stderr_bytes else "")
    return result


# -- D1: a reading command while another belreader updates the index ----------------------------


def test_search_answers_at_once_while_another_belreader_updates_the_index(runner, seeds, tmp_path):
    """The reader indexing a corpus (or `belreader index` in another terminal) holds the update
    lock: `search` and `show` answered after a 30 s wait with "try again" (exit 3); they answer
    from the index as it is, at once, and say so."""
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "ix"
    run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", index_dir)
    (seeds / "new.txt").write_text("Loan talks resume\n\nThe loan talks resumed on Monday, officials said.\n")
    lock_path = CorpusIndex(seeds, index_dir, analysis=False).lock_path
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)  # another belreader's update under way
        began = time.monotonic()
        result = run(runner, "--no-nlp", "search", "loan", "--corpus", seeds, "--index", index_dir)
        assert time.monotonic() - began < 10
        assert "another belreader is updating the index" in result.stderr
        assert "showing it as it is" in result.stderr
        assert "Loan talks resume" not in result.stdout  # not indexed yet: the index as it is
        run(runner, "--no-nlp", "show", "000", "--corpus", seeds, "--index", index_dir)
    after = run(runner, "--no-nlp", "search", "loan", "--corpus", seeds, "--index", index_dir)
    assert "Loan talks resume" in after.stdout  # the lock gone, the update runs as before


def test_index_still_refuses_while_another_belreader_updates(runner, seeds, tmp_path, monkeypatch):
    """`belreader index` itself must not pretend: it fails with the one line, exit 3."""
    from belreader import sync
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "ix"
    run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", index_dir)
    lock_path = CorpusIndex(seeds, index_dir, analysis=False).lock_path
    real_update = sync.Sync.update
    monkeypatch.setattr(sync.Sync, "update", lambda self, **kw: real_update(self, **{**kw, "wait": 0.2}))
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        result = run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", index_dir, code=3)
    assert "another belreader is updating the index" in result.stderr


def test_no_index_yet_and_another_belreader_building_it_fails_clearly(runner, seeds, tmp_path):
    from belreader.index import CorpusIndex

    index_dir = tmp_path / "ix"
    lock_path = CorpusIndex(seeds, index_dir, analysis=False).lock_path
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        result = run(runner, "--no-nlp", "search", "loan", "--corpus", seeds, "--index", index_dir, code=3)
    assert "another belreader is updating the index" in result.stderr


# -- D3: `entities --suggest-aliases` suggests only what `entities` shows apart ------------------


def _person(entity_id, name, count=1):
    from belreader.nlp.records import Entity

    return Entity(entity_id, name, "PERSON", None, [name], count)


def _analyses():
    """Ola Brandt is the corpus's one Brandt (a surname alone is linked to her); "Bert J Vance"
    and "Bert Vance" are one person (a middle initial); Marek Kovalchuk and Marek Kovalchyk are
    two spellings the analysis does not link."""
    from belreader.nlp.records import Analysis

    return [
        Analysis(
            "a", "h1", "t", entities=[_person("ola-brandt", "Ola Brandt", 4), _person("bert-vance", "Bert Vance", 3)]
        ),
        Analysis("b", "h2", "t", entities=[_person("brandt", "Brandt", 2), _person("bert-j-vance", "Bert J Vance", 1)]),
        Analysis(
            "c", "h3", "t", entities=[_person("marek-kovalchuk", "Marek Kovalchuk", 3), _person("vance", "Vance", 1)]
        ),
        Analysis("d", "h4", "t", entities=[_person("marek-kovalchyk", "Marek Kovalchyk", 1)]),
    ]


def test_suggestions_leave_out_what_the_entities_listing_already_counts_as_one():
    """BBC business: "Greenspan -> Alan Greenspan, merge alan-greenspan greenspan" while
    `belreader entities` already listed Greenspan among Alan Greenspan's spellings."""
    from belreader.nlp.identity import entity_rows, suggest_merges

    analyses = _analyses()
    rows = {row["id"]: row for row in entity_rows(analyses)}
    assert "Brandt" in rows["ola-brandt"]["aliases"]  # the listing shows them as one
    pairs = {(s["id"], s["probable_alias_of"]) for s in suggest_merges(analyses)}
    assert ("brandt", "ola-brandt") not in pairs
    for short, long in pairs:  # each names rows the user can see, never an id counted as another
        assert short in rows and long in rows, (short, long, sorted(rows))
    assert {"marek-kovalchuk", "marek-kovalchyk"} in [{a, b} for a, b in pairs]  # still suggested


def test_suggestion_names_the_row_an_id_is_counted_as():
    """An id counted as another ("bert-j-vance" as Bert Vance: no row of its own) is suggested by
    the row `entities` shows, and a pair once (BBC: "Ebber -> Bernard Ebbers", counted as Bernie
    Ebbers, beside "Ebber -> Bernie Ebbers")."""
    from belreader.nlp.identity import entity_rows, suggest_merges

    analyses = _analyses()
    shown = {row["id"] for row in entity_rows(analyses)}
    suggestions = suggest_merges(analyses)
    assert all(s["probable_alias_of"] in shown and s["id"] in shown for s in suggestions)
    pairs = [frozenset((s["id"], s["probable_alias_of"])) for s in suggestions]
    assert len(pairs) == len(set(pairs))


# -- D4: a merge, split or retype naming what the corpus does not have ---------------------------


def test_entity_decisions_refuse_ids_and_spellings_the_corpus_does_not_have(runner, seeds, tmp_path):
    """`entities merge alan-greenspan nosuch` said "merged nosuch into alan-greenspan (saved …)":
    a typo recorded for ever, changing nothing, and nothing said why."""
    import json

    from belreader.nlp.identity import decisions_file

    run(runner, "index", "--corpus", seeds)
    ids = {e["id"] for e in json.loads(run(runner, "entities", "--corpus", seeds, "--json").stdout)["entities"]}
    assert {"putin", "peskov"} <= ids
    typo = run(runner, "--corpus", seeds, "entities", "merge", "putin", "peskv", code=2)
    assert "no entity 'peskv' in this corpus; did you mean peskov?" in typo.stderr
    run(runner, "--corpus", seeds, "entities", "merge", "putn", "peskov", code=2)  # INTO too
    run(runner, "--corpus", seeds, "entities", "retype", "peskv", "ORG", code=2)
    split = run(runner, "--corpus", seeds, "entities", "split", "putin", "Zyx Quorbel", code=2)
    assert "putin is never written 'Zyx Quorbel'" in split.stderr and "Putin" in split.stderr
    assert not decisions_file().exists()  # nothing was recorded
    # what the corpus has is recorded as before
    assert "merged peskov into putin" in run(runner, "--corpus", seeds, "entities", "merge", "putin", "peskov").stdout
    assert "split 'Putin' off putin" in run(runner, "--corpus", seeds, "entities", "split", "putin", "Putin").stdout
    run(runner, "--corpus", seeds, "entities", "split", "putin", "putin", code=2)  # already split (normalised)


# -- D5: what a rebuild after a decision says ---------------------------------------------------


def test_the_rebuild_after_a_merge_says_it_is_the_users_decision(runner, seeds):
    """The command after a merge said "the index was rebuilt (index format changed
    (analysis_version nlp-66-… -> nlp-66-…-fdbde2c6f852))", right after the merge promised an
    update "without new analysis"."""
    run(runner, "index", "--corpus", seeds)
    run(runner, "--corpus", seeds, "entities", "merge", "putin", "peskov")
    after = run(runner, "entities", "--corpus", seeds)
    assert "your entity decisions (merge, split, retype) changed; nothing is analysed again" in after.stderr
    assert "index format changed" not in after.stderr


# -- D6: indexing a folder with no articles -----------------------------------------------------


def test_indexing_a_folder_without_articles_says_what_is_read(runner, tmp_path):
    """`belreader index` on an empty folder said only "0 articles indexed … in 0.82 s"."""
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run(runner, "--no-nlp", "index", "--corpus", empty)
    assert "no articles in" in result.stderr and ".txt" in result.stderr and ".html" in result.stderr
    assert "belreader reads" in result.stderr
    (empty / "notes.docx").write_bytes(b"PK\x03\x04")
    other = run(runner, "--no-nlp", "index", "--corpus", empty)
    assert "notes.docx" in other.stderr and "the files skipped are listed above" in other.stderr


def test_a_folder_with_articles_gets_no_such_note(runner, seeds, tmp_path):
    result = run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", tmp_path / "ix")
    assert "no articles in" not in result.stderr


# -- D8: "1 clips", "1 articles" ---------------------------------------------------------------


def test_one_is_singular(runner, tmp_path):
    one = tmp_path / "one"
    one.mkdir()
    (one / "a.txt").write_text("Harbour fees rise\n\nThe harbour fees rose in May, the board said.\n")
    assert "1 article indexed" in run(runner, "--no-nlp", "index", "--corpus", one).stdout
    assert "1 article\n" in run(runner, "--no-nlp", "list", "--corpus", one).stdout


# -- D7: ctrl+c during an update ---------------------------------------------------------------


def test_ctrl_c_during_an_update_says_what_the_index_keeps(runner, seeds, tmp_path, monkeypatch):
    """Typer turned the KeyboardInterrupt into a silent exit 130: the progress line stayed, and
    nothing said whether the index was still usable."""
    from belreader.library import Library

    def interrupted(self, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Library, "update", interrupted)
    result = run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", tmp_path / "ix", code=130)
    assert "interrupted; the index keeps what was committed before" in result.stderr
