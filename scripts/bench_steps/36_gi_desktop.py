"""Bench: the demo's Gi* as a desktop user gets it from the dialog, against a target of about 1 s.

The demo workspace (Trollhättan, 24,000 synthetic incidents, four areas) is built in the scratch folder, its layers are
put in the project, and ``trygghet:hotspotstatistics`` runs the way the Processing dialog runs it: only the input set,
every other parameter at its default, the output a temporary (memory) layer; the algorithm in a background task, then
the result loaded into the project and styled (Processing's handleAlgorithmResults), then drawn once at 1600 × 1000
pixels over the areas, as the map canvas would. Median of three runs, wall seconds (what the user waits), with the
time per phase of the median run (reading the points, the study area, the cell size, the cell grid, the distance band
and neighbours, Gi*, permutations, FDR and bins, writing the layer, loading and styling, drawing).

For comparison in the same run: the same dialog run with the cell size the automatic choice gave before it had a
floor (the mean nearest-neighbour distance alone: ~19 m, ~208,000 cells); distance-band weights over those cells from
the lattice stencil against the grid-hash search; and emerging hot spots on the demo to a memory layer.
"""

import os
import time

import numpy as np

ORDER = 36
TARGET_S = 1.0
RUNS = 3


class Phases:
    """Wall seconds spent in named functions, installed by wrapping module attributes for one run."""

    def __init__(self):
        self.seconds = {}
        self._undo = []

    def wrap(self, module, name, phase):
        original = getattr(module, name)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds[phase] = self.seconds.get(phase, 0.0) + time.perf_counter() - started

        setattr(module, name, timed)
        self._undo.append((module, name, original))

    def undo(self):
        for module, name, original in reversed(self._undo):
            setattr(module, name, original)
        self._undo = []


def _install(phases):
    import trygghet.core.hotspot as hotspot
    import trygghet.core.stats as stats
    import trygghet.processing.algorithms.hotspotstatistics as hs

    for name in ("read_mask", "workspace_areas", "mask_from_source", "inside_mask", "hull_study_area"):
        phases.wrap(hs, name, "study area")
    phases.wrap(hs, "read_points_in_window", "reading points")
    phases.wrap(hs, "choose_cell_size", "cell size")
    phases.wrap(hs, "build_lattice", "cell grid")
    for name in ("auto_distance_band", "lattice_distance_band", "distance_band", "lattice_queen", "knn"):
        phases.wrap(hotspot, name, "distance band, neighbours")
    for name in ("lattice_gi_star", "gi_star", "local_moran"):
        phases.wrap(hotspot, name, "Gi*")
    phases.wrap(hotspot, "conditional_permutation", "permutations")
    phases.wrap(stats, "confidence_bins", "FDR, bins")
    phases.wrap(hs, "write_polygons", "writing the layer")


def _dialog_run(incidents, extra, layers):
    """One run as the dialog does it; returns (total wall seconds, {phase: seconds}, cells, CPU seconds)."""
    from processing.gui.Postprocessing import handleAlgorithmResults
    from processing.tools import dataobjects
    from qgis.core import (
        QgsApplication,
        QgsMapRendererParallelJob,
        QgsMapSettings,
        QgsProcessingAlgRunnerTask,
        QgsProcessingFeedback,
        QgsProcessingOutputLayerDefinition,
        QgsProject,
    )
    from qgis.PyQt.QtCore import QEventLoop, QSize

    phases = Phases()
    _install(phases)
    project = QgsProject.instance()
    before = set(project.mapLayers())
    try:
        started, cpu = time.perf_counter(), time.process_time()
        feedback = QgsProcessingFeedback()
        context = dataobjects.createContext(feedback)
        output = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
        output.destinationName = "Hot spots"
        parameters = dict(extra, INPUT=incidents, OUTPUT=output)
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("trygghet:hotspotstatistics")
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        loop = QEventLoop()
        done = {}

        def executed(ok, results):
            done.update(ok=ok, results=results)
            loop.quit()

        task.executed.connect(executed)
        QgsApplication.taskManager().addTask(task)
        if not done:
            loop.exec()
        if not done.get("ok"):
            raise RuntimeError("the hot spot statistics failed in the bench run")
        ran = time.perf_counter()
        handleAlgorithmResults(algorithm, context, feedback, done["results"])
        loaded = time.perf_counter()
        phases.seconds["loading, styling"] = loaded - ran
        result = [project.mapLayer(i) for i in set(project.mapLayers()) - before][0]
        settings = QgsMapSettings()
        settings.setLayers([result] + layers)
        settings.setDestinationCrs(result.crs())
        settings.setExtent(layers[-1].extent())
        settings.setOutputSize(QSize(1600, 1000))
        job = QgsMapRendererParallelJob(settings)
        job.start()
        job.waitForFinished()
        finished = time.perf_counter()
        phases.seconds["drawing"] = finished - loaded
        cpu = time.process_time() - cpu
        cells = result.featureCount()
        total = finished - started
    finally:
        phases.undo()
        for layer_id in set(project.mapLayers()) - before:
            project.removeMapLayer(layer_id)
    phases.seconds["other"] = total - sum(phases.seconds.values())
    return total, phases.seconds, cells, cpu


