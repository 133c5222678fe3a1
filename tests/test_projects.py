"""Projects (issue 13, defect 8): each corpus keeps its own clips, state, history, saved searches,
read and starred marks and settings; the global clips of before projects move into the project
whose corpus holds their article, and no clip is ever lost. Also defect 9 (analysis remembered as
the project's setting), defect 14's piped output, saved searches and read/starred marks on the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from belreader import config
from belreader.cli import app
from belreader.clips import ClipStore
from belreader.library import Library

SEEDS = Path(__file__).resolve().parent.parent / "data" / "articles"
SEED_000 = "000_080d1da5f101e41c"


@pytest.fixture
def runner(monkeypatch) -> CliRunner:
    monkeypatch.delenv("COLUMNS", raising=False)
    return CliRunner()


def run(runner, *args, code=0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (result.exit_code, result.output, result.stderr if result.stderr_bytes else "")
    return result


def small_corpus(root: Path, name: str, texts: dict[str, str]) -> Path:
    corpus = root / name
    corpus.mkdir(parents=True)
    for stem, text in texts.items():
        (corpus / f"{stem}.txt").write_text(text, encoding="utf-8")
    return corpus


@pytest.fixture
def two_corpora(tmp_path) -> tuple[Path, Path]:
    first = small_corpus(
        tmp_path,
        "alpha",
        {"a1": "Alpha one\n\nThe loan was agreed in May.\n\nA second paragraph.", "a2": "Alpha two\n\nNothing."},
    )
    second = small_corpus(tmp_path, "beta", {"b1": "Beta one\n\nThe harvest was late.\n\nMore words."})
    return first, second


def indexed(corpus: Path) -> Library:
    library = Library(corpus, analysis=False)
    library.update()
    library.open()
    return library


def mark(library: Library, article_id: str, paragraph: int = 0, store: ClipStore | None = None):
    article = library.load_article(article_id)
    return (store or library.clip_store()).add_paragraph(article, paragraph, note=f"note on {article_id}")


# ------------------------------------------------------------------ clips kept apart


def test_clips_of_one_corpus_never_appear_in_another(runner, two_corpora):
    alpha, beta = two_corpora
    mark(indexed(alpha), "a1")
    indexed(beta)
    assert json.loads(run(runner, "clips", "--corpus", alpha, "list", "--json").stdout)["total"] == 1
    assert json.loads(run(runner, "clips", "--corpus", beta, "list", "--json").stdout)["total"] == 0
    result = run(runner, "--no-nlp", "export", "--clips", "--corpus", beta, code=1)
    assert "no clips yet" in result.stderr and "could not be loaded" not in result.stderr
    exported = run(runner, "--no-nlp", "export", "--clips", "--corpus", alpha).stdout
    assert "note on a1" in exported
    assert "could not be loaded" not in exported


def test_the_global_clips_of_before_projects_move_to_their_project_and_none_is_lost(
    tmp_path, two_corpora, isolated_dirs
):
    alpha, beta = two_corpora
    lib_alpha, lib_beta = indexed(alpha), indexed(beta)
    gone = small_corpus(tmp_path, "gone", {"g1": "Gone one\n\nA corpus since deleted.\n\nIts words."})
    lib_gone = indexed(gone)
    legacy = isolated_dirs["data"] / "clips.sqlite3"
    with ClipStore(legacy) as old:  # the one global file of earlier versions
        kept = [mark(lib_alpha, "a1", 0, old), mark(lib_beta, "b1", 1, old), mark(lib_gone, "g1", 0, old)]
        mark(lib_alpha, "a2", 0, old)
    shutil.rmtree(gone)

    fresh_alpha = Library(alpha, analysis=False)
    clips, _ = fresh_alpha.clips()
    assert sorted(c.article_id for c in clips) == ["a1", "a2"]
    assert [c.note for c in clips] == ["note on a1", "note on a2"]  # notes and the user's order kept
    notice = fresh_alpha.clips_warning
    assert notice and "moved 2 clips" in notice and "2 clips of other corpora stay in" in notice
    assert "\n" not in notice
    with ClipStore(legacy, read_only=True) as old:
        assert sorted(c.article_id for c in old.list()) == ["b1", "g1"]

    beta_clips, _ = Library(beta, analysis=False).clips()
    assert [(c.article_id, c.quote) for c in beta_clips] == [("b1", kept[1].quote)]
    # The clip of a deleted corpus stays in the old file, which `projects` names.
    assert Library.unsorted_clips() == (legacy, 1)
    # Opening again moves nothing twice.
    assert len(Library(alpha, analysis=False).clips()[0]) == 2


def test_a_move_interrupted_between_copy_and_delete_copies_nothing_twice(two_corpora, isolated_dirs, tmp_path):
    from belreader.clips import move_clips
    from belreader.projects import inside

    alpha, _ = two_corpora
    lib = indexed(alpha)
    legacy = isolated_dirs["data"] / "clips.sqlite3"
    with ClipStore(legacy) as old:
        mark(lib, "a1", 0, old)
        clips = old.list()
    store = ClipStore(tmp_path / "project-clips.sqlite3")
    store.adopt(clips)  # the copy happened, the crash came before the delete
    report = move_clips(legacy, store, lambda c: inside(c.article_path, alpha))
    assert report.moved == 1 and report.left == 0
    assert len(store.list()) == 1
    assert report.retired is not None and report.retired.exists()  # emptied: renamed, not deleted
    assert not legacy.exists()


def test_projects_lists_each_corpus_with_articles_clips_and_last_use(runner, two_corpora):
    alpha, beta = two_corpora
    mark(indexed(alpha), "a1")
    indexed(beta)
    data = json.loads(run(runner, "--corpus", beta, "projects", "--json").stdout)
    rows = {Path(p["corpus"]).name: p for p in data["projects"]}
    assert set(rows) == {"alpha", "beta"}
    assert (rows["alpha"]["articles"], rows["alpha"]["clips"]) == (2, 1)
    assert (rows["beta"]["articles"], rows["beta"]["clips"]) == (1, 0)
    assert rows["beta"]["current"] and not rows["alpha"]["current"]
    assert all(p["last_used"] for p in data["projects"])
    human = run(runner, "projects").stdout
    assert str(alpha) in human and str(beta) in human


def test_open_project_is_a_new_library_of_the_other_corpus(two_corpora):
    alpha, beta = two_corpora
    lib_alpha = indexed(alpha)
    indexed(beta)
    other = lib_alpha.open_project("beta")
    assert other.corpus == beta.resolve() and other is not lib_alpha
    assert lib_alpha.open_project(str(alpha)).project_key == lib_alpha.project_key
    with pytest.raises(LookupError):
        lib_alpha.open_project("no-such-project")


def test_open_project_reads_the_index_the_project_was_used_with(two_corpora, tmp_path):
    alpha, beta = two_corpora
    lib_alpha = indexed(alpha)
    chosen = tmp_path / "beta-index"
    lib_beta = Library(beta, chosen, analysis=False)
    lib_beta.update()
    other = lib_alpha.open_project("beta")
    assert other.index_dir.resolve() == chosen.resolve()  # not a new default index, rebuilt from scratch
    assert other.exists() and other.doc_count() == 1
    assert other.open_project("alpha").index_dir.resolve() == lib_alpha.index_dir.resolve()
    shutil.rmtree(chosen)  # gone: the default index again
    assert lib_alpha.open_project("beta").index_dir.resolve() != chosen.resolve()


def test_the_cli_without_index_uses_the_index_the_project_recorded(runner, two_corpora, tmp_path):
    alpha = two_corpora[0]
    chosen = tmp_path / "alpha-index"
    first = json.loads(run(runner, "--corpus", alpha, "--index", chosen, "index", "--json").stdout)
    assert Path(first["index"]).resolve() == chosen.resolve()
    again = json.loads(run(runner, "--corpus", alpha, "index", "--json").stdout)  # no --index
    assert Path(again["index"]).resolve() == chosen.resolve()
    assert again["added"] == [] and again["unchanged"] == 2  # the same index, not a new one built
    listing = json.loads(run(runner, "--corpus", alpha, "--no-update", "list", "--json").stdout)
    assert listing["total"] == 2
    assert not config.default_index_dir(alpha.resolve()).exists()
    shutil.rmtree(chosen)  # gone: the default index again, built afresh
    rebuilt = json.loads(run(runner, "--corpus", alpha, "index", "--json").stdout)
    assert Path(rebuilt["index"]).resolve() == config.default_index_dir(alpha.resolve()).resolve()


def test_state_history_marks_and_settings_are_per_project(two_corpora):
    alpha, beta = two_corpora
    lib_alpha, lib_beta = indexed(alpha), indexed(beta)
    lib_alpha.remember_search("loan")
    lib_alpha.save_search("loans", "loan")
    lib_alpha.star("a1")
    lib_alpha.mark_read("a2")
    assert lib_beta.search_history() == [] and lib_beta.saved_searches() == []
    assert lib_beta.starred_ids() == [] and lib_beta.read_ids() == set()
    assert lib_alpha.state_path != lib_beta.state_path
    assert lib_alpha.state_path.parent == lib_alpha.project_dir


def test_the_state_of_before_projects_seeds_its_corpus_project_once(two_corpora, isolated_dirs):
    from belreader.state import UIState, save_state

    alpha, beta = two_corpora
    save_state(
        UIState(corpus=str(alpha.resolve()), article_id="a2", query="loan", recent_queries=["loan", "may"]),
        isolated_dirs["data"] / "state.json",
    )
    state, notice = Library(alpha, analysis=False).read_state()
    assert (state.article_id, state.query, notice) == ("a2", "loan", None)
    assert Library(alpha, analysis=False).search_history() == ["loan", "may"]
    other, _ = Library(beta, analysis=False).read_state()
    assert other.article_id is None and Library(beta, analysis=False).search_history() == []


# ------------------------------------------------------------------ history and saved searches


def test_history_is_newest_first_each_query_once_and_bounded(two_corpora):
    from belreader.history import MAX_HISTORY

    lib = Library(two_corpora[0], analysis=False)
    for query in ("loan", "may", "loan", "  ", "harvest"):
        lib.remember_search(query)
    assert lib.search_history() == ["harvest", "loan", "may"]
    for n in range(MAX_HISTORY + 5):
        lib.remember_search(f"q{n}")
    history = lib.search_history()
    assert len(history) == MAX_HISTORY and history[0] == f"q{MAX_HISTORY + 4}"


def test_two_processes_writing_the_history_lose_nothing(two_corpora, isolated_dirs):
    alpha = two_corpora[0]
    code = (
        "import sys; from belreader.library import Library\n"
        "lib = Library(sys.argv[1], analysis=False)\n"
        "for n in range(25): lib.remember_search(f'{sys.argv[2]}{n}')\n"
    )
    env = {**__import__("os").environ}
    procs = [subprocess.Popen([sys.executable, "-c", code, str(alpha), who], env=env) for who in ("a", "b")]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    history = Library(alpha, analysis=False).search_history()
    assert sorted(history) == sorted([f"a{n}" for n in range(25)] + [f"b{n}" for n in range(25)])


def test_a_corrupt_history_is_moved_aside_not_overwritten(two_corpora):
    lib = Library(two_corpora[0], analysis=False)
    path = lib.project_dir / "history.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert lib.search_history() == []
    assert list(path.parent.glob("history.json.corrupt-*"))
    lib.remember_search("loan")
    assert lib.search_history() == ["loan"]


def test_search_save_saved_list_and_delete_on_the_cli(runner, two_corpora):
    alpha = two_corpora[0]
    where = ("--corpus", alpha)
    saved = run(runner, "--no-nlp", "search", "loan", "--save", "Loans", *where)
    assert "Saved as Loans: loan" in saved.stderr
    hits = json.loads(run(runner, "search", "--saved", "loans", "--json", *where).stdout)  # any case
    assert hits["total"] == 1 and hits["hits"][0]["id"] == "a1"
    taken = run(runner, "search", "harvest", "--save", "Loans", *where, code=2)
    assert "already saved" in taken.stderr and "--replace" in taken.stderr
    run(runner, "search", "harvest", "--save", "Loans", "--replace", *where, code=1)  # saved, no hits here
    listed = json.loads(run(runner, "searches", "--corpus", alpha, "--json").stdout)
    assert [(s["name"], s["query"]) for s in listed["searches"]] == [("Loans", "harvest")]
    assert "Loans" in run(runner, "search", "--list-saved", *where).stdout
    assert "no saved search 'nope'" in run(runner, "search", "--saved", "nope", *where, code=2).stderr
    bad = run(runner, "search", "loan", "--save", "bad\x1bname", *where, code=2)
    assert "control" in bad.stderr
    assert "Deleted 1 saved search." in run(runner, "searches", "--corpus", alpha, "delete", "Loans").stdout
    assert json.loads(run(runner, "searches", "--corpus", alpha, "--json", code=1).stdout)["total"] == 0
    history = json.loads(run(runner, "searches", "--corpus", alpha, "history", "--json").stdout)["queries"]
    assert history[:2] == ["harvest", "loan"]
    assert "give a query" in run(runner, "search", *where, code=2).stderr


# ------------------------------------------------------------------ read and starred


def test_mark_and_list_starred_and_unread(runner, two_corpora):
    alpha, beta = two_corpora
    where = ("--corpus", alpha)
    run(runner, "--no-nlp", "index", *where)
    assert "1 article starred." in run(runner, "mark", "a2", "--star", *where).stdout
    assert "1 article marked read." in run(runner, "mark", "a1", "--read", *where).stdout
    starred = json.loads(run(runner, "list", "--starred", "--json", *where).stdout)["articles"]
    assert [a["id"] for a in starred] == ["a2"] and starred[0]["starred"]
    unread = json.loads(run(runner, "list", "--unread", "--json", *where).stdout)["articles"]
    assert [a["id"] for a in unread] == ["a2"]
    everything = json.loads(run(runner, "list", "--json", *where).stdout)["articles"]
    assert {a["id"]: a["read"] for a in everything} == {"a1": True, "a2": False}
    run(runner, "mark", "a2", "--unstar", *where)
    assert "No starred articles." in run(runner, "list", "--starred", *where, code=1).stdout
    run(runner, "--no-nlp", "index", "--corpus", beta)
    assert "No starred articles." in run(runner, "list", "--starred", "--corpus", beta, code=1).stdout
    assert "choose --read" in run(runner, "mark", "a1", *where, code=2).stderr


def test_article_url_is_its_http_address_or_none(tmp_path):
    corpus = tmp_path / "urls"
    corpus.mkdir()
    (corpus / "web.md").write_text(
        "---\ntitle: On the web\nurl: https://example.org/story\n---\n\nSome words here.\n", encoding="utf-8"
    )
    (corpus / "bad.md").write_text(
        "---\ntitle: Not a web page\nurl: javascript:alert(1)\n---\n\nOther words.\n", encoding="utf-8"
    )
    (corpus / "plain.txt").write_text("Plain\n\nNo address at all.\n", encoding="utf-8")
    lib = indexed(corpus)
    assert lib.article_url("web") == "https://example.org/story"
    assert lib.article_url(lib.load_article("bad")) is None
    assert lib.article_url("plain") is None


# ------------------------------------------------------------------ analysis remembered (defect 9)


def test_no_nlp_is_remembered_as_the_projects_setting(runner, two_corpora):
    alpha = two_corpora[0]
    where = ("--corpus", alpha)
    first = run(runner, "--no-nlp", "index", *where)
    assert "Analysis is off for this project from now on" in first.stdout
    listing = run(runner, "list", "--json", *where)  # no --no-nlp: nothing rebuilt with analysis
    assert "rebuilt" not in (listing.stderr or "")
    assert json.loads(listing.stdout)["total"] == 2
    meta = json.loads((Library(alpha).index_dir / "belreader-index.json").read_text())
    assert meta["analysis"] is False
    assert json.loads(run(runner, "settings", "--corpus", alpha, "--json").stdout)["analysis"] is False
    claims = run(runner, "claims", *where, code=1)
    assert "Claims were not computed: analysis is off" in claims.stdout and "No claims." not in claims.stdout
    data = json.loads(run(runner, "claims", "--json", *where, code=1).stdout)
    assert data["analysis"] is False and "not computed" in data["notes"][0]


def test_changing_analysis_is_an_explicit_command_that_says_what_it_costs(runner, two_corpora):
    alpha = two_corpora[0]
    run(runner, "--no-nlp", "index", "--corpus", alpha)
    said = run(runner, "settings", "--corpus", alpha, "analysis", "on").stdout
    assert "Analysis is now on" in said and "2 articles is rebuilt with entities and claims: a few seconds" in said
    assert "about a few" not in said
    refused = run(runner, "--no-nlp", "list", "--corpus", alpha, code=2)
    assert "analysis is on for" in refused.stderr and "`belreader settings analysis off`" in refused.stderr
    assert len(refused.stderr.strip().splitlines()) == 1
    assert "analysis is 'on' or 'off'" in run(runner, "settings", "--corpus", alpha, "analysis", "maybe", code=2).stderr
    off = run(runner, "settings", "--corpus", alpha, "analysis", "off").stdout
    assert "nothing to rebuild" in off  # the index on disk is still the one built without analysis


def test_an_index_built_without_analysis_before_settings_existed_is_not_rebuilt(two_corpora):
    from belreader.index import CorpusIndex

    alpha = two_corpora[0]
    CorpusIndex(alpha, analysis=False).update()  # as `--no-nlp index` left it in earlier versions
    lib = Library(alpha)
    assert lib.settings().analysis is None and lib.analysis is False
    assert lib.update().rebuilt_because is None


# ------------------------------------------------------------------ piped output (defect 14)


def test_piped_output_is_not_wrapped(runner, tmp_path):
    title = "A long headline " + " ".join(f"word{n}" for n in range(12))  # 90 characters, kept whole
    body = "The loan " + " ".join(f"filler{n}" for n in range(60)) + " ends here."
    corpus = small_corpus(tmp_path, "long", {"x1": f"{title}\n\n{body}"})
    listing = run(runner, "--no-nlp", "list", "--corpus", corpus).stdout
    assert any(title in line for line in listing.splitlines()), listing
    hits = run(runner, "search", "loan", "--corpus", corpus).stdout
    assert any(title in line and "[x1]" in line for line in hits.splitlines()), hits
    shown = run(runner, "show", "x1", "--corpus", corpus).stdout
    assert any(body in line for line in shown.splitlines()), shown
