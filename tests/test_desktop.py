"""Real-desktop smoke test: QGIS under Xvfb with a fresh profile, the plugin enabled, the demo project open."""

import json
import os
import subprocess
import sys

from qgis.core import QgsProject
from trygghet.workspace.gpkg import read_meta
from trygghet.workspace.project import build_project

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCREENSHOT = os.path.join(REPO, ".build", "screenshots", "desktop.png")


def test_desktop_qgis_loads_plugin_and_demo_project(demo_workspace, tmp_path, swedish):
    project_path = str(tmp_path / "demo.qgz")
    # built in Swedish, the language of the demo (layer and group names follow the QGIS locale)
    build_project(demo_workspace, project_path, "Trygghet demo", read_meta(demo_workspace)["demo_note"],
                  banner="Demo: syntetiska data")
    assert QgsProject().read(project_path)
    result_path = str(tmp_path / "result.json")
    if os.path.exists(SCREENSHOT):
        os.remove(SCREENSHOT)
    completed = subprocess.run(
        [sys.executable, os.path.join(REPO, "scripts", "run_desktop.py"), "--project", project_path, "--quit",
         "--screenshot", SCREENSHOT, "--result", result_path, "--timeout", "150",
         "--actions", "mActionTrygghetMeasures"],
        timeout=200, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr[-3000:]
    result = json.load(open(result_path, encoding="utf-8"))
    assert result["plugin_loaded"] is True
    assert result["menu"] == "Trygghet"
    assert len(result["menu_actions"]) >= 4
    assert result["docks"] == ["TrygghetMeasuresDock"]  # the measures dock opens from its action
    assert {"trygghet:createworkspace", "trygghet:createdemoworkspace"} <= set(result["algorithms"])
    assert result["invalid_layers"] == []
    assert "Områden" in result["project_layers"] and "Åtgärder" in result["project_layers"]
    assert os.path.getsize(SCREENSHOT) > 20000
