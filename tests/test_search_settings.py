"""The project's search engine as a setting (issue 15: "--backend ... or the project's
settings"): stored by `belreader settings search`, used by every command and the reader when
neither the command line nor the environment chooses one, replaced when another project opens."""

from __future__ import annotations

import json
import os

import pytest
from test_projects import run, small_corpus
from typer.testing import CliRunner

from belreader.cli import app
from belreader.library import IndexProblem, Library
from belreader.search import backends

# a loopback port nothing listens on: a cluster that is not there
NOWHERE = "http://127.0.0.1:9"
VARIABLES = (*backends.BACKEND_VARIABLES, "BELREADER_BACKEND_FROM_SETTINGS")


@pytest.fixture
def runner(monkeypatch) -> CliRunner:
    monkeypatch.delenv("COLUMNS", raising=False)
    for key in VARIABLES:  # whatever the tests set is undone after each
        monkeypatch.delenv(key, raising=False)
    return CliRunner()


@pytest.fixture
def corpora(tmp_path):
    alpha = small_corpus(tmp_path, "alpha", {"a1": "Alpha one\n\nThe loan was agreed in May."})
    beta = small_corpus(tmp_path, "beta", {"b1": "Beta one\n\nThe harvest was late."})
    return alpha, beta


def test_a_stored_engine_is_used_by_every_command_until_cleared(runner, corpora):
    alpha, _ = corpora
    said = run(
        runner, "settings", "--corpus", alpha, "search", "opensearch", "--url", NOWHERE, "--index-prefix", "team"
    )
    assert "search is opensearch at http://127.0.0.1:9, index prefix team" in said.stdout
    shown = json.loads(run(runner, "settings", "--corpus", alpha, "--json").stdout)["search"]
    assert shown == {"backend": "opensearch", "url": NOWHERE, "index_prefix": "team"}
    # the stored cluster is the one searched: it is not there, said in one line naming it
    failed = runner.invoke(app, ["search", "loan", "--corpus", str(alpha)])
    assert failed.exit_code != 0 and "127.0.0.1:9" in failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1 and "Traceback" not in failed.output
    # the command line wins over the setting
    assert "a1" in run(runner, "--backend", "whoosh", "search", "loan", "--corpus", alpha).stdout
    run(runner, "settings", "--corpus", alpha, "search", "--clear")
    assert json.loads(run(runner, "settings", "--corpus", alpha, "--json").stdout)["search"]["backend"] is None
    assert "a1" in run(runner, "search", "loan", "--corpus", alpha).stdout


def test_the_environment_wins_over_the_setting(runner, corpora, monkeypatch):
    alpha, _ = corpora
    run(runner, "settings", "--corpus", alpha, "search", "opensearch", "--url", NOWHERE)
    monkeypatch.setenv("BELREADER_BACKEND", "whoosh")
    assert "a1" in run(runner, "search", "loan", "--corpus", alpha).stdout


def test_a_bad_engine_is_refused_in_one_line_and_nothing_is_stored(runner, corpora):
    alpha, _ = corpora
    for args in (("opensearch", "--url", "ftp://example.org"), ("solr",), ("whoosh", "--url", NOWHERE)):
        refused = run(runner, "settings", "--corpus", alpha, "search", *args, code=2)
        assert len(refused.stderr.strip().splitlines()) == 1
    assert Library(alpha).settings().backend is None
    # credentials never go into a URL, so never into the settings file
    refused = run(runner, "settings", "--corpus", alpha, "search", "opensearch", "--url", "http://u:secret@h:9", code=2)
    assert "must not hold credentials" in refused.stderr
    settings = Library(alpha)._project.settings_path
    assert not settings.exists() or "secret" not in settings.read_text(encoding="utf-8")


def test_a_hand_edited_bad_setting_names_the_settings_file(runner, corpora):
    alpha, _ = corpora
    settings = Library(alpha)._project.settings_path
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"backend": "lucene"}), encoding="utf-8")
    refused = run(runner, "search", "loan", "--corpus", alpha, code=2)
    assert str(settings) in refused.stderr.replace("\n", "") and "unknown search backend 'lucene'" in refused.stderr
    with pytest.raises(IndexProblem):
        Library(alpha)


def test_opening_another_project_replaces_the_first_ones_choice_but_never_the_users(runner, corpora, monkeypatch):
    alpha, beta = corpora
    Library(alpha).set_search_engine("opensearch", NOWHERE, "team")
    Library(alpha)
    assert backends.chosen() == "opensearch" and os.environ["BELREADER_OPENSEARCH_PREFIX"] == "team"
    Library(beta)  # no setting: back to Whoosh, the first project's URL and prefix gone
    assert backends.chosen() == "whoosh"
    assert "BELREADER_OPENSEARCH_URL" not in os.environ and "BELREADER_OPENSEARCH_PREFIX" not in os.environ
    monkeypatch.setenv("BELREADER_OPENSEARCH_PREFIX", "mine")  # the user's own prefix is kept
    Library(alpha)
    assert backends.chosen() == "opensearch" and os.environ["BELREADER_OPENSEARCH_PREFIX"] == "mine"
    Library(beta)
    assert backends.chosen() == "whoosh" and os.environ["BELREADER_OPENSEARCH_PREFIX"] == "mine"


def test_storing_a_choice_leaves_the_open_projects_choice_as_it_was(runner, corpora):
    alpha, beta = corpora
    Library(alpha).set_search_engine("opensearch", NOWHERE)
    second = Library(beta)
    Library(alpha)
    second.set_search_engine("opensearch", "http://127.0.0.1:10")  # checked and stored, not applied
    assert os.environ["BELREADER_OPENSEARCH_URL"] == NOWHERE
    Library(beta)  # the settings' choice is replaced by the next project's, as before
    assert os.environ["BELREADER_OPENSEARCH_URL"] == "http://127.0.0.1:10"
