"""trygghet:hotspotstatistics through processing.run, checked against brute-force Gi* and Local Moran."""

import datetime
import math

import numpy as np
import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDateTime
from trygghet.plugin_paths import style_path


class LogFeedback(QgsProcessingFeedback):
    def __init__(self, cancel_after_progress=False):
        super().__init__()
        self.lines = []
        self.cancel_after_progress = cancel_after_progress

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    def setProgress(self, progress):  # noqa: N802
        super().setProgress(progress)
        if self.cancel_after_progress:
            self.cancel()


def point_layer(xy, crs="EPSG:3006"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=w:double", "pts", "memory")
    feats = []
    for i, (x, y) in enumerate(xy):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes([float(i % 3 + 1)])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def clustered_points(seed=3, n=400):
    rng = np.random.default_rng(seed)
    bg = rng.random((n, 2)) * 1000.0
    hot = np.array([700.0, 300.0]) + rng.normal(0, 60, (n // 2, 2))
    pts = np.vstack([bg, hot])
    return pts[(pts[:, 0] >= 0) & (pts[:, 0] <= 1000) & (pts[:, 1] >= 0) & (pts[:, 1] <= 1000)]


def brute_gi_star(xy, y, d):
    n = len(y)
    ybar = sum(y) / n
    s = math.sqrt(sum(v * v for v in y) / n - ybar * ybar)
    z = []
    for i in range(n):
        lag, w = 0.0, 0
        for j in range(n):
            if math.hypot(xy[i][0] - xy[j][0], xy[i][1] - xy[j][1]) <= d * (1 + 1e-9):
                lag += y[j]
                w += 1
        z.append((lag - ybar * w) / (s * math.sqrt((n * w - w * w) / (n - 1))))
    return z


def p_two(z):
    return math.erfc(abs(z) / math.sqrt(2.0))


def rows(layer, *names):
    out = []
    for f in layer.getFeatures():
        c = f.geometry().centroid().asPoint()
        out.append([c.x(), c.y(), f.geometry()] + [f[n] for n in names])
    return out


def test_gi_star_square_cells_equal_brute_force(run, tmp_path):
    pts = clustered_points()
    layer = point_layer(pts)
    x0, y0 = pts.min(axis=0)
    x1, y1 = pts.max(axis=0)
    extent = QgsVectorLayer("Polygon?crs=EPSG:3006", "extent", "memory")
    box = QgsFeature()
    box.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0 - 0.01, y0 - 0.01, x1 + 0.01, y1 + 0.01)))
    extent.dataProvider().addFeatures([box])
    res = run("trygghet:hotspotstatistics", {"INPUT": layer, "CELL_SIZE": 100, "NEIGHBORHOOD": 1, "DISTANCE": 150,
                                             "FDR": False, "MASK": extent, "OUTPUT": str(tmp_path / "gi.gpkg")})
    out = QgsVectorLayer(res["OUTPUT"])
    data = rows(out, "value", "z", "p", "bin")
    assert len(data) == 100  # 10 x 10 cells over the points' extent (given as the study area), zero cells included
    # count the points in each output polygon by brute force
    counts = []
    for _, _, geom, *_ in data:
        counts.append(sum(1 for x, y in pts if geom.contains(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
                          or geom.touches(QgsGeometry.fromPointXY(QgsPointXY(x, y)))))
    values = [r[3] for r in data]
    assert sum(values) == len(pts)
    inner = [i for i, r in enumerate(data) if counts[i] == r[3]]
    assert len(inner) >= 90  # points exactly on a shared edge are counted twice by the brute force, once by us
    assert all(values[i] == counts[i] for i in inner)
    z_ref = brute_gi_star([(r[0], r[1]) for r in data], values, 150.0)
    for r, zr in zip(data, z_ref):
        assert r[4] == pytest.approx(zr, abs=1e-6)
        assert r[5] == pytest.approx(p_two(zr), rel=1e-6, abs=1e-12)
        level = 3 if p_two(zr) <= 0.01 else 2 if p_two(zr) <= 0.05 else 1 if p_two(zr) <= 0.10 else 0
        assert r[6] == int(math.copysign(level, zr)) if level else r[6] == 0
    hottest = max(data, key=lambda r: r[4])
    assert abs(hottest[0] - 700) <= 100 and abs(hottest[1] - 300) <= 100 and hottest[6] == 3


def grid_polygons(nx=6, ny=6, size=100.0, values=None):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006&field=name:string&field=val:double", "areas", "memory")
    feats = []
    k = 0
    for r in range(ny):
        for c in range(nx):
            f = QgsFeature(layer.fields())
            f.setGeometry(QgsGeometry.fromRect(QgsRectangle(c * size, r * size, (c + 1) * size, (r + 1) * size)))
            f.setAttributes([f"a{k}", float(values[k])])
            feats.append(f)
            k += 1
    layer.dataProvider().addFeatures(feats)
    return layer


def test_local_moran_queen_polygons_equal_brute_force(run):
    rng = np.random.default_rng(7)
    vals = rng.poisson(3, 36).astype(float)
    vals[:8] += 10  # a high cluster in the south
    layer = grid_polygons(values=vals)
    res = run("trygghet:hotspotstatistics", {"INPUT": layer, "VALUE_FIELD": "val", "STATISTIC": 1,
                                             "NEIGHBORHOOD": 2, "OUTPUT": "memory:"})
    out = res["OUTPUT"]
    assert out.fields().names()[:2] == ["name", "val"]  # input attributes kept
    feats = sorted(out.getFeatures(), key=lambda f: int(f["name"][1:]))
    n = 36
    y = [float(v) for v in vals]
    mean = sum(y) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in y) / n)
    zz = [(v - mean) / sd for v in y]
    m2 = sum(v * v for v in zz) / n
    b2 = (sum(v ** 4 for v in zz) / n) / m2 ** 2
    for i in range(n):
        ri, ci = divmod(i, 6)
        nb = [j for j in range(n) if j != i and abs(divmod(j, 6)[0] - ri) <= 1 and abs(divmod(j, 6)[1] - ci) <= 1]
        lag = sum(zz[j] for j in nb)
        li = (n - 1) * zz[i] * lag / sum(v * v for v in zz)
        wi = len(nb)
        ei = -wi / (n - 1)
        vi = wi * (n - b2) / (n - 1) + (wi * wi - wi) * (2 * b2 - n) / ((n - 1) * (n - 2)) - ei * ei
        f = feats[i]
        assert f["value"] == y[i]
        assert f["local_i"] == pytest.approx(li, abs=1e-9)
        assert f["z"] == pytest.approx((li - ei) / math.sqrt(vi), abs=1e-6)
        quad = ("HH" if lag > 0 else "HL") if zz[i] > 0 else ("LH" if lag > 0 else "LL")
        assert f["quadrant"] in (quad, "ns")
        assert (f["quadrant"] == "ns") == (abs(f["bin"]) < 2)
    assert any(f["quadrant"] == "HH" for f in feats[:8])


