"""The pure parts of the report's forecast, perceived-safety and patrol sections on hand-worked cases."""

import numpy as np
import pandas as pd
from shapely.geometry import Polygon, box
from trygghet.core import report_forecast as rf
from trygghet.core import report_patrol as rpt
from trygghet.core import report_perceived as rp


def test_a_seasonal_naive_area_forecast_by_hand():
    """Three years of the same twelve monthly counts (1..12 incidents in month 1..12): every back-test error of
    the seasonal naive forecast is 0, so it is chosen (ties go to the simpler model) and the forecast repeats the
    year: mean 6.5 per month."""
    months = np.arange(np.datetime64("2023-01"), np.datetime64("2026-01"))
    times, index = [], []
    for m in months:
        count = int(str(m)[5:7])
        times += [np.datetime64(str(m) + "-15T12:00")] * count
        index += [0] * count
    times.append(np.datetime64("2024-05-01T00:00"))  # outside every area: not counted
    index.append(-1)
    out = rf.area_forecasts(np.array(times, dtype="datetime64[s]"), np.array(index), ["A"], ["A"],
                            np.datetime64("2026-01-01"), level=0.8)["A"]
    assert out.model == "snaive"
    assert list(out.history) == [float(m) for m in list(range(1, 13)) * 3]
    assert list(out.mean) == [float(m) for m in range(1, 13)]
    assert out.mean_per_month == 6.5 and out.total == 78.0
    assert str(out.future_starts[0]) == "2026-01-01" and str(out.future_starts[-1]) == "2026-12-01"
    assert out.mase == 0.0 and out.skill == "better"
    assert out.coverage == 1.0 and out.windows == 12


def test_the_forecast_ends_with_the_last_complete_month():
    assert str(rf.end_month(np.datetime64("2026-11-01"))) == "2026-10-01"
    assert str(rf.end_month(np.datetime64("2026-10-15"))) == "2026-09-01"


def test_survey_rows_latest_change_reference_interval():
    survey = pd.DataFrame([
        ("A", 2023, "oro_for_brott", 40.0, "%", 300, None, None, "polisen"),
        ("A", 2025, "oro_for_brott", 34.0, "%", 395, 29.5, 38.5, "polisen"),
        ("Ref", 2025, "oro_for_brott", 20.0, "%", 900, None, None, "polisen"),
        ("Ref2", 2025, "oro_for_brott", 24.0, "%", 900, None, None, "polisen"),
        ("Ref", 2024, "oro_for_brott", 99.0, "%", 900, None, None, "polisen"),
        ("A", 2025, "oro_for_brott", 30.0, "%", 500, None, None, "kommun"),
        ("B", 2025, "problemindex", 2.0, "", 50, None, None, "polisen"),
    ], columns=["area", "year", "indicator", "value", "unit", "respondents", "lower", "upper", "source"])
    rows = rp.survey_rows(survey, "A", ["Ref", "Ref2"])
    by_source = {r["source"]: r for r in rows}
    assert set(by_source) == {"polisen", "kommun"}
    police = by_source["polisen"]
    assert (police["year"], police["value"], police["previous_year"], police["change"]) == (2025, 34.0, 2023, -6.0)
    assert police["reference"] == 22.0  # the mean of the two reference areas the same year
    assert (police["lower"], police["upper"], police["respondents"]) == (29.5, 38.5, 395)
    assert by_source["kommun"]["change"] is None and by_source["kommun"]["reference"] is None
    assert rp.survey_rows(survey, "C", ["Ref"]) == [] and rp.survey_rows(None, "A", []) == []


def test_marks_are_counted_with_disclosure_control():
    few = rp.marks_summary([1, 2, 4], ["belysning"] * 3, k=5)
    assert few["suppressed"] and few["n_text"] == "<5" and few["reasons"] == [] and few["unsafe_share"] is None
    feeling = [1] * 6 + [2] * 4 + [3] * 5 + [4] * 5 + [None] * 2
    reason = ["belysning"] * 10 + ["narkotika"] * 7 + ["ode"] * 3 + ["trafik"] * 2
    many = rp.marks_summary(feeling, reason, k=5)
    assert many["n"] == 22 and many["n_feeling"] == 20
    assert many["reasons"] == [("belysning", "10"), ("narkotika", "7"), ("ode", "<5")]
    assert many["unsafe_share"] == 10 / 20
    # 3 of 20 feel unsafe: the share would reveal a count below k, so it is withheld
    assert rp.marks_summary([1] * 3 + [4] * 17, ["ode"] * 20, k=5)["unsafe_share"] is None
    assert rp.marks_summary([1] * 3 + [4] * 17, ["ode"] * 20, k=1)["unsafe_share"] == 3 / 20


def test_findings_by_category():
    assert rp.findings_summary(["belysning", "klotter", "belysning", None]) == [
        ("belysning", 2), ("klotter", 1), ("ovrigt", 1)]


def test_patrol_rows_on_squares():
    """A 100 m × 100 m area; the top 1 % class is its west quarter, the 5 % class the next quarter and a part
    outside the area; the 10 % class lies outside. Incidents: 6 in the west quarter, 2 in the second, 1 in the
    east half, 4 outside the area."""
    area = box(0, 0, 100, 100)
    classes = {1: box(0, 0, 25, 100), 5: Polygon([(25, 0), (50, 0), (50, 100), (25, 100)]).union(box(200, 0, 300, 50)),
               10: box(-100, 0, -10, 100)}
    x = [5, 10, 12, 20, 22, 24, 30, 40, 80, 150, 250, 260, -50]
    y = [50] * len(x)
    rows = {r["share"]: r for r in rpt.patrol_rows(area, classes, x, y, k=5)}
    assert rows[1]["area_m2"] == 2500.0 and rows[1]["area_share"] == 0.25
    assert (rows[1]["hits"], rows[1]["total"]) == (6, 9)
    assert rows[1]["hit_share"] is None  # 3 outside the top cells: below k
    assert rows[5]["area_m2"] == 5000.0 and (rows[5]["hits"], rows[5]["hits_text"]) == (8, "8")
    assert rows[10]["area_m2"] == 5000.0 and rows[10]["hits"] == 8
    no_k = {r["share"]: r for r in rpt.patrol_rows(area, classes, x, y, k=1)}
    assert no_k[1]["hit_share"] == 6 / 9
