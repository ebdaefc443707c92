"""Regenerate the workspace layers' symbology (.qml) in resources/styles/. Run: make styles.

The .qml files are committed; this script is how they were made and how to remake them after a schema change.
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererCategory,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".build", "plugins"))
from trygghet.workspace.schema import INCIDENT_CATEGORIES, layer  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "styles")

INCIDENT_COLOURS = {
    "skadegorelse": "#8c564b", "klotter": "#e377c2", "narkotika": "#9467bd", "vald": "#d62728", "ran": "#7f0000",
    "stold_inbrott": "#1f77b4", "ordningsstorning": "#ff7f0e", "brand": "#ffbf00", "ovrigt": "#7f7f7f",
}


def memory_layer(name):
    spec = layer(name)
    geometry = {"Point": "Point", "LineString": "LineString", "MultiPolygon": "MultiPolygon"}[spec.geometry]
    fields = "&".join("field={}:string".format(f.name) for f in spec.fields)
    return QgsVectorLayer("{}?crs=EPSG:3006&{}".format(geometry, fields), name, "memory")


def categorized(lyr, field, categories, make_symbol):
    cats = [QgsRendererCategory(value, make_symbol(value), label) for value, label in categories]
    lyr.setRenderer(QgsCategorizedSymbolRenderer(field, cats))


def label(lyr, expression, size=9, colour="#202020", placement=None, scale_max=None):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(size)
    fmt.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    if placement is not None:
        settings.placement = placement
    if scale_max:
        settings.scaleVisibility = True
        settings.maximumScale = 0
        settings.minimumScale = scale_max
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    lyr.setLabelsEnabled(True)


def save(lyr, name):
    path = os.path.join(OUT, name + ".qml")
    msg, ok = lyr.saveNamedStyle(path)
    assert ok, msg
    print(path)


def main():
    os.makedirs(OUT, exist_ok=True)

    lyr = memory_layer("areas")
    kinds = (("focus", "Fokusområde"), ("reference", "Referensområde"))
    categorized(lyr, "kind", kinds, lambda v: QgsFillSymbol.createSimple({
        "color": "255,140,0,40" if v == "focus" else "0,0,0,0",
        "outline_color": "#d9480f" if v == "focus" else "#6c757d",
        "outline_width": "0.8" if v == "focus" else "0.4",
        "outline_style": "solid" if v == "focus" else "dash"}))
    label(lyr, "if(\"kind\" = 'focus', \"name\", '')", size=11, colour="#8a2c0b")
    save(lyr, "areas")

    lyr = memory_layer("incidents")
    categorized(lyr, "category", INCIDENT_CATEGORIES, lambda v: QgsMarkerSymbol.createSimple({
        "name": "circle", "size": "1.6", "color": INCIDENT_COLOURS[v], "outline_style": "no"}))
    save(lyr, "incidents")

    lyr = memory_layer("paths")
    categorized(lyr, "lit", (("true", "Belyst"), ("false", "Obelyst")), lambda v: QgsLineSymbol.createSimple({
        "color": "#2b8a3e" if v == "true" else "#343a40", "width": "0.6",
        "line_style": "solid" if v == "true" else "dot"}))
    label(lyr, '"name"', size=8, colour="#1b4332", placement=QgsPalLayerSettings.Placement.Curved, scale_max=15000)
    save(lyr, "paths")

    lyr = memory_layer("lamps")
    categorized(lyr, "status", (("ok", "Fungerar"), ("broken", "Trasig")), lambda v: QgsMarkerSymbol.createSimple({
        "name": "circle" if v == "ok" else "cross2", "size": "1.4" if v == "ok" else "2.4",
        "color": "#ffd43b" if v == "ok" else "#e03131", "outline_color": "#7f6000" if v == "ok" else "#e03131",
        "outline_width": "0.2" if v == "ok" else "0.5"}))
    save(lyr, "lamps")

    lyr = memory_layer("walk_findings")
    colours = {"1": "#fcc419", "2": "#f76707", "3": "#c92a2a"}
    categorized(lyr, "severity", (("1", "Lindrig"), ("2", "Betydande"), ("3", "Allvarlig")),
                lambda v: QgsMarkerSymbol.createSimple({"name": "triangle", "size": "3.2", "color": colours[v],
                                                        "outline_color": "#212529", "outline_width": "0.3"}))
    label(lyr, "represent_value(\"category\")", size=7, scale_max=8000)
    save(lyr, "walk_findings")

    lyr = memory_layer("places")
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "224,49,49,70", "outline_color": "#c92a2a", "outline_width": "0.7"})))
    label(lyr, "concat(\"rank\", '. ', \"name\")", size=9, colour="#a61e1e")
    save(lyr, "places")

    lyr = memory_layer("patrol_visits")
    lyr.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({
        "name": "circle", "size": "1.2", "color": "#1c7ed6", "outline_style": "no"})))
    save(lyr, "patrol_visits")

    lyr = memory_layer("measures")
    colours = {"green": "#2f9e44", "yellow": "#f59f00", "red": "#e03131", "": "#868e96"}
    categorized(lyr, "follow_up", (("green", "Grön"), ("yellow", "Gul"), ("red", "Röd"), ("", "Ej bedömd")),
                lambda v: QgsMarkerSymbol.createSimple({"name": "star", "size": "4.5", "color": colours[v],
                                                        "outline_color": "#212529", "outline_width": "0.3"}))
    label(lyr, '"title"', size=8, scale_max=10000)
    save(lyr, "measures")

    # dialogue marks and areas: coloured by feeling, red (1 frightening) to green (4 safe)
    feelings = (("1", "1 Skrämmande"), ("2", "2 Otryggt"), ("3", "3 Ganska tryggt"), ("4", "4 Tryggt"))
    colours = {"1": "#d7191c", "2": "#fdae61", "3": "#a6d96a", "4": "#1a9641"}
    lyr = memory_layer("dialog_marks")
    categorized(lyr, "feeling", feelings, lambda v: QgsMarkerSymbol.createSimple({
        "name": "diamond", "size": "3.0", "color": colours[v], "outline_color": "#212529", "outline_width": "0.25"}))
    label(lyr, "represent_value(\"reason\")", size=7, scale_max=5000)
    save(lyr, "dialog_marks")
    lyr = memory_layer("dialog_areas")
    categorized(lyr, "feeling", feelings, lambda v: QgsFillSymbol.createSimple({
        "color": "{},{},{},85".format(*QColor(colours[v]).getRgb()[:3]), "outline_color": colours[v],
        "outline_width": "0.6", "outline_style": "dash"}))
    save(lyr, "dialog_areas")


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
