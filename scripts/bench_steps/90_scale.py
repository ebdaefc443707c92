"""Bench: scaling to a police region. hotspotdensity, areasummary and hotspotstatistics over 1M and 3M incidents
(and 10M with BENCH_SCALE=10M) in a GeoPackage, each run in a fresh process: time, time per million beside the 1M
anchor (equal figures mean time linear in N) and the peak growth of resident memory beside 1M's: all of it (the
GeoPackage's pages SQLite maps count too) and the anonymous part (the process's own allocations).

The GeoPackages are generated once into .build/bench-scale/ (never committed) and reused by later runs.
    BENCH=90_scale make bench                    # 1M and 3M
    BENCH=90_scale BENCH_SCALE=10M make bench    # 1M, 3M and 10M (10M takes some minutes the first time)
"""

import importlib.util
import json
import os
import subprocess
import sys

ORDER = 90
HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.join(os.path.dirname(os.path.dirname(HERE)), ".build", "bench-scale")
ALGORITHMS = ("hotspotdensity", "areasummary", "hotspotstatistics")


def _sizes():
    sizes = [1_000_000, 3_000_000]
    if os.environ.get("BENCH_SCALE", "").upper() in ("10M", "10000000"):
        sizes.append(10_000_000)
    return sizes


def _module(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + ".py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def measure(algorithm, path, scratch):
    env = dict(os.environ, TMPDIR=scratch)
    done = subprocess.run([sys.executable, os.path.join(HERE, "_scale_run.py"), algorithm, path], env=env,
                          capture_output=True, text=True, check=True, timeout=3600)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(bench):
    data = _module("_scale_data")
    anchors = {}
    for n in _sizes():
        path = data.cached(CACHE, n)
        for algorithm in ALGORITHMS:
            result = measure(algorithm, path, bench.scratch)
            per_million = result["seconds"] / (n / 1e6)
            extra, anon = result["peak_extra_mib"], result["anon_peak_extra_mib"]
            anchor = anchors.setdefault(algorithm, (per_million, extra, anon))
            note = ("{:.2f} s/M (1M: {:.2f} s/M, ×{:.2f}); peak RSS +{:.0f} MiB, anonymous +{:.0f} MiB "
                    "(1M: +{:.0f}, +{:.0f} MiB)").format(per_million, anchor[0], per_million / anchor[0], extra,
                                                        anon, anchor[1], anchor[2])
            bench.row("{} {}M incidents".format(algorithm, n // 1_000_000), result["seconds"], note=note)
