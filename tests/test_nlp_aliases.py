"""The curated entity table: canonical ids, variants, roles, user overrides. No spaCy here."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from belreader.nlp.aliases import EntityTable, load_table, normalise, slugify

from nlp_util import REPO


@pytest.fixture
def table() -> EntityTable:
    return load_table()


@pytest.mark.parametrize(
    "variant",
    [
        "Alyaksandr Lukashenka",
        "Alexander Lukashenko",
        "Aleksandr Lukashenka",
        "Lukashenka's",
        "Lukashenka’s",
        "Lukashenko",
        "LUKASHENKO",
    ],
)
def test_lukashenka_variants_are_one_person(table, variant):
    assert table.canonical(variant) == "lukashenka"


@pytest.mark.parametrize(
    "variant", ["Sviatlana Tsikhanouskaya", "Svetlana Tikhanovskaya", "Tsikhanouskaya", "Tikhanovskaya’s"]
)
def test_tsikhanouskaya_variants(table, variant):
    assert table.canonical(variant) == "tsikhanouskaya"


@pytest.mark.parametrize(
    ("name", "entity_id", "label"),
    [
        ("Putin", "putin", "PERSON"),
        ("Peskov", "peskov", "PERSON"),
        ("Zelensky", "zelensky", "PERSON"),
        ("Kuleba", "kuleba", "PERSON"),
        ("Navalny", "navalny", "PERSON"),
        ("Sivitsky", "sivitsky", "PERSON"),
        ("Goble", "goble", "PERSON"),
        ("Kiev", "kyiv", "PLACE"),
        ("Kyiv", "kyiv", "PLACE"),
        ("Luhansk", "luhansk", "PLACE"),
        ("Donetsk", "donetsk", "PLACE"),
        ("Donbas", "donbas", "PLACE"),
        ("Klaipeda", "klaipeda", "PLACE"),
        ("Crimea", "crimea", "PLACE"),
        ("Sochi", "sochi", "PLACE"),
        ("Minsk", "minsk", "PLACE"),
        ("Moscow", "moscow", "PLACE"),
        ("Belarus", "belarus", "PLACE"),
        ("Russia", "russia", "PLACE"),
        ("Ukraine", "ukraine", "PLACE"),
        ("NATO", "nato", "ORG"),
        ("OSCE", "osce", "ORG"),
        ("Kremlin", "kremlin", "ORG"),
        ("the Kremlin", "kremlin", "ORG"),
        ("EU", "eu", "ORG"),
        ("Jamestown Foundation", "jamestown-foundation", "ORG"),
        ("The Atlantic Council", "atlantic-council", "ORG"),
    ],
)
def test_table_entries_and_types(table, name, entity_id, label):
    assert table.canonical(name) == entity_id
    assert table.entry(entity_id).label == label


@pytest.mark.parametrize(
    ("name", "entity_id", "kind"),
    [
        ("RT", "rt", "broadcaster"),
        ("TASS", "tass", "agency"),
        ("Interfax", "interfax", "agency"),
        ("RBC", "rbc", "media"),
        ("Kommersant", "kommersant", "newspaper"),
        ("Vzglyad", "vzglyad", "newspaper"),
        ("NV radio", "nv-radio", "broadcaster"),
        ("Russia-1 TV", "russia-1", "broadcaster"),
        ("Russia-1", "russia-1", "broadcaster"),
        ("Russia Today", "rt", "broadcaster"),  # RT's former name: one outlet
        ("The Moscow Times", "moscow-times", "newspaper"),
        ("Telegram", "telegram", "media"),
        ("Pul Pervovo", "pul-pervovo", "channel"),
        ("Reuters", "reuters", "agency"),
    ],
)
def test_media_have_role_and_kind(table, name, entity_id, kind):
    entry = table.entry(table.canonical(name))
    assert entry.id == entity_id
    assert entry.role == "media" and entry.is_media
    assert entry.kind == kind


def test_unknown_names_are_not_guessed(table):
    assert table.canonical("Sergei Shoigu") is None
    assert table.canonical("") is None
    assert table.entry("nobody") is None


def test_expand_token_gives_single_word_variants(table):
    assert table.expand_token("lukashenko") == {"lukashenko", "lukashenka"}
    assert table.expand_token("Lukashenka") == {"lukashenko", "lukashenka"}
    assert table.expand_token("kiev") == {"kiev", "kyiv"}
    assert {"tsikhanouskaya", "tikhanovskaya"} <= table.expand_token("tikhanovskaya")
    assert table.expand_token("alexander") == set()  # first names are not entity variants
    assert table.expand_token("unknownword") == set()
    assert table.expand_token("two words") == set()


def test_normalise_and_slugify():
    assert normalise("Lukashenka’s") == "lukashenka"
    assert normalise("  The Moscow   Times ") == "moscow times"
    assert normalise("Klaipėda") == "klaipeda"
    assert slugify("Sergei Rumas") == "sergei-rumas"
    assert slugify("Russia-1 TV") == "russia-1-tv"


def test_user_file_extends_and_overrides(tmp_path):
    user = tmp_path / "entities.toml"
    user.write_text(
        """
