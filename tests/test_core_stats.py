import math
from fractions import Fraction

import numpy as np
import pytest
from trygghet.core.stats import (
    confidence_bins,
    erfc,
    fdr_bh,
    mann_kendall,
    mann_kendall_rows,
    norm_cdf,
    norm_sf,
    p_two_sided,
    poisson_change_test,
)


def test_erfc_matches_math_erfc_everywhere():
    rng = np.random.default_rng(3)
    x = np.concatenate([np.linspace(-30, 30, 60001), rng.normal(0, 4, 20000), [0.0, 0.46875, -0.46875, 4.0, -4.0]])
    ref = np.array([math.erfc(v) for v in x])
    got = erfc(x)
    assert np.max(np.abs(got - ref)) < 1e-12
    tail = ref > 1e-300  # relative accuracy where the value is a normal double
    assert np.max(np.abs(got[tail] - ref[tail]) / ref[tail]) < 1e-13
    assert erfc(0.5) == pytest.approx(math.erfc(0.5), abs=1e-15)
    assert np.isnan(erfc(np.nan))


def test_normal_tails():
    z = np.linspace(-12, 12, 2401)
    ref_sf = np.array([0.5 * math.erfc(v / math.sqrt(2.0)) for v in z])
    assert np.max(np.abs(norm_sf(z) - ref_sf)) < 1e-12
    assert np.max(np.abs(norm_cdf(z) - (1.0 - ref_sf))) < 1e-12
    assert norm_cdf(1.959963984540054) == pytest.approx(0.975, abs=1e-12)  # textbook quantile
    assert norm_sf(8.0) == pytest.approx(6.220960574271785e-16, rel=1e-10)  # tabulated upper tail at 8 sigma
    assert p_two_sided(-1.959963984540054) == pytest.approx(0.05, abs=1e-12)
    assert p_two_sided(np.array([0.0]))[0] == pytest.approx(1.0)


def test_fdr_bh_hand_worked():
    # m = 6 thresholds k/6*0.05: .00833 .01667 .025 .0333 .04167 .05 ; the step-up takes 0.02 along because 0.021 passes
    p = np.array([0.04, 0.021, 0.5, 0.001, 0.045, 0.02])
    assert fdr_bh(p, 0.05).tolist() == [False, True, False, True, False, True]
    # NaN is neither tested nor counted: m = 5, 0.04 <= 4/5*0.05
    p2 = np.array([0.01, 0.04, np.nan, 0.03, 0.005, 0.2])
    assert fdr_bh(p2, 0.05).tolist() == [True, True, False, True, True, False]
    assert not fdr_bh(np.array([np.nan, np.nan])).any()
    assert fdr_bh(np.array([0.011]), 0.01).tolist() == [False]


def test_confidence_bins_with_and_without_fdr():
    z = np.array([3.0, -2.2, 1.7, 0.3, -3.5, 2.0])
    p = np.array([0.004, 0.03, 0.08, 0.7, 0.0003, 0.045])
    assert confidence_bins(z, p, fdr=False).tolist() == [3, -2, 1, 0, -3, 2]
    # by hand, m = 6.  alpha .01: thresholds k/6*.01 -> .0003 (k=1) ok, .004 > .00333 -> only feature 4 at 99 %.
    # alpha .05: .0003 .004 .03(<=.025? no) .045(<=.0333? no) .08 .7 -> features 4 and 0 at 95 %.
    # alpha .10: .0003 .004 .03(<=.05) .045(<=.0667) .08(<=.0833) .7 -> 4, 0, 1, 5, 2 at 90 %.
    got = confidence_bins(z, p, fdr=True)
    assert got.dtype == np.int8
    assert got.tolist() == [2, -1, 1, 0, -3, 1]


def _brute_mk(series):
    x = [float(v) for v in series if not math.isnan(v)]
    n = len(x)
    s = 0
    for i in range(n - 1):
        for j in range(i + 1, n):
            s += (x[j] > x[i]) - (x[j] < x[i])
    groups = {}
    for v in x:
        groups[v] = groups.get(v, 0) + 1
    var = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in groups.values())) / 18.0
    if s > 0:
        z = (s - 1) / math.sqrt(var)
    elif s < 0:
        z = (s + 1) / math.sqrt(var)
    else:
        z = 0.0
    p = math.erfc(abs(z) / math.sqrt(2.0))
    return s, var, z, p, s / (n * (n - 1) / 2)


