# The project's interface. Every target sets up .venv first (pinned packages), so on a fresh
# machine with Python and make, `make build` and `make test` are all that is needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
PIP    := $(BIN)/python -m pip --disable-pip-version-check --quiet

.PHONY: build test serve check bench clean

build: $(STAMP) ## Build the site into site/ and the print materials into site/print/
	$(BIN)/cegah build

test: $(STAMP) ## Lint, content checks, then the whole test suite
	$(BIN)/ruff check scripts tests tools
	$(BIN)/cegah check
	$(BIN)/python -m pytest

serve: $(STAMP) ## Live preview at the address it prints (http://127.0.0.1:8000/cegah-tppo/); print files rendered first
	$(BIN)/cegah print > /dev/null
	$(BIN)/mkdocs serve

check: $(STAMP) ## Content checks for editors
	$(BIN)/cegah check

bench: $(STAMP) ## Speed and size figures, as ratios
	$(BIN)/python -m tools.bench

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install --require-hashes -r requirements.lock
	$(PIP) install --no-deps --no-build-isolation -e .
	touch $@

clean:
	rm -rf site .cache
