"""Bench: safestroute over a street grid of about 2,900 lines with T-junctions and crossings without a shared
vertex (the whole network is noded and built, then both routes are found)."""

import os

import numpy as np
from osgeo import ogr, osr

ORDER = 55


def run(bench):
    rng = np.random.default_rng(7)
    path = os.path.join(bench.scratch, "route_bench.gpkg")
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("segments", srs, ogr.wkbLineString)
    lyr.CreateField(ogr.FieldDefn("index", ogr.OFTReal))
    x0, y0, n, step = 340000.0, 6460000.0, 50, 100.0
    wkts = []
    # east-west streets cut into blocks; each block ends on the side of a north-south street (a T-junction)
    for i in range(n + 1):
        for j in range(n):
            wkts.append("LINESTRING({} {}, {} {})".format(x0 + step * j, y0 + step * i + 1e-5,
                                                          x0 + step * (j + 1), y0 + step * i + 1e-5))
    # north-south streets as single long lines
    for j in range(n + 1):
        wkts.append("LINESTRING({x} {a}, {x} {b})".format(x=x0 + step * j, a=y0, b=y0 + step * n))
    # diagonal paths crossing blocks without shared vertices
    for _ in range(300):
        ax, ay = rng.uniform(0, step * n, 2)
        ang = rng.uniform(0, np.pi)
        wkts.append("LINESTRING({} {}, {} {})".format(x0 + ax, y0 + ay, x0 + ax + 250 * np.cos(ang),
                                                      y0 + ay + 250 * np.sin(ang)))
    ds.StartTransaction()
    defn = lyr.GetLayerDefn()
    for wkt in wkts:
        f = ogr.Feature(defn)
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        f.SetField("index", float(rng.uniform(0, 100)))
        lyr.CreateFeature(f)
    ds.CommitTransaction()
    ds = None
    seconds, out = bench.timed(bench.processing.run, "trygghet:safestroute", {
        "INPUT": path + "|layername=segments", "START": "{},{} [EPSG:3006]".format(x0, y0),
        "END": "{},{} [EPSG:3006]".format(x0 + step * n, y0 + step * n), "OUTPUT": "memory:"})
    bench.row("safestroute {} lines, corner to corner".format(len(wkts)), seconds, None, "",
              "shortest {:.0f} m".format(out["SHORTEST_LENGTH"]))
