"""core.kde's FFT tiles: the tile size is chosen per grid (fewest operations), and whatever it is, the fast method
matches direct evaluation across tile borders."""

import numpy as np
import pytest
from trygghet.core import kde


@pytest.mark.parametrize("kernel,decay", [(0, 0.0), (1, -1.0), (4, 0.0)])
def test_multi_tile_fft_matches_exact(kernel, decay):
    rng = np.random.default_rng(8)
    # 12 x 9 km at 10 m pixels: a grid of several FFT tiles whatever size is chosen; clusters on tile borders
    x = np.concatenate([rng.uniform(0, 12000, 250), 5000 + rng.normal(0, 40, 60), 2560 + rng.normal(0, 40, 60)])
    y = np.concatenate([rng.uniform(0, 9000, 250), 4470 + rng.normal(0, 40, 60), 2560 + rng.normal(0, 40, 60)])
    grid = kde.grid_for_points(x.min(), y.min(), x.max(), y.max(), 300.0, 10.0)
    size = 2 * (kde._buffer_cells(300.0, 10.0) + 1) + 1
    phases = kde._subgrid(kernel, 300.0, 10.0, decay) ** 2
    n = kde._fft_size(size, grid.rows + 2, grid.cols + 2, phases)
    assert n - size + 1 < grid.rows  # more than one tile
    ref = kde.kernel_density_exact(x, y, grid, 300.0, kernel, decay=decay).astype(float)
    got = kde.kernel_density(x, y, grid, 300.0, kernel, decay=decay, method="fft").astype(float)
    assert np.abs(got - ref).max() <= 0.005 * np.abs(ref).max()


def test_tile_size_fewest_operations():
    # a 2,000 x 2,000 grid with a 63-cell stencil: one operation count per listed size, the cheapest chosen
    for phases in (1, 4, 16):
        counts = {n: ((-(-2000 // (n - 62))) ** 2 * (phases + 1) + phases) * n * n * np.log2(n)
                  for n in kde._FFT_SIZES if n >= 126}
        assert kde._fft_size(63, 2000, 2000, phases) == min(counts, key=counts.get)
    assert kde._fft_size(63) == 256  # without a grid: the smallest size of at least four stencils
