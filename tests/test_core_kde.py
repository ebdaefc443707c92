"""Tests for trygghet.core.kde: QGIS heatmap grid, exact kernel values and the fast FFT method."""

import math

import numpy as np
import pytest
from trygghet.core.errors import Cancelled
from trygghet.core.kde import (
    KERNELS,
    grid_bytes,
    grid_for_points,
    kernel_density,
    kernel_density_exact,
    per_km2_per_year,
)


def test_kernels_order_matches_qgis_enum():
    assert KERNELS == ("quartic", "triangular", "uniform", "triweight", "epanechnikov")


def test_grid_for_points_hand_worked():
    # extent 1000..1095 x 2000..2040, r=50 -> bounds 950..1145 x 1950..2090
    # width 195/10 -> ceil(19.5)+1 = 21 cols; height 140/10 -> 14+1 = 15 rows
    g = grid_for_points(1000, 2000, 1095, 2040, 50, 10)
    assert (g.cols, g.rows) == (21, 15)
    assert g.geotransform() == (950.0, 10.0, 0.0, 2090.0, 0.0, -10.0)
    xc, yc = g.cell_centers()
    assert xc[0] == 955.0 and yc[0] == 2085.0 and xc[-1] == 950.0 + 20.5 * 10
    # one point: 600 / 10 = 60 -> 61 x 61
    g1 = grid_for_points(5, 7, 5, 7, 300, 10)
    assert (g1.cols, g1.rows) == (61, 61)
    assert g1.geotransform() == (-295.0, 10.0, 0.0, 307.0, 0.0, -10.0)
    # pixel larger than the extent: 2/10 -> ceil(0.2)+1 = 2
    g2 = grid_for_points(0, 0, 0, 0, 1, 10)
    assert (g2.cols, g2.rows) == (2, 2)
    with pytest.raises(ValueError):
        grid_for_points(0, 0, 1, 1, 0, 10)
    with pytest.raises(ValueError):
        grid_for_points(0, 0, 1, 1, 10, -1)


def _brute_force(xs, ys, ws, grid, r, kernel, decay, scaled):
    """Plain scalar loops following QgsKernelDensityEstimation::addFeature (QGIS 3.40) line by line."""
    ps = grid.pixel_size
    bx0, by0, bx1, by1 = grid.bounds
    buf = int(r / ps)
    if r - ps * buf > 0.5:
        buf += 1
    side = 2 * buf + 1
    out = [[0.0] * grid.cols for _ in range(grid.rows)]
    for px, py, w in zip(xs, ys, ws):
        xpos = int((px - bx0) / ps - buf)
        ypos = int((py - by0) / ps - buf)
        ypos_io = int((by1 - py) / ps - buf)
        if xpos + side > grid.cols or ypos_io + side > grid.rows:
            continue
        for xp in range(side):
            for yp in range(side):
                cx = (xpos + xp + 0.5) * ps + bx0
                cy = (ypos + yp + 0.5) * ps + by0
                d = math.hypot(cx - px, cy - py)
                if d > r:
                    continue
                u = d / r
                if kernel == 0:
                    v = (1 - u * u) ** 2 * ((3 / (math.pi * r * r)) if scaled else 1)
                elif kernel == 1:
                    v = 1 - (1 - decay) * u
                    if scaled and decay >= 0:
                        v *= 3 / ((1 + 2 * decay) * math.pi * r * r)
                elif kernel == 2:
                    v = 1 / (math.pi * r * r) if scaled else 1
                elif kernel == 3:
                    v = (1 - u * u) ** 3 * ((4 / (math.pi * r * r)) if scaled else 1)
                else:
                    v = (1 - u * u) * ((2 / (math.pi * r * r)) if scaled else 1)
                out[ypos_io + yp][xpos + xp] += w * v
    return np.array(out)


