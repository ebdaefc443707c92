import math

import numpy as np
import pytest
import shapely.wkb
from shapely.geometry import box
from trygghet.core.errors import Cancelled
from trygghet.core.hotspot import (
    Weights,
    auto_cell_size,
    auto_distance_band,
    conditional_permutation,
    distance_band,
    gi_star,
    gi_star_grid,
    global_moran_z,
    hex_lattice,
    incremental_moran_z,
    knn,
    lattice_gi_star,
    lattice_queen,
    local_moran,
    local_moran_moments,
    nearest_neighbour_distance,
    polygon_queen,
    square_lattice,
)


def _dense(w):
    a = np.zeros((w.n, w.n), dtype=bool)
    a[w.rows(), w.indices] = True
    return a


def _pairwise(xy):
    n = len(xy)
    d = np.zeros((n, n))
    for i in range(n):
        for j in range(n):
            d[i, j] = math.hypot(xy[i][0] - xy[j][0], xy[i][1] - xy[j][1])
    return d


# ---------------------------------------------------------------- weights
def test_distance_band_matches_brute_force():
    rng = np.random.default_rng(1)
    xy = rng.uniform(0, 500, (300, 2))
    xy[5] = xy[6]  # coincident points are neighbours
    d = _pairwise(xy)
    for band in (15.0, 60.0, 140.0):
        want = (d <= band) & ~np.eye(300, dtype=bool)
        w = distance_band(xy, band)
        assert np.array_equal(_dense(w), want)
        assert np.array_equal(w.cardinalities, want.sum(axis=1))
        assert w.symmetric()


def test_knn_matches_argsort():
    rng = np.random.default_rng(2)
    xy = rng.uniform(0, 100, (200, 2))
    xy = np.vstack([xy, [[5000.0, 5000.0]]])  # a far outlier still gets k neighbours
    d = _pairwise(xy)
    np.fill_diagonal(d, np.inf)
    for k in (1, 4, 9):
        w = knn(xy, k)
        want = np.zeros_like(d, dtype=bool)
        order = np.argsort(d, axis=1, kind="stable")[:, :k]
        want[np.repeat(np.arange(len(xy)), k), order.ravel()] = True
        assert np.array_equal(_dense(w), want)
        assert np.all(w.cardinalities == k)
    nn3 = nearest_neighbour_distance(xy, 3)
    assert np.allclose(nn3, np.sort(d, axis=1)[:, 2])
    with pytest.raises(ValueError):
        knn(xy, len(xy))


# ---------------------------------------------------------------- lattices
def test_square_lattice_counts_and_zero_cells():
    x = np.array([0.5, 1.5, 1.6, 9.9, 10.0, 25.0])
    y = np.array([0.5, 0.5, 0.7, 9.9, 10.0, 1.0])
    lat = square_lattice(x, y, 5.0, bounds=(0, 0, 10, 10))
    assert (lat.nrows, lat.ncols, len(lat)) == (2, 2, 4)
    assert lat.n_outside == 1  # x = 25 lies outside the bounds
    grid = {(r, c): v for r, c, v in zip(lat.row, lat.col, lat.value)}
    assert grid == {(0, 0): 3.0, (0, 1): 0.0, (1, 0): 0.0, (1, 1): 2.0}  # the 10.0 edge point falls in the last cell
    assert np.allclose(lat.x[lat.row * 2 + lat.col == 3], 7.5)
    poly = lat.polygons()
    assert poly.shape == (4, 5, 2)
    assert np.allclose(poly[0, :, 0], [0, 5, 5, 0, 0]) and np.allclose(poly[0, :, 1], [0, 0, 5, 5, 0])
    weighted = square_lattice(x[:3], y[:3], 5.0, weights=[2.0, 1.0, 0.5], bounds=(0, 0, 10, 10))
    assert weighted.value[0] == 3.5
    sub = lat.restrict(lat.value > 0)
    assert len(sub) == 2 and sub.nrows == 2


