"""Streamed reading for millions of points: batch by batch the reader gives exactly the points and values of the
all-at-once reader, the three streamed algorithms give what an independent computation over all points gives,
whatever the batch size, and the density's memory estimate follows what it really allocates."""

import datetime
import importlib.util
import json
import os
import subprocess
import sys

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingParameterFeatureSource,
    QgsProject,
)
from trygghet.processing import grids, reader
from trygghet.processing.base import TrygghetAlgorithm

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWEREF = QgsCoordinateReferenceSystem("EPSG:3006")
N = 3011  # no batch size below divides it
X0, Y0, SIDE = 340000.0, 6460000.0, 500.0  # 2 x 2 square areas of 500 m; some points fall outside them
CATS = ("skadegorelse", "klotter", "narkotika")


class Probe(TrygghetAlgorithm):
    NAME = "probe"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "input"))


def _srs():
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    return srs


def _time_text(t, k):
    """The time in one of the accepted formats, or something that is no time at all."""
    form = k % 7
    if form == 0:
        return t.strftime("%Y-%m-%dT%H:%M:%S")
    if form == 1:
        return t.strftime("%Y-%m-%d %H:%M")
    if form == 2:
        return t.strftime("%Y-%m-%d")
    if form == 3:
        return t.strftime("%Y-%m-%d %H:%M:%S")
    if form == 4:
        return "okänd"
    if form == 5:
        return None
    return t.strftime("%Y-%m-%dT%H:%M")


def _true_time(t, k):
    form = k % 7
    if form in (4, 5):
        return None
    if form == 2:
        return datetime.datetime(t.year, t.month, t.day)
    if form in (1, 6):
        return t.replace(second=0)
    return t


@pytest.fixture(scope="module")
def data(tmp_path_factory, qgis_app):
    """Incidents (text times in mixed formats, categories with blanks, weights with nulls, a text field holding
    numbers and words, a few features without geometry) and 2 x 2 square areas, in two GeoPackages."""
    rng = np.random.default_rng(7)
    folder = tmp_path_factory.mktemp("stream")
    path = str(folder / "incidents.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("incidents", _srs(), ogr.wkbPoint)
    for name, kind in (("occurred_at", ogr.OFTString), ("category", ogr.OFTString), ("weight", ogr.OFTReal),
                       ("amount", ogr.OFTString), ("note", ogr.OFTString)):
        lyr.CreateField(ogr.FieldDefn(name, kind))
    x = rng.uniform(X0 - 100.0, X0 + 2 * SIDE + 100.0, N)
    y = rng.uniform(Y0 - 100.0, Y0 + 2 * SIDE + 100.0, N)
    base = datetime.datetime(2021, 1, 1)
    times = [base + datetime.timedelta(seconds=int(s)) for s in rng.integers(0, 4 * 365 * 86400, N)]
    cats = [CATS[int(c)] for c in rng.integers(0, 3, N)]
    rows = []
    ds.StartTransaction()
    for k in range(N):
        f = ogr.Feature(lyr.GetLayerDefn())
        text = _time_text(times[k], k)
        if text is not None:
            f.SetField("occurred_at", text)
        category = "" if k % 53 == 0 else (None if k % 59 == 0 else cats[k])
        if category is not None:
            f.SetField("category", category)
        weight = None if k % 31 == 0 else float(k % 4 + 1)
        if weight is not None:
            f.SetField("weight", weight)
        f.SetField("amount", "tolv" if k % 11 == 0 else str(k % 13))
        f.SetField("note", "fri text {}".format(k))
        has_geometry = k % 97 != 5
        if has_geometry:
            g = ogr.Geometry(ogr.wkbPoint)
            g.AddPoint_2D(float(x[k]), float(y[k]))
            f.SetGeometry(g)
        lyr.CreateFeature(f)
        rows.append({"x": x[k], "y": y[k], "time": _true_time(times[k], k), "category": category,
                     "weight": weight, "geometry": has_geometry})
    ds.CommitTransaction()
    ds = None
    areas_path = str(folder / "areas.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(areas_path)
    lyr = ds.CreateLayer("areas", _srs(), ogr.wkbMultiPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("population", ogr.OFTInteger))
    for i in range(2):
        for j in range(2):
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetField("name", "A{}{}".format(i, j))
            f.SetField("population", 1000 + 100 * (2 * i + j))
            a, b = X0 + i * SIDE, Y0 + j * SIDE
            f.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))"
                                                    .format(a, b, a + SIDE, b + SIDE)))
            lyr.CreateFeature(f)
    ds = None
    return {"incidents": path + "|layername=incidents", "areas": areas_path + "|layername=areas", "rows": rows}


