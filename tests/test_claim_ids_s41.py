"""A claim id names a place; a clip (or an export) keeps what the claim was too (session 41).

Session 40's ids are where a claim's content starts ("…#s000412"). A later analysis (new rules, an
edited article) can find ANOTHER claim starting at that very character, and a stored id would open
it: confidently wrong. A clip now keeps the claim's fingerprint (`Claim.fingerprint`: the length of
its words, a hash of its speaker and first words) beside the id, and every way back from a clip to
its claim (`Library.clip_claim`, `belreader related/compare --clip`, an export's id with
`--fingerprint`) opens the claim only when it is still that one (`same_claim`); otherwise "no longer
found", as for an id that names nothing, and the clip keeps its own snapshot. The same speaker saying
the same words, ended a clause later or sooner by new rules, is the same claim; half of it (another
claim nested in it) is not. Clips made before fingerprints are checked against their own snapshot
(speaker, and the claim must lie in the marked passage), not trusted.

Also: ids are unique per article even when two claims share their start AND end (the ids carry a
number, given in an order of the claims' own fields), and `give_claim_ids` is the one place ids are
made (`to_claims` gives none).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace

from typer.testing import CliRunner

from belreader import nlp
from belreader.cli import EXIT_NO_RESULTS, app
from belreader.clips import SCHEMA_VERSION, ClipStore
from belreader.library import Library
from belreader.nlp import pipeline
from belreader.nlp.records import Claim, give_claim_ids, same_claim

from nlp_util import SEED_IDS, make_article

OWP = SEED_IDS["003"]


def _claim(
    start: int = 190,
    end: int = 240,
    content: str = "the bridge would reopen in June after the repairs",
    speaker: str = "Ilona Varga",
    speaker_id: str | None = "ilona-varga",
    article_id: str = "a",
) -> Claim:
    return Claim(
        id=Claim.make_id(article_id, start),
        article_id=article_id,
        paragraph=0,
        start=start,
        end=end,
        speaker=speaker,
        speaker_id=speaker_id,
        verb="say",
        content=content,
        direct_quote=False,
        negated=False,
        outlets=[],
        dates=[],
        sentence_start=start - 20,
        sentence_end=end + 1,
    )


# -- the fingerprint ------------------------------------------------------------------------------


def test_a_fingerprint_knows_its_own_claim_and_not_another_at_its_place():
    kept = _claim().fingerprint
    assert same_claim(kept, _claim())
    assert same_claim(kept, _claim(content="The bridge would reopen in June after the repairs"))  # case
    # another speaker at the same character (a re-analysis resolved "she" to someone else)
    assert not same_claim(kept, _claim(speaker="Tomas Brell", speaker_id="tomas-brell"))
    assert not same_claim(kept, _claim(speaker="Ilona Varga", speaker_id=None, content="x" * 10))
    # other words where the id's place is (the article was edited above it)
    assert not same_claim(kept, _claim(content="the council would vote on the budget after the summer"))
    assert not same_claim("", _claim()) and not same_claim("garbage", _claim())


def test_the_same_claim_a_clause_longer_or_shorter_is_still_the_same_claim():
    """Decision: same start (the id), same speaker, same first words, and the shorter content at
    least 3/4 of the longer: new rules that end the claim a clause later or sooner keep it; a claim
    half as long (the shorter one nested in "he said X, Y") is another claim."""
    kept = _claim().fingerprint  # 49 characters
    assert same_claim(kept, _claim(content="the bridge would reopen in June after the repairs, she said"))
    assert same_claim(kept, _claim(content="the bridge would reopen in June after the"))
    assert not same_claim(kept, _claim(content="the bridge would reopen"))  # the nested shorter claim
    longer = "the bridge would reopen in June after the repairs and the roads around it would be rebuilt"
    assert not same_claim(kept, _claim(content=longer))  # nearly twice as long: another claim


# -- unique ids, one home -------------------------------------------------------------------------


def test_claims_with_one_start_and_one_end_get_distinct_ids_in_any_list_order():
    """Two drafts cut to one span (an asked quote's statements) made two claims with one id."""
    varga, brell = _claim(), _claim(speaker="Tomas Brell", speaker_id="tomas-brell")
    other = _claim(190, 300)
    later = _claim(400, 420)
    claims = [varga, brell, other, later]
    give_claim_ids(claims)
    ids = [c.id for c in claims]
    assert len(set(ids)) == 4
    assert claims == [varga, brell, other, later]  # the list keeps its order
    assert other.id == "a#s000190-000300" and later.id == "a#s000400"  # the others as before
    assert sorted(ids)[2:] == [other.id, later.id]  # ids still sort in text order
    # deterministic: the same claims listed the other way round get the same ids
    again = [replace(brell), replace(varga), replace(other), replace(later)]
    give_claim_ids(again)
    assert {(c.speaker, c.start, c.end): c.id for c in again} == {(c.speaker, c.start, c.end): c.id for c in claims}
    assert all(c.id.startswith("a#s000190-000240-") for c in (varga, brell))


def test_to_claims_gives_no_id_and_give_claim_ids_gives_every_one(monkeypatch):
    text = (
        "The council met on Monday.\n\n"
        "Engineer Tomas Brell said the repairs had cost more than planned.\n\n"
        "Mayor Ilona Varga said the bridge would reopen in June."
    )
    monkeypatch.setattr(pipeline, "give_claim_ids", lambda claims: None)
    claims = nlp.analyze_many([make_article(text, "bridge")])[0].claims
    assert claims and all(c.id == "" for c in claims)
    monkeypatch.undo()
    claims = nlp.analyze_many([make_article(text, "bridge")])[0].claims
    assert [c.id for c in claims] == [Claim.make_id("bridge", c.start) for c in claims]


# -- clips ----------------------------------------------------------------------------------------

BODY = "Bridge news\n\nMayor Ilona Varga said the bridge would reopen in June after the repairs.\n\nThat was all."


def _made(tmp_path):
    article = make_article(BODY, article_id="a")
    start = article.body.index("the bridge")
    claim = _claim(start, start + len(_claim().content))
    assert article.body[claim.start : claim.end] == claim.content
    sentence = article.paragraphs[1]
    claim = replace(claim, sentence_start=sentence.start, sentence_end=sentence.end)
    store = ClipStore(tmp_path / "clips.sqlite3")
    return store, article, claim, store.add(article, sentence.start, sentence.end, claim=claim)


def test_a_clip_keeps_its_claims_fingerprint_and_knows_another_claim_at_its_place(tmp_path):
    store, _, claim, clip = _made(tmp_path)
    assert store.get(clip.id).claim_fingerprint == claim.fingerprint
    assert clip.claim_in([claim]) is claim
    longer = replace(claim, content=claim.content + ", she said")
    assert clip.claim_in([longer]) is longer  # a little longer
    assert clip.claim_in([replace(claim, speaker="Tomas Brell", speaker_id="tomas-brell")]) is None
    assert clip.claim_in([replace(claim, content="the bridge would")]) is None
    assert clip.claim_in([replace(claim, id="a#s000001")]) is None  # not its id at all
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4


def test_a_clip_made_before_fingerprints_loads_and_is_checked_against_its_snapshot(tmp_path):
    """Decision: a schema-3 clip is not trusted blindly (its id is the very kind that can name
    another claim): the claim must be by the speaker the clip recorded and lie inside the passage
    marked from it (the claim's sentence, or paragraph)."""
    store, article, claim, clip = _made(tmp_path)
    store.close()
    with sqlite3.connect(tmp_path / "clips.sqlite3") as conn:  # as belreader of session 40 wrote it
        conn.execute("ALTER TABLE clips DROP COLUMN claim_fingerprint")
        conn.execute("PRAGMA user_version = 3")
    with ClipStore(tmp_path / "clips.sqlite3", read_only=True) as old:
        (loaded,) = old.list()
        assert loaded.claim_fingerprint is None and loaded.claim_id == claim.id and loaded.speaker == "Ilona Varga"
    with ClipStore(tmp_path / "clips.sqlite3") as migrated:
        (old_clip,) = migrated.list()
    with sqlite3.connect(tmp_path / "clips.sqlite3") as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert old_clip.claim_fingerprint is None
    assert old_clip.claim_in([claim]) is claim
    assert old_clip.claim_in([replace(claim, speaker="Tomas Brell", speaker_id="tomas-brell")]) is None
    outside = replace(claim, end=len(article.body))  # runs past the marked sentence: another claim
    assert old_clip.claim_in([outside]) is None


# -- the library, the CLI and the export ----------------------------------------------------------


def _another_claim_at_its_place(monkeypatch, claim: Claim) -> None:
    """Every Library from now on sees an analysis that finds another claim (another speaker) where
    `claim` starts, under the same id: what new rules or a changed resolution can do."""
    real = Library.analyses

    def analyses(self):
        changed = []
        for analysis in real(self):
            if analysis.article_id == claim.article_id:
                other = [
                    replace(c, speaker="Someone Else", speaker_id="someone-else") if c.id == claim.id else c
                    for c in analysis.claims
                ]
                analysis = replace(analysis, claims=other)
            changed.append(analysis)
        return changed

    monkeypatch.setattr(Library, "analyses", analyses)


def _clip_of_a_loan_claim(library: Library):
    analysis = next(a for a in library.analyses() if a.article_id == OWP)
    claim = next(c for c in analysis.claims if "billion" in c.content)
    article = library.load_article(OWP)
    done = library.toggle_clip(article, claim.sentence_start, claim.sentence_end, claim=claim, analysis=analysis)
    return claim, done.clip


def test_the_library_opens_a_clips_claim_only_while_it_is_the_same(indexed_seed_corpus, monkeypatch):
    library = Library(*indexed_seed_corpus)
    claim, clip = _clip_of_a_loan_claim(library)
    assert clip.claim_id == claim.id and clip.claim_fingerprint == claim.fingerprint
    assert library.clip_claim(clip) == claim
    assert library.claim(claim.id, claim.fingerprint) == claim
    _another_claim_at_its_place(monkeypatch, claim)
    assert library.claim(claim.id) is not None  # a bare id names the place: whatever is there now
    assert library.clip_claim(clip) is None
    assert library.claim(claim.id, claim.fingerprint) is None
    assert library.clip(clip.id).speaker == claim.speaker  # the clip keeps its own snapshot


def test_the_cli_starts_from_a_clips_claim_and_refuses_another(indexed_seed_corpus, monkeypatch):
    corpus, index_dir = indexed_seed_corpus
    runner = CliRunner()
    where = ("--corpus", str(corpus), "--index", str(index_dir))

    def run(*args, code: int | None = 0):
        """`code` None: any but a failure (compare says "in no fact group" with exit 1)."""
        result = runner.invoke(app, [*map(str, args), *where])
        assert result.exit_code in ((0, EXIT_NO_RESULTS) if code is None else (code,)), (
            result.exit_code,
            result.output,
        )
        return result

    claim, clip = _clip_of_a_loan_claim(Library(corpus, index_dir))
    found = json.loads(run("related", "--clip", clip.id, "--json").stdout)
    assert found["claim"]["id"] == claim.id and found["related"]
    assert (
        json.loads(run("related", claim.id, "--fingerprint", claim.fingerprint, "--json").stdout)["claim"]
        == (found["claim"])
    )
    assert run("compare", "--clip", clip.id, code=None).stdout == run("compare", claim.id, code=None).stdout
    saved = json.loads(run("compare", "--clip", clip.id, "--format", "json").stdout)  # a saved comparison
    mine = next(a for a in saved["accounts"] if a["claim"] == claim.id)
    assert mine["claim_fingerprint"] == claim.fingerprint
    exported = json.loads(run("export", "--clips", "--format", "json").stdout)["passages"]
    assert [(p["claim_id"], p["claim_fingerprint"]) for p in exported] == [(claim.id, claim.fingerprint)]

    _another_claim_at_its_place(monkeypatch, claim)
    for args in (("related", "--clip", clip.id), ("related", claim.id, "--fingerprint", claim.fingerprint)):
        result = run(*args, code=2)
        assert f"no claim '{claim.id}': it is no longer found" in result.stderr, result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert "it is no longer found" in run("compare", "--clip", clip.id, code=2).stderr
    assert "not both" in run("related", claim.id, "--clip", clip.id, code=2).stderr
    # the export still carries the clip's own words and speaker, and the fingerprint to check with
    again = json.loads(run("export", "--clips", "--format", "json").stdout)["passages"][0]
    assert again["speaker"] == claim.speaker and again["claim_fingerprint"] == claim.fingerprint