def test_permutations_reproducible_and_bin_from_p_sim(run):
    layer = point_layer(clustered_points())
    params = {"INPUT": layer, "CELL_SIZE": 100, "NEIGHBORHOOD": 3, "K": 6, "PERMUTATIONS": 199, "SEED": 5,
              "FDR": False, "OUTPUT": "memory:"}
    a = [(f["p_sim"], f["bin"], f["z"]) for f in run("trygghet:hotspotstatistics", params)["OUTPUT"].getFeatures()]
    b = [(f["p_sim"], f["bin"]) for f in run("trygghet:hotspotstatistics", params)["OUTPUT"].getFeatures()]
    assert [r[:2] for r in a] == b
    for p_sim, bin_, z in a:
        assert 1 / 200 <= p_sim <= 1
        level = 3 if p_sim <= 0.01 else 2 if p_sim <= 0.05 else 1 if p_sim <= 0.10 else 0
        assert abs(bin_) == level and (bin_ == 0 or (bin_ > 0) == (z > 0))


def test_hexagons_and_automatic_choices_are_logged(run):
    layer = point_layer(clustered_points())
    fb = LogFeedback()
    out = run("trygghet:hotspotstatistics", {"INPUT": layer, "CELL_SHAPE": 1, "OUTPUT": "memory:"},
              feedback=fb)["OUTPUT"]
    log = "\n".join(fb.lines)
    assert "Cell size chosen automatically" in log and "Distance band chosen automatically" in log
    geom = next(out.getFeatures()).geometry()
    assert len(geom.asPolygon()[0]) == 7  # hexagons
    assert sum(f["value"] for f in out.getFeatures()) == len(clustered_points())


