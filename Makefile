# Trygghet — make setup | test | test-newer | demo | qgis | screenshots | zip | lint | bench | styles | layout | model | ts
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := test

ROOT      := $(CURDIR)
BUILD     := $(ROOT)/.build
PLUGINS   := $(BUILD)/plugins
# the newer CI leg (make test-newer) runs this Makefile inside its chroot with its own VENV=...
VENV      ?= $(ROOT)/.venv
PY        := $(VENV)/bin/python
SYSPY     := /usr/bin/python3
QGIS_PY_PLUGINS := /usr/share/qgis/python/plugins

# The plugin is imported from a plugins folder (.build/plugins/trygghet -> repository root), never from the root
# itself: the root's processing/ package would otherwise shadow QGIS's own `processing`.
export QGIS_PLUGINPATH := $(PLUGINS)
export PYTHONPATH      := $(PLUGINS):$(QGIS_PY_PLUGINS)
export QT_QPA_PLATFORM ?= offscreen
export PYTHONDONTWRITEBYTECODE := 1

I18N_TS := resources/i18n/trygghet_sv.ts
I18N_QM := resources/i18n/trygghet_sv.qm

.PHONY: setup system venv link translations test test-newer demo qgis zip lint bench styles layout model ts clean screenshots

setup: system venv link translations

system:
	@bash scripts/setup-system.sh

venv: $(VENV)/.stamp
$(VENV)/.stamp: requirements-dev.txt constraints.txt
	$(SYSPY) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt -c constraints.txt
	@$(PY) scripts/check_numpy.py $(SYSPY)
	touch $@

link:
	@mkdir -p $(PLUGINS)
	@ln -sfn $(ROOT) $(PLUGINS)/trygghet

translations: $(I18N_QM)
$(I18N_QM): $(I18N_TS)
	lrelease -silent $(I18N_TS) -qm $(I18N_QM)

test: setup
	cd $(ROOT) && $(VENV)/bin/pytest

# The second CI leg: the whole suite on Debian's newest QGIS (sid: Python 3.14, numpy 2, pandas 2, shapely 2,
# PostgreSQL 18) in a debootstrap chroot kept outside the repository (NEWER_CHROOT, default
# /var/cache/trygghet/sid-chroot), rebuilt only when scripts/newer/packages.txt or the recipe changes.
test-newer:
	bash scripts/newer/test-newer.sh

demo: setup
	$(PY) scripts/demo.py $(BUILD)/demo

qgis: setup demo
	QT_QPA_PLATFORM= $(PY) scripts/run_desktop.py --project $(BUILD)/demo/trygghet-demo.qgz --actions mActionTrygghetMeasures

REPORT_PDF := $(BUILD)/demo/lagesbild-trollhattan.pdf

# Every picture in the README, regenerated: real desktop QGIS under Xvfb (the map with the measures dock, also on a
# 1366×768 laptop screen; the Processing toolbox), the dock tests (the measure form; the dock at 1366×768 in Swedish
# and English) and the demo report's first pages (cover, first area).
screenshots: setup demo
	$(PY) scripts/run_desktop.py --project $(BUILD)/demo/trygghet-demo.qgz --actions mActionTrygghetMeasures \
	  --screenshot docs/screenshots/desktop.png --quit
	$(PY) scripts/run_desktop.py --project $(BUILD)/demo/trygghet-demo.qgz --toolbox --grab toolbox \
	  --screenshot docs/screenshots/toolbox.png --quit
	$(PY) scripts/run_desktop.py --project $(BUILD)/demo/trygghet-demo.qgz --actions mActionTrygghetMeasures \
	  --size 1366x768 --locale sv --screenshot docs/screenshots/desktop_1366.png --quit
	$(VENV)/bin/pytest -q tests/test_dock.py tests/test_dock_language.py tests/test_dock_problems.py \
	  tests/test_dock_conclusions.py
	cp $(BUILD)/screenshots/dock_form.png docs/screenshots/dock_form.png
	cp $(BUILD)/screenshots/dock_problems_1366.png docs/screenshots/dock_problems_1366.png
	cp $(BUILD)/screenshots/dock_conclusions_1366.png docs/screenshots/dock_conclusions_1366.png
	for lang in sv en; do cp $(BUILD)/screenshots/dock_1366_$$lang.png docs/screenshots/dock_1366_$$lang.png; done
	@test -s $(REPORT_PDF) || { echo "screenshots: $(REPORT_PDF) is missing; make demo should have written it" >&2; \
	  exit 1; }
	@command -v pdftoppm >/dev/null || { echo "screenshots: pdftoppm is missing; make system installs it" \
	  "(poppler-utils)" >&2; exit 1; }
	mkdir -p docs/report
	for page in 1 2 3 4; do \
	  pdftoppm -png -r 110 -f $$page -l $$page -singlefile $(REPORT_PDF) docs/report/lagesbild-$$page; \
	  test -s docs/report/lagesbild-$$page.png; \
	done

zip: translations
	rm -rf $(BUILD)/zip && mkdir -p $(BUILD)/zip/trygghet
	git ls-files -z | grep -zvE '^(tests/|scripts/|docs/|\.ci/|\.|Makefile$$|requirements-dev\.txt$$|constraints\.txt$$|pytest\.ini$$|ruff\.toml$$)' \
	  | xargs -0 -I{} cp --parents {} $(BUILD)/zip/trygghet/
	cp $(I18N_QM) $(BUILD)/zip/trygghet/resources/i18n/
	cd $(BUILD)/zip && rm -f $(ROOT)/trygghet.zip && zip -qr $(ROOT)/trygghet.zip trygghet
	@echo "built $(ROOT)/trygghet.zip"

# The PyQt5 -> PyQt6 migration checker needs PyQt6 and is published for Python >= 3.12; its one module runs on
# Debian 12's Python 3.11, so it gets a venv of its own (no system packages, nothing of it near the test venv).
QT6_VENV := $(BUILD)/qt6-check
$(QT6_VENV)/.stamp: constraints.txt
	$(SYSPY) -m venv $(QT6_VENV)
	$(QT6_VENV)/bin/pip install --quiet --disable-pip-version-check --ignore-requires-python -c constraints.txt \
	  qgis-pyqt5to6 PyQt6 PyQt6-QScintilla tokenize-rt astpretty
	touch $@

lint: venv $(QT6_VENV)/.stamp
	$(VENV)/bin/ruff check .
	bash scripts/qt6_check.sh $(QT6_VENV)/bin/python

bench: setup
	$(PY) scripts/bench.py $(BENCH)

styles: setup
	$(PY) scripts/make_styles.py

# the report template and the shipped model are generated files too: edit the scripts, then remake them
layout: setup
	$(PY) scripts/make_layout.py

model: setup
	$(PY) scripts/make_model.py

ts: venv link
	$(PY) scripts/i18n.py update

clean:
	rm -rf $(BUILD) trygghet.zip $(I18N_QM)