@pytest.mark.parametrize("kernel,decay", [(0, 0.0), (1, 0.0), (1, 0.4), (1, -0.6), (2, 0.0), (3, 0.0), (4, 0.0)])
@pytest.mark.parametrize("scaled", [False, True])
def test_exact_equals_brute_force(kernel, decay, scaled):
    rng = np.random.default_rng(3)
    xs = 1000 + rng.uniform(0, 60, 6)
    ys = 5000 + rng.uniform(0, 45, 6)
    xs[0], ys[0] = 1010.0, 5020.0  # a point exactly on cell edges
    ws = rng.uniform(0.5, 3.0, 6)
    r, ps = 23.0, 4.0
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    ref = _brute_force(xs, ys, ws, g, r, kernel, decay, scaled)
    got = kernel_density_exact(xs, ys, g, r, kernel, weights=ws, decay=decay, scaled=scaled)
    assert got.dtype == np.float32 and got.shape == (g.rows, g.cols)
    assert np.abs(ref).max() > 0
    np.testing.assert_allclose(got, ref, rtol=1e-6, atol=1e-6 * np.abs(ref).max())


def test_point_is_mirrored_within_its_row_like_qgis():
    # QGIS computes centroids from the south edge but writes the block from the north edge; a point 2.5 m
    # above its row's lower edge (y=2.5 in the row 0..10) is evaluated as if 2.5 m below the upper edge (7.5).
    g = grid_for_points(0, 0, 0, 10, 300, 10)
    got = kernel_density_exact([5.0], [2.5], g, 300)
    xc, yc = g.cell_centers()
    col = int(np.flatnonzero(xc == 5.0)[0])
    above, below = int(np.flatnonzero(yc == 15.0)[0]), int(np.flatnonzero(yc == -5.0)[0])
    assert got[above, col] == pytest.approx((1 - (7.5 / 300) ** 2) ** 2, rel=1e-6)
    assert got[below, col] == pytest.approx((1 - (12.5 / 300) ** 2) ** 2, rel=1e-6)
    fast = kernel_density([5.0], [2.5], g, 300, method="fft")
    assert fast[above, col] > fast[below, col]


def test_window_outside_raster_drops_point_like_qgis():
    # r=305, pixel 10: QGIS's 63-cell block does not fit the 62-cell raster, GDALRasterIO fails, all nodata
    g = grid_for_points(0, 0, 0, 0, 305, 10)
    assert np.count_nonzero(kernel_density_exact([0.0], [0.0], g, 305)) == 0
    assert np.count_nonzero(kernel_density([0.0], [0.0], g, 305, method="fft")) == 0


@pytest.mark.parametrize("kernel,decay", [(0, 0.0), (1, 0.0), (1, 0.5), (2, 0.0), (3, 0.0), (4, 0.0)])
def test_scaled_integrates_to_weight(kernel, decay):
    xs, ys = np.array([100.0, 900.0]), np.array([200.0, 700.0])
    ws = np.array([1.0, 2.0])
    r, ps = 300.0, 10.0
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    got = kernel_density_exact(xs, ys, g, r, kernel, weights=ws, decay=decay, scaled=True)
    assert float(got.sum()) * ps * ps == pytest.approx(3.0, rel=0.01)


def _clustered(rng, n):
    k = rng.integers(0, 3, n)
    cx, cy, sd = np.array([0, 700, 300]), np.array([0, 200, 900]), np.array([120, 60, 300])
    return 400000 + cx[k] + rng.normal(0, 1, n) * sd[k], 6500000 + cy[k] + rng.normal(0, 1, n) * sd[k]


@pytest.mark.parametrize("kernel,decay", [(0, 0.0), (1, 0.0), (1, -0.5), (2, 0.0), (3, 0.0), (4, 0.0)])
def test_fft_within_half_percent_of_exact(kernel, decay):
    rng = np.random.default_rng(11)
    xs, ys = _clustered(rng, 1500)
    ws = rng.uniform(0.5, 2.0, xs.size)
    r, ps = 300.0, 10.0
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    for scaled in (False, True):
        ref = kernel_density_exact(xs, ys, g, r, kernel, weights=ws, decay=decay, scaled=scaled).astype(float)
        got = kernel_density(xs, ys, g, r, kernel, weights=ws, decay=decay, scaled=scaled, method="fft")
        assert got.dtype == np.float32 and got.shape == ref.shape
        assert np.abs(got - ref).max() <= 0.005 * np.abs(ref).max()
    # a single isolated point (worst case for binning), off the cell centres
    g1 = grid_for_points(3.3, 7.9, 3.3, 7.9, r, ps)
    ref1 = kernel_density_exact([3.3], [7.9], g1, r, kernel, decay=decay).astype(float)
    got1 = kernel_density([3.3], [7.9], g1, r, kernel, decay=decay, method="fft")
    assert np.abs(got1 - ref1).max() <= 0.005 * np.abs(ref1).max()


