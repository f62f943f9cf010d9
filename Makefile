# The two commands a newcomer needs: `make run` and `make test`. Both set everything up first.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
PORT ?= 8501
APT_PACKAGES := chromium tesseract-ocr

.PHONY: run test lint bench eval setup system-deps clean-venv

setup: system-deps $(STAMP)

# Debian packages the app and the tests need: a browser for the end-to-end tests, Tesseract for OCR.
system-deps:
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v tesseract >/dev/null 2>&1 || missing="$$missing tesseract-ocr"; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null && \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing </dev/null; \
	fi

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip </dev/null
	$(PY) -m pip install -q -e '.[test,bench]' </dev/null
	touch $(STAMP)

run: setup
	$(VENV)/bin/streamlit run app.py --server.port $(PORT)

# two pytest-xdist workers (tests/conftest.py keeps the tests that share a server or a corpus on
# one); `make test TEST_WORKERS=0` runs everything in one process. Bytecode is written even where
# the environment says not to (PYTHONDONTWRITEBYTECODE=1): each worker would otherwise compile the
# package and pytest's rewritten test modules again.
TEST_WORKERS ?= 2
test: setup
	PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadgroup

# 30-, 300- and 1,000-page generated pairs against pdfplumber, pypdfium2, HtmlDiff and redlines:
# writes bench/results.md (takes a while: the plain diffs are capped at 10 minutes each)
bench: setup
	$(PY) bench/run.py --json bench/out/results.json

# Direction and topics, per situation, on pairs of multi-clause documents written from real policy
# language (tests/data/rules_eval, sources in its SOURCE.md), plus the Madison pair's twelve points;
# then the statute and policy probes (tests/data/statute_probes, single clauses, sources in its SOURCE.md);
# then each labelled edit of real policy version pairs (tests/data/heldout, heldout2 … heldout63:
# real amendments, sources in their SOURCE.md; see docs/methodology.md section 8 for which were
# looked at while improving the rules); then the older single-sentence set.
eval: setup
	$(PY) -m analyzer.lenses.evaluate_docs tests/data/rules_eval/cases.jsonl --show-mistakes
	$(PY) -m analyzer.lenses.evaluate_probes tests/data/statute_probes/*.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout2/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout3/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout4/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout5/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout6/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout7/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout8/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout9/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout10/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout11/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout12/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout13/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout14/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout15/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout16/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout17/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout18/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout19/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout20/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout21/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout22/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout23/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout24/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout25/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout26/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout27/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout28/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout29/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout30/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout31/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout32/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout33/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout34/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout35/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout36/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout37/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout38/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout39/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout40/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout41/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout42/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout43/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout44/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout45/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout46/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout47/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout48/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout49/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout50/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout51/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout52/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout53/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout54/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout55/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout56/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout57/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout58/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout59/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout60/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout61/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout62/pairs.jsonl
	$(PY) -m analyzer.lenses.evaluate_pairs tests/data/heldout63/pairs.jsonl
	@echo "All sets, one row each (docs/methodology.md section 8 says which were read while the rules were"
	@echo "improved; the unread ones give the honest figure):"
	$(PY) -m analyzer.lenses.evaluate_pairs --table $(sort $(wildcard tests/data/heldout*/pairs.jsonl))
	$(PY) -m analyzer.lenses.evaluate tests/data/lens_cases.jsonl

lint: setup
	$(VENV)/bin/ruff check analyzer tests app.py ui corpora bench
	$(VENV)/bin/ruff format --check analyzer tests app.py ui corpora bench
	$(VENV)/bin/mypy --strict analyzer

clean-venv:
	rm -rf $(VENV)
