"""No module of belreader binds one top-level name twice: a second `_ADDRESSED = ...` or `def
_outside` further down a long module silently replaces the first for every function above it
(session 20 found one such clash in claims.py while it was being written, and a rule table
written twice)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "belreader"


def _bound_twice(source: str) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, n in names.items() if n > 1)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    assert _bound_twice(path.read_text(encoding="utf-8")) == []


def test_a_name_bound_twice_is_found() -> None:
    assert _bound_twice("A = 1\ndef f(): pass\nA = 2\nB = {1}\nB |= {2}\n") == ["A"]
