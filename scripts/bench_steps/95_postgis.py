"""Bench: areasummary counting in PostGIS against the same data in a GeoPackage (1M incidents, 300 areas; 10M too
with BENCH_SCALE=10M). A throw-away PostgreSQL/PostGIS cluster on loopback (scripts/pg_test_server.sh) gets the
GeoPackage's tables (timestamp without time zone, text, a GiST index, the workspace's index on the time, statistics
gathered), first in the GeoPackage's (random) order, then clustered on the spatial index (CLUSTER); each run is a
fresh process.
    BENCH=95_postgis make bench
"""

import importlib.util
import os
import socket
import subprocess

ORDER = 95
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CACHE = os.path.join(ROOT, ".build", "bench-scale")


def _module(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return str(s.getsockname()[1])


def run(bench):
    from osgeo import gdal
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry

    gdal.UseExceptions()
    scale = _module("90_scale")
    data = _module("_scale_data")
    script = os.path.join(ROOT, "scripts", "pg_test_server.sh")
    folder = os.path.join("/tmp", "trygghet-bench-pg-{}".format(os.getpid()))
    port = _port()
    started = subprocess.run([script, "start", folder, port], capture_output=True, text=True, timeout=180)
    if started.returncode != 0:
        print("PostGIS bench skipped: the PostgreSQL server did not start:", started.stderr.strip()[:300])
        return
    try:
        pg_uri = started.stdout.strip().splitlines()[-1]
        uri = QgsDataSourceUri(pg_uri)
        target = "PG:host={} port={} dbname={} user={}".format(uri.host(), uri.port(), uri.database(),
                                                               uri.username())
        sizes = [1_000_000] + ([10_000_000] if 10_000_000 in scale._sizes() else [])
        for n in sizes:
            path = data.cached(CACHE, n)
            seconds, _ = bench.timed(gdal.VectorTranslate, target, path, layers=["incidents", "areas"],
                                     accessMode="overwrite", layerCreationOptions=[
                                         "GEOMETRY_NAME=geom", "FID=id",
                                         "COLUMN_TYPES=occurred_at=timestamp,category=text,name=text"])
            print("loaded {:,} incidents into PostGIS in {:.0f} s".format(n, seconds), flush=True)
            # what a deployment has: the workspace's index on the time (GDAL made the spatial ones) and statistics
            # (autovacuum gathers them after a load; here at once)
            metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
            metadata.createConnection(uri.connectionInfo(False), {}).executeSql(
                "CREATE INDEX IF NOT EXISTS incidents_occurred_at_idx ON incidents (occurred_at); "
                "ANALYZE incidents; ANALYZE areas")
            layers = {}
            for name in ("incidents", "areas"):
                layer_uri = QgsDataSourceUri(pg_uri)
                layer_uri.setDataSource("public", name, "geom", "", "id")
                layers[name] = "postgres://" + layer_uri.uri(False)
            geopackage = scale.measure("areasummary", path, bench.scratch)
            for clustered in (False, True):
                if clustered:  # the table's rows stored in the order of its spatial index
                    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
                    metadata.createConnection(uri.connectionInfo(False), {}).executeSql(
                        "CLUSTER incidents USING incidents_geom_geom_idx; ANALYZE incidents")
                postgis = _measure_pg(scale, path, layers, bench.scratch)
                bench.row("areasummary {}M in PostGIS{}".format(n // 1_000_000, ", clustered" if clustered else ""),
                          postgis["seconds"], geopackage["seconds"], "the same in a GeoPackage",
                          "anonymous peak +{:.0f} MiB (GeoPackage: +{:.0f} MiB)".format(
                              postgis["anon_peak_extra_mib"], geopackage["anon_peak_extra_mib"]))
    finally:
        subprocess.run([script, "stop", folder, port], capture_output=True, text=True, timeout=120)
        subprocess.run(["rm", "-rf", folder], check=False)


def _measure_pg(scale, path, layers, scratch):
    import json
    import sys

    env = dict(os.environ, TMPDIR=scratch)
    done = subprocess.run([sys.executable, os.path.join(HERE, "_scale_run.py"), "areasummary", path,
                           "INPUT=" + layers["incidents"], "AREAS=" + layers["areas"]], env=env,
                          capture_output=True, text=True, check=True, timeout=3600)
    return json.loads(done.stdout.strip().splitlines()[-1])
