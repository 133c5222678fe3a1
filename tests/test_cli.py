"""The Typer CLI: every command headless, JSON shapes, exit codes, clear one-line errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belreader.cli import app

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"
SEED_000 = "000_080d1da5f101e41c"


@pytest.fixture
def runner(tmp_path, monkeypatch) -> CliRunner:
    monkeypatch.setenv("BELREADER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BELREADER_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("BELREADER_CORPUS", raising=False)
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


def test_version(runner):
    from belreader import __version__

    assert run(runner, "--version").stdout.strip() == f"belreader {__version__}"


def test_python_dash_m_runs_the_cli():
    result = subprocess.run([sys.executable, "-m", "belreader", "--help"], capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("index", "search", "show", "entities", "claims", "sources", "export"):
        assert command in result.stdout


def test_shell_completion_is_offered(runner):
    assert "--install-completion" in run(runner, "--help").stdout


def test_index_then_list_json(runner, seeds):
    out = run(runner, "index", "--corpus", seeds, "--json").stdout
    report = json.loads(out)
    assert report["articles"] == 5
    assert len(report["added"]) == 5
    listing = json.loads(run(runner, "list", "--corpus", seeds, "--json").stdout)
    assert listing["total"] == 5
    first = listing["articles"][0]
    assert first["id"] == SEED_000
    assert first["title"] == "Lukashenko Holds His Own With Putin in Sochi"
    assert first["publisher"] == "The Jamestown Foundation"
    assert set(first) >= {"id", "title", "path", "publisher", "author", "date", "claims"}
    # A second index run changes nothing.
    again = json.loads(run(runner, "index", "--corpus", seeds, "--json").stdout)
    assert again["added"] == [] and again["unchanged"] == 5


def test_global_corpus_option_and_env_var(runner, seeds, monkeypatch):
    assert json.loads(run(runner, "--corpus", seeds, "list", "--json").stdout)["total"] == 5
    monkeypatch.setenv("BELREADER_CORPUS", str(seeds))
    assert json.loads(run(runner, "list", "--json").stdout)["total"] == 5


def test_search_json_shape(runner, seeds):
    data = json.loads(run(runner, "search", "loan", "--corpus", seeds, "--json").stdout)
    assert data["query"] == "loan"
    assert data["total"] >= 3
    ids = [h["id"] for h in data["hits"]]
    assert {SEED_000, "001_68081da56b0bdd5a", "003_30002c4a879dc3c8"} <= set(ids)
    hit = data["hits"][0]
    assert set(hit) >= {"rank", "id", "title", "path", "score", "snippets"}
    snippet = hit["snippets"][0]
    for start, end in snippet["matches"]:
        assert snippet["text"][start:end].lower().startswith("loan")
    assert data["facets"]["publisher"]


def test_search_alias_aware(runner, seeds):
    data = json.loads(run(runner, "search", "Lukashenko", "--corpus", seeds, "--json", "--limit", "10").stdout)
    assert data["total"] == 5  # three articles only write "Lukashenka"


def test_search_paging(runner, seeds):
    page1 = json.loads(run(runner, "search", "Putin", "--corpus", seeds, "--json", "--limit", "2").stdout)
    page2 = json.loads(
        run(runner, "search", "Putin", "--corpus", seeds, "--json", "--limit", "2", "--page", "2").stdout
    )
    assert page1["pages"] == 3
    assert {h["id"] for h in page1["hits"]}.isdisjoint({h["id"] for h in page2["hits"]})


def test_a_page_past_the_last_is_a_usage_error_in_one_line(runner, seeds):
    result = run(runner, "search", "Putin", "--corpus", seeds, "--limit", "2", "--page", "5", code=2)
    assert "page 5 of 3" in result.stderr and result.stderr.strip().count("\n") == 0


def test_one_match_is_said_in_the_singular(runner, seeds):
    result = run(runner, "search", '"permanent bases"', "--corpus", seeds)
    assert "1 article matches" in result.stdout


def test_duplicates_are_one_hit_with_also_in_and_ambiguous_names_get_a_note(runner, tmp_path):
    corpus = tmp_path / "dups"
    corpus.mkdir()
    story = 'Loan talks\n\nTony Blair said: "The loan talks went well for everyone."\n'
    (corpus / "a.txt").write_text(story, encoding="utf-8")
    (corpus / "b.txt").write_text(story, encoding="utf-8")
    (corpus / "c.txt").write_text('Police\n\nIan Blair said: "Crime is falling in London."\n', encoding="utf-8")
    result = run(runner, "search", "loan", "--corpus", corpus)
    assert "1 article matches" in result.stdout and "also in: b" in result.stdout
    noted = run(runner, "search", "speaker:blair", "--corpus", corpus)
    assert "note: speaker:blair may be any of 2 names: Ian Blair (1 article), Tony Blair (1);" in noted.stdout
    assert "2 articles match" in noted.stdout


def test_search_no_results_exit_1_with_did_you_mean(runner, seeds):
    result = run(runner, "search", "lukashenkq", "--corpus", seeds, code=1)
    assert "No articles match lukashenkq" in result.stdout
    assert "Did you mean: lukashenka" in result.stdout.lower().replace("did you mean", "Did you mean")


def test_bad_query_exit_2_one_line(runner, seeds):
    result = run(runner, "search", '"unclosed', "--corpus", seeds, code=2)
    assert result.stderr.strip().count("\n") == 0
    assert "unclosed quote" in result.stderr
    assert "Traceback" not in result.output


def test_show_by_id_and_title_prefix(runner, seeds):
    by_id = json.loads(run(runner, "show", SEED_000, "--corpus", seeds, "--json").stdout)
    by_title = json.loads(run(runner, "show", "does putin still", "--corpus", seeds, "--json").stdout)
    assert by_id["id"] == SEED_000
    assert by_id["subtitle"].startswith("No more intends to kneel")
    assert by_title["id"] == "001_68081da56b0bdd5a"
    assert by_title["author"] == "Ksenia Kirillova"
    paragraph = by_id["paragraphs"][0]
    assert by_id["body"][paragraph["start"] : paragraph["end"]] == paragraph["text"]
    human = run(runner, "show", SEED_000, "--corpus", seeds).stdout
    assert "Lukashenko Holds His Own With Putin in Sochi" in human
    assert "disqus" not in human  # reader comments are not shown by default
    assert "disqus" in run(runner, "show", SEED_000, "--removed", "--corpus", seeds).stdout


def test_show_unknown_article_is_one_line_error(runner, seeds):
    result = run(runner, "show", "no such thing", "--corpus", seeds, code=2)
    assert "no article with id or title starting 'no such thing'" in result.stderr


def test_missing_corpus_is_a_clear_error(runner, tmp_path):
    result = run(runner, "search", "x", "--corpus", tmp_path / "missing", code=2)
    assert result.stderr.strip() == f"belreader: corpus folder not found: {tmp_path / 'missing'}"


def test_corpus_that_is_a_file_is_a_clear_error(runner, tmp_path):
    file = tmp_path / "file.txt"
    file.write_text("hello")
    result = run(runner, "list", "--corpus", file, code=2)
    assert "corpus path is a file" in result.stderr


def test_output_is_plain_when_not_a_terminal(runner, seeds):
    out = run(runner, "search", "loan", "--corpus", seeds).stdout
    assert "\x1b[" not in out
    assert "match loan" in out


def test_markup_and_escapes_in_articles_are_printed_literally(runner, tmp_path):
    corpus = tmp_path / "hostile"
    corpus.mkdir()
    (corpus / "evil.txt").write_text(
        "[bold red]Injected[/] title\n\nBody with [link=file:///etc/passwd]a link[/link] and \x1b]52;c;ZXZpbA==\x07 osc.\n",
        encoding="utf-8",
    )
    listing = run(runner, "list", "--corpus", corpus).stdout
    assert "[bold red]Injected[/] title" in listing
    shown = run(runner, "show", "evil", "--corpus", corpus).stdout
    assert "[link=file:///etc/passwd]a link[/link]" in shown
    assert "\x1b" not in shown and "\x07" not in shown
    found = run(runner, "search", "injected", "--corpus", corpus).stdout
    assert "[bold red]Injected[/] title" in found


def test_entities_claims_sources_json(runner, seeds):
    entities = json.loads(run(runner, "entities", "--corpus", seeds, "--json").stdout)
    by_id = {e["id"]: e for e in entities["entities"]}
    luka = by_id["lukashenka"]
    assert {"Lukashenka", "Lukashenko"} <= set(luka["aliases"])
    assert len(luka["mentions"]) == 5
    people = json.loads(
        run(runner, "entities", "--type", "PERSON", "--article", SEED_000, "--corpus", seeds, "--json").stdout
    )
    assert all(e["type"] == "PERSON" for e in people["entities"])
    assert "peskov" in {e["id"] for e in people["entities"]}

    claims = json.loads(run(runner, "claims", "--article", SEED_000, "--corpus", seeds, "--json").stdout)
    assert claims["total"] > 0
    assert any(c["speaker_id"] == "peskov" for c in claims["claims"])
    by_speaker = json.loads(run(runner, "claims", "--speaker", "Peskov", "--corpus", seeds, "--json").stdout)
    assert by_speaker["claims"] and all(c["speaker_id"] == "peskov" for c in by_speaker["claims"])
    matching = json.loads(run(runner, "claims", "--query", "legitimate", "--corpus", seeds, "--json").stdout)
    assert matching["claims"] and all("legitimate" in c["content"].lower() for c in matching["claims"])

    sources = json.loads(run(runner, "sources", "--article", SEED_000, "--corpus", seeds, "--json").stdout)
    names = {s["name"] for s in sources["sources"]}
    assert {"TASS", "Interfax", "RT", "RBC"} <= names
    corpus_sources = json.loads(run(runner, "sources", "--corpus", seeds, "--json").stdout)
    assert any(s["id"] == "tass" for s in corpus_sources["sources"])


def test_entity_and_speaker_fields_in_search(runner, seeds):
    data = json.loads(run(runner, "search", "entity:tikhanovskaya", "--corpus", seeds, "--json").stdout)
    by_field = {h["id"] for h in data["hits"]}
    plain = {
        h["id"] for h in json.loads(run(runner, "search", "Tsikhanouskaya", "--corpus", seeds, "--json").stdout)["hits"]
    }
    assert by_field == plain
    speaker = json.loads(run(runner, "search", "speaker:peskov", "--corpus", seeds, "--json").stdout)
    assert SEED_000 in {h["id"] for h in speaker["hits"]}
    source = json.loads(run(runner, "search", "source:tass", "--corpus", seeds, "--json").stdout)
    assert SEED_000 in {h["id"] for h in source["hits"]}


def test_related_claims_find_the_loan_accounts(runner, seeds):
    claims = json.loads(run(runner, "claims", "--query", "loan", "--corpus", seeds, "--json").stdout)["claims"]
    loan_claim = next(c for c in claims if c["article_id"] == "003_30002c4a879dc3c8")
    related = json.loads(run(runner, "related", loan_claim["id"], "--corpus", seeds, "--json").stdout)
    assert related["related"]
    assert related["related"][0]["claim"]["article_id"] in {SEED_000, "001_68081da56b0bdd5a"}
    # each match says why: the amount the accounts share
    assert "1.5 billion usd" in related["related"][0]["shared_numbers"]
    assert "same number: 1.5 billion usd" in related["related"][0]["reason"]
    text = run(runner, "related", loan_claim["id"], "--corpus", seeds).stdout
    assert "same number: 1.5 billion usd" in text
    result = run(runner, "related", "nope#c1", "--corpus", seeds, code=2)  # an old numbered id: one line
    assert "no claim 'nope#c1': numbered ids like this one come from an older belreader" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = run(runner, "related", "nope#s000001", "--corpus", seeds, code=2)
    assert "no claim 'nope#s000001': it is no longer found" in result.stderr


def _mark(seeds, index_dir, paragraph: int, note: str = ""):
    """A clip in the project of `seeds` (each corpus keeps its own)."""
    from belreader.library import Library

    library = Library(seeds, index_dir)
    return library.clip_store().add_paragraph(library.load_article(SEED_000), paragraph, note=note)


def test_clips_and_their_export_can_be_chosen_by_tag(runner, seeds, tmp_path):
    from belreader.library import Library

    run(runner, "index", "--corpus", seeds, "--index", tmp_path / "ix")
    first = _mark(seeds, tmp_path / "ix", 2)
    second = _mark(seeds, tmp_path / "ix", 3)
    Library(seeds, tmp_path / "ix").clip_store().update(first.id, tags="Sanctions, loans")
    Library(seeds, tmp_path / "ix").clip_store().update(second.id, tags="loans")
    where = ("--corpus", seeds, "--index", tmp_path / "ix")
    listed = json.loads(run(runner, "clips", *where, "list", "--tag", "sanctions", "--json").stdout)
    assert [c["id"] for c in listed["clips"]] == [first.id]
    assert json.loads(run(runner, "clips", *where, "list", "--tag", "LOANS", "--json").stdout)["total"] == 2
    assert "No clips tagged nothing." in run(runner, "clips", *where, "list", "--tag", "nothing").stdout
    out = json.loads(run(runner, "export", "--clips", "--tag", "sanctions", "--format", "json", *where).stdout)
    assert [p["quote"] for p in out["passages"]] == [first.quote]
    none = run(runner, "export", "--clips", "--tag", "nothing", *where, code=1)
    assert "no clips tagged nothing" in none.stderr
    assert "--tag chooses clips" in run(runner, "export", "--query", "loan", "--tag", "x", *where, code=2).stderr


def test_export_query_csv_to_file(runner, seeds, tmp_path):
    import csv

    target = tmp_path / "out" / "loan.csv"
    run(runner, "export", "--query", "loan", "--format", "csv", "-o", target, "--corpus", seeds)
    rows = list(csv.DictReader(target.open(encoding="utf-8", newline="")))
    assert {r["article_id"] for r in rows} == {SEED_000, "001_68081da56b0bdd5a", "003_30002c4a879dc3c8"}
    assert all("loan" in r["quote"].lower() for r in rows)
    # The same query object as `search`: every exported article is a search hit.
    hits = json.loads(run(runner, "search", "loan", "--corpus", seeds, "--json").stdout)["hits"]
    assert {r["article_id"] for r in rows} <= {h["id"] for h in hits}


def test_export_never_overwrites_without_force(runner, seeds, tmp_path):
    target = tmp_path / "loan.md"
    target.write_text("precious notes", encoding="utf-8")
    result = run(runner, "export", "--query", "loan", "-o", target, "--corpus", seeds, code=3)
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert target.read_text(encoding="utf-8") == "precious notes"
    run(runner, "export", "--query", "loan", "-o", target, "--force", "--corpus", seeds)
    text = target.read_text(encoding="utf-8")
    assert text.count("\n> ") >= 3 and "The Jamestown Foundation" in text


def test_export_clips_json_with_entities(runner, seeds, tmp_path):
    run(runner, "index", "--corpus", seeds, "--index", tmp_path / "ix")
    clip = _mark(seeds, tmp_path / "ix", 4, note="Peskov on the base")
    data = json.loads(
        run(runner, "export", "--clips", "--format", "json", "--corpus", seeds, "--index", tmp_path / "ix").stdout
    )
    assert data["count"] == 1
    record = data["passages"][0]
    assert record["clip_id"] == clip.id
    assert record["note"] == "Peskov on the base"
    assert record["paragraph"] == 5
    assert "Putin" in record["quote"]
    assert "putin" in {e["entity_id"] for e in record["entities"]}


def test_export_records_the_query_project_and_date_and_offers_every_format(runner, seeds, tmp_path):
    from belreader.export import FORMATS

    data = json.loads(run(runner, "export", "--query", "loan", "--format", "json", "--corpus", seeds).stdout)
    assert data["query"] == "loan" and data["project"] == str(seeds.resolve()) and data["exported_at"]
    md = run(runner, "export", "--query", "loan", "--corpus", seeds).stdout
    assert "**Search:** loan" in md and "**Project:**" in md
    bib = run(runner, "export", "--query", "loan", "--format", "bib", "--corpus", seeds).stdout
    assert "% search: loan" in bib and bib.count("\n@") == 3  # one entry per article
    assert "TY  - " in run(runner, "export", "--query", "loan", "--format", "ris", "--corpus", seeds).stdout
    assert json.loads(run(runner, "export", "--query", "loan", "--format", "csl", "--corpus", seeds).stdout)
    error = run(runner, "export", "--query", "loan", "--format", "xlsx", "--corpus", seeds, code=2).stderr
    assert all(fmt in error for fmt in FORMATS)


def test_export_requires_one_of_clips_or_query(runner, seeds):
    assert "choose what to export" in run(runner, "export", "--corpus", seeds, code=2).stderr
    assert "nothing to export" in run(runner, "export", "--clips", "--corpus", seeds, code=1).stderr


def test_clips_list_remove_clear(runner, seeds, tmp_path):
    run(runner, "index", "--corpus", seeds, "--index", tmp_path / "ix")
    first = _mark(seeds, tmp_path / "ix", 2)
    second = _mark(seeds, tmp_path / "ix", 3)
    clips = ("clips", "--corpus", seeds)
    listed = json.loads(run(runner, *clips, "list", "--json").stdout)
    assert [c["id"] for c in listed["clips"]] == [first.id, second.id]
    assert json.loads(run(runner, "clips", "list", "--json").stdout)["total"] == 0  # the bundled corpus's project
    assert "Removed 1 clip." in run(runner, *clips, "remove", first.id).stdout
    assert "no clip with id" in run(runner, *clips, "remove", first.id, code=1).stderr
    assert "refusing to clear" in run(runner, *clips, "clear", code=2).stderr
    assert "Removed 1 clip." in run(runner, *clips, "clear", "--yes").stdout  # ux42: was "1 clips"
    assert json.loads(run(runner, *clips, "list", "--json").stdout)["total"] == 0


def test_unknown_article_option_is_a_one_line_error(runner, seeds):
    for command in ("claims", "entities", "sources"):
        result = run(runner, command, "--article", "zzz-none", "--corpus", seeds, code=2)
        assert result.stderr.strip() == "belreader: no article with id or title starting 'zzz-none'"


def test_claims_human_output_names_outlets(runner, seeds):
    out = run(runner, "claims", "--article", SEED_000, "--corpus", seeds).stdout
    assert "via TASS" in out


def test_clips_in_an_unusable_data_folder_is_a_one_line_error(runner, tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("BELREADER_DATA_DIR", str(blocker / "data"))
    result = run(runner, "clips", "list", code=3)
    assert result.stderr.startswith("belreader: cannot use the clips database ")
    assert str(blocker / "data" / "projects") in result.stderr and "clips.sqlite3" in result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.output


def test_export_query_skips_an_article_whose_file_vanished(runner, seeds):
    run(runner, "index", "--corpus", seeds)
    (seeds / "003_30002c4a879dc3c8.txt").unlink()
    result = run(runner, "--no-update", "export", "--query", "loan", "--corpus", seeds)
    assert "skipped 003_30002c4a879dc3c8" in result.stderr
    assert "The Jamestown Foundation" in result.stdout


def test_export_query_follows_phrases_and_entity_fields(runner, seeds):
    import csv
    import io

    def paragraphs(query):
        out = run(runner, "export", "--query", query, "--format", "csv", "--corpus", seeds).stdout
        return {(r["article_id"], int(r["paragraph"])) for r in csv.DictReader(io.StringIO(out))}

    phrase = paragraphs('"military base"')
    assert phrase and all(pair[0] in {SEED_000, "001_68081da56b0bdd5a"} for pair in phrase)
    shown = json.loads(run(runner, "show", SEED_000, "--json", "--corpus", seeds).stdout)
    for article_id, number in phrase:
        if article_id == SEED_000:
            assert "military base" in shown["paragraphs"][number - 1]["text"].lower()
    entity = paragraphs("entity:tsikhanouskaya")
    assert entity, "an entity-only query exports the paragraphs that mention the entity"
    assert not paragraphs("loan NOT imf") - paragraphs("loan")


def test_no_nlp_index_is_used_as_is(runner, seeds, tmp_path):
    report = json.loads(
        run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", tmp_path / "ix", "--json").stdout
    )
    assert report["articles"] == 5
    meta = json.loads((tmp_path / "ix" / "belreader-index.json").read_text())
    assert meta["analysis"] is False
    again = json.loads(run(runner, "--no-nlp", "index", "--corpus", seeds, "--index", tmp_path / "ix", "--json").stdout)
    assert again["rebuilt_because"] is None and again["unchanged"] == 5
    hits = json.loads(
        run(runner, "--no-nlp", "search", "loan", "--corpus", seeds, "--index", tmp_path / "ix", "--json").stdout
    )
    assert hits["total"] == 3
    listing = json.loads(
        run(runner, "--no-nlp", "list", "--corpus", seeds, "--index", tmp_path / "ix", "--json").stdout
    )
    assert all(a["claims"] == 0 for a in listing["articles"])


def test_no_entities_exits_1_with_and_without_json(runner, seeds):
    # a real type of which the bundled articles have none (an unknown type is a usage error: below)
    assert "No entities." in run(runner, "entities", "--type", "quantity", "--corpus", seeds, code=1).stdout
    found = run(runner, "entities", "--type", "quantity", "--json", "--corpus", seeds, code=1).stdout
    assert json.loads(found)["total"] == 0


def test_claims_by_a_surname_are_every_speaker_of_that_name_with_a_note(runner, tmp_path):
    corpus = tmp_path / "blairs"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        'Economy\n\nTony Blair said on Monday: "The economy is stronger than it has been for years."\n'
        'Later, Mr Blair told reporters: "We will keep going."\n',
        encoding="utf-8",
    )
    (corpus / "b.txt").write_text(
        'Police\n\nIan Blair said on Tuesday: "Crime in London is falling this year."\n', encoding="utf-8"
    )
    full = json.loads(run(runner, "claims", "--speaker", "Tony Blair", "--corpus", corpus, "--json").stdout)
    assert full["notes"] == [] and full["total"] >= 1
    assert {c["article_id"] for c in full["claims"]} == {"a"}
    surname = run(runner, "claims", "--speaker", "blair", "--corpus", corpus)
    assert "note: --speaker blair may be any of 2 names: Tony Blair (2 claims), Ian Blair (1);" in (
        " ".join(surname.stdout.split())
    )
    assert "tony-blair" not in surname.stdout
    data = json.loads(run(runner, "claims", "--speaker", "blair", "--corpus", corpus, "--json").stdout)
    assert {c["article_id"] for c in data["claims"]} == {"a", "b"}


def test_clips_take_corpus_like_every_other_command(runner, seeds):
    result = runner.invoke(app, ["clips", "--corpus", str(seeds), "list"])
    assert result.exit_code in (0, 1), result.output  # 1: no clips yet; never a usage error
    assert "No such option" not in result.output


def test_entity_types_are_the_readers_words_and_an_unknown_one_lists_them(runner, seeds):
    orgs = json.loads(run(runner, "entities", "--type", "ORG", "--corpus", seeds, "--json").stdout)
    for name in ("organisation", "ORGANISATION", "Organization", "org"):
        same = json.loads(run(runner, "entities", "--type", name, "--corpus", seeds, "--json").stdout)
        assert same == orgs and orgs
    bad = run(runner, "entities", "--type", "company", "--corpus", seeds, code=2)
    assert "unknown entity type 'company'" in bad.stderr and "organisation (ORG)" in bad.stderr
    assert bad.stderr.strip().count("\n") == 0


def test_a_crashed_analysis_process_is_one_line_naming_the_file_and_the_index_stays_whole(
    runner, tmp_path, monkeypatch
):
    from concurrent.futures import Future
    from concurrent.futures.process import BrokenProcessPool

    from belreader.library import Library
    from belreader.nlp import pipeline

    corpus = tmp_path / "crash"
    corpus.mkdir()
    (corpus / "first.txt").write_text("Harbour plans\n\nThe harbour board met on Tuesday in Gdynia.", encoding="utf-8")
    run(runner, "--corpus", corpus, "index", "--index", tmp_path / "index")
    (corpus / "second.txt").write_text("Ferry strike\n\nFerry crews in Gdynia walked out at dawn.", encoding="utf-8")

    class CrashingPool:  # what a worker process killed mid-chunk (out of memory, a segfault) leaves
        def submit(self, function, chunk):
            future: Future = Future()
            future.set_exception(BrokenProcessPool("A process in the process pool was terminated abruptly"))
            return future

        def shutdown(self, *args, **kwargs):
            pass

    monkeypatch.setattr(pipeline.AnalysisPool, "wanted", lambda self, pending: True)
    monkeypatch.setattr(pipeline.AnalysisPool, "executor", lambda self: CrashingPool())
    monkeypatch.setattr(pipeline.AnalysisPool, "workers", property(lambda self: 1))
    from belreader.cli import EXIT_FAILURE

    result = run(runner, "--corpus", corpus, "index", "--index", tmp_path / "index", "--procs", "2", code=EXIT_FAILURE)
    said = result.stderr.strip()
    assert "Traceback" not in result.output + said and len(said.splitlines()) == 1, said
    assert "second.txt" in said and "crashed" in said
    library = Library(corpus, tmp_path / "index")
    assert library.damage() is None and [s.title for s in library.summaries()] == ["Harbour plans"]
