"""A claim's fingerprint outlives its speaker's entity id; ids shown for re-use carry it (session 42).

Session 41's fingerprint hashed the speaker's entity id. An edit elsewhere (a full name that turns
"pell" into "tom-pell") or the user's `entities merge` changed it, and every clip of that speaker's
claims was "no longer found". Scheme 2 (`v2:LENGTH:HASH`) hashes the speaker as the article writes
it: the same claim is found whatever its speaker's id, another name written as its speaker is
another claim, and a fingerprint kept in scheme 1 is still read in its own scheme. Every id printed
for re-use (`claims`, `related`, `facts`, compare CSV, the reader's compare title) has its
fingerprint beside it; a bare id whose claim gained or lost an end suffix names the claims now at
its place and opens none. A clip's claim is checked once (`Clip.claim_in`), and `Library.related`
takes a claim (ids are resolved first, one way).
"""

from __future__ import annotations

import inspect
import json
import sqlite3
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from belreader import clips as clips_module
from belreader import nlp
from belreader.cli import EXIT_NO_RESULTS, app
from belreader.clips import ClipStore
from belreader.library import Library
from belreader.nlp import records
from belreader.nlp.records import Claim, give_claim_ids, same_claim

from nlp_util import SEED_IDS, make_article

OWP = SEED_IDS["003"]
SAID = "Bridge works\n\nPell said the bridge over the Tarn would reopen in June after the repairs.\n\nThe council met."
# the same article with a paragraph added at its end: "Pell" is now Tom Pell ("pell" → "tom-pell")
FULL_NAME = SAID + "\n\nTom Pell, the mayor of Tarbury, has led the town since 2019."


def _claim(analysis_text: str):
    article = make_article(analysis_text, "bridge")
    (claim,) = [c for c in nlp.analyze_many([article])[0].claims if "bridge over" in c.content]
    return article, claim


def _legacy(claim: Claim) -> str:
    """The fingerprint session 41 kept (scheme 1: the speaker's entity id in the hash, no prefix)."""
    return records._fingerprint(claim, 1)


# -- the fingerprint ------------------------------------------------------------------------------


def test_a_new_full_name_elsewhere_changes_the_speakers_id_not_the_claims_fingerprint(tmp_path):
    article, before = _claim(SAID)
    _, after = _claim(FULL_NAME)
    assert (before.speaker_id, after.speaker_id) == ("pell", "tom-pell")  # the edit this is about
    assert before.id == after.id and before.speaker == after.speaker == "Pell"
    assert before.fingerprint == after.fingerprint and before.fingerprint.startswith("v2:")
    assert same_claim(before.fingerprint, after)
    sentence = article.paragraphs[1]
    with ClipStore(tmp_path / "clips.sqlite3") as store:
        clip = store.add(article, sentence.start, sentence.end, claim=before)
    assert clip.claim_in([after]) is after


def test_another_speaker_written_at_the_place_is_still_another_claim():
    _, pell = _claim(SAID)
    _, bell = _claim(SAID.replace("Pell said", "Bell said"))  # another name, one length
    assert bell.start == pell.start and bell.content == pell.content
    assert not same_claim(pell.fingerprint, bell)
    # the same entity id under another written name (a merge of two people) is another speaker too
    assert not same_claim(pell.fingerprint, replace(pell, speaker="Tomas Brell"))
    assert same_claim(pell.fingerprint, replace(pell, speaker="PELL", speaker_id="someone-else"))  # case only
    assert not same_claim(pell.fingerprint, replace(pell, content="the council would vote on the budget in May"))


def test_a_fingerprint_kept_in_session_41s_scheme_is_read_in_its_own_scheme():
    _, before = _claim(SAID)
    _, after = _claim(FULL_NAME)
    kept = _legacy(before)
    assert not kept.startswith("v") and kept.split(":")[0].isdigit()  # "63:…", as session 41 wrote it
    assert same_claim(kept, before)  # the claim unchanged: still found
    assert not same_claim(kept, replace(before, speaker="Brell", speaker_id="brell"))
    # alone (an export's, given with --fingerprint), scheme 1 cannot tell an id change from another
    # speaker: no longer found (a clip keeps the id of then: `test_an_old_clips_store_...`)
    assert not same_claim(kept, after)
    # a scheme this belreader does not know names no claim
    assert not same_claim("v9" + before.fingerprint[2:], before)
    assert not same_claim("v2:63", before) and not same_claim("v2::abc", before)