def test_auto_method_tiny_input_is_exact():
    g = grid_for_points(10.0, 10.0, 10.0, 10.0, 50, 5)
    a = kernel_density([10.0], [10.0], g, 50, 2)
    # uniform: count of cell centres within 50 m of the point (brute force over the grid)
    xc, yc = g.cell_centers()
    inside = np.hypot(xc[None, :] - 10.0, yc[:, None] - 10.0) <= 50
    assert np.array_equal(a > 0, inside)


def test_cancel_raises_cancelled():
    rng = np.random.default_rng(2)
    xs, ys = _clustered(rng, 500)
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), 300, 10)
    for method in ("fft", "exact"):
        with pytest.raises(Cancelled):
            kernel_density(xs, ys, g, 300, 0, method=method, progress=lambda f: False)
    calls = []
    kernel_density(xs, ys, g, 300, 0, method="fft", progress=lambda f: calls.append(f) or True)
    assert calls and calls[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in calls)


def test_bad_input_raises_value_error():
    g = grid_for_points(0, 0, 10, 10, 50, 5)
    with pytest.raises(ValueError):
        kernel_density([], [], g, 50)
    with pytest.raises(ValueError):
        kernel_density_exact(np.array([]), np.array([]), g, 50)
    with pytest.raises(ValueError):
        kernel_density([1.0], [1.0], g, 50, kernel=7)
    with pytest.raises(ValueError):
        kernel_density([1.0, 2.0], [1.0], g, 50)


def test_grid_bytes_grows_with_grid():
    small = grid_for_points(0, 0, 1000, 1000, 300, 10)
    big = grid_for_points(0, 0, 20000, 20000, 300, 10)
    assert grid_bytes(big, 300, 0) > 50 * 2**20 > grid_bytes(small, 300, 0) > 0
    assert grid_bytes(big, 300, 0) < 2**30


def test_per_km2_per_year():
    # one point, scaled: the grid integrates to 1 per m^2 -> 1e6 per km^2, over 2 years -> halve it
    g = grid_for_points(0, 0, 0, 0, 300, 10)
    s = kernel_density_exact([0.0], [0.0], g, 300, 0, scaled=True)
    d = per_km2_per_year(s, 2.0)
    assert float(d.sum()) * 1e-4 == pytest.approx(0.5, rel=0.01)  # cells are 1e-4 km^2
    assert float(d.max()) == pytest.approx(float(s.max()) * 1e6 / 2.0, rel=1e-6)
    with pytest.raises(ValueError):
        per_km2_per_year(s, 0)


# -- the fast row-span method (uniform kernel, the triangle's edge jump) ----------------------------------------

@pytest.mark.parametrize("r,ps", [(23.0, 4.0), (50.0, 10.0), (7.3, 1.0), (10.4, 0.5), (3.0, 4.0), (120.0, 7.0)])
def test_fast_uniform_equals_brute_force(r, ps):
    # random weighted points, some exactly on cell edges; (10.4, 0.5): the disc pokes out of QGIS's window
    rng = np.random.default_rng(int(r * 10 + ps))
    n = 40
    xs = 1000 + rng.uniform(0, 12 * ps, n)
    ys = 5000 + rng.uniform(0, 9 * ps, n)
    xs[:6] = 1000 + ps * np.arange(6)  # on vertical cell edges
    ys[3:9] = 5000 + ps * np.arange(6) + ps / 2  # on horizontal cell centres
    ws = rng.uniform(0.5, 3.0, n)
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    ref = _brute_force(xs, ys, ws, g, r, 2, 0.0, False)
    got = kernel_density(xs, ys, g, r, 2, weights=ws, method="fft")
    assert ref.max() > 0
    np.testing.assert_allclose(got, ref, rtol=1e-6, atol=1e-6 * ref.max())


