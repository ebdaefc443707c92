"""Bench: trygghet:hotspotdensity against qgis:heatmapkerneldensityestimation, 1,000,000 points, r = 300 m, 10 m.

Both read the same GeoPackage and write a GeoTIFF in the same run. Also reports the peak memory of ours (growth of the
process peak RSS) and the largest difference relative to QGIS's maximum. TRYGGHET_BENCH_POINTS overrides the count.
"""

import os
import time

import numpy as np

ORDER = 20


def _write_points(path, n, seed=20):
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    # a town of 8 x 8 km: 60 % scattered, 40 % in 25 clusters (hot spots)
    k = int(n * 0.6)
    x = np.concatenate([rng.uniform(0, 8000, k), np.repeat(rng.uniform(500, 7500, 25), (n - k) // 25 + 1)[:n - k]])
    y = np.concatenate([rng.uniform(0, 8000, k), np.repeat(rng.uniform(500, 7500, 25), (n - k) // 25 + 1)[:n - k]])
    x[k:] += rng.normal(0, 120, n - k)
    y[k:] += rng.normal(0, 120, n - k)
    x += 340000.0
    y += 6456000.0
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("incidents", srs, ogr.wkbPoint, options=["SPATIAL_INDEX=NO"])
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    geom = ogr.Geometry(ogr.wkbPoint)
    for xi, yi in zip(x.tolist(), y.tolist()):
        f = ogr.Feature(defn)
        geom.SetPoint_2D(0, xi, yi)
        f.SetGeometry(geom)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None
    return path + "|layername=incidents"


def run(bench):
    from osgeo import gdal

    n = int(os.environ.get("TRYGGHET_BENCH_POINTS", "1000000"))
    started = time.perf_counter()
    uri = _write_points(os.path.join(bench.scratch, "density_points.gpkg"), n)
    print(f"  (wrote {n:,} points in {time.perf_counter() - started:.1f} s)", flush=True)
    params = {"INPUT": uri, "RADIUS": 300.0, "PIXEL_SIZE": 10.0, "KERNEL": 0, "OUTPUT_VALUE": 0}
    ours_tif = os.path.join(bench.scratch, "ours.tif")
    theirs_tif = os.path.join(bench.scratch, "qgis.tif")

    rss_before = bench.peak_rss_mib()
    ours_s, _ = bench.timed(bench.processing.run, "trygghet:hotspotdensity", dict(params, OUTPUT=ours_tif))
    peak = max(bench.peak_rss_mib() - rss_before, 0.0)  # growth of the process's peak RSS during our run
    theirs_s, _ = bench.timed(bench.processing.run, "qgis:heatmapkerneldensityestimation",
                              dict(params, OUTPUT=theirs_tif))

    a = gdal.Open(ours_tif).ReadAsArray().astype(np.float64)
    theirs = gdal.Open(theirs_tif)  # keep the dataset alive while its band is read
    band = theirs.GetRasterBand(1)
    b = band.ReadAsArray().astype(np.float64)
    reached = b != band.GetNoDataValue()
    rel = float(np.abs(a[reached] - b[reached]).max() / b[reached].max())
    bench.row(f"hotspotdensity {n:,} pts r300 px10", ours_s, theirs_s, "QGIS heatmap (KDE)",
              f"grid {a.shape[1]}x{a.shape[0]}, peak RSS growth {peak:.0f} MiB, max |diff|/max {rel:.2e}")
