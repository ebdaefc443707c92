"""trygghet:measureeffect on a hand-built workspace with counts worked out by hand."""

import datetime
import math
import os

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
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate
from trygghet.workspace.gpkg import create_workspace, write_columns
from trygghet.workspace.schema import layer as layer_spec

X0, Y0 = 340000.0, 6460000.0  # Trollhättan, SWEREF 99 TM
D1 = datetime.date(2025, 1, 1)
BEFORE = datetime.datetime(2024, 6, 15, 12, 0)
AFTER = datetime.datetime(2025, 6, 15, 12, 0)


def _ring(cx, cy, r, n, when, out):
    for k in range(n):
        a = 2 * math.pi * k / n
        out.append((cx + r * math.cos(a), cy + r * math.sin(a), when))


def _square(x0, y0, x1, y1):
    return f"MULTIPOLYGON((({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0})))"


def _incidents():
    """Measure 1 at (500, 500) in area 1, measure 2 at (3500, 500) in area 2 (coordinates relative to X0, Y0).
    Target A: within 200 m (placed at 100 m), buffer B: 200–400 m (placed at 300 m), control C: beyond 400 m
    inside the area (placed 1000 m away)."""
    pts = []
    m1, m2 = (X0 + 500, Y0 + 500), (X0 + 3500, Y0 + 500)
    # measure 1: A 20 → 10, B 10 → 12, C 100 → 100
    _ring(*m1, 100, 20, BEFORE, pts)
    _ring(*m1, 100, 10, AFTER, pts)
    _ring(*m1, 300, 10, BEFORE, pts)
    _ring(*m1, 300, 12, AFTER, pts)
    for when in (BEFORE, AFTER):
        pts += [(X0 + 1500 + k, Y0 + 1500, when) for k in range(100)]
    # measure 2: A 40 → 10, B 10 → 5, C 100 → 100
    _ring(*m2, 100, 40, BEFORE, pts)
    _ring(*m2, 100, 10, AFTER, pts)
    _ring(*m2, 300, 10, BEFORE, pts)
    _ring(*m2, 300, 5, AFTER, pts)
    for when in (BEFORE, AFTER):
        pts += [(X0 + 4500 + k, Y0 + 1500, when) for k in range(100)]
    # never counted: on the done day, before the BEFORE window, outside every area, and one without a time
    pts += [(m1[0] + 50, m1[1], datetime.datetime(2025, 1, 1, 9, 0)),
            (m1[0] + 50, m1[1], datetime.datetime(2023, 6, 1, 9, 0)),
            (X0 + 9000, Y0 + 9000, BEFORE),
            (m1[0] + 50, m1[1], None)]
    # the data run to the end of 2025 so that the AFTER window is complete
    pts.append((X0 + 9000, Y0 + 9000, datetime.datetime(2026, 3, 1)))
    return pts


@pytest.fixture(scope="module")
def workspace(qgis_app, tmp_path_factory):
    path = str(tmp_path_factory.mktemp("effect") / "ws.gpkg")
    create_workspace(path)
    pts = _incidents()
    write_columns(path, layer_spec("incidents"), {
        "geometry": [f"POINT({x} {y})" for x, y, _t in pts],
        "uuid": [str(i) for i in range(len(pts))], "occurred_at": [t for _x, _y, t in pts],
        "category": ["skadegorelse"] * len(pts)})
    write_columns(path, layer_spec("areas"), {
        "geometry": [_square(X0, Y0, X0 + 2000, Y0 + 2000), _square(X0 + 3000, Y0, X0 + 5000, Y0 + 2000)],
        "uuid": ["a1", "a2"], "name": ["Kronogården", "Lextorp"]})
    write_columns(path, layer_spec("measures"), {
        "geometry": [f"POINT({X0 + 500} {Y0 + 500})", f"POINT({X0 + 3500} {Y0 + 500})",
                     f"POINT({X0 + 1000} {Y0 + 1000})"],
        "uuid": ["m1", "m2", "m3"], "title": ["Belysning", "Röjning", "Pågår fortfarande"],
        "status": ["genomford", "genomford", "pagaende"], "done_date": [D1, D1, None], "version": [1, 1, 1]})
    return path


