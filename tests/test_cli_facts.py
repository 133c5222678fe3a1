"""`belreader facts` and `belreader compare` (issue 14) on the bundled corpus: the $1.5 billion loan."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from belreader.cli import app

from nlp_util import SEED_IDS

JAMESTOWN, EURASIA, OWP = SEED_IDS["000"], SEED_IDS["001"], SEED_IDS["003"]
LOAN_ARTICLES = [JAMESTOWN, EURASIA, OWP]


@pytest.fixture
def cli(indexed_seed_corpus, monkeypatch):
    from belreader import cli as cli_module

    corpus, index_dir = indexed_seed_corpus
    monkeypatch.setattr(cli_module.console, "width", 200)  # a table's cells are not folded
    runner = CliRunner()

    def run(*args, code=0):
        result = runner.invoke(app, [*map(str, args), "--corpus", str(corpus), "--index", str(index_dir)])
        assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
        return result

    return run


@pytest.fixture
def loan_claims(cli) -> list[dict]:
    claims = json.loads(cli("claims", "--query", '"1.5 billion"', "--json").stdout)["claims"]
    return [next(c for c in claims if c["article_id"] == article) for article in LOAN_ARTICLES]


def loan_group(groups: list[dict], loan_claims) -> dict:
    return next(g for g in groups if loan_claims[0]["id"] in [a["claim"] for a in g["accounts"]])


def test_facts_json_lists_the_loan_group_with_its_three_accounts(cli, loan_claims):
    data = json.loads(cli("facts", "--json").stdout)
    assert data["total"] == len(data["groups"]) >= 1
    group = loan_group(data["groups"], loan_claims)
    assert [a["claim"] for a in group["accounts"]] == [c["id"] for c in loan_claims]
    assert {a["stance"] for a in group["accounts"]} == {"confirmed", "reported"}
    assert all(len(g["accounts"]) >= 2 for g in data["groups"])


def test_facts_for_people_names_each_account_and_what_differs(cli, loan_claims):
    text = cli("facts").stdout
    assert f"fact:{loan_claims[0]['id']}" in text and "3 accounts" in text
    for who in ("The Russian side confirmed", "Putin confirmed", "Sofya Donets said"):
        assert who in text
    assert "stance" in text


def test_facts_disagreeing_keeps_groups_that_differ_most_different_first(cli, loan_claims):
    every = json.loads(cli("facts", "--json").stdout)["groups"]
    data = json.loads(cli("facts", "--disagreeing", "--json").stdout)
    substantive = {"amount", "date", "stance", "polarity", "attribution"}
    assert data["groups"] and len(data["groups"]) <= len(every)
    assert all(any(d["kind"] in substantive for d in g["differences"]) for g in data["groups"])
    severities = [g["severity"] for g in data["groups"]]
    assert severities == sorted(severities, reverse=True)
    loan_group(data["groups"], loan_claims)  # the accounts differ in stance and attribution


def test_compare_shows_the_accounts_side_by_side_and_the_differences(cli, loan_claims):
    claim_id = loan_claims[2]["id"]
    data = json.loads(cli("compare", claim_id, "--json").stdout)
    assert [r["article"] for r in data["accounts"]] == LOAN_ARTICLES
    assert [r["stance"] for r in data["accounts"]] == ["confirmed", "confirmed", "reported"]
    assert {d["kind"] for d in data["differences"]} >= {"stance", "attribution"}
    assert not {"amount", "date"} & {d["kind"] for d in data["differences"]}
    text = cli("compare", claim_id).stdout
    for expected in ("Sofya Donets", "The Moscow Times", "1.5 billion usd", "stance"):
        assert expected in text, expected
    assert "The Organization for World Peace" in text


def test_compare_writes_markdown_csv_and_json(cli, loan_claims):
    claim_id = loan_claims[0]["id"]
    markdown = cli("compare", claim_id, "--format", "md").stdout
    assert markdown.startswith("# Compare: `fact:")  # a code span: inert, no autolink, no escapes
    assert "&#32;" not in markdown and "????" not in markdown
    assert "## Differences" in markdown and "> " in markdown
    rows = list(csv.DictReader(io.StringIO(cli("compare", claim_id, "--format", "csv").stdout)))
    assert [r["article"] for r in rows] == LOAN_ARTICLES
    assert json.loads(cli("compare", claim_id, "--format", "json").stdout)["group"] == f"fact:{claim_id}"


def test_compare_an_unknown_claim_or_one_in_no_group(cli):
    result = cli("compare", "nope#c1", code=2)
    assert "no claim 'nope#c1'" in result.stderr and "older belreader" in result.stderr
    claims = json.loads(cli("claims", "--json").stdout)["claims"]
    grouped = {a["claim"] for g in json.loads(cli("facts", "--json").stdout)["groups"] for a in g["accounts"]}
    alone = next(c["id"] for c in claims if c["id"] not in grouped)
    result = cli("compare", alone, code=1)
    assert "No other account" in result.stdout
    cli("compare", alone, "--format", "pdf", code=2)
