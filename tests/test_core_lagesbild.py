import math

import numpy as np
import pandas as pd
import pytest
from trygghet.core.lagesbild import SUMMARY_COLUMNS, area_summary, full_years, sen_slope_rows

CUR = ("2024-01-01", "2025-01-01")
REF = ("2022-01-01", "2024-01-01")
YC, YR = 366 / 365.25, 730 / 365.25
YEARLY = {  # (area, category): counts 2021, 2022, 2023, 2024
    ("A", "vald"): [3, 8, 12, 10], ("A", "klotter"): [0, 0, 0, 6],
    ("B", "vald"): [2, 5, 5, 5], ("B", "klotter"): [1, 4, 4, 0],
    ("R", "vald"): [30, 30, 30, 40], ("R", "klotter"): [0, 15, 15, 12],
}


def _incidents(yearly):
    rows = []
    for (area, cat), counts in yearly.items():
        for y, n in zip(range(2021, 2025), counts):
            for i in range(n):
                rows.append((area, cat, np.datetime64(f"{y}-01-01T00:00") + np.timedelta64(i * 500 + 7, "m")))
    rows += [(None, "vald", np.datetime64("2024-05-01")), ("Elsewhere", "vald", np.datetime64("2024-05-01")),
             ("A", "vald", np.datetime64("2025-01-01T00:00")), ("A", "vald", np.datetime64("NaT"))]
    return pd.DataFrame(rows, columns=["area", "category", "occurred_at"])


AREAS = pd.DataFrame({"name": ["A", "B", "R"], "population": [1000, 2000, 4000],
                      "kind": ["focus", "focus", "reference"]})


def _binom_p(k, n, prob):
    """Exact two-sided binomial p (sum of outcomes no more probable than k), by plain loops."""
    pmf = [math.comb(n, x) * prob ** x * (1 - prob) ** (n - x) for x in range(n + 1)]
    return min(1.0, sum(p for p in pmf if p <= pmf[k] * (1 + 1e-7)))


def _mk(series):
    n = len(series)
    s = sum((series[j] > series[i]) - (series[j] < series[i]) for i in range(n) for j in range(i + 1, n))
    ties = {}
    for v in series:
        ties[v] = ties.get(v, 0) + 1
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties.values())) / 18
    z = 0.0 if s == 0 else (s - math.copysign(1, s)) / math.sqrt(var)
    return s / (n * (n - 1) / 2), math.erfc(abs(z) / math.sqrt(2))


