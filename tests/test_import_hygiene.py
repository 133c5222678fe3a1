"""The core never imports the UI: each headless module loads without textual."""

from __future__ import annotations

import ast
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import belreader


def core_modules() -> list[str]:
    """Every module and package of belreader but the reader (belreader.tui and below), found by
    walking the package: a new module is checked without being listed here. (pkgutil.walk_packages
    would import belreader.tui to look inside it; this walk imports nothing.)"""
    found = [belreader.__name__]

    def walk(path: list[str], prefix: str) -> None:
        for info in pkgutil.iter_modules(path, prefix):
            if info.name in ("belreader.tui", "belreader.__main__"):
                continue  # the reader; and __main__ runs the CLI (belreader.cli is checked)
            found.append(info.name)
            if info.ispkg:
                walk([str(Path(info.module_finder.path, info.name.rpartition(".")[2]))], f"{info.name}.")

    walk(list(belreader.__path__), f"{belreader.__name__}.")
    return sorted(found)


CORE_MODULES = core_modules()


def test_the_walk_finds_the_core():
    """The walk sees subpackages' modules, and leaves the reader out."""
    assert {"belreader.cli", "belreader.index", "belreader.nlp", "belreader.nlp.claims"} <= set(CORE_MODULES)
    assert not any(name.startswith("belreader.tui") for name in CORE_MODULES)


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_import_textual(module):
    code = f"import sys, {module}; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_the_ui_package_does_import_textual():
    """The check above can fail: importing the app does pull textual in."""
    code = "import sys, belreader.tui.app; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1 or node in graph[node]:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_cycle_finder_finds_a_cycle():
    """The check below can fail: a two-module loop and a three-module loop are found, a chain is not."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"d"}, "d": {"e"}, "e": {"c"}, "f": {"a"}}
    assert sorted(_cycles(graph)) == [["a", "b"], ["c", "d", "e"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_reader_has_no_import_cycle():
    """No module of belreader.tui imports, directly or through others, one that imports it
    (type-checking imports count: they are cycles too for a reader of the code)."""
    import grimp

    built = grimp.build_graph("belreader")
    modules = {m for m in built.modules if m.startswith("belreader.tui")}
    graph = {m: {x for x in built.find_modules_directly_imported_by(m) if x in modules} for m in modules}
    assert len(modules) > 10
    assert _cycles(graph) == []


# Launch time: the reader does not import what only some features need (fact grouping and its
# numpy work, the NLP pipeline), and checking that an index is current does not either.
LAZY_AT_LAUNCH = ("belreader.facts", "belreader.nlp.pipeline", "belreader.nlp.claims", "belreader.nlp.entities")


def _loaded_after(code: str, tmp_path: Path) -> list[str]:
    env = {"BELREADER_CONFIG_DIR": str(tmp_path / "c"), "BELREADER_DATA_DIR": str(tmp_path / "d")}
    script = f"import sys\n{code}\nprint(sorted(m for m in {LAZY_AT_LAUNCH!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )
    assert result.returncode == 0, result.stderr
    return ast.literal_eval(result.stdout.strip().splitlines()[-1])


def test_the_reader_starts_without_facts_or_the_nlp_pipeline(tmp_path):
    code = "import belreader.tui.app\nfrom belreader import index\nindex._analysis_version()"
    assert _loaded_after(code, tmp_path) == []


def test_facts_and_the_pipeline_load_when_used(tmp_path):
    """The check above can fail: asking for a fact type or an analysis does load them."""
    code = "from belreader.library import FactGroup\nfrom belreader.nlp import analyze_many"
    assert _loaded_after(code, tmp_path) == sorted(LAZY_AT_LAUNCH)


def test_the_analysis_version_has_one_home():
    """The pipeline keys its cache and the index checks its analyses by the same version."""
    from belreader import nlp
    from belreader.nlp import pipeline, records

    assert pipeline.CACHE_VERSION is records.CACHE_VERSION is nlp.CACHE_VERSION