def test_square_queen_by_hand():
    lat = square_lattice([0.0, 40.0], [0.0, 30.0], 10.0)  # 3 rows x 4 cols
    assert (lat.nrows, lat.ncols) == (3, 4)
    a = _dense(lattice_queen(lat))
    for i in range(len(lat)):
        for j in range(len(lat)):
            want = i != j and abs(lat.row[i] - lat.row[j]) <= 1 and abs(lat.col[i] - lat.col[j]) <= 1
            assert a[i, j] == want
    card = lattice_queen(lat).cardinalities.reshape(3, 4)
    assert card.tolist() == [[3, 5, 5, 3], [5, 8, 8, 5], [3, 5, 5, 3]]
    # a hole in the mask removes that neighbour
    w2 = lattice_queen(lat.restrict(np.arange(len(lat)) != 5))
    assert w2.cardinalities.max() == 7


def test_hex_lattice_assignment_and_neighbours():
    rng = np.random.default_rng(4)
    x = rng.uniform(0, 200, 500)
    y = rng.uniform(0, 150, 500)
    lat = hex_lattice(x, y, 20.0)
    assert lat.value.sum() == 500
    # every point counted in its nearest centre (= the hexagon that contains it)
    d2 = (x[:, None] - lat.x[None, :]) ** 2 + (y[:, None] - lat.y[None, :]) ** 2
    assert np.array_equal(np.bincount(d2.argmin(axis=1), minlength=len(lat)), lat.value.astype(int))
    # neighbours are exactly the centres 20 m away, 6 of them inside the frame
    dd = _pairwise(np.column_stack([lat.x, lat.y]))
    want = (dd < 20.0 * 1.01) & ~np.eye(len(lat), dtype=bool)
    assert np.allclose(dd[want], 20.0)
    w = lattice_queen(lat)
    assert np.array_equal(_dense(w), want)
    assert w.cardinalities.max() == 6
    hexes = lat.polygons()
    assert hexes.shape == (len(lat), 7, 2)
    assert np.allclose(np.hypot(hexes[0, :, 0] - lat.x[0], hexes[0, :, 1] - lat.y[0]), 20.0 / math.sqrt(3))


def test_polygon_queen_edges_vertices_and_islands():
    boxes = [box(c * 10, r * 10, c * 10 + 10, r * 10 + 10) for r in range(3) for c in range(3)]
    boxes.append(box(100, 100, 110, 110))  # island
    boxes.append(box(30.5, 0, 40, 10))  # 0.5 m gap to box 2
    wkb = [shapely.wkb.dumps(b) for b in boxes]
    w = polygon_queen(wkb)
    card = w.cardinalities
    assert card[4] == 8 and card[0] == 3 and card[1] == 5 and card[9] == 0 and card[10] == 0
    assert w.symmetric()
    w_tol = polygon_queen(wkb, tolerance=1.0)
    assert 10 in w_tol.indices[w_tol.indptr[2]:w_tol.indptr[3]]


# ---------------------------------------------------------------- Gi*
def _gi_star_brute(y, nbr):
    """Getis & Ord (1992) / Ord & Getis (1995) Gi* written plainly."""
    n = len(y)
    xbar = sum(y) / n
    s = math.sqrt(sum(v * v for v in y) / n - xbar * xbar)
    z = []
    for i in range(n):
        wsum, wy, w2 = 0.0, 0.0, 0.0
        for j in range(n):
            wij = 1.0 if (i == j or nbr[i][j]) else 0.0
            wsum += wij
            wy += wij * y[j]
            w2 += wij * wij
        z.append((wy - xbar * wsum) / (s * math.sqrt((n * w2 - wsum * wsum) / (n - 1))))
    return np.array(z)


def test_gi_star_matches_getis_ord_formula():
    rng = np.random.default_rng(5)
    xy = rng.uniform(0, 100, (40, 2))
    y = rng.poisson(3, 40).astype(float)
    y[:5] += 10
    band = 25.0
    d = _pairwise(xy)
    nbr = [[(i != j and d[i][j] <= band) for j in range(40)] for i in range(40)]
    g, z = gi_star(y, distance_band(xy, band))
    assert np.allclose(z, _gi_star_brute(list(y), nbr), atol=1e-10)
    for i in range(40):
        assert g[i] == pytest.approx((y[i] + sum(y[j] for j in range(40) if nbr[i][j])) / y.sum())