def test_mask_keeps_zero_cells_inside_and_drops_outside(run):
    layer = point_layer(clustered_points())
    mask = QgsVectorLayer("Polygon?crs=EPSG:3006", "mask", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromRect(QgsRectangle(0, 0, 1500, 1000)))
    mask.dataProvider().addFeatures([f])
    out = run("trygghet:hotspotstatistics", {"INPUT": layer, "CELL_SIZE": 100, "NEIGHBORHOOD": 1, "DISTANCE": 150,
                                             "MASK": mask, "OUTPUT": "memory:"})["OUTPUT"]
    assert out.featureCount() == 150
    east = [g for g in out.getFeatures() if g.geometry().centroid().asPoint().x() > 1000]
    assert len(east) == 50 and all(g["value"] == 0 for g in east)


def test_geographic_input_is_transformed_and_logged(run):
    pts = clustered_points() + np.array([340000.0, 6460000.0])
    tr = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:3006"), QgsCoordinateReferenceSystem("EPSG:4326"),
                                QgsProject.instance())
    geo = [tr.transform(QgsPointXY(x, y)) for x, y in pts]
    layer = point_layer([(p.x(), p.y()) for p in geo], crs="EPSG:4326")
    fb = LogFeedback()
    out = run("trygghet:hotspotstatistics", {"INPUT": layer, "CELL_SIZE": 100, "NEIGHBORHOOD": 1, "DISTANCE": 150,
                                             "OUTPUT": "memory:"}, feedback=fb)["OUTPUT"]
    assert any("transformed to SWEREF 99 TM" in line for line in fb.lines)
    assert out.crs().authid() == "EPSG:3006"
    assert out.featureCount() >= 100


