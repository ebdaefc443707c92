"""make demo: build the Trollhättan demo workspace and a QGIS project over it, then the analyses on top.

    python scripts/demo.py OUTPUT_FOLDER

Each analysis adds itself as a module in scripts/demo_steps/ with ``ORDER`` (int) and ``run(demo)``; ``demo`` is a
``Demo`` below: the workspace path, the output folder, ``processing``, the project and helpers to record outputs.
"""

import importlib.util
import os
import sys
import time

from qgis.core import QgsApplication, QgsProject

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/demo")


class Demo:
    def __init__(self, out, gpkg, project, processing):
        self.out = out
        self.gpkg = gpkg
        self.project = project
        self.processing = processing
        self.made = []
        self.report = None  # the lägesbild PDF, written by the last step

    def layer(self, name):
        return "{}|layername={}".format(self.gpkg, name)

    def path(self, name):
        return os.path.join(self.out, name)

    def record(self, path, what):
        self.made.append((path, what))

    def add_to_project(self, group_title, layers):
        from trygghet.workspace.project import add_group

        add_group(self.project, group_title, [lyr for lyr in layers if lyr is not None and lyr.isValid()])


def load_steps():
    steps = []
    folder = os.path.join(HERE, "demo_steps")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".py") and not name.startswith("_"):
            spec = importlib.util.spec_from_file_location("demo_step_" + name[:-3], os.path.join(folder, name))
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            steps.append(module)
    return sorted(steps, key=lambda m: getattr(m, "ORDER", 100))


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
    from trygghet.workspace.gpkg import read_meta
    from trygghet.workspace.project import build_project

    import processing

    plugin = trygghet.classFactory(None)
    plugin.initProcessing()

    os.makedirs(OUT, exist_ok=True)
    gpkg = os.path.join(OUT, "trygghet-demo.gpkg")
    qgz = os.path.join(OUT, "trygghet-demo.qgz")
    for path in (gpkg, qgz):
        if os.path.exists(path):
            os.remove(path)  # the demo is regenerated from its seed; a real workspace is never overwritten

    started = time.time()
    result = processing.run("trygghet:createdemoworkspace", {"OUTPUT": gpkg})
    meta = read_meta(gpkg)
    project = QgsProject()
    build_project(gpkg, qgz, "Trygghet – demo Trollhättan (syntetiska data)", meta["demo_note"],
                  banner="Demo: syntetiska data, ungefärliga områdesgränser", project=project)
    demo = Demo(OUT, gpkg, project, processing)
    demo.record(gpkg, "demo workspace, {} incidents".format(int(result["INCIDENTS"])))
    for step in load_steps():
        step_started = time.time()
        step.run(demo)
        print("  step {:<28} {:6.1f} s".format(step.__name__.replace("demo_step_", ""), time.time() - step_started))
    if not project.write(qgz):
        raise SystemExit(project.error())
    demo.record(qgz, "QGIS project over the workspace and the analyses")

    print("make demo: done in {:.1f} s".format(time.time() - started))
    for path, what in demo.made:
        print("  {:<60} {}".format(os.path.relpath(path), what))
    if demo.report:
        print("The lägesbild report: {}".format(demo.report))
    project.clear()
    plugin.unload()
    finish()


if __name__ == "__main__":
    main()