def test_gi_star_grid_equals_generic_path_with_mask():
    rng = np.random.default_rng(6)
    grid = rng.poisson(1.5, (30, 40)).astype(float)
    mask = np.ones(grid.shape, dtype=bool)
    mask[:5, :7] = False
    mask[20, 10:30] = False
    g, z = gi_star_grid(grid, 10.0, 31.0, mask)
    rr, cc = np.nonzero(mask)
    xy = np.column_stack([(cc + 0.5) * 10.0, (rr + 0.5) * 10.0])
    g2, z2 = gi_star(grid[mask], distance_band(xy, 31.0))
    assert np.allclose(z[mask], z2, atol=1e-9) and np.allclose(g[mask], g2)
    assert np.all(np.isnan(z[~mask]))
    lat = square_lattice(rng.uniform(0, 300, 800), rng.uniform(0, 200, 800), 10.0)
    gl, zl = lattice_gi_star(lat, 20.0)
    assert np.allclose(zl, gi_star(lat.value, distance_band(lat.xy, 20.0))[1], atol=1e-9)


# ---------------------------------------------------------------- Local Moran
def test_local_moran_matches_anselin_loops():
    rng = np.random.default_rng(7)
    xy = rng.uniform(0, 100, (45, 2))
    y = rng.normal(10, 3, 45)
    y[:6] += 8
    w = knn(xy, 5)
    a = _dense(w).astype(float)
    n = 45
    mean = sum(y) / n
    sd = math.sqrt(sum((v - mean) ** 2 for v in y) / n)
    zz = [(v - mean) / sd for v in y]
    m2 = sum(v * v for v in zz) / n
    b2 = (sum(v ** 4 for v in zz) / n) / m2 ** 2
    i_loc, z, quad = local_moran(y, w)
    ei, vi = local_moran_moments(y, w)
    for i in range(n):
        lag = sum(a[i][j] * zz[j] for j in range(n))
        # esda scales by (n-1)/sum z^2 (Anselin's m2 with n-1)
        want_i = zz[i] * lag / (sum(v * v for v in zz) / (n - 1))
        wi = sum(a[i])
        wi2 = sum(a[i][j] ** 2 for j in range(n))
        wikh = sum(a[i][k] * a[i][h] for k in range(n) for h in range(n) if k != h) / 2.0
        want_ei = -wi / (n - 1)
        want_vi = wi2 * (n - b2) / (n - 1) + 2 * wikh * (2 * b2 - n) / ((n - 1) * (n - 2)) - wi ** 2 / (n - 1) ** 2
        assert i_loc[i] == pytest.approx(want_i, abs=1e-10)
        assert ei[i] == pytest.approx(want_ei) and vi[i] == pytest.approx(want_vi, rel=1e-10)
        assert z[i] == pytest.approx((want_i - want_ei) / math.sqrt(want_vi), abs=1e-9)
        want_q = {(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}[(zz[i] > 0, lag > 0)]
        assert quad[i] == want_q


def test_global_moran_matches_brute_force():
    rng = np.random.default_rng(8)
    xy = rng.uniform(0, 100, (50, 2))
    y = xy[:, 0] * 0.1 + rng.normal(0, 1, 50)
    w = knn(xy, 4)  # asymmetric on purpose
    a = _dense(w).astype(float)
    n = 50
    z = y - y.mean()
    s0 = a.sum()
    s1 = 0.5 * sum((a[i][j] + a[j][i]) ** 2 for i in range(n) for j in range(n))
    s2 = sum((a[i].sum() + a[:, i].sum()) ** 2 for i in range(n))
    i_want = n / s0 * sum(a[i][j] * z[i] * z[j] for i in range(n) for j in range(n)) / (z @ z)
    k = (np.sum(z ** 4) / n) / (np.sum(z ** 2) / n) ** 2
    ei = -1 / (n - 1)
    var = (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 ** 2) - k * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 ** 2))
    var = var / ((n - 1) * (n - 2) * (n - 3) * s0 ** 2) - ei ** 2
    i_got, z_got = global_moran_z(y, w)
    assert i_got == pytest.approx(i_want, abs=1e-12)
    assert z_got == pytest.approx((i_want - ei) / math.sqrt(var), abs=1e-9)
    assert z_got > 3  # a trend in x is strongly autocorrelated


