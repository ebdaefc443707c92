"""core.analysis: the conclusions rule, the cause analysis per area, the trend against an independent Mann–Kendall."""

import math

import numpy as np
import pytest
from trygghet.core import analysis


def _mk_brute(x):
    """Mann–Kendall by the textbook: S over all pairs, variance with tie groups, continuity-corrected z."""
    n = len(x)
    s = sum(np.sign(x[j] - x[i]) for i in range(n) for j in range(i + 1, n))
    _, ties = np.unique(x, return_counts=True)
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18.0
    z = (s - 1) / math.sqrt(var) if s > 0 else (s + 1) / math.sqrt(var) if s < 0 else 0.0
    return s, math.erfc(abs(z) / math.sqrt(2))


def _times(yearly, start_year):
    """Incident times: yearly[i] incidents spread over the year start_year + i; the first and last days of the
    whole span are covered so that every year counts as full."""
    out = []
    for i, n in enumerate(yearly):
        year = start_year + i
        days = np.linspace(0, 364, n + 2)[1:-1].astype(int) if n else []
        out += [np.datetime64("{}-01-01".format(year)) + np.timedelta64(int(d), "D") for d in days]
    out += [np.datetime64("{}-01-01".format(start_year)), np.datetime64("{}-12-31".format(start_year + len(yearly)
                                                                                           - 1))]
    return np.array(out, dtype="datetime64[s]")


def test_trend_hand_worked_and_against_brute_force():
    # 1, 2, 3, 4, 5 (times 10): S = 10, var = 5*4*15/18 = 16.67, z = 9 / 4.082 = 2.2045, p = 0.0275
    yearly = [10, 20, 30, 40, 50]
    t = _times(yearly, 2021)
    area = np.ones(len(t), dtype=bool)
    area[-2:] = False  # the two span markers are elsewhere
    result = analysis.trend(t, area, ~area, k=5)
    assert result["years"] == [2021, 2022, 2023, 2024, 2025]
    side = result["area"]
    assert side["counts"] == yearly
    assert side["s"] == 10 and side["p"] == pytest.approx(0.02749, abs=1e-4)
    assert side["direction"] == "increasing" and side["slope"] == pytest.approx(10.0)
    rng = np.random.default_rng(3)
    for _ in range(30):
        yearly = rng.integers(5, 60, size=rng.integers(3, 9)).tolist()
        t = _times(yearly, 2015)
        area = np.ones(len(t), dtype=bool)
        area[-2:] = False
        side = analysis.trend(t, area, ~area)["area"]
        s, p = _mk_brute(np.asarray(yearly, dtype=float))
        assert side["s"] == s and side["p"] == pytest.approx(p, rel=1e-9)
        assert side["direction"] == ("none" if p >= 0.05 else "increasing" if s > 0 else "decreasing")


def test_trend_small_counts_and_few_years():
    t = _times([3, 20, 30], 2021)
    area = np.ones(len(t), dtype=bool)
    area[-2:] = False
    assert analysis.trend(t, area, ~area, k=5)["area"]["small"]
    assert not analysis.trend(t, area, ~area, k=1)["area"]["small"]
    two = _times([10, 20], 2021)
    result = analysis.trend(two, np.ones(len(two), dtype=bool), np.zeros(len(two), dtype=bool))
    assert result["years"] == [2021, 2022] and math.isnan(result["area"]["p"])


def test_p_and_slope_texts():
    assert analysis.fmt_p(0.3012) == "= 0,30"
    assert analysis.fmt_p(0.0499) == "= 0,049" and analysis.fmt_p(0.0512) == "= 0,051"
    assert analysis.fmt_p(0.012, ".") == "= 0.012"
    assert analysis.fmt_p(0.0004) == "< 0,001"
    assert analysis.fmt_slope(105.4) == "+105" and analysis.fmt_slope(-2.5) == "-2,5" and analysis.fmt_slope(0) == "0"
    assert analysis.index_series([40, 50, 30]) == [100.0, 125.0, 75.0]
    assert analysis.index_series([0, 5]) is None


