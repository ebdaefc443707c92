"""Make the styles of trygghet:riskmap's and trygghet:forecast's outputs in resources/styles/ (riskmap.qml,
riskmap_areas.qml, forecast.qml).

    QT_QPA_PLATFORM=offscreen PYTHONPATH=.build/plugins .venv/bin/python scripts/styles_riskmap.py

riskmap.qml is a template: four discrete classes (below the top 10 %, top 10 %, top 5 %, top 1 %) whose values are
placeholders; the algorithm puts in the relative risk where each top share begins and writes the result next to each
raster. Legends are in Swedish.
"""

import os
import sys
import tempfile

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsRasterLayer,
    QgsRasterShader,
    QgsRendererCategory,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "styles")

# (placeholder value, colour, alpha, Swedish legend label), in the order the algorithm expects
RISK_CLASSES = (
    (10.0, "#ffffb2", 0, "Under topp 10 %"),
    (5.0, "#fecc5c", 170, "Topp 10 % av ytan"),
    (1.0, "#fd8d3c", 210, "Topp 5 % av ytan"),
    (float("inf"), "#bd0026", 235, "Topp 1 % av ytan"),
)
AREA_CLASSES = ((1, "#bd0026", "Topp 1 % av ytan"), (5, "#fd8d3c", "Topp 5 % av ytan"),
                (10, "#fecc5c", "Topp 10 % av ytan"))


def save(layer, name):
    path = os.path.join(OUT, name + ".qml")
    msg, ok = layer.saveNamedStyle(path)
    assert ok, msg
    print(os.path.normpath(path))


def risk_style(folder):
    from osgeo import gdal

    path = os.path.join(folder, "template.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 2, 2, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, 1, 0, 2, 0, -1))
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds.GetRasterBand(1).WriteArray(__import__("numpy").array([[0, 0.5], [1, 0]], dtype="float32"))
    ds = None
    layer = QgsRasterLayer(path, "risk", "gdal")
    items = []
    for value, colour, alpha, text in RISK_CLASSES:
        c = QColor(colour)
        c.setAlpha(alpha)
        items.append(QgsColorRampShader.ColorRampItem(value, c, text))
    ramp = QgsColorRampShader(0.0, 10.0, None, QgsColorRampShader.Type.Discrete)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader(0.0, 10.0)
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    layer.setRenderer(renderer)
    save(layer, "riskmap")


def areas_style():
    layer = QgsVectorLayer("MultiPolygon?crs=EPSG:3006&field=top_percent:integer&field=area_m2:double",
                           "riskmap_areas", "memory")
    layer.setFieldAlias(0, "Topp (% av ytan)")
    layer.setFieldAlias(1, "Yta (m²)")
    cats = []
    for value, colour, text in AREA_CLASSES:
        symbol = QgsFillSymbol.createSimple({"outline_color": "#6b0016", "outline_width": "0.4"})
        c = QColor(colour)
        c.setAlpha(140)
        symbol.setColor(c)
        cats.append(QgsRendererCategory(value, symbol, text))
    layer.setRenderer(QgsCategorizedSymbolRenderer("top_percent", cats))
    save(layer, "riskmap_areas")


def forecast_style():
    """The forecast table: its fields' Swedish aliases."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".build", "plugins"))
    from trygghet.processing.algorithms.forecast import OUTPUT_FIELDS, output_fields

    layer = QgsVectorLayer("None", "forecast", "memory")
    layer.dataProvider().addAttributes(list(output_fields()))
    layer.updateFields()
    for name, _kind, alias in OUTPUT_FIELDS:
        layer.setFieldAlias(layer.fields().lookupField(name), alias)
    save(layer, "forecast")


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        risk_style(folder)
    areas_style()
    forecast_style()


if __name__ == "__main__":
    app = QgsApplication([], False)
    app.initQgis()
    main()
    app.exitQgis()
    sys.exit(0)
