"""Bench: saferoutes on 20,000 segments, 10,000 lamps, 100,000 incidents, 2,000 findings (target ≤ 10 s)."""

import os

import numpy as np
from osgeo import ogr, osr

ORDER = 50


def _write(path, name, geom_type, rows, fields=()):
    ds = ogr.Open(path, 1) if os.path.exists(path) else ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer(name, srs, geom_type)
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    ds.StartTransaction()
    defn = lyr.GetLayerDefn()
    for wkt, attrs in rows:
        f = ogr.Feature(defn)
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for (fname, _), value in zip(fields, attrs):
            f.SetField(fname, value)
        lyr.CreateFeature(f)
    ds.CommitTransaction()


def run(bench):
    rng = np.random.default_rng(5)
    path = os.path.join(bench.scratch, "paths_bench.gpkg")
    # 200 lines of 2500 m = 500 km of paths = 20,000 segments of 25 m
    rows = []
    for r in range(200):
        x0, y = 340000 + 30.0 * r, 6460000 + 2600.0 * (r // 10) + 12.0 * r
        rows.append((f"LINESTRING({x0} {y}, {x0 + 2500} {y})", [f"Stråk {r}"]))
    _write(path, "paths", ogr.wkbLineString, rows, (("name", ogr.OFTString),))
    xmin, xmax, ymin, ymax = 340000, 348500, 6460000, 6480000
    lamps = [(f"POINT({x} {y})", ["ok"]) for x, y in zip(rng.uniform(xmin, xmax, 10000),
                                                                    rng.uniform(ymin, ymax, 10000))]
    _write(path, "lamps", ogr.wkbPoint, lamps, (("status", ogr.OFTString),))
    inc = [(f"POINT({x} {y})", [f"2024-0{1 + i % 9}-15T12:00:00"])
           for i, (x, y) in enumerate(zip(rng.uniform(xmin, xmax, 100000), rng.uniform(ymin, ymax, 100000)))]
    _write(path, "incidents", ogr.wkbPoint, inc, (("occurred_at", ogr.OFTDateTime),))
    fnd = [(f"POINT({x} {y})", [int(s)]) for x, y, s in zip(
        rng.uniform(xmin, xmax, 2000), rng.uniform(ymin, ymax, 2000), rng.integers(1, 4, 2000))]
    _write(path, "findings", ogr.wkbPoint, fnd, (("severity", ogr.OFTInteger),))
    uri = path + "|layername={}"
    out = os.path.join(bench.scratch, "scored.gpkg")
    seconds, _ = bench.timed(bench.processing.run, "trygghet:saferoutes", {
        "PATHS": uri.format("paths"), "LAMPS": uri.format("lamps"), "INCIDENTS": uri.format("incidents"),
        "FINDINGS": uri.format("findings"), "OUTPUT": out})
    result = ogr.Open(out)
    n = result.GetLayer(0).GetFeatureCount()
    result = None
    bench.row(f"saferoutes {n} segments, 10k lamps, 100k inc.", seconds, 10.0, "issue target 10 s",
              "2,000 findings, incl. writing the GeoPackage")
