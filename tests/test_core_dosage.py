import math

import numpy as np
import pandas as pd
import pytest
from trygghet.core.dosage import dosage, incident_comparison

# Period: Wednesday 2024-01-03 00:00 up to (not including) Monday 2024-01-29 00:00 = 26 days = 26/7 weeks.
# ISO weeks touched: Mon 01-01 (partial: 03..07 = 5 of 7 days), Mon 01-08, Mon 01-15, Mon 01-22 (full).
PERIOD = ("2024-01-03", "2024-01-29")
VISITS = [
    # place, start time, minutes
    ("A", "2024-01-04 20:00", 12),  # partial week 1
    ("A", "2024-01-09 19:30", 8),  # week 2, short
    ("A", "2024-01-10 21:00", 14),  # week 2
    ("A", "2024-01-12 10:00", 20),  # week 2, long, outside peak hours
    ("A", "2024-01-16 22:15", 11),  # week 3
    ("A", "2024-01-29 00:00", 10),  # end is exclusive: ignored
    ("A", "2024-01-02 20:00", 10),  # before start: ignored
    ("B", "2024-01-22 23:30", None),  # week 4, minutes unknown
    ("B", "2024-01-23 01:00", 16),  # week 4, long
    ("B", "2024-01-24 14:00", 10),  # week 4, exactly 10 min: neither short nor long
    ("X", "2024-01-10 12:00", 30),  # unknown place: ignored
]
WEEKS = 26 / 7


def run(**kw):
    p, t, m = zip(*VISITS)
    return dosage(["A", "B", "C"], p, t, m, PERIOD, **kw).set_index("place_id")


def test_hand_checked_sums():
    d = run(peak_hours={"A": (19, 23), "B": (22, 2)})
    a, b, c = d.loc["A"], d.loc["B"], d.loc["C"]
    # A: 5 visits, 12+8+14+20+11 = 65 min, mean 13
    assert (a.visits, a.minutes, a.mean_minutes) == (5, 65.0, 13.0)
    assert a.visits_per_week == pytest.approx(5 / WEEKS)  # 1.346
    assert a.target_share_pct == pytest.approx(100 * (5 / WEEKS) / 3)  # 44.9 %
    assert a.target_minutes_share_pct == pytest.approx(100 * 65 / (3 * 12 * WEEKS))  # 48.6 %
    # full weeks 2, 3, 4 hold 3, 1, 0 visits: weeks 3 and 4 are below 3
    assert (a.weeks_counted, a.weeks_below_target) == (3, 2)
    # hours 20, 19, 21, 10, 22 -> 4 of 5 within 19..23
    assert a.share_in_peak_pct == pytest.approx(80.0)
    assert (a.short_visits, a.long_visits) == (1, 1)
    # B: 3 visits, known minutes 16 + 10 = 26, mean 13; weeks 2, 3, 4 hold 0, 0, 3 -> 2 below
    assert (b.visits, b.minutes, b.mean_minutes) == (3, 26.0, 13.0)
    assert b.target_minutes_share_pct == pytest.approx(100 * 26 / (3 * 12 * WEEKS))
    assert b.weeks_below_target == 2
    # window 22..02 wraps midnight: 23:30 and 01:00 in, 14:00 out
    assert b.share_in_peak_pct == pytest.approx(200 / 3)
    assert (b.short_visits, b.long_visits) == (0, 1)
    # C: no visits, all zeros, every judged week below target
    assert (c.visits, c.minutes, c.visits_per_week, c.short_visits) == (0, 0.0, 0.0, 0)
    assert np.isnan(c.mean_minutes) and np.isnan(c.share_in_peak_pct)
    assert c.weeks_below_target == 3
    assert list(d.index) == ["A", "B", "C"]


