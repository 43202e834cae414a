# Two commands set everything up on a fresh machine: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate test test-slow check-tracked lint typecheck check-generated pytest bench bench-full coverage clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## Regenerate generated/ from specs/ and summarise spec coverage.
## Both skip work whose inputs are unchanged (content hashes; the summary is remade when a spec changes).
COVERAGE_SUMMARY := $(VENV)/coverage-summary.txt

generate: $(STAMP) $(COVERAGE_SUMMARY)
	$(PY) -m generator generate
	@cat $(COVERAGE_SUMMARY)

$(COVERAGE_SUMMARY): $(STAMP) $(wildcard specs/*.yaml specs/*/*.yaml) generator/coverage.py
	$(PY) -m generator coverage --summary > $@.tmp && mv $@.tmp $@

## Everything CI checks: only source tracked, lint, types, generated code up to date, tests.
test: $(STAMP) check-tracked lint typecheck check-generated pytest

## Nothing that .gitignore ignores (venvs, egg-info, caches) may be tracked.
check-tracked:
	@if [ -d .git ] || [ -f .git ]; then \
	  tracked="$$(git ls-files -ci --exclude-standard)"; \
	  if [ -n "$$tracked" ]; then \
	    echo "error: git tracks files that .gitignore ignores (run: git rm -r --cached <path>):"; \
	    echo "$$tracked" | head -20; exit 1; \
	  fi; \
	fi

lint: $(STAMP)
	$(PY) -m ruff check generator gateway_runtime generated tests bench
	$(PY) -m ruff format --check generator gateway_runtime tests bench

typecheck: $(STAMP)
	$(PY) -m mypy generator gateway_runtime generated

check-generated: $(STAMP)
	$(PY) -m generator generate --check

# Property tests run derandomized (profile `ci`), so a red run replays the same on any machine.
pytest: $(STAMP)
	HYPOTHESIS_PROFILE=ci $(PY) -m pytest -n auto

## Slow tests: real published documents generated in full, imported, used and type-checked.
test-slow: $(STAMP)
	$(PY) -m pytest -m slow -n 2

coverage: $(STAMP)
	$(PY) -m generator coverage

## Benchmarks (not tests): generation, import time, validation, runtime (about 2 minutes).
bench: $(STAMP)
	$(PY) bench/run.py

## The quick benchmarks plus the 10,000-task runtime benchmark.
bench-full: $(STAMP)
	$(PY) bench/run.py --full

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
