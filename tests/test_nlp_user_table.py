"""The user's entities.toml: it can take over a bundled alias, and a broken file is ignored, loudly."""

from __future__ import annotations

from belreader.nlp.aliases import load_table


def test_a_user_entity_takes_over_a_bundled_alias(tmp_path):
    user = tmp_path / "entities.toml"
    user.write_text('[bbook]\nname = "The Black Book"\nlabel = "ORG"\naliases = ["Black Book of Belarus"]\n')
    table = load_table(user_file=user)
    assert table.canonical("Black Book of Belarus") == "bbook"
    assert table.canonical("Lukashenko") == "lukashenka"  # the rest of the bundled table stays


def test_a_broken_user_file_is_ignored_with_a_warning(tmp_path):
    user = tmp_path / "entities.toml"
    user.write_text("[broken\nname = ")
    table = load_table(user_file=user)
    assert table.canonical("Lukashenko") == "lukashenka"
    assert table.warning and str(user) in table.warning and "ignored" in table.warning