def _median(runs):
    runs = sorted(runs, key=lambda r: r[0])
    return runs[len(runs) // 2], [r[0] for r in runs]


def _phase_text(seconds):
    order = ("reading points", "study area", "cell size", "cell grid", "distance band, neighbours", "Gi*",
             "permutations", "FDR, bins", "writing the layer", "loading, styling", "drawing", "other")
    return ", ".join("{} {:.2f}".format(name, seconds[name]) for name in order if name in seconds)


def _stencil_row(bench, incidents_xy, cell):
    from trygghet.core.hotspot import distance_band, lattice_distance_band, square_lattice

    x, y = incidents_xy
    lattice = square_lattice(x, y, cell)
    distance = 3.2 * cell
    search, w_search = bench.timed(distance_band, lattice.xy, distance)
    stencil, w_stencil = bench.timed(lattice_distance_band, lattice, distance)
    same = np.array_equal(w_search.indptr, w_stencil.indptr) and np.array_equal(w_search.indices, w_stencil.indices)
    bench.row(f"distance band {len(lattice):,} cells, stencil", stencil, search, "grid-hash search",
              "wall s; band 3.2 cells, {:.1f} neighbours per cell; same weights: {}".format(
                  w_stencil.indices.size / len(lattice), "yes" if same else "NO"))


def run(bench):
    from qgis.core import QgsProject, QgsVectorLayer
    from trygghet.core.hotspot import auto_cell_size

    path = os.path.join(bench.scratch, "demo_gi.gpkg")
    started = time.perf_counter()
    bench.processing.run("trygghet:createdemoworkspace", {"OUTPUT": path})
    print(f"  (demo workspace in {time.perf_counter() - started:.1f} s; load average "
          f"{', '.join(f'{v:.2f}' for v in os.getloadavg())}; {os.cpu_count()} CPUs)", flush=True)
    project = QgsProject.instance()
    areas = QgsVectorLayer(path + "|layername=areas", "areas", "ogr")
    incidents = QgsVectorLayer(path + "|layername=incidents", "incidents", "ogr")
    project.addMapLayers([areas, incidents])
    try:
        _dialog_run(incidents, {}, [incidents, areas])  # warm-up: styles, providers, translations
        (ours, phases, cells, cpu), walls = _median(
            [_dialog_run(incidents, {}, [incidents, areas]) for _ in range(RUNS)])

        xy = [], []
        for feature in incidents.getFeatures():
            point = feature.geometry().asPoint()
            xy[0].append(point.x())
            xy[1].append(point.y())
        xy = np.array(xy[0]), np.array(xy[1])
        extent = areas.extent()
        old_cell, _ = auto_cell_size(*xy, bounds=(extent.xMinimum(), extent.yMinimum(), extent.xMaximum(),
                                                  extent.yMaximum()))
        (before, old_phases, old_cells, old_cpu), old_walls = _median(
            [_dialog_run(incidents, {"CELL_SIZE": old_cell}, [incidents, areas]) for _ in range(RUNS)])

        bench.row(f"demo Gi* from the dialog, {cells:,} cells", ours, before,
                  f"{old_cells:,} cells of {old_cell:.1f} m",
                  "wall s to a drawn memory layer, defaults; target about {:.0f} s: {}; median of {} ({:.2f}-{:.2f}); "
                  "CPU {:.2f} s against {:.2f} s".format(TARGET_S, "met" if ours <= 1.5 * TARGET_S else "NOT MET", RUNS,
                                                        walls[0], walls[-1], cpu, old_cpu))
        print("  phases (s), default cells: " + _phase_text(phases), flush=True)
        print("  phases (s), {:,} cells of {:.1f} m: ".format(old_cells, old_cell) + _phase_text(old_phases),
              flush=True)
        _stencil_row(bench, xy, old_cell)

        emerging = []
        for _ in range(RUNS):
            started = time.perf_counter()
            bench.processing.run("trygghet:emerginghotspots", {"INPUT": incidents, "OUTPUT": "TEMPORARY_OUTPUT"})
            emerging.append(time.perf_counter() - started)
        emerging.sort()
        bench.row("demo emerging hot spots -> memory layer", emerging[len(emerging) // 2], None, "",
                  "wall s, defaults (monthly steps, automatic cell and distance); median of {}".format(RUNS))
    finally:
        project.removeMapLayers([areas.id(), incidents.id()])
    print(f"  load average after: {', '.join(f'{v:.2f}' for v in os.getloadavg())}", flush=True)
