"""The claim-id guard's loose ends (task fm41u): `claims --json` carries each claim's fingerprint,
so an id taken from it can be asked for with `--fingerprint`; `related` with neither an id nor a
clip says what is missing (not "not both")."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from belreader.cli import app
from belreader.library import Library

from nlp_util import SEED_IDS

OWP = SEED_IDS["003"]


def test_claims_json_carries_the_fingerprint_related_takes(indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    where = ["--corpus", str(corpus), "--index", str(index_dir)]
    runner = CliRunner()
    listed = runner.invoke(app, ["claims", "--article", OWP, "--json", *where])
    assert listed.exit_code == 0, listed.output
    rows = json.loads(listed.stdout)["claims"]
    assert rows and all("fingerprint" in r for r in rows)
    library = Library(corpus, index_dir)
    analysis = next(a for a in library.analyses() if a.article_id == OWP)
    assert {r["id"]: r["fingerprint"] for r in rows} == {c.id: c.fingerprint for c in analysis.claims}
    row = next(r for r in rows if "billion" in r["content"])
    found = runner.invoke(app, ["related", row["id"], "--fingerprint", row["fingerprint"], "--json", *where])
    assert found.exit_code == 0, found.output
    assert json.loads(found.stdout)["claim"]["id"] == row["id"]


def test_related_with_neither_an_id_nor_a_clip_says_what_is_missing(indexed_seed_corpus):
    corpus, index_dir = indexed_seed_corpus
    result = CliRunner().invoke(app, ["related", "--corpus", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 2, result.output
    assert "not both" not in result.stderr
    assert "give a claim id" in result.stderr and "--clip N" in result.stderr
