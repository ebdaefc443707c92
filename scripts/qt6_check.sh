#!/usr/bin/env bash
# Qt6 (QGIS 4) readiness: run the QGIS project's PyQt5 -> PyQt6 migration checker (PyPI qgis-pyqt5to6) over a copy of
# the plugin's tracked files, in its mode that also applies the changes that would not run on QGIS 3
# (--qgis3-incompatible-changes), with QGIS's own classes available for introspection (so that unscoped QGIS enums
# are found too). Every change it would make, and every warning it prints, is a finding; any finding fails.
#
#   scripts/qt6_check.sh PYTHON     PYTHON: the interpreter of the venv that has qgis-pyqt5to6 and PyQt6
set -euo pipefail
PY=${1:?usage: $0 PYTHON}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
git ls-files -z -- '*.py' | xargs -0 -I{} cp --parents {} "$WORK/"
cp -r "$WORK" "$WORK.orig"
trap 'rm -rf "$WORK" "$WORK.orig"' EXIT
# QGIS's Python bindings come from the system (Debian's python3-qgis); the checker needs them only to read enums
out=$(cd "$WORK" && QT_QPA_PLATFORM=offscreen PYTHONPATH=/usr/lib/python3/dist-packages \
      "$PY" -m pyqt5to6.pyqt5to6 --qgis3-incompatible-changes . 2>&1) || true
if grep -q "QGIS classes not available" <<<"$out"; then
    echo "qt6-check: QGIS's Python bindings could not be imported; the check would be partial" >&2
    echo "$out" >&2
    exit 2
fi
changes=$(diff -ru "$WORK.orig" "$WORK" | sed -e "s#$WORK.orig/##" -e "s#$WORK/##" || true)
if [ -n "$out" ] || [ -n "$changes" ]; then
    echo "qt6-check: the PyQt6 migration checker has findings (fix them so that the code runs on QGIS 3.40 and 4):" >&2
    [ -z "$out" ] || echo "$out" >&2
    [ -z "$changes" ] || echo "$changes" >&2
    exit 1
fi
echo "qt6-check: no PyQt6 migration findings in $(git ls-files -- '*.py' | wc -l) Python files"

# The checker reads Python only: every .ui file must also build with PyQt6's uic (Qt6 refuses, e.g., a spacer
# without a sizeHint).
QT_QPA_PLATFORM=offscreen "$PY" - $(git ls-files -- '*.ui') <<'PY'
import sys

from PyQt6 import uic
from PyQt6.QtWidgets import QApplication

app = QApplication([])
failed = 0
for path in sys.argv[1:]:
    try:
        form, base = uic.loadUiType(path)
        form().setupUi(base())
    except Exception as err:  # noqa: BLE001 - report every file
        failed += 1
        print("qt6-check: {} does not build with PyQt6: {}: {}".format(path, type(err).__name__, err), file=sys.stderr)
if failed:
    sys.exit(1)
print("qt6-check: {} .ui files build with PyQt6".format(len(sys.argv) - 1))
PY
