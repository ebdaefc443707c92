"""trygghet:temporalpattern against counts made with Python's datetime, suppression and the chart files."""

import datetime
import sqlite3
from collections import Counter

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

ALG = "trygghet:temporalpattern"


def _py(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def _rows(layer):
    names = layer.fields().names()
    return [dict(zip(names, [_py(v) for v in f.attributes()])) for f in layer.getFeatures()]


def test_weekday_hour_and_month_year_match_python_datetime(run, demo_workspace, tmp_path):
    con = sqlite3.connect(demo_workspace)
    times = [t for (t,) in con.execute("SELECT occurred_at FROM incidents WHERE category = 'skadegorelse'")]
    con.close()
    parsed = [datetime.datetime.fromisoformat(t[:19]) for t in times if t]
    by_wh = Counter((d.weekday(), d.hour) for d in parsed)
    by_my = Counter((d.year, d.month) for d in parsed)
    folder = str(tmp_path / "charts")
    result = run(ALG, {"INPUT": demo_workspace + "|layername=incidents", "CATEGORIES": "skadegorelse",
                       "OUTPUT_WEEKDAY_HOUR": "TEMPORARY_OUTPUT", "OUTPUT_MONTH_YEAR": "TEMPORARY_OUTPUT",
                       "CHART_FOLDER": folder})
    wh = _rows(result["OUTPUT_WEEKDAY_HOUR"])
    assert len(wh) == 168
    for r in wh:
        true = by_wh[(r["weekday"], r["hour"])]
        if 1 <= true < 5:
            assert r["suppressed"] and r["n"] is None and r["n_text"] == "<5"
        else:
            assert not r["suppressed"] and r["n"] == true and r["n_text"] == str(true)
    assert {r["weekday_name"] for r in wh} == {"mån", "tis", "ons", "tor", "fre", "lör", "sön"}
    my = _rows(result["OUTPUT_MONTH_YEAR"])
    for r in my:
        true = by_my[(r["year"], r["month"])]
        assert r["n"] == (None if 1 <= true < 5 else true)
    assert my[0]["month_name"] == "jan"
    expected_supp = sum(1 for v in by_wh.values() if 1 <= v < 5) + sum(1 for v in by_my.values() if 1 <= v < 5)
    assert result["SUPPRESSED"] == expected_supp
    files = result["CHARTS"]
    assert len(files) == 2
    for path in files:
        image = QImage(path)
        assert not image.isNull() and image.width() > 500
        # not a blank page: many distinct colours were painted
        colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
        assert len(colours) > 8


def test_per_area_with_suppression_and_svg(run, demo_workspace, tmp_path):
    feedback = QgsProcessingFeedback()
    folder = str(tmp_path / "svg")
    result = run(ALG, {"INPUT": demo_workspace + "|layername=incidents", "AREAS": demo_workspace + "|layername=areas",
                       "AREA_NAMES": "Sylte;Lextorp", "CATEGORIES": "ran", "START": "2026-01-01",
                       "END": "2026-07-01", "OUTPUT_WEEKDAY_HOUR": "TEMPORARY_OUTPUT",
                       "OUTPUT_MONTH_YEAR": "TEMPORARY_OUTPUT", "CHART_FOLDER": folder, "FORMAT": 1},
                 feedback=feedback)
    wh = _rows(result["OUTPUT_WEEKDAY_HOUR"])
    assert {r["area"] for r in wh} == {"Sylte", "Lextorp"}
    # few robberies in half a year: every non-zero cell is below 5 and hidden
    assert all(r["n"] in (0, None) for r in wh)
    assert any(r["suppressed"] for r in wh)
    assert sorted(p.rsplit("/", 1)[-1] for p in result["CHARTS"]) == [
        "manad_ar_lextorp.svg", "manad_ar_sylte.svg", "veckodag_timme_lextorp.svg", "veckodag_timme_sylte.svg"]
    with open(result["CHARTS"][0], encoding="utf-8") as fh:
        svg = fh.read()
    assert "<svg" in svg and "&lt;5" in svg


def test_bad_inputs_and_cancel(run, demo_workspace, tmp_path):
    base = {"INPUT": demo_workspace + "|layername=incidents", "OUTPUT_WEEKDAY_HOUR": "TEMPORARY_OUTPUT",
            "OUTPUT_MONTH_YEAR": "TEMPORARY_OUTPUT"}
    with pytest.raises(QgsProcessingException, match="No incidents are left"):
        run(ALG, dict(base, START="2040-01-01"))
    with pytest.raises(QgsProcessingException, match="not in the areas layer"):
        run(ALG, dict(base, AREAS=demo_workspace + "|layername=areas", AREA_NAMES="Atlantis"))
    empty = QgsVectorLayer("Point?crs=EPSG:3006&field=occurred_at:datetime&field=category:string", "e", "memory")
    with pytest.raises(QgsProcessingException, match="no incidents"):
        run(ALG, dict(base, INPUT=empty))

    class Cancel(QgsProcessingFeedback):
        def setProgress(self, progress):  # noqa: N802
            self.cancel()

    with pytest.raises(QgsProcessingException):
        run(ALG, base, feedback=Cancel())
