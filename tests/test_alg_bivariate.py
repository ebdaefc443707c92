"""trygghet:hotspotstatistics with STATISTIC 2, the bivariate Local Moran, through processing.run: polygons with two
fields and points with a second point layer, checked against a computation written out here."""

import math

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRectangle,
    QgsVectorLayer,
)


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)


def polygons(x, y, nx=6, size=100.0):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=name:string&field=val:double&field=val2:double", "areas",
                           "memory")
    feats = []
    for k, (a, b) in enumerate(zip(x, y)):
        r, c = divmod(k, nx)
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(c * size, r * size, (c + 1) * size, (r + 1) * size)))
        f.setAttributes([f"a{k}", float(a), float(b)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def points(xy):
    layer = QgsVectorLayer("Point?crs=EPSG:3006", "pts", "memory")
    feats = []
    for x, y in xy:
        f = QgsFeature()
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def square_mask(size=1000.0):
    mask = QgsVectorLayer("Polygon?crs=EPSG:3006", "mask", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, size, size)))
    mask.dataProvider().addFeatures([f])
    return mask


def queen(nrows, ncols):
    return [[rr * ncols + cc for rr in range(r - 1, r + 2) for cc in range(c - 1, c + 2)
             if (rr, cc) != (r, c) and 0 <= rr < nrows and 0 <= cc < ncols]
            for r in range(nrows) for c in range(ncols)]


def expected_bv(x, y, neighbours):
    """I_i = (n-1)/sum(zx^2) * zx_i * mean of zy over the neighbours, and its quadrant."""
    n = len(x)
    mx, my = sum(x) / n, sum(y) / n
    sx = math.sqrt(sum((v - mx) ** 2 for v in x) / n)
    sy = math.sqrt(sum((v - my) ** 2 for v in y) / n)
    zx = [(v - mx) / sx for v in x]
    zy = [(v - my) / sy for v in y]
    den = sum(v * v for v in zx)
    out = []
    for i in range(n):
        lag = sum(zy[j] for j in neighbours[i]) / len(neighbours[i])
        quad = ("HH" if lag > 0 else "HL") if zx[i] > 0 else ("LH" if lag > 0 else "LL")
        out.append(((n - 1) * zx[i] * lag / den, quad))
    return out


def test_polygons_two_fields_equal_the_definition(run):
    rng = np.random.default_rng(21)
    x = rng.poisson(3, 36).astype(float)
    y = rng.poisson(3, 36).astype(float)
    x[:12] += 9  # x high in the two southern rows ...
    y[:18] += 9  # ... and y high there and in the row north of them
    params = {"INPUT": polygons(x, y), "VALUE_FIELD": "val", "SECOND_FIELD": "val2", "STATISTIC": 2,
              "NEIGHBORHOOD": 2, "PERMUTATIONS": 499, "SEED": 4, "OUTPUT": "memory:"}
    out = run("trygghet:hotspotstatistics", params)["OUTPUT"]
    feats = sorted(out.getFeatures(), key=lambda f: int(f["name"][1:]))
    want = expected_bv(list(x), list(y), queen(6, 6))
    for f, (li, quad), a, b in zip(feats, want, x, y):
        assert f["value"] == a and f["second_value"] == b
        assert f["local_i"] == pytest.approx(li, abs=1e-9)
        assert 1 / 500 <= f["p_sim"] <= 1
        assert f["quadrant"] in (quad, "ns")
        assert (f["quadrant"] == "ns") == (abs(f["bin"]) < 2)
    assert sum(f["quadrant"] == "HH" for f in feats[:12]) >= 3
    again = run("trygghet:hotspotstatistics", params)["OUTPUT"]
    assert sorted(f["p_sim"] for f in again.getFeatures()) == sorted(f["p_sim"] for f in feats)


def test_points_second_layer_counted_in_the_same_cells(run):
    rng = np.random.default_rng(8)
    incidents = np.vstack([rng.uniform(5, 995, (150, 2)), rng.normal([250, 250], 60, (120, 2))])
    marks = np.vstack([rng.uniform(5, 995, (60, 2)), rng.normal([330, 250], 60, (90, 2))])
    incidents = incidents[np.all((incidents > 1) & (incidents < 999), axis=1)]
    marks = marks[np.all((marks > 1) & (marks < 999), axis=1)]
    fb = LogFeedback()
    out = run("trygghet:hotspotstatistics", {
        "INPUT": points(incidents), "SECOND_INPUT": points(marks), "STATISTIC": 2, "CELL_SIZE": 100,
        "MASK": square_mask(), "NEIGHBORHOOD": 2, "PERMUTATIONS": 0, "SEED": 2, "OUTPUT": "memory:"},
        feedback=fb)["OUTPUT"]
    assert any("999 conditional permutations" in line for line in fb.lines)
    assert out.featureCount() == 100
    x = np.zeros(100)
    y = np.zeros(100)
    for px, py in incidents:
        x[int(py // 100) * 10 + int(px // 100)] += 1
    for px, py in marks:
        y[int(py // 100) * 10 + int(px // 100)] += 1
    want = expected_bv(list(x), list(y), queen(10, 10))
    seen = 0
    for f in out.getFeatures():
        c = f.geometry().centroid().asPoint()
        k = int(c.y() // 100) * 10 + int(c.x() // 100)
        assert f["value"] == x[k] and f["second_value"] == y[k]
        assert f["local_i"] == pytest.approx(want[k][0], abs=1e-9)
        assert f["quadrant"] in (want[k][1], "ns")
        assert f["p_sim"] is not None
        seen += 1
    assert seen == 100
    hh = [f for f in out.getFeatures() if f["quadrant"] == "HH"]
    assert hh and all(abs(f.geometry().centroid().asPoint().x() - 300) < 250 for f in hh)


def test_bivariate_needs_its_second_variable(run):
    x = np.arange(36, dtype=float)
    with pytest.raises(QgsProcessingException, match="needs a second value field"):
        run("trygghet:hotspotstatistics", {"INPUT": polygons(x, x), "VALUE_FIELD": "val", "STATISTIC": 2,
                                           "NEIGHBORHOOD": 2, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="same value in every"):
        run("trygghet:hotspotstatistics", {"INPUT": polygons(x, np.ones(36)), "VALUE_FIELD": "val",
                                           "SECOND_FIELD": "val2", "STATISTIC": 2, "NEIGHBORHOOD": 2,
                                           "OUTPUT": "memory:"})
    pts = np.random.default_rng(1).uniform(0, 1000, (80, 2))
    with pytest.raises(QgsProcessingException, match="needs a second point layer"):
        run("trygghet:hotspotstatistics", {"INPUT": points(pts), "STATISTIC": 2, "CELL_SIZE": 100,
                                           "OUTPUT": "memory:"})
