# Two commands for a new user on a fresh machine:
#   make demo   create .venv, install, ingest the bundled example letters, print stats and a search
#   make test   create .venv, install with the test extras, run the whole test suite
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
AW     := $(VENV)/bin/armswatch
DEMO_DB := demo.db

.PHONY: demo test lint docs bench clean

$(VENV)/.installed: pyproject.toml setup.py armswatch/store/_fts5rank.c
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

demo: $(VENV)/.installed
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(AW) ingest examples --db $(DEMO_DB)
	$(AW) stats --db $(DEMO_DB)
	$(AW) search clusterbommen --db $(DEMO_DB)
	$(AW) facts --db $(DEMO_DB)

# lint and types first (fast), then the suite; tests/test_docs_cli.py checks docs/cli.md
test: lint
	$(PY) -m pytest

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy armswatch

docs: $(VENV)/.installed
	$(PY) -m armswatch.cli.reference > docs/cli.md

bench: $(VENV)/.installed
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
