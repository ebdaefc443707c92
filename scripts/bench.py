"""make bench: performance against the anchors each issue names, side by side in one run.

Each benchmark is a module in scripts/bench_steps/ with ``ORDER`` and ``run(bench)``; it calls
``bench.row(name, ours_seconds, anchor_seconds=None, anchor_name="", note="")`` for every figure. Not a test: it
prints, it does not fail on a slow machine.
"""

import importlib.util
import os
import resource
import sys
import tempfile
import time

from qgis.core import QgsApplication

HERE = os.path.dirname(os.path.abspath(__file__))


class Bench:
    def __init__(self, scratch, processing):
        self.scratch = scratch
        self.processing = processing
        self.rows = []

    @staticmethod
    def timed(function, *args, **kwargs):
        started = time.perf_counter()
        result = function(*args, **kwargs)
        return time.perf_counter() - started, result

    @staticmethod
    def peak_rss_mib():
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

    def row(self, name, ours, anchor=None, anchor_name="", note=""):
        ratio = "{:8.1f}×".format(anchor / ours) if anchor else " " * 9
        anchor_text = "{:9.3f} s".format(anchor) if anchor else " " * 11
        line = "{:<46} {:9.3f} s  {}  {}  {:<28} {}".format(name, ours, anchor_text, ratio, anchor_name, note)
        self.rows.append(line)
        print(line, flush=True)


def finish():
    """Leave without Python's interpreter teardown: QGIS's objects destroyed in arbitrary order at exit can crash
    a standalone PyQGIS script after all its work is written and flushed."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import trygghet

    import processing

    plugin = trygghet.classFactory(None)
    plugin.initProcessing()
    only = sys.argv[1:]
    print("{:<46} {:>11}  {:>11}  {:>9}  {:<28} {}".format("benchmark", "Trygghet", "anchor", "ratio",
                                                            "anchor is", "note"))
    with tempfile.TemporaryDirectory(prefix="trygghet-bench-") as scratch:
        bench = Bench(scratch, processing)
        folder = os.path.join(HERE, "bench_steps")
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".py") or name.startswith("_") or (only and name[:-3] not in only):
                continue
            spec = importlib.util.spec_from_file_location("bench_" + name[:-3], os.path.join(folder, name))
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            module.run(bench)
    plugin.unload()
    finish()


if __name__ == "__main__":
    main()
