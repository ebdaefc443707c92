"""Bivariate Local Moran (core/bivariate.py) against PySAL esda's Moran_Local_BV and against plain loops.

The esda values in tests/data/esda_bv.json were computed by esda 2.9.0 itself (scripts/esda_bv_reference.py, run in
a separate environment); the lattices' neighbour lists and values are stored with them.
"""

import json
import math
import os

import numpy as np
import pytest
from trygghet.core.bivariate import QUADRANT_CODES, bv_permutation, moran_local_bv
from trygghet.core.hotspot import Weights

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "esda_bv.json")
with open(DATA, encoding="utf-8") as _handle:
    REFERENCE = json.load(_handle)
LATTICES = {item["name"]: item for item in REFERENCE["lattices"]}


def weights_from_lists(neighbours):
    i = [a for a, nb in enumerate(neighbours) for _ in nb]
    j = [b for nb in neighbours for b in nb]
    return Weights.from_pairs(len(neighbours), i, j)


def queen_lists(nrows, ncols):
    out = []
    for r in range(nrows):
        for c in range(ncols):
            out.append([rr * ncols + cc for rr in range(r - 1, r + 2) for cc in range(c - 1, c + 2)
                        if (rr, cc) != (r, c) and 0 <= rr < nrows and 0 <= cc < ncols])
    return out


def brute_force_bv(x, y, neighbours):
    """I_i written out from the definition, one location at a time (no shared code with core)."""
    n = len(x)
    mx = sum(x) / n
    my = sum(y) / n
    sx = math.sqrt(sum((v - mx) ** 2 for v in x) / n)
    sy = math.sqrt(sum((v - my) ** 2 for v in y) / n)
    zx = [(v - mx) / sx for v in x]
    zy = [(v - my) / sy for v in y]
    den = sum(v * v for v in zx)
    out, quads = [], []
    for i in range(n):
        nb = neighbours[i]
        lag = sum(zy[j] for j in nb) / len(nb) if nb else 0.0
        out.append((n - 1) * zx[i] * lag / den)
        quads.append("HH" if zx[i] > 0 and lag > 0 else "LH" if lag > 0 else "LL" if zx[i] <= 0 else "HL")
    return np.array(out), quads