def test_fast_uniform_counts_points_at_exactly_the_radius_like_qgis():
    # integer coordinates, r = 300, pixel 10: cell centres sit at (180, 240), (0, 300), ... from the points,
    # exactly on the circle; QGIS tests distance <= radius, so they count
    xs = np.array([340000.0, 340005.0, 340123.0, 340123.0, 340300.0])
    ys = np.array([6456000.0, 6456005.0, 6456077.0, 6456077.0, 6456300.0])
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), 300.0, 10.0)
    xc, yc = g.cell_centers()
    d2 = (xc[None, :, None] - xs[None, None, :]) ** 2 + (yc[:, None, None] - ys[None, None, :]) ** 2
    assert (d2 == 300.0 ** 2).any()  # the test really has ties
    ref = _brute_force(xs, ys, np.ones(xs.size), g, 300.0, 2, 0.0, False)
    got = kernel_density(xs, ys, g, 300.0, 2, method="fft")
    np.testing.assert_array_equal(got, ref.astype(np.float32))
    np.testing.assert_array_equal(kernel_density_exact(xs, ys, g, 300.0, 2), ref.astype(np.float32))


def test_fast_uniform_many_points_equals_exact_and_weights_are_linear():
    rng = np.random.default_rng(21)
    xs, ys = _clustered(rng, 3000)
    r, ps = 150.0, 10.0
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    ref = kernel_density_exact(xs, ys, g, r, 2).astype(float)
    got = kernel_density(xs, ys, g, r, 2, method="fft")
    np.testing.assert_allclose(got, ref, atol=1e-3)
    # weights: the density of w is the sum of the densities of each point times its weight (two groups)
    ws = np.where(np.arange(xs.size) % 2 == 0, 2.5, 0.5)
    a = kernel_density(xs[::2], ys[::2], g, r, 2, method="fft").astype(float)
    b = kernel_density(xs[1::2], ys[1::2], g, r, 2, method="fft").astype(float)
    got_w = kernel_density(xs, ys, g, r, 2, weights=ws, method="fft")
    np.testing.assert_allclose(got_w, 2.5 * a + 0.5 * b, rtol=1e-5, atol=1e-3)


@pytest.mark.parametrize("decay", [0.5, -0.5, -1.0, 2.0, -3.0, 1.0])
@pytest.mark.parametrize("r,ps", [(300.0, 10.0), (230.0, 10.0)])
def test_fast_triangular_with_decay_within_half_percent(decay, r, ps):
    rng = np.random.default_rng(17)
    xs, ys = _clustered(rng, 800)
    ws = rng.uniform(0.5, 2.0, xs.size)
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    ref = kernel_density_exact(xs, ys, g, r, 1, weights=ws, decay=decay).astype(float)
    got = kernel_density(xs, ys, g, r, 1, weights=ws, decay=decay, method="fft")
    assert np.abs(got - ref).max() <= 0.005 * np.abs(ref).max()
    # one isolated point: the worst case for binning the cone
    g1 = grid_for_points(7.1, 2.6, 7.1, 2.6, r, ps)
    ref1 = kernel_density_exact([7.1], [2.6], g1, r, 1, decay=decay).astype(float)
    got1 = kernel_density([7.1], [2.6], g1, r, 1, decay=decay, method="fft")
    assert np.abs(got1 - ref1).max() <= 0.005 * np.abs(ref1).max()


@pytest.mark.parametrize("kernel,decay", [(0, 0.0), (2, 0.0), (4, 0.0), (1, -1.0)])
def test_grid_bytes_covers_the_measured_peak(kernel, decay):
    import tracemalloc

    rng = np.random.default_rng(4)
    xs, ys = _clustered(rng, 60_000)
    g = grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), 200.0, 5.0)
    kernel_density(xs[:100], ys[:100], g, 200.0, kernel, decay=decay, method="fft")  # warm caches, imports
    tracemalloc.start()
    try:
        kernel_density(xs, ys, g, 200.0, kernel, decay=decay, method="fft")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    estimate = grid_bytes(g, 200.0, kernel, xs.size, decay=decay)
    assert peak <= estimate <= 3 * peak, (estimate / 2**20, peak / 2**20)
    # without the decay the estimate assumes the steepest cone, never less
    assert grid_bytes(g, 200.0, kernel, xs.size) >= estimate
