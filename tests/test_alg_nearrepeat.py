"""trygghet:nearrepeat (Knox) through processing.run: observed pairs against a brute-force count."""

import math

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer


def layer_from(xy, days):
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=t:datetime", "pts", "memory")
    from qgis.PyQt.QtCore import QDateTime

    start = QDateTime.fromString("2024-01-01T00:00:00", "yyyy-MM-ddTHH:mm:ss")
    feats = []
    for (x, y), d in zip(xy, days):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes([start.addSecs(int(d * 86400))])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def near_repeat_data(seed=4):
    rng = np.random.default_rng(seed)
    xy = list(rng.random((120, 2)) * 3000)
    days = list(rng.integers(0, 365, 120).astype(float))
    for k in range(40):  # each seed event followed by a repeat 20 m away 2 days later
        xy.append(xy[k] + rng.normal(0, 15, 2))
        days.append(days[k] + 2)
    return np.array(xy), np.array(days)


def test_knox_table_against_brute_force(run):
    xy, days = near_repeat_data()
    out = run("trygghet:nearrepeat", {"INPUT": layer_from(xy, days), "TIME_FIELD": "t", "DISTANCE_BAND": 100,
                                      "DISTANCE_BANDS": 3, "TIME_BAND": 7, "TIME_BANDS": 2, "PERMUTATIONS": 99,
                                      "SEED": 3, "OUTPUT": "memory:"})["OUTPUT"]
    rows = list(out.getFeatures())
    assert len(rows) == 6
    brute = {}
    n = len(days)
    for i in range(n):
        for j in range(i + 1, n):
            d = math.hypot(*(xy[i] - xy[j]))
            t = abs(days[i] - days[j])
            if d <= 300 and t <= 14:
                key = (max(0, math.ceil(d / 100) - 1), max(0, math.ceil(t / 7) - 1))
                brute[key] = brute.get(key, 0) + 1
    for r in rows:
        key = (int(r["distance_from"] // 100), int(r["days_from"] // 7))
        assert r["observed"] == brute.get(key, 0)
        assert 0.01 <= r["p"] <= 1
    first = next(r for r in rows if r["distance_from"] == 0 and r["days_from"] == 0)
    assert first["ratio"] > 3 and first["p"] == pytest.approx(0.01)


def test_bad_inputs_and_cancel(run):
    xy, days = near_repeat_data()
    with pytest.raises(QgsProcessingException, match="at least 30"):
        run("trygghet:nearrepeat", {"INPUT": layer_from(xy[:10], days[:10]), "TIME_FIELD": "t", "OUTPUT": "memory:"})

    class Cancel(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            super().setProgress(progress)
            self.cancel()

    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("trygghet:nearrepeat", {"INPUT": layer_from(xy, days), "TIME_FIELD": "t", "OUTPUT": "memory:"},
            feedback=Cancel())
