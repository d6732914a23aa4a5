# news-kg: two commands set everything up on a fresh machine (Python 3.11+ and make).
#   make demo  - create .venv, install, convert the example article, validate it, run the saved queries,
#                load it into an embedded store and print what the store holds
#   make test  - install the test extras, check the import layering (lint-imports) and run the test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := examples/belarus-2020-09-21.txt
OUT := out

.PHONY: demo test install install-test goldens reliability bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .

install-test: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,cluster]'

demo: install
	@mkdir -p $(OUT)
	$(BIN)/kg convert $(EXAMPLE) -o $(OUT)/belarus-2020-09-21.ttl
	$(BIN)/kg validate $(OUT)/belarus-2020-09-21.ttl
	$(BIN)/kg ontology check
	@for q in entities roles events loans sanctions protests detentions statements timeline; do \
		echo; echo "== kg query $$q"; \
		$(BIN)/kg query $$q $(OUT)/belarus-2020-09-21.ttl || exit 1; \
	done
	@echo; echo "== kg load (embedded store $(OUT)/store; loading twice replaces) and kg stats"
	$(BIN)/kg load $(OUT)/belarus-2020-09-21.ttl --store $(OUT)/store
	$(BIN)/kg load $(OUT)/belarus-2020-09-21.ttl --store $(OUT)/store
	$(BIN)/kg stats --store $(OUT)/store

test: install-test
	$(BIN)/lint-imports
	$(BIN)/python -m pytest -q

# Regenerate the golden graphs on purpose, then read the diff before committing.
goldens: install-test
	$(BIN)/python -m pytest -q tests/rdf/test_golden.py --update-goldens

# Rewrite RELIABILITY.md from what the reliability cases (tests/reliability/test_reliability_*.py, also run by
# `make test`, which fails when the file is out of date) observe; review the diff before committing.
reliability: install-test
	$(BIN)/python -m pytest -q $(wildcard tests/reliability/test_reliability_*.py) --update-reliability

clean:
	rm -rf $(OUT) .pytest_cache .hypothesis

# Corpus-scale figures (issue 5): N = 100, 1,000 and 10,000 articles, ~20 minutes on 2 cores; rewrites BENCHMARKS.md.
bench: install
	$(BIN)/python bench/run.py
