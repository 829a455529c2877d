# Two commands on a fresh machine with Python 3.11+ and make:
#   make demo   - create .venv, install, run the on-behalf-of flow against the embedded emulator
#   make test   - install the dev extras, run ruff, mypy, import-linter and the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_DEV := $(VENV)/.installed-dev

SDK_VENV ?= .venv-sdk
STAMP_SDK := $(SDK_VENV)/.installed

.PHONY: demo test lint typecheck imports pytest bench clean install install-dev sdk-venv

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(STAMP_RUN)

# bunq's official SDK lives in its own venv: it pins urllib3<2. Tests and benchmarks run it there.
$(STAMP_SDK):
	$(PYTHON) -m venv $(SDK_VENV)
	$(SDK_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(SDK_VENV)/bin/python -m pip install --quiet 'bunq-sdk==1.28.0'
	touch $@

sdk-venv: $(STAMP_SDK)

install: $(STAMP_RUN)
install-dev: $(STAMP_DEV)

demo: $(STAMP_RUN)
	$(BIN)/bunq-connect demo

LINT_PATHS := $(wildcard src tests bench examples scripts)

lint: $(STAMP_DEV)
	$(BIN)/ruff check $(LINT_PATHS)
	$(BIN)/ruff format --check $(LINT_PATHS)

typecheck: $(STAMP_DEV)
	$(BIN)/mypy

imports: $(STAMP_DEV)
	$(BIN)/lint-imports

pytest: $(STAMP_DEV) $(STAMP_SDK)
	BUNQ_SDK_PYTHON=$(abspath $(SDK_VENV))/bin/python $(BIN)/pytest -q $(PYTEST_ARGS)

test: lint typecheck imports pytest

clean:
	rm -rf $(VENV) $(SDK_VENV) .pytest_cache .mypy_cache .ruff_cache
