# rnnbook: `make book` builds the site, `make test` runs every check. Both set themselves up.
# VENV may point at an existing environment (make test VENV=/path/to/venv).
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.rnnbook-installed
# The notebooks and tests always use this checkout's package, whatever is installed.
export PYTHONPATH := $(CURDIR)/code$(if $(PYTHONPATH),:$(PYTHONPATH))
# The same TensorFlow settings as rnnbook.init() and binder/start.
export TF_CPP_MIN_LOG_LEVEL := 3
export TF_ENABLE_ONEDNN_OPTS := 0
export KERAS_BACKEND := tensorflow
export PYDEVD_DISABLE_FILE_VALIDATION := 1

NB ?=
BOOK_BUILD := $(VENV)/bin/jupyter-book build . -W -n --keep-going
NBVAL := $(PY) -m pytest --nbval --nbval-current-env --nbval-sanitize-with tests/nbval_sanitize.cfg \
	--nbval-cell-timeout=900 -p no:cacheprovider

.PHONY: help setup book test check lint unit nbval build-strict test-site test-colab execute measure \
	bench bench-threads lock clean clean-cache unit-fast

help:
	@echo "make book     build the site into _build/html (stored outputs, strict)"
	@echo "make test     ruff, unit tests, nbval on every notebook, strict book build"
	@echo "make check    ruff and unit tests only (under a minute): for quick iteration"
	@echo "make test-site  drive the built site in Chromium at phone and laptop widths"
	@echo "make test-colab run Getting started and Chapter 1 as in a bare Colab (minutes)"
	@echo "make execute  re-run notebooks and store outputs (all, or NB=book/xx.ipynb)"
	@echo "make measure  run notebooks 3 times each and write their 'Measured cost' lines"
	@echo "make bench    training speed of Chapter 9's model against the machine's matmuls"
	@echo "make bench-threads  the same model with one and with two inter-op threads"
	@echo "make lock     regenerate requirements.txt from pyproject.toml"
	@echo "make clean-cache  empty the trained-model cache (RNNBOOK_CACHE or ~/.cache/rnnbook)"

setup: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "rnnbook needs Python 3.11 or newer; set PYTHON=python3.11 (or newer)")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $(STAMP)

book: $(STAMP)
	$(BOOK_BUILD)
	@echo "The book is at $(CURDIR)/_build/html/index.html"

test: lint unit nbval build-strict test-site
	@echo "make test: all checks passed"

check: lint unit-fast
	@echo "make check: ruff and unit tests passed (make test runs the notebooks too)"

# The chapters' code cells are linted like the package (book/ruff.toml: 88 columns) and kept
# in ruff's format. actionlint lints every workflow in .github/workflows, without its shellcheck
# and pyflakes passes (neither tool is in the lock, and the result must not depend on what the
# PATH holds); CITATION.cff is validated against the Citation File Format 1.2.0 schema.
# Named files let actionlint run outside a git clone too (in a downloaded ZIP of the repository).
WORKFLOWS = $(wildcard .github/workflows/*.yml .github/workflows/*.yaml)
lint: $(STAMP)
	$(VENV)/bin/ruff check code tests tools conftest.py book
	$(VENV)/bin/ruff format --check book
	$(VENV)/bin/ruff check --config book/ruff.toml assignments
	$(VENV)/bin/ruff format --check --config book/ruff.toml assignments
	$(VENV)/bin/actionlint -shellcheck= -pyflakes= $(WORKFLOWS)
	$(VENV)/bin/check-jsonschema --builtin-schema vendor.citation-file-format CITATION.cff

unit: $(STAMP)
	$(PY) -m pytest tests -q

# The unit tests without those marked slow (the assignment template's run), for `make check`.
unit-fast: $(STAMP)
	$(PY) -m pytest tests -q -m "not slow"

# The chapters (tools/toc.py lists book/'s notebooks); the assignment template's TODOs raise
# until filled in: tests/test_assignment_template.py fills it with the solution and runs it.
# Two notebooks at a time (one keeps about 1.2 of the 2 cores busy); conftest.py keeps each
# notebook, and Chapters 9-11 together, on one worker in order. NBVAL_WORKERS=1: one at a time.
NBVAL_WORKERS ?= 2
nbval: $(STAMP)
	$(NBVAL) -n $(NBVAL_WORKERS) $$($(PY) tools/toc.py)

build-strict: $(STAMP)
	rm -rf _build
	$(BOOK_BUILD)

# The built site in a real browser (Debian's chromium through Playwright; .ci/run installs it):
# every page at 390 px and 1366 px, sidebars, images, solutions, launch links, internal links.
# Screenshots go to _build/screenshots/. Builds the site first when there is none.
test-site: $(STAMP)
	@test -f _build/html/index.html || $(BOOK_BUILD)
	$(PY) tools/site_check.py --site _build/html --shots _build/screenshots

# A reader's bare Jupyter (Colab): a fresh virtual environment with only TensorFlow and a
# kernel, outside the repository, runs the chapters' set-up cell, Getting started and
# Chapter 1, installing the package from a wheel of this checkout. Not part of `make test`:
# installing TensorFlow into a new environment takes minutes.
test-colab: $(STAMP)
	RNNBOOK_COLAB_TEST=1 $(PY) -m pytest tests/test_colab_bare.py -q -s

execute: $(STAMP)
	$(PY) tools/execute.py $(if $(NB),$(NB),$$($(PY) tools/toc.py))

measure: $(STAMP)
	$(PY) tools/execute.py --repeat 3 --write-cost $(if $(NB),$(NB),$$($(PY) tools/toc.py))

bench: $(STAMP)
	$(PY) tools/bench.py

bench-threads: $(STAMP)
	$(PY) tools/bench.py --threads

lock: $(STAMP)
	$(PY) -m pip install --quiet uv
	$(VENV)/bin/uv pip compile pyproject.toml tools/lock_tensorflow.txt --extra book --universal \
		--override tools/lock_tensorflow.txt --python-version 3.11 \
		--custom-compile-command "make lock" -o requirements.txt

clean:
	rm -rf _build

clean-cache: $(STAMP)
	$(PY) -c "import shutil; from rnnbook.model_cache import cache_dir; \
		print('removing', cache_dir()); shutil.rmtree(cache_dir(), ignore_errors=True)"
