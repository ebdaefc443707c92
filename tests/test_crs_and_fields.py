"""The shared input checks: one CRS check (geographic and Web Mercator input transformed to SWEREF 99 TM, units
other than metres refused) and one field-type check before every run."""

import math

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from trygghet.processing.crs_check import metric_crs, scale_error


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)


@pytest.mark.parametrize("authid", ["EPSG:3006", "EPSG:3007", "EPSG:3021", "EPSG:32633"])
def test_metric_crs_keeps_true_metre_systems(qgis_app, authid):
    crs = QgsCoordinateReferenceSystem(authid)
    feedback = LogFeedback()
    assert metric_crs(crs, feedback) == crs
    assert feedback.lines == []


@pytest.mark.parametrize("authid", ["EPSG:3857", "EPSG:900913", "EPSG:3395", "EPSG:4087", "EPSG:4326"])
def test_metric_crs_transforms_scaled_and_geographic_systems(qgis_app, authid):
    feedback = LogFeedback()
    assert metric_crs(QgsCoordinateReferenceSystem(authid), feedback).authid() == "EPSG:3006"
    assert len(feedback.lines) == 1 and "SWEREF 99 TM" in feedback.lines[0]


def test_web_mercator_scale_error_is_the_secant_of_the_latitude(qgis_app):
    """Mercator's scale factor is 1 / cos(latitude) (on the sphere; WGS 84's ellipsoid differs by < 1 %)."""
    crs = QgsCoordinateReferenceSystem("EPSG:3857")
    for lat in (0.0, 45.0, 58.3, 67.0):
        assert scale_error(crs, 12.3, lat) == pytest.approx(1 / math.cos(math.radians(lat)) - 1, abs=0.01)
    assert scale_error(QgsCoordinateReferenceSystem("EPSG:3006"), 15.0, 62.0) < 0.001


@pytest.mark.parametrize("authid", ["EPSG:2263", "EPSG:2227"])  # US survey feet, and feet
def test_metric_crs_refuses_other_units(qgis_app, authid):
    with pytest.raises(QgsProcessingException, match="not metres"):
        metric_crs(QgsCoordinateReferenceSystem(authid))


def _points(crs, xy):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=occurred_at:string&field=weight:double&field=label:string",
                           "p", "memory")
    to = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3006"), QgsCoordinateReferenceSystem(crs),
                                QgsProject.instance())
    feats = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(to.transform(QgsPointXY(x, y))))
        f.setAttributes([f"2024-0{1 + i % 9}-10 20:00", 1.0 + i % 3, "x"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_web_mercator_density_equals_sweref(run, tmp_path):
    """Kernel density of the same points stored in EPSG:3857 and in EPSG:3006: same grid in SWEREF 99 TM with the
    requested 20 m pixels, same values (a 300 m radius in Web Mercator units would be only ~160 m on the ground)."""
    rng = np.random.default_rng(3)
    xy = [(340000 + float(x), 6465000 + float(y)) for x, y in rng.uniform(0, 800, (40, 2))]
    rasters = {}
    for crs in ("EPSG:3006", "EPSG:3857"):
        out = str(tmp_path / f"{crs[5:]}.tif")
        run("trygghet:hotspotdensity", {"INPUT": _points(crs, xy), "RADIUS": 300, "PIXEL_SIZE": 20,
                                        "OUTPUT_VALUE": 1, "OUTPUT": out})
        ds = gdal.Open(out)
        assert "3006" in ds.GetProjection() or "SWEREF99 TM" in ds.GetProjection()
        assert ds.GetGeoTransform()[1] == pytest.approx(20.0)
        rasters[crs] = ds.GetRasterBand(1).ReadAsArray().astype(float)
    np.testing.assert_allclose(rasters["EPSG:3857"], rasters["EPSG:3006"], rtol=1e-6, atol=1e-9)


def test_near_repeat_distance_bands_are_true_metres(run):
    """Two incidents 150 m apart on the ground (about 290 Web Mercator units at 58° N) fall in the 100–200 m band."""
    xy = [(340000.0, 6465000.0), (340150.0, 6465000.0)] + [(345000.0 + 1000 * k, 6470000.0) for k in range(30)]
    layer = _points("EPSG:3857", xy)
    layer.dataProvider().changeAttributeValues({f.id(): {0: "2024-01-0{} 20:00".format(1 + (f.id() == 2))}
                                                for f in layer.getFeatures()})
    out = run("trygghet:nearrepeat", {"INPUT": layer, "TIME_FIELD": "occurred_at", "DISTANCE_BAND": 100,
                                      "DISTANCE_BANDS": 3, "TIME_BAND": 7, "TIME_BANDS": 1, "PERMUTATIONS": 19,
                                      "SEED": 1, "OUTPUT": "memory:"})["OUTPUT"]
    hits = [(f["distance_from"], f["distance_to"], f["observed"]) for f in out.getFeatures() if f["observed"]]
    assert hits == [(100.0, 200.0, 1)]


def _polygons(values, kind="string"):
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:3006&field=val:{kind}&field=t:integer", "g", "memory")
    feats = []
    for i, v in enumerate(values):
        f = QgsFeature(layer.fields())
        x, y = 100 * (i % 6), 100 * (i // 6)
        ring = f"{x} {y},{x + 100} {y},{x + 100} {y + 100},{x} {y + 100},{x} {y}"
        f.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({ring}))"))
        f.setAttributes([v, i])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def test_text_value_field_is_refused_naming_field_and_type(run):
    with pytest.raises(QgsProcessingException, match="“val”.*needs numbers"):
        run("trygghet:hotspotstatistics", {"INPUT": _polygons([str(i) for i in range(36)]), "VALUE_FIELD": "val",
                                           "OUTPUT": "memory:"})


def test_numeric_time_field_and_missing_field_are_refused(run):
    layer = _points("EPSG:3006", [(340000.0 + 10 * i, 6465000.0) for i in range(40)])
    with pytest.raises(QgsProcessingException, match="“weight”.*needs dates and times"):
        run("trygghet:emerginghotspots", {"INPUT": layer, "TIME_FIELD": "weight", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="has no field “nosuch”"):
        run("trygghet:hotspotdensity", {"INPUT": layer, "WEIGHT_FIELD": "nosuch", "RADIUS": 100, "PIXEL_SIZE": 10,
                                        "OUTPUT": "TEMPORARY_OUTPUT"})
