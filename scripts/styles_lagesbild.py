"""Make resources/styles/area_summary.qml: the area-summary polygons by rate ratio against the municipality.

Run: QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/plugins:/usr/share/qgis/python/plugins \
         .venv/bin/python scripts/styles_lagesbild.py
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsPalLayerSettings,
    QgsRendererRange,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".build", "plugins"))
from trygghet.processing.algorithms.areasummary import OUTPUT_COLUMNS, SUMMARY_ALIASES  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "styles")

# rate ratio against the whole municipality: diverging ramp, 1 = as the municipality
RATIO_CLASSES = (
    (0.0, 0.5, "#2c7bb6", "Under hälften av kommunens nivå (< 0,5)"),
    (0.5, 0.8, "#abd9e9", "Lägre än kommunen (0,5–0,8)"),
    (0.8, 1.25, "#ffffbf", "Som kommunen (0,8–1,25)"),
    (1.25, 2.0, "#fdae61", "Högre än kommunen (1,25–2)"),
    (2.0, 1e9, "#d7191c", "Mer än dubbla kommunens nivå (> 2)"),
)
TYPES = {"n_current": "integer", "n_reference": "integer", "suppressed": "boolean", "area": "string",
         "category": "string", "n_current_text": "string", "n_reference_text": "string"}


def make_area_summary():
    fields = "&".join("field={}:{}".format(c, TYPES.get(c, "double")) for c in OUTPUT_COLUMNS)
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:3006&" + fields, "area_summary", "memory")
    ranges = []
    for lo, hi, colour, label in RATIO_CLASSES:
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#404040", "outline_width": "0.4"})
        symbol.setOpacity(0.75)
        ranges.append(QgsRendererRange(lo, hi, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("ratio_municipality", ranges)
    nodata = QgsFillSymbol.createSimple({"color": "#d9d9d9", "outline_color": "#404040", "outline_width": "0.4",
                                         "style": "b_diagonal"})
    # rows without a ratio (suppressed or no population): hatched grey, "Uppgift saknas / undertryckt"
    from qgis.core import QgsRuleBasedRenderer

    rule_renderer = QgsRuleBasedRenderer.convertFromRenderer(renderer)
    root = rule_renderer.rootRule()
    missing = QgsRuleBasedRenderer.Rule(nodata, 0, 0, '"ratio_municipality" IS NULL',
                                        "Uppgift saknas eller undertryckt (<5)")
    root.appendChild(missing)
    lyr.setRenderer(rule_renderer)
    for name, alias in SUMMARY_ALIASES.items():
        idx = lyr.fields().indexOf(name)
        if idx >= 0:
            lyr.setFieldAlias(idx, alias)

    settings = QgsPalLayerSettings()
    settings.fieldName = ("\"area\" || '\\n' || coalesce(\"n_current_text\", '') || ' händelser' || "
                          "CASE WHEN \"rate_current\" IS NOT NULL THEN '\\n' || "
                          "format_number(\"rate_current\", 1) || ' per 1 000 inv./år' ELSE '' END")
    settings.isExpression = True
    fmt = QgsTextFormat()
    fmt.setFont(QFont("DejaVu Sans"))
    fmt.setSize(9)
    fmt.setColor(QColor("#202020"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor("white"))
    fmt.setBuffer(buffer)
    settings.setFormat(fmt)
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    lyr.setLabelsEnabled(True)
    path = os.path.join(OUT, "area_summary.qml")
    message, ok = lyr.saveNamedStyle(path)
    if not ok:
        raise SystemExit(message)
    print("wrote", os.path.relpath(path))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    make_area_summary()
    app.exitQgis()


if __name__ == "__main__":
    main()
