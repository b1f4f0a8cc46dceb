# Two commands on a fresh machine (Python 3.11+ with pip and venv):
#   make demo   set up .venv, ingest the sample corpus, print what the tracker knows
#   make test   set up .venv, lint, run the whole test suite (slow tests included), once
#               with the compiled extraction modules and once with their Python source
#   make build  recompile the extraction modules after editing them (setup.py)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench setup build clean

$(STAMP): pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

setup: $(STAMP)

build: $(STAMP)
	$(BIN)/python -m pip install --quiet --no-deps -e .

demo: $(STAMP)
	$(BIN)/tracker demo

lint: $(STAMP)
	$(BIN)/ruff check tracker tests benchmarks setup.py

test: $(STAMP) lint
	$(BIN)/python -m pytest -q
	TRACKER_PURE_PYTHON=1 $(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_reconcile.py

clean:
	rm -rf $(VENV) build tracker/extract/*.so tracker/extract/*.pyd tracker-demo.duckdb tracker-demo.duckdb.wal .pytest_cache .ruff_cache