def _context():
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


def _same_column(a, b):
    a, b = np.asarray(a), np.asarray(b)
    assert a.shape == b.shape
    if a.dtype.kind == "f":
        np.testing.assert_array_equal(a, b)  # NaN equals NaN here
    elif a.dtype.kind == "M":
        assert ((a == b) | (np.isnat(a) & np.isnat(b))).all()
    else:
        assert a.tolist() == b.tolist()


@pytest.mark.parametrize("expression", [None, "\"weight\" >= 2 OR \"category\" = 'klotter'"])
@pytest.mark.parametrize("batch", [997, 1000, 5000])
def test_stream_equals_all_at_once(data, batch, expression):
    alg = Probe()
    alg.initAlgorithm()
    fields = ("occurred_at", "category", "weight", "amount")
    parameters = {"INPUT": data["incidents"]}
    whole = reader.read_points(alg, parameters, "INPUT", _context(), QgsProcessingFeedback(), SWEREF, fields,
                               expression)
    batches = list(reader.stream_points(alg, parameters, "INPUT", _context(), QgsProcessingFeedback(), SWEREF,
                                        fields, expression, batch_size=batch))
    assert all(len(b) <= batch for b in batches) and len(batches) >= 1
    assert {b.method for b in batches} == {"iterate" if expression else "arrow"}
    assert sum(b.null_geometries for b in batches) == whole.null_geometries
    # independent: the features written without a geometry, and those the expression selects
    rows = data["rows"]
    expected = [r for r in rows if r["geometry"] and (expression is None or (r["weight"] or 0) >= 2
                                                        or r["category"] == "klotter")]
    assert len(whole) == len(expected)
    np.testing.assert_array_equal(np.concatenate([b.x for b in batches]), whole.x)
    np.testing.assert_array_equal(np.concatenate([b.y for b in batches]), whole.y)
    for f in fields:
        _same_column(np.concatenate([b.attributes[f] for b in batches]), whole.attributes[f])
    assert "tolv" in set(whole.attributes["amount"].tolist())  # text in a field of numbers stays text


def _in_window(rows, start=None, end=None):
    return [r for r in rows if r["geometry"] and r["time"] is not None
            and (start is None or r["time"] >= start) and (end is None or r["time"] < end)]


@pytest.fixture
def small_batches(monkeypatch):
    """The streamed algorithms read 997 points at a time (and the density sums passes of 300 points)."""
    monkeypatch.setattr(reader, "BATCH_ROWS", 997)
    monkeypatch.setattr(grids, "DENSITY_CHUNK", 300)


def _area_of(r):
    i, j = np.floor((r["x"] - X0) / SIDE), np.floor((r["y"] - Y0) / SIDE)
    return "A{}{}".format(int(i), int(j)) if 0 <= i < 2 and 0 <= j < 2 else None


