"""Make the styles of the significance outputs: hotspot_bins.qml, hotspot_bivariate.qml, emerging.qml, sppt.qml and
perceived_safety.qml in resources/styles/.

Run (from the repository root, with the test environment of the Makefile):
    QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/plugins:/usr/share/qgis/python/plugins .venv/bin/python \
        scripts/styles_significance.py
Legends are Swedish; the styles also carry the Swedish field aliases of the outputs.
"""

import os
import sys

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsMapLayer,
    QgsRendererCategory,
    QgsVectorLayer,
)

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".build", "plugins"))

OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "styles")

BINS = (
    ("3", "#b2182b", "Hot spot 99 %"),
    ("2", "#ef8a62", "Hot spot 95 %"),
    ("1", "#fddbc7", "Hot spot 90 %"),
    ("0", "#f2f2f2", "Inte signifikant"),
    ("-1", "#d1e5f0", "Kall fläck 90 %"),
    ("-2", "#67a9cf", "Kall fläck 95 %"),
    ("-3", "#2166ac", "Kall fläck 99 %"),
)
QUADRANTS = (
    ("HH", "#d7191c", "Hög–hög (kluster)"),
    ("HL", "#fdae61", "Hög–låg (avvikare)"),
    ("LH", "#abd9e9", "Låg–hög (avvikare)"),
    ("LL", "#2c7bb6", "Låg–låg (kluster)"),
    ("ns", "#f2f2f2", "Inte signifikant (Local Moran)"),
)
BIVARIATE = (
    ("HH", "#d7191c", "Högt–högt (högt här och runt omkring)"),
    ("HL", "#fdae61", "Högt–lågt (högt här, lågt runt omkring)"),
    ("LH", "#abd9e9", "Lågt–högt (lågt här, högt runt omkring)"),
    ("LL", "#2c7bb6", "Lågt–lågt (lågt här och runt omkring)"),
    ("ns", "#f2f2f2", "Inte signifikant"),
)
PERCEIVED = (
    ("unsafe_crime", "#b2182b", "Otryggt och brottsutsatt"),
    ("unsafe_low_crime", "#7b3294", "Otryggt men få anmälda brott"),
    ("safe_crime", "#f1a340", "Tryggt men brottsutsatt"),
    ("no_pattern", "#f7f7f7", "Inget mönster"),
    ("sparse", "#bdbdbd", "För få för att bedöma"),
)
EMERGING_COLOURS = {
    "new_hot": "#67000d", "consecutive_hot": "#a50f15", "intensifying_hot": "#d7301f", "persistent_hot": "#ef6548",
    "diminishing_hot": "#fc8d59", "sporadic_hot": "#fdbb84", "oscillating_hot": "#fdd49e",
    "historical_hot": "#fee8c8",
    "new_cold": "#08306b", "consecutive_cold": "#08519c", "intensifying_cold": "#2171b5",
    "persistent_cold": "#4292c6", "diminishing_cold": "#6baed6", "sporadic_cold": "#9ecae1",
    "oscillating_cold": "#c6dbef", "historical_cold": "#deebf7", "no_pattern": "#f2f2f2",
}
SPPT = (
    ("1", "#d7301f", "Ökad andel"),
    ("0", "#f2f2f2", "Ingen signifikant skillnad"),
    ("-1", "#2171b5", "Minskad andel"),
)

ALIASES = {
    "value": "Värde", "z": "z-värde", "p": "p-värde", "p_sim": "p-värde (permutationer)", "bin": "Konfidensklass",
    "local_i": "Lokalt Moran's I", "quadrant": "Kvadrant", "second_value": "Värde, andra variabeln",
    "category": "Kategori (kod)", "category_sv": "Kategori", "trend_z": "Trend (z)", "trend_p": "Trend (p)",
    "hot_steps": "Antal heta tidssteg", "incidents": "Antal händelser",
    "base_count": "Antal (basperiod)", "test_count": "Antal (testperiod)", "base_pct": "Andel basperiod (%)",
    "test_pct": "Andel testperiod (%)", "ci_low": "Konfidensintervall, nedre (%)",
    "ci_high": "Konfidensintervall, övre (%)", "changed": "Förändring",
    "area": "Område", "unsafe_marks": "Otrygga markeringar", "marks": "Markeringar", "class": "Klass (kod)",
    "class_label": "Klass",
}


def fill(colour):
    symbol = QgsFillSymbol.createSimple({"color": colour, "outline_color": "#80808080", "outline_width": "0.1"})
    symbol.setOpacity(0.75)  # analysis cells over the map: the streets and points beneath stay readable
    return symbol


def save(name, fields, attribute, categories):
    spec = "&".join(f"field={f}:string" for f in fields)
    lyr = QgsVectorLayer("Polygon?crs=EPSG:3006&" + spec, name, "memory")
    for f in fields:
        lyr.setFieldAlias(lyr.fields().indexOf(f), ALIASES[f])
    cats = [QgsRendererCategory(value, fill(colour), label) for value, colour, label in categories]
    lyr.setRenderer(QgsCategorizedSymbolRenderer(attribute, cats))
    path = os.path.join(OUT, name + ".qml")
    categories_to_save = QgsMapLayer.StyleCategory.Symbology | QgsMapLayer.StyleCategory.Fields
    msg, ok = lyr.saveNamedStyle(path, categories=categories_to_save)
    if not ok:
        raise SystemExit(f"{path}: {msg}")
    print("wrote", os.path.normpath(path))


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from trygghet.processing.algorithms.emerginghotspots import CATEGORY_SV

    # One style for both statistics: Gi* output has no quadrant, so the class is the bin; Local Moran's is the
    # quadrant.
    save("hotspot_bins", ["value", "z", "p", "p_sim", "bin", "local_i", "quadrant"],
         "coalesce(attribute(@feature, 'quadrant'), to_string(\"bin\"))", BINS + QUADRANTS)
    # the bivariate Local Moran: the quadrant of the first variable here against the second one around
    save("hotspot_bivariate", ["value", "second_value", "z", "p", "p_sim", "bin", "local_i", "quadrant"], "quadrant",
         BIVARIATE)
    # where fear and crime part ways (trygghet:perceivedsafety): four classes and the sparse cells in grey
    save("perceived_safety", ["area", "unsafe_marks", "marks", "incidents", "local_i", "p_sim", "quadrant", "class",
                              "class_label"], "class", PERCEIVED)
    save("emerging", ["category", "category_sv", "trend_z", "trend_p", "hot_steps", "incidents"], "category",
         [(code, EMERGING_COLOURS[code], label) for code, label in CATEGORY_SV.items()])
    save("sppt", ["base_count", "test_count", "base_pct", "test_pct", "ci_low", "ci_high", "changed"],
         "to_string(\"changed\")", SPPT)
    app.exitQgis()


if __name__ == "__main__":
    main()
