"""make demo: build the Trollhättan demo workspace and a QGIS project over it, then the analyses on top.

    python scripts/demo.py OUTPUT_FOLDER
"""

import os
import sys
import time

from qgis.core import QgsApplication

OUT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/demo")


def main():
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    import trygghet
    from trygghet.workspace.gpkg import read_meta
    from trygghet.workspace.project import build_project

    plugin = trygghet.classFactory(None)
    plugin.initProcessing()

    os.makedirs(OUT, exist_ok=True)
    gpkg = os.path.join(OUT, "trygghet-demo.gpkg")
    qgz = os.path.join(OUT, "trygghet-demo.qgz")
    for path in (gpkg, qgz):
        if os.path.exists(path):
            os.remove(path)  # the demo is regenerated from its seed; a real workspace is never overwritten

    made = []
    started = time.time()
    result = processing.run("trygghet:createdemoworkspace", {"OUTPUT": gpkg})
    made.append((gpkg, "demo workspace, {} incidents".format(int(result["INCIDENTS"]))))
    meta = read_meta(gpkg)
    project = build_project(gpkg, qgz, "Trygghet – demo Trollhättan (syntetiska data)", meta["demo_note"],
                            banner="Demo: syntetiska data, ungefärliga områdesgränser")
    made.append((qgz, "QGIS project over the workspace"))

    print("make demo: done in {:.1f} s".format(time.time() - started))
    for path, what in made:
        print("  {:<60} {}".format(os.path.relpath(path), what))
    del project
    plugin.unload()
    app.exitQgis()


if __name__ == "__main__":
    main()