def _summary(run, data, **extra):
    from qgis.core import QgsVectorLayer

    params = {"INPUT": data["incidents"], "AREAS": data["areas"], "TIME_FIELD": "occurred_at",
              "CATEGORY_FIELD": "category", "REFERENCE_AREAS": "A11", "MIN_COUNT": 0, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    layer = run("trygghet:areasummary", params)["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer)
    return {(f["area"], f["category"]): (f["n_current"], f["n_reference"]) for f in layer.getFeatures()}


@pytest.mark.parametrize("periods", ["given", "default"])
def test_areasummary_streamed_counts(run, data, small_batches, periods):
    rows = [r for r in data["rows"] if r["category"] and r["category"].strip()]
    if periods == "given":
        c = (datetime.datetime(2023, 3, 1, 12, 0), datetime.datetime(2024, 2, 10))
        r = (datetime.datetime(2022, 1, 1), datetime.datetime(2023, 3, 1, 12, 0))
        extra = {"CURRENT_START": "2023-03-01T12:00:00", "CURRENT_END": "2024-02-10T00:00:00",
                 "REFERENCE_START": "2022-01-01T00:00:00", "REFERENCE_END": "2023-03-01T12:00:00"}
    else:  # the current period ends the day after the last incident and lasts a year; the reference year before
        last = max(x["time"] for x in data["rows"] if x["geometry"] and x["time"] is not None)
        end = datetime.datetime(last.year, last.month, last.day) + datetime.timedelta(days=1)
        start = end.replace(year=end.year - 1)
        c, r = (start, end), (start - (end - start), start)
        extra = {}
    got = _summary(run, data, **extra)
    for area in ("A00", "A01", "A10", "A11"):
        for category in CATS + ("alla",):
            def count(period, area=area, category=category):
                return sum(1 for x in _in_window(rows, *period) if _area_of(x) == area
                           and (category == "alla" or x["category"] == category))
            assert got[(area, category)] == (count(c), count(r)), (area, category)


def test_density_streamed_with_filter_and_window(run, data, small_batches, tmp_path):
    from trygghet.core import kde

    out = str(tmp_path / "density.tif")
    run("trygghet:hotspotdensity", {"INPUT": data["incidents"], "RADIUS": 150.0, "PIXEL_SIZE": 20.0,
                                    "WEIGHT_FIELD": "weight", "TIME_FIELD": "occurred_at",
                                    "START": "2022-01-01T00:00:00", "END": "2024-01-01T00:00:00",
                                    "FILTER": "\"category\" <> 'narkotika'", "OUTPUT": out})
    chosen = [r for r in _in_window(data["rows"], datetime.datetime(2022, 1, 1), datetime.datetime(2024, 1, 1))
              if r["category"] is not None and r["category"] != "narkotika"]  # NULL <> 'x' is not true
    assert len(chosen) > 2 * 300  # more than two density passes
    located = [r for r in data["rows"] if r["geometry"]]
    grid = kde.grid_for_points(min(r["x"] for r in located), min(r["y"] for r in located),
                               max(r["x"] for r in located), max(r["y"] for r in located), 150.0, 20.0)
    expected = kde.kernel_density_exact(np.array([r["x"] for r in chosen]), np.array([r["y"] for r in chosen]),
                                        grid, 150.0, weights=np.array([r["weight"] or 0.0 for r in chosen]))
    raster = gdal.Open(out).ReadAsArray()
    assert raster.shape == expected.shape
    np.testing.assert_allclose(raster, expected, rtol=0, atol=5e-3 * float(expected.max()))


def test_hotspotstatistics_streamed_equals_one_batch(run, data, monkeypatch):
    from qgis.core import QgsVectorLayer

    def values():
        params = {"INPUT": data["incidents"], "CELL_SIZE": 100.0, "TIME_FIELD": "occurred_at",
                  "START": "2022-01-01T00:00:00", "END": "2024-01-01T00:00:00", "OUTPUT": "TEMPORARY_OUTPUT"}
        layer = run("trygghet:hotspotstatistics", params)["OUTPUT"]
        if isinstance(layer, str):
            layer = QgsVectorLayer(layer)
        return sorted((round(f.geometry().centroid().asPoint().x(), 3), round(f.geometry().centroid().asPoint().y(),
                       3), f["value"]) for f in layer.getFeatures())

    whole = values()
    monkeypatch.setattr(reader, "BATCH_ROWS", 997)
    streamed = values()
    assert streamed == whole
    expected = len(_in_window(data["rows"], datetime.datetime(2022, 1, 1), datetime.datetime(2024, 1, 1)))
    assert sum(v for _, _, v in whole) == expected


def _scale_module(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(REPO, "scripts", "bench_steps", name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_density_memory_estimate_matches_measured_peak(tmp_path, qgis_app):
    """At 1,000,000 points the estimate lies within 0.5–1.5× of the peak the run really allocates: tracemalloc's
    peak of Python and numpy memory, and the growth of the process's anonymous resident memory."""
    from trygghet.core import kde
    from trygghet.core.scale import density_memory

    data = _scale_module("_scale_data")
    path = data.cached(str(tmp_path), 1_000_000)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    done = subprocess.run([sys.executable, os.path.join(REPO, "scripts", "bench_steps", "_scale_run.py"),
                           "hotspotdensity", path, "--trace"], capture_output=True, text=True, env=env,
                          timeout=900, check=True)
    measured = json.loads(done.stdout.strip().splitlines()[-1])
    x1, y1 = data.X0 + data.GRID[0] * data.AREA_SIZE, data.Y0 + data.GRID[1] * data.AREA_SIZE
    grid = kde.grid_for_points(data.X0, data.Y0, x1, y1, 200.0, 10.0)
    estimate = density_memory(grid, 200.0, 0, 1_000_000, 0.0, grids.DENSITY_CHUNK, reader.BATCH_ROWS,
                              weighted=False)["total"] / 2.0 ** 20
    detail = "estimate {:.0f} MiB, measured {}".format(estimate, json.dumps(measured))
    assert 0.5 <= estimate / measured["traced_peak_mib"] <= 1.5, detail
    # the growth of anonymous resident memory (the GeoPackage's mapped file pages left out) also counts what
    # tracemalloc does not see (GDAL's buffers, the allocator's slack): the estimate is at least half of it
    assert 0.5 <= estimate / measured["anon_peak_extra_mib"] <= 1.5, detail


def test_memory_guard_lets_ten_million_points_through_and_advises_what_helps(run, data, tmp_path):
    from trygghet.core import kde
    from trygghet.core.scale import density_memory

    data_module = _scale_module("_scale_data")
    x1 = data_module.X0 + data_module.GRID[0] * data_module.AREA_SIZE
    y1 = data_module.Y0 + data_module.GRID[1] * data_module.AREA_SIZE
    grid = kde.grid_for_points(data_module.X0, data_module.Y0, x1, y1, 200.0, 10.0)
    for kernel in range(5):
        need = density_memory(grid, 200.0, kernel, 10_000_000, 0.0, grids.DENSITY_CHUNK, reader.BATCH_ROWS)
        assert need["total"] <= grids.MEMORY_GUARD  # 10M points over a 20 km x 15 km town at 10 m pixels
    # a raster too large for memory: the advice is about the pixel size, and a larger pixel does help
    with pytest.raises(QgsProcessingException, match="larger pixel size"):
        run("trygghet:hotspotdensity", {"INPUT": data["incidents"], "RADIUS": 2.0, "PIXEL_SIZE": 0.05,
                                        "OUTPUT": str(tmp_path / "huge.tif")})
    run("trygghet:hotspotdensity", {"INPUT": data["incidents"], "RADIUS": 2.0, "PIXEL_SIZE": 1.0,
                                    "OUTPUT": str(tmp_path / "fine.tif")})
    # too many points for the limit: the advice is to map fewer of them, not to change the pixels
    many = density_memory(grid, 200.0, 0, 60_000_000, 0.0, grids.DENSITY_CHUNK, reader.BATCH_ROWS)
    assert many["total"] > grids.MEMORY_GUARD and many["points"] > many["raster"]


# ---------------------------------------------------------------------------------------------------------------
# PostGIS as the engine

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


@pytest.fixture(scope="module")
def timed_gpkg(data, tmp_path_factory):
    """The incidents again with their true times in a timestamp field (nulls where none), and the areas."""
    path = str(tmp_path_factory.mktemp("timed") / "timed.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    lyr = ds.CreateLayer("incidents", _srs(), ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("occurred_text", ogr.OFTString))
    ds.StartTransaction()
    for r in data["rows"]:
        f = ogr.Feature(lyr.GetLayerDefn())
        if r["time"] is not None:
            t = r["time"]
            f.SetField("occurred_at", t.year, t.month, t.day, t.hour, t.minute, t.second, 0)
            f.SetField("occurred_text", t.strftime("%Y-%m-%d %H:%M:%S"))
        if r["category"] is not None:
            f.SetField("category", r["category"])
        if r["geometry"]:
            g = ogr.Geometry(ogr.wkbPoint)
            g.AddPoint_2D(float(r["x"]), float(r["y"]))
            f.SetGeometry(g)
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    gdal.VectorTranslate(path, data["areas"].split("|")[0], accessMode="update", layerName="areas")
    return path


def _pg_layers(pg_uri, gpkg, prefix):
    """The GeoPackage's incidents and areas copied into PostGIS (timestamp without time zone, text) as layers."""
    from qgis.core import QgsDataSourceUri, QgsVectorLayer

    uri = QgsDataSourceUri(pg_uri)
    target = "PG:host={} port={} dbname={} user={}".format(uri.host(), uri.port(), uri.database(), uri.username())
    layers = []
    for name, types in (("incidents", "occurred_at=timestamp,category=text,occurred_text=text"),
                        ("areas", "name=text")):
        table = "{}_{}".format(prefix, name)
        gdal.VectorTranslate(target, gpkg, layers=[name], layerName=table, accessMode="overwrite",
                             layerCreationOptions=["GEOMETRY_NAME=geom", "FID=id", "COLUMN_TYPES=" + types])
        layer_uri = QgsDataSourceUri(pg_uri)
        layer_uri.setDataSource("public", table, "geom", "", "id")
        layer = QgsVectorLayer(layer_uri.uri(False), table, "postgres")
        assert layer.isValid() and layer.featureCount() > 0
        layers.append(layer)
    return layers


def _summary_rows(run, incidents, areas, feedback, **extra):
    from qgis.core import QgsVectorLayer

    params = {"INPUT": incidents, "AREAS": areas, "TIME_FIELD": "occurred_at", "CATEGORY_FIELD": "category",
              "REFERENCE_AREAS": "A11", "MIN_COUNT": 3, "OUTPUT": "TEMPORARY_OUTPUT"}
    params.update(extra)
    layer = run("trygghet:areasummary", params, feedback=feedback)["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer)
    names = layer.fields().names()
    return sorted(tuple(None if f[n] is None or (hasattr(f[n], "isNull") and f[n].isNull()) else f[n]
                        for n in names) for f in layer.getFeatures())


@pytest.mark.parametrize("periods", [{}, {"CURRENT_START": "2023-03-01T12:00:00", "CURRENT_END": "2024-02-10T00:00:00",
                                          "REFERENCE_START": "2022-01-01T00:00:00",
                                          "REFERENCE_END": "2023-03-01T12:00:00"}])
def test_areasummary_counts_in_postgis_as_in_the_geopackage(run, pg_uri, timed_gpkg, data, periods):
    pg_incidents, pg_areas = _pg_layers(pg_uri, timed_gpkg, "stream")
    in_db = LogFeedback()
    got = _summary_rows(run, pg_incidents, pg_areas, in_db, **periods)
    assert "The incidents were counted in the PostGIS database." in in_db.lines
    client = LogFeedback()
    expected = _summary_rows(run, timed_gpkg + "|layername=incidents", timed_gpkg + "|layername=areas", client,
                             **periods)
    assert not any("database" in line for line in client.lines)
    assert got == expected and len(got) == 4 * 4
    # the same log lines about what was left out
    for lines in (in_db.lines, client.lines):
        skipped = [line for line in lines if "no geometry" in line or "without" in line or "outside" in line]
        assert len(skipped) == 4, lines
    without_time = sum(1 for r in data["rows"] if r["geometry"] and r["time"] is None)
    assert any(line.startswith("{} incidents without a valid time".format(without_time)) for line in in_db.lines)


def test_areasummary_falls_back_with_a_log_line(run, pg_uri, timed_gpkg):
    pg_incidents, pg_areas = _pg_layers(pg_uri, timed_gpkg, "fallback")
    feedback = LogFeedback()
    got = _summary_rows(run, pg_incidents, pg_areas, feedback, TIME_FIELD="occurred_text")
    assert any(line.startswith("The incidents are counted here, not in the database: the time field is not a date "
                               "or a timestamp") for line in feedback.lines)
    in_db = _summary_rows(run, pg_incidents, pg_areas, LogFeedback())
    assert got == in_db  # the text times say the same as the timestamps


def test_density_reads_postgis_with_the_window_in_the_query(run, pg_uri, timed_gpkg, tmp_path):
    pg_incidents, _ = _pg_layers(pg_uri, timed_gpkg, "density")
    params = {"RADIUS": 150.0, "PIXEL_SIZE": 20.0, "TIME_FIELD": "occurred_at", "START": "2022-01-01T00:00:00",
              "END": "2024-01-01T00:00:00", "FILTER": "\"category\" <> 'narkotika'"}
    in_db = LogFeedback()
    run("trygghet:hotspotdensity", dict(params, INPUT=pg_incidents, OUTPUT=str(tmp_path / "pg.tif")),
        feedback=in_db)
    assert "The time window is applied in the database's query." in in_db.lines
    run("trygghet:hotspotdensity", dict(params, INPUT=timed_gpkg + "|layername=incidents",
                                        OUTPUT=str(tmp_path / "gpkg.tif")), feedback=LogFeedback())
    from_pg = gdal.Open(str(tmp_path / "pg.tif")).ReadAsArray()
    from_gpkg = gdal.Open(str(tmp_path / "gpkg.tif")).ReadAsArray()
    assert from_pg.shape == from_gpkg.shape and from_gpkg.max() > 0
    # the same points in another order: equal up to the rounding of the sums
    np.testing.assert_allclose(from_pg, from_gpkg, rtol=0, atol=1e-6 * float(from_gpkg.max()))
