"""Bench: Gi* end to end through processing.run (200,000 points to ~100,000 square cells, 999 permutations, FDR,
a study-area mask) against esda's G_Local (star=True, 999 permutations) on the same lattice; emerging hot spots
over the same points; and the bulk cell writer against QGIS's feature-by-feature writing of the same cells.

Ours runs three times (the median counts); esda once, in a scratch venv, on the cells and values our GeoPackage
output holds, with the same queen neighbours (a distance band of 1.5 cells over the cell centres). Times are CPU
seconds (``time.process_time``, every thread of the process counts) on both sides, so that other load on the
shared machine weighs on both alike; the note gives our wall seconds too.
TRYGGHET_BENCH_GI_POINTS overrides the number of points.
"""

import datetime
import importlib.util
import os
import subprocess
import time

import numpy as np

ORDER = 35
TARGET_RATIO = 10.0
CELL = 30.0
ESDA_SCRIPT = """
import sys, time, numpy as np
from libpysal.weights import DistanceBand
from esda.getisord import G_Local
data = np.load(sys.argv[1])
w = DistanceBand(np.column_stack([data["x"], data["y"]]), threshold=float(sys.argv[2]), binary=True,
                 silence_warnings=True)
w.transform = "B"
t = time.process_time()
G_Local(data["value"], w, transform="B", star=True, permutations=999, seed=1, n_jobs=1)
print(time.process_time() - t)
"""


def _write_points(path, n, seed=35):
    """A town of 10 x 10 km: 60 % scattered, 40 % around its centre; a date per point over two years; and an
    octagonal study area that leaves out the corners."""
    from osgeo import ogr, osr

    rng = np.random.default_rng(seed)
    k = n * 6 // 10
    x = np.clip(np.concatenate([rng.uniform(0, 10000, k), rng.normal(5000, 1500, n - k)]), 1, 9999) + 340000.0
    y = np.clip(np.concatenate([rng.uniform(0, 10000, k), rng.normal(5000, 1500, n - k)]), 1, 9999) + 6456000.0
    days = rng.integers(0, 730, n)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(path)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(3006)
    lyr = ds.CreateLayer("incidents", srs, ogr.wkbPoint, options=["SPATIAL_INDEX=NO"])
    lyr.CreateField(ogr.FieldDefn("occurred_at", ogr.OFTDateTime))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    geom = ogr.Geometry(ogr.wkbPoint)
    start = datetime.date(2023, 1, 1)
    for xi, yi, d in zip(x.tolist(), y.tolist(), days.tolist()):
        f = ogr.Feature(defn)
        geom.SetPoint_2D(0, xi, yi)
        f.SetGeometry(geom)
        day = start + datetime.timedelta(days=d)
        f.SetField(0, day.year, day.month, day.day, 12, 0, 0, 0)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    mask = ds.CreateLayer("study_area", srs, ogr.wkbPolygon)
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for t in np.linspace(0, 2 * np.pi, 9):
        ring.AddPoint_2D(345000.0 + 5600.0 * np.cos(t), 6461000.0 + 5600.0 * np.sin(t))
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    f = ogr.Feature(mask.GetLayerDefn())
    f.SetGeometry(polygon)
    mask.CreateFeature(f)
    ds = None
    return path + "|layername=incidents", path + "|layername=study_area"


