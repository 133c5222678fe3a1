"""One query, one parse: `belreader export --query` reads the query's text once, however many
articles it finds (it used to parse 1 + N times for N hits)."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from belreader.cli import app
from belreader.search import language

ARTICLES = {
    "sochi": dict(
        title="Putin and Lukashenko meet in Sochi",
        publisher="Wire Service",
        date="2020-09-14",
        body="Vladimir Putin received Alyaksandr Lukashenka in Sochi.\n\nLukashenka thanked him for the loan.",
    ),
    "vilnius": dict(
        title="A meeting in Vilnius",
        publisher="Minsk Herald",
        date="2020-08-30",
        body="Svetlana Tikhanovskaya met diplomats in Vilnius.\n\nLukashenko stayed in Minsk that day.",
    ),
    "brussels": dict(
        title="Opposition leader addresses parliament",
        publisher="The Bugle",
        date="2020-09-21",
        body="Sviatlana Tsikhanouskaya spoke in Brussels.\n\nShe said Lukashenka had lost the election.",
    ),
    "potash": dict(
        title="Export figures for August",
        publisher="Wire Service",
        date="2020-09-01",
        body="Potash exports rose in August.",
    ),
}


@pytest.fixture
def corpus(write_articles, tmp_path, shared_analysis_cache):
    return write_articles(tmp_path / "corpus", ARTICLES)


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The texts `language.parse` is called with from now on."""
    calls: list[str] = []
    real = language.parse

    def counting(text, *args, **kwargs):
        calls.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(language, "parse", counting)
    return calls


def export(corpus, tmp_path, query: str, code: int = 0):
    args = ["export", "--query", query, "--format", "csv", "--corpus", corpus, "--index", tmp_path / "index"]
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (result.output, result.stderr)
    return result


def test_export_query_parses_the_query_once_for_many_hits(corpus, tmp_path, parses):
    result = export(corpus, tmp_path, "Lukashenko OR potash")
    for article in ARTICLES:
        assert f"{article}.md" in result.stdout  # four articles exported
    assert parses == ["Lukashenko OR potash"]


def test_export_query_without_hits_parses_once_too(corpus, tmp_path, parses):
    result = export(corpus, tmp_path, "lukashenkq", code=1)
    assert "nothing to export" in result.stderr
    assert parses == ["lukashenkq"]
