# A new user needs two commands: `make serve` and `make test` (see README.md).
# Each creates .venv when it is missing and reinstalls when a pinned file changes.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SITE_DEPS := $(VENV)/.site-deps
TEST_DEPS := $(VENV)/.test-deps
# npm: serving and building need only KaTeX; tests add axe-core, bench adds
# Lighthouse (a devDependency). One stamp per level; `npm ci` reinstalls all.
NODE_SITE := node_modules/.installed-site
NODE_ALL  := node_modules/.installed-all

# MkDocs 1.x prints a banner about MkDocs 2 on every run; we pin mkdocs<2.
export NO_MKDOCS_2_WARNING := 1
# mkdocs-jupyter imports nbconvert, which otherwise instantiates every exporter
# it can find (PDF, LaTeX, WebPDF, ...) just to list their names: 0.2-0.3 s of
# each build. The HTML exporter mkdocs-jupyter uses is unaffected.
export NBCONVERT_DISABLE_CONFIG_EXPORTERS := 1

.PHONY: serve build test check chromium outputs bench clean

serve: $(SITE_DEPS) $(NODE_SITE)  ## live preview at http://127.0.0.1:8000
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000

build: $(SITE_DEPS) $(NODE_SITE)  ## both languages into site/
	$(BIN)/mkdocs build --strict

# The browser comes first: without one (and no right to install it) the run
# stops before any install or test.
test: chromium $(TEST_DEPS) $(NODE_SITE)  ## the whole suite, lint and strict build included
	$(BIN)/python -m pytest

check: $(TEST_DEPS) $(NODE_SITE)  ## everything but the browser tests: the fast edit loop
	$(BIN)/python -m pytest -m "not browser"

chromium:
	@tools/ensure_chromium.sh

outputs: $(TEST_DEPS)  ## re-record every snippet's output (and notebook cells)
	$(BIN)/python tools/outputs.py

bench: $(TEST_DEPS) $(NODE_ALL)  ## build time, test time, page weight (medians)
	$(BIN)/python tools/bench.py

clean:
	rm -rf site .cache .pytest_cache

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Serving and building need no ML framework; tests add torch and the rest.
$(SITE_DEPS): requirements/site.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/site.txt
	touch $@

$(TEST_DEPS): requirements/test.txt requirements/site.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements/test.txt
	touch $@ $(SITE_DEPS)

# KaTeX is served from our own site, copied out of node_modules at build time.
$(NODE_SITE): package.json package-lock.json
	@[ -f $(NODE_ALL) ] && [ $(NODE_ALL) -nt package-lock.json ] || \
	  npm ci --omit=dev --no-audit --no-fund --loglevel=error
	touch $@

$(NODE_ALL): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@ $(NODE_SITE)
