"""Start desktop QGIS with the plugin enabled in a fresh profile, optionally open a project, take a screenshot.

    python scripts/run_desktop.py --project P.qgz [--screenshot out.png --quit] [--result out.json] [--timeout 120]
                                  [--actions mActionTrygghetMeasures] [--toolbox [--grab toolbox]]
                                  [--size 1600x1000] [--locale sv]

Without a display it runs under Xvfb. With --quit, a startup script inside QGIS checks the plugin (loaded, menu,
provider algorithms), writes the checks as JSON, saves a screenshot of the main window and quits.
--toolbox opens the Processing toolbox through the plugin's own action (the result's toolbox_opened_by_plugin_action
says whether that worked; Processing's own action is the fallback), widens it, expands the Trygghet provider and all
its groups and scrolls the provider as high as the view allows. --grab toolbox saves only the toolbox dock.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
PLUGINS = os.path.join(ROOT, ".build", "plugins")

STARTUP = r'''
import json, os, traceback
from qgis.core import QgsApplication, QgsProject
from qgis.gui import QgsProcessingToolboxTreeView
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QAction
from qgis.PyQt.QtWidgets import QAbstractItemView, QDockWidget, QMenu
from qgis.utils import iface, plugins, active_plugins

RESULT = os.environ["TRYGGHET_DESKTOP_RESULT"]
SHOT = os.environ.get("TRYGGHET_DESKTOP_SCREENSHOT")
QUIT = os.environ.get("TRYGGHET_DESKTOP_QUIT") == "1"
TRIGGER = [d for d in os.environ.get("TRYGGHET_DESKTOP_ACTIONS", "").split(",") if d]
TOOLBOX = os.environ.get("TRYGGHET_DESKTOP_TOOLBOX") == "1"
GRAB = os.environ.get("TRYGGHET_DESKTOP_GRAB", "window")
STATE = {}


def toolbox_dock():
    return iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")


def check():
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("trygghet")
    menu = iface.mainWindow().findChild(QMenu, "mTrygghetMenu")
    result = {
        "plugin_loaded": "trygghet" in plugins and "trygghet" in active_plugins,
        "menu": menu is not None and menu.title(),
        "menu_actions": [a.text() for a in menu.actions()] if menu else [],
        "algorithms": sorted(a.id() for a in provider.algorithms()) if provider else [],
        "project_layers": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values()),
        "invalid_layers": sorted(layer.name() for layer in QgsProject.instance().mapLayers().values()
                                 if not layer.isValid()),
        "project_title": QgsProject.instance().title(),
        "docks": sorted(d.objectName() for d in iface.mainWindow().findChildren(QDockWidget)
                        if d.objectName().startswith("Trygghet") and d.isVisible()),
    }
    result.update(STATE)
    with open(RESULT, "w", encoding="utf-8") as handle:
        json.dump(result, handle, ensure_ascii=False, indent=1)


def trigger_actions():
    for name in TRIGGER:
        action = iface.mainWindow().findChild(QAction, name)
        if action is not None:
            action.trigger()


def show_toolbox():
    """Open the toolbox with the plugin's action, then expand the Trygghet provider and its groups."""
    action = iface.mainWindow().findChild(QAction, "mActionTrygghetToolbox")
    if action is not None:
        action.trigger()
    dock = toolbox_dock()
    STATE["toolbox_opened_by_plugin_action"] = bool(dock is not None and dock.isVisible())
    if dock is None:
        return
    if not dock.isVisible():  # fall back to Processing's own toolbox action
        processing_action = iface.mainWindow().findChild(QAction, "toolboxAction")
        if processing_action is not None and not processing_action.isChecked():
            processing_action.trigger()
        dock.show()
    dock.raise_()
    iface.mainWindow().resizeDocks([dock], [460], Qt.Orientation.Horizontal)
    tree = dock.findChild(QgsProcessingToolboxTreeView)
    if tree is None:
        return
    provider = QgsApplication.processingRegistry().providerById("trygghet")
    model = tree.model()
    rows = [model.index(row, 0) for row in range(model.rowCount())]
    found = [i for i in rows if provider is not None and i.data() == provider.name()]
    STATE["toolbox_provider_found"] = bool(found)
    if not found:
        return
    index = found[0]
    tree.expand(index)
    groups = []
    for row in range(model.rowCount(index)):
        child = model.index(row, 0, index)
        tree.expand(child)
        groups.append(child.data())
    STATE["toolbox_groups"] = groups
    # after the dock has its final size, or the scroll is lost
    QTimer.singleShot(800, lambda: tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop))


