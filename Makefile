# Two commands set everything up on a fresh machine: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate test lint typecheck check-generated pytest bench coverage demo clean

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
	$(PY) -m ruff check generator gateway_runtime generated tests bench examples
	$(PY) -m ruff format --check generator gateway_runtime tests bench examples

typecheck: $(STAMP)
	$(PY) -m mypy generator gateway_runtime generated examples

check-generated: $(STAMP)
	$(PY) -m generator generate --check

pytest: $(STAMP)
	$(PY) -m pytest

coverage: $(STAMP)
	$(PY) -m generator coverage

## Benchmarks (not tests): generation, import time, runtime, validation, simulator.
bench: $(STAMP)
	$(PY) bench/bench_generate.py
	$(PY) bench/bench_runtime.py
	$(PY) bench/bench_validation.py
	$(PY) bench/bench_simulator.py

## The main job on the local simulator: submit a Qingbo generation, watch it, save the image.
demo: $(STAMP)
	$(PY) examples/demo_qingbo.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
