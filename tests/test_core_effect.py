import math

import numpy as np
import pytest
from shapely.geometry import LineString, Point
from trygghet.core.effect import count_zones, effect, wdq

Z95 = 1.959963984540054  # standard normal 97.5 % quantile (textbook table value)
Z90 = 1.6448536269514722


def ci(ab, aa, cb, ca, z, dispersion=1.0):
    rel = (aa * cb) / (ab * ca)
    half = z * math.sqrt(dispersion * (1 / ab + 1 / aa + 1 / cb + 1 / ca))
    return rel, rel / math.exp(half), rel * math.exp(half)


def test_decrease_with_displacement_hand_worked():
    # A 60 -> 30, B 40 -> 50, C 200 -> 190
    r = effect(60, 30, 40, 50, 200, 190)
    # relative change (30/60)/(190/200) = 0.5/0.95 = 10/19
    assert r["relative_change"] == pytest.approx(10 / 19)
    assert r["res"] == pytest.approx(1.9)
    assert r["change_pct"] == pytest.approx(100 * (10 / 19 - 1))
    # var(log) = 1/60 + 1/30 + 1/200 + 1/190 = 0.0602632, se = 0.245485, CI 0.3253 .. 0.8515
    assert r["log_se"] == pytest.approx(math.sqrt(1 / 60 + 1 / 30 + 1 / 200 + 1 / 190))
    assert r["ci_low"] == pytest.approx(0.32530, abs=5e-5)
    assert r["ci_high"] == pytest.approx(0.85154, abs=5e-5)
    assert r["verdict"] == "sign_of_decrease" and not r["zero_cell_correction"]
    # WDQ = (50/190 - 40/200) / (30/190 - 60/200) = (2400/38000) / (-5400/38000) = -4/9
    assert r["wdq"] == pytest.approx(-4 / 9)
    assert r["wdq_code"] == "displacement" and not r["wdq_exceeds_direct_effect"]
    # buffer against control: (50/40)/(190/200) = 1.315789
    assert r["buffer_relative_change"] == pytest.approx(1.25 / 0.95)
    _, blo, bhi = ci(40, 50, 200, 190, Z95)
    assert (r["buffer_ci_low"], r["buffer_ci_high"]) == pytest.approx((blo, bhi))


def test_wdq_codes():
    # diffusion: B 40 -> 20: (20/190 - 40/200) / (30/190 - 60/200) = (-3600) / (-5400) = 2/3
    assert wdq(60, 30, 40, 20, 200, 190) == pytest.approx((2 / 3, "diffusion_of_benefits"))
    # no change in the buffer relative to control: 19/190 == 20/200
    assert wdq(60, 30, 20, 19, 200, 190) == (0.0, "no_displacement")
    # displacement larger than the direct effect: (100*200 - 40*190) / (30*200 - 60*190) = 12400 / -5400
    r = effect(60, 30, 40, 100, 200, 190)
    assert r["wdq"] == pytest.approx(-12400 / 5400) and r["wdq_code"] == "displacement"
    assert r["wdq_exceeds_direct_effect"]
    # no success in A (A rose relative to C): undefined
    w, code = wdq(30, 60, 40, 20, 200, 190)
    assert math.isnan(w) and code == "undefined"
    # equal relative levels (denominator exactly 0): undefined
    assert wdq(20, 19, 40, 20, 200, 190)[1] == "undefined"
    # zero control count: undefined
    assert wdq(60, 30, 40, 20, 0, 190)[1] == "undefined"


def test_each_verdict():
    # increase: A 30 -> 80, C 200 -> 200: 8/3 with CI (1.68, 4.23)
    r = effect(30, 80, 10, 10, 200, 200)
    rel, lo, hi = ci(30, 80, 200, 200, Z95)
    assert (r["relative_change"], r["ci_low"], r["ci_high"]) == pytest.approx((rel, lo, hi))
    assert lo > 1 and r["verdict"] == "sign_of_increase"
    # spans 1: A 20 -> 17, C 200 -> 200: 0.85 with CI (0.43, 1.67)
    r = effect(20, 17, 10, 10, 200, 200)
    assert r["ci_low"] < 1 < r["ci_high"] and r["verdict"] == "no_sign_of_effect"
    # too few: 9 incidents in A before + after, even though the CI lies below 1
    r = effect(9, 0, 10, 10, 1000, 1000)
    assert r["ci_high"] < 1 and r["verdict"] == "too_few_data"
    # 10 is enough
    assert effect(10, 0, 10, 10, 1000, 1000)["verdict"] == "sign_of_decrease"


def test_zero_cells_add_half_everywhere():
    r = effect(9, 0, 10, 10, 1000, 1000)
    assert r["zero_cell_correction"]
    rel, lo, hi = ci(9.5, 0.5, 1000.5, 1000.5, Z95)
    assert r["relative_change"] == pytest.approx(0.5 / 9.5)
    assert (r["ci_low"], r["ci_high"]) == pytest.approx((lo, hi))
    assert not r["buffer_zero_cell_correction"]
    r = effect(12, 14, 0, 3, 50, 40)
    assert not r["zero_cell_correction"] and r["buffer_zero_cell_correction"]
    assert r["buffer_relative_change"] == pytest.approx((3.5 / 0.5) / (40.5 / 50.5))


