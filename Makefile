# The one entry point: `make demo` and `make test` do all set-up on a fresh machine.
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: venv lint typecheck test demo bench clean browser-deps

$(VENV)/done: pyproject.toml setup.py
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

# The compiled loops (src/treffsicher/core/_speedups.c) again whenever their source changes.
$(VENV)/speedups: $(VENV)/done src/treffsicher/core/_speedups.c
	$(PY) -m pip install --quiet --no-deps -e .
	touch $@

venv: $(VENV)/speedups

lint: $(VENV)/speedups
	$(PY) -m ruff check src tests bench
	$(PY) -m ruff format --check src tests bench

typecheck: $(VENV)/speedups
	$(PY) -m mypy

# Debian's chromium for the real-browser tests (never `playwright install`: it downloads).
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the browser tests"; \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; \
	} || echo "warning: chromium could not be installed; browser tests are skipped" >&2

test: lint typecheck browser-deps
	$(PY) -m pytest

demo: $(VENV)/speedups
	$(PY) -m treffsicher --workspace demo.sqlite demo
	$(PY) -m treffsicher --workspace demo.sqlite serve

bench: $(VENV)/speedups
	$(PY) bench/bench_profile.py

clean:
	rm -rf $(VENV) demo.sqlite demo.sqlite-* .pytest_cache .mypy_cache .ruff_cache
