"""Bench: trygghet:hotspotdensity against qgis:heatmapkerneldensityestimation, every kernel, 1,000,000 points.

r = 300 m, pixel 10 m. For each kernel (quartic, triangular, uniform, triweight, Epanechnikov, and the triangular
kernel with decay 0.5 and -1) both algorithms read the same GeoPackage and write a GeoTIFF in the same run. Times
are CPU seconds of this process (``time.process_time``: every thread counts), so other load on the machine
inflates both less than wall time would; QGIS runs once per kernel (~25 s), ours three times (the median counts).
Prints Trygghet's time, QGIS's time, the ratio and the largest difference relative to QGIS's largest absolute
value, beside the targets (>= 20x, <= 0.5 %), marked met or not met. TRYGGHET_BENCH_POINTS overrides the count;
TRYGGHET_BENCH_KERNELS picks configurations by name (comma list).
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


KERNELS = (  # (label, KERNEL enum as QGIS numbers it, DECAY)
    ("quartic", 0, 0.0),
    ("triangular", 1, 0.0),
    ("uniform", 2, 0.0),
    ("triweight", 3, 0.0),
    ("epanechnikov", 4, 0.0),
    ("triangular decay 0.5", 1, 0.5),
    ("triangular decay -1", 1, -1.0),
)
TARGET_RATIO = 20.0
OUR_RUNS = 3  # QGIS's heatmap runs once per kernel (~25 s); ours, about a second, three times
TARGET_DIFF = 0.005


def _cpu(function, *args, **kwargs):
    started = time.process_time()
    result = function(*args, **kwargs)
    return time.process_time() - started, result


def _compare(ours_tif, theirs_tif):
    """Largest |ours - QGIS| over the cells QGIS reached, relative to QGIS's largest absolute value.

    Returns (relative difference, the same with QGIS's reset cells corrected, how many reset cells, raster shape).
    QGIS accumulates in float32 and, before adding to a cell, resets a cell that holds its nodata value (-9999)
    to 0 (qgskde.cpp). A running sum of negative kernel values (decay < 0) can pass through exactly -9999 and
    lose it: such cells hold the true sum plus 9999, so ours differs there by -9999 plus our own error. A cell
    whose difference is -9999 within the accuracy target counts as reset; it is compared with QGIS's value minus
    the 9999 it gained, and the uncorrected figure is reported apart.
    """
    from osgeo import gdal

    a = gdal.Open(ours_tif).ReadAsArray().astype(np.float64)
    theirs = gdal.Open(theirs_tif)  # keep the dataset alive while its band is read
    band = theirs.GetRasterBand(1)
    b = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    reached = b != nodata if nodata is not None else np.ones(b.shape, dtype=bool)
    if a.shape != b.shape or not reached.any():
        return float("nan"), float("nan"), 0, a.shape
    scale = np.abs(b[reached]).max()
    diff = a[reached] - b[reached]
    if nodata is not None:
        reset = np.abs(diff - nodata) <= TARGET_DIFF * scale
    else:
        reset = np.zeros(diff.shape, dtype=bool)
    rel = float(np.abs(diff).max() / scale)
    rel_clean = float(np.abs(np.where(reset, diff - nodata, diff)).max() / scale)
    return rel, rel_clean, int(reset.sum()), a.shape


def run(bench):
    n = int(os.environ.get("TRYGGHET_BENCH_POINTS", "1000000"))
    wanted = [s.strip() for s in os.environ.get("TRYGGHET_BENCH_KERNELS", "").split(",") if s.strip()]
    configs = [c for c in KERNELS if not wanted or c[0] in wanted]
    started = time.perf_counter()
    uri = _write_points(os.path.join(bench.scratch, "density_points.gpkg"), n)
    print(f"  (wrote {n:,} points in {time.perf_counter() - started:.1f} s; load average "
          f"{', '.join(f'{v:.2f}' for v in os.getloadavg())}; {os.cpu_count()} CPUs)", flush=True)
    results = []
    for number, (label, kernel, decay) in enumerate(configs):
        params = {"INPUT": uri, "RADIUS": 300.0, "PIXEL_SIZE": 10.0, "KERNEL": kernel, "DECAY": decay,
                  "OUTPUT_VALUE": 0}
        ours_tif = os.path.join(bench.scratch, f"ours_{number}.tif")
        theirs_tif = os.path.join(bench.scratch, f"qgis_{number}.tif")
        rss_before = bench.peak_rss_mib()
        first_s, _ = _cpu(bench.processing.run, "trygghet:hotspotdensity", dict(params, OUTPUT=ours_tif))
        peak = max(bench.peak_rss_mib() - rss_before, 0.0)  # growth of the process's peak RSS during our run
        # ours takes about a second, so a passing load spike weighs on it: the median of three runs
        runs = sorted([first_s] + [_cpu(bench.processing.run, "trygghet:hotspotdensity",
                                        dict(params, OUTPUT=ours_tif))[0] for _ in range(OUR_RUNS - 1)])
        ours_s = runs[len(runs) // 2]
        theirs_s, _ = _cpu(bench.processing.run, "qgis:heatmapkerneldensityestimation",
                           dict(params, OUTPUT=theirs_tif))
        rel_all, rel, resets, shape = _compare(ours_tif, theirs_tif)
        ratio = theirs_s / ours_s if ours_s > 0 else float("inf")
        results.append((label, ours_s, theirs_s, ratio, rel, resets, rel_all))
        note = "CPU s (ours: median of {}, {:.3f}-{:.3f}); grid {}x{}; max |diff|/max {:.2e}; >= {:.0f}x {}, " \
               "<= {:.1f} % {}".format(
            len(runs), runs[0], runs[-1], shape[1], shape[0], rel, TARGET_RATIO,
            "met" if ratio >= TARGET_RATIO else "NOT MET",
            100 * TARGET_DIFF, "met" if rel <= TARGET_DIFF else "NOT MET")
        if resets:
            note += "; {} cell(s) where QGIS's float32 sum hit its nodata -9999 and was reset to 0, compared " \
                    "with that -9999 put back (as QGIS wrote them {:.2e})".format(resets, rel_all)
        if number == 0:
            note += f"; peak RSS growth {peak:.0f} MiB"
        bench.row(f"hotspotdensity {n:,} pts r300 px10 {label}", ours_s, theirs_s, "QGIS heatmap (KDE)", note)
        for path in (ours_tif, theirs_tif):
            if os.path.exists(path):
                os.remove(path)

    print()
    print(f"  hot-spot density vs QGIS heatmap, {n:,} points, r = 300 m, pixel 10 m, CPU seconds "
          f"(Trygghet: median of {OUR_RUNS} runs; QGIS: one run)")
    print("  {:<22} {:>10} {:>10} {:>8} {:>14}  {:<10} {:<10}".format(
        "kernel", "Trygghet", "QGIS", "ratio", "max|diff|/max", f">= {TARGET_RATIO:.0f}x", "<= 0.5 %"))
    for label, ours_s, theirs_s, ratio, rel, resets, rel_all in results:
        print("  {:<22} {:>8.3f} s {:>8.2f} s {:>7.1f}x {:>14.2e}  {:<10} {:<10} {}".format(
            label, ours_s, theirs_s, ratio, rel, "met" if ratio >= TARGET_RATIO else "NOT MET",
            "met" if rel <= TARGET_DIFF else "NOT MET",
            "({} QGIS reset cell(s) corrected; as written {:.2e})".format(resets, rel_all) if resets else ""),
            flush=True)
    print(f"  load average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}", flush=True)
