"""Bench: trygghet:riskmap on 1,000,000 incidents (a year in a town of 8 x 8 km, 25 m cells, scored on the last four
weeks) and trygghet:forecast for 200 areas x 10 categories, five years of months, 12 months ahead.

TRYGGHET_BENCH_POINTS overrides the risk map's incident count.
"""

import datetime as dt
import os
import time

import numpy as np

ORDER = 80
X0, Y0 = 340000.0, 6456000.0
T0 = dt.datetime(2025, 1, 1)


def _write(path, x, y, seconds, categories=None):
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("incidents", srs, ogr.wkbPoint, options=["SPATIAL_INDEX=NO"])
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    if categories is not None:
        lyr.CreateField(ogr.FieldDefn("category", ogr.OFTString))
    defn = lyr.GetLayerDefn()
    geom = ogr.Geometry(ogr.wkbPoint)
    stamps = (np.datetime64(T0, "s") + seconds.astype("timedelta64[s]")).astype(str)
    lyr.StartTransaction()
    for i, (xi, yi) in enumerate(zip(x.tolist(), y.tolist())):
        f = ogr.Feature(defn)
        geom.SetPoint_2D(0, xi, yi)
        f.SetGeometry(geom)
        f.SetField(0, stamps[i].replace("T", " "))
        if categories is not None:
            f.SetField(1, categories[i])
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return path + "|layername=incidents"


def _risk_points(n, seed=80):
    rng = np.random.default_rng(seed)
    k = int(n * 0.6)
    centres = rng.uniform(500, 7500, (60, 2))
    pick = rng.integers(0, 60, n - k)
    x = np.concatenate([rng.uniform(0, 8000, k), centres[pick, 0] + rng.normal(0, 120, n - k)])
    y = np.concatenate([rng.uniform(0, 8000, k), centres[pick, 1] + rng.normal(0, 120, n - k)])
    seconds = rng.uniform(0, 365 * 86400, n).astype(np.int64)
    return x + X0, y + Y0, seconds


def _areas(path, nx=20, ny=10, size=400.0):
    from osgeo import ogr, osr

    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("areas", srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for i in range(nx):
        for j in range(ny):
            x, y = X0 + i * size, Y0 + j * size
            f = ogr.Feature(lyr.GetLayerDefn())
            f.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x} {y}, {x + size} {y}, {x + size} {y + size}, {x} {y + size}, {x} {y}))"))
            f.SetField(0, f"Område {i:02d}-{j:02d}")
            lyr.CreateFeature(f)
    ds = None
    return path + "|layername=areas"


def _forecast_points(seed=81, nx=20, ny=10, size=400.0, categories=10, months=60):
    rng = np.random.default_rng(seed)
    xs, ys, secs, cats = [], [], [], []
    month_starts = (np.datetime64("2020-01", "M") + np.arange(months + 1)).astype("datetime64[s]")
    base = np.datetime64(T0, "s")
    for a in range(nx * ny):
        ax, ay = X0 + (a // ny) * size, Y0 + (a % ny) * size
        level = rng.gamma(1.5, 1.0, categories)  # some categories busy, some sparse
        for c in range(categories):
            rate = level[c] * np.exp(0.4 * np.sin(2 * np.pi * np.arange(months) / 12 + c))
            counts = rng.poisson(rate)
            total = int(counts.sum())
            if not total:
                continue
            month = np.repeat(np.arange(months), counts)
            span = (month_starts[month + 1] - month_starts[month]).astype(np.int64)
            secs.append((month_starts[month] - base).astype(np.int64) + (rng.random(total) * span).astype(np.int64))
            xs.append(ax + rng.uniform(1, size - 1, total))
            ys.append(ay + rng.uniform(1, size - 1, total))
            cats.extend([f"kategori_{c}"] * total)
    return np.concatenate(xs), np.concatenate(ys), np.concatenate(secs), cats


def run(bench):
    n = int(os.environ.get("TRYGGHET_BENCH_POINTS", "1000000"))
    started = time.perf_counter()
    x, y, seconds = _risk_points(n)
    uri = _write(os.path.join(bench.scratch, "risk_points.gpkg"), x, y, seconds)
    print(f"  (wrote {n:,} incidents in {time.perf_counter() - started:.1f} s)", flush=True)
    as_of = (T0 + dt.timedelta(days=337)).isoformat()
    params = {"INPUT": uri, "AS_OF": as_of, "LOOKBACK_DAYS": 90, "BANDWIDTH_M": 200, "BANDWIDTH_DAYS": 14,
              "PIXEL_SIZE": 25, "OUTPUT": os.path.join(bench.scratch, "risk.tif")}
    seconds_taken, result = bench.timed(bench.processing.run, "trygghet:riskmap", params)
    bench.row(f"riskmap {n:,} incidents, 25 m, scored", seconds_taken,
              note="PAI 5 %: {:.2f} (retrospective KDE {:.2f})".format(result["PAI_5"], result["PAI_5_KDE"]))

    started = time.perf_counter()
    fx, fy, fsec, fcat = _forecast_points()
    uri = _write(os.path.join(bench.scratch, "forecast_points.gpkg"), fx, fy, fsec, fcat)
    areas = _areas(os.path.join(bench.scratch, "forecast_areas.gpkg"))
    print(f"  (wrote {fx.size:,} incidents in 200 areas in {time.perf_counter() - started:.1f} s)", flush=True)
    params = {"INPUT": uri, "AREAS": areas, "CATEGORY_FIELD": "category", "STEP": 1, "HORIZON": 12, "LEVEL": 1,
              "END": "2024-12-31T00:00:00", "OUTPUT": os.path.join(bench.scratch, "forecast.gpkg")}
    seconds_taken, _ = bench.timed(bench.processing.run, "trygghet:forecast", params)
    bench.row("forecast 200 areas × 10 categories, 12 months", seconds_taken,
              note=f"2,000 series of 60 months, {fx.size:,} incidents")