def loop_p_sim(x, y, neighbours, perms, seed, ties_count=True, fold=True):
    """esda's conditional randomisation location by location, with the same draws as core (first k of k_max ids
    from the other n - 1 locations) and exact sums; folded as Moran_Local_BV folds, a tie (simulated I equal to the
    observed one) counted on both sides. With ``fold`` False the unfolded counts #(I_sim >= I_obs) are returned,
    ties counted as larger or (``ties_count`` False) as smaller: what float rounding does to a tie in esda."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    n = x.size
    rng = np.random.default_rng(seed)
    kmax = max(len(nb) for nb in neighbours)
    draws = np.array([rng.choice(n - 1, size=kmax, replace=False) for _ in range(perms)])
    mx = x.mean()
    out = []
    for i in range(n):
        nb = neighbours[i]
        k = len(nb)
        others = np.delete(y, i)
        obs = sum(y[j] for j in nb)
        sums = others[draws[:, :k]].sum(axis=1)
        # I_sim >= I_obs  <=>  (x_i - mean) * (random sum - observed sum) >= 0
        sign = (x[i] - mx) * (sums - obs)
        if not fold:
            out.append(int(np.sum(sign >= 0) if ties_count else np.sum(sign > 0)))
            continue
        larger = min(int(np.sum(sign >= 0)), int(np.sum(sign <= 0)))
        out.append((larger + 1) / (perms + 1))
    return np.array(out)


@pytest.mark.parametrize("name", sorted(LATTICES))
def test_local_i_and_quadrants_equal_esda(name):
    item = LATTICES[name]
    w = weights_from_lists(item["neighbours"])
    i_loc, quad = moran_local_bv(item["x"], item["y"], w)
    np.testing.assert_allclose(i_loc, item["Is"], rtol=0, atol=1e-6)
    assert np.max(np.abs(i_loc - np.array(item["Is"]))) < 1e-10
    assert quad.tolist() == item["q"]  # esda: 1 HH, 2 LH, 3 LL, 4 HL


@pytest.mark.parametrize("name", sorted(LATTICES))
def test_p_sim_within_monte_carlo_error_of_esda(name):
    item = LATTICES[name]
    perms = REFERENCE["permutations"]
    w = weights_from_lists(item["neighbours"])
    p, z = bv_permutation(item["x"], item["y"], w, permutations=perms, seed=7)  # not esda's random stream
    want = np.array(item["p_sim"])
    # binomial standard error of a difference of two independent estimates, 5 sigma, plus the (k+1)/(N+1) offset
    tolerance = 5 * np.sqrt(2 * want * (1 - want) / perms) + 2.0 / (perms + 1)
    assert np.sum(want < 0.05) >= 3  # the lattices do have significant locations
    if name != "queen_10x10_counts":
        assert np.all(np.abs(p - want) <= tolerance), np.max(np.abs(p - want) - tolerance)
        np.testing.assert_allclose(z, item["z_sim"], atol=0.1)
        return
    # counts: a simulated lag often equals the observed one exactly. core counts such a tie on both sides (the
    # conservative fold); esda compares float sums added in another order, so rounding noise puts each tie on one
    # side. esda's p must lie within what the ways of counting ties give (same draws), give or take Monte-Carlo
    # error, and ours is the largest of them.
    np.testing.assert_allclose(p, loop_p_sim(item["x"], item["y"], item["neighbours"], perms, 7), rtol=0,
                               atol=1e-12)
    ties_in = loop_p_sim(item["x"], item["y"], item["neighbours"], perms, 7, ties_count=True, fold=False)
    ties_out = loop_p_sim(item["x"], item["y"], item["neighbours"], perms, 7, ties_count=False, fold=False)
    # esda's unfolded count lies somewhere in [ties_out, ties_in]; fold every count of that range
    folded_a = np.minimum(ties_in, perms - ties_in)
    folded_b = np.minimum(ties_out, perms - ties_out)
    half = (ties_out <= perms / 2) & (perms / 2 <= ties_in)
    low = (np.minimum(folded_a, folded_b) + 1.0) / (perms + 1)
    high = (np.where(half, perms // 2, np.maximum(folded_a, folded_b)) + 1.0) / (perms + 1)
    assert np.all(want >= low - tolerance) and np.all(want <= high + tolerance)
    assert np.sum(high - low > 0.02) >= 5  # ties do matter on this lattice
    assert np.all(p >= high - 1e-12)  # ties on both sides: never smaller than any one-sided way of counting them


def test_small_lattice_against_brute_force():
    rng = np.random.default_rng(4)
    neighbours = queen_lists(5, 4)
    x = rng.poisson(2.0, 20).astype(float).tolist()
    y = rng.poisson(2.0, 20).astype(float).tolist()
    x[0] += 9
    y[1] += 9
    i_loc, quad = moran_local_bv(x, y, weights_from_lists(neighbours))
    want, want_quad = brute_force_bv(x, y, neighbours)
    np.testing.assert_allclose(i_loc, want, rtol=0, atol=1e-12)
    assert [QUADRANT_CODES[q - 1] for q in quad] == want_quad


@pytest.mark.parametrize("continuous", [True, False])
def test_permutations_equal_a_plain_loop_with_the_same_draws(continuous):
    rng = np.random.default_rng(11)
    neighbours = queen_lists(6, 5)
    if continuous:
        x = rng.normal(0, 1, 30).tolist()
        y = rng.normal(0, 1, 30).tolist()
    else:  # counts: ties between the observed and simulated sums are counted exactly
        x = rng.poisson(1.0, 30).astype(float).tolist()
        y = rng.poisson(1.0, 30).astype(float).tolist()
        x = [v + 0.5 for v in x]  # no x exactly at its mean (that location would get p = 1 by design)
        x[0] += 1e-3
    p, _ = bv_permutation(x, y, weights_from_lists(neighbours), permutations=199, seed=5)
    want = loop_p_sim(x, y, neighbours, 199, 5)
    np.testing.assert_allclose(p, want, rtol=0, atol=1e-12)


def test_planted_pattern_is_found():
    # x high in the top-left 3 x 3 block, y high around it: HH at the block's centre, clearly significant
    neighbours = queen_lists(10, 10)
    x = np.zeros(100)
    y = np.zeros(100)
    for r in range(3):
        for c in range(3):
            x[r * 10 + c] = 10
            y[r * 10 + c] = 8
    y[[3, 13, 23, 30, 31, 32, 33]] = 6
    w = weights_from_lists(neighbours)
    i_loc, quad = moran_local_bv(x, y, w)
    p, _ = bv_permutation(x, y, w, permutations=999, seed=1)
    assert QUADRANT_CODES[quad[11] - 1] == "HH" and i_loc[11] > 0 and p[11] <= 0.002
    assert QUADRANT_CODES[quad[99] - 1] == "LL"


def test_islands_and_flat_values():
    neighbours = queen_lists(4, 4) + [[]]  # one island
    x = np.arange(17, dtype=float)
    y = (np.arange(17) % 5).astype(float)
    w = weights_from_lists(neighbours)
    i_loc, _ = moran_local_bv(x, y, w)
    p, z = bv_permutation(x, y, w, permutations=99, seed=1)
    assert i_loc[16] == 0.0 and math.isnan(p[16]) and math.isnan(z[16])
    assert np.all(np.isfinite(p[:16]))
    with pytest.raises(ValueError, match="first variable"):
        moran_local_bv(np.ones(17), y, w)
    with pytest.raises(ValueError, match="second variable"):
        bv_permutation(x, np.zeros(17), w)


@pytest.mark.parametrize("kind", ["square", "hex"])
def test_second_layer_counted_in_the_cells_of_the_first(kind):
    from trygghet.core.bivariate import lattice_counts
    from trygghet.core.hotspot import hex_lattice, square_lattice

    rng = np.random.default_rng(3)
    a = rng.uniform(0, 1000, (300, 2))
    b = rng.uniform(0, 1000, (200, 2))
    make = square_lattice if kind == "square" else hex_lattice
    bounds = (0.0, 0.0, 1000.0, 1000.0)
    first = make(a[:, 0], a[:, 1], 90.0, bounds=bounds)
    # independently: the lattice the second layer would get over the same bounds has the same frame
    second = make(b[:, 0], b[:, 1], 90.0, bounds=bounds)
    assert np.array_equal(first.row, second.row) and np.array_equal(first.col, second.col)
    far = np.array([[-500.0, 10.0], [10.0, 2500.0], [np.nan, 5.0]])  # beyond every cell, or no location
    counts, outside = lattice_counts(first, np.r_[b[:, 0], far[:, 0]], np.r_[b[:, 1], far[:, 1]])
    np.testing.assert_array_equal(counts, second.value)
    assert outside == 3 and counts.sum() == 200
    keep = (first.x > 300)
    part = first.restrict(keep)
    sub, out2 = lattice_counts(part, b[:, 0], b[:, 1])
    np.testing.assert_array_equal(sub, second.value[keep])


def test_a_lag_at_the_bottom_of_the_range_is_not_significant_when_that_is_common():
    # y is zero in 90 of 100 cells: a cell whose neighbours all have y = 0 is nothing unusual. esda's fold with ties
    # counted as larger would give it p = 1/(perms+1); counted on both sides it gets the share of draws that are 0 too
    neighbours = queen_lists(10, 10)
    x = np.zeros(100)
    x[0] = 7
    x[55] = 3
    y = np.zeros(100)
    y[[44, 45, 46, 54, 56, 64, 65, 66, 90, 99]] = 1
    w = weights_from_lists(neighbours)
    p, _ = bv_permutation(x, y, w, permutations=999, seed=3)
    # cell 0 has 3 neighbours; the chance that 3 draws from the other 99 cells all have y = 0 is C(89,3)/C(99,3)
    share = math.comb(89, 3) / math.comb(99, 3)
    assert share > 0.7
    assert p[0] == pytest.approx(share, abs=0.05)  # min(#sums >= 0: all, #sums <= 0: the all-zero draws) / perms
    # cell 55 is ringed by eight cells with y = 1: the highest possible lag, and rare
    assert p[55] < 0.01