def test_grid_moran_equals_explicit_weights():
    rng = np.random.default_rng(9)
    lat = square_lattice(rng.normal(100, 30, 600), rng.normal(100, 30, 600), 10.0)
    dists = [10.0, 25.0, 40.0]
    assert np.allclose(incremental_moran_z(lat.xy, lat.value, dists, lattice=lat),
                       incremental_moran_z(lat.xy, lat.value, dists), atol=1e-9)


# ---------------------------------------------------------------- permutations
def _esda_like_loop(y, w, perms, seed, stat):
    """esda crand written as a plain loop with the same draws (first k of kmax ids from the other n - 1)."""
    n = len(y)
    rng = np.random.default_rng(seed)
    kmax = int(w.cardinalities.max())
    ids = np.array([rng.choice(n - 1, size=kmax, replace=False) for _ in range(perms)])
    z = (y - y.mean()) / y.std()
    out = np.zeros(n)
    for i in range(n):
        nb = w.indices[w.indptr[i]:w.indptr[i + 1]]
        k = nb.size
        others = np.delete(y, i)
        others_z = np.delete(z, i)
        if stat == "gi_star":
            obs = (y[i] + y[nb].sum()) / y.sum()
            sims = [(y[i] + others[ids[p, :k]].sum()) / y.sum() for p in range(perms)]
        else:
            obs = (n - 1) * z[i] * z[nb].sum() / (z @ z)
            sims = [(n - 1) * z[i] * others_z[ids[p, :k]].sum() / (z @ z) for p in range(perms)]
        larger = sum(1 for s in sims if s >= obs - 1e-12 * abs(obs))
        larger = min(larger, perms - larger)
        out[i] = (larger + 1) / (perms + 1)
    return out


@pytest.mark.parametrize("stat", ["gi_star", "local_moran"])
def test_permutation_equals_plain_loop(stat):
    rng = np.random.default_rng(10)
    xy = rng.uniform(0, 100, (60, 2))
    y = rng.normal(5, 2, 60)  # continuous: no ties between simulated and observed sums
    w = distance_band(xy, 22.0)
    w = Weights.from_pairs(60, np.concatenate([w.rows(), [0, 1]]), np.concatenate([w.indices, [1, 0]]))
    if w.islands.size:
        keep = np.isin(np.arange(60), w.islands, invert=True)
        assert keep.sum() > 40
    p, _ = conditional_permutation(y, w, stat, permutations=199, seed=3)
    want = _esda_like_loop(y, w, 199, 3, stat)
    has = w.cardinalities > 0
    assert np.allclose(p[has], want[has])
    assert np.all(np.isnan(p[~has]))


def test_permutation_planted_cluster_and_uniform_field():
    rng = np.random.default_rng(11)
    grid = rng.poisson(1.0, (40, 40)).astype(float)
    grid[18:23, 18:23] = 12.0
    lat = square_lattice([0.0, 400.0], [0.0, 400.0], 10.0)
    lat.value[:] = grid[lat.row, lat.col]
    w = lattice_queen(lat)
    centre = int(np.flatnonzero((lat.row == 20) & (lat.col == 20))[0])
    for stat in ("gi_star", "local_moran"):
        p, zs = conditional_permutation(lat.value, w, stat, permutations=499, seed=0)
        assert p[centre] == pytest.approx(1 / 500)
        assert zs[centre] > 5
    field = rng.normal(0, 1, 1600)
    p, _ = conditional_permutation(field, w, "gi_star", permutations=199, seed=1)
    assert 0.15 < np.mean(p <= 0.1) < 0.25  # folded p is uniform on (0, 0.5]: P(p <= 0.1) ~ 0.2
    assert 0.4 < np.mean(p <= 0.25) < 0.6
    p2, _ = conditional_permutation(field, w, "gi_star", permutations=199, seed=1)
    assert np.array_equal(p, p2)


