"""Run one Trygghet algorithm on a GeoPackage of incidents in a fresh process and print its time and memory as
JSON: ``python _scale_run.py ALGORITHM GPKG [--trace] [KEY=VALUE ...]``.

peak_extra_mib is the process's peak resident memory minus its resident memory just before the run (QGIS and the
plugin loaded); anon_peak_extra_mib the same for its anonymous memory only (file pages it maps left out); with
--trace, traced_peak_mib is tracemalloc's peak of Python and numpy allocations during the run.
"""

import json
import os
import resource
import sys
import time


def rss_mib(key="VmRSS"):
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024.0
    return float("nan")


class AnonPeak:
    """The peak of the process's anonymous resident memory (RssAnon: its heap, numpy arrays, GDAL's buffers;
    pages of files it maps, such as the GeoPackage read through SQLite, left out), sampled every few
    milliseconds on a thread."""

    def __init__(self):
        import threading

        self.peak = rss_mib("RssAnon")
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self):
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, rss_mib("RssAnon"))

    def stop(self):
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_mib("RssAnon"))
        return self.peak


PARAMETERS = {
    "hotspotdensity": {"RADIUS": 200.0, "PIXEL_SIZE": 10.0, "OUTPUT": "{out}.tif"},
    "areasummary": {"AREAS": "{gpkg}|layername=areas", "TIME_FIELD": "occurred_at", "CATEGORY_FIELD": "category",
                    "AREA_NAME_FIELD": "name", "POPULATION_FIELD": "population", "OUTPUT": "TEMPORARY_OUTPUT",
                    "OUTPUT_MAP": "TEMPORARY_OUTPUT"},
    "hotspotstatistics": {"CELL_SIZE": 100.0, "OUTPUT": "TEMPORARY_OUTPUT"},
}


def main():
    args = sys.argv[1:]
    trace = "--trace" in args
    args = [a for a in args if a != "--trace"]
    algorithm, gpkg = args[0], args[1]
    extra = dict(a.split("=", 1) for a in args[2:])
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import trygghet

    import processing

    plugin = trygghet.classFactory(None)
    plugin.initProcessing()
    out = os.path.join(os.environ.get("TMPDIR", "/tmp"), "trygghet-scale-{}".format(os.getpid()))
    params = {"INPUT": gpkg + "|layername=incidents"}
    for key, value in PARAMETERS[algorithm].items():
        params[key] = value.format(gpkg=gpkg, out=out) if isinstance(value, str) else value
    params.update(extra)
    before = rss_mib()
    anon_before = rss_mib("RssAnon")
    sampler = AnonPeak()
    if trace:
        import tracemalloc

        tracemalloc.start()
    started = time.perf_counter()
    result = processing.run("trygghet:" + algorithm, params)
    seconds = time.perf_counter() - started
    traced = None
    if trace:
        traced = tracemalloc.get_traced_memory()[1] / 2.0 ** 20
        tracemalloc.stop()
    anon_peak = sampler.stop()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print(json.dumps({"seconds": seconds, "peak_rss_mib": peak, "before_rss_mib": before,
                      "peak_extra_mib": peak - before, "anon_peak_extra_mib": anon_peak - anon_before,
                      "file_rss_after_mib": rss_mib("RssFile"), "traced_peak_mib": traced,
                      "outputs": sorted(result)}), flush=True)
    if os.path.exists(out + ".tif"):
        os.remove(out + ".tif")
    sys.stdout.flush()
    os._exit(0)


if __name__ == "__main__":
    main()