def test_a_clip_made_before_fingerprints_is_checked_against_the_speaker_as_written(tmp_path):
    """A schema-3 clip's snapshot check compared entity ids too: an id change lost its claim."""
    article, before = _claim(SAID)
    _, after = _claim(FULL_NAME)
    sentence = article.paragraphs[1]
    with ClipStore(tmp_path / "clips.sqlite3") as store:
        clip = store.add(article, sentence.start, sentence.end, claim=before)
    old = replace(clip, claim_fingerprint=None)  # as a schema-3 file is read
    assert old.claim_in([after]) is after
    assert old.claim_in([replace(after, speaker="Brell")]) is None
    assert old.claim_in([replace(after, start=sentence.start - 5)]) is None  # outside its passage


def test_a_clips_claim_is_checked_once(tmp_path, monkeypatch):
    """`Library.clip_claim` ran `find_claim` (fingerprint and place) and then `Clip.made_from` (the
    same again): one check, in `Clip.claim_in`."""
    article, claim = _claim(SAID)
    sentence = article.paragraphs[1]
    with ClipStore(tmp_path / "clips.sqlite3") as store:
        clip = store.add(article, sentence.start, sentence.end, claim=claim)
    calls = []
    real = records.same_claim

    def counted(fingerprint, found):
        calls.append(found.id)
        return real(fingerprint, found)

    monkeypatch.setattr(records, "same_claim", counted)
    monkeypatch.setattr(clips_module, "same_claim", counted, raising=False)  # where 1766c76e had it
    analysis = nlp.analyze_many([article])[0]
    assert Library.clip_claim(None, clip, analysis) == claim  # type: ignore[arg-type]
    assert calls == [claim.id]


def test_related_takes_a_claim_one_way_to_name_it():
    """`Library.related(id, fingerprint=)` was used by tests only; the CLI resolves the claim first."""
    assert list(inspect.signature(Library.related).parameters) == ["self", "claim", "limit"]


# -- the library and the CLI on the seed corpus ---------------------------------------------------


def _clip_of_a_loan_claim(library: Library):
    analysis = next(a for a in library.analyses() if a.article_id == OWP)
    claim = next(c for c in analysis.claims if "billion" in c.content)
    article = library.load_article(OWP)
    done = library.toggle_clip(article, claim.sentence_start, claim.sentence_end, claim=claim, analysis=analysis)
    return claim, done.clip


def _runner(indexed):
    corpus, index_dir = indexed
    runner = CliRunner()
    where = ("--corpus", str(corpus), "--index", str(index_dir))

    def run(*args, code: int | None = 0):
        """`code` None: any but a failure (exit 0 or 1)."""
        result = runner.invoke(app, [*map(str, args), *where])
        assert result.exit_code in ((0, EXIT_NO_RESULTS) if code is None else (code,)), (
            result.exit_code,
            result.output,
        )
        return result

    return run


def test_a_users_merge_of_the_speaker_keeps_the_clips_claim(indexed_seed_corpus):
    run = _runner(indexed_seed_corpus)
    claim, clip = _clip_of_a_loan_claim(Library(*indexed_seed_corpus))
    assert claim.speaker_id
    # `entities merge` with no CLI --corpus option: the decision is the user's, for every project
    result = CliRunner().invoke(app, ["entities", "merge", "someone-merged-into", claim.speaker_id])
    assert result.exit_code == 0, result.output
    again = Library(*indexed_seed_corpus)
    now = again.clip_claim(clip)
    assert now is not None and now.speaker_id == "someone-merged-into" and now.id == claim.id
    assert json.loads(run("related", "--clip", clip.id, "--json").stdout)["claim"]["id"] == claim.id
    found = json.loads(run("related", claim.id, "--fingerprint", claim.fingerprint, "--json").stdout)
    assert found["claim"]["speaker_id"] == "someone-merged-into"


