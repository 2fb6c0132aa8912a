# The one entry point: `make demo` and `make test` do all set-up on a fresh machine.
VENV   := .venv
PY     := $(VENV)/bin/python
PYTHON ?= python3

.PHONY: venv lint typecheck test demo bench clean

$(VENV)/done: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(VENV)/done

lint: $(VENV)/done
	$(PY) -m ruff check src tests bench
	$(PY) -m ruff format --check src tests bench

typecheck: $(VENV)/done
	$(PY) -m mypy

test: lint typecheck
	$(PY) -m pytest

demo: $(VENV)/done
	$(PY) -m treffsicher --workspace demo.sqlite demo

bench: $(VENV)/done
	$(PY) bench/bench_profile.py

clean:
	rm -rf $(VENV) demo.sqlite demo.sqlite-* .pytest_cache .mypy_cache .ruff_cache