def _sen(series):
    sl = sorted((series[j] - series[i]) / (j - i) for i in range(len(series)) for j in range(i + 1, len(series)))
    m = len(sl)
    return sl[m // 2] if m % 2 else (sl[m // 2 - 1] + sl[m // 2]) / 2


def test_hand_worked_rates_ratios_change_and_trend():
    df = area_summary(_incidents(YEARLY), AREAS, CUR, REF, ["R"], min_count=1, categories=["vald", "klotter"],
                      data_period=("2021-01-01", "2025-01-01"))
    assert list(df.columns) == list(SUMMARY_COLUMNS)
    assert df[["area", "category"]].values.tolist() == [[a, c] for a in "ABR" for c in ("vald", "klotter", "alla")]
    row = df.set_index(["area", "category"])
    a = row.loc[("A", "vald")]
    assert (a.n_current, a.n_reference) == (10, 20)
    assert a.rate_current == pytest.approx(10 / 1000 * 1000 / YC)
    assert a.rate_reference == pytest.approx(20 / 1000 * 1000 / YR)
    assert a.ratio_reference_area == pytest.approx((10 / 1000) / (40 / 4000))
    assert a.ratio_municipality == pytest.approx((10 / 1000) / (55 / 7000))
    assert a.change_pct == pytest.approx(100 * ((10 / YC) / (20 / YR) - 1))
    assert a.change_p == pytest.approx(_binom_p(10, 30, YC / (YC + YR)), rel=1e-6)
    assert a.share_pct == pytest.approx(100 * 10 / 55)
    # Mann-Kendall on 3, 8, 12, 10 by hand: S = 4, tau = 4/6, var = 4*3*13/18, z = 3/sqrt(var)
    assert a.trend_tau == pytest.approx(4 / 6)
    assert a.trend_p == pytest.approx(math.erfc(3 / math.sqrt(4 * 3 * 13 / 18) / math.sqrt(2)))
    assert a.trend_slope == pytest.approx((7 / 3 + 4) / 2)  # median of -2, 1, 7/3, 4, 4.5, 5
    alla = row.loc[("A", "alla")]
    assert (alla.n_current, alla.n_reference) == (16, 20)
    assert alla.share_pct == pytest.approx(100 * 16 / (16 + 5 + 52))
    assert alla.ratio_reference_area == pytest.approx((16 / 1000) / (52 / 4000))
    assert math.isnan(row.loc[("A", "klotter")].change_pct)  # nothing in the reference period
    assert row.loc[("B", "klotter")].rate_current == 0.0
    assert row.loc[("R", "klotter")].trend_slope == pytest.approx(_sen([0, 15, 15, 12]))
    assert df.attrs["suppressed_cells"] == 0
    assert df["n_current_text"].tolist()[:3] == ["10", "6", "16"]


def test_full_years():
    t = np.array(["2020-03-05", "2021-01-01T10:00", "2024-12-31T23:00"], dtype="datetime64[s]")
    assert full_years(t) == [2021, 2022, 2023, 2024]
    assert full_years(t[:2]) == []
    assert full_years(t, data_period=("2020-01-01", "2023-07-01")) == [2020, 2021, 2022]
    assert sen_slope_rows(np.array([[1.0, 3.0, 2.0, 5.0]])).tolist() == [_sen([1, 3, 2, 5])]


def test_no_trend_with_fewer_than_three_full_years_and_missing_population():
    inc = _incidents(YEARLY)
    areas = AREAS.assign(population=[1000, 0, None])
    df = area_summary(inc, areas, CUR, REF, ["R"], min_count=1, data_period=("2022-01-01", "2024-01-01"))
    assert df["trend_tau"].isna().all() and df["trend_slope"].isna().all()
    b = df[(df.area == "B")]
    assert b["rate_current"].isna().all() and b["ratio_municipality"].isna().all()
    assert b["change_pct"].notna().any()  # change compares the area with itself: no population needed
    assert df[df.area == "A"]["ratio_reference_area"].isna().all()  # the pool has no population
    a = df[(df.area == "A") & (df.category == "vald")].iloc[0]
    assert a.ratio_municipality == pytest.approx(1.0)  # A is the only area with a population


def test_disclosure_hides_small_cells_and_their_complements():
    yearly = dict(YEARLY)
    yearly[("B", "vald")] = [2, 5, 5, 3]  # 3 in the current period
    df = area_summary(_incidents(yearly), AREAS, CUR, REF, ["R"], min_count=5, categories=["vald", "klotter"])
    row = df.set_index(["area", "category"])
    assert row.loc[("B", "vald")].suppressed
    b = row.loc[("B", "vald")]
    # 3 in the current period is below k; the reference period's 10 is hidden only with its row
    assert b.n_current_text == "<5" and b.n_reference_text == ".."
    for col in ("rate_current", "rate_reference", "ratio_reference_area", "ratio_municipality", "change_pct",
                "share_pct"):
        assert math.isnan(b[col])
    # B alla (3 current) is primary too; column vald: smallest other non-zero is A (10 + 20 < 40 + 60); the alla
    # column likewise hides A alla (16 + 20); rows A and B then hold two hidden entries each, B klotter stays
    assert row.loc[("B", "alla")].suppressed
    assert row.loc[("A", "vald")].suppressed and row.loc[("A", "alla")].suppressed
    assert not row.loc[("B", "klotter")].suppressed and not row.loc[("A", "klotter")].suppressed
    assert not row.loc[("R", "vald")].suppressed
    assert df.attrs["suppressed_primary"] == 2
    sup = df.pivot(index="area", columns="category", values="suppressed").astype(int)
    assert (sup.sum(axis=1) != 1).all() and (sup.sum(axis=0) != 1).all()
    assert df.attrs["suppressed_cells"] == int(df["suppressed"].sum()) >= 3
    assert not row.loc[("R", "vald")][["rate_current", "share_pct"]].isna().any()


def test_bad_input():
    inc = _incidents(YEARLY)
    with pytest.raises(ValueError):
        area_summary(inc, AREAS, CUR, REF, ["Nowhere"])
    with pytest.raises(ValueError):
        area_summary(inc, AREAS, ("2024-01-01", "2023-01-01"), REF, ["R"])


def _reference(inc, areas, ref_names, cats):
    """Plain-Python loops over incidents for counts, rates, ratios, change, share and trend."""
    c0, c1 = np.datetime64(CUR[0]), np.datetime64(CUR[1])
    r0, r1 = np.datetime64(REF[0]), np.datetime64(REF[1])
    pops = dict(zip(areas.name, areas.population))
    cur, ref, yearly = {}, {}, {}
    for area, cat, t in zip(inc.area, inc.category, inc.occurred_at.to_numpy(dtype="datetime64[s]")):
        if area not in pops or cat not in cats or np.isnat(t):
            continue
        for key in ((area, cat), (area, "alla")):
            if c0 <= t < c1:
                cur[key] = cur.get(key, 0) + 1
            if r0 <= t < r1:
                ref[key] = ref.get(key, 0) + 1
            y = int(str(t)[:4])
            if 2021 <= y <= 2024:
                yearly[key + (y,)] = yearly.get(key + (y,), 0) + 1
    out = {}
    for c in cats + ["alla"]:
        muni_n = sum(cur.get((a, c), 0) for a in pops)
        pool_rate = sum(cur.get((a, c), 0) for a in ref_names) / sum(pops[a] for a in ref_names)
        muni_rate = muni_n / sum(pops.values())
        for a, p in pops.items():
            n, m = cur.get((a, c), 0), ref.get((a, c), 0)
            series = [yearly.get((a, c, y), 0) for y in range(2021, 2025)]
            tau, tp = _mk(series)
            out[(a, c)] = dict(
                n_current=n, n_reference=m, rate_current=n / p * 1000 / YC, rate_reference=m / p * 1000 / YR,
                ratio_reference_area=(n / p) / pool_rate if pool_rate else np.nan,
                ratio_municipality=(n / p) / muni_rate if muni_rate else np.nan,
                change_pct=100 * ((n / YC) / (m / YR) - 1) if m else np.nan,
                share_pct=100 * n / muni_n if muni_n else np.nan, trend_tau=tau, trend_p=tp,
                trend_slope=_sen(series))
    return out


def test_random_case_against_plain_loops():
    rng = np.random.default_rng(8)
    names = [f"Z{i}" for i in range(6)]
    cats = ["vald", "klotter", "brand"]
    n = 4000
    inc = pd.DataFrame({
        "area": rng.choice(np.array(names + [None], dtype=object), n, p=[.3, .2, .2, .1, .1, .05, .05]),
        "category": rng.choice(np.array(cats + ["ovrigt"], dtype=object), n),
        "occurred_at": np.datetime64("2021-01-01") + rng.integers(0, 4 * 365 * 86400 + 86400, n).astype(
            "timedelta64[s]"),
    })
    areas = pd.DataFrame({"name": names, "population": rng.integers(500, 5000, 6), "kind": "focus"})
    ref_names = names[3:]
    df = area_summary(inc, areas, CUR, REF, ref_names, min_count=1, categories=cats,
                      data_period=("2021-01-01", "2025-01-01"))
    want = _reference(inc, areas, ref_names, cats)
    assert len(df) == len(want) == 6 * 4
    for rec in df.to_dict("records"):
        exp = want[(rec["area"], rec["category"])]
        for col, val in exp.items():
            assert rec[col] == pytest.approx(val, rel=1e-9, nan_ok=True), (rec["area"], rec["category"], col)
    # the same data with disclosure: derived values withheld exactly where suppressed, equal elsewhere
    sup = area_summary(inc, areas, CUR, REF, ref_names, min_count=60, categories=cats,
                       data_period=("2021-01-01", "2025-01-01"))
    small = ((df.n_current >= 1) & (df.n_current < 60)) | ((df.n_reference >= 1) & (df.n_reference < 60))
    assert small.any() and (sup.suppressed[small]).all()
    assert sup.loc[sup.suppressed, "rate_current"].isna().all()
    for n, text in zip(sup.loc[sup.suppressed, "n_current"], sup.loc[sup.suppressed, "n_current_text"]):
        assert text == ("<60" if 1 <= n < 60 else ".."), (n, text)
    assert (sup.loc[sup.suppressed, "n_current_text"] == "..").any()
    keep = ~sup.suppressed
    np.testing.assert_allclose(sup.loc[keep, "rate_current"], df.loc[keep, "rate_current"])
    grid = sup.pivot(index="area", columns="category", values="suppressed").astype(int)
    assert (grid.sum(axis=1) != 1).all()
