"""Bench: the "Åtgärder" dock with 10,000 measures in a GeoPackage (targets: opens ≤ 1 s, filter keystroke ≤ 100 ms).

The dock needs a GUI QApplication, which ``make bench`` does not create, so the timing runs in a child process of
this same file (offscreen Qt platform) and reports JSON back.
"""

import datetime
import json
import os
import subprocess
import sys
import time

ORDER = 60
N = 10_000
WORDS = ("belysning", "klotter", "buskage", "kamera", "vakt", "fritidsgård", "trygghetsvandring", "grannsamverkan",
         "städning", "röjning", "polisnärvaro", "föräldravandring", "skyltning", "staket", "gångtunnel", "torget")


def build_workspace(path, n=N, seed=7):
    """A workspace with ``n`` measures written in one OGR transaction."""
    import numpy as np
    from trygghet.workspace.gpkg import write_columns
    from trygghet.workspace.schema import MEASURE_STATUSES
    from trygghet.workspace.schema import layer as layer_spec
    from trygghet.workspace.service import create_styled_workspace

    create_styled_workspace(path)
    rng = np.random.default_rng(seed)
    today = datetime.date.today()
    words = rng.integers(0, len(WORDS), size=(n, 3))
    statuses = [value for value, _label in MEASURE_STATUSES]
    now = datetime.datetime.now().replace(microsecond=0)
    columns = {
        "uuid": [f"bench-{i:06d}" for i in range(n)],
        "title": [f"{WORDS[a].capitalize()} {WORDS[b]} {WORDS[c]} nr {i}"
                  for i, (a, b, c) in enumerate(words)],
        "cause": [f"Orsak {WORDS[a]}" for a in words[:, 1]],
        "area": [("Kronogården", "Lextorp", "Sylte", "Centrum")[k] for k in rng.integers(0, 4, n)],
        "status": [statuses[k] for k in rng.integers(0, len(statuses), n)],
        "status_reason": ["Bench" for _ in range(n)],
        "responsible_org": [("kommun", "polis", "fastighetsagare")[k] for k in rng.integers(0, 3, n)],
        "follow_up": [("green", "yellow", "red", None)[k] for k in rng.integers(0, 4, n)],
        "due_date": [today + datetime.timedelta(days=int(d)) for d in rng.integers(-200, 200, n)],
        "priority": [int(p) for p in rng.integers(1, 4, n)],
        "created_at": [now] * n,
        "updated_at": [now - datetime.timedelta(days=int(d)) for d in rng.integers(0, 100, n)],
        "updated_by": ["bench"] * n,
        "version": [1] * n,
        "geometry": [f"POINT({330000 + x} {6460000 + y})"
                     for x, y in rng.integers(0, 3000, size=(n, 2))],
    }
    write_columns(path, layer_spec("measures"), columns)
    return path


def child(path):
    """Runs in the child: time construct + show, then filter keystrokes. Prints one JSON line."""
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    app = QgsApplication([], True)
    app.initQgis()
    from trygghet.ui.measures_dock import MeasuresDock

    project = QgsProject()
    project.addMapLayer(QgsVectorLayer(path + "|layername=measures", "Åtgärder", "ogr"))
    started = time.perf_counter()
    dock = MeasuresDock(None, project)
    dock.resize(440, 700)
    dock.show()
    app.processEvents()
    open_s = time.perf_counter() - started
    rows = dock.model.rowCount()

    keystrokes = []
    for typed in ("b", "be", "bel", "bely", "belys"):  # typing "belys" one key at a time
        started = time.perf_counter()
        dock.ui.searchEdit.setText(typed)
        app.processEvents()
        keystrokes.append(time.perf_counter() - started)
    shown = dock.proxy.rowCount()
    started = time.perf_counter()
    dock.ui.overdueCheck.setChecked(True)
    app.processEvents()
    overdue_s = time.perf_counter() - started
    dock.ui.searchEdit.clear()
    app.processEvents()
    started = time.perf_counter()
    from qgis.PyQt.QtCore import Qt

    dock.ui.measuresView.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    app.processEvents()
    sort_s = time.perf_counter() - started
    print(json.dumps({"open": open_s, "rows": rows, "keystrokes": keystrokes, "shown": shown,
                      "overdue": overdue_s, "sort": sort_s}), flush=True)
    os._exit(0)  # skip Qt/QGIS teardown order issues in a throw-away process


def run(bench):
    path = os.path.join(bench.scratch, "dock_10k.gpkg")
    build_s, _ = bench.timed(build_workspace, path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", path], env=env,
                               capture_output=True, text=True, timeout=170)
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        bench.row("dock: 10,000 measures", float("nan"), note="child failed: " + completed.stderr[-300:])
        return
    result = json.loads(lines[-1])
    bench.row("dock: open + show, {} measures".format(result["rows"]), result["open"], note="target ≤ 1 s")
    bench.row("dock: filter keystroke (max of 5)", max(result["keystrokes"]),
              note="target ≤ 0.1 s; mean {:.3f} s, {} shown".format(
                  sum(result["keystrokes"]) / len(result["keystrokes"]), result["shown"]))
    bench.row("dock: overdue filter toggle", result["overdue"])
    bench.row("dock: sort 10,000 by title", result["sort"], note=f"workspace built in {build_s:.1f} s")


if __name__ == "__main__" and len(sys.argv) == 3 and sys.argv[1] == "--child":
    child(sys.argv[2])
