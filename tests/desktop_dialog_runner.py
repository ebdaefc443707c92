"""Runs inside desktop QGIS (``qgis --code``): opens algorithm dialogs the way a user does and reports what happened.

tests/test_dialogs.py starts QGIS under Xvfb with this file. Each recipe in TRYGGHET_DIALOG_RECIPES (JSON) names an
algorithm and only the inputs a user must choose; everything else stays at the dialog's defaults. For each recipe the
real Processing dialog is created, filled, run with its Run button's code path (AlgorithmDialog.runAlgorithm), and
waited for. The result (finished as successful or not, the dialog's log, the message-bar texts, any message box, and
each layer the run added to the project with its name, renderer and legend) is written as JSON to
TRYGGHET_DIALOG_RESULT, and QGIS quits.

Input values in a recipe: {"table": "incidents"} is the demo project's layer of that workspace table, {"source":
"part"} the project layer whose source contains "part", {"workspace": true} the demo GeoPackage, {"tmp": "name"} a
path in TRYGGHET_DIALOG_TMP; anything else is passed as given.
"""

import json
import os
import time
import traceback

from qgis.core import QgsApplication, QgsLayoutItemScaleBar, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QMessageBox, QTextEdit
from qgis.utils import iface

RESULT = os.environ["TRYGGHET_DIALOG_RESULT"]
RECIPES = json.loads(os.environ["TRYGGHET_DIALOG_RECIPES"])
TMP = os.environ["TRYGGHET_DIALOG_TMP"]
STYLES = os.environ["TRYGGHET_DIALOG_STYLES"]
TIMEOUT = float(os.environ.get("TRYGGHET_DIALOG_TIMEOUT", "300"))
REPORT = {"runs": [], "locale": QgsApplication.locale()}
QUEUE = list(RECIPES)
CURRENT = {}


def workspace_path():
    for layer in QgsProject.instance().mapLayers().values():
        if "layername=incidents" in layer.source():
            return layer.source().split("|")[0]
    return ""


def resolve(value):
    if isinstance(value, dict):
        if "table" in value:
            for layer in QgsProject.instance().mapLayers().values():
                path, _, rest = layer.source().partition("|")
                if rest == "layername=" + value["table"] and path == workspace_path():
                    return layer.id()
            raise KeyError("no layer for table " + value["table"])
        if "source" in value:
            for layer in QgsProject.instance().mapLayers().values():
                if value["source"] in layer.source():
                    return layer.id()
            raise KeyError("no layer with source " + value["source"])
        if value.get("workspace"):
            return workspace_path()
        if "tmp" in value:
            return os.path.join(TMP, value["tmp"])
    return value


def renderer_info(layer):
    """Renderer type and legend labels, or for a raster its renderer type and colour ramp items."""
    renderer = layer.renderer()
    if renderer is None:
        return {"type": None, "labels": []}
    if isinstance(layer, QgsVectorLayer):
        return {"type": renderer.type(), "labels": [item.label() for item in renderer.legendSymbolItems()]}
    info = {"type": renderer.type(), "labels": []}
    shader = getattr(renderer, "shader", None)
    if shader is not None and shader() is not None:
        function = shader().rasterShaderFunction()
        info["labels"] = [item.color.name() for item in function.colorRampItemList()]
    return info


def qml_info(layer, style):
    """renderer_info of a copy of ``layer`` styled with the plugin's resources/styles/<style>.qml."""
    copy = layer.clone()
    copy.loadNamedStyle(os.path.join(STYLES, style + ".qml"))
    return renderer_info(copy)


def scale_bars():
    """The scale bars of the project's layouts as the Layout Designer would open them: their map and length."""
    found = []
    for layout in QgsProject.instance().layoutManager().layouts():
        for item in layout.items():
            if isinstance(item, QgsLayoutItemScaleBar):
                linked = item.linkedMap()
                found.append({"layout": layout.name(), "id": item.id(), "map": linked.id() if linked else None,
                              "map_extent_empty": linked.extent().isEmpty() if linked else None,
                              "units_per_segment": item.unitsPerSegment(), "segments": item.numberOfSegments()})
    return found


def close_message_boxes():
    widget = QApplication.activeModalWidget()
    if isinstance(widget, QMessageBox):
        CURRENT.setdefault("message_boxes", []).append(widget.text())
        widget.done(0)
    QTimer.singleShot(300, close_message_boxes)


