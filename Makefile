# Two commands on a fresh machine with Python 3.11+ and make:
#   make demo   - create .venv, install, run the on-behalf-of flow against the embedded emulator
#   make test   - install the dev extras, run ruff, mypy, import-linter and the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

.PHONY: demo test lint typecheck imports pytest bench clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_RUN)

install: $(STAMP_RUN)
install-dev: $(STAMP_DEV)

demo: $(STAMP_RUN)
	$(BIN)/bunq-connect demo

lint: $(STAMP_DEV)
	$(BIN)/ruff check src tests bench examples scripts
	$(BIN)/ruff format --check src tests bench examples scripts

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

imports: $(STAMP_DEV)
	$(BIN)/lint-imports

pytest: $(STAMP_DEV)
	$(BIN)/pytest -q $(PYTEST_ARGS)

test: lint typecheck imports pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