[shoigu]
name = "Sergei Shoigu"
label = "PERSON"
aliases = ["Shoigu", "Sergey Shoigu"]

[lukashenka]
role = "dictator"
aliases = ["Lukashenko-the-younger-test"]

[rbc]
kind = "newspaper"
""",
        encoding="utf-8",
    )
    table = load_table(user)
    assert table.canonical("Sergey Shoigu") == "shoigu"
    assert table.entry("shoigu").label == "PERSON"
    assert table.entry("lukashenka").role == "dictator"
    assert table.canonical("Lukashenko") == "lukashenka"  # bundled aliases kept
    assert table.canonical("Lukashenko-the-younger-test") == "lukashenka"
    assert table.entry("rbc").kind == "newspaper" and table.entry("rbc").role == "media"
    assert table.fingerprint != load_table().fingerprint


def test_load_table_is_cached_until_the_file_changes(tmp_path):
    user = tmp_path / "entities.toml"
    user.write_text('[aaa]\nname = "Aaa Bbb"\nlabel = "PERSON"\naliases = ["Bbb"]\n', encoding="utf-8")
    first = load_table(user)
    assert load_table(user) is first
    user.write_text('[aaa]\nname = "Aaa Ccc"\nlabel = "PERSON"\naliases = ["Ccc"]\n', encoding="utf-8")
    stamp = time.time() + 5
    os.utime(user, (stamp, stamp))
    second = load_table(user)
    assert second is not first
    assert second.canonical("Ccc") == "aaa" and second.canonical("Bbb") is None


def test_default_user_file_comes_from_the_config_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("BELREADER_CONFIG_DIR", str(tmp_path))
    (tmp_path / "entities.toml").write_text(
        '[gerasimov]\nname = "Valery Gerasimov"\nlabel = "PERSON"\naliases = ["Gerasimov"]\n', encoding="utf-8"
    )
    assert load_table().canonical("Gerasimov") == "gerasimov"


@pytest.mark.parametrize("module", ["belreader.nlp", "belreader.nlp.aliases"])
def test_importing_nlp_does_not_import_spacy(module):
    code = f"import sys, {module}; print('spacy' in sys.modules, 'thinc' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_public_records_have_the_agreed_fields():
    from dataclasses import fields

    from belreader import nlp

    def names(kind):
        return [f.name for f in fields(kind)]

    assert names(nlp.Mention) == ["entity_id", "text", "label", "start", "end", "paragraph"]
    assert names(nlp.Entity) == ["id", "name", "label", "role", "aliases_seen", "count", "titles"]
    assert names(nlp.Claim) == [
        "id",
        "article_id",
        "paragraph",
        "start",
        "end",
        "speaker",
        "speaker_id",
        "verb",
        "content",
        "direct_quote",
        "negated",
        "outlets",
        "dates",
        "sentence_start",
        "sentence_end",
        "verb_text",
    ]
    assert names(nlp.Source) == ["id", "name", "kind", "claim_count"]
    assert names(nlp.Analysis) == ["article_id", "content_hash", "backend", "mentions", "entities", "claims", "sources"]
    for function in (
        "analyze",
        "analyze_many",
        "backend_status",
        "related_claims",
        "corpus_sources",
        "suggest_aliases",
    ):
        assert callable(getattr(nlp, function))
