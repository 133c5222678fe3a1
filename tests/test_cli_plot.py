"""`belreader plot`: each chart written as a real SVG or PNG with its caption, and the errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

from test_cli import SEEDS, run

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()  # conftest points belreader's user dirs at the test's own


@pytest.fixture
def seeds(tmp_path):
    corpus = tmp_path / "seeds"
    shutil.copytree(SEEDS, corpus)
    return corpus


@pytest.fixture
def indexed(runner, seeds, tmp_path, shared_analysis_cache):
    """The seed corpus, indexed: the arguments every plot command takes."""
    run(runner, "index", "--corpus", seeds, "--index", tmp_path / "ix")
    return ["--corpus", seeds, "--index", tmp_path / "ix"]


def svg_text(path) -> str:
    """Every text element of an SVG (parsing it proves it is well-formed)."""
    root = ET.parse(path).getroot()
    assert root.tag == f"{SVG}svg"
    return " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))


@pytest.mark.parametrize(
    ("kind", "title"),
    [
        ("timeline", "Articles over time, by month"),
        ("entities", "Most mentioned entities"),
        ("cooccurrence", "Who appears with whom"),
        ("sources", "Sources each publisher cites"),
    ],
)
def test_each_chart_is_a_captioned_svg(runner, indexed, seeds, tmp_path, kind, title):
    out = tmp_path / f"{kind}.svg"
    result = run(runner, "plot", kind, "-o", out, *indexed)
    assert "Drew" in result.stderr and str(out) in result.stderr
    text = svg_text(out)
    assert title in text
    assert f"belreader · project {seeds}" in text and "all articles" in text


@pytest.mark.parametrize("kind", ["timeline", "entities", "cooccurrence", "sources"])
def test_each_chart_is_a_png(runner, indexed, tmp_path, kind):
    out = tmp_path / f"{kind}.png"
    run(runner, "plot", kind, "--output", out, *indexed)
    assert out.read_bytes().startswith(PNG_SIGNATURE)


def test_the_caption_names_the_query_and_the_entity(runner, indexed, tmp_path):
    out = tmp_path / "loan.svg"
    run(runner, "plot", "entities", "-o", out, "--query", "loan", "--entity", "Peskov", *indexed)
    text = svg_text(out)
    assert "query: loan" in text and "entity: Dmitry Peskov" in text
    year = tmp_path / "year.svg"
    run(runner, "plot", "timeline", "-o", year, "--by", "year", *indexed)
    assert "Articles over time, by year" in svg_text(year)


def test_an_existing_file_is_kept_without_force(runner, indexed, tmp_path):
    out = tmp_path / "t.png"
    out.write_bytes(b"mine")
    result = run(runner, "plot", "timeline", "-o", out, *indexed, code=3)
    assert "already exists" in result.stderr and "--force" in result.stderr
    assert out.read_bytes() == b"mine"
    run(runner, "plot", "timeline", "-o", out, "--force", *indexed)
    assert out.read_bytes().startswith(PNG_SIGNATURE)


def one_line_error(result) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("belreader: "), result.stderr
    return lines[0]


def test_bad_input_is_one_line_and_exit_2(runner, indexed, tmp_path):
    out = tmp_path / "x.svg"
    assert "use one of timeline, entities, cooccurrence, sources" in one_line_error(
        run(runner, "plot", "pie", "-o", out, *indexed, code=2)
    )
    assert "no entity 'Nobody Atall'" in one_line_error(
        run(runner, "plot", "timeline", "-o", out, "--entity", "Nobody Atall", *indexed, code=2)
    )
    one_line_error(run(runner, "plot", "timeline", "-o", out, "--query", '"unclosed', *indexed, code=2))
    assert "'month' or 'year'" in one_line_error(run(runner, "plot", "timeline", "-o", out, "--by", "week", code=2))
    assert not out.exists()


def test_an_unknown_extension_is_a_usage_error_naming_the_formats(runner, tmp_path):
    result = run(runner, "plot", "timeline", "-o", tmp_path / "chart.pdf", code=2)
    assert "Usage:" in result.stderr and ".svg or .png" in result.stderr and "chart.pdf" in result.stderr


def test_nothing_to_draw_exits_1(runner, indexed, tmp_path):
    out = tmp_path / "x.svg"
    result = run(runner, "plot", "cooccurrence", "-o", out, "--query", "zzzqqqxx", *indexed, code=1)
    assert "nothing to draw" in one_line_error(result) and not out.exists()


def test_without_analysis_only_the_timeline(runner, seeds, tmp_path):
    where = ["--corpus", seeds, "--index", tmp_path / "plain"]
    run(runner, "--no-nlp", "index", *where)
    run(runner, "--no-nlp", "plot", "timeline", "-o", tmp_path / "t.svg", *where)
    assert "--no-nlp" in one_line_error(
        run(runner, "--no-nlp", "plot", "sources", "-o", tmp_path / "s.svg", *where, code=2)
    )


def test_the_cli_does_not_import_matplotlib():
    code = "import sys, belreader.cli, belreader.library; print('matplotlib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
