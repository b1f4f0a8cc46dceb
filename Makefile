# Two commands on a fresh machine (Python 3.11+ with pip and venv):
#   make demo   set up .venv, ingest the sample corpus, print what the tracker knows
#   make test   set up .venv, lint, run the whole test suite (slow tests included)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench setup clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

setup: $(STAMP)

demo: $(STAMP)
	$(BIN)/tracker demo

lint: $(STAMP)
	$(BIN)/ruff check tracker tests benchmarks

test: $(STAMP) lint
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_reconcile.py

clean:
	rm -rf $(VENV) tracker-demo.duckdb tracker-demo.duckdb.wal .pytest_cache .ruff_cache
