# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint eval bench clean system-deps

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/kg build seeds --out out

lint: $(STAMP)
	$(BIN)/ruff check kg tests $(wildcard benchmarks notebooks)
	$(BIN)/ruff format --check kg tests $(wildcard benchmarks notebooks)

system-deps:
	bash .ci/system-deps.sh

test: $(STAMP) system-deps lint
	$(BIN)/pytest

eval: $(STAMP)
	$(BIN)/kg eval ../shared/gold seeds

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf out build *.egg-info .pytest_cache .ruff_cache
