"""trygghet:areasummary's perceived-safety tables on the demo workspace, against an independent count (OGR point in
polygon, Counter, plain SQL) and a brute-force Mann–Kendall."""

import math
import shutil
import sqlite3
from collections import Counter

import pytest
from osgeo import ogr
from qgis.core import QgsProcessingFeedback

ALG = "trygghet:areasummary"


def _params(ws, **extra):
    params = {"INPUT": ws + "|layername=incidents", "AREAS": ws + "|layername=areas", "OUTPUT": "TEMPORARY_OUTPUT",
              "OUTPUT_MAP": None, "OUTPUT_SURVEY": "TEMPORARY_OUTPUT", "OUTPUT_DIALOG": "TEMPORARY_OUTPUT"}
    params.update(extra)
    return params


def _value(v):
    return None if v is None or (hasattr(v, "isNull") and v.isNull()) else v


def _table(layer, key):
    names = [f.name() for f in layer.fields()]
    return {tuple(f[k] for k in key): dict(zip(names, map(_value, f.attributes()))) for f in layer.getFeatures()}


def test_dialogue_marks_per_area_against_an_independent_count(run, demo_workspace):
    result = run(ALG, _params(demo_workspace, MIN_COUNT=0))
    got = _table(result["OUTPUT_DIALOG"], ("area",))
    ds = ogr.Open(demo_workspace)
    areas = [(f.GetField("name"), f.GetGeometryRef().Clone()) for f in ds.GetLayerByName("areas")]
    per_area = {name: [] for name, _ in areas}
    for f in ds.GetLayerByName("dialog_marks"):
        point = f.GetGeometryRef()
        for name, geom in areas:
            if geom.Contains(point):
                per_area[name].append((f.GetField("feeling"), f.GetField("reason")))
                break
    ds = None
    order = ["belysning", "ungdomsgrupper", "narkotika", "skadegorelse", "trafik", "ode", "gangkriminalitet", "annat"]
    labels = {"belysning": "Lighting", "ungdomsgrupper": "Groups of young people", "narkotika": "Drugs",
              "skadegorelse": "Vandalism and litter", "trafik": "Traffic", "ode": "Deserted or isolated",
              "gangkriminalitet": "Gang crime", "annat": "Other"}
    assert sum(len(v) for v in per_area.values()) >= 150
    for name, marks in per_area.items():
        row = got[(name,)]
        assert row["marks"] == len(marks)
        unsafe = sum(1 for feeling, _ in marks if feeling in (1, 2))
        assert row["unsafe"] == unsafe
        if marks:
            assert row["unsafe_pct"] == pytest.approx(100.0 * unsafe / len(marks))
        counts = Counter(reason for _, reason in marks)
        top = sorted(counts, key=lambda r: (-counts[r], order.index(r)))[:3]
        assert row["top_reasons"] == ", ".join(labels[r] for r in top)
    assert got[("Kronogården",)]["unsafe_pct"] > 50


def _mann_kendall_p(values):
    """Kendall's S by brute force, its variance with the tie correction (Kendall 1975), z with continuity
    correction and the two-sided normal p."""
    n = len(values)
    s = sum((values[j] > values[i]) - (values[j] < values[i]) for i in range(n) for j in range(i + 1, n))
    ties = Counter(values).values()
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18.0
    z = (s - math.copysign(1, s)) / math.sqrt(var) if s else 0.0
    return s / (n * (n - 1) / 2.0), math.erfc(abs(z) / math.sqrt(2))


def test_survey_indicators_against_plain_sql(run, demo_workspace):
    result = run(ALG, _params(demo_workspace))
    got = _table(result["OUTPUT_SURVEY"], ("area", "indicator", "source"))
    con = sqlite3.connect(demo_workspace)
    rows = con.execute("SELECT area, indicator, source, year, value, lower, upper, respondents FROM survey_results "
                       "ORDER BY area, indicator, source, year").fetchall()
    con.close()
    series = {}
    for area, indicator, source, year, value, lower, upper, n in rows:
        series.setdefault((area, indicator, source), []).append((year, value, lower, upper, n))
    assert set(got) == set(series) and len(got) == 16
    for key, values in series.items():
        row = got[key]
        year, value, lower, upper, n = values[-1]
        assert (row["latest_year"], row["latest_value"], row["respondents"]) == (year, value, n)
        assert (row["lower"], row["upper"]) == (lower, upper)
        assert row["previous_year"] == values[-2][0]
        assert row["change"] == pytest.approx(value - values[-2][1])
        tau, p = _mann_kendall_p([v[1] for v in values])
        assert row["trend_tau"] == pytest.approx(tau) and row["trend_p"] == pytest.approx(p)
        assert row["trend"] == ("No clear trend" if p >= 0.05 else ("Rising" if tau > 0 else "Falling"))
        if key[0] == "Övriga Trollhättan":
            assert row["reference_value"] is None
        else:
            ref = series[("Övriga Trollhättan", key[1], key[2])][-1]
            assert row["reference_value"] == ref[1]
            assert row["diff_reference"] == pytest.approx(value - ref[1])
            if lower is not None:
                apart = lower > ref[3] or upper < ref[2]
                assert row["differs_from_reference"] == ("Yes" if apart else "No")


def test_small_groups_withheld_and_no_tables_without_a_workspace(run, demo_workspace, tmp_path):
    ws = shutil.copy(demo_workspace, str(tmp_path / "ws.gpkg"))
    con = sqlite3.connect(ws)
    con.execute("DELETE FROM dialog_marks WHERE fid NOT IN (SELECT fid FROM dialog_marks ORDER BY fid LIMIT 3)")
    con.commit()
    con.close()
    result = run(ALG, _params(ws, MIN_COUNT=5))
    rows = _table(result["OUTPUT_DIALOG"], ("area",))
    small = [r for r in rows.values() if 0 < r["marks"] < 5]
    assert small, rows
    for r in small:
        assert (r["suppressed"], r["unsafe"], r["unsafe_pct"], r["top_reasons"]) == (True, None, None, ""), r
    # incidents that are not a workspace's layer: the perceived-safety tables need their inputs given
    from qgis.core import QgsVectorLayer

    memory = QgsVectorLayer(ws + "|layername=incidents", "i", "ogr").materialize(
        __import__("qgis.core", fromlist=["QgsFeatureRequest"]).QgsFeatureRequest())
    log = QgsProcessingFeedback()
    plain = run(ALG, _params(ws, INPUT=memory), feedback=log)
    assert "OUTPUT_SURVEY" not in plain and "OUTPUT_DIALOG" not in plain
    given = run(ALG, _params(ws, INPUT=memory, SURVEY=ws + "|layername=survey_results"))
    assert given["OUTPUT_SURVEY"].featureCount() == 16 and "OUTPUT_DIALOG" not in given
