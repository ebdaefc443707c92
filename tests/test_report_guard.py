"""The report never prints a map that silently lacks its data, and its scale bars have a length."""

import os

import pytest
from osgeo import gdal
from qgis.core import (
    QgsLayoutItemScaleBar,
    QgsNumericFormatContext,
    QgsPrintLayout,
    QgsProcessingException,
    QgsProject,
    QgsReadWriteContext,
)
from qgis.PyQt.QtXml import QDomDocument
from trygghet.plugin_paths import LAYOUTS

PERIODS = {"CURRENT_START": "2025-11-01T00:00:00", "CURRENT_END": "2026-11-01T00:00:00",
           "REFERENCE_START": "2024-11-01T00:00:00", "REFERENCE_END": "2025-11-01T00:00:00"}


def test_template_scale_bars_are_valid_on_their_own():
    """Opened in the Layout Designer without the report, each scale bar measures its map (no 'Invalid' box)."""
    document = QDomDocument()
    with open(os.path.join(LAYOUTS, "lagesbild.qpt"), encoding="utf-8") as handle:
        assert document.setContent(handle.read())
    layout = QgsPrintLayout(QgsProject.instance())
    _, ok = layout.loadFromTemplate(document, QgsReadWriteContext(), True)
    assert ok
    bars = [item for item in layout.items() if isinstance(item, QgsLayoutItemScaleBar)]
    assert sorted(bar.id() for bar in bars) == ["skala_oversikt", "skalstock", "skalstock_patrull"]
    for bar in bars:
        assert bar.linkedMap() is not None and not bar.linkedMap().extent().isEmpty(), bar.id()
        assert bar.unitsPerSegment() > 0, bar.id()
        # two segments of a round length between 20 and 50 mm at the map's scale
        segment_mm = bar.unitsPerSegment() * 1000.0 / bar.linkedMap().scale()
        assert 20.0 <= 2 * segment_mm <= 50.0 + 1e-6, (bar.id(), segment_mm)
        # labels without a thousands separator: '2,000 m' reads as two metres in Swedish
        assert bar.numericFormat().formatDouble(2000.0, QgsNumericFormatContext()) == "2000"


def test_a_density_that_would_not_draw_on_the_map_stops_the_report(run, demo_workspace, tmp_path):
    """A density raster with data that lies elsewhere (here moved 200 km north) would leave the map empty: the
    export refuses, says why, and writes no PDF."""
    density = str(tmp_path / "density.tif")
    run("trygghet:hotspotdensity", {"INPUT": demo_workspace + "|layername=incidents", "RADIUS": 200,
                                    "PIXEL_SIZE": 25, "OUTPUT": density})
    moved = str(tmp_path / "moved.tif")
    gdal.Translate(moved, density)
    ds = gdal.Open(moved, gdal.GA_Update)
    x0, dx, rx, y0, ry, dy = ds.GetGeoTransform()
    ds.SetGeoTransform((x0, dx, rx, y0 + 200000.0, ry, dy))
    ds = None
    pdf = str(tmp_path / "report.pdf")
    with pytest.raises(QgsProcessingException, match="draws nothing on the map"):
        run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=demo_workspace, DENSITY=moved, OUTPUT=pdf))
    assert not os.path.exists(pdf)
    # the same raster in place: the report is written
    run("trygghet:exportlagesbild", dict(PERIODS, WORKSPACE=demo_workspace, DENSITY=density, OUTPUT=pdf))
    assert os.path.getsize(pdf) > 0
