# Two commands set everything up on a fresh machine: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate test test-slow lint typecheck check-generated pytest bench coverage clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Regenerate generated/ from specs/ and summarise spec coverage.
generate: $(STAMP)
	$(PY) -m generator generate
	$(PY) -m generator coverage --summary

## Everything CI checks: lint, types, generated code up to date, tests.
test: $(STAMP) lint typecheck check-generated pytest

lint: $(STAMP)
	$(PY) -m ruff check generator gateway_runtime generated tests bench
	$(PY) -m ruff format --check generator gateway_runtime tests bench

typecheck: $(STAMP)
	$(PY) -m mypy generator gateway_runtime generated

check-generated: $(STAMP)
	$(PY) -m generator generate --check

pytest: $(STAMP)
	$(PY) -m pytest

## Slow tests: real published documents generated in full, imported, used and type-checked.
test-slow: $(STAMP)
	$(PY) -m pytest -m slow -n 2

coverage: $(STAMP)
	$(PY) -m generator coverage

## Benchmarks (not tests): generation, import time, runtime, validation.
bench: $(STAMP)
	$(PY) bench/bench_generate.py
	$(PY) bench/bench_runtime.py
	$(PY) bench/bench_validation.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
