"""Make the styles of the path algorithms: saferoutes.qml (index red→green), route.qml, walk_overlay.qml.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/styles_paths.py
"""

import os

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "styles")


def line(colour, width, style="solid"):
    return QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(width), "line_style": style,
                                       "capstyle": "round", "joinstyle": "round"})


def marker(colour, size, shape="circle"):
    return QgsMarkerSymbol.createSimple({"color": colour, "size": str(size), "name": shape,
                                         "outline_color": "#202020", "outline_width": "0.3"})


def save(layer, name):
    path = os.path.join(OUT, name + ".qml")
    msg, ok = layer.saveNamedStyle(path)
    assert ok, msg
    print(path)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    seg = QgsVectorLayer("LineString?crs=EPSG:3006&field=index:double&field=lit_gap:boolean", "s", "memory")
    classes = [(0, 40, "#d7191c", "Otryggt (0–40)"), (40, 60, "#fdae61", "Bristfälligt (40–60)"),
               (60, 80, "#a6d96a", "Godtagbart (60–80)"), (80, 100.0001, "#1a9641", "Tryggt (80–100)")]
    ranges = [QgsRendererRange(lo, hi, line(c, 1.2), label) for lo, hi, c, label in classes]
    seg.setRenderer(QgsGraduatedSymbolRenderer("index", ranges))
    save(seg, "saferoutes")

    route = QgsVectorLayer("LineString?crs=EPSG:3006&field=route:string", "r", "memory")
    cats = [QgsRendererCategory("safest", line("#1a9641", 2.4), "Tryggaste vägen"),
            QgsRendererCategory("shortest", line("#555555", 1.4, "dash"), "Kortaste vägen")]
    route.setRenderer(QgsCategorizedSymbolRenderer("route", cats))
    save(route, "route")

    walk = QgsVectorLayer("Point?crs=EPSG:3006&field=status:string&field=priority:double", "w", "memory")
    root = QgsRuleBasedRenderer.Rule(None)
    for expr, colour, label in (("\"status\" = 'persisting'", "#d7191c", "Kvarstår"),
                                ("\"status\" = 'fixed'", "#1a9641", "Åtgärdad"),
                                ("\"status\" = 'new'", "#fdae61", "Ny")):
        root.appendChild(QgsRuleBasedRenderer.Rule(marker(colour, 3.2), 0, 0, expr, label))
    for expr, size, label in (("\"status\" IS NULL AND \"priority\" >= 6", 4.2, "Hög prioritet (≥ 6)"),
                              ("\"status\" IS NULL AND \"priority\" >= 3 AND \"priority\" < 6", 3.2,
                               "Medel prioritet (3–5)"),
                              ("\"status\" IS NULL AND \"priority\" < 3", 2.2, "Låg prioritet (1–2)")):
        root.appendChild(QgsRuleBasedRenderer.Rule(marker("#7b3294", size, "diamond"), 0, 0, expr, label))
    walk.setRenderer(QgsRuleBasedRenderer(root))
    save(walk, "walk_overlay")


if __name__ == "__main__":
    main()
