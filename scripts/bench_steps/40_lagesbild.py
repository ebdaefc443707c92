"""Bench: area summary over 1,000,000 incidents and 200 areas through processing.run (target ≤ 5 s)."""

import os

import numpy as np

ORDER = 40
N_POINTS = 1_000_000
GRID = (20, 10)  # 200 areas of 500 m x 500 m


def _make(path, seed=5):
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    areas = ds.CreateLayer("areas", srs, ogr.wkbMultiPolygon)
    areas.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    areas.CreateField(ogr.FieldDefn("population", ogr.OFTInteger))
    x0, y0, size = 340000.0, 6460000.0, 500.0
    ds.StartTransaction()
    for i in range(GRID[0]):
        for j in range(GRID[1]):
            f = ogr.Feature(areas.GetLayerDefn())
            f.SetField("name", f"Område {i * GRID[1] + j:03d}")
            f.SetField("population", int(rng.integers(500, 5000)))
            a, b = x0 + i * size, y0 + j * size
            f.SetGeometry(ogr.CreateGeometryFromWkt(
                "MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))".format(a, b, a + size, b + size)))
            areas.CreateFeature(f)
    ds.CommitTransaction()
    lyr = ds.CreateLayer("incidents", srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    xs = rng.uniform(x0, x0 + GRID[0] * size, N_POINTS)
    ys = rng.uniform(y0, y0 + GRID[1] * size, N_POINTS)
    secs = rng.integers(0, 4 * 365 * 86400, N_POINTS)
    times = (np.datetime64("2021-01-01T00:00:00") + secs.astype("timedelta64[s]")).astype(str)
    cats = np.array(["skadegorelse", "klotter", "narkotika", "vald", "ran", "stold_inbrott", "ordningsstorning",
                     "brand", "ovrigt"])[rng.integers(0, 9, N_POINTS)]
    defn = lyr.GetLayerDefn()
    ds.StartTransaction()
    for k in range(N_POINTS):
        f = ogr.Feature(defn)
        f.SetField(0, times[k])
        f.SetField(1, cats[k])
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(xs[k]), float(ys[k]))
        f.SetGeometry(g)
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None


def run(bench):
    path = os.path.join(bench.scratch, "lagesbild_1m.gpkg")
    _make(path)
    params = {"INPUT": path + "|layername=incidents", "AREAS": path + "|layername=areas",
              "CURRENT_START": "2024-01-01", "CURRENT_END": "2025-01-01", "REFERENCE_START": "2023-01-01",
              "REFERENCE_END": "2024-01-01", "REFERENCE_AREAS": "Område 000", "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_MAP": "TEMPORARY_OUTPUT"}
    seconds, result = bench.timed(bench.processing.run, "trygghet:areasummary", params)
    bench.row("areasummary 1M incidents × 200 areas", seconds, 5.0, "target",
              "{} rows".format(result["OUTPUT"].featureCount()))
