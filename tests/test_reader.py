"""The shared bulk point reader: the Arrow fast path and the iterating fallback agree."""

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingAlgorithm,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsVectorLayer,
)
from trygghet.processing.base import TrygghetAlgorithm
from trygghet.processing.reader import read_points

SWEREF = QgsCoordinateReferenceSystem("EPSG:3006")


class Probe(TrygghetAlgorithm):
    NAME = "probe"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "input"))


def _read(parameters, crs=SWEREF, fields=("occurred_at", "category", "weight"), expression=None):
    alg = Probe()
    alg.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return read_points(alg, parameters, "INPUT", context, QgsProcessingFeedback(), crs, fields, expression)


@pytest.fixture(scope="module")
def incidents(demo_workspace):
    return demo_workspace + "|layername=incidents"


def test_arrow_and_iteration_agree(incidents):
    fast = _read({"INPUT": incidents})
    assert fast.method == "arrow"
    slow = _read({"INPUT": incidents}, expression="true")
    assert slow.method == "iterate"
    assert len(fast) == len(slow) > 15000
    np.testing.assert_allclose(fast.x, slow.x)
    np.testing.assert_allclose(fast.y, slow.y)
    assert (fast.attributes["occurred_at"] == slow.attributes["occurred_at"]).all()
    assert list(fast.attributes["category"]) == list(slow.attributes["category"])
    np.testing.assert_allclose(fast.attributes["weight"], slow.attributes["weight"])
    layer = QgsVectorLayer(incidents, "i", "ogr")
    assert len(fast) == layer.featureCount()


def test_selection_filter_and_transform_use_the_fallback(incidents):
    layer = QgsVectorLayer(incidents, "i", "ogr")
    layer.selectByIds([1, 2, 3])
    QgsProject.instance().addMapLayer(layer)
    try:
        selected = _read({"INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True)})
        assert selected.method == "iterate" and len(selected) == 3
    finally:
        QgsProject.instance().removeMapLayer(layer.id())
    filtered = _read({"INPUT": incidents}, expression="\"category\" = 'narkotika'")
    assert set(filtered.attributes["category"]) == {"narkotika"}
    wgs = _read({"INPUT": incidents}, crs=QgsCoordinateReferenceSystem("EPSG:4326"))
    assert wgs.method == "iterate"
    assert 12.1 < wgs.x.mean() < 12.5 and 58.2 < wgs.y.mean() < 58.35


def test_null_geometries_are_counted(tmp_path, qgis_app):
    from osgeo import ogr, osr

    path = str(tmp_path / "nulls.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("p", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("weight", ogr.OFTReal))
    for i in range(5):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetField("weight", float(i))
        if i != 2:
            f.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} 6460000)".format(340000 + i)))
        lyr.CreateFeature(f)
    ds = None
    table = _read({"INPUT": path}, fields=("weight",))
    assert len(table) == 4 and table.null_geometries == 1
    assert list(table.attributes["weight"]) == [0.0, 1.0, 3.0, 4.0]


def test_polygon_input_is_refused(demo_workspace):
    with pytest.raises(QgsProcessingException, match="point layer"):
        _read({"INPUT": demo_workspace + "|layername=areas"}, fields=())


def test_the_algorithm_base_is_importable():
    assert issubclass(Probe, QgsProcessingAlgorithm)


def test_nulls_in_attributes_stay_null_on_the_fast_path(tmp_path, qgis_app):
    from osgeo import ogr, osr

    path = str(tmp_path / "nullattrs.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("p", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("weight", ogr.OFTReal))
    for i in range(4):
        f = ogr.Feature(lyr.GetLayerDefn())
        if i % 2 == 0:
            f.SetField("occurred_at", "2024-05-0{}T10:00:00".format(i + 1))
            f.SetField("category", "våld")
            f.SetField("weight", 2.0)
        f.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} 6460000)".format(340000 + i)))
        lyr.CreateFeature(f)
    ds = None
    fast = _read({"INPUT": path})
    slow = _read({"INPUT": path}, expression="true")
    assert fast.method == "arrow"
    for table in (fast, slow):
        times = table.attributes["occurred_at"]
        assert np.isnat(times).tolist() == [False, True, False, True]
        assert str(times[0]) == "2024-05-01T10:00:00"
        assert list(table.attributes["category"]) == ["våld", None, "våld", None]
        assert np.isnan(table.attributes["weight"]).tolist() == [False, True, False, True]


def test_polygon_features_transform_repair_and_count_what_they_leave_out():
    """The one polygon loop: geometries come back in the target CRS (checked against GDAL's own transformation),
    an invalid bow-tie is made valid (its area is its two triangles'), a feature without geometry is counted."""
    from osgeo import osr
    from qgis.core import QgsFeature, QgsGeometry
    from trygghet.processing.reader import polygon_features

    layer = QgsVectorLayer("Polygon?crs=EPSG:4326", "p", "memory")
    wkts = ["POLYGON((12.0 58.0, 12.01 58.0, 12.01 58.01, 12.0 58.01, 12.0 58.0))",
            "POLYGON((12.0 58.0, 12.02 58.02, 12.02 58.0, 12.0 58.02, 12.0 58.0))",  # bow-tie: crosses itself
            None]
    features = []
    for wkt in wkts:
        feature = QgsFeature()
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    context = QgsProcessingContext()
    got, nulls, repaired = polygon_features(layer, SWEREF, context)
    assert (len(got), nulls, repaired) == (2, 1, 1)
    assert all(g.isGeosValid() for _, g in got)

    wgs, tm = osr.SpatialReference(), osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    tm.ImportFromEPSG(3006)
    for srs in (wgs, tm):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    to_tm = osr.CoordinateTransformation(wgs, tm)
    for i, (lon, lat) in enumerate(((12.0, 58.0), (12.01, 58.0), (12.01, 58.01), (12.0, 58.01))):
        vertex, expected = got[0][1].vertexAt(i), to_tm.TransformPoint(lon, lat)
        assert abs(vertex.x() - expected[0]) < 0.01 and abs(vertex.y() - expected[1]) < 0.01
    # the bow-tie's two triangles, each half of a 0.02° × 0.01° box, measured in SWEREF 99 TM corners
    pts = [to_tm.TransformPoint(x, y)[:2] for x, y in ((12.0, 58.0), (12.02, 58.0), (12.02, 58.02), (12.0, 58.02))]
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = pts
    centre = ((x0 + x1 + x2 + x3) / 4, (y0 + y1 + y2 + y3) / 4)

    def triangle(a, b, c):
        return abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2

    expected = triangle(pts[0], centre, pts[3]) + triangle(pts[1], centre, pts[2])
    assert got[1][1].area() == pytest.approx(expected, rel=0.01)
