# newsgraph: `make run` sets everything up and serves the seed graph; `make test` runs every check.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000

.PHONY: run setup test lint bench clean

run: $(VENV)/.installed
	$(BIN)/newsgraph serve --port $(PORT)

setup: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

lint: $(VENV)/.installed
	$(BIN)/lint-imports
	$(BIN)/mypy api extract graph ontology bench
	$(BIN)/ruff check api extract graph ontology tests bench conformance

test: lint
	$(BIN)/python -m pytest

bench: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e ".[test,bench]"
	$(BIN)/python -m bench server
	$(BIN)/python -m bench extraction

clean:
	rm -rf $(VENV) .newsgraph *.egg-info
