"""Quitting real desktop QGIS (under Xvfb) with unsaved conclusions in the dock: QGIS asks the dock's exit blocker,
which shows the unsaved-text question; Save writes the text to the GeoPackage (read back with sqlite3) and QGIS
quits, Cancel keeps QGIS open with the text still unsaved."""

import importlib.util
import json
import os
import sqlite3
import subprocess

import pytest
from qgis.core import QgsProject
from trygghet.workspace.gpkg import read_meta
from trygghet.workspace.project import build_project

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUNNER = os.path.join(REPO, "tests", "desktop_exit_runner.py")


def _ini():
    spec = importlib.util.spec_from_file_location("run_desktop", os.path.join(REPO, "scripts", "run_desktop.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.INI


def _texts(path):
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT text FROM conclusions WHERE area = 'Kronogården'")]


@pytest.mark.parametrize("answer", ["Save", "Cancel"])
def test_quitting_qgis_asks_about_unsaved_conclusions(demo_workspace, tmp_path, swedish, answer):
    import shutil

    workspace = str(tmp_path / "ws.gpkg")
    shutil.copyfile(demo_workspace, workspace)
    project_path = str(tmp_path / "demo.qgz")
    build_project(workspace, project_path, "Trygghet demo", read_meta(workspace)["demo_note"])
    assert QgsProject().read(project_path)
    profiles = str(tmp_path / "profiles")
    ini_dir = os.path.join(profiles, "profiles", "default", "QGIS")
    os.makedirs(ini_dir)
    with open(os.path.join(ini_dir, "QGIS3.ini"), "w", encoding="utf-8") as handle:
        handle.write(_ini().format(locale="sv"))
    result = str(tmp_path / "exit.json")
    text = "Skrivet strax innan QGIS stängdes ({})".format(answer)
    env = dict(os.environ)
    env.update({"QGIS_PLUGINPATH": os.path.join(REPO, ".build", "plugins"), "TRYGGHET_EXIT_RESULT": result,
                "TRYGGHET_EXIT_ANSWER": answer, "TRYGGHET_EXIT_TEXT": text})
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)
    command = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24", "qgis", "--profiles-path", profiles, "--nologo",
               "--noversioncheck", "--code", RUNNER, project_path]
    completed = subprocess.run(command, env=env, timeout=240, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, cwd=str(tmp_path))
    assert os.path.exists(result), completed.stdout[-4000:]
    state = json.load(open(result, encoding="utf-8"))
    assert state["area"] == "Kronogården" and state["dirty"] is True
    assert state["asked"] is True  # QGIS's own Exit asked the dock
    if answer == "Save":
        assert state["layers_after_exit"] == 0  # QGIS went on quitting: the project is closed
        assert _texts(workspace).count(text) == 1
    else:
        assert state["layers_after_exit"] > 0 and state["still_dirty"] is True  # QGIS stayed, text kept
        assert text not in _texts(workspace)