def test_every_id_shown_for_re_use_has_its_fingerprint(indexed_seed_corpus):
    run = _runner(indexed_seed_corpus)
    claim, _ = _clip_of_a_loan_claim(Library(*indexed_seed_corpus))
    table = run("claims", "--article", OWP).stdout
    assert f"{claim.id} {claim.fingerprint}" in table
    related = json.loads(run("related", claim.id, "--json").stdout)
    assert related["claim"]["fingerprint"] == claim.fingerprint
    assert related["related"] and all(
        m["claim"]["fingerprint"] == Claim.from_record(m["claim"]).fingerprint for m in related["related"]
    )
    text = run("related", claim.id).stdout
    first = related["related"][0]["claim"]
    assert f"{first['id']} {first['fingerprint']}" in " ".join(text.split())
    header, *rows = run("compare", claim.id, "--format", "csv").stdout.splitlines()  # the loan's fact group
    assert header.split(",")[:3] == ["group", "claim", "claim_fingerprint"]
    assert any(row.split(",")[1:3] == [claim.id, claim.fingerprint] for row in rows)
    facts = " ".join(run("facts").stdout.split())
    assert f"[{claim.id} {claim.fingerprint}]" in facts


@pytest.mark.parametrize("gained", [True, False])
def test_a_bare_id_whose_claim_changed_its_suffix_names_the_claims_there_and_opens_none(
    indexed_seed_corpus, monkeypatch, gained
):
    """An id typed alone names a place: when a second claim is found starting there (or one of
    two is no longer found), the id changes; the bare id then names the claims there, never opens
    one in its stead."""
    run = _runner(indexed_seed_corpus)
    claim, _ = _clip_of_a_loan_claim(Library(*indexed_seed_corpus))
    real = Library.analyses

    def analyses(self):
        changed = []
        for analysis in real(self):
            if analysis.article_id == claim.article_id:
                shorter = replace(claim, end=claim.start + 10, content=claim.content[:10])
                claims = [*analysis.claims, shorter]
                give_claim_ids(claims)
                analysis = replace(analysis, claims=claims)
            changed.append(analysis)
        return changed

    monkeypatch.setattr(Library, "analyses", analyses)
    there = [c.id for a in Library(*indexed_seed_corpus).analyses() for c in a.claims if c.start == claim.start]
    assert len(there) == 2 and claim.id not in there
    asked = claim.id if gained else there[0]
    if not gained:  # the other way round: the analysis had two claims there, now one
        monkeypatch.setattr(Library, "analyses", real)
        there = [claim.id]
    result = run("related", asked, code=2)
    assert result.stderr.strip().count("\n") == 0
    assert f"no claim '{asked}': claims starting there now have the ids {', '.join(there)}" in result.stderr
    # with its fingerprint the id finds its claim under the id it has now
    if gained:
        found = json.loads(run("related", claim.id, "--fingerprint", claim.fingerprint, "--json").stdout)
        assert found["claim"]["content"] == claim.content and found["claim"]["id"] != claim.id


def test_an_old_clips_store_of_session_41_reads_its_fingerprint(tmp_path):
    """A schema-4 file written by session 41 keeps its scheme-1 fingerprint; it still finds its
    claim, also once the speaker's id has changed (checked with the id the clip kept), and not a
    claim another speaker is written for."""
    article, claim = _claim(SAID)
    _, after = _claim(FULL_NAME)
    sentence = article.paragraphs[1]
    with ClipStore(tmp_path / "clips.sqlite3") as store:
        clip = store.add(article, sentence.start, sentence.end, claim=claim)
    with sqlite3.connect(tmp_path / "clips.sqlite3") as conn:
        conn.execute("UPDATE clips SET claim_fingerprint = ? WHERE id = ?", (_legacy(claim), clip.id))
    with ClipStore(tmp_path / "clips.sqlite3", read_only=True) as old:
        (loaded,) = old.list()
    assert loaded.claim_fingerprint == _legacy(claim)
    assert loaded.claim_in([claim]) is claim
    assert loaded.claim_in([after]) is after  # "pell" is "tom-pell" now
    assert loaded.claim_in([replace(after, speaker="Bell")]) is None
    assert loaded.claim_in([replace(after, content="the council would vote on the budget in May")]) is None
