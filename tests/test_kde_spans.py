"""core.kde's fast path against direct evaluation (``kernel_density_exact``, QGIS's own cell-by-cell semantics):
the exact row spans (uniform kernel; the triangle's edge jump, alone at decay 1) over several chunks and row groups,
with equal, unequal and no weights and points whose windows touch or are cut by the raster's edges, and the
triangle's cone on its odd sub-grid with the edge correction, decays -1, 0, 0.5, 1 and 2."""

import numpy as np
import pytest
from trygghet.core import kde


def _points(rng, r, ps, n=300):
    # a tall area (120 raster rows and more): the row spans run in several chunks of at most 64 raster rows
    xs = 1000.0 + rng.uniform(0, 45 * ps, n)
    ys = 5000.0 + rng.uniform(0, 120 * ps, n)
    # the extent's corners and edges: these windows touch the raster's edges or, where the radius is not a whole
    # number of pixels, are cut by QGIS's truncation of the window origin toward zero
    xs[:4] = [1000.0, 1000.0 + 45 * ps, 1000.0, 1000.0 + 45 * ps]
    ys[:4] = [5000.0, 5000.0, 5000.0 + 120 * ps, 5000.0 + 120 * ps]
    xs[4:10] = 1000.0 + rng.uniform(0, 0.3 * ps, 6)  # within a third of a pixel of the west and south edges
    ys[10:16] = 5000.0 + rng.uniform(0, 0.3 * ps, 6)
    xs[16:22] = 1000.0 + ps * np.arange(6)  # on cell edges
    ys[16:22] = 5000.0 + ps * np.arange(6) + ps / 2
    return xs, ys


WEIGHTS = ("none", "equal", "unequal")


def _weights(rng, how, n):
    if how == "none":
        return None
    if how == "equal":
        return np.full(n, 2.5)
    return rng.uniform(0.2, 3.0, n)


@pytest.mark.parametrize("kernel,decay", [(2, 0.0), (1, 1.0)])  # the uniform kernel; the triangle with decay 1
@pytest.mark.parametrize("weights", WEIGHTS)
@pytest.mark.parametrize("r,ps", [(23.0, 4.0), (57.0, 2.5), (300.0, 10.0)])
def test_row_spans_equal_direct_evaluation(kernel, decay, weights, r, ps):
    rng = np.random.default_rng(int(r + 7 * ps) + WEIGHTS.index(weights))
    xs, ys = _points(rng, r, ps)
    ws = _weights(rng, weights, xs.size)
    g = kde.grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    assert g.rows > 2 * 64  # several chunks
    for scaled in (False, True):
        ref = kde.kernel_density_exact(xs, ys, g, r, kernel, weights=ws, decay=decay, scaled=scaled)
        got = kde.kernel_density(xs, ys, g, r, kernel, weights=ws, decay=decay, scaled=scaled, method="fft")
        ref = ref.astype(float)
        assert got.dtype == np.float32 and got.shape == ref.shape and ref.max() > 0
        np.testing.assert_allclose(got, ref, rtol=1e-6, atol=1e-6 * ref.max())


@pytest.mark.parametrize("decay", [-1.0, 0.0, 0.5, 1.0, 2.0])
@pytest.mark.parametrize("weights", WEIGHTS)
def test_triangle_with_decay_matches_direct_evaluation(decay, weights):
    r, ps = 300.0, 10.0
    rng = np.random.default_rng(31 + WEIGHTS.index(weights))
    xs, ys = _points(rng, r, ps, n=500)
    ws = _weights(rng, weights, xs.size)
    g = kde.grid_for_points(xs.min(), ys.min(), xs.max(), ys.max(), r, ps)
    ref = kde.kernel_density_exact(xs, ys, g, r, 1, weights=ws, decay=decay).astype(float)
    got = kde.kernel_density(xs, ys, g, r, 1, weights=ws, decay=decay, method="fft").astype(float)
    assert np.abs(got - ref).max() <= 0.005 * np.abs(ref).max()


@pytest.mark.parametrize("decay", [-1.0, 0.0, 0.5, 2.0])
def test_triangle_single_points_within_0_4_percent(decay):
    # one point at a time, anywhere in its pixel: the worst case for binning the cone (its apex and its edge)
    r, ps = 300.0, 10.0
    g = kde.grid_for_points(0.0, 0.0, 100.0, 100.0, r, ps)
    rng = np.random.default_rng(5)
    worst = 0.0
    for px, py in rng.uniform(0.0, 100.0, (30, 2)):
        ref = kde.kernel_density_exact([px], [py], g, r, 1, decay=decay).astype(float)
        got = kde.kernel_density([px], [py], g, r, 1, decay=decay, method="fft").astype(float)
        worst = max(worst, np.abs(got - ref).max() / np.abs(ref).max())
    assert worst <= 0.004, worst
