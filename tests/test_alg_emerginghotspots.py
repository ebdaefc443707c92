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


def _brute_gi_star(cube, xy, distance, window):
    """Space-time Gi* by its definition (Getis & Ord 1992; Esri's space-time neighbourhood), one bin at a time."""
    n_loc, n_step = cube.shape
    values = cube.ravel()
    n = values.size
    mean = values.mean()
    s = np.sqrt((values ** 2).mean() - mean ** 2)
    z = np.zeros_like(cube)
    for i in range(n_loc):
        near = [j for j in range(n_loc) if np.hypot(*(xy[i] - xy[j])) <= distance]
        for t in range(n_step):
            bins = [(j, u) for j in near for u in range(max(0, t - window), t + 1)]
            w = len(bins)
            total = sum(cube[j, u] for j, u in bins)
            z[i, t] = (total - mean * w) / (s * np.sqrt((n * w - w * w) / (n - 1)))
    return z


def _brute_mann_kendall_z(series):
    """Mann-Kendall z with tie-corrected variance and continuity correction (Kendall 1975), pair by pair."""
    n = len(series)
    s = sum(np.sign(series[j] - series[i]) for i in range(n) for j in range(i + 1, n))
    _, counts = np.unique(np.round(series, 12), return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in counts)) / 18.0
    return 0.0 if s == 0 else (s - np.sign(s)) / np.sqrt(var)


def test_mask_analyses_every_location_inside_it(run):
    """With a study-area mask every cell inside it is analysed, empty cells included (Esri's rule); the z-score
    trends equal a brute-force space-time Gi* and Mann-Kendall on the same cube."""
    rng = np.random.default_rng(7)
    n_steps, size, ncell = 12, 100.0, 5
    centres = np.array([[size * (c + 0.5), size * (r + 0.5)] for r in range(ncell) for c in range(ncell)])
    cube = np.zeros((ncell * ncell, n_steps))
    busy = [0, 1, 2, 5, 6, 7, 12, 13, 18, 24]  # the other 15 cells never have an incident
    for i in busy:
        cube[i] = rng.integers(0, 4, n_steps)
    cube[6] += np.arange(n_steps)  # a growing cluster
    cube[busy[0], 0] += 1  # every busy cell has at least one incident
    layer = QgsVectorLayer("Point?crs=EPSG:3006&field=t:string", "pts", "memory")
    feats = []
    for i in range(len(centres)):
        for m in range(n_steps):
            for _ in range(int(cube[i, m])):
                f = QgsFeature(layer.fields())
                x, y = centres[i] + rng.uniform(-30, 30, 2)
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
                f.setAttributes([f"2021-{m + 1:02d}-10 20:00"])
                feats.append(f)
    layer.dataProvider().addFeatures(feats)
    mask = QgsVectorLayer("Polygon?crs=EPSG:3006", "mask", "memory")
    square = QgsFeature()
    square.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,500 0,500 500,0 500,0 0))"))
    mask.dataProvider().addFeatures([square])

    out = run_synthetic(run, layer, MASK=mask, NEIGHBORHOOD_DISTANCE=150, NEIGHBORHOOD_TIME_STEP=1)
    assert out.featureCount() == ncell * ncell  # all 25 cells, the 15 empty ones too
    z = _brute_gi_star(cube, centres, 150.0, 1)
    seen = 0
    for f in out.getFeatures():
        c = f.geometry().centroid().asPoint()
        i = int(np.argmin(np.hypot(centres[:, 0] - c.x(), centres[:, 1] - c.y())))
        assert f["incidents"] == int(cube[i].sum())
        assert f["trend_z"] == pytest.approx(_brute_mann_kendall_z(z[i]), abs=1e-9)
        seen += 1
    assert seen == 25
    empty = [f for f in out.getFeatures() if f["incidents"] == 0]
    assert len(empty) == 15

    # without a mask only the cells with incidents are analysed (Esri leaves empty locations out)
    unmasked = run_synthetic(run, layer, NEIGHBORHOOD_DISTANCE=150, NEIGHBORHOOD_TIME_STEP=1)
    assert all(f["incidents"] > 0 for f in unmasked.getFeatures())