def _params(ws, out, **extra):
    params = {"INPUT": ws + "|layername=incidents", "TIME_FIELD": "occurred_at",
              "MEASURES": ws + "|layername=measures", "AREAS": ws + "|layername=areas",
              "RADIUS": 200, "BUFFER": 200, "BEFORE": 365, "AFTER": 365, "OUTPUT": out}
    params.update(extra)
    return params


def _rows(path):
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid()
    return {f["measure_uuid"]: f for f in layer.getFeatures()}


def _expected(ab, aa, cb, ca, z=1.959963984540054):
    rel = (aa / ab) / (ca / cb)
    se = math.sqrt(1 / ab + 1 / aa + 1 / cb + 1 / ca)
    return rel, rel * math.exp(-z * se), rel * math.exp(z * se)


def test_hand_worked_counts_change_ci_wdq_and_verdicts(run, workspace, tmp_path):
    out = str(tmp_path / "effect.gpkg")
    run("trygghet:measureeffect", _params(workspace, out))
    rows = _rows(out)
    assert set(rows) == {"m1", "m2"}  # the measure still in progress is not evaluated
    m1, m2 = rows["m1"], rows["m2"]
    assert [m1[k] for k in ("a_before", "a_after", "b_before", "b_after", "c_before", "c_after")] == [
        20, 10, 10, 12, 100, 100]
    assert [m2[k] for k in ("a_before", "a_after", "b_before", "b_after", "c_before", "c_after")] == [
        40, 10, 10, 5, 100, 100]
    rel, lo, hi = _expected(20, 10, 100, 100)
    assert (m1["relative_change"], m1["ci_low"], m1["ci_high"]) == (
        pytest.approx(rel), pytest.approx(lo), pytest.approx(hi))
    assert m1["change_pct"] == pytest.approx(-50.0)
    # a halving, but the interval spans 1: "inga tecken på effekt", never "ingen effekt"
    assert m1["verdict"] == "no_sign_of_effect" and m1["verdict_text"].startswith("Inga tecken på effekt")
    assert "ingen effekt" not in m1["verdict_text"].lower()
    # WDQ = (12/100 − 10/100) / (10/100 − 20/100) = −0.2: displacement
    assert m1["wdq"] == pytest.approx(-0.2) and m1["wdq_code"] == "displacement"
    rel2, lo2, hi2 = _expected(40, 10, 100, 100)
    assert m2["relative_change"] == pytest.approx(0.25) and m2["ci_high"] == pytest.approx(hi2) and hi2 < 1
    assert m2["verdict"] == "sign_of_decrease" and m2["verdict_text"].startswith("Tecken på minskning")
    # WDQ = (5/100 − 10/100) / (10/100 − 40/100) = 1/6: diffusion of benefits
    assert m2["wdq"] == pytest.approx(1 / 6) and m2["wdq_code"] == "diffusion_of_benefits"
    assert m1["area"] == "Kronogården" and m2["area"] == "Lextorp" and m1["after_complete"]
    assert os.path.exists(out)


