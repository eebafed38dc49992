# Two commands matter: `make run` (set up and start the app) and `make test` (set up and run every check).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# One stamp per level, so that `make test` after `make run` adds the test tools.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint typecheck pytest benchmark screenshots package translations clean

# What running needs: Afterview itself (editable, so a change in src/ needs no reinstall).
$(RUN_STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Afterview needs Python 3.11 or newer")'
	@# A venv left half-made (no pip: Debian without python3-venv) is made again rather than reused.
	@$(BIN)/python -m pip --version >/dev/null 2>&1 || { rm -rf $(VENV); $(PYTHON) -m venv $(VENV) || \
		{ echo "Cannot create a virtual environment: on Debian/Ubuntu, install python3-venv"; rm -rf $(VENV); exit 1; }; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

# What checking needs on top: the test tools and, where it can be built, the packaging extras.
$(TEST_STAMP): $(RUN_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# The packaging tests build the app, which carries dbus-python: it compiles against libdbus and
	@# glib (.ci/run installs them). Without them those tests say so and skip.
	if pkg-config --exists dbus-1 glib-2.0 2>/dev/null; then $(BIN)/python -m pip install --quiet -e '.[package]'; \
		else echo "Note: no libdbus-1-dev/libglib2.0-dev/pkg-config, so the packaging tests will be skipped."; fi
	touch $@

# The Spanish translation: every string marked with translate() in src/ into the .ts (for a
# translator, or Qt Linguist), then compiled into the .qm the app loads. `make test` fails while a
# string is missing from the .ts or the .qm is older than it.
TS := resources/translations/afterview_es.ts
translations: $(RUN_STAMP)
	$(BIN)/pyside6-lupdate $$(find src -name '*.py' | sort) -ts $(TS) -no-obsolete -locations none -source-language en -target-language es
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(TS:.ts=.qm)

# The double-click app: dist/afterview-<version>-linux-<machine>.tar.gz (see packaging/README.md).
# dbus-python compiles: on Debian/Ubuntu first `apt install libdbus-1-dev libglib2.0-dev pkg-config`.
package: $(TEST_STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	$(BIN)/python packaging/build.py

run: $(RUN_STAMP)
	$(BIN)/afterview

test: $(TEST_STAMP) lint typecheck pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check src tests benchmarks docs packaging
	$(BIN)/ruff format --check src tests benchmarks docs packaging

typecheck: $(TEST_STAMP)
	$(BIN)/mypy

pytest: $(TEST_STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

benchmark: $(RUN_STAMP)
	$(BIN)/python benchmarks/store.py
	$(BIN)/python benchmarks/plan.py
	$(BIN)/python benchmarks/ui.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache .hypothesis

# The README's screenshots, taken from the real window on sample data on a virtual screen (needs
# xvfb and imagemagick: see .ci/run): every picture in the light theme, Today also in the dark one,
# the first run's welcome, then all of it again in Spanish (take.py sets AFTERVIEW_THEME itself).
screenshots: $(RUN_STAMP)
	xvfb-run --auto-servernum --server-args="-screen 0 1100x900x24" $(BIN)/python docs/screenshots/take.py
