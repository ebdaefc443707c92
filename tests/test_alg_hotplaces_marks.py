"""trygghet:hotplaces with dialogue marks: places from incidents and marks together, each mark weighted."""

import numpy as np
import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingFeedback, QgsVectorLayer

I1 = (340000.0, 6460000.0)  # 20 incidents
I2 = (341000.0, 6460000.0)  # 8 incidents and 2 unsafe marks
M = (340500.0, 6461000.0)  # 6 unsafe marks (and 3 that feel safe), no incidents


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)


def spread(centre, n, seed):
    rng = np.random.default_rng(seed)
    return [(centre[0] + dx, centre[1] + dy) for dx, dy in rng.uniform(-12, 12, (n, 2))]


def incidents():
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=occurred_at:string&field=category:string", "inc", "memory")
    feats = []
    for k, (x, y) in enumerate(spread(I1, 20, 1) + spread(I2, 8, 2)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes(["2024-03-0{} 21:{:02d}".format(1 + k % 7, k), "klotter"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def marks():
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=feeling:integer", "marks", "memory")
    points = [(p, 1) for p in spread(M, 6, 3)] + [(p, 4) for p in spread(M, 3, 4)] + [(p, 2) for p in spread(I2, 2, 5)]
    feats = []
    for (x, y), feeling in points:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([feeling])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def places(run, **extra):
    params = {"INPUT": incidents(), "MIN_INCIDENTS": 10, "COUNT": 6, "OUTPUT": "memory:"}
    params.update(extra)
    feedback = LogFeedback()
    result = run("trygghet:hotplaces", params, feedback=feedback)
    feats = sorted(result["OUTPUT"].getFeatures(), key=lambda f: f["rank"])
    return result, feats, feedback


def null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def holds(feature, centre):
    return feature.geometry().contains(QgsGeometry.fromPointXY(QgsPointXY(*centre)))


def test_marks_alone_make_a_place_only_with_the_option(run):
    # without marks: only the 20 incidents reach the minimum of 10 (the 8 of I2 do not)
    result, feats, _ = places(run)
    assert result["PLACES"] == 1 and holds(feats[0], I1)
    assert (feats[0]["incidents"], feats[0]["marks"], feats[0]["weighted"]) == (20, 0, 20.0)
    # with the marks weighing 2 each: the cluster of 6 unsafe marks alone weighs 12 >= 10 and becomes a place;
    # I2 weighs 8 + 2 x 2 = 12; the 3 marks that feel safe do not count
    result, feats, feedback = places(run, MARKS=marks(), MARK_WEIGHT=2.0)
    assert result["PLACES"] == 3
    by_place = {name: next(f for f in feats if holds(f, centre)) for name, centre in (("I1", I1), ("I2", I2),
                                                                                       ("M", M))}
    assert (by_place["I1"]["incidents"], by_place["I1"]["marks"], by_place["I1"]["weighted"]) == (20, 0, 20.0)
    assert (by_place["I2"]["incidents"], by_place["I2"]["marks"], by_place["I2"]["weighted"]) == (8, 2, 12.0)
    assert (by_place["M"]["incidents"], by_place["M"]["marks"], by_place["M"]["weighted"]) == (0, 6, 12.0)
    assert by_place["I1"]["rank"] == 1
    assert by_place["I1"]["share_pct"] == pytest.approx(100.0 * 20 / 28, abs=0.01)  # a share of the incidents only
    assert null(by_place["M"]["top_categories"]) and null(by_place["M"]["peak_weekday"])  # no incidents there
    assert any("3 dialogue marks where the place feels safe are left out" in line for line in feedback.lines)
    assert any("8 dialogue marks count with a weight of 2.00 each" in line for line in feedback.lines)


def test_mark_weight_decides(run):
    # with weight 1 the 6 marks weigh 6 < 10: no place there; I2 weighs 8 + 2 = 10 and is one
    result, feats, _ = places(run, MARKS=marks(), MARK_WEIGHT=1.0)
    assert result["PLACES"] == 2
    assert not any(holds(f, M) for f in feats)
    i2 = next(f for f in feats if holds(f, I2))
    assert (i2["incidents"], i2["marks"], i2["weighted"]) == (8, 2, 10.0)
    # weight 0: marks change nothing
    result, feats, _ = places(run, MARKS=marks(), MARK_WEIGHT=0.0)
    assert result["PLACES"] == 1 and feats[0]["incidents"] == 20
