# The two set-up commands of the README: `make run` and `make test`. Both create a local
# virtualenv (.venv) and install what they need from the project's own files.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint eval bench system-deps clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: the main job: embedded broker + worker + sample articles, events printed as they arrive (Ctrl-C stops)
run: $(STAMP)
	$(BIN)/newswire run $(ARGS)

## system-deps: Debian's prometheus (promtool too), for the monitoring tests
system-deps:
	@command -v prometheus >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null; \
	  else echo "prometheus is not installed: run 'sudo apt-get install prometheus' (monitoring tests will be skipped)"; fi; }

## test: lint, then every test (unit and integration against real processes)
test: $(STAMP) system-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q -p no:cacheprovider $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .

## eval: quality numbers on the annotated development articles
eval: $(STAMP)
	$(BIN)/newswire eval ../shared/eval/dev

## bench: Newswire against the naive peer (installs the optional extra `bench`); e.g. make bench ARGS=--quick
bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/newswire bench $(ARGS)

clean:
	rm -rf $(VENV) var .pytest_cache