def test_prorated_partial_week():
    d = run(partial_weeks="prorate")
    # the first week (5/7 of it in the period) needs 3 * 5/7 = 2.14 visits: A has 1, B and C none
    assert d.loc["A", "weeks_counted"] == 4
    assert list(d["weeks_below_target"]) == [3, 3, 4]
    d = run(partial_weeks="prorate", target_visits_per_week=1)
    # target 1/week: A weeks 1..4 hold 1, 3, 1, 0 (week 1 needs 5/7) -> 1 below; B 0, 0, 0, 3 -> 3 below
    assert list(d["weeks_below_target"]) == [1, 3, 4]
    assert d.loc["A", "target_share_pct"] == pytest.approx(100 * 5 / WEEKS)


def test_peak_hours_as_sequence_and_bad_input():
    d = run(peak_hours=[(10, 11), None, (0, 1)])
    assert d.loc["A", "share_in_peak_pct"] == pytest.approx(20.0)
    assert np.isnan(d.loc["B", "share_in_peak_pct"])
    with pytest.raises(ValueError):
        dosage(["A"], ["A"], ["2024-01-04"], [-5], PERIOD)
    with pytest.raises(ValueError):
        dosage(["A"], ["A"], ["2024-01-04"], [5], ("2024-02-01", "2024-01-01"))
    with pytest.raises(ValueError):
        dosage(["A", "A"], [], [], [], PERIOD)


def binom_two_sided(k, n, p):
    """Exact two-sided binomial p: sum of pmf values <= the observed one, by direct summation."""
    pmf = [math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(n + 1)]
    return min(1.0, sum(q for q in pmf if q <= pmf[k] * (1 + 1e-7)))


def test_incident_comparison_same_period_last_year():
    period = ("2024-01-01", "2024-04-01")  # 91 days (29 Feb); a year earlier 90 days
    rows = (
        [(1, "2024-01-05 10:00")] * 5
        + [(1, "2024-03-31 23:59")]  # 6 now at place 1
        + [(1, "2023-01-01 00:00")] * 2
        + [(1, "2023-02-10 12:00")]  # 3 a year before (start inclusive)
        + [(1, "2024-04-01 00:00")]  # end exclusive: not counted
        + [(2, "2023-03-01 08:00")] * 4  # place 2: 0 now, 4 before
        + [(3, "2024-02-29 08:00")] * 2  # place 3: 2 now, 0 before
        + [(None, "2024-02-01 08:00")] * 7  # no place: ignored
        + [(1, "2022-02-01 08:00")]  # two years before: ignored
    )
    pid, t = zip(*rows)
    res = incident_comparison(pid, t, period, place_ids=[1, 2, 3, 4]).set_index("place_id")
    assert list(res["incidents"]) == [6, 0, 2, 0]
    assert list(res["incidents_year_before"]) == [3, 4, 0, 0]
    assert res.loc[1, "change_pct"] == pytest.approx(100.0)
    assert res.loc[2, "change_pct"] == pytest.approx(-100.0)
    assert np.isnan(res.loc[3, "change_pct"]) and np.isnan(res.loc[4, "change_pct"])
    share = 91 / (91 + 90)
    assert res.loc[1, "p_value"] == pytest.approx(binom_two_sided(6, 9, share))
    assert res.loc[2, "p_value"] == pytest.approx(binom_two_sided(0, 4, share))
    assert res.loc[4, "p_value"] == pytest.approx(1.0)
    auto = incident_comparison(pid, t, period)
    assert list(auto["place_id"]) == [1, 2, 3] and isinstance(auto, pd.DataFrame)


def test_date_only_and_minute_times_mixed_are_both_counted():
    times = ["2024-06-05 00:00", "2024-06-10"]
    d = dosage(["p"], ["p", "p"], times, [10, 12], ("2024-06-03", "2024-06-17"))
    assert d["visits"].tolist() == [2] and d["minutes"].tolist() == [22]
    c = incident_comparison(["p", "p"], times, ("2024-06-01", "2024-07-01"))
    assert c["incidents"].tolist() == [2]
