"""Make the styles of the density, hot places and patrol dosage outputs in resources/styles/.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/plugins .venv/bin/python scripts/styles_density.py

density.qml is a template: its colour-ramp values are fractions of the raster's maximum (0 … 1); the algorithm
stretches them to the data and writes the result next to each raster. Legends are in Swedish.
"""

import os
import sys
import tempfile

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "plugins"))
from trygghet.processing.fields import fields_of  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "styles")

# (fraction of the maximum, colour, alpha, Swedish legend label): zero is fully transparent
DENSITY_RAMP = (
    (0.0, "#ffffb2", 0, "Ingen täthet"),
    (0.02, "#ffffb2", 110, "Låg"),
    (0.25, "#fecc5c", 170, ""),
    (0.5, "#fd8d3c", 200, "Medel"),
    (0.75, "#f03b20", 220, ""),
    (1.0, "#99000d", 235, "Hög"),
)

DOSAGE_CLASSES = (
    ("green", "#2f9e44", "Målet nått (≥ 100 % av målet)"),
    ("yellow", "#f59f00", "Delvis (50–99 % av målet)"),
    ("red", "#e03131", "Under målet (< 50 %)"),
)


def save(layer, name):
    path = os.path.join(OUT, name + ".qml")
    msg, ok = layer.saveNamedStyle(path)
    assert ok, msg
    print(os.path.normpath(path))


def label(layer, expression, size=9, colour="#202020"):
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
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def density_style(folder):
    from osgeo import gdal

    path = os.path.join(folder, "template.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, 1, 0, 2, 0, -1))
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds.GetRasterBand(1).WriteArray(__import__("numpy").array([[0, 0.5], [1, 0]], dtype="float32"))
    ds = None
    layer = QgsRasterLayer(path, "density", "gdal")
    items = []
    for value, colour, alpha, text in DENSITY_RAMP:
        c = QColor(colour)
        c.setAlpha(alpha)
        items.append(QgsColorRampShader.ColorRampItem(value, c, text))
    ramp = QgsColorRampShader(0.0, 1.0, None, QgsColorRampShader.Type.Interpolated)
    ramp.setColorRampItemList(items)
    ramp.setClip(False)
    shader = QgsRasterShader(0.0, 1.0)
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(0.0)
    renderer.setClassificationMax(1.0)
    layer.setRenderer(renderer)
    save(layer, "density")


def with_fields(geometry, name, spec):
    """A memory layer with the output's fields and their Swedish aliases (the aliases travel in the .qml)."""
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:3006", name, "memory")
    layer.dataProvider().addAttributes(list(fields_of(spec)))
    layer.updateFields()
    for field_name, _kind, alias in spec:
        layer.setFieldAlias(layer.fields().lookupField(field_name), alias)
    return layer


def hotplaces_style():
    from trygghet.processing.algorithms.hotplaces import OUTPUT_FIELDS

    layer = with_fields("MultiPolygon", "hotplaces", OUTPUT_FIELDS)
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({
        "color": "224,49,49,60", "outline_color": "#a61e1e", "outline_width": "0.9"})))
    label(layer, "concat(\"rank\", '. ', coalesce(\"name\", ''), '\\n', coalesce(\"peak_weekday\", ''), ' ', "
                 "coalesce(\"peak_hours\", ''))", size=9, colour="#a61e1e")
    save(layer, "hotplaces")


def dosage_style():
    from trygghet.processing.algorithms.patroldosage import OUTPUT_FIELDS

    layer = with_fields("MultiPolygon", "dosage", OUTPUT_FIELDS)
    cats = []
    for value, colour, text in DOSAGE_CLASSES:
        symbol = QgsFillSymbol.createSimple({"outline_color": "#343a40", "outline_width": "0.5"})
        c = QColor(colour)
        c.setAlpha(150)
        symbol.setColor(c)
        cats.append(QgsRendererCategory(value, symbol, text))
    layer.setRenderer(QgsCategorizedSymbolRenderer("status", cats))
    label(layer, "concat(coalesce(\"name\", ''), '\\n', \"visits\", ' besök, ', "
                 "format_number(\"target_share_pct\", 0), ' % av målet')", size=8, colour="#212529")
    save(layer, "dosage")


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        density_style(folder)
    hotplaces_style()
    dosage_style()


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
    sys.exit(0)