CURRENT = ("2025-11-01", "2026-11-01")


def test_the_conclusion_with_the_largest_overlap_is_chosen():
    rows = [
        {"area": "A", "period_start": "2024-11-01", "period_end": "2025-10-31", "text": "previous"},
        {"area": "A", "period_start": "2025-11-01", "period_end": "2026-10-31", "text": "this"},
        {"area": "B", "period_start": "2025-06-01", "period_end": "2026-05-31", "text": "seven months"},
        {"area": "B", "period_start": "2026-01-01", "period_end": "2026-12-31", "text": "ten months"},
        {"area": "C", "text": "undated"},
        {"area": "C", "period_start": "2020-01-01", "period_end": "2020-12-31", "text": "long ago"},
        {"area": "D", "period_start": "2026-01-01", "period_end": "2026-06-30", "text": "older edit",
         "updated_at": "2026-07-01"},
        {"area": "D", "period_start": "2026-01-01", "period_end": "2026-06-30", "text": "newer edit",
         "updated_at": "2026-08-01"},
        {"area": "E", "period_start": "2026-01-01", "period_end": "2026-06-30", "text": ""},
    ]
    pick = {a: analysis.choose_conclusion(rows, a, *CURRENT) for a in "ABCDEF"}
    assert pick["A"]["text"] == "this"
    assert pick["B"]["text"] == "ten months"  # 304 days against 212
    assert pick["C"]["text"] == "undated"  # the dated row does not overlap
    assert pick["D"]["text"] == "newer edit"
    assert pick["E"] is None and pick["F"] is None  # empty text is no conclusion


def test_split_paragraphs_keeps_the_text_as_written():
    text = "First line.\n\nSecond paragraph\r\nthird line\n"
    assert analysis.split_paragraphs(text) == ["First line.", "", "Second paragraph", "third line"]
    long = " ".join("Sentence number {}.".format(i) for i in range(200))
    pieces = analysis.split_paragraphs(long, longest=300)
    assert all(len(p) <= 300 for p in pieces)
    assert " ".join(pieces) == long


def test_cause_analysis_per_area():
    problems = [
        {"uuid": "p1", "title": "Torg", "status": "belagd", "area": "A", "period_start": "2025-01-01",
         "period_end": "2026-10-31"},
        {"uuid": "p2", "title": "Old", "status": "avford", "area": "A", "period_start": "2019-01-01",
         "period_end": "2019-12-31"},
        {"uuid": "p3", "title": "Anything", "status": "hypotes", "area": "A"},
        {"uuid": "p4", "title": "Elsewhere", "status": "belagd", "area": "B"},
    ]
    causes = [{"uuid": "c2", "problem_uuid": "p1", "number": 2, "text": "two"},
              {"uuid": "c1", "problem_uuid": "p1", "number": 1, "text": "one", "confidence": "hog"},
              {"uuid": "c9", "problem_uuid": "p4", "number": 1, "text": "other area"}]
    measures = [{"uuid": "m1", "title": "Zeta", "status": "pagaende", "follow_up": "green"},
                {"uuid": "m2", "title": "Alfa", "status": "beslutad", "follow_up": "red", "due_date": "2026-10-15"}]
    links = [{"measure_uuid": "m1", "cause_uuid": "c1"}, {"measure_uuid": "m2", "cause_uuid": "c1"},
             {"measure_uuid": "missing", "cause_uuid": "c2"}]
    out = analysis.cause_analysis(problems, causes, links, measures, "A", "2024-11-01", "2026-11-01")
    assert [p["title"] for p in out] == ["Torg", "Anything"]  # supported first; the 2019 problem is left out
    torg = out[0]
    assert [(c["number"], c["text"]) for c in torg["causes"]] == [(1, "one"), (2, "two")]
    assert [m["title"] for m in torg["causes"][0]["measures"]] == ["Alfa", "Zeta"]
    assert torg["causes"][0]["measures"][0]["due"] == "2026-10-15"
    assert torg["causes"][1]["measures"] == []
    assert analysis.problem_areas(["A", None, ""], ["B", "C", None]) == ["A", "C", None]
