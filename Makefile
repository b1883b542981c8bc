# The README's two commands are `make run` and `make test`; every other target serves them.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= sqlite:///strife.db

.PHONY: setup run test lint model bench clean

$(STAMP): pyproject.toml package.json
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# The dashboard's map outlines and API docs come from npm at install time (never a CDN).
	npm ci --no-audit --no-fund --loglevel=error
	$(BIN)/python -m strife.serve.vendor
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/strife ingest samples --db $(DB)

test: setup
	$(BIN)/python -m pytest

model: setup
	$(BIN)/python -m strife.roles.train --train ../shared/data/muc4/train.jsonl \
		--cased ../shared/data/geoparsing/lgl.xml ../shared/data/geoparsing/geovirus.xml \
		--out src/strife/data/models/roles

bench: setup
	$(BIN)/python bench/bench_extract.py
	$(BIN)/python bench/bench_stream.py
	$(BIN)/python bench/bench_dask.py

lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/mypy src

clean:
	rm -rf $(VENV) strife.db build dist