def test_bad_inputs_give_clear_errors(run):
    with pytest.raises(QgsProcessingException, match="at least 30"):
        run("trygghet:hotspotstatistics", {"INPUT": point_layer(clustered_points()[:20]), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="All values are zero"):
        run("trygghet:hotspotstatistics", {"INPUT": grid_polygons(values=np.zeros(36)), "VALUE_FIELD": "val",
                                           "NEIGHBORHOOD": 2, "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="value field is required"):
        run("trygghet:hotspotstatistics", {"INPUT": grid_polygons(values=np.arange(36)), "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="distance band greater than 0"):
        run("trygghet:hotspotstatistics", {"INPUT": point_layer(clustered_points()), "NEIGHBORHOOD": 1,
                                           "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="more than the limit"):
        run("trygghet:hotspotstatistics", {"INPUT": point_layer(clustered_points()), "CELL_SIZE": 0.5,
                                           "OUTPUT": "memory:"})


def test_cancel(run):
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run("trygghet:hotspotstatistics", {"INPUT": point_layer(clustered_points()), "CELL_SIZE": 100,
                                           "PERMUTATIONS": 99, "NEIGHBORHOOD": 3, "OUTPUT": "memory:"},
            feedback=LogFeedback(cancel_after_progress=True))


def test_demo_gi_star_is_styled_with_swedish_legend(run, demo_workspace, tmp_path):
    res = run("trygghet:hotspotstatistics", {"INPUT": demo_workspace + "|layername=incidents", "CELL_SIZE": 250,
                                             "MASK": demo_workspace + "|layername=areas",
                                             "OUTPUT": str(tmp_path / "demo_gi.gpkg")})
    out = QgsVectorLayer(res["OUTPUT"])
    assert out.featureCount() > 500
    assert max(f["bin"] for f in out.getFeatures()) == 3
    msg, ok = out.loadNamedStyle(style_path("hotspot_bins"))
    assert ok, msg
    labels = [c.label() for c in out.renderer().categories()]
    assert labels[:7] == ["Hot spot 99 %", "Hot spot 95 %", "Hot spot 90 %", "Inte signifikant", "Kall fläck 90 %",
                          "Kall fläck 95 %", "Kall fläck 99 %"]
    assert out.attributeAlias(out.fields().indexOf("bin")) == "Konfidensklass"


# --- period filter (START/END on the time field, points only) -----------------------------------------------
PERIOD_START = datetime.datetime(2024, 1, 1)
PERIOD_END = datetime.datetime(2024, 7, 1)


def timed_points(seed=11):
    """Clustered points with times spread over 2023-2024, some null, and some exactly on the period's bounds."""
    pts = clustered_points(seed=seed, n=600)
    rng = np.random.default_rng(seed)
    first = datetime.datetime(2023, 1, 1)
    times = [first + datetime.timedelta(seconds=int(s)) for s in rng.integers(0, 2 * 365 * 86400, len(pts))]
    for i in range(0, 40, 10):
        times[i] = None
    for i in range(5, 40, 10):
        times[i] = PERIOD_START
    for i in range(7, 40, 10):
        times[i] = PERIOD_END
    return pts, times


def timed_layer(pts, times, field="occurred_at", as_text=False):
    kind = "string" if as_text else "datetime"
    layer = QgsVectorLayer(f"Point?crs=EPSG:3006&field={field}:{kind}&field=w:double", "timed", "memory")
    feats = []
    for (x, y), t in zip(pts, times):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        value = None if t is None else t.strftime("%Y-%m-%d %H:%M:%S") if as_text else QDateTime(t)
        f.setAttributes([value, 1.0])
        feats.append(f)
    assert layer.dataProvider().addFeatures(feats)
    return layer


def cells(layer):
    out = []
    for f in layer.getFeatures():
        c = f.geometry().centroid().asPoint()
        out.append((round(c.x(), 6), round(c.y(), 6), f["value"], f["z"], f["p"], f["bin"]))
    return sorted(out)


GI_FIXED = {"CELL_SIZE": 100, "NEIGHBORHOOD": 1, "DISTANCE": 150, "FDR": False, "OUTPUT": "memory:"}


def test_period_equals_the_same_analysis_on_prefiltered_points(run):
    pts, times = timed_points()
    inside = [i for i, t in enumerate(times) if t is not None and PERIOD_START <= t < PERIOD_END]
    assert 100 < len(inside) < len(pts) // 2
    assert 5 in inside and 7 not in inside  # start included, end excluded
    fb = LogFeedback()
    filtered = run("trygghet:hotspotstatistics", dict(GI_FIXED, INPUT=timed_layer(pts, times),
                                                      START="2024-01-01T00:00:00", END="2024-07-01T00:00:00"),
                   feedback=fb)["OUTPUT"]
    reference = run("trygghet:hotspotstatistics",
                    dict(GI_FIXED, INPUT=timed_layer(pts[inside], [times[i] for i in inside])))["OUTPUT"]
    got, want = cells(filtered), cells(reference)
    assert len(got) == len(want) > 30
    assert sum(c[2] for c in got) == len(inside)
    for g, w in zip(got, want):
        assert g[:3] == w[:3] and g[5] == w[5]
        assert g[3] == pytest.approx(w[3], abs=1e-12) and g[4] == pytest.approx(w[4], abs=1e-12)
    log = "\n".join(fb.lines)
    n_null = sum(t is None for t in times)
    assert f"{n_null} points have no valid time" in log
    assert f"{len(pts) - n_null - len(inside)} points lie outside the time window" in log
    # without a period every incident counts, null times too, and the cells differ from the period's
    everything = cells(run("trygghet:hotspotstatistics", dict(GI_FIXED, INPUT=timed_layer(pts, times)))["OUTPUT"])
    assert sum(c[2] for c in everything) == len(pts)
    assert [c[2] for c in everything] != [c[2] for c in got]


def test_period_with_text_time_field_and_open_end(run):
    pts, times = timed_points(seed=12)
    inside = [i for i, t in enumerate(times) if t is not None and t >= PERIOD_START]
    filtered = run("trygghet:hotspotstatistics", dict(GI_FIXED, INPUT=timed_layer(pts, times, "tid", True),
                                                      TIME_FIELD="tid", START="2024-01-01T00:00:00"))["OUTPUT"]
    reference = run("trygghet:hotspotstatistics",
                    dict(GI_FIXED, INPUT=timed_layer(pts[inside], [times[i] for i in inside], "tid", True)))["OUTPUT"]
    got, want = cells(filtered), cells(reference)
    assert sum(c[2] for c in got) == len(inside) < len(pts)
    assert [g[:3] + g[5:] for g in got] == [w[:3] + w[5:] for w in want]
    assert [g[3] for g in got] == pytest.approx([w[3] for w in want], abs=1e-12)


def test_period_errors(run):
    pts, times = timed_points()
    with pytest.raises(QgsProcessingException, match="points only"):
        run("trygghet:hotspotstatistics", {"INPUT": grid_polygons(values=np.arange(36)), "VALUE_FIELD": "val",
                                           "NEIGHBORHOOD": 2, "START": "2024-01-01T00:00:00", "OUTPUT": "memory:"})
    with pytest.raises(QgsProcessingException, match="no time field named “occurred_at”"):
        run("trygghet:hotspotstatistics", dict(GI_FIXED, INPUT=point_layer(pts), END="2024-01-01T00:00:00"))
    with pytest.raises(QgsProcessingException, match="must be after its start"):
        run("trygghet:hotspotstatistics", dict(GI_FIXED, INPUT=timed_layer(pts, times),
                                               START="2024-07-01T00:00:00", END="2024-01-01T00:00:00"))
    with pytest.raises(QgsProcessingException, match="at least 30"):
        run("trygghet:hotspotstatistics", dict(GI_FIXED, INPUT=timed_layer(pts, times),
                                               START="2030-01-01T00:00:00"))


def _cells(layer):
    """{cell centre (rounded to cm): (value, z, bin)} of a hot-spot output."""
    out = {}
    for f in layer.getFeatures():
        c = f.geometry().centroid().asPoint()
        out[(round(c.x(), 2), round(c.y(), 2))] = (f["value"], f["z"], f["bin"])
    return out


def _polygon_layer(wkt):
    layer = QgsVectorLayer("Polygon?crs=EPSG:3006", "area", "memory")
    f = QgsFeature()
    f.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([f])
    return layer


def test_without_mask_the_study_area_is_the_hull_of_the_points(run):
    """A town-like L of incidents: the default study area is their convex hull (widened by half a cell diagonal),
    not the bounding box; inside it the results equal those of the same hull given as the mask."""
    from shapely.geometry import MultiPoint

    rng = np.random.default_rng(11)
    south = np.column_stack([rng.random(300) * 3000.0, rng.random(300) * 400.0])
    west = np.column_stack([rng.random(300) * 400.0, rng.random(300) * 3000.0])
    hot = np.array([300.0, 250.0]) + rng.normal(0, 40, (120, 2))
    pts = np.vstack([south, west, hot])
    pts = pts[(pts[:, 0] >= 0) & (pts[:, 1] >= 0)]
    layer = point_layer(pts)
    cell = 100.0
    params = {"INPUT": layer, "CELL_SIZE": cell, "NEIGHBORHOOD": 1, "DISTANCE": 250, "FDR": False,
              "OUTPUT": "memory:"}
    feedback = LogFeedback()
    default = run("trygghet:hotspotstatistics", params, feedback=feedback)["OUTPUT"]
    assert any("convex hull" in line for line in feedback.lines)
    # the whole bounding box, as before: the box given as the mask
    x0, y0, x1, y1 = pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max()
    box = run("trygghet:hotspotstatistics", dict(params, MASK=_polygon_layer(
        "POLYGON(({a} {b},{c} {b},{c} {d},{a} {d},{a} {b}))".format(a=x0, b=y0, c=x1, d=y1))))["OUTPUT"]
    columns, rows_ = math.ceil((x1 - x0) / cell), math.ceil((y1 - y0) / cell)
    assert abs(box.featureCount() - columns * rows_) <= columns + rows_ + 1
    # hull of an L: the empty north-east triangle is left out, about half the box
    assert default.featureCount() < 0.75 * box.featureCount()
    # the same hull given as the mask: identical cells and statistics
    hull = MultiPoint([tuple(p) for p in pts]).convex_hull.buffer(cell * math.sqrt(0.5), 16)
    masked = run("trygghet:hotspotstatistics", dict(params, MASK=_polygon_layer(hull.wkt)))["OUTPUT"]
    a, b = _cells(default), _cells(masked)
    assert set(a) == set(b)
    for key in a:
        assert a[key][0] == b[key][0] and a[key][2] == b[key][2]
        assert a[key][1] == pytest.approx(b[key][1], abs=1e-9)
    # every incident lies in a kept cell: the counts add up to the number of incidents
    assert sum(v[0] for v in a.values()) == len(pts)
    # the hot cluster is found as a hot spot
    assert max(v[2] for k, v in a.items() if math.hypot(k[0] - 300, k[1] - 250) < 150) == 3


def test_workspace_incidents_default_to_the_workspace_areas(run, demo_workspace):
    incidents = QgsVectorLayer(demo_workspace + "|layername=incidents", "incidents", "ogr")
    areas = QgsVectorLayer(demo_workspace + "|layername=areas", "areas", "ogr")
    params = {"INPUT": incidents, "CELL_SIZE": 200, "NEIGHBORHOOD": 1, "DISTANCE": 400, "OUTPUT": "memory:"}
    feedback = LogFeedback()
    default = run("trygghet:hotspotstatistics", params, feedback=feedback)["OUTPUT"]
    assert any("areas are used" in line for line in feedback.lines)
    masked = run("trygghet:hotspotstatistics", dict(params, MASK=areas))["OUTPUT"]
    assert default.featureCount() > 0 and _cells(default) == _cells(masked)


def _run_and_load(algorithm_id, parameters):
    """Run as the dialog does: outputs destined for the project, then each layer to load taken into the project and
    handed to its post-processor (the plugin's style), as QGIS's result handling does after a dialog run."""
    from processing.core.Processing import Processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingOutputLayerDefinition

    project = QgsProject.instance()
    parameters = dict(parameters, OUTPUT=QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project))
    context = QgsProcessingContext()
    context.setProject(project)
    feedback = QgsProcessingFeedback()
    loaded = []

    def load(_algorithm, context, feedback):
        for key, details in context.layersToLoadOnCompletion().items():
            layer = context.temporaryLayerStore().takeMapLayer(context.getMapLayer(key))
            project.addMapLayer(layer)
            if details.postProcessor() is not None:
                details.postProcessor().postProcessLayer(layer, context, feedback)
            loaded.append(layer)

    Processing.runAlgorithm(algorithm_id, parameters, onFinish=load, feedback=feedback, context=context)
    return loaded


def test_legend_lists_only_the_classes_of_the_statistic(run, demo_workspace):
    """Loaded as the dialog loads it, the legend holds only the classes the statistic can produce: Gi*'s seven
    confidence classes, or Local Moran's four quadrants and 'not significant'."""
    incidents = QgsVectorLayer(demo_workspace + "|layername=incidents", "incidents", "ogr")
    values = {}
    for statistic in (0, 1):
        loaded = _run_and_load("trygghet:hotspotstatistics", {
            "INPUT": incidents, "STATISTIC": statistic, "CELL_SIZE": 250, "NEIGHBORHOOD": 1, "DISTANCE": 500})
        assert len(loaded) == 1
        layer = loaded[0]
        values[statistic] = sorted(str(c.value()) for c in layer.renderer().categories())
        QgsProject.instance().removeMapLayer(layer.id())
    assert values[0] == sorted(["3", "2", "1", "0", "-1", "-2", "-3"])
    assert values[1] == sorted(["HH", "HL", "LH", "LL", "ns"])