def test_mann_kendall_against_brute_force_with_ties_and_nans():
    rng = np.random.default_rng(7)
    for _ in range(30):
        n = int(rng.integers(3, 25))
        x = rng.integers(0, 5, n).astype(float) + np.arange(n) * rng.choice([0.0, 0.2, -0.3])
        x[rng.random(n) < 0.1] = np.nan
        if np.sum(~np.isnan(x)) < 3:
            continue
        got = mann_kendall(x)
        want = _brute_mk(x)
        assert got.s == want[0]
        assert got.var_s == pytest.approx(want[1], rel=1e-12)
        assert got.z == pytest.approx(want[2], abs=1e-12)
        assert got.p == pytest.approx(want[3], abs=1e-12)
        assert got.tau == pytest.approx(want[4], abs=1e-12)


def test_mann_kendall_known_case():
    # strictly increasing 1..10: S = 45, Var = 10*9*25/18 = 125, z = 44/sqrt(125) = 3.9355
    r = mann_kendall(np.arange(1, 11))
    assert (r.s, r.var_s, r.tau) == (45.0, 125.0, 1.0)
    assert r.z == pytest.approx(44.0 / math.sqrt(125.0))
    # one tie of 3: var = (10*9*25 - 3*2*11)/18
    r2 = mann_kendall([1, 2, 2, 2, 5, 6, 7, 8, 9, 10])
    assert r2.var_s == pytest.approx((2250 - 66) / 18.0)
    assert r2.s == 45 - 3
    short = mann_kendall([1.0, np.nan, 2.0])
    assert math.isnan(short.z) and math.isnan(short.p)


def test_mann_kendall_rows_equals_brute_force():
    rng = np.random.default_rng(11)
    m = rng.integers(0, 4, size=(150, 14)).astype(float)
    m[:50] += np.arange(14) * 0.5
    m[rng.random(m.shape) < 0.08] = np.nan
    m[5, 2:] = np.nan  # only 2 values -> NaN
    m[6] = 3.0  # constant -> S = 0, z = 0
    s, var_s, z, p, tau = mann_kendall_rows(m, chunk_rows=64)  # several chunks
    for i in range(m.shape[0]):
        x = m[i]
        if np.sum(~np.isnan(x)) < 3:
            assert math.isnan(z[i]) and math.isnan(p[i]) and math.isnan(var_s[i])
            continue
        want = _brute_mk(x)
        assert s[i] == want[0]
        assert var_s[i] == pytest.approx(want[1], rel=1e-12)
        assert z[i] == pytest.approx(want[2], abs=1e-12)
        assert p[i] == pytest.approx(want[3], abs=1e-12)
        assert tau[i] == pytest.approx(want[4], abs=1e-12)
    assert z[6] == 0.0 and p[6] == pytest.approx(1.0)


def _brute_binom_test(k, n, prob):
    prob = Fraction(prob).limit_denominator(10**9)
    pmf = [math.comb(n, x) * prob**x * (1 - prob) ** (n - x) for x in range(n + 1)]
    d = pmf[k]
    return float(min(1, sum(q for q in pmf if q <= d * Fraction(10000001, 10000000))))


def test_poisson_change_test_against_direct_binomial_sums():
    assert poisson_change_test(7, 3) == pytest.approx(0.34375, abs=1e-12)  # 2 * 176 / 1024
    for nc, nr, tc, tr in [(0, 5, 1, 1), (12, 3, 1, 1), (4, 9, 2, 1), (30, 20, 1, 3), (1, 0, 1, 1), (25, 31, 1.5, 1)]:
        want = _brute_binom_test(nc, nc + nr, tc / (tc + tr))
        assert poisson_change_test(nc, nr, tc, tr) == pytest.approx(want, rel=1e-9, abs=1e-14)
    assert poisson_change_test(0, 0) == 1.0
    assert poisson_change_test(5, 5) == 1.0


def test_poisson_change_test_arrays_and_large_counts():
    got = poisson_change_test(np.array([7, 0, 12]), np.array([3, 0, 3]))
    assert got.shape == (3,)
    assert got[0] == pytest.approx(0.34375) and got[1] == 1.0
    # 10^6 counts: exact test agrees with the normal approximation to a few 1e-3
    p = poisson_change_test(1_000_000, 1_003_000)
    z = (1_000_000 - 1_001_500) / math.sqrt(2_003_000 * 0.25)
    assert p == pytest.approx(math.erfc(abs(z) / math.sqrt(2)), rel=0.02)
    assert 0 < poisson_change_test(1_000_000, 1_010_000) < 1e-10
    with pytest.raises(ValueError):
        poisson_change_test(-1, 2)
    with pytest.raises(ValueError):
        poisson_change_test(1, 2, t_current=0)
