"""make demo: build the Trollhättan demo workspace and a QGIS project over it, then the analyses on top.

    python scripts/demo.py OUTPUT_FOLDER

The project and the analyses are built by the plugin itself (workspace/demo_project.py), the same code the menu
action "Create demo workspace (Trollhättan)" runs; here in Swedish, the language of the demo's users.
"""

import os
import sys
import time

from qgis.core import QgsApplication, QgsProject

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/demo")


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
    from trygghet import i18n
    from trygghet.workspace.demo_project import create_demo

    import processing

    translator = i18n.install_translator("sv")
    plugin = trygghet.classFactory(None)
    plugin.initProcessing()

    for name in ("trygghet-demo.gpkg", "trygghet-demo.qgz"):
        if os.path.exists(os.path.join(OUT, name)):
            os.remove(os.path.join(OUT, name))  # the demo is regenerated from its seed; a real workspace never is

    started = time.time()
    step_started = [time.time(), None]

    def on_step(step):
        if step_started[1] is not None:
            print("  step {:<28} {:6.1f} s".format(step_started[1], time.time() - step_started[0]))
        step_started[:] = [time.time(), step.__name__]

    project = QgsProject()
    demo = create_demo(OUT, project, processing, analyses=True, on_step=on_step)
    on_step(finish)
    print("make demo: done in {:.1f} s".format(time.time() - started))
    for path, what in demo.made:
        print("  {:<60} {}".format(os.path.relpath(path), what))
    if demo.report:
        print("The lägesbild report: {}".format(demo.report))
    project.clear()
    plugin.unload()
    i18n.remove_translator(translator)
    finish()


if __name__ == "__main__":
    main()
