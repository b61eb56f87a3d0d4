# The two commands of the README: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test install clean score

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f db/demo.duckdb db/demo.duckdb.wal
	$(VENV)/bin/deals ingest --sources samples/sources.yaml --db db/demo.duckdb -q || test $$? -eq 3
	$(VENV)/bin/deals list --db db/demo.duckdb

test: $(STAMP)
	$(PY) -m pytest

score: $(STAMP)
	$(PY) cli.py extract ../shared/eval/dev.jsonl --out /tmp/deals-dev-preds.jsonl
	$(PY) ../shared/eval/score.py ../shared/eval/dev.jsonl /tmp/deals-dev-preds.jsonl

clean:
	rm -rf $(VENV) db/*.duckdb db/*.wal .pytest_cache