def _median_run(bench, algorithm, parameters, runs=3):
    times, walls = [], []
    for _ in range(runs):
        output = parameters["OUTPUT"]
        if output.endswith(".gpkg") and os.path.exists(output):
            os.remove(output)
        started, cpu = time.perf_counter(), time.process_time()
        bench.processing.run(algorithm, parameters)
        times.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - started)
    times.sort()
    walls.sort()
    return times[len(times) // 2], times, walls[len(walls) // 2]


def _esda_anchor(bench, cells_path):
    """esda's G_Local seconds on the cells of our output, or None when esda cannot be installed."""
    from osgeo import ogr

    spec = importlib.util.spec_from_file_location("bench_30", os.path.join(os.path.dirname(__file__),
                                                                           "30_significance.py"))
    significance = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(significance)
    python = significance._esda_python(bench.scratch)
    if python is None:
        return None, 0
    ds = ogr.Open(cells_path)
    lyr = ds.GetLayer(0)
    xs, ys, values = [], [], []
    for feature in lyr:
        env = feature.GetGeometryRef().GetEnvelope()
        xs.append((env[0] + env[1]) / 2)
        ys.append((env[2] + env[3]) / 2)
        values.append(feature.GetField("value"))
    ds = None
    data = os.path.join(bench.scratch, "gi_cells.npz")
    np.savez(data, x=np.array(xs), y=np.array(ys), value=np.array(values, dtype=float))
    script = os.path.join(bench.scratch, "esda_gi_cells.py")
    with open(script, "w") as handle:
        handle.write(ESDA_SCRIPT)
    try:
        done = subprocess.run([python, script, data, str(1.5 * CELL)], check=True, timeout=900,
                              capture_output=True, text=True)
        return float(done.stdout.strip().splitlines()[-1]), len(values)
    except (subprocess.SubprocessError, ValueError, IndexError):
        return None, len(values)


def _writer_rows(bench, cells_path):
    """The cells of our output written again: in bulk (write_polygons) against QGIS's feature-by-feature path."""
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer
    from trygghet.processing.algorithms.hotspotstatistics import HotspotStatistics
    from trygghet.processing.grids import polygon_geometries
    from trygghet.processing.writer import write_features, write_polygons

    layer = QgsVectorLayer(cells_path, "cells", "ogr")
    fields = layer.fields()
    fields.remove(fields.indexOf("fid"))
    names = fields.names()
    rings, columns = [], [[] for _ in names]
    for feature in layer.getFeatures():
        rings.append([(p.x(), p.y()) for p in feature.geometry().asPolygon()[0]])
        for column, name in zip(columns, names):
            column.append(feature[name])
    rings = np.array(rings)
    algorithm = HotspotStatistics().create()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    results = {}
    for label in ("bulk", "features"):
        path = os.path.join(bench.scratch, f"write_{label}.gpkg")
        if os.path.exists(path):
            os.remove(path)
        started = time.process_time()
        if label == "bulk":
            write_polygons(algorithm, {"OUTPUT": path}, "OUTPUT", context, fields, layer.crs(), rings, columns,
                           feedback)
        else:
            sink, _ = algorithm.parameterAsSink({"OUTPUT": path}, "OUTPUT", context, fields, layer.wkbType(),
                                                layer.crs())
            write_features(algorithm, sink, fields, polygon_geometries(rings), columns, feedback)
            del sink  # closing the layer builds its spatial index
        results[label] = time.process_time() - started
    return results, len(rings)


def run(bench):
    n = int(os.environ.get("TRYGGHET_BENCH_GI_POINTS", "200000"))
    started = time.perf_counter()
    points, mask = _write_points(os.path.join(bench.scratch, "gi_points.gpkg"), n)
    print(f"  (wrote {n:,} points in {time.perf_counter() - started:.1f} s; load average "
          f"{', '.join(f'{v:.2f}' for v in os.getloadavg())}; {os.cpu_count()} CPUs)", flush=True)
    params = {"INPUT": points, "STATISTIC": 0, "CELL_SHAPE": 0, "CELL_SIZE": CELL, "NEIGHBORHOOD": 2,
              "PERMUTATIONS": 999, "SEED": 1, "FDR": True, "MASK": mask}
    gpkg = os.path.join(bench.scratch, "gi_cells.gpkg")
    ours_gpkg, runs_gpkg, wall_gpkg = _median_run(bench, "trygghet:hotspotstatistics", dict(params, OUTPUT=gpkg))
    ours_memory, runs_memory, wall_memory = _median_run(bench, "trygghet:hotspotstatistics",
                                           dict(params, OUTPUT="TEMPORARY_OUTPUT"))
    anchor, cells = _esda_anchor(bench, gpkg)
    label = f"Gi* end to end {n // 1000}k pts, {cells:,} cells"
    for name, ours, runs, wall in (("GeoPackage", ours_gpkg, runs_gpkg, wall_gpkg),
                                   ("memory layer", ours_memory, runs_memory, wall_memory)):
        note = "CPU s; 999 perm., FDR, mask, queen; median of {} ({:.2f}-{:.2f} s), wall {:.2f} s".format(
            len(runs), runs[0], runs[-1], wall)
        if anchor:
            note += "; >= {:.0f}x {}".format(TARGET_RATIO, "met" if anchor / ours >= TARGET_RATIO else "NOT MET")
        bench.row(f"{label} -> {name}", ours, anchor, "esda G_Local star (scratch venv)" if anchor else "", note)
    if anchor is None:
        print("  esda could not be installed into a scratch venv: no anchor for Gi* end to end.", flush=True)

    emerging = {"INPUT": points, "TIME_FIELD": "occurred_at", "TIME_STEP": 1, "CELL_SIZE": CELL,
                "NEIGHBORHOOD_DISTANCE": 2 * CELL, "MASK": mask}
    ours_emerging, runs_emerging, wall_emerging = _median_run(bench, "trygghet:emerginghotspots",
                                               dict(emerging, OUTPUT=os.path.join(bench.scratch, "emerging.gpkg")))
    bench.row(f"emerging hot spots {n // 1000}k pts, {cells:,} cells", ours_emerging, None, "",
              "CPU s; 24 months, GeoPackage; median of {} ({:.2f}-{:.2f} s), wall {:.2f} s".format(
                  len(runs_emerging), runs_emerging[0], runs_emerging[-1], wall_emerging))

    writes, count = _writer_rows(bench, gpkg)
    bench.row(f"writing {count:,} cells to a GeoPackage", writes["bulk"], writes["features"],
              "QGIS feature by feature",
              "CPU s; bulk WKB + SQLite, spatial index bulk-loaded")
    print(f"  load average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}", flush=True)
