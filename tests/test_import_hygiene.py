"""The core never imports the UI: each headless module loads without textual."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "belreader.corpus",
    "belreader.index",
    "belreader.search",
    "belreader.config",
    "belreader.state",
    "belreader.clips",
    "belreader.export",
    "belreader.nlp",
    "belreader.cli",
]


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
