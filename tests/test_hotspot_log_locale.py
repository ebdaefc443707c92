"""trygghet:hotspotstatistics's log in Swedish: the numbers of the distance band and of the bivariate quadrant counts
written the Swedish way (decimal comma, no English separators), the counts matching the output's own features."""

import re

import numpy as np
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsRectangle, QgsVectorLayer


def _points(xy):
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "pts", "memory")
    feats = []
    for x, y in xy:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _mask():
    mask = QgsVectorLayer("Polygon?crs=EPSG:3006", "mask", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 1000, 1000)))
    mask.dataProvider().addFeatures([f])
    return mask


def _clustered(seed):
    rng = np.random.default_rng(seed)
    pts = np.vstack([rng.uniform(5, 995, (300, 2)), rng.normal([700, 300], 60, (200, 2))])
    return pts[np.all((pts > 1) & (pts < 999), axis=1)]


def test_distance_band_logged_with_a_decimal_comma(run, swedish, log_feedback):
    fb = log_feedback()
    run("trygghet:hotspotstatistics", {"INPUT": _points(_clustered(3)), "CELL_SIZE": 100, "MASK": _mask(),
                                       "OUTPUT": "memory:"}, feedback=fb)
    line = next(line for line in fb.lines if line.startswith("Avståndsband valt automatiskt: "))
    assert re.match(r"Avståndsband valt automatiskt: \d+(,\d)? m\. \S", line), line


def test_bivariate_quadrant_counts_logged_in_swedish(run, swedish, log_feedback):
    rng = np.random.default_rng(8)
    marks = np.vstack([rng.uniform(5, 995, (60, 2)), rng.normal([330, 250], 60, (90, 2))])
    marks = marks[np.all((marks > 1) & (marks < 999), axis=1)]
    fb = log_feedback()
    out = run("trygghet:hotspotstatistics", {
        "INPUT": _points(_clustered(8)), "SECOND_INPUT": _points(marks), "STATISTIC": 2, "CELL_SIZE": 100,
        "MASK": _mask(), "NEIGHBORHOOD": 2, "PERMUTATIONS": 0, "SEED": 2, "OUTPUT": "memory:"},
        feedback=fb)["OUTPUT"]
    quadrants = [f["quadrant"] for f in out.getFeatures()]
    want = {q: quadrants.count(q) for q in ("HH", "HL", "LH", "LL")}
    line = next(line for line in fb.lines if line.startswith("Signifikanta på 95 %-nivån"))
    assert line.endswith(": {HH} HH, {HL} HL, {LH} LH och {LL} LL av {n}.".format(n=len(quadrants), **want)), line
    assert len(quadrants) == 100