def start_next():
    if not QUEUE:
        with open(RESULT, "w", encoding="utf-8") as handle:
            json.dump(REPORT, handle, ensure_ascii=False, indent=1)
        QgsProject.instance().setDirty(False)
        os._exit(0)
    recipe = QUEUE.pop(0)
    CURRENT.clear()
    CURRENT.update({"id": recipe["id"], "finished": None, "started": time.time(), "recipe": recipe,
                    "before": set(QgsProject.instance().mapLayers()), "message_boxes": []})
    try:
        import processing

        for widget in iface.messageBar().items():
            iface.messageBar().popWidget(widget)
        parameters = {name: resolve(value) for name, value in recipe.get("inputs", {}).items()}
        dialog = processing.createAlgorithmDialog(recipe["id"], parameters)
        CURRENT["dialog"] = dialog
        dialog.algorithmFinished.connect(lambda ok, results: CURRENT.update(finished=bool(ok), results=results))
        dialog.show()
        QTimer.singleShot(500, run_current)
    except Exception:  # noqa: BLE001 - reported to the test
        CURRENT["error"] = traceback.format_exc()
        finish_current()


def run_current():
    dialog = CURRENT["dialog"]
    try:
        dialog.runAlgorithm()
    except Exception:  # noqa: BLE001 - reported to the test
        CURRENT["error"] = traceback.format_exc()
    CURRENT["ran"] = time.time()
    QTimer.singleShot(500, poll)


def poll():
    dialog = CURRENT["dialog"]
    done = dialog.feedback is None and QgsApplication.taskManager().countActiveTasks() == 0
    if CURRENT["message_boxes"] and dialog.feedback is not None and QgsApplication.taskManager().countActiveTasks() \
            == 0 and CURRENT["finished"] is None:
        done = True  # refused before the run started (e.g. checkParameterValues)
    if done or time.time() - CURRENT["started"] > TIMEOUT:
        CURRENT["timed_out"] = not done
        QTimer.singleShot(1500, finish_current)  # let the project settle after loading the outputs
        return
    QTimer.singleShot(500, poll)


def finish_current():
    dialog = CURRENT.get("dialog")
    run = {"id": CURRENT["id"], "finished": CURRENT["finished"], "error": CURRENT.get("error"),
           "timed_out": CURRENT.get("timed_out", False), "message_boxes": CURRENT["message_boxes"],
           "seconds": round(time.time() - CURRENT["started"], 1), "layers": [], "log": "", "message_bar": [],
           "results": {}}
    try:
        if dialog is not None:
            run["log"] = "\n".join(edit.toPlainText() for edit in dialog.findChildren(QTextEdit))
            run["dialog_message_bar"] = [" ".join(filter(None, (w.title(), w.text())))
                                         for w in dialog.messageBar().items()]
        run["message_bar"] = [" ".join(filter(None, (w.title(), w.text()))) for w in iface.messageBar().items()]
        results = CURRENT.get("results") or {}
        run["results"] = {k: str(v) for k, v in results.items()}
        styles = CURRENT["recipe"].get("styles", {})
        for layer_id, layer in QgsProject.instance().mapLayers().items():
            if layer_id in CURRENT["before"]:
                continue
            output = None
            for name, value in results.items():
                text = str(value)
                if text and (layer_id == text or layer.source() == text or layer.source().startswith(text + "|")
                             or layer.source().split("|")[0] == text):
                    output = name
            entry = {"name": layer.name(), "output": output, "valid": layer.isValid(),
                     "kind": "raster" if isinstance(layer, QgsRasterLayer) else "vector",
                     "features": layer.featureCount() if isinstance(layer, QgsVectorLayer) else None,
                     "spatial": layer.isSpatial(), "renderer": renderer_info(layer)}
            if output in styles and styles[output]:
                entry["style"] = styles[output]
                entry["style_renderer"] = qml_info(layer, styles[output])
            run["layers"].append(entry)
        run["scale_bars"] = scale_bars()
        if dialog is not None:
            dialog.close()
    except Exception:  # noqa: BLE001 - reported to the test
        run["error"] = (run["error"] or "") + traceback.format_exc()
    REPORT["runs"].append(run)
    QTimer.singleShot(300, start_next)


def begin():
    REPORT["project_layers"] = len(QgsProject.instance().mapLayers())
    close_message_boxes()
    start_next()


QTimer.singleShot(3000, begin)
