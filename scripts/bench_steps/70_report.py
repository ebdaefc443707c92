"""Bench: the whole lägesbild report (PDF) from the demo workspace, every analysis included (target ≤ 60 s)."""

import os
import subprocess

ORDER = 70


def run(bench):
    workspace = os.path.join(bench.scratch, "report_demo.gpkg")
    bench.processing.run("trygghet:createdemoworkspace", {"OUTPUT": workspace})
    pdf = os.path.join(bench.scratch, "lagesbild.pdf")
    seconds, result = bench.timed(bench.processing.run, "trygghet:exportlagesbild",
                                  {"WORKSPACE": workspace, "OUTPUT": pdf})
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
    size = os.path.getsize(pdf) / float(1 << 20)
    bench.row("lägesbild report, demo workspace → PDF", seconds, 60.0, "target",
              "{} pages, {:.1f} MiB; pdfinfo says {}".format(
                  int(result["PAGES"]), size, next((line.split()[-1] for line in info.splitlines()
                                                    if line.startswith("Pages:")), "?")))
