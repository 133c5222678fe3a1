"""The claim-id guard's loose ends (task fm41u): `claims --json` carries each claim's fingerprint,
so an id taken from it can be asked for with `--fingerprint`; `related` with neither an id nor a
clip says what is missing (not "not both")."""

from __future__ import annotations

import json
from dataclasses import replace

from test_claim_ids_s41 import _clip_of_a_loan_claim
from typer.testing import CliRunner

from belreader.cli import app
from belreader.library import Library
from belreader.nlp.records import Claim, find_claim, give_claim_ids

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


# -- a lone claim's id gains "-end" when a second claim starts at its character -------------------


def _a_second_claim_at_its_start(claims: list[Claim], claim: Claim) -> list[Claim]:
    """The claims again, with another claim (its first words, another speaker) found starting where
    `claim` does: both ids now say where they end (`give_claim_ids`)."""
    words = claim.content.split()[:3]
    shorter = replace(
        claim,
        end=claim.start + len(" ".join(words)),
        content=" ".join(words),
        speaker="Someone Else",
        speaker_id="someone-else",
    )
    claims = [replace(c) for c in claims] + [shorter]
    give_claim_ids(claims)
    return claims


def _renamed(monkeypatch, claim: Claim) -> None:
    real = Library.analyses

    def analyses(self):
        return [
            replace(a, claims=_a_second_claim_at_its_start(a.claims, claim)) if a.article_id == claim.article_id else a
            for a in real(self)
        ]

    monkeypatch.setattr(Library, "analyses", analyses)


def test_give_claim_ids_renames_a_lone_claim_when_a_second_starts_there_and_find_claim_finds_it():
    claim = Claim.from_record(
        {
            "id": "",
            "article_id": "a",
            "paragraph": 0,
            "start": 190,
            "end": 240,
            "speaker": "Ilona Varga",
            "speaker_id": "ilona-varga",
            "verb": "say",
            "content": "the bridge would reopen in June after the repairs",
            "direct_quote": False,
            "negated": False,
            "outlets": [],
            "dates": [],
            "sentence_start": 170,
            "sentence_end": 241,
        }
    )
    alone = [claim]
    give_claim_ids(alone)
    kept_id, kept = alone[0].id, alone[0].fingerprint
    assert kept_id == "a#s000190"
    now = _a_second_claim_at_its_start(alone, alone[0])
    assert sorted(c.id for c in now) == ["a#s000190-000206", "a#s000190-000240"]  # the docstring's truth
    assert find_claim(now, kept_id, kept).id == "a#s000190-000240"
    assert find_claim(now, kept_id, "1:0000000000") is None  # a fingerprint of neither


def test_a_clip_finds_its_lone_claim_again_under_its_new_id(indexed_seed_corpus, monkeypatch):
    corpus, index_dir = indexed_seed_corpus
    library = Library(corpus, index_dir)
    claim, clip = _clip_of_a_loan_claim(library)
    assert "-" not in claim.id.rpartition("#")[2]  # a lone claim: the bare id
    _renamed(monkeypatch, claim)
    library = Library(corpus, index_dir)
    found = library.clip_claim(clip)
    assert found is not None and found.id == Claim.make_id(claim.article_id, claim.start, claim.end)
    assert library.claim(claim.id, claim.fingerprint) == found
    assert library.claim(claim.id) is None  # a bare id names its place, and that id is gone
    runner = CliRunner()
    where = ["--corpus", str(corpus), "--index", str(index_dir)]
    for args in (["related", "--clip", str(clip.id)], ["related", claim.id, "--fingerprint", claim.fingerprint]):
        result = runner.invoke(app, [*args, "--json", *where])
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["claim"]["id"] == found.id