def shoot():
    check()
    if SHOT:
        widget = iface.mainWindow()
        if GRAB == "toolbox" and toolbox_dock() is not None and toolbox_dock().isVisible():
            widget = toolbox_dock()
        widget.grab().save(SHOT)
    if QUIT:
        QgsProject.instance().setDirty(False)
        os._exit(0)


def start():
    width, height = (int(v) for v in os.environ.get("TRYGGHET_DESKTOP_SIZE", "1600x1000").split("x"))
    iface.mainWindow().setGeometry(0, 0, width, height)
    iface.mainWindow().showMaximized()
    QTimer.singleShot(20000, shoot)  # whatever happens, report
    trigger_actions()
    if TOOLBOX:
        try:
            show_toolbox()
        except Exception:  # reported in the result, so that a broken toolbox never hangs the run
            STATE["toolbox_error"] = traceback.format_exc()
    canvas = iface.mapCanvas()
    canvas.refreshAllLayers()
    canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1500, shoot))


QTimer.singleShot(1500, start)
'''

INI = """[PythonPlugins]
trygghet=true
processing=true

[qgis]
checkVersion=false
showTips340=false
showTips=false
allowVersionCheck=false
newProjectDefault=false
projOpenAtLaunch=0
askToSaveProjectChanges=false
warnOldProjectVersion=false

[locale]
overrideFlag=true
userLocale={locale}

[app]
installedExpressionFunctions=
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--project")
    parser.add_argument("--screenshot")
    parser.add_argument("--result")
    parser.add_argument("--quit", action="store_true")
    parser.add_argument("--timeout", type=int, default=180)
    parser.add_argument("--locale", default="sv")
    parser.add_argument("--size", default="1600x1000")
    parser.add_argument("--actions", default="", help="comma-separated objectNames of actions to trigger")
    parser.add_argument("--toolbox", action="store_true",
                        help="open the Processing toolbox with the Trygghet provider expanded")
    parser.add_argument("--grab", choices=("window", "toolbox"), default="window",
                        help="what the screenshot shows: the whole main window or only the toolbox dock")
    args = parser.parse_args()

    profiles = tempfile.mkdtemp(prefix="trygghet-profile-")
    ini_dir = os.path.join(profiles, "profiles", "default", "QGIS")
    os.makedirs(ini_dir)
    with open(os.path.join(ini_dir, "QGIS3.ini"), "w", encoding="utf-8") as handle:
        handle.write(INI.format(locale=args.locale))
    startup = os.path.join(profiles, "startup.py")
    with open(startup, "w", encoding="utf-8") as handle:
        handle.write(STARTUP)
    result = args.result or os.path.join(profiles, "result.json")

    env = dict(os.environ)
    env.update({
        "QGIS_PLUGINPATH": PLUGINS,
        "TRYGGHET_DESKTOP_RESULT": result,
        "TRYGGHET_DESKTOP_QUIT": "1" if args.quit else "0",
        "TRYGGHET_DESKTOP_ACTIONS": args.actions,
        "TRYGGHET_DESKTOP_SIZE": args.size,
        "TRYGGHET_DESKTOP_TOOLBOX": "1" if args.toolbox else "0",
        "TRYGGHET_DESKTOP_GRAB": args.grab,
    })
    env.pop("QT_QPA_PLATFORM", None)
    env.pop("PYTHONPATH", None)  # desktop QGIS finds the plugin through QGIS_PLUGINPATH, like a user's install
    if args.screenshot:
        os.makedirs(os.path.dirname(os.path.abspath(args.screenshot)), exist_ok=True)
        env["TRYGGHET_DESKTOP_SCREENSHOT"] = os.path.abspath(args.screenshot)
    command = ["qgis", "--profiles-path", profiles, "--nologo", "--noversioncheck",
               "--code", startup]
    if args.project:
        command.append(os.path.abspath(args.project))
    if not env.get("DISPLAY") or args.quit:
        command = ["xvfb-run", "-a", "-s", "-screen 0 {}x24".format(args.size)] + command
    try:
        completed = subprocess.run(command, env=env, timeout=args.timeout, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
    except subprocess.TimeoutExpired:
        print("desktop QGIS did not finish within {} s".format(args.timeout), file=sys.stderr)
        subprocess.run(["pkill", "-f", "--", "--profiles-path " + profiles], check=False)
        return 2
    if args.quit:
        if not os.path.exists(result):
            print(completed.stdout[-4000:], file=sys.stderr)
            print("desktop QGIS exited ({}) without reporting".format(completed.returncode), file=sys.stderr)
            return 1
        print(open(result, encoding="utf-8").read())
    shutil.rmtree(profiles, ignore_errors=True) if args.result else None
    return 0


if __name__ == "__main__":
    sys.exit(main())
