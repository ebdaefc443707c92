import math

import numpy as np
import pytest
from trygghet.core.errors import Cancelled
from trygghet.core.nearrepeat import close_pairs, knox


def _band(value, edges):
    """Index of the band (lower, upper] holding value, the first band [0, upper]; None beyond the last edge."""
    lower = 0
    for k, upper in enumerate(edges):
        if (value >= 0 if k == 0 else value > lower) and value <= upper:
            return k
        lower = upper
    return None


def _lattice_events(n, seed):
    rng = np.random.default_rng(seed)
    # a 20 m lattice and whole days, so many separations fall exactly on band edges (100 m = 60-80-100 etc.)
    x = rng.integers(0, 40, n) * 20.0
    y = rng.integers(0, 40, n) * 20.0
    t = rng.integers(0, 120, n).astype(float)
    return x, y, t


def test_close_pairs_matches_brute_force_with_duplicates_and_edges():
    x, y, _ = _lattice_events(250, 3)
    x[:5] = x[5]  # exact duplicates
    y[:5] = y[5]
    i, j, d = close_pairs(x, y, 100.0)
    expected = set()
    for a in range(x.size):
        for b in range(a + 1, x.size):
            if (x[a] - x[b]) ** 2 + (y[a] - y[b]) ** 2 <= 100.0 ** 2:
                expected.add((a, b))
    got = list(zip(i.tolist(), j.tolist()))
    assert len(got) == len(set(got))  # each pair once
    assert set(got) == expected
    assert np.all(i < j)
    assert np.allclose(d, [math.hypot(x[a] - x[b], y[a] - y[b]) for a, b in got])


def test_knox_observed_counts_match_double_loop():
    x, y, t = _lattice_events(200, 7)
    dist_bands = [100, 200, 400]
    time_bands = [7, 14, 30]
    res = knox(x, y, t, dist_bands, time_bands, permutations=9, seed=1)
    brute = np.zeros((3, 3), dtype=int)
    for a in range(x.size):
        for b in range(a + 1, x.size):
            db = _band(math.sqrt((x[a] - x[b]) ** 2 + (y[a] - y[b]) ** 2), dist_bands)
            tb = _band(abs(t[a] - t[b]), time_bands)
            if db is not None and tb is not None:
                brute[db, tb] += 1
    assert brute.sum() > 100
    assert np.array_equal(res.observed, brute)
    frame = res.to_frame()
    assert list(frame["observed"]) == brute.ravel().tolist()
    assert list(frame["distance_to"][:3]) == [100, 100, 100]


def test_expected_close_to_exact_permutation_expectation():
    # Under random relabelling of times every close pair gets a uniformly random pair of distinct event times, so
    # E[count] = (pairs in distance band) * (share of all time pairs whose gap lies in the time band).
    x, y, t = _lattice_events(200, 11)
    dist_bands, time_bands = [100, 200], [7, 30]
    res = knox(x, y, t, dist_bands, time_bands, permutations=999, seed=5)
    n = x.size
    n_dist = np.zeros(2)
    time_share = np.zeros(2)
    for a in range(n):
        for b in range(a + 1, n):
            db = _band(math.hypot(x[a] - x[b], y[a] - y[b]), dist_bands)
            if db is not None:
                n_dist[db] += 1
            tb = _band(abs(t[a] - t[b]), time_bands)
            if tb is not None:
                time_share[tb] += 1
    time_share /= n * (n - 1) / 2
    exact = np.outer(n_dist, time_share)
    assert np.all(np.abs(res.expected - exact) <= 0.05 * exact + 1.0)


def test_planted_near_repeats_give_high_ratio_and_small_p():
    rng = np.random.default_rng(42)
    n_bg = 600
    x = rng.uniform(0, 5000, n_bg)
    y = rng.uniform(0, 5000, n_bg)
    t = rng.uniform(0, 730, n_bg)
    src = rng.integers(0, n_bg, 80)
    ang = rng.uniform(0, 2 * np.pi, 80)
    r = rng.uniform(5, 60, 80)
    x = np.concatenate([x, x[src] + r * np.cos(ang)])
    y = np.concatenate([y, y[src] + r * np.sin(ang)])
    t = np.concatenate([t, t[src] + rng.uniform(0, 5, 80)])
    res = knox(x, y, t, [100, 400], [7, 60], permutations=99, seed=0)
    assert res.ratio[0, 0] > 3
    assert res.p_value[0, 0] == pytest.approx(1 / 100)
    # far pairs are not enriched: well above 1/100
    assert res.p_value[1, 1] > 0.05


def test_p_value_formula_and_seed_reproducibility():
    x, y, t = _lattice_events(150, 2)
    a = knox(x, y, t, [100, 300], [10, 40], permutations=49, seed=123)
    b = knox(x, y, t, [100, 300], [10, 40], permutations=49, seed=123)
    c = knox(x, y, t, [100, 300], [10, 40], permutations=49, seed=124)
    assert np.array_equal(a.expected, b.expected) and np.array_equal(a.p_value, b.p_value)
    assert not np.array_equal(a.expected, c.expected)
    # p is (k + 1) / (permutations + 1) for an integer k in 0..permutations
    k = a.p_value * 50 - 1
    assert np.allclose(k, np.round(k)) and np.all((k >= -1e-9) & (k <= 49 + 1e-9))
    assert np.allclose(a.ratio, a.observed / a.expected)


def test_progress_and_cancel():
    x, y, t = _lattice_events(100, 4)
    seen = []
    knox(x, y, t, [100], [7], permutations=10, seed=0, progress=lambda f: seen.append(f) or True)
    assert len(seen) == 10 and seen[-1] == pytest.approx(1.0) and seen == sorted(seen)
    with pytest.raises(Cancelled):
        knox(x, y, t, [100], [7], permutations=10, seed=0, progress=lambda f: f < 0.5)


@pytest.mark.parametrize("kwargs", [
    dict(distance_bands=[200, 100], time_bands=[7]),
    dict(distance_bands=[100], time_bands=[0, 7]),
    dict(distance_bands=[], time_bands=[7]),
    dict(distance_bands=[100], time_bands=[7], permutations=0),
])
def test_bad_bands_raise(kwargs):
    x, y, t = _lattice_events(20, 1)
    with pytest.raises(ValueError):
        knox(x, y, t, **kwargs)


def test_bad_inputs_raise():
    with pytest.raises(ValueError):
        knox([0, 1, 2], [0, 1], [0, 1, 2], [100], [7])
    with pytest.raises(ValueError):
        knox([0, np.nan], [0, 1], [0, 1], [100], [7])


def test_5000_events_99_permutations():
    rng = np.random.default_rng(9)
    centres = rng.uniform(0, 6000, (40, 2))
    k = rng.integers(0, 40, 5000)
    x = centres[k, 0] + rng.normal(0, 300, 5000)
    y = centres[k, 1] + rng.normal(0, 300, 5000)
    t = rng.uniform(0, 730, 5000)
    res = knox(x, y, t, [100, 200, 400], [7, 14, 30], permutations=99, seed=0)
    assert res.n_close_pairs > 100_000
