"""trygghet:hotspotdensity against QGIS's own heatmap and brute-force kernel sums, bad inputs and cancel."""

import math
import os

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

gdal.UseExceptions()

CATS = ("narkotika", "vald", "klotter")


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)
        super().pushWarning(warning)

    def text(self):
        return "\n".join(self.lines)


class CancelAfterFirstProgress(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.reports = 0

    def setProgress(self, progress):  # noqa: N802
        self.reports += 1
        super().setProgress(progress)

    def isCanceled(self):  # noqa: N802
        return self.reports > 0 or super().isCanceled()


def make_points(path, xs, ys, epsg=3006, times=None, cats=None, weights=None, name="incidents", null_geoms=0):
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(name, srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("weight", ogr.OFTReal))
    lyr.StartTransaction()
    for i, (x, y) in enumerate(zip(xs, ys)):
        f = ogr.Feature(lyr.GetLayerDefn())
        f.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({float(x)!r} {float(y)!r})"))
        if times is not None and times[i] is not None:
            f.SetField("occurred_at", times[i])
        if cats is not None:
            f.SetField("category", cats[i])
        if weights is not None:
            f.SetField("weight", float(weights[i]))
        lyr.CreateFeature(f)
    for _ in range(null_geoms):
        lyr.CreateFeature(ogr.Feature(lyr.GetLayerDefn()))
    lyr.CommitTransaction()
    ds = None
    return path + "|layername=" + name


def read_raster(path):
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    return ds.GetGeoTransform(), band.ReadAsArray().astype(np.float64), band.GetNoDataValue(), band.DataType


def brute_force(xs, ys, gt, shape, radius, kernel, scaled=False, weights=None, decay=0.0):
    """Textbook kernel sums at every cell centre, written as plain loops over points (Wand & Jones 1995)."""
    rows, cols = shape
    out = np.zeros(shape)
    ws = np.ones(len(xs)) if weights is None else weights
    for px, py, w in zip(xs, ys, ws):
        for r in range(rows):
            cy = gt[3] + (r + 0.5) * gt[5]
            if abs(cy - py) > radius:
                continue
            for c in range(cols):
                cx = gt[0] + (c + 0.5) * gt[1]
                d = math.hypot(cx - px, cy - py)
                if d > radius:
                    continue
                u = d / radius
                if kernel == "quartic":
                    k = (1 - u * u) ** 2 * (3 / (math.pi * radius ** 2) if scaled else 1)
                elif kernel == "uniform":
                    k = 1.0 / (math.pi * radius ** 2) if scaled else 1.0
                elif kernel == "triangular":
                    k = 1 - (1 - decay) * u
                out[r, c] += w * k
    return out


@pytest.fixture(scope="module")
def sample(tmp_path_factory):
    """40 clustered points with times, categories and weights in a GeoPackage (EPSG:3006)."""
    rng = np.random.default_rng(7)
    xs = np.round(340000 + rng.normal(0, 60, 40), 2)
    ys = np.round(6460000 + rng.normal(0, 60, 40), 2)
    base = np.datetime64("2023-01-01T00:00")
    times = [str(base + np.timedelta64(int(d), "D") + np.timedelta64(int(h), "h")).replace("T", " ")
             for d, h in zip(rng.integers(0, 730, 40), rng.integers(0, 24, 40))]
    cats = [CATS[i % 3] for i in range(40)]
    weights = rng.integers(1, 4, 40).astype(float)
    folder = tmp_path_factory.mktemp("kde")
    uri = make_points(str(folder / "points.gpkg"), xs, ys, times=times, cats=cats, weights=weights)
    return {"uri": uri, "x": xs, "y": ys, "times": np.array(times, dtype="datetime64[s]"), "cats": np.array(cats),
            "w": weights, "folder": folder}


@pytest.fixture(scope="module")
def aligned(sample):
    """The same points with y snapped to a 5 m lattice, plus two untimed "ram" (frame) points 300 m away.

    With a pixel of 5 m and a radius of (n + 0.5) × 5 m every point sits on a pixel-row centre, where QGIS's
    row-from-south/row-from-north quirk vanishes; the frame points keep the real ones away from the extent's edge,
    where QGIS truncates window origins toward zero. The tests leave the frame points out by filter or time, so
    the textbook sums below are exactly what QGIS computes."""
    ys = 6460000 + 5.0 * np.round((sample["y"] - 6460000) / 5.0)
    times = [str(t).replace("T", " ") for t in sample["times"]] + [None, None]
    xs = np.concatenate([sample["x"], [340000.0, 340000.0]])
    uri = make_points(str(sample["folder"] / "aligned.gpkg"), xs, np.concatenate([ys, [6459700.0, 6460300.0]]),
                      times=times, cats=list(sample["cats"]) + ["ram", "ram"], weights=np.append(sample["w"], [0, 0]))
    return dict(sample, y=ys, uri=uri)


@pytest.mark.parametrize("kernel", [0, 1, 2, 3, 4])
def test_same_grid_and_values_as_qgis_heatmap(run, sample, kernel):
    folder = sample["folder"]
    for scaled in (0, 1):
        params = {"INPUT": sample["uri"], "RADIUS": 45.0, "PIXEL_SIZE": 4.0, "KERNEL": kernel,
                  "DECAY": 0.3 if kernel == 1 else 0.0, "OUTPUT_VALUE": scaled}
        theirs_path = str(folder / f"qgis_{kernel}_{scaled}.tif")
        ours_path = str(folder / f"ours_{kernel}_{scaled}.tif")
        run("qgis:heatmapkerneldensityestimation", dict(params, OUTPUT=theirs_path))
        run("trygghet:hotspotdensity", dict(params, OUTPUT=ours_path))
        gt_q, a_q, nd_q, _ = read_raster(theirs_path)
        gt_o, a_o, nd_o, dtype = read_raster(ours_path)
        assert dtype == gdal.GDT_Float32
        assert a_o.shape == a_q.shape
        assert gt_o == pytest.approx(gt_q, abs=1e-9)
        assert nd_o == nd_q
        # QGIS leaves cells no kernel reaches at nodata; ours holds a true zero there (so periods subtract)
        reached = a_q != nd_q
        assert 0 < reached.sum() < a_q.size
        assert np.all(a_o[~reached] == 0)
        assert a_q.max() > 0
        assert np.abs(a_o[reached] - a_q[reached]).max() <= 0.005 * a_q.max(), (kernel, scaled)


def test_brute_force_with_weights_time_window_and_filter(run, aligned, tmp_path):
    sample = aligned
    out = str(tmp_path / "d.tif")
    feedback = LogFeedback()
    run("trygghet:hotspotdensity", {
        "INPUT": sample["uri"], "RADIUS": 42.5, "PIXEL_SIZE": 5.0, "KERNEL": 0, "OUTPUT_VALUE": 0,
        "WEIGHT_FIELD": "weight", "TIME_FIELD": "occurred_at", "START": "2023-06-01T00:00:00",
        "END": "2024-06-01T00:00:00", "FILTER": "\"category\" NOT IN ('klotter', 'ram')", "OUTPUT": out},
        feedback=feedback)
    gt, arr, _, _ = read_raster(out)
    t = sample["times"]
    keep = (t >= np.datetime64("2023-06-01")) & (t < np.datetime64("2024-06-01")) & (sample["cats"] != "klotter")
    assert 5 < keep.sum() < 35
    expected = brute_force(sample["x"][keep], sample["y"][keep], gt, arr.shape, 42.5, "quartic",
                           weights=sample["w"][keep])
    assert np.abs(arr - expected).max() <= 0.005 * expected.max()
    outside = int(((sample["cats"] != "klotter") & ~keep).sum())
    assert f"{outside} points lie outside the time window" in feedback.text()


def test_rate_per_km2_per_year_and_uniform_count(run, aligned, tmp_path):
    sample = aligned
    out = str(tmp_path / "rate.tif")
    run("trygghet:hotspotdensity", {
        "INPUT": sample["uri"], "RADIUS": 52.5, "PIXEL_SIZE": 5.0, "KERNEL": 0, "OUTPUT_VALUE": 2,
        "TIME_FIELD": "occurred_at", "START": "2023-01-01T00:00:00", "END": "2025-01-01T00:00:00", "OUTPUT": out})
    gt, arr, _, _ = read_raster(out)
    years = 731 / 365.25  # 2023 + 2024 (leap year)
    expected = brute_force(sample["x"], sample["y"], gt, arr.shape, 52.5, "quartic", scaled=True) * 1e6 / years
    assert np.abs(arr - expected).max() <= 0.005 * expected.max()
    # uniform Raw = number of points within the radius of each cell centre
    out2 = str(tmp_path / "uni.tif")
    run("trygghet:hotspotdensity", {"INPUT": sample["uri"], "RADIUS": 32.5, "PIXEL_SIZE": 5.0, "KERNEL": 2,
                                    "FILTER": "\"category\" <> 'ram'", "OUTPUT": out2})
    gt, arr, _, _ = read_raster(out2)
    counts = brute_force(sample["x"], sample["y"], gt, arr.shape, 32.5, "uniform")
    assert np.array_equal(arr, counts)


def test_mask_sets_outside_cells_to_nodata_and_style_is_written(run, sample, tmp_path):
    mask_path = str(tmp_path / "mask.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(mask_path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("areas", srs, ogr.wkbPolygon)
    f = ogr.Feature(lyr.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON ((339950 6459950, 340050 6459950, 340050 6460050, "
                                            "339950 6460050, 339950 6459950))"))
    lyr.CreateFeature(f)
    ds = None
    plain, masked = str(tmp_path / "plain.tif"), str(tmp_path / "masked.tif")
    params = {"INPUT": sample["uri"], "RADIUS": 40.0, "PIXEL_SIZE": 5.0}
    run("trygghet:hotspotdensity", dict(params, OUTPUT=plain))
    run("trygghet:hotspotdensity", dict(params, MASK=mask_path + "|layername=areas", OUTPUT=masked))
    gt, a, nodata, _ = read_raster(plain)
    gt2, m, _, _ = read_raster(masked)
    assert gt == gt2
    rows, cols = a.shape
    cx = gt[0] + (np.arange(cols) + 0.5) * gt[1]
    cy = gt[3] + (np.arange(rows) + 0.5) * gt[5]
    inside = ((cx[None, :] > 339950) & (cx[None, :] < 340050) & (cy[:, None] > 6459950) & (cy[:, None] < 6460050))
    assert inside.sum() == 400  # 20 x 20 cells of 5 m
    assert np.all(m[~inside] == nodata)
    assert np.array_equal(m[inside], a[inside])
    # the sidecar style: pseudocolour ramp from transparent zero up to the raster's maximum
    qml = os.path.splitext(plain)[0] + ".qml"
    assert os.path.exists(qml)
    layer = QgsRasterLayer(plain, "d", "gdal")
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    items = layer.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert items[0].value == 0 and items[0].color.alpha() == 0
    assert items[-1].value == pytest.approx(a.max(), rel=1e-5)
    assert all(i.color.alpha() > 0 for i in items[1:])


def test_geographic_input_is_transformed_and_null_times_are_counted(run, tmp_path):
    lon = np.array([12.28, 12.2805, 12.281, 12.2802, 12.2812])
    lat = np.array([58.28, 58.2802, 58.2798, 58.2801, 58.2805])
    times = [f"2024-01-0{i + 1} 12:00" for i in range(4)] + [None]
    uri = make_points(str(tmp_path / "wgs.gpkg"), lon, lat, epsg=4326, times=times, null_geoms=2)
    out = str(tmp_path / "wgs.tif")
    feedback = LogFeedback()
    run("trygghet:hotspotdensity", {"INPUT": uri, "RADIUS": 100.0, "PIXEL_SIZE": 10.0, "KERNEL": 2,
                                    "TIME_FIELD": "occurred_at", "OUTPUT": out}, feedback=feedback)
    log = feedback.text()
    assert "EPSG:3006" in log
    assert "1 points have no valid time" in log
    assert "Skipped 2 of 7 features of" in log and "no geometry." in log, log
    ds = gdal.Open(out)
    srs = osr.SpatialReference(wkt=ds.GetProjection())
    assert srs.GetAuthorityCode(None) == "3006"
    assert ds.GetGeoTransform()[1] == 10.0
    assert ds.GetRasterBand(1).ReadAsArray().max() == 4  # the four timed points lie within 100 m of each other


def test_bad_inputs_fail_clearly_without_output(run, sample, tmp_path):
    out = str(tmp_path / "bad.tif")
    empty = make_points(str(tmp_path / "empty.gpkg"), [], [])
    cases = [
        ({"INPUT": empty}, "no features"),
        ({"INPUT": sample["uri"], "FILTER": "\"category\" = = 'x'"}, "filter expression is invalid"),
        ({"INPUT": sample["uri"], "FILTER": "\"nosuchfield\" = 1"}, "nosuchfield"),
        ({"INPUT": sample["uri"], "PIXEL_SIZE": 0.01}, "GiB"),
        ({"INPUT": sample["uri"], "TIME_FIELD": "", "START": "2024-01-01T00:00:00"}, "needs a time field"),
        ({"INPUT": sample["uri"], "TIME_FIELD": "", "OUTPUT_VALUE": 2}, "needs a time field"),
        ({"INPUT": sample["uri"], "TIME_FIELD": "nosuchtime"}, "no field “nosuchtime”"),
        ({"INPUT": sample["uri"], "FILTER": "\"category\" = 'brand'"}, "No points are left"),
    ]
    for params, message in cases:
        with pytest.raises(QgsProcessingException, match=message):
            run("trygghet:hotspotdensity", dict({"RADIUS": 40.0, "PIXEL_SIZE": 5.0, "OUTPUT": out}, **params))
        assert not os.path.exists(out)


def test_cancel_leaves_no_output(run, sample, tmp_path):
    out = str(tmp_path / "cancelled.tif")
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("trygghet:hotspotdensity", {"INPUT": sample["uri"], "RADIUS": 40.0, "PIXEL_SIZE": 1.0, "OUTPUT": out},
            feedback=CancelAfterFirstProgress())
    assert not os.path.exists(out)
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tif")]
