# Two commands on a fresh machine (Python 3.11+ with pip and venv):
#   make demo   set up .venv with what the tool needs to run, ingest the sample corpus and
#               print what the tracker knows
#   make test   add the test tools to .venv, lint, run the whole test suite once (slow
#               tests included)
#   make bench  add quantulum3 to .venv and run the benchmarks
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test
BENCH_STAMP := $(VENV)/.installed-bench

.PHONY: demo test lint bench setup clean

$(BIN)/python:
	@echo "== creating the virtual environment $(VENV)"
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	@echo "== installing tracker (editable) and what it needs to run: a minute or two"
	$(PIP) install -e .
	touch $@

$(TEST_STAMP): $(RUN_STAMP)
	@echo "== installing the test tools (pytest, ruff, the notebook runner)"
	$(PIP) install -e '.[test]'
	touch $@

$(BENCH_STAMP): $(RUN_STAMP)
	@echo "== installing the benchmark's comparison library (quantulum3)"
	$(PIP) install -e '.[bench]'
	touch $@

setup: $(RUN_STAMP)

demo: $(RUN_STAMP)
	@echo "== tracker demo"
	$(BIN)/tracker demo

lint: $(TEST_STAMP)
	$(BIN)/ruff check .

test: lint
	$(BIN)/python -m pytest -q

bench: $(BENCH_STAMP)
	$(BIN)/python benchmarks/bench_extract.py
	$(BIN)/python benchmarks/bench_reconcile.py

# (tracker/extract/*.so: left in old checkouts by the compiled build of earlier versions)
clean:
	rm -rf $(VENV) build dist *.egg-info tracker-demo.duckdb tracker-demo.duckdb.wal \
		.pytest_cache .ruff_cache tracker/extract/*.so tracker/extract/*.pyd