def test_too_few_data_and_control_layer(run, workspace, tmp_path):
    out = str(tmp_path / "few.gpkg")
    run("trygghet:measureeffect", _params(workspace, out, MIN_INCIDENTS=100))
    rows = _rows(out)
    assert {r["verdict"] for r in rows.values()} == {"too_few_data"}
    assert rows["m1"]["verdict_text"] == "För lite data för att bedöma effekten"
    # an explicit control: area 2 for both measures (minus each measure's own target and buffer)
    out2 = str(tmp_path / "control.gpkg")
    ctrl = str(tmp_path / "ctrl.gpkg")
    lyr = QgsVectorLayer("MultiPolygon?crs=EPSG:3006", "c", "memory")
    f = QgsFeature(lyr.fields())
    f.setGeometry(QgsGeometry.fromWkt(_square(X0 + 3000, Y0, X0 + 5000, Y0 + 2000)))
    lyr.dataProvider().addFeatures([f])
    QgsVectorFileWriter.writeAsVectorFormatV3(lyr, ctrl, QgsProject.instance().transformContext(),
                                              QgsVectorFileWriter.SaveVectorOptions())
    run("trygghet:measureeffect", _params(workspace, out2, AREAS=None, CONTROL=ctrl))
    rows = _rows(out2)
    # m1's control is all of area 2: 40+10+100 before, 10+5+100 after; m2's is area 2 minus its rings: 100/100
    assert (rows["m1"]["c_before"], rows["m1"]["c_after"]) == (150, 115)
    assert (rows["m2"]["c_before"], rows["m2"]["c_after"]) == (100, 100)


def test_geographic_incidents_are_transformed(run, workspace, tmp_path):
    src = QgsVectorLayer(workspace + "|layername=incidents", "i", "ogr")
    geo = QgsVectorLayer("Point?crs=EPSG:4326&field=occurred_at:datetime", "g", "memory")
    tr = QgsCoordinateTransform(src.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())
    feats = []
    for f in src.getFeatures():
        g = QgsFeature(geo.fields())
        g.setGeometry(QgsGeometry.fromPointXY(tr.transform(QgsPointXY(f.geometry().asPoint()))))
        g["occurred_at"] = f["occurred_at"]
        feats.append(g)
    geo.dataProvider().addFeatures(feats)
    feedback = QgsProcessingFeedback()
    logged = []
    feedback.pushInfo = lambda text: logged.append(text)
    out = str(tmp_path / "geo.gpkg")
    run("trygghet:measureeffect", _params(workspace, out, INPUT=geo), feedback=feedback)
    rows = _rows(out)
    assert (rows["m1"]["a_before"], rows["m1"]["a_after"], rows["m1"]["c_before"]) == (20, 10, 100)
    assert any("EPSG:3006" in line for line in logged)


def test_bad_inputs_fail_without_output(run, workspace, tmp_path):
    out = str(tmp_path / "none.gpkg")
    none = QgsVectorLayer("Point?crs=EPSG:3006&field=status:string&field=done_date:date", "m", "memory")
    with pytest.raises(QgsProcessingException, match="no completed measures"):
        run("trygghet:measureeffect", _params(workspace, out, MEASURES=none))
    with pytest.raises(QgsProcessingException, match="areas layer"):
        run("trygghet:measureeffect", _params(workspace, out, AREAS=None))
    with pytest.raises(QgsProcessingException, match="(?i)time field"):
        run("trygghet:measureeffect", _params(workspace, out, TIME_FIELD="category_x"))
    # a measure completed after the last incident has no AFTER period
    late = QgsVectorLayer("Point?crs=EPSG:3006&field=status:string&field=done_date:date&field=title:string",
                          "m", "memory")
    f = QgsFeature(late.fields())
    f.setGeometry(QgsGeometry.fromWkt(f"POINT({X0 + 500} {Y0 + 500})"))
    f["status"], f["done_date"], f["title"] = "genomford", QDate(2027, 1, 1), "Sen"
    late.dataProvider().addFeatures([f])
    with pytest.raises(QgsProcessingException, match="could be evaluated"):
        run("trygghet:measureeffect", _params(workspace, out, MEASURES=late))
    assert not os.path.exists(out)


def test_cancel(run, workspace, tmp_path):
    class Cancelling(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.reports = 0

        def setProgress(self, progress):  # noqa: N802
            self.reports += 1
            super().setProgress(progress)

        def isCanceled(self):  # noqa: N802
            return self.reports > 0

    out = str(tmp_path / "cancel.gpkg")
    with pytest.raises(QgsProcessingException):
        run("trygghet:measureeffect", _params(workspace, out), feedback=Cancelling())
    assert not os.path.exists(out)
