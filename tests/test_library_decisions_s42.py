"""Session 42, mu42 (review 42, finding 8): whether an entity decision names what the corpus has
is the Library's to say (`Library.check_decision`), comparing spellings as the decisions do
(`Decisions.same_spelling`); the CLI only prints the refusal (tests/test_cli_ux42.py)."""

from __future__ import annotations

import pytest

from belreader.library import Library
from belreader.nlp.identity import Decisions


@pytest.fixture
def analysed(indexed_seed_corpus):
    """The seed corpus, indexed with analysis (as the CLI's `index` does): (corpus, index_dir)."""
    corpus, index_dir = indexed_seed_corpus
    assert Library(corpus, index_dir).analysis
    return corpus, index_dir


def test_a_decision_naming_what_the_corpus_has_passes(analysed):
    lib = Library(*analysed)
    assert lib.check_decision("merge", "peskov") is None
    assert lib.check_decision("retype", "putin") is None
    assert lib.check_decision("split", "putin", "Putin") is None


def test_an_id_no_article_has_is_refused_with_the_closest_id(analysed):
    lib = Library(*analysed)
    assert lib.check_decision("merge", "peskv") == "no entity 'peskv' in this corpus; did you mean peskov?"
    far = lib.check_decision("retype", "zyx-quorbel")
    assert far == "no entity 'zyx-quorbel' in this corpus; `belreader entities --json` lists the ids"
    assert lib.check_decision("split", "putn", "Putin") is not None  # the id first


def test_a_split_spelling_is_compared_as_the_decisions_compare_it(analysed):
    """The CLI compared a spelling exactly with what was already split and normalised with what
    the corpus has: two comparisons. One now, the decisions' own."""
    lib = Library(*analysed)
    assert lib.check_decision("split", "putin", "  PUTIN's ") is None  # normalised, as `apply` matches it
    refusal = lib.check_decision("split", "putin", "Zyx Quorbel")
    assert refusal is not None and refusal.startswith("putin is never written 'Zyx Quorbel' in this corpus")
    assert "Putin" in refusal  # its spellings are named


def test_a_spelling_already_split_off_passes_so_that_the_repeat_is_refused_as_one(analysed):
    """Once split off, the entity's spellings may no longer have it (the index applies the
    decision); recording it again is then for `Decisions.split` to refuse, as "already split"."""
    decisions = Decisions.load()
    decisions.split("peskov", "Zyx Quorbel")  # an invented spelling, recorded as the file would have it
    decisions.save()
    lib = Library(*analysed)
    assert lib.check_decision("split", "peskov", "zyx  quorbel") is None
    with pytest.raises(ValueError, match="already split"):
        Decisions.load().split("peskov", "ZYX QUORBEL")
    assert lib.check_decision("split", "putin", "Zyx Quorbel") is not None  # only for that entity


def test_nothing_to_check_against_is_no_refusal(seed_corpus, tmp_path):
    assert Library(seed_corpus, tmp_path / "none").check_decision("merge", "nosuch") is None  # no index yet
    off = Library(seed_corpus, tmp_path / "off", analysis=False)
    off.update()
    assert off.check_decision("merge", "nosuch") is None  # analysis off: no entities to name


def test_a_decision_of_another_kind_or_shape_is_a_programming_error(seed_corpus, tmp_path):
    lib = Library(seed_corpus, tmp_path / "none")
    for kind, spelling in (("rename", None), ("split", None), ("merge", "Putin")):
        with pytest.raises(ValueError, match="no such decision"):
            lib.check_decision(kind, "putin", spelling)


def test_same_spelling_is_the_one_normalised_comparison():
    assert Decisions.same_spelling("the Ministry's", ["Ministry"])
    assert Decisions.same_spelling("Łukasz Brell", ["lukasz brell"])
    assert not Decisions.same_spelling("Brell", ["Tomas Brell"])
    decisions = Decisions()
    decisions.split("tomas-brell", "Brell")
    assert decisions.is_split("tomas-brell", "BRELL") and not decisions.is_split("other", "Brell")


def test_the_cli_records_a_decision_unchecked_when_the_index_cannot_be_read(seed_corpus, tmp_path):
    """The CLI catches only the Library's IndexProblem (not every ValueError and OSError): a
    decision does not need the index, so one that cannot be read leaves it unchecked."""
    from typer.testing import CliRunner

    from belreader.cli import app
    from belreader.nlp.identity import decisions_file

    runner = CliRunner()
    where = ["--corpus", str(seed_corpus), "--index", str(tmp_path / "ix")]
    assert runner.invoke(app, ["index", *where]).exit_code == 0
    assert runner.invoke(app, [*where, "entities", "merge", "putin", "peskv"]).exit_code == 2  # checked
    for toc in (tmp_path / "ix").glob("*.toc"):  # the search index's table of contents: unreadable
        toc.unlink()
    result = runner.invoke(app, [*where, "entities", "merge", "putin", "peskv"])
    assert result.exit_code == 0 and "merged peskv into putin" in result.stdout
    assert Decisions.load(decisions_file()).merges == {"peskv": "putin"}
