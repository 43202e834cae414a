# Two commands set everything up on a fresh machine: `make generate` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: generate test test-slow browser check-tracked lint typecheck check-generated pytest bench bench-full coverage demo clean

# Every setuptools editable mode prints a generic BuildBackendWarning ("be careful with folders
# named like your package"); it says nothing about this project, so the install silences it.
$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	PYTHONWARNINGS=ignore::UserWarning $(PY) -m pip install --quiet -e '.[dev]'
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
	$(PY) -m ruff check generator gateway_runtime generated tests bench examples
	$(PY) -m ruff format --check generator gateway_runtime tests bench examples

typecheck: $(STAMP)
	$(PY) -m mypy generator gateway_runtime generated examples

check-generated: $(STAMP)
	$(PY) -m generator generate --check

# Property tests run derandomized (profile `ci`), so a red run replays the same on any machine.
pytest: $(STAMP)
	HYPOTHESIS_PROFILE=ci $(PY) -m pytest -n auto

## Slow tests (fresh venvs, pip, Chromium): installing the runtime and a generated client elsewhere,
## 1,000-job batches killed and resumed, the batch gallery in a headless browser.
test-slow: $(STAMP) browser
	$(PY) -m pytest -m slow -p no:xdist

## Chromium and its driver (Debian packages) for the batch gallery's browser test, when missing.
browser:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then \
	  echo "installing chromium and chromium-driver (apt-get) for the slow tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q chromium chromium-driver; \
	fi

coverage: $(STAMP)
	$(PY) -m generator coverage

## Benchmarks (not tests): generation, import time, validation, runtime, simulator.
bench: $(STAMP)
	$(PY) bench/run.py

## The quick benchmarks plus the 10,000-task runtime benchmark.
bench-full: $(STAMP)
	$(PY) bench/run.py --full

## The main job on the local simulator: submit a Qingbo generation, watch it, save the image.
demo: $(STAMP)
	$(PY) examples/demo_qingbo.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
