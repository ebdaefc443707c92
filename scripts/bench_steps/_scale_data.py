"""Synthetic incidents for the scaling benchmark (and the memory test): N points with a time and a category in a
GeoPackage, over a grid of areas, written through SQLite in bulk (an OGR feature loop takes minutes at 10M).

Generated, never committed; ``cached(folder, n)`` writes ``incidents-<n>.gpkg`` once and reuses it."""

import os
import sqlite3

import numpy as np

X0, Y0 = 330000.0, 6450000.0  # south-west corner, SWEREF 99 TM
AREA_SIZE = 1000.0
GRID = (20, 15)  # 300 areas of 1 km x 1 km: 20 km x 15 km, a town and its surroundings
CATEGORIES = ("skadegorelse", "klotter", "narkotika", "vald", "ran", "stold_inbrott", "ordningsstorning", "brand",
              "ovrigt")
_BLOB = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("order", "u1"),
                  ("type", "<u4"), ("x", "<f8"), ("y", "<f8")])


def cached(folder, n, seed=20):
    """Path of a GeoPackage with layers ``incidents`` (n points) and ``areas``, made once per folder and n."""
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, "incidents-{}.gpkg".format(int(n)))
    if not os.path.exists(path):
        write(path + ".part.gpkg", int(n), seed)
        os.replace(path + ".part.gpkg", path)
    return path


def write(path, n, seed=20, chunk=500_000):
    from osgeo import gdal, ogr, osr

    gdal.UseExceptions()
    if os.path.exists(path):
        os.remove(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    areas = ds.CreateLayer("areas", srs, ogr.wkbMultiPolygon)
    areas.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    areas.CreateField(ogr.FieldDefn("population", ogr.OFTInteger))
    kind = ogr.FieldDefn("kind", ogr.OFTString)
    areas.CreateField(kind)
    rng = np.random.default_rng(seed)
    ds.StartTransaction()
    for i in range(GRID[0]):
        for j in range(GRID[1]):
            f = ogr.Feature(areas.GetLayerDefn())
            f.SetField("name", "Område {:03d}".format(i * GRID[1] + j))
            f.SetField("population", int(rng.integers(500, 5000)))
            f.SetField("kind", "reference" if i >= GRID[0] - 2 else "focus")
            a, b = X0 + i * AREA_SIZE, Y0 + j * AREA_SIZE
            f.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON((({0} {1},{2} {1},{2} {3},{0} {3},{0} {1})))"
                                                    .format(a, b, a + AREA_SIZE, b + AREA_SIZE)))
            areas.CreateFeature(f)
    ds.CommitTransaction()
    lyr = ds.CreateLayer("incidents", srs, ogr.wkbPoint, options=["SPATIAL_INDEX=NO"])
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    lyr.CreateField(ogr.FieldDefn("weight", ogr.OFTReal))
    lyr.CreateField(ogr.FieldDefn("note", ogr.OFTString))  # an attribute no analysis reads
    geometry_column = lyr.GetGeometryColumn()
    ds = None

    width, height = GRID[0] * AREA_SIZE, GRID[1] * AREA_SIZE
    centres = rng.uniform((X0, Y0), (X0 + width, Y0 + height), size=(40, 2))
    con = sqlite3.connect(path)
    sql = 'INSERT INTO incidents ("{}", occurred_at, category, weight, note) VALUES (?, ?, ?, ?, ?)'.format(
        geometry_column)
    for a in range(0, n, chunk):
        m = min(chunk, n - a)
        hot = rng.random(m) < 0.4
        xy = rng.uniform((X0, Y0), (X0 + width, Y0 + height), size=(m, 2))
        pick = centres[rng.integers(0, len(centres), m)]
        xy[hot] = np.clip(pick[hot] + rng.normal(0.0, 150.0, size=(int(hot.sum()), 2)), (X0, Y0),
                          (X0 + width - 0.01, Y0 + height - 0.01))
        blob = np.zeros(m, dtype=_BLOB)
        blob["magic"], blob["flags"], blob["srs"], blob["order"], blob["type"] = b"GP", 1, 3006, 1, 1
        blob["x"], blob["y"] = xy[:, 0], xy[:, 1]
        raw = blob.tobytes()
        size = _BLOB.itemsize
        seconds = rng.integers(0, 5 * 365 * 86400, m)
        times = (np.datetime64("2020-01-01T00:00:00") + seconds.astype("timedelta64[s]")).astype(str)
        cats = np.asarray(CATEGORIES, dtype=object)[rng.integers(0, len(CATEGORIES), m)]
        weights = rng.integers(1, 4, m).astype(float)
        rows = ((raw[k * size:(k + 1) * size], times[k], cats[k], weights[k], "fri text") for k in range(m))
        con.executemany(sql, rows)
        con.commit()
    con.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = 'incidents'", (n,))
    con.execute("UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = "
                "'incidents'", (X0, Y0, X0 + width, Y0 + height))
    con.commit()
    con.close()
    ds = ogr.Open(path, 1)
    ds.ExecuteSQL("SELECT CreateSpatialIndex('incidents', '{}')".format(geometry_column))
    ds = None
    return path
