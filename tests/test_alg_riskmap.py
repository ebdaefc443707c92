"""trygghet:riskmap through processing.run: the raster, its scores recomputed independently, near-repeat weighting,
the top-area polygons, bad input."""

import datetime as dt
import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsVectorLayer

gdal.UseExceptions()


def _cases():
    import importlib.util

    spec = importlib.util.spec_from_file_location("riskmap_cases", os.path.join(os.path.dirname(__file__),
                                                                              "riskmap_cases.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


simulate_self_exciting = _cases().simulate_self_exciting
X0, Y0 = 340000.0, 6460000.0
T0 = dt.datetime(2025, 1, 1)


def write_points(path, xs, ys, days, name="incidents"):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer(name, srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    lyr.StartTransaction()
    for x, y, d in zip(xs, ys, days):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({X0 + float(x)!r} {Y0 + float(y)!r})"))
        when = T0 + dt.timedelta(days=float(d))
        f.SetField("occurred_at", when.strftime("%Y-%m-%d %H:%M:%S"))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return f"{path}|layername={name}"


@pytest.fixture(scope="module")
def simulated(tmp_path_factory):
    x, y, t = simulate_self_exciting(2004)
    path = str(tmp_path_factory.mktemp("risk") / "sim.gpkg")
    return write_points(path, x, y, t), (x, y, t)


def read_raster(path):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    return band.ReadAsArray().astype(float), ds.GetGeoTransform(), band.GetNoDataValue()


def test_risk_map_beats_retrospective_and_scores_add_up(run, simulated, tmp_path):
    uri, (x, y, t) = simulated
    out = str(tmp_path / "risk.tif")
    areas = str(tmp_path / "top.gpkg")
    as_of = T0 + dt.timedelta(days=200)
    results = run("trygghet:riskmap", {"INPUT": uri, "AS_OF": as_of.isoformat(), "LOOKBACK_DAYS": 90,
                                       "BANDWIDTH_M": 200, "BANDWIDTH_DAYS": 14, "PIXEL_SIZE": 25, "OUTPUT": out,
                                       "OUTPUT_AREAS": areas})
    assert results["PAI_5"] > results["PAI_5_KDE"]
    assert results["PAI_5"] > 1.5
    values, gt, nodata = read_raster(out)
    assert nodata == -9999
    assert values.mean() == pytest.approx(1.0, rel=1e-4)  # relative risk: 1 = the average cell
    # recompute PAI at 5 % from the raster and the incidents of the four weeks after AS_OF, by brute force
    future = (t >= 200) & (t < 228)
    col = np.floor((X0 + x[future] - gt[0]) / gt[1]).astype(int)
    row = np.floor((Y0 + y[future] - gt[3]) / gt[5]).astype(int)
    counts = np.zeros_like(values)
    np.add.at(counts, (row, col), 1)
    k = int(round(0.05 * values.size))
    order = np.argsort(-values.ravel(), kind="stable")[:k]
    hits = counts.ravel()[order].sum()
    pai = (hits / future.sum()) / (k / values.size)
    assert results["PAI_5"] == pytest.approx(pai, rel=1e-6)
    best = np.sort(counts.ravel())[::-1][:k].sum()
    assert results["PEI_5"] == pytest.approx(hits / best, rel=1e-6)
    assert results["PAI_1"] is not None and results["PEI_10_KDE"] is not None
    # the style sidecar and the top areas: 1 %, 5 % and 10 % bands of the cells, as polygons
    assert os.path.exists(os.path.splitext(out)[0] + ".qml")
    layer = QgsRasterLayer(out, "r", "gdal")
    assert layer.loadNamedStyle(os.path.splitext(out)[0] + ".qml")[1]
    top = QgsVectorLayer(areas, "top", "ogr")
    assert top.isValid()
    by_share = {f["top_percent"]: f for f in top.getFeatures()}
    assert set(by_share) == {1, 5, 10}
    cell = 25.0 * 25.0
    for share, cells in ((1, round(0.01 * values.size)), (5, round(0.05 * values.size) - round(0.01 * values.size)),
                         (10, round(0.10 * values.size) - round(0.05 * values.size))):
        assert by_share[share]["area_m2"] == pytest.approx(cells * cell)
        assert by_share[share].geometry().area() == pytest.approx(cells * cell, rel=1e-9)


def test_risk_values_match_brute_force(run, tmp_path):
    xs = np.array([110.0, 140.0, 400.0, 410.0, 700.0])
    ys = np.array([100.0, 130.0, 420.0, 380.0, 90.0])
    days = np.array([10.0, 25.0, 28.0, 29.5, 5.0])
    uri = write_points(str(tmp_path / "p.gpkg"), xs, ys, days)
    out = str(tmp_path / "r.tif")
    as_of = T0 + dt.timedelta(days=30)
    run("trygghet:riskmap", {"INPUT": uri, "AS_OF": as_of.isoformat(), "LOOKBACK_DAYS": 22, "BANDWIDTH_M": 150,
                             "BANDWIDTH_DAYS": 7, "PIXEL_SIZE": 20, "OUTPUT": out})
    values, gt, _ = read_raster(out)
    rows, cols = values.shape
    xc = gt[0] + (np.arange(cols) + 0.5) * gt[1]
    yc = gt[3] + (np.arange(rows) + 0.5) * gt[5]
    expected = np.zeros_like(values)
    for x, y, d in zip(xs, ys, days):
        age = 30 - d
        if not 0 < age <= 22:
            continue  # the first and last incidents lie outside the look-back
        cx = gt[0] + (np.floor((X0 + x - gt[0]) / gt[1]) + 0.5) * gt[1]
        cy = gt[3] + (np.floor((Y0 + y - gt[3]) / gt[5]) + 0.5) * gt[5]
        dist = np.hypot(xc[None, :] - cx, yc[:, None] - cy)
        expected += np.where(dist < 150, (1 - (dist / 150) ** 2) ** 2, 0) * 0.5 ** (age / 7)
    expected /= expected.mean()
    np.testing.assert_allclose(values, expected, rtol=1e-5, atol=1e-6)


def test_near_repeat_table_from_the_knox_test(run, simulated, tmp_path):
    uri, _ = simulated
    knox = run("trygghet:nearrepeat", {"INPUT": uri, "TIME_FIELD": "occurred_at", "DISTANCE_BAND": 100,
                                       "DISTANCE_BANDS": 2, "TIME_BAND": 7, "TIME_BANDS": 2, "PERMUTATIONS": 19,
                                       "SEED": 1, "OUTPUT": str(tmp_path / "knox.gpkg")})["OUTPUT"]
    as_of = (T0 + dt.timedelta(days=200)).isoformat()
    base = {"INPUT": uri, "AS_OF": as_of, "PIXEL_SIZE": 25}
    plain = run("trygghet:riskmap", dict(base, OUTPUT=str(tmp_path / "a.tif")))
    weighted = run("trygghet:riskmap", dict(base, NEAR_REPEAT=knox, OUTPUT=str(tmp_path / "b.tif")))
    a, _, _ = read_raster(str(tmp_path / "a.tif"))
    b, _, _ = read_raster(str(tmp_path / "b.tif"))
    assert not np.allclose(a, b)  # the simulated process has near repeats: the table changes the map
    assert weighted["PAI_5_KDE"] == pytest.approx(plain["PAI_5_KDE"])  # the comparison map is the same
    assert weighted["PAI_5"] > weighted["PAI_5_KDE"]


def test_unscored_without_later_incidents_and_clear_errors(run, simulated, tmp_path):
    uri, _ = simulated
    results = run("trygghet:riskmap", {"INPUT": uri, "PIXEL_SIZE": 50, "OUTPUT": str(tmp_path / "r.tif")})
    assert results["PAI_5"] is None
    with pytest.raises(QgsProcessingException, match="nothing to map"):
        run("trygghet:riskmap", {"INPUT": uri, "AS_OF": "2020-01-01T00:00:00", "OUTPUT": str(tmp_path / "x.tif")})
    assert not os.path.exists(str(tmp_path / "x.tif"))
    with pytest.raises(QgsProcessingException, match="more than the limit"):
        run("trygghet:riskmap", {"INPUT": uri, "PIXEL_SIZE": 1, "OUTPUT": str(tmp_path / "y.tif")})
    with pytest.raises(QgsProcessingException, match="evaluation must be after"):
        run("trygghet:riskmap", {"INPUT": uri, "AS_OF": "2025-06-01T00:00:00",
                                 "EVALUATE_UNTIL": "2025-05-01T00:00:00", "OUTPUT": str(tmp_path / "z.tif")})


def test_mask_is_the_study_area(run, simulated, tmp_path):
    uri, (x, y, t) = simulated
    mask_path = str(tmp_path / "mask.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(mask_path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("mask", srs, ogr.wkbPolygon)
    f = ogr.Feature(lyr.GetLayerDefn())  # the western half of the simulated town
    f.SetGeometry(ogr.CreateGeometryFromWkt(
        f"POLYGON(({X0} {Y0}, {X0 + 2000} {Y0}, {X0 + 2000} {Y0 + 4000}, {X0} {Y0 + 4000}, {X0} {Y0}))"))
    lyr.CreateFeature(f)
    ds = None
    out = str(tmp_path / "masked.tif")
    results = run("trygghet:riskmap", {"INPUT": uri, "AS_OF": (T0 + dt.timedelta(days=200)).isoformat(),
                                       "PIXEL_SIZE": 25, "MASK": f"{mask_path}|layername=mask", "OUTPUT": out})
    values, gt, nodata = read_raster(out)
    rows, cols = values.shape
    xc = gt[0] + (np.arange(cols) + 0.5) * gt[1]
    inside = np.repeat((xc < X0 + 2000)[None, :], rows, axis=0)
    yc = gt[3] + (np.arange(rows) + 0.5) * gt[5]
    inside &= ((yc > Y0) & (yc < Y0 + 4000))[:, None] & (xc > X0)[None, :]
    assert ((values == nodata) == ~inside).all()
    assert values[inside].mean() == pytest.approx(1.0, rel=1e-4)
    # PAI at 10 % recounted over the masked cells and the incidents inside them only
    future = (t >= 200) & (t < 228)
    col = np.floor((X0 + x[future] - gt[0]) / gt[1]).astype(int)
    row = np.floor((Y0 + y[future] - gt[3]) / gt[5]).astype(int)
    counts = np.zeros_like(values)
    np.add.at(counts, (row, col), 1)
    counts[~inside] = 0
    cells = np.flatnonzero(inside.ravel())
    k = int(round(0.10 * cells.size))
    top = cells[np.argsort(-values.ravel()[cells], kind="stable")[:k]]
    pai = (counts.ravel()[top].sum() / counts.sum()) / (k / cells.size)
    assert results["PAI_10"] == pytest.approx(pai, rel=1e-6)


def test_top_areas_to_a_geopackage_log_no_alias_warnings(run, simulated, tmp_path):
    """The GeoPackage has no field aliases: the top areas' Swedish labels come with their style, so writing them to a
    .gpkg (as exportlagesbild does) logs no "Aliases/Comments are not supported" warning, in the feedback or the
    message log."""
    from qgis.core import QgsApplication, QgsProcessingFeedback

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def pushInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushWarning(self, warning):  # noqa: N802
            self.lines.append(warning)

        def reportError(self, error, fatalError=False):  # noqa: N802, N803
            self.lines.append(error)

        def pushCommandInfo(self, info):  # noqa: N802
            self.lines.append(info)

        def pushDebugInfo(self, info):  # noqa: N802
            self.lines.append(info)

    logged = []

    def listen(message, _tag, _level):
        logged.append(message)

    uri, _ = simulated
    feedback = Feedback()
    areas = str(tmp_path / "top.gpkg")
    QgsApplication.messageLog().messageReceived.connect(listen)
    try:
        run("trygghet:riskmap", {"INPUT": uri, "AS_OF": (T0 + dt.timedelta(days=200)).isoformat(),
                                 "LOOKBACK_DAYS": 90, "PIXEL_SIZE": 25, "OUTPUT": str(tmp_path / "risk.tif"),
                                 "OUTPUT_AREAS": areas}, feedback=feedback)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(listen)
    assert feedback.lines, "the feedback was captured"
    said = feedback.lines + logged
    assert not [line for line in said if "alias" in line.lower() or "not supported" in line.lower()], said
    top = QgsVectorLayer(areas, "top", "ogr")
    assert {f["top_percent"] for f in top.getFeatures()} == {1, 5, 10}
    # the labels arrive with the style the output is loaded with
    from trygghet.plugin_paths import style_path

    assert top.loadNamedStyle(style_path("riskmap_areas"))[1]
    assert [top.attributeAlias(top.fields().indexOf(n)) for n in ("top_percent", "area_m2")] == [
        "Topp (% av ytan)", "Yta (m²)"]
