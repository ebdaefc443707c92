"""core.report: the report's content, checked against brute force on small inputs."""

import math

import numpy as np
import pandas as pd
from trygghet.core import report


def square(x0, y0, size):
    return [(x0, y0), (x0 + size, y0), (x0 + size, y0 + size), (x0, y0 + size), (x0, y0)]


def test_emerging_cells_are_counted_in_the_area_holding_their_centre():
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 200, 400), rng.uniform(0, 100, 400)
    codes = rng.choice(["new_hot", "persistent_hot", "no_pattern", "sporadic_cold"], 400)
    rings = [[square(0, 0, 100)], [square(100, 0, 100)]]
    counted = report.emerging_per_area(codes, x, y, rings, [0, 1], ["Väst", "Öst"])
    for index, name in enumerate(("Väst", "Öst")):
        inside = (x >= 100 * index) & (x < 100 * (index + 1))
        expected = {c: int(((codes == c) & inside).sum()) for c in set(codes) if c != "no_pattern"}
        expected = {c: n for c, n in expected.items() if n}
        assert dict(counted[name]) == expected
        assert [n for _, n in counted[name]] == sorted((n for _, n in counted[name]), reverse=True)


def test_key_figures_print_withheld_values_and_keep_suppressed_texts():
    summary = pd.DataFrame({
        "area": ["A", "A", "A"], "category": ["vald", "ran", "alla"],
        "n_current_text": ["12", "<5", "15"], "n_reference_text": ["8", "<5", "11"],
        "rate_current": [2.345, math.nan, 3.0], "ratio_reference_area": [1.5, math.nan, 1.25],
        "change_pct": [50.0, math.nan, 36.36], "change_p": [0.30, math.nan, 0.01]})
    rows = report.key_figures(summary, "A")
    assert [r["category"] for r in rows] == ["alla", "vald", "ran"]
    vald = rows[1]
    assert (vald["rate"], vald["ratio_reference"], vald["change"], vald["significant"]) == ("2,3", "1,50", "+50,0 %",
                                                                                           False)
    ran = rows[2]
    assert (ran["n_current"], ran["rate"], ran["change"], ran["significant"]) == ("<5", "–", "–", None)
    assert rows[0]["significant"] is True
    assert report.key_figures(summary, "A", ".")[1]["rate"] == "2.3"


def test_measures_open_first_and_overdue_only_when_open_and_late():
    measures = pd.DataFrame({
        "area": ["A", "A", "A", "B"], "title": ["klar", "sen", "i tid", "annan"],
        "status": ["genomford", "pagaende", "beslutad", "pagaende"],
        "due_date": ["2026-01-01", "2026-03-01", "2026-12-01", "2026-01-01"], "priority": [1, 2, 1, 1],
        "follow_up": ["green", "red", None, "red"], "responsible_org": ["kommun", "polis", "kommun", "polis"]})
    rows = report.area_measures(measures, "A", "2026-06-01")
    assert [r["title"] for r in rows] == ["i tid", "sen", "klar"]
    assert {r["title"]: r["overdue"] for r in rows} == {"i tid": False, "sen": True, "klar": False}


def test_promise_progress_counts_done_measures_and_ignores_cancelled():
    promises = pd.DataFrame({"uuid": ["p1", "p2", "p3"], "title": ["Torget", "Hela kommunen", "Annat område"],
                             "area": ["A", None, "B"], "status": ["pagaende"] * 3, "follow_up": ["yellow", None, None]})
    measures = pd.DataFrame({"promise_uuid": ["p1", "p1", "p1", "p2"],
                             "status": ["genomford", "pagaende", "avbruten", "genomford"]})
    progress = {p["title"]: (p["done"], p["total"]) for p in report.promise_progress(promises, measures, "A")}
    assert progress == {"Torget": (1, 2), "Hela kommunen": (1, 1)}


def test_chart_names_fold_swedish_letters():
    assert report.chart_name("manad_ar", "Övriga Trollhättan") == "manad_ar_ovriga_trollhattan"
