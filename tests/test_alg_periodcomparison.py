"""trygghet:periodcomparison (SPPT) through processing.run on constructed areas with known shifts."""

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsRectangle, QgsVectorLayer

SQUARES = [(0, 0), (100, 0), (0, 100), (100, 100)]


def areas():
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=name:string", "areas", "memory")
    feats = []
    for k, (x, y) in enumerate(SQUARES):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 100, y + 100)))
        f.setAttributes([f"area{k}"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def incidents(base_counts, test_counts, seed=2):
    rng = np.random.default_rng(seed)
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=t:string", "pts", "memory")
    feats = []
    for year, counts in (("2023-05-01", base_counts), ("2024-05-01", test_counts)):
        for (x, y), n in zip(SQUARES, counts):
            for px, py in rng.random((n, 2)) * 98 + 1:
                f = QgsFeature(layer.fields())
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + px, y + py)))
                f.setAttributes([year])
                feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


PERIODS = {"BASE_START": "2023-01-01T00:00:00", "BASE_END": "2024-01-01T00:00:00",
           "TEST_START": "2024-01-01T00:00:00", "TEST_END": "2025-01-01T00:00:00"}


def test_shift_is_found_per_area_and_s_index(run):
    params = dict(PERIODS, INPUT=incidents([100, 100, 100, 100], [300, 100, 100, 100]), TIME_FIELD="t",
                  AREAS=areas(), OUTPUT="memory:")
    res = run("trygghet:periodcomparison", params)
    feats = {f["name"]: f for f in res["OUTPUT"].getFeatures()}
    assert [feats[f"area{k}"]["base_count"] for k in range(4)] == [100, 100, 100, 100]
    assert [feats[f"area{k}"]["test_count"] for k in range(4)] == [300, 100, 100, 100]
    assert feats["area0"]["base_pct"] == pytest.approx(25.0)
    assert feats["area0"]["test_pct"] == pytest.approx(50.0)
    assert feats["area1"]["test_pct"] == pytest.approx(100 / 6)
    assert feats["area0"]["changed"] == 1 and feats["area0"]["ci_low"] > 25.0
    assert all(feats[f"area{k}"]["changed"] == -1 for k in (1, 2, 3))
    for f in feats.values():
        assert f["ci_low"] <= f["test_pct"] + 5 and f["ci_high"] >= f["test_pct"] - 5
    assert res["S_INDEX"] == 0.0 and res["ROBUST_S_INDEX"] == 0.0


def test_same_pattern_is_similar_on_grid(run):
    points = incidents([100, 60, 40, 80], [100, 60, 40, 80])
    params = dict(PERIODS, INPUT=points, TIME_FIELD="t", CELL_SIZE=100, OUTPUT="memory:")
    res = run("trygghet:periodcomparison", params)
    out = res["OUTPUT"]
    assert out.featureCount() == 4
    assert all(f["changed"] == 0 for f in out.getFeatures())
    assert res["S_INDEX"] == 1.0
    base = [p for p in points.getFeatures() if p["t"].startswith("2023")]
    for f in out.getFeatures():  # grid over the points' extent: count the base points in each cell by brute force
        inside = sum(1 for p in base if f.geometry().contains(p.geometry()))
        assert f["base_count"] == inside
    assert sum(f["base_count"] for f in out.getFeatures()) == 280


def test_bad_inputs(run):
    with pytest.raises(QgsProcessingException, match="at least 30 incidents"):
        run("trygghet:periodcomparison", dict(PERIODS, INPUT=incidents([5, 5, 5, 5], [50, 50, 50, 50]),
                                              TIME_FIELD="t", OUTPUT="memory:"))
    with pytest.raises(QgsProcessingException, match="end after it starts"):
        run("trygghet:periodcomparison", dict(PERIODS, BASE_END="2022-01-01T00:00:00",
                                              INPUT=incidents([50] * 4, [50] * 4), TIME_FIELD="t",
                                              OUTPUT="memory:"))