def test_confidence_and_dispersion():
    r = effect(60, 30, 40, 50, 200, 190, confidence=0.90, dispersion=2.0)
    _, lo, hi = ci(60, 30, 200, 190, Z90, dispersion=2.0)
    assert (r["ci_low"], r["ci_high"]) == pytest.approx((lo, hi))
    with pytest.raises(ValueError):
        effect(-1, 3, 3, 3, 3, 3)
    with pytest.raises(ValueError):
        effect(1, 3, 3, 3, 3, float("nan"))
    with pytest.raises(ValueError):
        effect(1, 3, 3, 3, 3, 3, confidence=1.0)


def test_count_zones_point_measure_against_brute_force():
    # measure at (0, 0) on 2024-06-15, radius 100, buffer 100, 10 days each side, area = 2 km square
    pts = [
        (50, 0, "2024-06-05 00:00"),  # A before (first instant of BEFORE)
        (0, -99, "2024-06-14 23:59"),  # A before
        (30, 30, "2024-06-15 12:00"),  # measure day: left out
        (60, 0, "2024-06-16 00:00"),  # A after
        (0, 80, "2024-06-25 23:59"),  # A after (last minute of AFTER)
        (0, 80, "2024-06-26 00:00"),  # too late
        (10, 10, "2024-06-04 23:59"),  # too early
        (150, 0, "2024-06-10"),  # B before
        (0, 199, "2024-06-20"),  # B after
        (-120, -120, "2024-06-20"),  # 169.7 m: B after
        (500, 500, "2024-06-10"),  # C before
        (900, -900, "2024-06-10"),  # C before
        (-700, 0, "2024-06-18"),  # C after
        (5000, 0, "2024-06-18"),  # outside the area
    ]
    x, y, t = zip(*pts)
    area = "POLYGON ((-1000 -1000, 1000 -1000, 1000 1000, -1000 1000, -1000 -1000))"
    got = count_zones(
        x, y, t, (0.0, 0.0), "2024-06-15", radius=100, buffer=100, before_days=10, after_days=10, area=area
    )
    assert got == {"a_before": 2, "a_after": 2, "b_before": 1, "b_after": 2, "c_before": 2, "c_after": 1}


def test_count_zones_line_measure_and_control_area():
    rng = np.random.default_rng(4)
    line = LineString([(0, 0), (400, 0), (400, 300)])
    x, y = rng.uniform(-600, 1000, 3000), rng.uniform(-600, 900, 3000)
    d = np.array([line.distance(Point(a, b)) for a, b in zip(x, y)])
    keep = (np.abs(d - 80) > 1) & (np.abs(d - 230) > 1)  # stay clear of the polygonised buffer edges
    x, y, d = x[keep], y[keep], d[keep]
    days = rng.integers(-40, 41, x.size)
    times = np.datetime64("2023-09-01") + days.astype("timedelta64[D]") + np.timedelta64(9, "h")
    control = Point(-300, 600).buffer(250)
    got = count_zones(
        x, y, times, line.wkt, "2023-09-01", radius=80, buffer=150, before_days=30, after_days=30, control=control
    )
    want = dict.fromkeys(("a_before", "a_after", "b_before", "b_after", "c_before", "c_after"), 0)
    for i in range(x.size):
        if -30 <= days[i] <= -1:
            when = "before"
        elif 1 <= days[i] <= 30:
            when = "after"
        else:
            continue
        if d[i] <= 80:
            want["a_" + when] += 1
        elif d[i] <= 230:
            want["b_" + when] += 1
        elif control.contains(Point(x[i], y[i])):
            want["c_" + when] += 1
    assert got == want and min(want.values()) > 0
    with pytest.raises(ValueError):
        count_zones(x, y, times, line, "2023-09-01")


def test_date_only_and_minute_times_mixed_are_both_counted():
    # one incident 2 days before the measure (5 June, written with a time) and one 3 days after (10 June, date
    # only); pandas 2 read the second as NaT when the first string fixed the format
    counts = count_zones([0.0, 0.0], [0.0, 0.0], ["2024-06-05 00:00", "2024-06-10"], (0.0, 0.0), "2024-06-07",
                         radius=10.0, buffer=10.0, before_days=5, after_days=5,
                         control="POLYGON ((500 500, 600 500, 600 600, 500 600, 500 500))")
    assert (counts["a_before"], counts["a_after"]) == (1, 1)


def test_evaluation_windows_by_hand():
    import datetime as dt

    from trygghet.core.effect import evaluation_windows

    done = dt.date(2024, 3, 1)
    # 2024 is a leap year: 60 days before 1 March is 1 January; 30 days after is 31 March
    w = evaluation_windows(done, 60, 30, earliest=dt.date(2024, 1, 1), latest=dt.date(2024, 3, 31))
    assert (w["before_start"], w["after_end"]) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))
    assert w["has_after"] and w["after_complete"] and w["before_complete"]
    w = evaluation_windows(done, 61, 31, earliest=dt.date(2024, 1, 1), latest=dt.date(2024, 3, 31))
    assert w["has_after"] and not w["after_complete"] and not w["before_complete"]
    # incidents that end on the done date leave no AFTER period; one day later they do
    assert not evaluation_windows(done, 60, 30, dt.date(2024, 1, 1), dt.date(2024, 3, 1))["has_after"]
    assert evaluation_windows(done, 60, 30, dt.date(2024, 1, 1), dt.date(2024, 3, 2))["has_after"]
