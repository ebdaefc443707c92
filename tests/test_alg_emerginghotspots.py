"""trygghet:emerginghotspots through processing.run: the demo's emerging and fading hot spots, bad inputs, cancel."""

import numpy as np
import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)
from trygghet.core.demo import build_demo
from trygghet.plugin_paths import style_path

HOT_IN_FINAL_STEP = {"new_hot", "consecutive_hot", "intensifying_hot", "persistent_hot", "diminishing_hot",
                     "sporadic_hot", "oscillating_hot"}


class CancelAfterProgress(QgsProcessingFeedback):
    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        self.cancel()


def cell_at(layer, xy):
    point = QgsGeometry.fromPointXY(QgsPointXY(*xy))
    found = [f for f in layer.getFeatures() if f.geometry().intersects(point)]
    assert found, f"no cell at {xy}"
    return found[0]


def test_demo_emerging_and_fading_hot_spots(run, demo_workspace, tmp_path):
    meta = build_demo()["meta"]
    res = run("trygghet:emerginghotspots", {"INPUT": demo_workspace + "|layername=incidents",
                                            "TIME_FIELD": "occurred_at", "TIME_STEP": 1, "CELL_SIZE": 250,
                                            "OUTPUT": str(tmp_path / "ehsa.gpkg")})
    out = QgsVectorLayer(res["OUTPUT"])
    emerging = cell_at(out, meta["emerging_xy"])
    fading = cell_at(out, meta["fading_xy"])
    assert emerging["category"] in ("new_hot", "consecutive_hot", "intensifying_hot")
    assert emerging["trend_z"] > 1.96 and emerging["trend_p"] < 0.05
    assert fading["category"] in ("historical_hot", "diminishing_hot") or fading["category"] not in HOT_IN_FINAL_STEP
    assert fading["trend_z"] < -1.96
    labels = {"intensifying_hot": "Intensifierad hot spot", "diminishing_hot": "Avtagande hot spot",
              "no_pattern": "Inget mönster", "historical_hot": "Historisk hot spot",
              "consecutive_hot": "Sammanhängande hot spot", "new_hot": "Ny hot spot"}
    for f in (emerging, fading):
        if f["category"] in labels:
            assert f["category_sv"] == labels[f["category"]]
    assert 0 <= fading["hot_steps"] <= 48 and emerging["incidents"] > 300
    msg, ok = out.loadNamedStyle(style_path("emerging"))
    assert ok, msg
    cats = {c.value(): c.label() for c in out.renderer().categories()}
    assert cats["persistent_hot"] == "Ihållande hot spot" and cats["historical_cold"] == "Historisk kall fläck"


def synthetic(steps_hot, n_steps=12, seed=1):
    """Points with times: uniform background every month plus a cluster at (500, 500) in the months given."""
    rng = np.random.default_rng(seed)
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=t:string", "pts", "memory")
    feats = []
    for m in range(n_steps):
        n_bg = 40
        xy = list(rng.random((n_bg, 2)) * 1000)
        if m in steps_hot:
            xy += list(np.array([500.0, 500.0]) + rng.normal(0, 20, (25, 2)))
        for x, y in xy:
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            f.setAttributes([f"{2020 + m // 12}-{m % 12 + 1:02d}-15 12:00"])
            feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def run_synthetic(run, layer, feedback=None, **extra):
    params = {"INPUT": layer, "TIME_FIELD": "t", "TIME_STEP": 1, "CELL_SIZE": 100, "NEIGHBORHOOD_DISTANCE": 150,
              "OUTPUT": "memory:"}
    params.update(extra)
    return run("trygghet:emerginghotspots", params, feedback=feedback)["OUTPUT"]


def test_constructed_new_and_persistent_hot_spot(run):
    new = cell_at(run_synthetic(run, synthetic({11})), (500, 500))
    assert new["category"] == "new_hot" and new["category_sv"] == "Ny hot spot" and new["hot_steps"] == 1
    persistent = cell_at(run_synthetic(run, synthetic(set(range(12)))), (500, 500))
    assert persistent["category"] in ("persistent_hot", "intensifying_hot", "diminishing_hot")
    assert persistent["hot_steps"] >= 11


def test_bad_inputs(run):
    with pytest.raises(QgsProcessingException, match="single time step"):
        run_synthetic(run, synthetic({0}, n_steps=1))
    with pytest.raises(QgsProcessingException, match="at least 30"):
        layer = synthetic(set(), n_steps=12)
        layer.dataProvider().deleteFeatures([f.id() for f in layer.getFeatures()][25:])
        run_synthetic(run, layer)
    with pytest.raises(QgsProcessingException, match="valid time"):
        layer = synthetic({3}, n_steps=3)
        layer.dataProvider().changeAttributeValues({f.id(): {0: "not a date"} for f in layer.getFeatures()})
        run_synthetic(run, layer)


def test_cancel(run):
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_synthetic(run, synthetic({10, 11}), feedback=CancelAfterProgress())
