"""Bad settings and a bad user entity table: one line naming the key (and the file), exit 2."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from belreader import config
from belreader.cli import app
from belreader.nlp.aliases import EntityTableError, check_user_table, load_table

COMMANDS = [["list"], ["search", "loan"], ["entities"], ["show", "x"], ["claims"], ["index"]]


@pytest.fixture
def tiny_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("A loan\n\nLukashenka asked for a loan.\n", encoding="utf-8")
    return corpus


def invoke(*args):
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert not result.exception or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize("value", ["inf", "-inf", "nan", "-1", "0", "abc", "1e400", "20MB"])
def test_a_bad_max_file_size_is_one_line_naming_the_setting(value, monkeypatch, tiny_corpus, tmp_path):
    monkeypatch.setenv("BELREADER_MAX_FILE_MB", value)
    with pytest.raises(config.SettingsError, match="BELREADER_MAX_FILE_MB"):
        config.max_file_bytes()
    for command in COMMANDS:
        result = invoke("--no-nlp", "--corpus", tiny_corpus, "--index", tmp_path / "index", *command)
        assert result.exit_code == 2, (command, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("belreader: BELREADER_MAX_FILE_MB=")
        assert "positive number of megabytes" in lines[0]


@pytest.mark.parametrize("value,expected", [("", 20 * 2**20), ("0.5", 2**19), (" 3 ", 3 * 2**20), ("1e-9", 1)])
def test_good_max_file_sizes(value, expected, monkeypatch):
    monkeypatch.setenv("BELREADER_MAX_FILE_MB", value)
    assert config.max_file_bytes() == expected


BAD_TABLES = {
    "aliases = 5\n": "'aliases' must be a table",
    "[lukashenka]\naliases = 5\n": '[lukashenka] aliases must be a list of text, like ["A", "B"], not int',
    '[x]\nname = "X"\naliases = ["a", 3]\n': '[x] aliases must be a list of text, like ["A", "B"], not a list holding int',
    "[x]\nname = 5\n": "[x] name must be text, not int",
    '[x]\nname = "X"\nrole = ["a"]\n': "[x] role must be text, not a list",
    '[x]\nname = "X"\nparent = 3\n': "[x] parent must be text, not int",
    '[x]\nname = "X"\nlabel = "PERSN"\n': "[x] label 'PERSN' is not one of PERSON",
    '[x]\nname = "X"\nalias = ["Y"]\n': "[x] unknown key 'alias'",
    "[broken\nname = ": "not valid TOML",
}


@pytest.mark.parametrize("content", list(BAD_TABLES))
def test_a_bad_user_entity_table_is_one_line_naming_file_and_key(content, isolated_dirs, tiny_corpus, tmp_path):
    user = isolated_dirs["config"] / "entities.toml"
    user.write_text(content, encoding="utf-8")
    with pytest.raises(EntityTableError) as caught:
        check_user_table()
    assert str(user) in str(caught.value) and BAD_TABLES[content] in str(caught.value)
    # The core never fails on it: the bundled table is used, with a warning naming the problem.
    table = load_table()
    assert table.canonical("Lukashenko") == "lukashenka"
    assert table.warning and str(user) in table.warning and BAD_TABLES[content] in table.warning
    for command in (["search", "loan"], ["entities"], ["claims"]):
        result = invoke("--no-nlp", "--corpus", tiny_corpus, "--index", tmp_path / "index", *command)
        assert result.exit_code == 2, (command, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(user) in lines[0] and BAD_TABLES[content] in lines[0]


def test_clips_commands_do_not_need_the_entity_table(isolated_dirs):
    (isolated_dirs["config"] / "entities.toml").write_text("aliases = 5\n", encoding="utf-8")
    assert invoke("clips", "list").exit_code == 0


def test_the_bundled_tables_pass_the_same_checks():
    from belreader.nlp.aliases import _parse

    for path in config.bundled_entity_files():
        assert _parse(path)


def test_a_good_user_table_still_works(isolated_dirs):
    user = isolated_dirs["config"] / "entities.toml"
    user.write_text(
        '[bbook]\nname = "The Black Book"\nlabel = "gpe"\naliases = ["Black Book of Belarus"]\n', encoding="utf-8"
    )
    check_user_table()
    table = load_table()
    assert table.warning is None
    assert table.canonical("Black Book of Belarus") == "bbook" and table.entry("bbook").label == "PLACE"


BAD_DECISIONS = {
    "merge = 5\n": "merge must be a table",
    "[split]\nb = 3\n": "[split] b must be a list of spellings",
    '[split]\nb = ["x", 1]\n': "[split] b must be a list of spellings",
    "[retype]\nc = [1]\n": "[retype] c must be text",
    "[merge\n": "entity-decisions.toml",
}


@pytest.mark.parametrize("content", list(BAD_DECISIONS))
def test_a_bad_decisions_file_is_one_line_naming_file_and_key(content, isolated_dirs, tiny_corpus, tmp_path):
    from belreader.nlp.identity import current_decisions, decisions_file

    decisions_file().write_text(content, encoding="utf-8")
    assert not current_decisions()  # the core ignores it (and logs why)
    for command in (["search", "loan"], ["entities"]):
        result = invoke("--no-nlp", "--corpus", tiny_corpus, "--index", tmp_path / "index", *command)
        assert result.exit_code == 2, (command, result.output)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(decisions_file()) in lines[0] and BAD_DECISIONS[content] in lines[0]