def test_permutation_cancel():
    w = lattice_queen(square_lattice([0.0, 100.0], [0.0, 100.0], 10.0))
    with pytest.raises(Cancelled):
        conditional_permutation(np.arange(w.n, dtype=float), w, progress=lambda f: f < 0.5)
    with pytest.raises(ValueError):
        conditional_permutation(np.arange(w.n, dtype=float), w, statistic="moran")


# ---------------------------------------------------------------- automatic parameters
def test_auto_cell_size_uses_mean_nearest_neighbour_without_outliers():
    gx, gy = np.meshgrid(np.arange(20) * 12.0, np.arange(20) * 12.0)
    x = np.concatenate([gx.ravel(), [5000.0], gx.ravel()[:50]])  # an outlier and 50 coincident duplicates
    y = np.concatenate([gy.ravel(), [5000.0], gy.ravel()[:50]])
    size, reason = auto_cell_size(x, y)
    assert size == pytest.approx(12.0)
    assert reason == "mean_nn_distance"
    size2, reason2 = auto_cell_size(x, y, max_cells=100)
    assert reason2 == "max_cells_limit"
    assert math.ceil(5000 / size2) ** 2 <= 100


def test_auto_distance_band_peak_and_fallback():
    rng = np.random.default_rng(12)
    noise = rng.normal(0, 1, 900)
    gx, gy = np.meshgrid(np.arange(30) * 10.0, np.arange(30) * 10.0)
    xy = np.column_stack([gx.ravel(), gy.ravel()])
    d, reason = auto_distance_band(xy, noise)
    zs = incremental_moran_z(xy, noise, 10.0 + 10.0 * np.arange(10))
    peaks = [t for t in range(1, 9) if zs[t] > zs[t - 1] and zs[t] > zs[t + 1]]
    if peaks:
        assert reason == "first_peak" and d == pytest.approx(10.0 + 10.0 * peaks[0])
    else:
        assert reason == "no_peak_knn_mean"
        # 5 % of 900 = 45, clamped to 30; on a 10 m grid the 30th neighbour is at sqrt(5)*10 or 30 m
        kth = np.sort(_pairwise(xy), axis=1)[:, 30]
        assert d == pytest.approx(kth.mean())
    # smooth blobs of about 40 m radius: the z-score rises then falls -> a first peak
    cx, cy = rng.uniform(0, 300, 12), rng.uniform(0, 300, 12)
    field = sum(np.exp(-((xy[:, 0] - a) ** 2 + (xy[:, 1] - b) ** 2) / (2 * 40.0 ** 2)) for a, b in zip(cx, cy))
    field = field + rng.normal(0, 0.02, 900)
    zs = incremental_moran_z(xy, field, 10.0 + 10.0 * np.arange(10))
    d2, reason2 = auto_distance_band(xy, field)
    peaks = [t for t in range(1, 9) if zs[t] > zs[t - 1] and zs[t] > zs[t + 1]]
    assert reason2 == ("first_peak" if peaks else "no_peak_knn_mean")
    if peaks:
        assert d2 == pytest.approx(10.0 + 10.0 * peaks[0])


def test_bad_input():
    with pytest.raises(ValueError):
        distance_band(np.zeros((3, 2)), 0.0)
    with pytest.raises(ValueError):
        gi_star([1.0, np.nan, 2.0], Weights.from_pairs(3, [0], [1]))
    with pytest.raises(ValueError):
        square_lattice([0, 1], [0, 1], 0.0)
    with pytest.raises(ValueError):
        square_lattice([0, 1e6], [0, 1e6], 1.0, max_cells=1000)
